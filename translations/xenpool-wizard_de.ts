<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BuildPage</name>
    <message>
        <source>Build</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Each host&apos;s progress. A failed build can be retried: it resumes where it stopped.</source>
        <translation>Fortschritt der einzelnen Hosts. Ein fehlgeschlagener Aufbau kann wiederholt werden: Er wird dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>&amp;Aufbauen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Not done yet: {0}</source>
        <translation>Noch nicht erledigt: {0}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>B&amp;uild again (resume)</source>
        <translation>&amp;Aufbauen fortsetzen</translation>
    </message>
    <message>
        <source>pool-wide</source>
        <translation>poolweit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Stopping: the step running now ends first, then the pool is read back…</source>
        <translation>Wird angehalten: Der laufende Schritt endet zuerst, dann wird der Pool neu gelesen …</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Aufbau läuft…</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>alle Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>HA stays off</source>
        <translation>HA bleibt aus</translation>
    </message>
    <message>
        <source>HA needs at least 2 hosts</source>
        <translation>HA benötigt mindestens 2 Hosts</translation>
    </message>
    <message>
        <source>Add hosts or turn HA off.</source>
        <translation>Fügen Sie Hosts hinzu oder schalten Sie HA aus.</translation>
    </message>
    <message>
        <source>own plan: {own}, XAPI: {xapi}</source>
        <translation>eigener Bauplan: {own}, XAPI: {xapi}</translation>
    </message>
    <message>
        <source>own plan: {own}</source>
        <translation>eigener Bauplan: {own}</translation>
    </message>
    <message>
        <source>the pool can tolerate {limit} host failure(s) with its VMs, not {wanted} ({shown})</source>
        <translation>der Pool kann mit seinen VMs {limit} Host-Ausfall/-Ausfälle tolerieren, nicht {wanted} ({shown})</translation>
    </message>
    <message>
        <source>Lower it to {limit}, protect fewer VMs, or add memory/hosts.</source>
        <translation>Senken Sie den Wert auf {limit}, schützen Sie weniger VMs oder fügen Sie Arbeitsspeicher/Hosts hinzu.</translation>
    </message>
    <message>
        <source>1 is not possible: with one host down, {vms} would find no room. Set less important VMs to {priority}, or add memory or a host.</source>
        <translation>1 ist nicht möglich: Fällt ein Host aus, fände {vms} keinen Platz. Setzen Sie weniger wichtige VMs auf {priority} oder fügen Sie Speicher oder einen Host hinzu.</translation>
    </message>
    <message>
        <source>0 means HA restarts VMs only if there happens to be room: nothing is reserved</source>
        <translation>0 bedeutet, dass HA VMs nur neu startet, wenn zufällig Platz ist: Es wird nichts reserviert</translation>
    </message>
    <message>
        <source>{vm} runs on {host} with {free} GiB free; moving its disks live needs its memory ({memory} GiB) free there once more</source>
        <translation>{vm} läuft auf {host} mit {free} GiB frei; ihre Festplatten live zu verschieben braucht ihren Speicher ({memory} GiB) dort noch einmal frei</translation>
    </message>
    <message>
        <source>Shut it down first (its disks are then copied), free memory on that host, or remove it from move_vms.</source>
        <translation>Fahren Sie sie zuerst herunter (dann werden ihre Festplatten kopiert), machen Sie Speicher auf dem Host frei, oder entfernen Sie sie aus move_vms.</translation>
    </message>
    <message>
        <source>Use 1 when the pool has the headroom.</source>
        <translation>Verwenden Sie 1, wenn der Pool genügend Reserven hat.</translation>
    </message>
    <message>
        <source>{wanted} host failure(s) covered ({shown})</source>
        <translation>{wanted} Host-Ausfall/-Ausfälle abgedeckt ({shown})</translation>
    </message>
    <message>
        <source>would not restart after {failures} failures: {vms}</source>
        <translation>würden nach {failures} Ausfällen nicht neu gestartet: {vms}</translation>
    </message>
    <message>
        <source>Give less important VMs {priority}.</source>
        <translation>Geben Sie weniger wichtigen VMs die Priorität {priority}.</translation>
    </message>
    <message>
        <source>VM {vm} has disks on {srs}</source>
        <translation>VM {vm} hat Datenträger auf {srs}</translation>
    </message>
    <message>
        <source>Move its disks to the shared SR to make it live-migratable and HA-protectable.</source>
        <translation>Verschieben Sie ihre Datenträger auf das gemeinsame SR, damit sie per Live-Migration verschoben und durch HA geschützt werden kann.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>HA</source>
        <translation>HA</translation>
    </message>
    <message>
        <source>HA capacity</source>
        <translation>HA-Kapazität</translation>
    </message>
    <message>
        <source>local storage</source>
        <translation>lokaler Speicher</translation>
    </message>
    <message>
        <source>VM move</source>
        <translation>VM-Umzug</translation>
    </message>
    <message>
        <source>storage interface</source>
        <translation>Speicherschnittstelle</translation>
    </message>
    <message>
        <source>portal reachable</source>
        <translation>Portal erreichbar</translation>
    </message>
    <message>
        <source>jumbo frames</source>
        <translation>Jumbo-Frames</translation>
    </message>
    <message>
        <source>iSCSI discovery</source>
        <translation>iSCSI-Erkennung</translation>
    </message>
    <message>
        <source>host checks</source>
        <translation>Host-Prüfungen</translation>
    </message>
    <message>
        <source>multipath</source>
        <translation>Multipath</translation>
    </message>
    <message>
        <source>iSCSI</source>
        <translation>iSCSI</translation>
    </message>
    <message>
        <source>storage NIC</source>
        <translation>Speicher-NIC</translation>
    </message>
    <message>
        <source>storage VLAN</source>
        <translation>Speicher-VLAN</translation>
    </message>
    <message>
        <source>storage IP</source>
        <translation>Speicher-IP</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>pool membership</source>
        <translation>Pool-Mitgliedschaft</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>management interface</source>
        <translation>Verwaltungsschnittstelle</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>CPU vendor</source>
        <translation>CPU-Hersteller</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU-Features</translation>
    </message>
    <message>
        <source>forced join</source>
        <translation>erzwungener Beitritt</translation>
    </message>
    <message>
        <source>iSCSI initiator</source>
        <translation>iSCSI-Initiator</translation>
    </message>
    <message>
        <source>clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>storage drivers</source>
        <translation>Speichertreiber</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>exit codes:
  0  success (apply: the pool is as planned; a second run changes nothing)
  2  bad command line, or no password available
  3  the plan file is invalid (every problem is listed with its field)
  4  pre-flight found blockers, or warnings were not accepted
  5  a build step failed: fix the cause and run the same command again to resume
  6  a host could not be reached, refused the login, or its certificate did not match
</source>
        <translation>Exit-Codes:
  0  Erfolg (apply: der Pool ist wie geplant; ein zweiter Lauf ändert nichts)
  2  falsche Kommandozeile, oder kein Passwort verfügbar
  3  die Plandatei ist ungültig (jedes Problem wird mit seinem Feld genannt)
  4  die Vorprüfung fand Blocker, oder Warnungen wurden nicht akzeptiert
  5  ein Bauschritt schlug fehl: Ursache beheben und denselben Befehl erneut ausführen, um fortzusetzen
  6  ein Host war nicht erreichbar, lehnte die Anmeldung ab, oder sein Zertifikat passte nicht
</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>open the wizard on the simulated lab</source>
        <translation>den Assistenten mit dem simulierten Labor öffnen</translation>
    </message>
    <message>
        <source>Build a XenServer / XCP-ng pool with shared iSCSI storage and HA.</source>
        <translation>Einen XenServer-/XCP-ng-Pool mit gemeinsamem iSCSI-Speicher und HA aufbauen.</translation>
    </message>
    <message>
        <source>open the wizard on the built-in simulated lab</source>
        <translation>den Assistenten mit dem eingebauten simulierten Labor öffnen</translation>
    </message>
    <message>
        <source>language of the wizard and its messages: en, de or ja (default: the system&apos;s)</source>
        <translation>Sprache des Assistenten und seiner Meldungen: en, de oder ja (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>open the wizard with this saved build plan (what the desktop&apos;s file manager uses)</source>
        <translation>den Assistenten mit diesem gespeicherten Bauplan öffnen (so ruft ihn der Dateimanager auf)</translation>
    </message>
    <message>
        <source>also print the log (secrets are always masked)</source>
        <translation>auch das Protokoll ausgeben (Geheimnisse sind immer maskiert)</translation>
    </message>
    <message>
        <source>with --demo: click through every page with the defaults and build (exit 0 if it worked)</source>
        <translation>mit --demo: jede Seite mit den Vorgaben durchklicken und bauen (Exit 0, wenn es klappte)</translation>
    </message>
    <message>
        <source>with --autopilot: save a PNG of every page here</source>
        <translation>mit --autopilot: hier ein PNG jeder Seite speichern</translation>
    </message>
    <message>
        <source>run a simulated XenServer lab (XAPI over HTTPS) until interrupted</source>
        <translation>ein simuliertes XenServer-Labor (XAPI über HTTPS) bis zum Abbruch betreiben</translation>
    </message>
    <message>
        <source>Serve a simulated pool of XenServer/XCP-ng hosts, each on its own loopback address, speaking XAPI&apos;s XML-RPC and JSON-RPC over HTTPS. When ready, prints one JSON line with each host&apos;s URL, credentials and certificate fingerprint.</source>
        <translation>Einen simulierten Pool von XenServer-/XCP-ng-Hosts bereitstellen, jeder auf einer eigenen Loopback-Adresse, mit dem XML-RPC und JSON-RPC von XAPI über HTTPS. Wenn bereit, wird eine JSON-Zeile mit URL, Zugangsdaten und Zertifikats-Fingerabdruck jedes Hosts ausgegeben.</translation>
    </message>
    <message>
        <source>built-in scenario name or a scenario TOML file</source>
        <translation>Name eines eingebauten Szenarios oder eine Szenario-TOML-Datei</translation>
    </message>
    <message>
        <source>number of hosts (default: the scenario&apos;s)</source>
        <translation>Anzahl der Hosts (Standard: die des Szenarios)</translation>
    </message>
    <message>
        <source>first host&apos;s loopback address (default 127.0.0.11)</source>
        <translation>Loopback-Adresse des ersten Hosts (Standard 127.0.0.11)</translation>
    </message>
    <message>
        <source>port for every host (default 443 as root, else a free port)</source>
        <translation>Port für jeden Host (Standard 443 als root, sonst ein freier Port)</translation>
    </message>
    <message>
        <source>scale of the scenario&apos;s latencies and durations (0 = instant, default 1)</source>
        <translation>Faktor für die Latenzen und Dauern des Szenarios (0 = sofort, Standard 1)</translation>
    </message>
    <message>
        <source>root password of every host (default: random)</source>
        <translation>root-Passwort jedes Hosts (Standard: zufällig)</translation>
    </message>
    <message>
        <source>also write a ready build plan for this lab</source>
        <translation>auch einen fertigen Bauplan für dieses Labor schreiben</translation>
    </message>
    <message>
        <source>the build plan (TOML)</source>
        <translation>der Bauplan (TOML)</translation>
    </message>
    <message>
        <source>check a plan and run every pre-flight check against the live hosts (changes nothing)</source>
        <translation>einen Plan prüfen und jede Vorprüfung gegen die laufenden Hosts ausführen (ändert nichts)</translation>
    </message>
    <message>
        <source>build the pool the plan describes; safe to re-run, it resumes where it stopped</source>
        <translation>den im Plan beschriebenen Pool bauen; erneut ausführbar, setzt dort fort, wo er aufhörte</translation>
    </message>
    <message>
        <source>unattended: accept warnings and pin unknown host certificates on first use</source>
        <translation>unbeaufsichtigt: Warnungen akzeptieren und unbekannte Host-Zertifikate beim ersten Kontakt anheften</translation>
    </message>
    <message>
        <source>certificate pin file (default: per user)</source>
        <translation>Datei mit angehefteten Zertifikaten (Standard: pro Benutzer)</translation>
    </message>
    <message>
        <source>also prove each host&apos;s storage path over SSH (interface, ping, jumbo frames, iSCSI discovery) before the SR is created</source>
        <translation>zusätzlich den Speicherpfad jedes Hosts per SSH nachweisen (Schnittstelle, Ping, Jumbo-Frames, iSCSI-Discovery), bevor das SR angelegt wird</translation>
    </message>
    <message>
        <source>private key for --ssh (default: the root password)</source>
        <translation>privater Schlüssel für --ssh (Standard: das root-Passwort)</translation>
    </message>
    <message>
        <source>when new hosts join a pool that has HA on: turn HA off for the joins (XAPI refuses them under HA); the build enables it again at the end</source>
        <translation>wenn neue Hosts einem Pool mit aktivem HA beitreten: HA für die Beitritte ausschalten (XAPI lehnt sie unter HA ab); der Aufbau schaltet es am Ende wieder ein</translation>
    </message>
    <message>
        <source>allow pool.join_force for the hosts the plan marks force_join = true (a different CPU vendor or software build; unsupported: no XenMotion between vendors)</source>
        <translation>pool.join_force für die Hosts erlauben, die der Plan mit force_join = true markiert (anderer CPU-Hersteller oder Software-Build; nicht unterstützt: kein XenMotion zwischen Herstellern)</translation>
    </message>
    <message>
        <source>list what would be done; change nothing</source>
        <translation>auflisten, was getan würde; nichts ändern</translation>
    </message>
    <message>
        <source>build journal (default: one per pool in the user&apos;s state directory)</source>
        <translation>Bau-Journal (Standard: eines pro Pool im Statusverzeichnis des Benutzers)</translation>
    </message>
    <message>
        <source>allow formatting a LUN that holds an SR when the plan says {setting}</source>
        <translation>das Formatieren einer LUN mit SR erlauben, wenn der Plan {setting} sagt</translation>
    </message>
    <message>
        <source>print the build as an annotated xe command script</source>
        <translation>den Aufbau als kommentiertes xe-Befehlsskript ausgeben</translation>
    </message>
    <message>
        <source>hand over confirmed certificate fingerprints as one pasteable line</source>
        <translation>bestätigte Zertifikats-Fingerabdrücke als eine einfügbare Zeile weitergeben</translation>
    </message>
    <message>
        <source>Print join information for hosts whose certificates you have confirmed (pinned), or pin the fingerprints of pasted join information, so another laptop or a colleague never has to trust a host on first use. The line holds no secret.</source>
        <translation>Beitrittsinformationen für Hosts ausgeben, deren Zertifikate Sie bestätigt (angeheftet) haben, oder die Fingerabdrücke eingefügter Beitrittsinformationen anheften, damit ein anderer Laptop oder ein Kollege keinem Host beim ersten Kontakt vertrauen muss. Die Zeile enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>a pinned host (repeat)</source>
        <translation>ein angehefteter Host (wiederholbar)</translation>
    </message>
    <message>
        <source>a name to show with the hosts</source>
        <translation>ein Name, der mit den Hosts angezeigt wird</translation>
    </message>
    <message>
        <source>pin the fingerprints of this line</source>
        <translation>die Fingerabdrücke dieser Zeile anheften</translation>
    </message>
    <message>
        <source>summarise a pool as built (hosts, networks, SRs and PBDs, HA)</source>
        <translation>einen gebauten Pool zusammenfassen (Hosts, Netzwerke, SRs und PBDs, HA)</translation>
    </message>
    <message>
        <source>diagnose a member that looks disconnected by contacting it directly</source>
        <translation>ein Mitglied, das getrennt wirkt, durch direkten Kontakt diagnostizieren</translation>
    </message>
    <message>
        <source>address of the pool master (or of the member for health)</source>
        <translation>Adresse des Pool-Masters (bzw. des Mitglieds für health)</translation>
    </message>
    <message>
        <source>pin an unknown certificate on first use</source>
        <translation>ein unbekanntes Zertifikat beim ersten Kontakt anheften</translation>
    </message>
    <message>
        <source>the pool master: when the member does not answer, look at it from there</source>
        <translation>der Pool-Master: wenn das Mitglied nicht antwortet, von dort aus nachsehen</translation>
    </message>
    <message>
        <source>with --master: SSH to the master and through the storage network to the member (ping, xl list)</source>
        <translation>mit --master: per SSH zum Master und über das Speichernetz zum Mitglied (ping, xl list)</translation>
    </message>
    <message>
        <source>write the report here (needed for pdf)</source>
        <translation>den Bericht hierhin schreiben (für pdf nötig)</translation>
    </message>
    <message>
        <source>build journal to take step timings and findings from (default: the pool&apos;s own, where apply keeps it)</source>
        <translation>Bau-Journal, aus dem Schrittzeiten und Befunde stammen (Standard: das des Pools, wo apply es ablegt)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <source>The SSH checks are optional: run the same command without {flag} to skip them.</source>
        <translation>Die SSH-Prüfungen sind optional: Führen Sie denselben Befehl ohne {flag} aus, um sie zu überspringen.</translation>
    </message>
</context>
<context>
    <name>CompatibilityPage</name>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>Every rule XAPI applies to a pool join, checked for every host before anything changes.</source>
        <translation>Alle Regeln, die XAPI beim Beitritt zu einem Pool anwendet, für jeden Host geprüft, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>Pool &amp;master:</source>
        <translation>Pool-&amp;Master:</translation>
    </message>
    <message>
        <source>Pool n&amp;ame:</source>
        <translation>Pool-&amp;Name:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>I have read the warnings and want to continue</source>
        <translation>Ich habe die Warnungen gelesen und möchte fortfahren</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Read every host again and re-run the checks (after fixing something).</source>
        <translation>Alle Hosts neu einlesen und die Prüfungen wiederholen (nachdem Sie etwas behoben haben).</translation>
    </message>
    <message>
        <source>&amp;Force join…</source>
        <translation>Beitri&amp;tt erzwingen…</translation>
    </message>
    <message>
        <source>Join a host XAPI refuses only for a different CPU vendor or software build (pool.join_force). Unsupported; you are asked to type the host&apos;s name.</source>
        <translation>Einen Host aufnehmen, den XAPI nur wegen eines anderen CPU-Herstellers oder Software-Builds ablehnt (pool.join_force). Nicht unterstützt; Sie werden gebeten, den Namen des Hosts einzutippen.</translation>
    </message>
    <message>
        <source>&amp;Do not force</source>
        <translation>Erzwingen &amp;aufheben</translation>
    </message>
    <message>
        <source>Take back every forced join confirmed on this page.</source>
        <translation>Alle auf dieser Seite bestätigten erzwungenen Beitritte zurücknehmen.</translation>
    </message>
    <message>
        <source>Turn &amp;HA off while the new hosts join (it is turned on again at the end)</source>
        <translation>&amp;HA ausschalten, während die neuen Hosts beitreten (am Ende wieder eingeschaltet)</translation>
    </message>
    <message>
        <source>XAPI refuses joins while the pool has HA on. Until the build&apos;s last step, no VM is restarted if a host fails.</source>
        <translation>XAPI lehnt Beitritte ab, solange der Pool HA aktiv hat. Bis zum letzten Schritt des Aufbaus wird keine VM neu gestartet, wenn ein Host ausfällt.</translation>
    </message>
    <message>
        <source>Give the pool a name (1-128 characters).</source>
        <translation>Geben Sie dem Pool einen Namen (1-128 Zeichen).</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Pool-Name</translation>
    </message>
    <message>
        <source>Pool master</source>
        <translation>Pool-Master</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source> (master)</source>
        <translation> (Master)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>&lt;p&gt;No problems found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Probleme gefunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} blocker(s) marked ✗ above: fix them, then press Re-check.</source>
        <translation>{0} Blocker, oben mit ✗ markiert: Beheben Sie sie und drücken Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Give the pool a name to go on.</source>
        <translation>Geben Sie dem Pool einen Namen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Tick &apos;I have read the warnings and want to continue&apos; to go on.</source>
        <translation>Setzen Sie das Häkchen bei „Ich habe die Warnungen gelesen und möchte fortfahren“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>{spec}: the range ends before it starts</source>
        <translation>{spec}: Der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>{spec} is longer than {limit} addresses</source>
        <translation>{spec} umfasst mehr als {limit} Adressen</translation>
    </message>
    <message>
        <source>{spec} is not an address, a range (a-b) or a subnet (a/nn)</source>
        <translation>{spec} ist weder eine Adresse noch ein Bereich (a-b) noch ein Subnetz (a/nn)</translation>
    </message>
    <message>
        <source>{spec} has {count} addresses; scan at most {limit} at once</source>
        <translation>{spec} umfasst {count} Adressen; scannen Sie höchstens {limit} auf einmal</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>a map of texts</source>
        <translation>Zuordnung von Texten</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>a list of references</source>
        <translation>Liste von Referenzen</translation>
    </message>
    <message>
        <source>an unnamed release</source>
        <translation>eine Version ohne Namen</translation>
    </message>
    <message>
        <source>{cls}.get_all_records did not return records</source>
        <translation>{cls}.get_all_records hat keine Datensätze geliefert</translation>
    </message>
    <message>
        <source>a {cls} record {ref} is not a record</source>
        <translation>ein {cls}-Datensatz {ref} ist kein Datensatz</translation>
    </message>
    <message>
        <source>{cls} {ref} has no field {field}</source>
        <translation>{cls} {ref} hat kein Feld {field}</translation>
    </message>
    <message>
        <source>{cls} {ref}: field {field} is not {kind} ({value})</source>
        <translation>{cls} {ref}: Das Feld {field} ist nicht vom Typ „{kind}“ ({value})</translation>
    </message>
    <message>
        <source>it reported no pool</source>
        <translation>er hat keinen Pool gemeldet</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation>{severity}: {subject}: {message}</translation>
    </message>
    <message>
        <source> (seen: {evidence})</source>
        <translation> (festgestellt: {evidence})</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>What was built, and what is left to do.</source>
        <translation>Was aufgebaut wurde und was noch zu tun ist.</translation>
    </message>
    <message>
        <source>Diagram of the pool</source>
        <translation>Diagramm des Pools</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>C&amp;heck a host…</source>
        <translation>&amp;Host prüfen…</translation>
    </message>
    <message>
        <source>A member looks disconnected? Find out whether its VMs still run.</source>
        <translation>Ein Mitglied scheint getrennt zu sein? Finden Sie heraus, ob seine VMs noch laufen.</translation>
    </message>
    <message>
        <source>&amp;Move the ticked VMs&apos; disks to the shared SR</source>
        <translation>Datenträger der markierten VMs ins gemeinsame SR &amp;verschieben</translation>
    </message>
    <message>
        <source>Moving the disks of {0} to the shared SR…</source>
        <translation>Die Datenträger von {0} werden ins gemeinsame SR verschoben…</translation>
    </message>
    <message>
        <source>The disks of {0} are on the shared SR now.</source>
        <translation>Die Datenträger von {0} liegen jetzt im gemeinsamen SR.</translation>
    </message>
    <message>
        <source>The move stopped; the log says why. Press the button again to resume.</source>
        <translation>Das Verschieben wurde angehalten; das Protokoll nennt den Grund. Klicken Sie erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source> (running: moves live)</source>
        <translation> (läuft: wird live verschoben)</translation>
    </message>
    <message>
        <source>Storage XenMotion: the VM keeps running while XAPI copies its disk and switches it over; it takes as long as copying the disk.</source>
        <translation>Storage XenMotion: Die VM läuft weiter, während XAPI ihre Festplatte kopiert und umschaltet; das dauert so lange wie das Kopieren der Festplatte.</translation>
    </message>
    <message>
        <source>Suspended or paused: resume it or shut it down first.</source>
        <translation>Angehalten oder pausiert: zuerst fortsetzen oder herunterfahren.</translation>
    </message>
    <message>
        <source>Reading the pool back…</source>
        <translation>Der Pool wird gelesen …</translation>
    </message>
    <message>
        <source>Tick the VMs still on local storage below to move their disks to the shared SR now: a halted VM&apos;s disks are copied, a running VM&apos;s move while it keeps running (storage XenMotion).</source>
        <translation>Haken Sie unten die VMs auf lokalem Speicher an, um ihre Festplatten jetzt auf das gemeinsame SR zu verschieben: Die Festplatten einer ausgeschalteten VM werden kopiert, die einer laufenden VM werden im laufenden Betrieb verschoben (Storage XenMotion).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, with the diagram as a PNG beside it (*.html)</source>
        <translation>PDF (*.pdf);;HTML, mit dem Diagramm als PNG daneben (*.html)</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Bericht gespeichert unter {0}.</translation>
    </message>
</context>
<context>
    <name>ForceJoinDialog</name>
    <message>
        <source>Force an unsupported join?</source>
        <translation>Einen nicht unterstützten Beitritt erzwingen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;XAPI refuses to add {0} to this pool:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;A forced join (&lt;tt&gt;pool.join_force&lt;/tt&gt;) skips these checks. The pool it makes is not supported by the vendor, and it cannot be undone except by ejecting the host, which wipes its local disks.&lt;/p&gt;&lt;p&gt;Type the host&apos;s name, &lt;b&gt;{2}&lt;/b&gt;, to force its join.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;XAPI lehnt es ab, {0} in diesen Pool aufzunehmen:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;Ein erzwungener Beitritt (&lt;tt&gt;pool.join_force&lt;/tt&gt;) überspringt diese Prüfungen. Der entstehende Pool wird vom Hersteller nicht unterstützt und lässt sich nur rückgängig machen, indem der Host ausgeworfen wird, was seine lokalen Datenträger löscht.&lt;/p&gt;&lt;p&gt;Tippen Sie den Namen des Hosts, &lt;b&gt;{2}&lt;/b&gt;, um seinen Beitritt zu erzwingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Host name to confirm the forced join</source>
        <translation>Hostname zur Bestätigung des erzwungenen Beitritts</translation>
    </message>
    <message>
        <source>&amp;Force the join</source>
        <translation>Beitritt &amp;erzwingen</translation>
    </message>
</context>
<context>
    <name>HaPage</name>
    <message>
        <source>High Availability</source>
        <translation>Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>HA restarts protected VMs on the surviving hosts. It needs free memory on them: the picture shows the headroom.</source>
        <translation>HA startet geschützte VMs auf den verbleibenden Hosts neu. Dafür braucht es dort freien Arbeitsspeicher: Die Grafik zeigt die Reserven.</translation>
    </message>
    <message>
        <source>&amp;Enable High Availability</source>
        <translation>&amp;Hochverfügbarkeit aktivieren</translation>
    </message>
    <message>
        <source>Host &amp;failures to tolerate:</source>
        <translation>Tolerierbare Host-&amp;Ausfälle:</translation>
    </message>
    <message>
        <source>Enabling HA is the last step, with nothing else running. If it fails half-way, a host that loses the heartbeat SR can reboot itself (fencing): the build first checks that every host sees it.</source>
        <translation>HA wird als letzter Schritt eingeschaltet, wenn sonst nichts läuft. Schlägt es mittendrin fehl, kann ein Host, der das Heartbeat-SR verliert, sich selbst neu starten (Fencing): Der Aufbau prüft vorher, dass jeder Host es sieht.</translation>
    </message>
    <message>
        <source>Memory per host (used by running VMs and the hypervisor / free)</source>
        <translation>Arbeitsspeicher pro Host (belegt durch laufende VMs und Hypervisor / frei)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>Neustartpriorität</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>falls möglich</translation>
    </message>
    <message>
        <source>do not restart</source>
        <translation>nicht neu starten</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>Zum Ändern doppelklicken oder F2 drücken</translation>
    </message>
    <message>
        <source>0: HA restarts VMs only if there happens to be room; nothing is reserved.</source>
        <translation>0: HA startet VMs nur neu, wenn zufällig Platz ist; es wird nichts reserviert.</translation>
    </message>
    <message>
        <source>1 is not possible: with one host down, {0} would find no room on the other host(s). Set less important VMs to best-effort, or add memory or a host.</source>
        <translation>1 ist nicht möglich: Fällt ein Host aus, fände {0} auf den anderen Hosts keinen Platz. Setzen Sie weniger wichtige VMs auf „best-effort“ oder fügen Sie Speicher oder einen Host hinzu.</translation>
    </message>
    <message>
        <source>The pool keeps enough free memory to restart every protected VM after {0} host failure(s). At most {1} with these VMs.</source>
        <translation>Der Pool hält genug freien Arbeitsspeicher vor, um jede geschützte VM nach {0} Host-Ausfall/-Ausfällen neu zu starten. Mit diesen VMs höchstens {1}.</translation>
    </message>
    <message>
        <source>XAPI&apos;s own figure shows here once the hosts are in the pool (iSCSI page, step 1).</source>
        <translation>XAPIs eigener Wert erscheint hier, sobald die Hosts im Pool sind (iSCSI-Seite, Schritt 1).</translation>
    </message>
    <message>
        <source>Our estimate: {0}; XAPI&apos;s own planner: {1} (the lower one counts).</source>
        <translation>Unsere Schätzung: {0}; XAPIs eigene Planung: {1} (der kleinere Wert gilt).</translation>
    </message>
    <message>
        <source>{0}: {1} GiB used, {2} GiB free</source>
        <translation>{0}: {1} GiB belegt, {2} GiB frei</translation>
    </message>
    <message>
        <source>protected VMs: {0} GiB</source>
        <translation>geschützte VMs: {0} GiB</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>{address} presents a certificate with SHA-256 fingerprint
  {fingerprint}
Compare it with the host&apos;s console (xe host-param-get ... or the XCP-ng/XenServer console). Trust it? [y/N] </source>
        <translation>{address} legt ein Zertifikat mit dem SHA-256-Fingerabdruck
  {fingerprint}
vor. Vergleichen Sie ihn mit der Konsole des Hosts (xe host-param-get ... oder die XCP-ng/XenServer-Konsole). Vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>{path}: the plan has problems:</source>
        <translation>{path}: Der Bauplan enthält Probleme:</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>{address}: trusting its SSH host key on first use ({fingerprint}); it is pinned from now on.</source>
        <translation>{address}: Der SSH-Host-Schlüssel wird bei der ersten Verwendung als vertrauenswürdig übernommen ({fingerprint}); er ist ab jetzt fest hinterlegt.</translation>
    </message>
    <message>
        <source>{address} presents the SSH host key {fingerprint}
Compare it with `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` on its console. Trust it? [y/N] </source>
        <translation>{address} legt den SSH-Host-Schlüssel {fingerprint} vor.
Vergleichen Sie ihn mit `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` auf seiner Konsole. Vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Bericht: {path}</translation>
    </message>
    <message>
        <source>no password: set XENPOOL_PASSWORD, store it in the OS keyring, or run in a terminal to be asked</source>
        <translation>kein Kennwort: Setzen Sie XENPOOL_PASSWORD, speichern Sie es im OS-Schlüsselbund oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>the plan uses CHAP but no secret was given: set XENPOOL_CHAP_SECRET or run in a terminal</source>
        <translation>der Bauplan verwendet CHAP, aber es wurde kein Geheimnis angegeben: Setzen Sie XENPOOL_CHAP_SECRET oder starten Sie das Programm in einem Terminal</translation>
    </message>
    <message>
        <source>Run in a terminal to confirm it, put it in the plan (hosts[].fingerprint), or pass --yes to trust on first use.</source>
        <translation>Starten Sie das Programm in einem Terminal, um ihn zu bestätigen, tragen Sie ihn in den Bauplan ein (hosts[].fingerprint) oder übergeben Sie --yes, um ihm bei der ersten Verwendung zu vertrauen.</translation>
    </message>
    <message>
        <source>Pre-flight found blockers: nothing was changed.</source>
        <translation>Die Vorabprüfung hat Blocker gefunden: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Accept {count} warning(s) and build? [y/N] </source>
        <translation>{count} Warnung(en) akzeptieren und aufbauen? [y/N] </translation>
    </message>
    <message>
        <source>Warnings not accepted: nothing was changed (pass --yes to accept them unattended).</source>
        <translation>Warnungen nicht akzeptiert: Es wurde nichts geändert (übergeben Sie --yes, um sie unbeaufsichtigt zu akzeptieren).</translation>
    </message>
    <message>
        <source>{step}: nothing to do</source>
        <translation>{step}: nichts zu tun</translation>
    </message>
    <message>
        <source>{step}: {count} action(s)</source>
        <translation>{step}: {count} Aktion(en)</translation>
    </message>
    <message>
        <source>Nothing to change: the pool already matches the plan.</source>
        <translation>Nichts zu ändern: Der Pool entspricht bereits dem Bauplan.</translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>Aufbau abgeschlossen.</translation>
    </message>
    <message>
        <source>The build stopped: {message}</source>
        <translation>Der Aufbau wurde angehalten: {message}</translation>
    </message>
    <message>
        <source>Run the same command again to resume from where it stopped.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um dort fortzufahren, wo er angehalten hat.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>Host ausgefallen</translation>
    </message>
    <message>
        <source>management network unreachable but VMs running</source>
        <translation>Verwaltungsnetzwerk nicht erreichbar, aber VMs laufen</translation>
    </message>
    <message>
        <source>management network unreachable, host up with no VMs</source>
        <translation>Verwaltungsnetz nicht erreichbar, Host läuft ohne VMs</translation>
    </message>
    <message>
        <source>pool master unreachable</source>
        <translation>Pool-Master nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the host&apos;s power and console. If it is up, its management NIC or switch port is the suspect; its VMs may still run (check them from the console: xe vm-list resident-on=...).</source>
        <translation>Prüfen Sie die Stromversorgung und die Konsole des Hosts. Läuft er, stehen seine Verwaltungs-NIC oder sein Switch-Port unter Verdacht; seine VMs laufen möglicherweise noch (prüfen Sie sie über die Konsole: xe vm-list resident-on=...).</translation>
    </message>
    <message>
        <source>no answer on {address}:{port}</source>
        <translation>keine Antwort auf {address}:{port}</translation>
    </message>
    <message>
        <source>Give the master&apos;s address (--master) to look at the host through the pool.</source>
        <translation>Geben Sie die Adresse des Masters an (--master), um den Host über den Pool zu untersuchen.</translation>
    </message>
    <message>
        <source>XAPI answers on {address}:{port}</source>
        <translation>XAPI antwortet auf {address}:{port}</translation>
    </message>
    <message>
        <source>the master {master} does not answer from here</source>
        <translation>der Master {master} antwortet von hier aus nicht</translation>
    </message>
    <message>
        <source>The member is fine but the master {master} is not reachable. If the master is really gone, promote this member: xe pool-emergency-transition-to-master (on this host).</source>
        <translation>Das Mitglied ist in Ordnung, aber der Master {master} ist nicht erreichbar. Ist der Master tatsächlich ausgefallen, stufen Sie dieses Mitglied hoch: xe pool-emergency-transition-to-master (auf diesem Host).</translation>
    </message>
    <message>
        <source>the master did not accept a login: {reason}</source>
        <translation>der Master hat keine Anmeldung akzeptiert: {reason}</translation>
    </message>
    <message>
        <source>the master {master} sees this host as not live</source>
        <translation>der Master {master} sieht diesen Host als nicht aktiv (live)</translation>
    </message>
    <message>
        <source>it runs in emergency mode: it cannot reach its master ({reason})</source>
        <translation>er läuft im Notfallmodus: er erreicht seinen Master nicht ({reason})</translation>
    </message>
    <message>
        <source>the master {master} answers from here</source>
        <translation>der Master {master} antwortet von hier aus</translation>
    </message>
    <message>
        <source>The member runs but has lost its master: its VMs keep running, but nothing can be changed on it. Check the network path between them; if the master is really gone, promote this member: xe pool-emergency-transition-to-master (on this host).</source>
        <translation>Das Mitglied läuft, hat aber seinen Master verloren: Seine VMs laufen weiter, aber an ihm lässt sich nichts ändern. Prüfen Sie den Netzwerkweg zwischen beiden; ist der Master wirklich weg, machen Sie dieses Mitglied zum Master: xe pool-emergency-transition-to-master (auf diesem Host).</translation>
    </message>
    <message>
        <source>{count} VM(s) running here: {names}</source>
        <translation>{count} VM(s) laufen hier: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The host runs and its VMs keep running, but the master cannot hear it on the management network: check its management NIC, cable and switch port (or the VLAN), then xe-reset-networking on its console if the configuration is wrong.</source>
        <translation>Der Host läuft und seine VMs laufen weiter, aber der Master erreicht ihn nicht über das Verwaltungsnetzwerk: Prüfen Sie seine Verwaltungs-NIC, das Kabel und den Switch-Port (oder das VLAN) und führen Sie dann xe-reset-networking auf seiner Konsole aus, falls die Konfiguration falsch ist.</translation>
    </message>
    <message>
        <source>the pool has no host with the address {address}</source>
        <translation>der Pool hat keinen Host mit der Adresse {address}</translation>
    </message>
    <message>
        <source>Check the member&apos;s address (its management IP).</source>
        <translation>Prüfen Sie die Adresse des Mitglieds (seine Verwaltungs-IP).</translation>
    </message>
    <message>
        <source>the master {master} does not answer either</source>
        <translation>der Master {master} antwortet ebenfalls nicht</translation>
    </message>
    <message>
        <source>Neither the host nor its master answers: check this computer&apos;s own network first, then the hosts&apos; consoles.</source>
        <translation>Weder der Host noch sein Master antworten: Prüfen Sie zuerst das Netzwerk dieses Computers, dann die Konsolen der Hosts.</translation>
    </message>
    <message>
        <source>the master {master} sees this host as live</source>
        <translation>der Master {master} sieht diesen Host als aktiv (live)</translation>
    </message>
    <message>
        <source>the pool database had {count} VM(s) running there: {names}</source>
        <translation>laut Pool-Datenbank liefen dort {count} VM(s): {names}</translation>
    </message>
    <message>
        <source>Check again with SSH (health --ssh, or the SSH box of Check a host) to look at the host through the master and the storage network.</source>
        <translation>Prüfen Sie erneut mit SSH (health --ssh oder das SSH-Kontrollkästchen unter „Host prüfen“), um den Host über den Master und das Speichernetzwerk zu untersuchen.</translation>
    </message>
    <message>
        <source>the host has no storage network to look through</source>
        <translation>der Host hat kein Speichernetzwerk, über das er untersucht werden kann</translation>
    </message>
    <message>
        <source>no SSH to the master {master}: {reason}</source>
        <translation>keine SSH-Verbindung zum Master {master}: {reason}</translation>
    </message>
    <message>
        <source>it answers the master&apos;s ping on {interface} ({ip})</source>
        <translation>er antwortet auf den Ping des Masters über {interface} ({ip})</translation>
    </message>
    <message>
        <source>no answer to the master&apos;s ping on {interface} ({ip})</source>
        <translation>keine Antwort auf den Ping des Masters über {interface} ({ip})</translation>
    </message>
    <message>
        <source>no SSH to it through {ip}: {reason}</source>
        <translation>keine SSH-Verbindung zu ihm über {ip}: {reason}</translation>
    </message>
    <message>
        <source>xl list through the storage network: {count} VM(s) running: {names}</source>
        <translation>xl list über das Speichernetzwerk: {count} VM(s) laufen: {names}</translation>
    </message>
    <message>
        <source>xl list failed on it: {output}</source>
        <translation>xl list ist darauf fehlgeschlagen: {output}</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check a host</source>
        <translation>Host prüfen</translation>
    </message>
    <message>
        <source>A member that looks disconnected is often still running its VMs: usually its management network failed, not the host. The wizard contacts it directly, then looks at it from the pool master.</source>
        <translation>Ein Mitglied, das getrennt zu sein scheint, führt seine VMs oft noch aus: Meist ist sein Verwaltungsnetzwerk ausgefallen, nicht der Host. Der Assistent kontaktiert es direkt und untersucht es dann vom Pool-Master aus.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Also look &amp;through the storage network over SSH (root password)</source>
        <translation>Auch per SSH über das Speicher&amp;netzwerk prüfen (root-Kennwort)</translation>
    </message>
    <message>
        <source>SSH to the master, ping the host&apos;s storage address from there and list its running VMs with xl. You confirm each host&apos;s SSH key the first time.</source>
        <translation>Per SSH zum Master, von dort die Speicheradresse des Hosts anpingen und seine laufenden VMs mit xl auflisten. Den SSH-Schlüssel jedes Hosts bestätigen Sie beim ersten Mal.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Unknown SSH host key</source>
        <translation>Unbekannter SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <source>{0} presents the SSH host key
{1}

Compare it with the output of ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub on the host&apos;s console. Trust it?</source>
        <translation>{0} legt den SSH-Host-Schlüssel
{1}
vor.

Vergleichen Sie ihn mit der Ausgabe von ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub an der Konsole des Hosts. Vertrauen?</translation>
    </message>
    <message>
        <source>Enter the address of the host to check.</source>
        <translation>Geben Sie die Adresse des zu prüfenden Hosts ein.</translation>
    </message>
    <message>
        <source>Contacting {0}…</source>
        <translation>Verbindung zu {0} wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>{tool} exited with {code}</source>
        <translation>{tool} wurde mit Code {code} beendet</translation>
    </message>
    <message>
        <source>{host}: no storage interface ({interfaces}) and no interface holds {ip}</source>
        <translation>{host}: keine Speicherschnittstelle ({interfaces}) und keine Schnittstelle hat die Adresse {ip}</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between interface names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>The storage VLAN was not created on this host: check XAPI&apos;s PIF for it ({command}) and re-run the build.</source>
        <translation>Das Speicher-VLAN wurde auf diesem Host nicht erstellt: Prüfen Sie das zugehörige PIF in XAPI ({command}) und führen Sie den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>{host}: {name} holds {ip} but {command} does not list it</source>
        <translation>{host}: {name} hat die Adresse {ip}, aber {command} führt sie nicht auf</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is down</source>
        <translation>{host}: Speicherschnittstelle {name} ist inaktiv (down)</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is without link</source>
        <translation>{host}: Speicherschnittstelle {name} hat keinen Link</translation>
    </message>
    <message>
        <source>Plug the storage PIF ({command}) and check the cable and switch port.</source>
        <translation>Verbinden Sie das Speicher-PIF ({command}) und prüfen Sie Kabel und Switch-Port.</translation>
    </message>
    <message>
        <source>state {state}, flags {flags}</source>
        <translation>Status {state}, Flags {flags}</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} does not hold the planned IP {ip}</source>
        <translation>{host}: Speicherschnittstelle {name} hat nicht die geplante IP {ip}</translation>
    </message>
    <message>
        <source>Set the storage PIF&apos;s IP ({command}) as planned.</source>
        <translation>Setzen Sie die IP-Adresse des Speicher-PIF ({command}) wie geplant.</translation>
    </message>
    <message>
        <source>{host}: {ip} on {name} has prefix /{prefix}, planned /{planned}</source>
        <translation>{host}: {ip} auf {name} hat das Präfix /{prefix}, geplant ist /{planned}</translation>
    </message>
    <message>
        <source>Correct the storage PIF&apos;s netmask.</source>
        <translation>Korrigieren Sie die Netzmaske des Speicher-PIF.</translation>
    </message>
    <message>
        <source>{host}: storage interface {name} runs at MTU {mtu}, planned {planned}</source>
        <translation>{host}: Speicherschnittstelle {name} läuft mit MTU {mtu}, geplant ist {planned}</translation>
    </message>
    <message>
        <source>Set the storage network&apos;s MTU ({command}) and re-plug the PIF; a NIC driver that keeps 1500 needs a NIC with jumbo-frame support.</source>
        <translation>Setzen Sie die MTU des Speichernetzwerks ({command}) und verbinden Sie das PIF erneut; bleibt ein NIC-Treiber bei 1500, wird eine NIC mit Jumbo-Frame-Unterstützung benötigt.</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({interface} does not exist)</source>
        <translation>{host}: Portal {portal} antwortet nicht über {interface} ({interface} existiert nicht)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} (no route to it)</source>
        <translation>{host}: Portal {portal} antwortet nicht über {interface} (keine Route dorthin)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({router} reports it unreachable)</source>
        <translation>{host}: Portal {portal} antwortet nicht über {interface} ({router} meldet es als nicht erreichbar)</translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({count} pings, no answer)</source>
        <translation>{host}: Portal {portal} antwortet nicht über {interface} ({count} Pings, keine Antwort)</translation>
    </message>
    <message>
        <source>Check that the switch port of this host&apos;s storage NIC carries the storage VLAN tagged (a wrong tag or an untagged port looks exactly like this), and that the array&apos;s portal is up.</source>
        <translation>Prüfen Sie, ob der Switch-Port der Speicher-NIC dieses Hosts das Speicher-VLAN getaggt führt (ein falsches Tag oder ein ungetaggter Port sieht genau so aus) und ob das Portal des Arrays aktiv ist.</translation>
    </message>
    <message>
        <source>{host}: {lost} of {sent} jumbo pings to {portal} were lost</source>
        <translation>{host}: {lost} von {sent} Jumbo-Pings an {portal} gingen verloren</translation>
    </message>
    <message>
        <source>Frames get through but not all of them: check the storage links for errors.</source>
        <translation>Frames kommen durch, aber nicht alle: Prüfen Sie die Speicherverbindungen auf Fehler.</translation>
    </message>
    <message>
        <source>{command}: {received}/{sent} answered</source>
        <translation>{command}: {received}/{sent} beantwortet</translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are refused by {router} (MTU {mtu} on the way)</source>
        <translation>{host}: Jumbo-Frames an {portal} werden von {router} abgewiesen (MTU {mtu} auf dem Weg)</translation>
    </message>
    <message>
        <source>A router between host and array has a smaller MTU: keep storage in one L2 segment or raise that hop&apos;s MTU.</source>
        <translation>Ein Router zwischen Host und Array hat eine kleinere MTU: Halten Sie den Speicher in einem L2-Segment oder erhöhen Sie die MTU dieses Hops.</translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at MTU {mtu}, not {planned} ({error})</source>
        <translation>{host}: Jumbo-Frames scheitern auf dem Host selbst: {interface} sendet mit MTU {mtu}, nicht {planned} ({error})</translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at a smaller MTU, not {planned} ({error})</source>
        <translation>{host}: Jumbo-Frames scheitern auf dem Host selbst: {interface} sendet mit einer kleineren MTU, nicht {planned} ({error})</translation>
    </message>
    <message>
        <source>The host side is too small: set the storage network MTU and re-plug the PIF, check the NIC (all VLANs on a NIC share its MTU) and its driver.</source>
        <translation>Die Host-Seite ist zu klein: Setzen Sie die MTU des Speichernetzwerks und verbinden Sie das PIF erneut; prüfen Sie die NIC (alle VLANs einer NIC teilen sich deren MTU) und ihren Treiber.</translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are silently lost: small pings answer, {mtu}-byte frames do not</source>
        <translation>{host}: Jumbo-Frames an {portal} gehen unbemerkt verloren: kleine Pings werden beantwortet, Frames mit {mtu} Byte nicht</translation>
    </message>
    <message>
        <source>The host sends them; a switch port on the way (or the array&apos;s interface) does not allow MTU {mtu}. Enable jumbo frames on every switch port of the storage VLAN and on the array, or plan MTU 1500.</source>
        <translation>Der Host sendet sie; ein Switch-Port auf dem Weg (oder die Schnittstelle des Arrays) lässt MTU {mtu} nicht zu. Aktivieren Sie Jumbo-Frames auf jedem Switch-Port des Speicher-VLANs und auf dem Array, oder planen Sie MTU 1500.</translation>
    </message>
    <message>
        <source>Login refused: check the CHAP user and secret, and that this host&apos;s initiator IQN is on the array&apos;s access list.</source>
        <translation>Anmeldung abgewiesen: Prüfen Sie CHAP-Benutzer und -Secret und ob die Initiator-IQN dieses Hosts in der Zugriffsliste des Arrays steht.</translation>
    </message>
    <message>
        <source>Nothing listens for iSCSI on the portal: check the target service on the array.</source>
        <translation>Auf dem Portal lauscht kein iSCSI-Dienst: Prüfen Sie den Target-Dienst auf dem Array.</translation>
    </message>
    <message>
        <source>The portal does not answer on TCP {port}: check the storage VLAN and the array.</source>
        <translation>Das Portal antwortet nicht auf TCP {port}: Prüfen Sie das Speicher-VLAN und das Array.</translation>
    </message>
    <message>
        <source>The array offers no target to this host: check its access list.</source>
        <translation>Das Array bietet diesem Host kein Target an: Prüfen Sie seine Zugriffsliste.</translation>
    </message>
    <message>
        <source>See the command&apos;s output.</source>
        <translation>Siehe Ausgabe des Befehls.</translation>
    </message>
    <message>
        <source>{host}: iSCSI discovery/login at {portal}:{port} failed ({kind})</source>
        <translation>{host}: iSCSI-Discovery/-Anmeldung bei {portal}:{port} fehlgeschlagen ({kind})</translation>
    </message>
    <message>
        <source>{host}: discovery at {portal} does not offer {iqn}</source>
        <translation>{host}: Discovery bei {portal} bietet {iqn} nicht an</translation>
    </message>
    <message>
        <source>The portal offers: {iqns}. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation>Das Portal bietet an: {iqns}. Prüfen Sie die Target-IQN im Bauplan und die Zugriffsliste des Arrays für den Initiator dieses Hosts.</translation>
    </message>
    <message>
        <source>The portal offers: nothing. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation>Das Portal bietet an: nichts. Prüfen Sie die Target-IQN im Bauplan und die Zugriffsliste des Arrays für den Initiator dieses Hosts.</translation>
    </message>
    <message>
        <source>{host}: neither {tool} nor {other_tool} is installed</source>
        <translation>{host}: weder {tool} noch {other_tool} ist installiert</translation>
    </message>
    <message>
        <source>XenServer/XCP-ng hosts have {tool}; install {package} or {other_package}.</source>
        <translation>XenServer-/XCP-ng-Hosts haben {tool}; installieren Sie {package} oder {other_package}.</translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer with jumbo frames; {tool} finds {iqn}</source>
        <translation>{host}: {interface} aktiv mit MTU {mtu} und {ip}; {count} Portal(e) antworten mit Jumbo-Frames; {tool} findet {iqn}</translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer; {tool} finds {iqn}</source>
        <translation>{host}: {interface} aktiv mit MTU {mtu} und {ip}; {count} Portal(e) antworten; {tool} findet {iqn}</translation>
    </message>
    <message>
        <source>sees {seen} of {total} iSCSI paths: missing {missing}</source>
        <translation>sieht {seen} von {total} iSCSI-Pfaden: es fehlen {missing}</translation>
    </message>
    <message>
        <source>Every host should reach every portal, or multipath runs degraded on some hosts: check the storage NICs, VLANs and the array&apos;s portal groups.</source>
        <translation>Jeder Host sollte jedes Portal erreichen, sonst läuft Multipath auf einigen Hosts eingeschränkt: Prüfen Sie die Speicher-NICs, die VLANs und die Portalgruppen des Arrays.</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Own password</source>
        <translation>Eigenes Kennwort</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Add the hosts by address or scan a range, confirm each host&apos;s certificate, then connect.</source>
        <translation>Fügen Sie die Hosts per Adresse hinzu oder scannen Sie einen Bereich, bestätigen Sie das Zertifikat jedes Hosts und stellen Sie dann die Verbindung her.</translation>
    </message>
    <message>
        <source>address, range (192.0.2.10-20) or subnet (192.0.2.0/24)</source>
        <translation>Adresse, Bereich (192.0.2.10-20) oder Subnetz (192.0.2.0/24)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>root password (the same on every host)</source>
        <translation>root-Kennwort (auf allen Hosts gleich)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Re&amp;member the passwords in the OS keyring</source>
        <translation>Kennwörter im OS-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Copy &amp;join information</source>
        <translation>&amp;Beitrittsinformationen kopieren</translation>
    </message>
    <message>
        <source>The trusted hosts and their certificate fingerprints as one line: paste it into the address field on another computer, and it trusts exactly these certificates.</source>
        <translation>Die vertrauenswürdigen Hosts und ihre Zertifikats-Fingerabdrücke in einer Zeile: Fügen Sie sie auf einem anderen Computer in das Adressfeld ein, dann vertraut er genau diesen Zertifikaten.</translation>
    </message>
    <message>
        <source>&amp;Connect and check</source>
        <translation>&amp;Verbinden und prüfen</translation>
    </message>
    <message>
        <source>Enter a host&apos;s management IP address.</source>
        <translation>Geben Sie die Verwaltungs-IP-Adresse eines Hosts ein.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an IPv4 address.</source>
        <translation>„{0}“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is neither an IPv4 address nor a host name.</source>
        <translation>„{0}“ ist weder eine IPv4-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; does not resolve to an IPv4 address here ({1}).</source>
        <translation>„{0}“ lässt sich hier nicht in eine IPv4-Adresse auflösen ({1}).</translation>
    </message>
    <message>
        <source>{0} host(s) added with the certificates the join information names.</source>
        <translation>Hosts hinzugefügt: {0}, mit den Zertifikaten aus den Beitrittsinformationen.</translation>
    </message>
    <message>
        <source>Trust the hosts&apos; certificates first.</source>
        <translation>Vertrauen Sie zuerst den Zertifikaten der Hosts.</translation>
    </message>
    <message>
        <source>Join information copied: it names the trusted hosts and holds no password.</source>
        <translation>Beitrittsinformationen kopiert: Sie nennen die vertrauenswürdigen Hosts und enthalten kein Kennwort.</translation>
    </message>
    <message>
        <source>{0} (certificate)</source>
        <translation>{0} (Zertifikat)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{host}&lt;/b&gt;, certificate SHA-256:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Compare it on the host before ticking Trust: in its shell (xsconsole: Local Command Shell) &lt;tt&gt;openssl x509 -in /etc/xensource/xapi-ssl.pem -noout -fingerprint -sha256&lt;/tt&gt;, or &lt;tt&gt;xe certificate-list type=host params=host,fingerprint_sha256&lt;/tt&gt; (XenServer 8.2: &lt;tt&gt;params=host,fingerprint&lt;/tt&gt;). xsconsole&apos;s Status Display shows the SHA-1 fingerprint, another number.</source>
        <translation>&lt;b&gt;{host}&lt;/b&gt;, Zertifikat SHA-256:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;br&gt;Vergleichen Sie ihn auf dem Host, bevor Sie „Vertrauen“ ankreuzen: in seiner Shell (xsconsole: Local Command Shell) &lt;tt&gt;openssl x509 -in /etc/xensource/xapi-ssl.pem -noout -fingerprint -sha256&lt;/tt&gt; oder &lt;tt&gt;xe certificate-list type=host params=host,fingerprint_sha256&lt;/tt&gt; (XenServer 8.2: &lt;tt&gt;params=host,fingerprint&lt;/tt&gt;). Der Bildschirm „Status Display“ von xsconsole zeigt den SHA-1-Fingerabdruck, eine andere Zahl.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the host&apos;s console before trusting it.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit der Konsole des Hosts, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Add the hosts to go on.</source>
        <translation>Fügen Sie die Hosts hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>Tick Trust for each host whose certificate you have compared, then press Connect and check.</source>
        <translation>Setzen Sie „Vertrauen“ bei jedem Host, dessen Zertifikat Sie verglichen haben, und drücken Sie dann „Verbinden und prüfen“.</translation>
    </message>
    <message>
        <source>Press Connect and check to go on.</source>
        <translation>Drücken Sie „Verbinden und prüfen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>contacting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>eigenständig</translation>
    </message>
    <message>
        <source>master of {0} hosts</source>
        <translation>Master von {0} Hosts</translation>
    </message>
    <message>
        <source>member of {0}</source>
        <translation>Mitglied von {0}</translation>
    </message>
    <message>
        <source>same as below</source>
        <translation>wie unten</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>Fügen Sie mindestens einen Host hinzu.</translation>
    </message>
    <message>
        <source>Confirm the certificate of: {0}</source>
        <translation>Bestätigen Sie das Zertifikat von: {0}</translation>
    </message>
    <message>
        <source>Enter the root password.</source>
        <translation>Geben Sie das root-Kennwort ein.</translation>
    </message>
    <message>
        <source>Enter the root password (none is remembered for {0}).</source>
        <translation>Geben Sie das root-Kennwort ein (für {0} ist keines gespeichert).</translation>
    </message>
    <message>
        <source>Connected to {0} host(s).</source>
        <translation>Mit {0} Host(s) verbunden.</translation>
    </message>
    <message>
        <source>The passwords are in the OS keyring.</source>
        <translation>Die Kennwörter liegen im OS-Schlüsselbund.</translation>
    </message>
    <message>
        <source>No OS keyring here: the passwords stay in memory only.</source>
        <translation>Hier gibt es keinen OS-Schlüsselbund: Die Kennwörter bleiben nur im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>Iscsi</name>
    <message>
        <source>the probe answer is {size} bytes long; refusing to parse it</source>
        <translation>die Probe-Antwort ist {size} Byte lang; sie wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>the probe answer is not valid XML ({error})</source>
        <translation>die Probe-Antwort ist kein gültiges XML ({error})</translation>
    </message>
    <message>
        <source>expected {expected} in the probe answer, found {found}</source>
        <translation>{expected} in der Probe-Antwort erwartet, {found} gefunden</translation>
    </message>
    <message>
        <source>{field} {value} is not a number</source>
        <translation>{field} {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>probe the iSCSI target</source>
        <translation>Abfrage des iSCSI-Targets</translation>
    </message>
    <message>
        <source>Check what answers on the portal.</source>
        <translation>Prüfen Sie, was auf dem Portal antwortet.</translation>
    </message>
    <message>
        <source>the target does not offer {iqn}</source>
        <translation>das Target bietet {iqn} nicht an</translation>
    </message>
    <message>
        <source>Choose one of: {iqns}.</source>
        <translation>Wählen Sie eines aus: {iqns}.</translation>
    </message>
    <message>
        <source>Choose one of: none found.</source>
        <translation>Zur Auswahl wurde keines gefunden.</translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the shared SR</source>
        <translation>das Target hat keine LUN {scsi_id} für das gemeinsame SR</translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the heartbeat</source>
        <translation>das Target hat keine LUN {scsi_id} für den Heartbeat</translation>
    </message>
    <message>
        <source>Probe the target and choose a listed LUN.</source>
        <translation>Fragen Sie das Target ab und wählen Sie eine aufgeführte LUN.</translation>
    </message>
    <message>
        <source>the heartbeat LUN {lun} has {size} GiB ({bytes} bytes); HA needs {need} GiB ({need_bytes} bytes) on it</source>
        <translation>die Heartbeat-LUN {lun} hat {size} GiB ({bytes} Byte); HA braucht darauf {need} GiB ({need_bytes} Byte)</translation>
    </message>
    <message>
        <source>XAPI puts the statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation>XAPI legt dort die Statusdatei und das Redo-Log der Pool-Datenbank ab: Verwenden Sie eine LUN mit 4 GiB oder mehr.</translation>
    </message>
    <message>
        <source>LUN already holds SR {names}: it will be reattached with its data</source>
        <translation>LUN enthält bereits SR {names}: Es wird mit seinen Daten wieder angebunden</translation>
    </message>
    <message>
        <source>LUN holds SR {names} and the plan says FORMAT: every disk on it will be destroyed</source>
        <translation>LUN enthält SR {names} und laut Bauplan wird sie FORMATIERT: Alle Datenträger darauf werden vernichtet</translation>
    </message>
    <message>
        <source>Only with {option} on the command line; otherwise set {setting}.</source>
        <translation>Nur mit {option} auf der Befehlszeile; andernfalls setzen Sie {setting}.</translation>
    </message>
    <message>
        <source>LUN holds SR {names}</source>
        <translation>LUN enthält SR {names}</translation>
    </message>
    <message>
        <source>Set {setting} to use it.</source>
        <translation>Setzen Sie {setting}, um sie zu verwenden.</translation>
    </message>
</context>
<context>
    <name>IscsiPage</name>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI-Target</translation>
    </message>
    <message>
        <source>The hosts reach the target over the storage network, so it is set up first; then the target is probed from the pool master.</source>
        <translation>Die Hosts erreichen das Target über das Speichernetzwerk, deshalb wird dieses zuerst eingerichtet; danach wird das Target vom Pool-Master aus abgefragt.</translation>
    </message>
    <message>
        <source>(no CHAP)</source>
        <translation>(kein CHAP)</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAP-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>CHAP s&amp;ecret:</source>
        <translation>CHAP-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Multipathing on every host</source>
        <translation>&amp;Multipathing auf jedem Host</translation>
    </message>
    <message>
        <source>Turned on before the SR is made: one path per portal, so a failed cable or controller does not stop the storage. Later it needs the SR unplugged.</source>
        <translation>Wird vor dem Anlegen des SR eingeschaltet: ein Pfad je Portal, damit ein ausgefallenes Kabel oder ein Controller den Speicher nicht anhält. Später muss dafür das SR getrennt werden.</translation>
    </message>
    <message>
        <source>Initiator IQNs to allow on the array:</source>
        <translation>Auf dem Array zuzulassende Initiator-IQNs:</translation>
    </message>
    <message>
        <source>&amp;1. Create pool and storage network now</source>
        <translation>&amp;1. Pool und Speichernetzwerk jetzt erstellen</translation>
    </message>
    <message>
        <source>&amp;2. Discover</source>
        <translation>&amp;2. Erkennen</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <source>SCSI id</source>
        <translation>SCSI-ID</translation>
    </message>
    <message>
        <source>Holds SR</source>
        <translation>Enthält SR</translation>
    </message>
    <message>
        <source>Reattach it (keep its data)</source>
        <translation>Wieder anbinden (Daten behalten)</translation>
    </message>
    <message>
        <source>Format it (destroys its data)</source>
        <translation>Formatieren (Daten werden gelöscht)</translation>
    </message>
    <message>
        <source>type the SR&apos;s name to confirm formatting</source>
        <translation>Namen des SR eingeben, um das Formatieren zu bestätigen</translation>
    </message>
    <message>
        <source>Sh&amp;ared SR LUN:</source>
        <translation>LUN für gemeinsames &amp;SR:</translation>
    </message>
    <message>
        <source>&amp;Heartbeat LUN:</source>
        <translation>&amp;Heartbeat-LUN:</translation>
    </message>
    <message>
        <source>LUN holds an SR:</source>
        <translation>LUN enthält ein SR:</translation>
    </message>
    <message>
        <source>Discover the target (steps 1 and 2) and choose the LUNs to go on.</source>
        <translation>Erkennen Sie das Target (Schritte 1 und 2) und wählen Sie die LUNs, um fortzufahren.</translation>
    </message>
    <message>
        <source>The portal or CHAP changed since the discovery: press Discover again.</source>
        <translation>Portal oder CHAP haben sich seit der Erkennung geändert: Drücken Sie erneut „Erkennen“.</translation>
    </message>
    <message>
        <source>Type the SR&apos;s name to confirm formatting, or choose Reattach.</source>
        <translation>Geben Sie den Namen des SR ein, um das Formatieren zu bestätigen, oder wählen Sie „Wieder anbinden“.</translation>
    </message>
    <message>
        <source>Correct what is marked in red above to go on.</source>
        <translation>Korrigieren Sie, was oben rot markiert ist, um fortzufahren.</translation>
    </message>
    <message>
        <source>HA is turned off now for the joins, and on again only at the end of the build: until then no VM is restarted if a host fails.</source>
        <translation>HA wird jetzt für die Beitritte ausgeschaltet und erst am Ende des Aufbaus wieder eingeschaltet: bis dahin wird keine VM neu gestartet, wenn ein Host ausfällt.</translation>
    </message>
    <message>
        <source>Create the pool now?</source>
        <translation>Pool jetzt erstellen?</translation>
    </message>
    <message>
        <source>This changes the hosts now: {0} becomes the master of pool &apos;{1}&apos;, {2} host(s) join it, and each gets its storage IP on VLAN {3}. The target can only be discovered over that network. Continue?</source>
        <translation>Dadurch werden die Hosts jetzt geändert: {0} wird Master des Pools „{1}“, {2} Host(s) treten ihm bei, und jeder erhält seine Speicher-IP im VLAN {3}. Das Target kann nur über dieses Netzwerk erkannt werden. Fortfahren?</translation>
    </message>
    <message>
        <source>Step 1 waits: {0}</source>
        <translation>Schritt 1 wartet: {0}</translation>
    </message>
    <message>
        <source>Discover needs step 1 first: the hosts reach the target over the storage network.</source>
        <translation>„Erkennen“ braucht zuerst Schritt 1: Die Hosts erreichen das Target über das Speichernetzwerk.</translation>
    </message>
    <message>
        <source>Enter the portal address to discover the target.</source>
        <translation>Geben Sie die Portal-Adresse ein, um das Target zu erkennen.</translation>
    </message>
    <message>
        <source>Pool and storage network are in place. Now discover the target.</source>
        <translation>Pool und Speichernetzwerk sind eingerichtet. Erkennen Sie jetzt das Target.</translation>
    </message>
    <message>
        <source>Enter the portal address.</source>
        <translation>Geben Sie die Portal-Adresse ein.</translation>
    </message>
    <message>
        <source>The CHAP secret is in the OS keyring.</source>
        <translation>Das CHAP-Geheimnis liegt im OS-Schlüsselbund.</translation>
    </message>
    <message>
        <source>* (every target: multipath)</source>
        <translation>* (alle Targets: Multipath)</translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2}) — holds {3}</source>
        <translation>LUN {0}: {1} ({2}) — enthält {3}</translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2})</source>
        <translation>LUN {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Formatting destroys every disk on &apos;{0}&apos;. Type its name to confirm.</source>
        <translation>Das Formatieren vernichtet alle Datenträger auf „{0}“. Geben Sie zur Bestätigung den Namen ein.</translation>
    </message>
</context>
<context>
    <name>JoinInfo</name>
    <message>
        <source>The pasted text is far too long to be join information.</source>
        <translation>Der eingefügte Text ist viel zu lang für Beitrittsinformationen.</translation>
    </message>
    <message>
        <source>This is not xenpool-wizard join information (that starts with {prefix}).</source>
        <translation>Das sind keine Beitrittsinformationen von xenpool-wizard (diese beginnen mit {prefix}).</translation>
    </message>
    <message>
        <source>The join information is damaged (its checksum does not match): copy it again.</source>
        <translation>Die Beitrittsinformationen sind beschädigt (die Prüfsumme stimmt nicht): Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The join information cannot be read: copy it again.</source>
        <translation>Die Beitrittsinformationen sind nicht lesbar: Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The join information lists no hosts.</source>
        <translation>Die Beitrittsinformationen nennen keine Hosts.</translation>
    </message>
    <message>
        <source>Host {number} of the join information is incomplete.</source>
        <translation>Host {number} der Beitrittsinformationen ist unvollständig.</translation>
    </message>
    <message>
        <source>Host {number}: {address} is not an IP address.</source>
        <translation>Host {number}: {address} ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Host {number}: the port must be 1-65535.</source>
        <translation>Host {number}: Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Host {number}: the fingerprint is not a SHA-256 fingerprint.</source>
        <translation>Host {number}: Der Fingerabdruck ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>{address}: the join information has a different fingerprint than the one pinned here; nothing was pinned. Check the host&apos;s console.</source>
        <translation>{address}: Die Beitrittsinformationen nennen einen anderen Fingerabdruck als den hier hinterlegten; nichts wurde hinterlegt. Prüfen Sie die Konsole des Hosts.</translation>
    </message>
    <message>
        <source>{address}: pinned {fingerprint}</source>
        <translation>{address}: hinterlegt {fingerprint}</translation>
    </message>
    <message>
        <source>not pinned yet: {addresses}. Connect once (validate, or the wizard&apos;s Hosts page) and confirm the fingerprint against the host&apos;s console first.</source>
        <translation>noch nicht hinterlegt: {addresses}. Verbinden Sie sich zuerst einmal (validate oder die Seite „Hosts“ des Assistenten) und bestätigen Sie den Fingerabdruck anhand der Konsole des Hosts.</translation>
    </message>
</context>
<context>
    <name>NetworkChecks</name>
    <message>
        <source>has no NIC {device}</source>
        <translation>hat keine NIC {device}</translation>
    </message>
    <message>
        <source>Choose one of: {devices}.</source>
        <translation>Wählen Sie eine aus: {devices}.</translation>
    </message>
    <message>
        <source>{device} also carries management traffic</source>
        <translation>{device} überträgt auch Verwaltungsdatenverkehr</translation>
    </message>
    <message>
        <source>A dedicated NIC for storage keeps HA heartbeats and iSCSI apart; prefer another NIC.</source>
        <translation>Eine eigene NIC für Speicher hält HA-Heartbeats und iSCSI getrennt; verwenden Sie vorzugsweise eine andere NIC.</translation>
    </message>
    <message>
        <source>{device} has no link</source>
        <translation>{device} hat keine Verbindung (Link)</translation>
    </message>
    <message>
        <source>Check the cable and the switch port.</source>
        <translation>Prüfen Sie das Kabel und den Switch-Port.</translation>
    </message>
    <message>
        <source>{device} links at {speed} Mbit/s</source>
        <translation>{device} ist mit {speed} Mbit/s verbunden</translation>
    </message>
    <message>
        <source>iSCSI wants 10 Gbit/s (1 Gbit/s at least).</source>
        <translation>iSCSI erfordert 10 Gbit/s (mindestens 1 Gbit/s).</translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} already exists</source>
        <translation>VLAN {vlan} auf {device} existiert bereits</translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} is already used by network {network}</source>
        <translation>VLAN {vlan} auf {device} wird bereits vom Netzwerk {network} verwendet</translation>
    </message>
    <message>
        <source>Choose another VLAN tag, or name the plan&apos;s storage network like the existing one to reuse it.</source>
        <translation>Wählen Sie ein anderes VLAN-Tag, oder benennen Sie das Speichernetzwerk des Bauplans wie das vorhandene, um es wiederzuverwenden.</translation>
    </message>
    <message>
        <source>storage IP {ip} is already in use by {owner}</source>
        <translation>Speicher-IP {ip} wird bereits von {owner} verwendet</translation>
    </message>
    <message>
        <source>Pick a free address for this host&apos;s storage interface.</source>
        <translation>Wählen Sie eine freie Adresse für die Speicherschnittstelle dieses Hosts.</translation>
    </message>
    <message>
        <source>MTU {mtu} needs jumbo frames on every switch port and on the array</source>
        <translation>MTU {mtu} erfordert Jumbo-Frames auf jedem Switch-Port und auf dem Array</translation>
    </message>
    <message>
        <source>The wizard proves it end to end with a don&apos;t-fragment ping after configuring.</source>
        <translation>Der Assistent prüft dies nach der Konfiguration durchgängig mit einem Ping ohne Fragmentierung (Don&apos;t Fragment).</translation>
    </message>
    <message>
        <source>the pool already has its storage network {network} on VLAN {vlan}; the plan says VLAN {planned}</source>
        <translation>der Pool hat sein Speichernetz {network} bereits auf VLAN {vlan}; der Plan sagt VLAN {planned}</translation>
    </message>
    <message>
        <source>Put VLAN {vlan} back in the plan to keep using it. Moving storage to another VLAN means unplugging the shared SRs and turning HA off first: the wizard does not move a storage network under a running pool.</source>
        <translation>Tragen Sie wieder VLAN {vlan} in den Plan ein, um es weiter zu nutzen. Den Speicher auf ein anderes VLAN zu verlegen heißt, zuerst die gemeinsamen SRs abzuhängen und HA auszuschalten: Der Assistent verlegt kein Speichernetz unter einem laufenden Pool.</translation>
    </message>
    <message>
        <source>its storage interface is on {device} already; the plan says {planned}</source>
        <translation>seine Speicherschnittstelle liegt bereits auf {device}; der Plan sagt {planned}</translation>
    </message>
    <message>
        <source>Put {device} back in the plan (storage_network.nic, or hosts[].nic for this host). Moving storage to another NIC means unplugging the shared SRs and turning HA off first: the wizard does not move a storage network under a running pool.</source>
        <translation>Tragen Sie wieder {device} in den Plan ein (storage_network.nic, oder hosts[].nic für diesen Host). Den Speicher auf eine andere NIC zu verlegen heißt, zuerst die gemeinsamen SRs abzuhängen und HA auszuschalten: Der Assistent verlegt kein Speichernetz unter einem laufenden Pool.</translation>
    </message>
    <message>
        <source>its storage interface has {ip} and carries the pool&apos;s storage; the plan gives it {planned}</source>
        <translation>seine Speicherschnittstelle hat {ip} und trägt den Speicher des Pools; der Plan gibt ihr {planned}</translation>
    </message>
    <message>
        <source>Put {ip} back in the plan ({field}). To change it, turn HA off and unplug the shared SRs on this host first (XAPI refuses the change under HA, and the SRs&apos; iSCSI sessions use the old address).</source>
        <translation>Tragen Sie wieder {ip} in den Plan ein ({field}). Um sie zu ändern, schalten Sie zuerst HA aus und hängen die gemeinsamen SRs auf diesem Host ab (XAPI lehnt die Änderung unter HA ab, und die iSCSI-Sitzungen der SRs nutzen die alte Adresse).</translation>
    </message>
    <message>
        <source>its storage interface has netmask {netmask} and carries the pool&apos;s storage; the plan&apos;s subnet {subnet} gives it {planned}</source>
        <translation>seine Speicherschnittstelle hat die Netzmaske {netmask} und trägt den Speicher des Pools; das Subnetz {subnet} des Plans gibt ihr {planned}</translation>
    </message>
    <message>
        <source>Put the subnet back in the plan (storage_network.subnet). To change it, turn HA off and unplug the shared SRs on this host first (XAPI refuses the change under HA, and the SRs&apos; iSCSI sessions use the old address).</source>
        <translation>Tragen Sie wieder das Subnetz in den Plan ein (storage_network.subnet). Um es zu ändern, schalten Sie zuerst HA aus und hängen die gemeinsamen SRs auf diesem Host ab (XAPI lehnt die Änderung unter HA ab, und die iSCSI-Sitzungen der SRs nutzen die alte Adresse).</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Storage network</source>
        <translation>Speichernetzwerk</translation>
    </message>
    <message>
        <source>A VLAN for iSCSI on every host, with a static IP each. It is created after the joins.</source>
        <translation>Ein VLAN für iSCSI auf jedem Host, mit je einer statischen IP. Es wird nach den Beitritten erstellt.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>auswählen…</translation>
    </message>
    <message>
        <source>(usually none)</source>
        <translation>(meist keines)</translation>
    </message>
    <message>
        <source>N&amp;IC:</source>
        <translation>&amp;NIC:</translation>
    </message>
    <message>
        <source>&amp;VLAN tag:</source>
        <translation>&amp;VLAN-Tag:</translation>
    </message>
    <message>
        <source>MT&amp;U:</source>
        <translation>MT&amp;U:</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>&amp;Subnetz:</translation>
    </message>
    <message>
        <source>&amp;First IP:</source>
        <translation>&amp;Erste IP:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>NIC link</source>
        <translation>NIC-Link</translation>
    </message>
    <message>
        <source>Storage IP</source>
        <translation>Speicher-IP</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>{0} (up, {1} Mbit/s)</source>
        <translation>{0} (verbunden, {1} Mbit/s)</translation>
    </message>
    <message>
        <source>{0} (no link)</source>
        <translation>{0} (keine Verbindung)</translation>
    </message>
    <message>
        <source>{0}, VLAN {1}, MTU {2}</source>
        <translation>{0}, VLAN {1}, MTU {2}</translation>
    </message>
    <message>
        <source>up, {0} Mbit/s</source>
        <translation>aktiv, {0} Mbit/s</translation>
    </message>
    <message>
        <source>NO LINK</source>
        <translation>KEIN LINK</translation>
    </message>
    <message>
        <source>no such NIC</source>
        <translation>NIC nicht vorhanden</translation>
    </message>
    <message>
        <source>Double-click or press F2 to use another NIC on this host</source>
        <translation>Doppelklick oder F2, um auf diesem Host eine andere NIC zu verwenden</translation>
    </message>
    <message>
        <source>Correct what is marked in red above to go on.</source>
        <translation>Korrigieren Sie, was oben rot markiert ist, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The pool is built: every step is done.</source>
        <translation>Der Pool ist gebaut: Jeder Schritt ist erledigt.</translation>
    </message>
    <message>
        <source>Stopped as you asked, before “{step}”.</source>
        <translation>Wie gewünscht angehalten, vor „{step}“.</translation>
    </message>
    <message>
        <source>Stopped as you asked.</source>
        <translation>Wie gewünscht angehalten.</translation>
    </message>
    <message>
        <source>The build stopped at “{step}”:</source>
        <translation>Der Bau hielt bei „{step}“ an:</translation>
    </message>
    <message>
        <source>The build stopped:</source>
        <translation>Der Bau hielt an:</translation>
    </message>
    <message>
        <source>The pool could not be read back ({reason}); the journal says:</source>
        <translation>Der Pool konnte nicht neu gelesen werden ({reason}); laut Protokoll:</translation>
    </message>
    <message>
        <source>Done: {steps}.</source>
        <translation>Erledigt: {steps}.</translation>
    </message>
    <message>
        <source>Not done yet: {steps}.</source>
        <translation>Noch nicht erledigt: {steps}.</translation>
    </message>
    <message>
        <source>Nothing else was changed. Press Build again to carry on from there: what is done is kept.</source>
        <translation>Sonst wurde nichts geändert. Drücken Sie erneut auf Bauen, um dort weiterzumachen: Was erledigt ist, bleibt.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>{0} GiB</source>
        <translation>{0} GiB</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Next is available once the work in progress ends.</source>
        <translation>„Weiter“ ist verfügbar, sobald die laufende Arbeit beendet ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — master: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — Master: Speicher-IP {2} auf {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — joins, &lt;b style=&apos;color:#b00020&apos;&gt;FORCED (unsupported)&lt;/b&gt;: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — tritt bei, &lt;b style=&apos;color:#b00020&apos;&gt;ERZWUNGEN (nicht unterstützt)&lt;/b&gt;: Speicher-IP {2} auf {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — joins: storage IP {2} on {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}) — tritt bei: Speicher-IP {2} auf {3}</translation>
    </message>
    <message>
        <source>HA on, tolerating {0} host failure(s), heartbeat on LUN {1}.</source>
        <translation>HA ein, toleriert {0} Host-Ausfall/-Ausfälle, Heartbeat auf LUN {1}.</translation>
    </message>
    <message>
        <source>HA stays off.</source>
        <translation>HA bleibt aus.</translation>
    </message>
    <message>
        <source>HA is turned off while the new hosts join (no VM is restarted meanwhile).</source>
        <translation>HA wird ausgeschaltet, während die neuen Hosts beitreten (in der Zwischenzeit wird keine VM neu gestartet).</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3}.</source>
        <translation>Gemeinsames SR „{0}“ auf {1} / {2}, LUN {3}.</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN holds an SR: it is reattached with its data).</source>
        <translation>Gemeinsames SR „{0}“ auf {1} / {2}, LUN {3} (die LUN enthält ein SR: Es wird mit seinen Daten wieder angebunden).</translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN is FORMATTED).</source>
        <translation>Gemeinsames SR „{0}“ auf {1} / {2}, LUN {3} (die LUN wird FORMATIERT).</translation>
    </message>
    <message>
        <source>Pool “{0}”</source>
        <translation>Pool „{0}“</translation>
    </message>
    <message>
        <source>Storage network “{0}”: VLAN {1}, MTU {2}, subnet {3}.</source>
        <translation>Speichernetzwerk „{0}“: VLAN {1}, MTU {2}, Subnetz {3}.</translation>
    </message>
    <message>
        <source>Multipathing is turned on on every host first ({0} portals).</source>
        <translation>Zuerst wird Multipathing auf jedem Host eingeschaltet ({0} Portale).</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>a plan file must not contain passwords or secrets</source>
        <translation>eine Bauplan-Datei darf keine Kennwörter oder Geheimnisse enthalten</translation>
    </message>
    <message>
        <source>Remove it; the wizard takes secrets from the keyring, {password} / {chap_secret}, or asks.</source>
        <translation>Entfernen Sie den Eintrag; der Assistent bezieht Geheimnisse aus dem Schlüsselbund, aus {password} / {chap_secret} oder fragt danach.</translation>
    </message>
    <message>
        <source>Remove it or correct it. Did you mean &apos;{key}&apos;?</source>
        <translation>Entfernen oder korrigieren Sie den Schlüssel. Meinten Sie „{key}“?</translation>
    </message>
    <message>
        <source>Remove it or correct it. Known keys: {keys}.</source>
        <translation>Entfernen oder korrigieren Sie den Schlüssel. Bekannte Schlüssel: {keys}.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>Schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Schreiben Sie eine Zahl.</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>Put the value in quotes.</source>
        <translation>Setzen Sie den Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>Write it as {example}.</source>
        <translation>Schreiben Sie den Wert als {example}.</translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation>muss eine Liste von Textwerten sein</translation>
    </message>
    <message>
        <source>Write {example}.</source>
        <translation>Schreiben Sie {example}.</translation>
    </message>
    <message>
        <source>must be a table of text values</source>
        <translation>muss eine Tabelle von Textwerten sein</translation>
    </message>
    <message>
        <source>must be a list of VM names</source>
        <translation>muss eine Liste von VM-Namen sein</translation>
    </message>
    <message>
        <source>must be a list of {table} tables</source>
        <translation>muss eine Liste von {table}-Tabellen sein</translation>
    </message>
    <message>
        <source>Write {table} blocks.</source>
        <translation>Schreiben Sie {table}-Blöcke.</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <source>Fix the syntax at that line.</source>
        <translation>Korrigieren Sie die Syntax in dieser Zeile.</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Save it as UTF-8.</source>
        <translation>Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>{value} contains control characters or line breaks</source>
        <translation>{value} enthält Steuerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Use a name of printable characters on one line.</source>
        <translation>Verwenden Sie einen Namen aus druckbaren Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>must be 1-128 printable characters</source>
        <translation>muss aus 1-128 druckbaren Zeichen bestehen</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>Geben Sie dem Pool einen Namen.</translation>
    </message>
    <message>
        <source>{port} is not a TCP port</source>
        <translation>{port} ist kein TCP-Port</translation>
    </message>
    <message>
        <source>Use 443 unless told otherwise.</source>
        <translation>Verwenden Sie 443, sofern nicht anders vorgegeben.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>Use {user}.</source>
        <translation>Verwenden Sie {user}.</translation>
    </message>
    <message>
        <source>no hosts in the plan</source>
        <translation>keine Hosts im Bauplan</translation>
    </message>
    <message>
        <source>Add a {table} block per host.</source>
        <translation>Fügen Sie pro Host einen {table}-Block hinzu.</translation>
    </message>
    <message>
        <source>Enter the host&apos;s management IP address.</source>
        <translation>Geben Sie die Verwaltungs-IP-Adresse des Hosts ein.</translation>
    </message>
    <message>
        <source>{address} is neither an IPv4 address nor a host name</source>
        <translation>{address} ist weder eine IPv4-Adresse noch ein Hostname</translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation>Korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <source>{address} is listed twice (also {other})</source>
        <translation>{address} ist doppelt aufgeführt (auch {other})</translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation>Entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>is not a SHA-256 fingerprint</source>
        <translation>ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy it from the host&apos;s console or leave it out to confirm on first contact.</source>
        <translation>Kopieren Sie ihn von der Konsole des Hosts oder lassen Sie ihn weg, um ihn beim ersten Kontakt zu bestätigen.</translation>
    </message>
    <message>
        <source>the master does not join a pool, so it cannot be forced</source>
        <translation>der Master tritt keinem Pool bei, also kann nichts erzwungen werden</translation>
    </message>
    <message>
        <source>Remove {key} from the master&apos;s entry.</source>
        <translation>Entfernen Sie {key} aus dem Eintrag des Masters.</translation>
    </message>
    <message>
        <source>{master} is not one of the hosts</source>
        <translation>{master} ist keiner der Hosts</translation>
    </message>
    <message>
        <source>Choose the master among the {table} addresses.</source>
        <translation>Wählen Sie den Master unter den {table}-Adressen.</translation>
    </message>
    <message>
        <source>Name the NIC for storage traffic, e.g. {example}.</source>
        <translation>Geben Sie die NIC für den Speicherdatenverkehr an, z. B. {example}.</translation>
    </message>
    <message>
        <source>{vlan} is outside 1-4094</source>
        <translation>{vlan} liegt außerhalb von 1-4094</translation>
    </message>
    <message>
        <source>Use the VLAN tag your switch ports carry for storage.</source>
        <translation>Verwenden Sie das VLAN-Tag, das Ihre Switch-Ports für Speicher führen.</translation>
    </message>
    <message>
        <source>{mtu} is outside 1280-9216</source>
        <translation>{mtu} liegt außerhalb von 1280-9216</translation>
    </message>
    <message>
        <source>Use 1500, or 9000 if every switch port and the array allow jumbo frames.</source>
        <translation>Verwenden Sie 1500, oder 9000, wenn alle Switch-Ports und das Array Jumbo-Frames zulassen.</translation>
    </message>
    <message>
        <source>{mtu} is unusual</source>
        <translation>{mtu} ist ungewöhnlich</translation>
    </message>
    <message>
        <source>Most storage networks use 1500 or 9000; every hop must agree.</source>
        <translation>Die meisten Speichernetzwerke verwenden 1500 oder 9000; alle Stationen auf dem Weg müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>{subnet} is not a subnet</source>
        <translation>{subnet} ist kein Subnetz</translation>
    </message>
    <message>
        <source>{value} is not an IPv4 address</source>
        <translation>{value} ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>Correct it or leave it empty (storage rarely needs a gateway).</source>
        <translation>Korrigieren Sie den Wert oder lassen Sie ihn leer (Speicher benötigt selten ein Gateway).</translation>
    </message>
    <message>
        <source>{gateway} is outside {subnet}</source>
        <translation>{gateway} liegt außerhalb von {subnet}</translation>
    </message>
    <message>
        <source>The gateway must be in the storage subnet.</source>
        <translation>Das Gateway muss im Speicher-Subnetz liegen.</translation>
    </message>
    <message>
        <source>Correct it.</source>
        <translation>Korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>the addresses from {first_ip} run out before {host} gets one</source>
        <translation>die Adressen ab {first_ip} sind aufgebraucht, bevor {host} eine erhält</translation>
    </message>
    <message>
        <source>Start the range lower, or set {field}.</source>
        <translation>Beginnen Sie den Bereich weiter unten, oder setzen Sie {field}.</translation>
    </message>
    <message>
        <source>no storage IP for this host</source>
        <translation>keine Speicher-IP für diesen Host</translation>
    </message>
    <message>
        <source>Set {field} or {other_field}.</source>
        <translation>Setzen Sie {field} oder {other_field}.</translation>
    </message>
    <message>
        <source>{ip} is outside the storage subnet {subnet}</source>
        <translation>{ip} liegt außerhalb des Speicher-Subnetzes {subnet}</translation>
    </message>
    <message>
        <source>Pick an address inside the subnet.</source>
        <translation>Wählen Sie eine Adresse innerhalb des Subnetzes.</translation>
    </message>
    <message>
        <source>{ip} is the subnet&apos;s network or broadcast address</source>
        <translation>{ip} ist die Netzwerk- oder Broadcast-Adresse des Subnetzes</translation>
    </message>
    <message>
        <source>Pick a host address.</source>
        <translation>Wählen Sie eine Host-Adresse.</translation>
    </message>
    <message>
        <source>{ip} is also given to {host}</source>
        <translation>{ip} ist auch {host} zugewiesen</translation>
    </message>
    <message>
        <source>Give every host its own storage IP.</source>
        <translation>Geben Sie jedem Host eine eigene Speicher-IP.</translation>
    </message>
    <message>
        <source>{ip} is the gateway&apos;s address</source>
        <translation>{ip} ist die Adresse des Gateways</translation>
    </message>
    <message>
        <source>Pick another address.</source>
        <translation>Wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>{ip} is the iSCSI portal&apos;s address</source>
        <translation>{ip} ist die Adresse des iSCSI-Portals</translation>
    </message>
    <message>
        <source>{ip} is the management address of {host}</source>
        <translation>{ip} ist die Management-Adresse von {host}</translation>
    </message>
    <message>
        <source>Storage needs addresses of its own: pick another address.</source>
        <translation>Der Speicher braucht eigene Adressen: Wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>no portal address</source>
        <translation>keine Portal-Adresse</translation>
    </message>
    <message>
        <source>Enter the array&apos;s iSCSI address, e.g. {example}.</source>
        <translation>Geben Sie die iSCSI-Adresse des Arrays ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s IP address.</source>
        <translation>Verwenden Sie die IP-Adresse des Portals.</translation>
    </message>
    <message>
        <source>{portal} is also the storage IP planned for {host}</source>
        <translation>{portal} ist auch die für {host} geplante Speicher-IP</translation>
    </message>
    <message>
        <source>Enter the array&apos;s own address, or give the hosts other storage IPs (a different first IP).</source>
        <translation>Geben Sie die eigene Adresse des Speichersystems ein oder geben Sie den Hosts andere Speicher-IPs (eine andere erste IP).</translation>
    </message>
    <message>
        <source>iSCSI uses 3260.</source>
        <translation>iSCSI verwendet 3260.</translation>
    </message>
    <message>
        <source>{value} is not an IQN (RFC 3720)</source>
        <translation>{value} ist kein IQN (RFC 3720)</translation>
    </message>
    <message>
        <source>It looks like {example} — copy it from the probe result.</source>
        <translation>Er sieht aus wie {example} — kopieren Sie ihn aus dem Probe-Ergebnis.</translation>
    </message>
    <message>
        <source>{value} (all targets) is meant for several portals</source>
        <translation>{value} (alle Targets) ist für mehrere Portale gedacht</translation>
    </message>
    <message>
        <source>Choose the target&apos;s IQN.</source>
        <translation>Wählen Sie den IQN des Targets.</translation>
    </message>
    <message>
        <source>{value} is not a SCSI id</source>
        <translation>{value} ist keine SCSI-ID</translation>
    </message>
    <message>
        <source>Copy the SCSIid from the probe result.</source>
        <translation>Kopieren Sie die SCSIid aus dem Probe-Ergebnis.</translation>
    </message>
    <message>
        <source>no LUN chosen for the shared SR</source>
        <translation>keine LUN für das gemeinsame SR ausgewählt</translation>
    </message>
    <message>
        <source>Probe the target and choose a LUN.</source>
        <translation>Fragen Sie das Target ab und wählen Sie eine LUN.</translation>
    </message>
    <message>
        <source>the heartbeat uses the same LUN as the shared SR</source>
        <translation>der Heartbeat verwendet dieselbe LUN wie das gemeinsame SR</translation>
    </message>
    <message>
        <source>Give the HA heartbeat its own small LUN (4 GiB).</source>
        <translation>Geben Sie dem HA-Heartbeat eine eigene kleine LUN (4 GiB).</translation>
    </message>
    <message>
        <source>HA is on but no heartbeat LUN is chosen</source>
        <translation>HA ist eingeschaltet, aber es ist keine Heartbeat-LUN ausgewählt</translation>
    </message>
    <message>
        <source>Choose a LUN of at least 4 GiB, or turn HA off.</source>
        <translation>Wählen Sie eine LUN mit mindestens 4 GiB oder schalten Sie HA aus.</translation>
    </message>
    <message>
        <source>the heartbeat LUN has {size} GiB ({bytes} bytes); HA needs {need} GiB ({need_bytes} bytes) on it</source>
        <translation>die Heartbeat-LUN hat {size} GiB ({bytes} Byte); HA braucht darauf {need} GiB ({need_bytes} Byte)</translation>
    </message>
    <message>
        <source>XAPI puts the HA statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation>XAPI legt dort die HA-Statusdatei und das Redo-Log der Pool-Datenbank ab: Verwenden Sie eine LUN mit 4 GiB oder mehr.</translation>
    </message>
    <message>
        <source>{value} is not {reattach}, {format} or {stop}</source>
        <translation>{value} ist weder {reattach} noch {format} noch {stop}</translation>
    </message>
    <message>
        <source>Use {value} to keep the data on the LUN.</source>
        <translation>Verwenden Sie {value}, um die Daten auf der LUN zu behalten.</translation>
    </message>
    <message>
        <source>Name the SR.</source>
        <translation>Geben Sie dem SR einen Namen.</translation>
    </message>
    <message>
        <source>must be printable characters without spaces</source>
        <translation>muss aus druckbaren Zeichen ohne Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>Correct the CHAP user.</source>
        <translation>Korrigieren Sie den CHAP-Benutzer.</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Use 1 for most pools.</source>
        <translation>Verwenden Sie 1 für die meisten Pools.</translation>
    </message>
    <message>
        <source>{failures} failures cannot be tolerated with {hosts} hosts</source>
        <translation>{failures} Ausfälle können mit {hosts} Hosts nicht toleriert werden</translation>
    </message>
    <message>
        <source>Use at most {count}.</source>
        <translation>Verwenden Sie höchstens {count}.</translation>
    </message>
    <message>
        <source>is not a VM name</source>
        <translation>ist kein VM-Name</translation>
    </message>
    <message>
        <source>Use the VM&apos;s name as XenCenter shows it.</source>
        <translation>Verwenden Sie den Namen der VM, wie XenCenter ihn anzeigt.</translation>
    </message>
    <message>
        <source>{value} is not a restart priority</source>
        <translation>{value} ist keine Neustartpriorität</translation>
    </message>
    <message>
        <source>Use {restart}, {best_effort} or {none}.</source>
        <translation>Verwenden Sie {restart}, {best_effort} oder {none}.</translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <source>{product} {version} (xapi {xapi}, build {build})</source>
        <translation>{product} {version} (xapi {xapi}, Build {build})</translation>
    </message>
    <message>
        <source>already the master of a pool of {count} hosts</source>
        <translation>ist bereits Master eines Pools mit {count} Hosts</translation>
    </message>
    <message>
        <source>already a member of this pool</source>
        <translation>ist bereits Mitglied dieses Pools</translation>
    </message>
    <message>
        <source>is a member of another pool (master {master})</source>
        <translation>ist Mitglied eines anderen Pools (Master {master})</translation>
    </message>
    <message>
        <source>Eject it from that pool first (on {master}: {command}); an ejected host is reinstalled and loses its local VMs.</source>
        <translation>Entfernen Sie ihn zuerst aus diesem Pool (auf {master}: {command}); ein entfernter Host wird neu installiert und verliert seine lokalen VMs.</translation>
    </message>
    <message>
        <source>{problem}: the join will be FORCED</source>
        <translation>{problem}: der Beitritt wird ERZWUNGEN</translation>
    </message>
    <message>
        <source>Forcing the join is possible but unsupported: {cost}</source>
        <translation>Den Beitritt zu erzwingen ist möglich, aber nicht unterstützt: {cost}</translation>
    </message>
    <message>
        <source>its licence does not allow pooling</source>
        <translation>seine Lizenz erlaubt keine Pools</translation>
    </message>
    <message>
        <source>Apply a licence that allows pools, then check again.</source>
        <translation>Spielen Sie eine Lizenz ein, die Pools erlaubt, dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>its licence limits pools to {count} hosts; the plan makes {size}</source>
        <translation>seine Lizenz begrenzt Pools auf {count} Hosts; der Bauplan sieht {size} vor</translation>
    </message>
    <message>
        <source>Apply a licence that allows larger pools.</source>
        <translation>Spielen Sie eine Lizenz ein, die größere Pools erlaubt.</translation>
    </message>
    <message>
        <source>has no management interface yet (still booting?)</source>
        <translation>hat noch keine Verwaltungsschnittstelle (startet noch?)</translation>
    </message>
    <message>
        <source>Wait until the host has finished starting.</source>
        <translation>Warten Sie, bis der Host vollständig gestartet ist.</translation>
    </message>
    <message>
        <source>has High Availability enabled</source>
        <translation>hat Hochverfügbarkeit (HA) aktiviert</translation>
    </message>
    <message>
        <source>Disable HA on it ({command}).</source>
        <translation>Deaktivieren Sie HA darauf ({command}).</translation>
    </message>
    <message>
        <source>the pool it would join has HA enabled</source>
        <translation>der Pool, dem er beitreten würde, hat HA aktiviert</translation>
    </message>
    <message>
        <source>XAPI refuses joins under HA. Let the wizard turn HA off while the hosts join and on again at the end ({option}, or the tick on the Compatibility page), or disable it yourself.</source>
        <translation>XAPI lehnt Beitritte unter HA ab. Lassen Sie den Assistenten HA während der Beitritte aus- und am Ende wieder einschalten ({option} oder das Häkchen auf der Seite Kompatibilität), oder schalten Sie es selbst aus.</translation>
    </message>
    <message>
        <source>is the master of {count} other host(s)</source>
        <translation>ist Master von {count} weiteren Host(s)</translation>
    </message>
    <message>
        <source>Eject its members first, or choose it as the master instead.</source>
        <translation>Entfernen Sie zuerst seine Mitglieder oder wählen Sie ihn stattdessen als Master.</translation>
    </message>
    <message>
        <source>runs {count} VM(s): {names}</source>
        <translation>führt {count} VM(s) aus: {names}</translation>
    </message>
    <message>
        <source>Shut these VMs down (or migrate them away) before the join; they can start again afterwards.</source>
        <translation>Fahren Sie diese VMs vor dem Beitritt herunter (oder migrieren Sie sie weg); danach können sie wieder gestartet werden.</translation>
    </message>
    <message>
        <source>VM operations in progress: {names}</source>
        <translation>VM-Vorgänge laufen: {names}</translation>
    </message>
    <message>
        <source>Wait for them to finish.</source>
        <translation>Warten Sie, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>runs a different product or platform ({mine}) from the master ({theirs})</source>
        <translation>verwendet ein anderes Produkt oder eine andere Plattform ({mine}) als der Master ({theirs})</translation>
    </message>
    <message>
        <source>Install the same product and version on every host.</source>
        <translation>Installieren Sie auf jedem Host dasselbe Produkt in derselben Version.</translation>
    </message>
    <message>
        <source>has a different software version ({mine}) from the master ({theirs})</source>
        <translation>hat eine andere Softwareversion ({mine}) als der Master ({theirs})</translation>
    </message>
    <message>
        <source>Apply the same updates to every host, then check again.</source>
        <translation>Spielen Sie auf jedem Host dieselben Updates ein und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>XAPI supports mixed builds in a pool only during a rolling pool upgrade; update the host to the master&apos;s build as soon as possible.</source>
        <translation>XAPI unterstützt gemischte Builds in einem Pool nur während eines Rolling Pool Upgrades; bringen Sie den Host so bald wie möglich auf den Build des Masters.</translation>
    </message>
    <message>
        <source>has {vendor} CPUs but the pool has {pool_vendor} CPUs</source>
        <translation>hat {vendor}-CPUs, der Pool aber {pool_vendor}-CPUs</translation>
    </message>
    <message>
        <source>has CPUs of an unknown vendor but the pool has {pool_vendor} CPUs</source>
        <translation>hat CPUs eines unbekannten Herstellers, der Pool aber {pool_vendor}-CPUs</translation>
    </message>
    <message>
        <source>A pool needs one CPU vendor: put this host in a pool of its own.</source>
        <translation>Ein Pool benötigt einen einheitlichen CPU-Hersteller: Fassen Sie diesen Host in einem eigenen Pool zusammen.</translation>
    </message>
    <message>
        <source>XAPI refuses to move a running VM between {vendor} and {pool_vendor} hosts (VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only among hosts of one vendor. Only for a lab or a planned move off the old hosts.</source>
        <translation>XAPI verschiebt keine laufende VM zwischen {vendor}- und {pool_vendor}-Hosts (VM_INCOMPATIBLE_WITH_THIS_HOST); XenMotion und HA-Neustarts funktionieren also nur zwischen Hosts eines Herstellers. Nur für ein Labor oder einen geplanten Umzug weg von den alten Hosts.</translation>
    </message>
    <message>
        <source>has shared SRs attached: {names}</source>
        <translation>hat gemeinsame SRs angebunden: {names}</translation>
    </message>
    <message>
        <source>Detach them ({command} after unplugging); the pool&apos;s SRs attach after the join.</source>
        <translation>Lösen Sie sie ({command}, nachdem die PBDs getrennt wurden); die SRs des Pools werden nach dem Beitritt angebunden.</translation>
    </message>
    <message>
        <source>has NIC bonds</source>
        <translation>hat NIC-Bonds</translation>
    </message>
    <message>
        <source>Remove the bonds; create them pool-wide after the join.</source>
        <translation>Entfernen Sie die Bonds; erstellen Sie sie nach dem Beitritt poolweit.</translation>
    </message>
    <message>
        <source>has tunnels (private networks)</source>
        <translation>hat Tunnel (private Netzwerke)</translation>
    </message>
    <message>
        <source>Remove them before the join.</source>
        <translation>Entfernen Sie sie vor dem Beitritt.</translation>
    </message>
    <message>
        <source>has SR-IOV networks</source>
        <translation>hat SR-IOV-Netzwerke</translation>
    </message>
    <message>
        <source>has {count} VLAN(s) besides management</source>
        <translation>hat {count} VLAN(s) neben dem Verwaltungsnetzwerk</translation>
    </message>
    <message>
        <source>Remove them ({command}); the wizard creates the storage VLAN on every host after the joins.</source>
        <translation>Entfernen Sie sie ({command}); der Assistent erstellt das Speicher-VLAN nach den Beitritten auf jedem Host.</translation>
    </message>
    <message>
        <source>management is on VLAN {vlan} but the master&apos;s is on VLAN {master_vlan}</source>
        <translation>die Verwaltung liegt auf VLAN {vlan}, die des Masters aber auf VLAN {master_vlan}</translation>
    </message>
    <message>
        <source>Put every host&apos;s management interface on the same VLAN (-1 is untagged).</source>
        <translation>Legen Sie die Verwaltungsschnittstelle aller Hosts in dasselbe VLAN (-1 ist untagged).</translation>
    </message>
    <message>
        <source>uses different external authentication (AD) from the pool</source>
        <translation>verwendet eine andere externe Authentifizierung (AD) als der Pool</translation>
    </message>
    <message>
        <source>Align or disable AD on the joining host.</source>
        <translation>Gleichen Sie AD auf dem beitretenden Host an oder deaktivieren Sie es.</translation>
    </message>
    <message>
        <source>has licence edition {edition}, the pool&apos;s hosts {pool_edition}</source>
        <translation>hat die Lizenzedition {edition}, die Hosts des Pools {pool_edition}</translation>
    </message>
    <message>
        <source>Apply the same edition to every host, pool members included ({command}).</source>
        <translation>Wenden Sie auf jeden Host dieselbe Edition an, auch auf die Mitglieder des Pools ({command}).</translation>
    </message>
    <message>
        <source>uses a different network backend (bridge/openvswitch)</source>
        <translation>verwendet ein anderes Netzwerk-Backend (bridge/openvswitch)</translation>
    </message>
    <message>
        <source>Use the same network backend everywhere.</source>
        <translation>Verwenden Sie überall dasselbe Netzwerk-Backend.</translation>
    </message>
    <message>
        <source>speaks API {version}, the master {master_version}</source>
        <translation>spricht API {version}, der Master {master_version}</translation>
    </message>
    <message>
        <source>Update both to the same release.</source>
        <translation>Aktualisieren Sie beide auf dasselbe Release.</translation>
    </message>
    <message>
        <source>has a different database schema</source>
        <translation>hat ein anderes Datenbankschema</translation>
    </message>
    <message>
        <source>has different updates applied from the master (only on the master: {master}; only on this host: {host})</source>
        <translation>hat andere Updates installiert als der Master (nur auf dem Master: {master}; nur auf diesem Host: {host})</translation>
    </message>
    <message>
        <source>Apply the same updates to both (XAPI requires these on every host of a pool), reboot if they ask for it, then check again.</source>
        <translation>Installieren Sie auf beiden dieselben Updates (XAPI verlangt sie auf jedem Host eines Pools), starten Sie neu, falls sie es verlangen, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>uses a different address family (IPv4/IPv6) for management</source>
        <translation>verwendet für die Verwaltung eine andere Adressfamilie (IPv4/IPv6)</translation>
    </message>
    <message>
        <source>Use the same on all hosts.</source>
        <translation>Verwenden Sie auf allen Hosts dieselbe.</translation>
    </message>
    <message>
        <source>has TLS verification set differently from the pool</source>
        <translation>hat die TLS-Überprüfung anders eingestellt als der Pool</translation>
    </message>
    <message>
        <source>Enable TLS verification on both or neither.</source>
        <translation>Aktivieren Sie die TLS-Überprüfung auf beiden oder auf keinem.</translation>
    </message>
    <message>
        <source>the management interface has MTU {mtu}</source>
        <translation>die Verwaltungsschnittstelle hat MTU {mtu}</translation>
    </message>
    <message>
        <source>Joins and HA are known to misbehave with a non-1500 management MTU: set it to 1500.</source>
        <translation>Beitritte und HA verhalten sich bekanntermaßen fehlerhaft, wenn die Verwaltungs-MTU nicht 1500 ist: Setzen Sie sie auf 1500.</translation>
    </message>
    <message>
        <source>management runs on a bond or VLAN</source>
        <translation>die Verwaltung läuft über einen Bond oder ein VLAN</translation>
    </message>
    <message>
        <source>Supported, but a single physical NIC is simplest for the join.</source>
        <translation>Unterstützt, aber eine einzelne physische NIC ist für den Beitritt am einfachsten.</translation>
    </message>
    <message>
        <source>its CPU ({model}) has {count} feature(s) the pool will not offer to VMs: {features}</source>
        <translation>seine CPU ({model}) hat {count} Feature(s), die der Pool VMs nicht anbieten wird: {features}</translation>
    </message>
    <message>
        <source>XAPI levels a pool down to the features every host shares so VMs can migrate. Running VMs keep their old feature set until they are restarted.</source>
        <translation>XAPI gleicht einen Pool auf die Features an, die alle Hosts gemeinsam haben, damit VMs migriert werden können. Laufende VMs behalten ihren bisherigen Feature-Satz, bis sie neu gestartet werden.</translation>
    </message>
    <message>
        <source>has clustering enabled (it is in a cluster of its own)</source>
        <translation>hat Clustering aktiviert (er ist in einem eigenen Cluster)</translation>
    </message>
    <message>
        <source>Disable clustering on it first ({command} on it), then check again.</source>
        <translation>Deaktivieren Sie zuerst das Clustering darauf ({command} auf diesem Host), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>the pool&apos;s clustering runs on VLAN {vlan}, not on the management network: XAPI refuses every join</source>
        <translation>das Clustering des Pools läuft auf VLAN {vlan}, nicht im Verwaltungsnetz: XAPI lehnt jeden Beitritt ab</translation>
    </message>
    <message>
        <source>Move the pool&apos;s cluster to the management network or an untagged one, then join the hosts.</source>
        <translation>Verlegen Sie den Cluster des Pools ins Verwaltungsnetz oder in ein Netz ohne Tag, dann lassen Sie die Hosts beitreten.</translation>
    </message>
    <message>
        <source>needs exactly one IP address on the pool&apos;s clustering network ({bridges}); it has {count}</source>
        <translation>braucht genau eine IP-Adresse im Clustering-Netz des Pools ({bridges}); er hat {count}</translation>
    </message>
    <message>
        <source>Give it one IP address on that network (xe pif-reconfigure-ip), then check again.</source>
        <translation>Geben Sie ihm eine IP-Adresse in diesem Netz (xe pif-reconfigure-ip), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Do what the applied updates ask first (reboot_host: reboot it; restart_toolstack: xe-toolstack-restart), then check again.</source>
        <translation>Tun Sie zuerst, was die eingespielten Updates verlangen (reboot_host: neu starten; restart_toolstack: xe-toolstack-restart), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>has pending mandatory update guidance: {guidance}</source>
        <translation>hat ausstehende verpflichtende Update-Anweisungen: {guidance}</translation>
    </message>
    <message>
        <source>the master {master} has pending mandatory update guidance: {guidance}</source>
        <translation>der Master {master} hat ausstehende verpflichtende Update-Anweisungen: {guidance}</translation>
    </message>
    <message>
        <source>its SDN controller ({mine}) differs from the pool&apos;s ({theirs})</source>
        <translation>sein SDN-Controller ({mine}) unterscheidet sich von dem des Pools ({theirs})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Set the same SDN controller on both, or remove it from the joining host ({command}).</source>
        <translation>Richten Sie auf beiden denselben SDN-Controller ein oder entfernen Sie ihn vom beitretenden Host ({command}).</translation>
    </message>
    <message>
        <source>its networks serve disks as {mine}, the pool&apos;s as {theirs}</source>
        <translation>seine Netze stellen Datenträger als {mine} bereit, die des Pools als {theirs}</translation>
    </message>
    <message>
        <source>Use one NBD purpose (nbd or insecure_nbd) on both, or remove it from the joining host&apos;s networks ({command}), then check again.</source>
        <translation>Verwenden Sie auf beiden denselben NBD-Zweck (nbd oder insecure_nbd) oder entfernen Sie ihn aus den Netzen des beitretenden Hosts ({command}), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>trusts other CA certificates than the pool under the same names: {names}</source>
        <translation>vertraut unter denselben Namen anderen CA-Zertifikaten als der Pool: {names}</translation>
    </message>
    <message>
        <source>Uninstall its copies ({command}), or give one side other names; then check again.</source>
        <translation>Deinstallieren Sie seine Kopien ({command}) oder geben Sie einer Seite andere Namen; dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>trusts a certificate the pool trusts too, for other purposes (here: {mine}; in the pool: {theirs})</source>
        <translation>vertraut einem Zertifikat, dem auch der Pool vertraut, für andere Zwecke (hier: {mine}; im Pool: {theirs})</translation>
    </message>
    <message>
        <source>Uninstall it from the joining host (certificate {uuid}): the pool&apos;s copy is shared with it when it joins.</source>
        <translation>Deinstallieren Sie es vom beitretenden Host (Zertifikat {uuid}): Die Kopie des Pools wird beim Beitritt mit ihm geteilt.</translation>
    </message>
    <message>
        <source>updates are being applied to it</source>
        <translation>auf ihm werden gerade Updates eingespielt</translation>
    </message>
    <message>
        <source>updates are being applied to the pool it would join</source>
        <translation>auf den Pool, dem er beitreten soll, werden gerade Updates eingespielt</translation>
    </message>
    <message>
        <source>Wait until the update has finished, then check again.</source>
        <translation>Warten Sie, bis das Update abgeschlossen ist, dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Bring it to the pool&apos;s release and updates (the same storage manager, sm), then check again.</source>
        <translation>Bringen Sie ihn auf den Release- und Update-Stand des Pools (derselbe Storage Manager, sm), dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>has no {type} storage driver, which the pool has</source>
        <translation>hat keinen {type}-Speichertreiber, den der Pool hat</translation>
    </message>
    <message>
        <source>its {type} storage driver lacks features the pool&apos;s has: {features}</source>
        <translation>seinem {type}-Speichertreiber fehlen Funktionen, die der des Pools hat: {features}</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>XenPool Wizard</source>
        <translation>XenPool-Assistent</translation>
    </message>
    <message>
        <source>&amp;Log folder…</source>
        <translation>&amp;Log-Ordner…</translation>
    </message>
    <message>
        <source>Stop the build?</source>
        <translation>Aufbau anhalten?</translation>
    </message>
    <message>
        <source>Close with HA off?</source>
        <translation>Mit ausgeschaltetem HA schließen?</translation>
    </message>
    <message>
        <source>The hosts are being changed. Stopping now ends the running step and leaves the pool as far as it got; its plan is saved, and the wizard offers to resume the build by its name when it starts again. Stop and close?</source>
        <translation>Die Hosts werden gerade geändert. Wenn Sie jetzt anhalten, endet der laufende Schritt und der Pool bleibt auf dem bis dahin erreichten Stand; sein Bauplan ist gespeichert, und der Assistent bietet beim nächsten Start an, den Bau unter seinem Namen fortzusetzen. Anhalten und schließen?</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and stays off until a build finishes.</source>
        <translation>HA wurde für die Beitritte ausgeschaltet und bleibt aus, bis ein Aufbau fertig wird.</translation>
    </message>
    <message>
        <source>HA was turned off so the new hosts could join, and the build that turns it on again has not run: until it does, no VM is restarted if a host fails. Running the same plan again turns it on. Close anyway?</source>
        <translation>HA wurde ausgeschaltet, damit die neuen Hosts beitreten konnten, und der Aufbau, der es wieder einschaltet, ist noch nicht gelaufen: bis dahin wird keine VM neu gestartet, wenn ein Host ausfällt. Derselbe Plan schaltet es bei erneutem Ausführen wieder ein. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Unexpected error: {error}
The log in {folder} has the details.</source>
        <translation>Unerwarteter Fehler: {error}
Details stehen im Protokoll in {folder}.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}
The details are in the log file {file}.</source>
        <translation>Unerwarteter Fehler: {error}
Die Details stehen in der Logdatei {file}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>VLAN {vlan}</source>
        <translation>VLAN {vlan}</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>ungetaggt</translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu} (management)</source>
        <translation>{network}: {kind}, MTU {mtu} (Verwaltung)</translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu}</source>
        <translation>{network}: {kind}, MTU {mtu}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Storage path, checked from each host over SSH</source>
        <translation>Speicherpfad, von jedem Host aus per SSH geprüft</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>{host}: plugged</source>
        <translation>{host}: verbunden</translation>
    </message>
    <message>
        <source>{host}: NOT plugged</source>
        <translation>{host}: NICHT verbunden</translation>
    </message>
    <message>
        <source>{up}/{total} paths</source>
        <translation>{up}/{total} Pfade</translation>
    </message>
    <message>
        <source>only {up}/{total} paths</source>
        <translation>nur {up}/{total} Pfade</translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation>{severity}: {subject}: {message}</translation>
    </message>
    <message>
        <source>Pool {name}</source>
        <translation>Pool {name}</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>storage interfaces</source>
        <translation>Speicherschnittstellen</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Shared SRs</source>
        <translation>Gemeinsame SRs</translation>
    </message>
    <message>
        <source>SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>attached on</source>
        <translation>verbunden auf</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>Enabled; tolerates {count} host failure(s) (plan exists for {plan}).</source>
        <translation>Aktiviert; tolerierbare Host-Ausfälle: {count} (Plan vorhanden für {plan}).</translation>
    </message>
    <message>
        <source>Disabled: turned off so new hosts could join, and the build that turns it on again has not finished. Run the same plan again.</source>
        <translation>Ausgeschaltet: ausgeschaltet, damit neue Hosts beitreten konnten, und der Aufbau, der es wieder einschaltet, ist nicht fertig geworden. Führen Sie denselben Plan erneut aus.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>Pre-flight findings</source>
        <translation>Befunde der Vorabprüfung</translation>
    </message>
    <message>
        <source>Build steps</source>
        <translation>Aufbauschritte</translation>
    </message>
    <message>
        <source>VMs on local storage (not live-migratable)</source>
        <translation>VMs auf lokalem Speicher (keine Live-Migration möglich)</translation>
    </message>
    <message>
        <source>Management on a single NIC</source>
        <translation>Verwaltung über eine einzige NIC</translation>
    </message>
    <message>
        <source>Mixed CPU vendors (unsupported)</source>
        <translation>Gemischte CPU-Hersteller (nicht unterstützt)</translation>
    </message>
    <message>
        <source>{hosts}: their CPUs are not {vendor} like the master&apos;s; only a forced join puts them in one pool. XAPI refuses to move a running VM between the vendors (VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only among hosts of one vendor. Move the VMs off these hosts or give them a pool of their own.</source>
        <translation>{hosts}: Ihre CPUs sind nicht wie die des Masters von {vendor}; nur ein erzwungener Beitritt bringt sie in einen Pool. XAPI verschiebt keine laufende VM zwischen den Herstellern (VM_INCOMPATIBLE_WITH_THIS_HOST); XenMotion und HA-Neustarts funktionieren also nur zwischen Hosts eines Herstellers. Ziehen Sie die VMs von diesen Hosts ab oder geben Sie ihnen einen eigenen Pool.</translation>
    </message>
    <message>
        <source>{hosts}: HA&apos;s heartbeat runs over the management network, so one failed NIC, cable or switch port makes a healthy host look dead and HA may fence it. Bond the management interface across two NICs on two switches (XenCenter: pool, NICs, Create Bond); the pool exists now, so the bond is made pool-wide.</source>
        <translation>{hosts}: Der HA-Heartbeat läuft über das Verwaltungsnetz; eine ausgefallene NIC, ein Kabel oder ein Switch-Port lässt einen gesunden Host tot erscheinen, und HA kann ihn abschotten (Fencing). Bündeln Sie die Verwaltungsschnittstelle über zwei NICs an zwei Switches (XenCenter: Pool, NICs, Bond erstellen); der Pool besteht jetzt, daher wird der Bond poolweit angelegt.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Storage interfaces</source>
        <translation>Speicherschnittstellen</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation>Verbunden auf</translation>
    </message>
    <message>
        <source>Enabled; the pool tolerates {count} host failure(s) (a plan exists for {plan}).</source>
        <translation>Aktiviert; der Pool toleriert Host-Ausfälle: {count} (ein Plan existiert für {plan}).</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>VMs on local storage</source>
        <translation>VMs auf lokalem Speicher</translation>
    </message>
    <message>
        <source>They cannot live-migrate until their disks move to shared storage.</source>
        <translation>Eine Live-Migration dieser VMs ist erst möglich, wenn ihre Datenträger auf gemeinsamem Speicher liegen.</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>storage network</source>
        <translation>Speichernetzwerk</translation>
    </message>
    <message>
        <source>Management: {network}</source>
        <translation>Verwaltung: {network}</translation>
    </message>
    <message>
        <source>paths missing on: {hosts}</source>
        <translation>Pfade fehlen auf: {hosts}</translation>
    </message>
    <message>
        <source>Storage: {network}</source>
        <translation>Speicher: {network}</translation>
    </message>
    <message>
        <source>plugged on {plugged}/{total} hosts</source>
        <translation>verbunden auf {plugged}/{total} Hosts</translation>
    </message>
    <message>
        <source>NOT on: {hosts}</source>
        <translation>NICHT auf: {hosts}</translation>
    </message>
    <message>
        <source>HA on: tolerates {count} host failure(s)</source>
        <translation>HA an: tolerierbare Host-Ausfälle: {count}</translation>
    </message>
    <message>
        <source>HA off</source>
        <translation>HA aus</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>This is what will be built.</source>
        <translation>Das wird gebaut.</translation>
    </message>
    <message>
        <source>Before creating the SRs, &amp;prove each host&apos;s storage path over SSH (ping with the planned MTU, iSCSI discovery from the host)</source>
        <translation>Vor dem Erstellen der SRs den Speicherpfad jedes Hosts per SSH &amp;prüfen (Ping mit der geplanten MTU, iSCSI-Erkennung vom Host aus)</translation>
    </message>
    <message>
        <source>empty: log in with the root password</source>
        <translation>leer: Anmeldung mit dem root-Kennwort</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>Bauplan &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export xe commands…</source>
        <translation>xe-Befehle &amp;exportieren…</translation>
    </message>
    <message>
        <source>This is what will be built. Already done on the hosts: {0}. Build carries on from there; nothing done is done again.</source>
        <translation>Das wird gebaut. Auf den Hosts bereits erledigt: {0}. Der Bau macht dort weiter; nichts Erledigtes wird wiederholt.</translation>
    </message>
    <message>
        <source>This is what will be built. Nothing has been changed on any host yet.</source>
        <translation>Das wird gebaut. Auf keinem Host wurde bisher etwas geändert.</translation>
    </message>
    <message>
        <source>The simulated lab has no SSH to check with.</source>
        <translation>Das simulierte Labor bietet kein SSH für die Prüfung.</translation>
    </message>
    <message>
        <source>Save the build plan</source>
        <translation>Bauplan speichern</translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation>Baupläne (*.toml)</translation>
    </message>
    <message>
        <source>Plan saved to {0} (no passwords in it).</source>
        <translation>Bauplan gespeichert unter {0} (ohne Kennwörter).</translation>
    </message>
    <message>
        <source>Export xe commands</source>
        <translation>xe-Befehle exportieren</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <source>xe commands written to {0}.</source>
        <translation>xe-Befehle geschrieben nach {0}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Password for {user}@{address}: </source>
        <translation>Kennwort für {user}@{address}: </translation>
    </message>
    <message>
        <source>CHAP secret for {user}: </source>
        <translation>CHAP-Geheimnis für {user}: </translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>{address} presents an SSH host key that is not trusted yet ({seen}).</source>
        <translation>{address} präsentiert einen SSH-Host-Schlüssel, dem noch nicht vertraut wird ({seen}).</translation>
    </message>
    <message>
        <source>Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host&apos;s console and confirm it to continue.</source>
        <translation>Vergleichen Sie ihn mit `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` an der Konsole des Hosts und bestätigen Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <source>The SSH host key of {address} has changed.
  pinned:    {expected}
  presented: {seen}</source>
        <translation>Der SSH-Host-Schlüssel von {address} hat sich geändert.
  hinterlegt:  {expected}
  präsentiert: {seen}</translation>
    </message>
    <message>
        <source>This is either a reinstalled host or someone in between. Check the key on the host&apos;s console before trusting the new one; nothing was sent to it.</source>
        <translation>Entweder wurde der Host neu installiert, oder jemand sitzt dazwischen. Prüfen Sie den Schlüssel an der Konsole des Hosts, bevor Sie dem neuen vertrauen; es wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>no SSH password or key for {user}@{address}</source>
        <translation>kein SSH-Kennwort und kein Schlüssel für {user}@{address}</translation>
    </message>
    <message>
        <source>Give the host&apos;s root password or an SSH key.</source>
        <translation>Geben Sie das root-Kennwort des Hosts oder einen SSH-Schlüssel an.</translation>
    </message>
    <message>
        <source>cannot read the SSH key {path}: {reason}</source>
        <translation>SSH-Schlüssel {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Check the key file&apos;s path, format and passphrase.</source>
        <translation>Prüfen Sie Pfad, Format und Passphrase der Schlüsseldatei.</translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (key)</source>
        <translation>{address} hat die SSH-Anmeldung von {user} abgewiesen (Schlüssel)</translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (password)</source>
        <translation>{address} hat die SSH-Anmeldung von {user} abgewiesen (Kennwort)</translation>
    </message>
    <message>
        <source>Check the user and its password, or that the public key is in the host&apos;s authorized_keys (and that the host allows root logins over SSH).</source>
        <translation>Prüfen Sie den Benutzer und sein Kennwort bzw. ob der öffentliche Schlüssel in der authorized_keys des Hosts steht (und ob der Host root-Anmeldungen über SSH zulässt).</translation>
    </message>
    <message>
        <source>{address}:{port} did not answer within {seconds} s</source>
        <translation>{address}:{port} hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>Check that SSH is enabled on the host and the management address is reachable.</source>
        <translation>Prüfen Sie, ob SSH auf dem Host aktiviert und die Verwaltungsadresse erreichbar ist.</translation>
    </message>
    <message>
        <source>cannot reach SSH on {address}:{port} ({reason})</source>
        <translation>SSH auf {address}:{port} nicht erreichbar ({reason})</translation>
    </message>
    <message>
        <source>Check that the host is up, SSH is enabled on it and its management address is reachable from this computer.</source>
        <translation>Prüfen Sie, ob der Host läuft, SSH auf ihm aktiviert ist und seine Verwaltungsadresse von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>the SSH connection to {address} is closed</source>
        <translation>die SSH-Verbindung zu {address} ist geschlossen</translation>
    </message>
    <message>
        <source>Run again.</source>
        <translation>Führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <source>not connected to {address}</source>
        <translation>nicht mit {address} verbunden</translation>
    </message>
    <message>
        <source>{address}: `{command}` did not finish within {seconds} s</source>
        <translation>{address}: `{command}` wurde nicht innerhalb von {seconds} s beendet</translation>
    </message>
    <message>
        <source>The host may be overloaded, or the command waits on the network.</source>
        <translation>Der Host ist möglicherweise überlastet, oder der Befehl wartet auf das Netzwerk.</translation>
    </message>
    <message>
        <source>{address}: `{command}` wrote more than {limit} MB of output; the wizard stopped it there</source>
        <translation>{address}: `{command}` schrieb mehr als {limit} MB Ausgabe; der Assistent hat es dort angehalten</translation>
    </message>
    <message>
        <source>The command does not end by itself, or something on the host prints without end (a login script, a looping tool): check it on the host&apos;s console.</source>
        <translation>Der Befehl endet nicht von selbst, oder etwas auf dem Host gibt endlos aus (ein Anmeldeskript, ein Werkzeug in einer Schleife): prüfen Sie es an der Konsole des Hosts.</translation>
    </message>
    <message>
        <source>the SSH connection to {address} closed while `{command}` ran; it may or may not have finished</source>
        <translation>die SSH-Verbindung zu {address} wurde geschlossen, während `{command}` lief; der Befehl ist vielleicht fertig geworden, vielleicht nicht</translation>
    </message>
    <message>
        <source>Check the host&apos;s management network and that sshd runs there, then run again.</source>
        <translation>Prüfen Sie das Management-Netzwerk des Hosts und dass sshd dort läuft, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>the SSH connection to {address} failed: {reason}</source>
        <translation>die SSH-Verbindung zu {address} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Check the host&apos;s management network and run again.</source>
        <translation>Prüfen Sie das Verwaltungsnetzwerk des Hosts und führen Sie den Vorgang erneut aus.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Build a pool</source>
        <translation>Pool aufbauen</translation>
    </message>
    <message>
        <source>Turn freshly installed XenServer / XCP-ng hosts into a pool with shared iSCSI storage and High Availability.</source>
        <translation>Machen Sie frisch installierte XenServer- / XCP-ng-Hosts zu einem Pool mit gemeinsamem iSCSI-Speicher und Hochverfügbarkeit (HA).</translation>
    </message>
    <message>
        <source>New build: find my hosts</source>
        <translation>Neuer Aufbau: meine Hosts finden</translation>
    </message>
    <message>
        <source>Open a saved plan…</source>
        <translation>Gespeicherten Bauplan öffnen…</translation>
    </message>
    <message>
        <source>Try the demo (a simulated lab, no real hosts needed)</source>
        <translation>Demo ausprobieren (simuliertes Labor, keine echten Hosts nötig)</translation>
    </message>
    <message>
        <source>&amp;Resume an unfinished build:</source>
        <translation>Unfertigen Bau &amp;fortsetzen:</translation>
    </message>
    <message>
        <source>The demo needs its simulated lab: start the wizard with --demo (xenpool-wizard --demo, or make demo).</source>
        <translation>Die Demo braucht ihr simuliertes Labor: Starten Sie den Assistenten mit --demo (xenpool-wizard --demo oder make demo).</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt verwendete Baupläne</translation>
    </message>
    <message>
        <source>Nothing changes on any host until you create the pool on the iSCSI page or press Build, and both ask first. Passwords stay in memory (or in your OS keyring if you ask), never in plan files.</source>
        <translation>Auf keinem Host ändert sich etwas, bis Sie den Pool auf der iSCSI-Seite erstellen oder auf „Aufbauen“ klicken, und beides fragt vorher nach. Kennwörter bleiben im Arbeitsspeicher (oder auf Wunsch im OS-Schlüsselbund), niemals in Bauplan-Dateien.</translation>
    </message>
    <message>
        <source>Open a build plan</source>
        <translation>Bauplan öffnen</translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation>Baupläne (*.toml)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>Resuming the build of “{0}”.</source>
        <translation>Der Bau von „{0}“ wird fortgesetzt.</translation>
    </message>
    <message>
        <source>{0} was not opened:</source>
        <translation>{0} wurde nicht geöffnet:</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>Bauplan: {0}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Hosts change from here on</source>
        <translation>Ab hier werden die Hosts geändert</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{address} (the planned master) is a member of the pool of {master}</source>
        <translation>{address} (der geplante Master) ist Mitglied des Pools von {master}</translation>
    </message>
    <message>
        <source>Choose {master} as the master, or eject {address} from that pool first.</source>
        <translation>Wählen Sie {master} als Master, oder entfernen Sie {address} zuerst aus diesem Pool.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>member of the pool of {master}</source>
        <translation>Mitglied des Pools von {master}</translation>
    </message>
    <message>
        <source>standalone host</source>
        <translation>eigenständiger Host</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Often a switch port or VLAN change on its management network rather than a dead host. Check that this computer reaches {master}, then run the build again: it resumes where it stopped.</source>
        <translation>Meist ein geänderter Switch-Port oder ein VLAN im Verwaltungsnetz, kein ausgefallener Host. Prüfen Sie, dass dieser Computer {master} erreicht, und führen Sie den Aufbau erneut aus: Er setzt dort fort, wo er anhielt.</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering; the members answer but have lost it too (emergency mode)</source>
        <translation>{master}, der Pool-Master, antwortet nicht mehr; die Mitglieder antworten, haben ihn aber auch verloren (Notfallmodus)</translation>
    </message>
    <message>
        <source>The master is down or cut off from the pool: check its power, console and management network, then run the build again. If it is gone for good, promote a member (xe pool-emergency-transition-to-master on it) and plan with it as the master.</source>
        <translation>Der Master ist ausgefallen oder vom Pool abgeschnitten: Prüfen Sie Stromversorgung, Konsole und Verwaltungsnetz, dann führen Sie den Aufbau erneut aus. Ist er endgültig weg, machen Sie ein Mitglied zum Master (xe pool-emergency-transition-to-master darauf) und planen Sie mit ihm als Master.</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering, and so did every member</source>
        <translation>{master}, der Pool-Master, antwortet nicht mehr, und ebenso kein Mitglied</translation>
    </message>
    <message>
        <source>This computer has probably lost its own network link (or the management switch is down). Check it, then run the build again: it resumes where it stopped.</source>
        <translation>Wahrscheinlich hat dieser Computer seine Netzwerkverbindung verloren (oder der Verwaltungs-Switch ist ausgefallen). Prüfen Sie das und führen Sie den Aufbau erneut aus: Er setzt dort fort, wo er anhielt.</translation>
    </message>
    <message>
        <source>the pool&apos;s master is now {new}, not {master}</source>
        <translation>der Master des Pools ist jetzt {new}, nicht {master}</translation>
    </message>
    <message>
        <source>A new master was designated (or an emergency transition made one). Choose {new} as the master in the plan, then run the build again.</source>
        <translation>Ein neuer Master wurde bestimmt (oder durch einen Notfallwechsel erzeugt). Wählen Sie {new} im Plan als Master und führen Sie den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>{master}, the pool master, stopped answering mid-build; the members still name it as their master</source>
        <translation>{master}, der Pool-Master, antwortet während des Aufbaus nicht mehr; die Mitglieder nennen ihn weiterhin als ihren Master</translation>
    </message>
    <message>
        <source>The pool itself is whole: most likely a switch port, VLAN or management NIC of {master} changed, not a dead host. Check the path from this computer to it, then run the build again: it resumes where it stopped.</source>
        <translation>Der Pool selbst ist intakt: Vermutlich hat sich ein Switch-Port, ein VLAN oder die Verwaltungs-NIC von {master} geändert, der Host ist nicht ausgefallen. Prüfen Sie den Weg von diesem Computer dorthin und führen Sie den Aufbau erneut aus: Er setzt dort fort, wo er anhielt.</translation>
    </message>
    <message>
        <source>iSCSI initiator {iqn}</source>
        <translation>iSCSI-Initiator {iqn}</translation>
    </message>
    <message>
        <source>Allow it on the array (its initiator/ACL list) before the SR is created, or the SR attaches on some hosts only.</source>
        <translation>Lassen Sie ihn auf dem Array zu (in dessen Initiator-/ACL-Liste), bevor das SR erstellt wird, sonst wird das SR nur auf einigen Hosts verbunden.</translation>
    </message>
    <message>
        <source>the target is checked from the hosts once the storage network is configured</source>
        <translation>das Target wird von den Hosts aus geprüft, sobald das Speichernetzwerk konfiguriert ist</translation>
    </message>
    <message>
        <source>The build probes the portal, the IQN, the LUNs and any SR on them before creating anything.</source>
        <translation>Der Aufbau prüft Portal, IQN, LUNs und etwaige SRs darauf, bevor irgendetwas erstellt wird.</translation>
    </message>
    <message>
        <source>already in place</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>nothing to do on this host</source>
        <translation>auf diesem Host nichts zu tun</translation>
    </message>
    <message>
        <source>Generated by xenpool-wizard: the build plan as xe commands, step by step.</source>
        <translation>Erzeugt von xenpool-wizard: der Bauplan als xe-Befehle, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Each step first looks at what is already there: after a failure, fix the cause and run the whole script again.</source>
        <translation>Jeder Schritt prüft zuerst, was bereits vorhanden ist: Beheben Sie nach einem Fehler die Ursache und führen Sie das ganze Skript erneut aus.</translation>
    </message>
    <message>
        <source>Set XENPOOL_PASSWORD to the hosts&apos; password first.</source>
        <translation>Setzen Sie zuerst XENPOOL_PASSWORD auf das Kennwort der Hosts.</translation>
    </message>
    <message>
        <source>Set XENPOOL_CHAP_SECRET to the target&apos;s CHAP secret first.</source>
        <translation>Setzen Sie zuerst XENPOOL_CHAP_SECRET auf das CHAP-Geheimnis des Targets.</translation>
    </message>
    <message>
        <source>Set XENPOOL_PASSWORD (and XENPOOL_CHAP_SECRET for CHAP) in the environment first.</source>
        <translation>Setzen Sie zuerst XENPOOL_PASSWORD (und XENPOOL_CHAP_SECRET für CHAP) in der Umgebung.</translation>
    </message>
    <message>
        <source>the plan asks to force this host&apos;s join; it is not confirmed</source>
        <translation>der Plan verlangt, den Beitritt dieses Hosts zu erzwingen; das ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Confirm it with {option} on the command line, or with Force join on the Compatibility page. Better: make the host match the pool.</source>
        <translation>Bestätigen Sie es mit {option} auf der Kommandozeile oder mit „Beitritt erzwingen“ auf der Seite Kompatibilität. Besser: Passen Sie den Host an den Pool an.</translation>
    </message>
    <message>
        <source>the join is forced, as the plan asks</source>
        <translation>der Beitritt wird erzwungen, wie der Plan es verlangt</translation>
    </message>
    <message>
        <source>an earlier build turned HA off for the joins and did not finish; the plan now leaves HA off</source>
        <translation>ein früherer Aufbau schaltete HA für die Beitritte aus und wurde nicht fertig; der Plan lässt HA jetzt aus</translation>
    </message>
    <message>
        <source>Set {key} in the plan to have it turned on again, or remove the mark if HA is to stay off: {command}</source>
        <translation>Setzen Sie {key} im Plan, damit es wieder eingeschaltet wird, oder entfernen Sie die Markierung, wenn HA aus bleiben soll: {command}</translation>
    </message>
    <message>
        <source>HA is off: an earlier build turned it off for the joins and stopped before turning it on again</source>
        <translation>HA ist aus: ein früherer Aufbau schaltete es für die Beitritte aus und hielt an, bevor er es wieder einschaltete</translation>
    </message>
    <message>
        <source>This build turns it on again at its last step.</source>
        <translation>Dieser Aufbau schaltet es in seinem letzten Schritt wieder ein.</translation>
    </message>
    <message>
        <source>HA would be turned off for the joins, but the plan does not turn it on again</source>
        <translation>HA würde für die Beitritte ausgeschaltet, aber der Plan schaltet es nicht wieder ein</translation>
    </message>
    <message>
        <source>Set {key} in the plan.</source>
        <translation>Setzen Sie {key} im Plan.</translation>
    </message>
    <message>
        <source>HA is turned off for the joins of {hosts} and enabled again at the end: until then no VM is restarted if a host fails</source>
        <translation>HA wird für die Beitritte von {hosts} ausgeschaltet und am Ende wieder eingeschaltet: bis dahin wird keine VM neu gestartet, wenn ein Host ausfällt</translation>
    </message>
    <message>
        <source>Build at a quiet time; the HA step re-enables it.</source>
        <translation>Bauen Sie zu einer ruhigen Zeit; der HA-Schritt schaltet es wieder ein.</translation>
    </message>
    <message>
        <source>several portals, but multipathing is not planned</source>
        <translation>mehrere Portale, aber kein Multipathing geplant</translation>
    </message>
    <message>
        <source>Plan multipathing (iSCSI page, or multipath = true under [iscsi]): the build turns it on on every host before the SR is created; later it needs the SR unplugged.</source>
        <translation>Planen Sie Multipathing (iSCSI-Seite oder multipath = true unter [iscsi]): Der Aufbau schaltet es vor dem Anlegen des SR auf jedem Host ein; später muss dafür das SR getrennt werden.</translation>
    </message>
    <message>
        <source>multipathing with one portal gives each host one path</source>
        <translation>Multipathing mit einem Portal gibt jedem Host einen Pfad</translation>
    </message>
    <message>
        <source>Add the array&apos;s other portals if it has them; otherwise it is harmless.</source>
        <translation>Tragen Sie die weiteren Portale des Arrays ein, falls es welche hat; sonst ist es unschädlich.</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and stays off until a build finishes: run again once the cause is fixed.</source>
        <translation>HA wurde für die Beitritte ausgeschaltet und bleibt aus, bis ein Aufbau fertig wird: Führen Sie ihn erneut aus, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>tasks are still running in the pool after a broken connection</source>
        <translation>nach einer abgebrochenen Verbindung laufen im Pool noch Aufgaben</translation>
    </message>
    <message>
        <source>Wait until the pool&apos;s tasks have ended (xe task-list), then run the build again: it reads the pool first and does only what is missing.</source>
        <translation>Warten Sie, bis die Aufgaben des Pools beendet sind (xe task-list), und führen Sie den Aufbau dann erneut aus: Er liest zuerst den Pool und erledigt nur, was fehlt.</translation>
    </message>
    <message>
        <source>xe reads the login from a private temporary file (XE_EXTRA_ARGS passwordfile=), so the password is not on xe&apos;s command lines.</source>
        <translation>xe liest die Anmeldedaten aus einer privaten temporären Datei (XE_EXTRA_ARGS passwordfile=), daher steht das Kennwort nicht in den Befehlszeilen von xe.</translation>
    </message>
    <message>
        <source>Every command stops the script on failure; check each step&apos;s output before the next.</source>
        <translation>Jeder Befehl bricht das Skript bei einem Fehler ab; prüfen Sie die Ausgabe jedes Schritts vor dem nächsten.</translation>
    </message>
    <message>
        <source>HA was turned off for the joins and is still off: fix the cause and run the script again (its last step turns HA on)</source>
        <translation>HA wurde für die Beitritte ausgeschaltet und ist noch aus: Beheben Sie die Ursache und führen Sie das Skript erneut aus (sein letzter Schritt schaltet HA ein)</translation>
    </message>
    <message>
        <source>clear the HA pause mark</source>
        <translation>die HA-Pausenmarkierung entfernen</translation>
    </message>
    <message>
        <source>Turn HA off while hosts join</source>
        <translation>HA während der Beitritte ausschalten</translation>
    </message>
    <message>
        <source>turn HA off while new hosts join; it is enabled again at the end</source>
        <translation>HA ausschalten, während neue Hosts beitreten; am Ende wird es wieder eingeschaltet</translation>
    </message>
    <message>
        <source>turn HA off</source>
        <translation>HA ausschalten</translation>
    </message>
    <message>
        <source>HA is on and XAPI refuses joins under HA: run the script again with XENPOOL_YES_PAUSE_HA=yes to turn it off while the hosts join (it is enabled again at the end; VMs are not protected meanwhile)</source>
        <translation>HA ist aktiv und XAPI lehnt Beitritte unter HA ab: Führen Sie das Skript mit XENPOOL_YES_PAUSE_HA=yes erneut aus, um es während der Beitritte auszuschalten (am Ende wird es wieder eingeschaltet; VMs sind in der Zwischenzeit nicht geschützt)</translation>
    </message>
    <message>
        <source>Enable High Availability</source>
        <translation>Hochverfügbarkeit aktivieren</translation>
    </message>
    <message>
        <source>enable HA tolerating {count} host failure(s)</source>
        <translation>HA aktivieren (tolerierbare Host-Ausfälle: {count})</translation>
    </message>
    <message>
        <source>HA is on again: clear the wizard&apos;s pause mark</source>
        <translation>HA ist wieder an: die Pausenmarkierung des Assistenten entfernen</translation>
    </message>
    <message>
        <source>tolerate {count} host failure(s)</source>
        <translation>tolerierbare Host-Ausfälle auf {count} setzen</translation>
    </message>
    <message>
        <source>set failures to tolerate</source>
        <translation>tolerierbare Ausfälle festlegen</translation>
    </message>
    <message>
        <source>the heartbeat SR does not exist</source>
        <translation>das Heartbeat-SR existiert nicht</translation>
    </message>
    <message>
        <source>Run the build again: the heartbeat SR step comes first.</source>
        <translation>Führen Sie den Aufbau erneut aus: Der Schritt für das Heartbeat-SR kommt zuerst.</translation>
    </message>
    <message>
        <source>check the heartbeat SR</source>
        <translation>Heartbeat-SR prüfen</translation>
    </message>
    <message>
        <source>ha.restart_priorities names VM {name}, which the pool does not have</source>
        <translation>ha.restart_priorities nennt die VM {name}, die es im Pool nicht gibt</translation>
    </message>
    <message>
        <source>Correct or remove that entry.</source>
        <translation>Korrigieren oder entfernen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>the pool can tolerate {count} host failure(s) with the protected VMs (XAPI&apos;s plan; ours: {ours}), not {wanted}</source>
        <translation>tolerierbare Host-Ausfälle mit den geschützten VMs: {count} (Plan von XAPI; eigene Berechnung: {ours}), nicht {wanted}</translation>
    </message>
    <message>
        <source>Lower ha.host_failures_to_tolerate to {count}, or protect fewer VMs.</source>
        <translation>Senken Sie ha.host_failures_to_tolerate auf {count}, oder schützen Sie weniger VMs.</translation>
    </message>
    <message>
        <source>restart priority of {vm}</source>
        <translation>Neustartpriorität von {vm}</translation>
    </message>
    <message>
        <source>enable HA</source>
        <translation>HA aktivieren</translation>
    </message>
    <message>
        <source>Check the storage network from every host (SSH)</source>
        <translation>Speichernetzwerk von jedem Host aus prüfen (SSH)</translation>
    </message>
    <message>
        <source>check the storage network of {host} from the host (SSH)</source>
        <translation>Speichernetzwerk von {host} auf dem Host prüfen (SSH)</translation>
    </message>
    <message>
        <source>on {address}:</source>
        <translation>auf {address}:</translation>
    </message>
    <message>
        <source>compare the iSCSI paths every host sees</source>
        <translation>die iSCSI-Pfade vergleichen, die jeder Host sieht</translation>
    </message>
    <message>
        <source>{message} (seen: {evidence})</source>
        <translation>{message} (festgestellt: {evidence})</translation>
    </message>
    <message>
        <source>Configure the storage network</source>
        <translation>Speichernetzwerk konfigurieren</translation>
    </message>
    <message>
        <source>create the storage network</source>
        <translation>Speichernetzwerk erstellen</translation>
    </message>
    <message>
        <source>set the storage MTU</source>
        <translation>Speicher-MTU festlegen</translation>
    </message>
    <message>
        <source>set the MTU of {network} to {mtu}</source>
        <translation>MTU von {network} auf {mtu} setzen</translation>
    </message>
    <message>
        <source>create network {network} (MTU {mtu})</source>
        <translation>Netzwerk {network} erstellen (MTU {mtu})</translation>
    </message>
    <message>
        <source>{address} has no NIC {nic}</source>
        <translation>{address} hat keine NIC {nic}</translation>
    </message>
    <message>
        <source>Choose an existing NIC for storage.</source>
        <translation>Wählen Sie eine vorhandene NIC für den Speicher.</translation>
    </message>
    <message>
        <source>create VLAN {vlan} pool-wide</source>
        <translation>VLAN {vlan} poolweit erstellen</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {address}</source>
        <translation>VLAN {vlan} auf {address} erstellen</translation>
    </message>
    <message>
        <source>VLAN {vlan} was not created on {hosts} (XAPI skips hosts that are not live)</source>
        <translation>VLAN {vlan} wurde auf {hosts} nicht erstellt (XAPI überspringt Hosts, die nicht aktiv (live) sind)</translation>
    </message>
    <message>
        <source>Check that every host is up and shown live in the pool, then run the build again.</source>
        <translation>Prüfen Sie, ob jeder Host läuft und im Pool als aktiv (live) angezeigt wird, und führen Sie den Aufbau dann erneut aus.</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {nic} of {count} host(s)</source>
        <translation>VLAN {vlan} auf {nic} von {count} Host(s) erstellen</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on the chosen NICs of {count} host(s)</source>
        <translation>VLAN {vlan} auf den gewählten NICs von {count} Host(s) erstellen</translation>
    </message>
    <message>
        <source>re-plug the storage interface on {address}</source>
        <translation>Speicherschnittstelle auf {address} neu verbinden</translation>
    </message>
    <message>
        <source>a NIC fixed since takes the planned MTU on a re-plug</source>
        <translation>eine inzwischen reparierte NIC übernimmt die geplante MTU beim erneuten Anschließen (re-plug)</translation>
    </message>
    <message>
        <source>{address} has no interface on the storage network</source>
        <translation>{address} hat keine Schnittstelle im Speichernetzwerk</translation>
    </message>
    <message>
        <source>Run the build again.</source>
        <translation>Führen Sie den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>set storage IP {ip} on {address}</source>
        <translation>Speicher-IP {ip} auf {address} setzen</translation>
    </message>
    <message>
        <source>protect the storage interface</source>
        <translation>Speicherschnittstelle schützen</translation>
    </message>
    <message>
        <source>plug the storage interface on {address}</source>
        <translation>Speicherschnittstelle auf {address} verbinden</translation>
    </message>
    <message>
        <source>{address}: the storage interface runs at MTU {mtu}, not the planned {planned}</source>
        <translation>{address}: Die Speicherschnittstelle läuft mit MTU {mtu}, nicht mit der geplanten {planned}</translation>
    </message>
    <message>
        <source>The NIC (or its driver) did not accept the MTU. Check the NIC&apos;s jumbo-frame support, or plan MTU 1500; all VLANs on one NIC share its MTU.</source>
        <translation>Die NIC (oder ihr Treiber) hat die MTU nicht übernommen. Prüfen Sie die Jumbo-Frame-Unterstützung der NIC, oder planen Sie MTU 1500; alle VLANs einer NIC teilen sich deren MTU.</translation>
    </message>
    <message>
        <source>storage IP {ip}/{netmask} on {nic}.{vlan} of {host}, MTU {mtu}, not unpluggable</source>
        <translation>Speicher-IP {ip}/{netmask} auf {nic}.{vlan} von {host}, MTU {mtu}, nicht trennbar</translation>
    </message>
    <message>
        <source>{address}: the storage interface is not at the planned MTU {planned} (check the NIC&apos;s jumbo-frame support, or plan MTU 1500); its MTU now:</source>
        <translation>{address}: Die Speicherschnittstelle hat nicht die geplante MTU {planned} (prüfen Sie die Jumbo-Frame-Unterstützung der NIC oder planen Sie MTU 1500); ihre MTU jetzt:</translation>
    </message>
    <message>
        <source>Create the pool</source>
        <translation>Pool erstellen</translation>
    </message>
    <message>
        <source>name the pool</source>
        <translation>Pool benennen</translation>
    </message>
    <message>
        <source>name the pool {name} with {master} as master</source>
        <translation>Pool {name} mit {master} als Master benennen</translation>
    </message>
    <message>
        <source>Join the members</source>
        <translation>Mitglieder beitreten lassen</translation>
    </message>
    <message>
        <source>join {host} to the pool of {master}</source>
        <translation>{host} dem Pool von {master} beitreten lassen</translation>
    </message>
    <message>
        <source>force_join = true: pool-join force=true skips XAPI&apos;s CPU vendor and software build checks (unsupported)</source>
        <translation>force_join = true: pool-join force=true überspringt die Prüfungen von XAPI auf CPU-Hersteller und Software-Build (nicht unterstützt)</translation>
    </message>
    <message>
        <source>{host} was refused. The plan allows forcing its join: run the script again with XENPOOL_YES_FORCE_JOIN=yes if you accept an unsupported pool (no XenMotion between CPU vendors).</source>
        <translation>{host} wurde abgelehnt. Der Plan erlaubt, den Beitritt zu erzwingen: Führen Sie das Skript mit XENPOOL_YES_FORCE_JOIN=yes erneut aus, wenn Sie einen nicht unterstützten Pool akzeptieren (kein XenMotion zwischen CPU-Herstellern).</translation>
    </message>
    <message>
        <source>wait until {host} is an enabled member</source>
        <translation>warten, bis {host} ein aktiviertes Mitglied ist</translation>
    </message>
    <message>
        <source>{host} did not show up as a pool member: check it, then run the rest of the script</source>
        <translation>{host} ist nicht als Pool-Mitglied erschienen: Prüfen Sie den Host und führen Sie dann den Rest des Skripts aus</translation>
    </message>
    <message>
        <source>{address} is not connected</source>
        <translation>{address} ist nicht verbunden</translation>
    </message>
    <message>
        <source>join {address} to the pool</source>
        <translation>{address} dem Pool beitreten lassen</translation>
    </message>
    <message>
        <source>{address} is already a member of another pool (master {other})</source>
        <translation>{address} ist bereits Mitglied eines anderen Pools (Master {other})</translation>
    </message>
    <message>
        <source>Eject it from that pool first (on {other}: xe pool-eject), or leave it out of the plan; then run the build again.</source>
        <translation>Entfernen Sie ihn zuerst aus diesem Pool (auf {other}: xe pool-eject) oder nehmen Sie ihn aus dem Plan; führen Sie dann den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>{master} refused {address}&apos;s join: it is no longer a pool master but a member of the pool of {other}</source>
        <translation>{master} hat den Beitritt von {address} abgelehnt: Er ist kein Pool-Master mehr, sondern Mitglied des Pools von {other}</translation>
    </message>
    <message>
        <source>Plan the build with {other} as the master, or eject {master} from that pool (on {other}: xe pool-eject); then run the build again.</source>
        <translation>Planen Sie den Aufbau mit {other} als Master, oder entfernen Sie {master} aus diesem Pool (auf {other}: xe pool-eject); führen Sie dann den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>the connection to {address} broke during the join and it is still a standalone host with no join running: the join did not happen</source>
        <translation>die Verbindung zu {address} brach während des Beitritts ab, und der Host ist weiterhin eigenständig, ohne laufenden Beitritt: der Beitritt fand nicht statt</translation>
    </message>
    <message>
        <source>Check the network path between this computer, {address} and the master, then run the build again: it joins what is not joined yet.</source>
        <translation>Prüfen Sie den Netzwerkpfad zwischen diesem Computer, {address} und dem Master und starten Sie den Aufbau erneut: er fügt hinzu, was noch nicht beigetreten ist.</translation>
    </message>
    <message>
        <source>{address} is in the pool but not live within {seconds} s of the join</source>
        <translation>{address} ist im Pool, aber nicht innerhalb von {seconds} s nach dem Beitritt aktiv (live)</translation>
    </message>
    <message>
        <source>{address} did not appear in the pool within {seconds} s of the join</source>
        <translation>{address} ist nicht innerhalb von {seconds} s nach dem Beitritt im Pool erschienen</translation>
    </message>
    <message>
        <source>Check {address}&apos;s console (xe host-list) and its network path to the master; then run the build again to resume.</source>
        <translation>Prüfen Sie die Konsole von {address} (xe host-list) und den Netzwerkpfad zum Master; führen Sie den Aufbau dann erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Create the shared SR</source>
        <translation>Gemeinsames SR erstellen</translation>
    </message>
    <message>
        <source>Create the HA heartbeat SR</source>
        <translation>HA-Heartbeat-SR erstellen</translation>
    </message>
    <message>
        <source>the pool&apos;s own SR on this LUN, made by an earlier run</source>
        <translation>das eigene SR des Pools auf dieser LUN, von einem früheren Lauf erstellt</translation>
    </message>
    <message>
        <source>the UUID of an SR the LUN already holds, if any</source>
        <translation>die UUID eines SR, das die LUN bereits enthält (falls vorhanden)</translation>
    </message>
    <message>
        <source>the LUN holds an SR: reattach it (existing_sr = {value})</source>
        <translation>die LUN enthält ein SR: wieder anbinden (existing_sr = {value})</translation>
    </message>
    <message>
        <source>LUN {lun} already holds an SR, nothing was formatted; set iscsi.existing_sr = &quot;reattach&quot; to keep and attach it, or choose another LUN. The SR:</source>
        <translation>LUN {lun} enthält bereits ein SR, es wurde nichts formatiert; setzen Sie iscsi.existing_sr = &quot;reattach&quot;, um es zu behalten und anzubinden, oder wählen Sie eine andere LUN. Das SR:</translation>
    </message>
    <message>
        <source>existing_sr = {value}: sr-create formats the LUN, destroying any SR on it</source>
        <translation>existing_sr = {value}: sr-create formatiert die LUN und vernichtet dabei jedes SR darauf</translation>
    </message>
    <message>
        <source>LUN {lun} holds an SR and the plan says format: nothing was formatted. Formatting destroys every VM disk on it; run the script again with XENPOOL_YES_DESTROY=yes if that is really what you want. The SR:</source>
        <translation>LUN {lun} enthält ein SR, und der Bauplan sieht Formatieren vor: Es wurde nichts formatiert. Das Formatieren zerstört jeden VM-Datenträger darauf; führen Sie das Skript mit XENPOOL_YES_DESTROY=yes erneut aus, wenn Sie das wirklich wollen. Das SR:</translation>
    </message>
    <message>
        <source>one PBD per host: sr-create makes them, sr-introduce not</source>
        <translation>ein PBD pro Host: sr-create legt sie an, sr-introduce nicht</translation>
    </message>
    <message>
        <source>every host must say true</source>
        <translation>jeder Host muss true melden</translation>
    </message>
    <message>
        <source>create shared SR {sr} on LUN {lun}</source>
        <translation>gemeinsames SR {sr} auf LUN {lun} erstellen</translation>
    </message>
    <message>
        <source>probe LUN {lun}</source>
        <translation>LUN {lun} abfragen</translation>
    </message>
    <message>
        <source>LUN {lun}: {reason}</source>
        <translation>LUN {lun}: {reason}</translation>
    </message>
    <message>
        <source>Probe the target again; if it repeats, check the array.</source>
        <translation>Fragen Sie das Target erneut ab; wenn sich das wiederholt, prüfen Sie das Array.</translation>
    </message>
    <message>
        <source>LUN {lun} already holds SR {sr}</source>
        <translation>LUN {lun} enthält bereits SR {sr}</translation>
    </message>
    <message>
        <source>Set iscsi.existing_sr = &quot;reattach&quot; to keep and attach it, or choose another LUN.</source>
        <translation>Setzen Sie iscsi.existing_sr = &quot;reattach&quot;, um es zu behalten und wieder anzubinden, oder wählen Sie eine andere LUN.</translation>
    </message>
    <message>
        <source>scan SR {sr} for its disks</source>
        <translation>SR {sr} nach seinen Datenträgern durchsuchen</translation>
    </message>
    <message>
        <source>LUN {lun} holds SR {sr} and the plan says format: refusing without explicit consent</source>
        <translation>LUN {lun} enthält SR {sr}, und der Bauplan sieht Formatieren vor: ohne ausdrückliche Zustimmung wird dies verweigert</translation>
    </message>
    <message>
        <source>Formatting destroys every VM disk on it. Re-run with --yes-destroy if that is really what you want, or set existing_sr = &quot;reattach&quot;.</source>
        <translation>Das Formatieren zerstört jeden VM-Datenträger darauf. Führen Sie den Befehl mit --yes-destroy erneut aus, wenn Sie das wirklich wollen, oder setzen Sie existing_sr = &quot;reattach&quot;.</translation>
    </message>
    <message>
        <source>create SR {sr}</source>
        <translation>SR {sr} erstellen</translation>
    </message>
    <message>
        <source>create (or reattach) shared SR {sr} on LUN {lun}</source>
        <translation>gemeinsames SR {sr} auf LUN {lun} erstellen (oder wieder anbinden)</translation>
    </message>
    <message>
        <source>forget the stale SR record</source>
        <translation>veralteten SR-Eintrag vergessen</translation>
    </message>
    <message>
        <source>introduce SR {sr}</source>
        <translation>SR {sr} registrieren (introduce)</translation>
    </message>
    <message>
        <source>attach SR {sr} on {address}</source>
        <translation>SR {sr} auf {address} verbinden</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>SR {sr} is not attached on every host:</source>
        <translation>SR {sr} ist nicht auf jedem Host verbunden:</translation>
    </message>
    <message>
        <source>Fix those hosts&apos; storage path (VLAN, IP, the array&apos;s initiator list with each host&apos;s IQN), then run the build again: it resumes by plugging the missing PBDs.</source>
        <translation>Korrigieren Sie den Speicherpfad dieser Hosts (VLAN, IP, Initiator-Liste des Arrays mit der IQN jedes Hosts), und führen Sie den Aufbau dann erneut aus: Er setzt fort, indem er die fehlenden PBDs verbindet.</translation>
    </message>
    <message>
        <source>attached on one path: the host does not multipath</source>
        <translation>auf einem Pfad verbunden: der Host nutzt kein Multipathing</translation>
    </message>
    <message>
        <source>attached on {up} of {total} paths: check this host&apos;s cabling and VLAN to every portal</source>
        <translation>auf {up} von {total} Pfaden verbunden: prüfen Sie Verkabelung und VLAN dieses Hosts zu jedem Portal</translation>
    </message>
    <message>
        <source>attached, {up} of {total} paths up</source>
        <translation>verbunden, {up} von {total} Pfaden aktiv</translation>
    </message>
    <message>
        <source>Move VM disks to shared storage</source>
        <translation>VM-Datenträger auf gemeinsamen Speicher verschieben</translation>
    </message>
    <message>
        <source>move the disks of {vm} to {sr}</source>
        <translation>Datenträger von {vm} nach {sr} verschieben</translation>
    </message>
    <message>
        <source>move_vms names {vm}, which matches {count} VMs in the pool</source>
        <translation>move_vms nennt {vm}, worauf {count} VMs im Pool passen</translation>
    </message>
    <message>
        <source>Use a name that exactly one VM has.</source>
        <translation>Verwenden Sie einen Namen, den genau eine VM trägt.</translation>
    </message>
    <message>
        <source>move {count} disk(s) of {vm} to {sr}</source>
        <translation>{count} Datenträger von {vm} nach {sr} verschieben</translation>
    </message>
    <message>
        <source>move_vms names {vm}, which must match exactly one VM</source>
        <translation>move_vms nennt {vm}; der Name muss auf genau eine VM passen</translation>
    </message>
    <message>
        <source>storage XenMotion: the VM keeps running</source>
        <translation>Storage XenMotion: Die VM läuft weiter</translation>
    </message>
    <message>
        <source>VM {vm} is neither running nor halted: its disks move only in one of those states</source>
        <translation>VM {vm} läuft weder noch ist sie ausgeschaltet: ihre Festplatten werden nur in einem dieser Zustände verschoben</translation>
    </message>
    <message>
        <source>move {count} disk(s) of {vm} to {sr} while it runs</source>
        <translation>{count} Festplatte(n) von {vm} im laufenden Betrieb nach {sr} verschieben</translation>
    </message>
    <message>
        <source>VM {vm} is {state}: its disks move while it runs or while it is shut down, not now</source>
        <translation>VM {vm} ist {state}: ihre Festplatten werden im laufenden oder ausgeschalteten Zustand verschoben, nicht jetzt</translation>
    </message>
    <message>
        <source>Resume or shut it down and run again, or remove it from move_vms.</source>
        <translation>Setzen Sie sie fort oder fahren Sie sie herunter und führen Sie erneut aus, oder entfernen Sie sie aus move_vms.</translation>
    </message>
    <message>
        <source>delete a disk already moved</source>
        <translation>bereits verschobenen Datenträger löschen</translation>
    </message>
    <message>
        <source>finish moving disk {disk}</source>
        <translation>Verschieben von Datenträger {disk} abschließen</translation>
    </message>
    <message>
        <source>the shared SR does not exist yet</source>
        <translation>das gemeinsame SR existiert noch nicht</translation>
    </message>
    <message>
        <source>Run the build again: the SR step comes first.</source>
        <translation>Führen Sie den Aufbau erneut aus: Der SR-Schritt kommt zuerst.</translation>
    </message>
    <message>
        <source>copy a disk of {vm}</source>
        <translation>einen Datenträger von {vm} kopieren</translation>
    </message>
    <message>
        <source>detach the local disk of {vm}</source>
        <translation>lokalen Datenträger von {vm} trennen</translation>
    </message>
    <message>
        <source>attach the moved disk to {vm}</source>
        <translation>verschobenen Datenträger an {vm} anschließen</translation>
    </message>
    <message>
        <source>delete the local copy of {vm}&apos;s disk</source>
        <translation>lokale Kopie des Datenträgers von {vm} löschen</translation>
    </message>
    <message>
        <source>delete an unused copy</source>
        <translation>eine unbenutzte Kopie löschen</translation>
    </message>
    <message>
        <source>delete {disk}, a copy nothing uses any more</source>
        <translation>{disk} löschen, eine Kopie, die nichts mehr nutzt</translation>
    </message>
    <message>
        <source>delete an unused copy of a disk of {vm}</source>
        <translation>eine unbenutzte Kopie einer Festplatte von {vm} löschen</translation>
    </message>
    <message>
        <source>move a disk of {vm} while it runs</source>
        <translation>eine Festplatte von {vm} im laufenden Betrieb verschieben</translation>
    </message>
    <message>
        <source>{finding}: refusing without explicit consent</source>
        <translation>{finding}: ohne ausdrückliche Zustimmung wird dies verweigert</translation>
    </message>
    <message>
        <source>Check the iSCSI target and its LUNs</source>
        <translation>iSCSI-Target und seine LUNs prüfen</translation>
    </message>
    <message>
        <source>check the target {iqn}: its LUNs, their sizes and any SR on them</source>
        <translation>Target {iqn} prüfen: seine LUNs, ihre Größen und etwaige SRs darauf</translation>
    </message>
    <message>
        <source>the iSCSI target is not ready for the plan: {problems}</source>
        <translation>das iSCSI-Target ist für den Bauplan nicht bereit: {problems}</translation>
    </message>
    <message>
        <source>No SR was created; run the build again after fixing it.</source>
        <translation>Es wurde kein SR erstellt; führen Sie den Aufbau nach der Behebung erneut aus.</translation>
    </message>
    <message>
        <source>Log in to the hosts</source>
        <translation>Bei den Hosts anmelden</translation>
    </message>
    <message>
        <source>Turn on multipathing</source>
        <translation>Multipathing einschalten</translation>
    </message>
    <message>
        <source>multipathing is off on {hosts}, where a planned SR is already attached</source>
        <translation>Multipathing ist auf {hosts} aus, wo ein geplantes SR bereits verbunden ist</translation>
    </message>
    <message>
        <source>Turning it on needs that SR unplugged on the host: put the host in maintenance mode, enable multipathing (XenCenter: host properties, Multipathing), take it out of maintenance mode, then run the build again.</source>
        <translation>Zum Einschalten muss das SR auf dem Host getrennt sein: Versetzen Sie den Host in den Wartungsmodus, schalten Sie Multipathing ein (XenCenter: Host-Eigenschaften, Multipathing), beenden Sie den Wartungsmodus und führen Sie den Aufbau erneut aus.</translation>
    </message>
    <message>
        <source>turn on multipathing on {address}</source>
        <translation>Multipathing auf {address} einschalten</translation>
    </message>
</context>
<context>
    <name>WizardModel</name>
    <message>
        <source>{0} shows a different certificate than the join information says: nothing was added. Compare both with the host&apos;s console.</source>
        <translation>{0} zeigt ein anderes Zertifikat, als die Beitrittsinformationen angeben: Nichts wurde hinzugefügt. Vergleichen Sie beide mit der Konsole des Hosts.</translation>
    </message>
    <message>
        <source>{count} host(s) found in {spec}</source>
        <translation>{count} Host(s) in {spec} gefunden</translation>
    </message>
    <message>
        <source>no answer on port {port}: {reason}</source>
        <translation>keine Antwort auf Port {port}: {reason}</translation>
    </message>
    <message>
        <source>{count} LUN(s) on {iqn}</source>
        <translation>{count} LUN(s) auf {iqn}</translation>
    </message>
    <message>
        <source>This check is optional: to build without it, press Back, untick &quot;prove each host&apos;s storage path over SSH&quot; on the Review page, then Next and Build.</source>
        <translation>Diese Prüfung ist optional: Um ohne sie aufzubauen, drücken Sie „Zurück“, entfernen Sie auf der Seite „Überprüfung“ das Häkchen bei „den Speicherpfad jedes Hosts per SSH prüfen“ und drücken Sie dann „Weiter“ und „Aufbauen“.</translation>
    </message>
</context>
<context>
    <name>XapiErrors</name>
    <message>
        <source>{member} is a pool member; its master is {master}</source>
        <translation>{member} ist ein Pool-Mitglied; sein Master ist {master}</translation>
    </message>
    <message>
        <source>{address}: the password for {user} was refused</source>
        <translation>{address}: Das Kennwort für {user} wurde abgewiesen</translation>
    </message>
    <message>
        <source>Check the host&apos;s root password.</source>
        <translation>Prüfen Sie das root-Kennwort des Hosts.</translation>
    </message>
    <message>
        <source>log in to {address}</source>
        <translation>bei {address} anmelden</translation>
    </message>
    <message>
        <source>{address} did not answer on port {port} ({reason})</source>
        <translation>{address} hat auf Port {port} nicht geantwortet ({reason})</translation>
    </message>
    <message>
        <source>Check that the host is powered on and that its management address is reachable from this computer.</source>
        <translation>Prüfen Sie, ob der Host eingeschaltet und seine Verwaltungsadresse von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds} s and was cancelled</source>
        <translation>{action}: nicht innerhalb von {seconds} s abgeschlossen und daher abgebrochen</translation>
    </message>
    <message>
        <source>the operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Check the host&apos;s load and its storage and network; then run the build again to resume.</source>
        <translation>Prüfen Sie die Auslastung des Hosts sowie seinen Speicher und sein Netzwerk; führen Sie den Aufbau dann erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>event.from has no token or events</source>
        <translation>event.from hat kein token oder keine events</translation>
    </message>
    <message>
        <source>{action} was cancelled</source>
        <translation>{action}: abgebrochen</translation>
    </message>
    <message>
        <source>a task record is not a record</source>
        <translation>ein Task-Datensatz ist kein Datensatz</translation>
    </message>
    <message>
        <source>the task record&apos;s field {field} is {value}</source>
        <translation>das Feld {field} des Task-Datensatzes ist {value}</translation>
    </message>
    <message>
        <source>a task&apos;s status is {status}, which XAPI does not know</source>
        <translation>der Status eines Tasks ist {status}, den XAPI nicht kennt</translation>
    </message>
    <message>
        <source>{host} sent an answer the wizard cannot read: {what}</source>
        <translation>{host} hat eine Antwort gesendet, die der Assistent nicht lesen kann: {what}</translation>
    </message>
    <message>
        <source>Check that {host} is a XenServer or XCP-ng host of a supported version (and that the address is not another machine); if it is, read its /var/log/xensource.log.</source>
        <translation>Prüfen Sie, ob {host} ein XenServer- oder XCP-ng-Host in einer unterstützten Version ist (und ob die Adresse nicht zu einem anderen Rechner gehört); falls ja, lesen Sie sein /var/log/xensource.log.</translation>
    </message>
    <message>
        <source>{host} answered on port {port}, but not as a XenServer or XCP-ng host: {what}</source>
        <translation>{host} antwortete auf Port {port}, aber nicht als XenServer- oder XCP-ng-Host: {what}</translation>
    </message>
    <message>
        <source>The address reaches another machine or service (a web server, the host&apos;s management board such as iLO, iDRAC or IPMI, a proxy or an old release). Check that {host} is the host&apos;s management address and that XAPI listens on port {port} there.</source>
        <translation>Die Adresse erreicht einen anderen Rechner oder Dienst (einen Webserver, die Management-Karte des Hosts wie iLO, iDRAC oder IPMI, einen Proxy oder eine alte Version). Prüfen Sie, dass {host} die Management-Adresse des Hosts ist und XAPI dort auf Port {port} lauscht.</translation>
    </message>
    <message>
        <source>{host} runs {release} (XAPI {api}); the wizard needs XenServer 7.0 (XAPI {oldest}) or later, or XCP-ng</source>
        <translation>{host} läuft mit {release} (XAPI {api}); der Assistent braucht XenServer 7.0 (XAPI {oldest}) oder neuer, oder XCP-ng</translation>
    </message>
    <message>
        <source>Upgrade {host} to a supported XenServer or XCP-ng release (XenServer 6.x is out of support), or leave it out of the plan.</source>
        <translation>Aktualisieren Sie {host} auf eine unterstützte Version von XenServer oder XCP-ng (XenServer 6.x wird nicht mehr unterstützt), oder lassen Sie ihn im Bauplan weg.</translation>
    </message>
    <message>
        <source>{action}: {summary} [{code}]</source>
        <translation>{action}: {summary} [{code}]</translation>
    </message>
    <message>
        <source>{summary} [{code}]</source>
        <translation>{summary} [{code}]</translation>
    </message>
    <message>
        <source>the user name or password was refused</source>
        <translation>Benutzername oder Kennwort wurde abgewiesen</translation>
    </message>
    <message>
        <source>Check the root password of the host (it is the pool master&apos;s password once joined).</source>
        <translation>Prüfen Sie das root-Kennwort des Hosts (nach dem Beitritt ist es das Kennwort des Pool-Masters).</translation>
    </message>
    <message>
        <source>this host is a pool member; its master is {0}</source>
        <translation>dieser Host ist ein Pool-Mitglied; sein Master ist {0}</translation>
    </message>
    <message>
        <source>Connect to the pool master at {0}, or eject the host from its pool first.</source>
        <translation>Verbinden Sie sich mit dem Pool-Master unter {0}, oder entfernen Sie den Host zuerst aus seinem Pool.</translation>
    </message>
    <message>
        <source>the hosts are not homogeneous: {0}</source>
        <translation>die Hosts sind nicht homogen: {0}</translation>
    </message>
    <message>
        <source>Hosts in one pool need the same CPU vendor and the same software version and updates. Update the hosts to the same level, or use a separate pool for this host.</source>
        <translation>Hosts in einem Pool benötigen denselben CPU-Hersteller sowie dieselbe Softwareversion und dieselben Updates. Bringen Sie die Hosts auf denselben Stand, oder verwenden Sie für diesen Host einen separaten Pool.</translation>
    </message>
    <message>
        <source>the hosts run different platform versions or products</source>
        <translation>die Hosts laufen mit unterschiedlichen Plattformversionen oder Produkten</translation>
    </message>
    <message>
        <source>Install the same product and version on every host before pooling them.</source>
        <translation>Installieren Sie auf jedem Host dasselbe Produkt in derselben Version, bevor Sie sie zu einem Pool zusammenfassen.</translation>
    </message>
    <message>
        <source>the joining host still runs VMs</source>
        <translation>auf dem beitretenden Host laufen noch VMs</translation>
    </message>
    <message>
        <source>Shut down or migrate the VMs running on the joining host, then retry.</source>
        <translation>Fahren Sie die VMs auf dem beitretenden Host herunter oder migrieren Sie sie, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>a VM on the joining host has an operation in progress</source>
        <translation>auf dem beitretenden Host läuft gerade ein Vorgang an einer VM</translation>
    </message>
    <message>
        <source>Wait for the VM operations on the joining host to finish, then retry.</source>
        <translation>Warten Sie, bis die VM-Vorgänge auf dem beitretenden Host abgeschlossen sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the joining host has a shared SR attached</source>
        <translation>am beitretenden Host ist ein gemeinsames SR verbunden</translation>
    </message>
    <message>
        <source>Detach (forget) the shared SRs of the joining host; the pool&apos;s SRs are attached after the join.</source>
        <translation>Trennen (vergessen) Sie die gemeinsamen SRs des beitretenden Hosts; die SRs des Pools werden nach dem Beitritt verbunden.</translation>
    </message>
    <message>
        <source>the joining host is the master of other hosts</source>
        <translation>der beitretende Host ist Master anderer Hosts</translation>
    </message>
    <message>
        <source>Eject its members first, or make this pool the one the others join.</source>
        <translation>Entfernen Sie zuerst seine Mitglieder, oder machen Sie diesen Pool zu dem, dem die anderen beitreten.</translation>
    </message>
    <message>
        <source>the joining host has VLANs other than its management VLAN</source>
        <translation>der beitretende Host hat VLANs außer seinem Verwaltungs-VLAN</translation>
    </message>
    <message>
        <source>Remove those VLANs; the wizard creates the storage VLAN pool-wide after the joins.</source>
        <translation>Entfernen Sie diese VLANs; der Assistent erstellt das Speicher-VLAN nach den Beitritten poolweit.</translation>
    </message>
    <message>
        <source>the joining host has NIC bonds</source>
        <translation>der beitretende Host hat NIC-Bonds</translation>
    </message>
    <message>
        <source>Remove the bonds before joining; create them pool-wide afterwards.</source>
        <translation>Entfernen Sie die Bonds vor dem Beitritt; erstellen Sie sie danach poolweit.</translation>
    </message>
    <message>
        <source>the joining host has tunnels</source>
        <translation>der beitretende Host hat Tunnel</translation>
    </message>
    <message>
        <source>Remove the tunnels (private networks) before joining.</source>
        <translation>Entfernen Sie die Tunnel (private Netzwerke) vor dem Beitritt.</translation>
    </message>
    <message>
        <source>the joining host has SR-IOV networks</source>
        <translation>der beitretende Host hat SR-IOV-Netzwerke</translation>
    </message>
    <message>
        <source>Remove the SR-IOV networks before joining.</source>
        <translation>Entfernen Sie die SR-IOV-Netzwerke vor dem Beitritt.</translation>
    </message>
    <message>
        <source>the management VLAN differs (joining host {0}, pool {1})</source>
        <translation>das Verwaltungs-VLAN unterscheidet sich (beitretender Host {0}, Pool {1})</translation>
    </message>
    <message>
        <source>Put the management interfaces of all hosts on the same VLAN (-1 means untagged).</source>
        <translation>Legen Sie die Verwaltungsschnittstellen aller Hosts in dasselbe VLAN (-1 bedeutet ungetaggt).</translation>
    </message>
    <message>
        <source>the joining host uses different external authentication (AD) from the pool</source>
        <translation>der beitretende Host verwendet eine andere externe Authentifizierung (AD) als der Pool</translation>
    </message>
    <message>
        <source>Disable or align external authentication on the joining host.</source>
        <translation>Deaktivieren Sie die externe Authentifizierung auf dem beitretenden Host oder gleichen Sie sie an die des Pools an.</translation>
    </message>
    <message>
        <source>the master&apos;s XAPI did not answer the joining host properly</source>
        <translation>das XAPI des Masters hat dem beitretenden Host nicht richtig geantwortet</translation>
    </message>
    <message>
        <source>Check that the master&apos;s toolstack runs (xe host-list on it), then retry.</source>
        <translation>Prüfen Sie, ob der Toolstack des Masters läuft (xe host-list darauf), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the master&apos;s own certificate is missing from the pool&apos;s certificates</source>
        <translation>das eigene Zertifikat des Masters fehlt in den Zertifikaten des Pools</translation>
    </message>
    <message>
        <source>Run xe pool-certificate-sync on the master, then retry.</source>
        <translation>Führen Sie xe pool-certificate-sync auf dem Master aus, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the host is still starting</source>
        <translation>der Host startet noch</translation>
    </message>
    <message>
        <source>Wait until it has finished starting, then retry.</source>
        <translation>Warten Sie, bis er fertig gestartet ist, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>clustering is enabled on the joining host</source>
        <translation>auf dem beitretenden Host ist Clustering aktiviert</translation>
    </message>
    <message>
        <source>Disable clustering on it (xe cluster-pool-destroy), then retry.</source>
        <translation>Deaktivieren Sie das Clustering darauf (xe cluster-pool-destroy), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the pool&apos;s clustering runs on VLAN {0}, not on the management network</source>
        <translation>das Clustering des Pools läuft auf VLAN {0}, nicht im Verwaltungsnetz</translation>
    </message>
    <message>
        <source>Move the pool&apos;s cluster to the management network or an untagged one, then retry.</source>
        <translation>Verlegen Sie den Cluster des Pools ins Verwaltungsnetz oder in ein Netz ohne Tag, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the joining host needs exactly one IP address on the pool&apos;s clustering network</source>
        <translation>der beitretende Host braucht genau eine IP-Adresse im Clustering-Netz des Pools</translation>
    </message>
    <message>
        <source>Give it one IP address on that network (xe pif-reconfigure-ip), then retry.</source>
        <translation>Geben Sie ihm eine IP-Adresse in diesem Netz (xe pif-reconfigure-ip), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>updates applied to host {0} still wait for a reboot or restart</source>
        <translation>auf Host {0} eingespielte Updates warten noch auf einen Neustart</translation>
    </message>
    <message>
        <source>Do what the updates ask (reboot the host, or xe-toolstack-restart), then retry.</source>
        <translation>Tun Sie, was die Updates verlangen (Host neu starten oder xe-toolstack-restart), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the joining host&apos;s storage driver lacks features of the pool&apos;s ({0})</source>
        <translation>dem Speichertreiber des beitretenden Hosts fehlen Funktionen des Pool-Treibers ({0})</translation>
    </message>
    <message>
        <source>Bring the joining host to the pool&apos;s release and updates (the same sm package), then retry.</source>
        <translation>Bringen Sie den beitretenden Host auf den Release- und Update-Stand des Pools (dasselbe sm-Paket), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the joining host trusts other CA certificates under the pool&apos;s names ({0})</source>
        <translation>der beitretende Host vertraut unter den Namen des Pools anderen CA-Zertifikaten ({0})</translation>
    </message>
    <message>
        <source>Uninstall its copies (xe pool-uninstall-ca-certificate) or rename them, then retry.</source>
        <translation>Deinstallieren Sie seine Kopien (xe pool-uninstall-ca-certificate) oder benennen Sie sie um, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the joining host trusts a certificate the pool trusts too, for other purposes</source>
        <translation>der beitretende Host vertraut einem Zertifikat, dem auch der Pool vertraut, für andere Zwecke</translation>
    </message>
    <message>
        <source>Uninstall it from the joining host; the pool shares its copy on join.</source>
        <translation>Deinstallieren Sie es vom beitretenden Host; der Pool teilt seine Kopie beim Beitritt.</translation>
    </message>
    <message>
        <source>updates are being applied</source>
        <translation>es werden gerade Updates eingespielt</translation>
    </message>
    <message>
        <source>Wait until the update has finished, then retry.</source>
        <translation>Warten Sie, bis das Update abgeschlossen ist, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TLS verification is set differently on the joining host and the pool</source>
        <translation>die TLS-Prüfung ist auf dem beitretenden Host und im Pool unterschiedlich eingestellt</translation>
    </message>
    <message>
        <source>Enable TLS verification on both or neither.</source>
        <translation>Aktivieren Sie die TLS-Prüfung auf beiden oder auf keinem.</translation>
    </message>
    <message>
        <source>the joining host speaks API {0}, the pool master {1}</source>
        <translation>der beitretende Host spricht API {0}, der Pool-Master {1}</translation>
    </message>
    <message>
        <source>Update both to the same release.</source>
        <translation>Aktualisieren Sie beide auf dasselbe Release.</translation>
    </message>
    <message>
        <source>the joining host has database schema {0}, the pool master {1}</source>
        <translation>der beitretende Host hat das Datenbankschema {0}, der Pool-Master {1}</translation>
    </message>
    <message>
        <source>the licence editions differ ({0}, {1})</source>
        <translation>die Lizenzeditionen unterscheiden sich ({0}, {1})</translation>
    </message>
    <message>
        <source>Apply the same licence edition to every host.</source>
        <translation>Weisen Sie jedem Host dieselbe Lizenzedition zu.</translation>
    </message>
    <message>
        <source>the licence does not allow this ({0})</source>
        <translation>die Lizenz erlaubt dies nicht ({0})</translation>
    </message>
    <message>
        <source>A free-edition pool is limited to 3 hosts and has no HA: apply a licence that allows it.</source>
        <translation>Ein Pool mit der kostenlosen Edition ist auf 3 Hosts begrenzt und hat keine HA: Weisen Sie eine Lizenz zu, die dies erlaubt.</translation>
    </message>
    <message>
        <source>High Availability is enabled</source>
        <translation>Hochverfügbarkeit ist aktiviert</translation>
    </message>
    <message>
        <source>Disable HA (pool-ha-disable) before changing pool membership or storage networking.</source>
        <translation>Deaktivieren Sie HA (pool-ha-disable), bevor Sie die Pool-Mitgliedschaft oder das Speichernetzwerk ändern.</translation>
    </message>
    <message>
        <source>High Availability is not enabled</source>
        <translation>Hochverfügbarkeit ist nicht aktiviert</translation>
    </message>
    <message>
        <source>the host has not enough free memory ({0} bytes needed, {1} free)</source>
        <translation>der Host hat nicht genug freien Speicher ({0} Byte nötig, {1} frei)</translation>
    </message>
    <message>
        <source>Free memory on that host (move or stop other VMs), or shut the VM down first.</source>
        <translation>Machen Sie Speicher auf dem Host frei (andere VMs verschieben oder anhalten), oder fahren Sie die VM zuerst herunter.</translation>
    </message>
    <message>
        <source>the VM&apos;s host cannot see the SR ({1})</source>
        <translation>der Host der VM sieht das SR nicht ({1})</translation>
    </message>
    <message>
        <source>Plug the shared SR on the host the VM runs on (its PBD), then run again.</source>
        <translation>Schließen Sie das gemeinsame SR auf dem Host an, auf dem die VM läuft (sein PBD), und führen Sie dann erneut aus.</translation>
    </message>
    <message>
        <source>another operation is still running on {0} {1}</source>
        <translation>auf {0} {1} läuft noch ein anderer Vorgang</translation>
    </message>
    <message>
        <source>Wait for it to finish (XenCenter or xe task-list shows it), then run again.</source>
        <translation>Warten Sie, bis er fertig ist (XenCenter oder xe task-list zeigt ihn), und führen Sie dann erneut aus.</translation>
    </message>
    <message>
        <source>a host in the pool is offline</source>
        <translation>ein Host im Pool ist offline</translation>
    </message>
    <message>
        <source>Every host must be up and reachable from the master before HA can be enabled.</source>
        <translation>Jeder Host muss laufen und vom Master aus erreichbar sein, bevor HA aktiviert werden kann.</translation>
    </message>
    <message>
        <source>the joining host could not reach the master</source>
        <translation>der beitretende Host konnte den Master nicht erreichen</translation>
    </message>
    <message>
        <source>Check that the joining host can reach the master&apos;s management address on port 443.</source>
        <translation>Prüfen Sie, ob der beitretende Host die Verwaltungsadresse des Masters auf Port 443 erreichen kann.</translation>
    </message>
    <message>
        <source>VLAN tag {0} is not valid</source>
        <translation>VLAN-Tag {0} ist ungültig</translation>
    </message>
    <message>
        <source>Use a VLAN tag between 1 and 4094.</source>
        <translation>Verwenden Sie ein VLAN-Tag zwischen 1 und 4094.</translation>
    </message>
    <message>
        <source>that VLAN already exists on {0}</source>
        <translation>dieses VLAN existiert bereits auf {0}</translation>
    </message>
    <message>
        <source>Reuse the existing VLAN network or choose another tag.</source>
        <translation>Verwenden Sie das vorhandene VLAN-Netzwerk, oder wählen Sie ein anderes Tag.</translation>
    </message>
    <message>
        <source>that network is already connected on this host</source>
        <translation>dieses Netzwerk ist auf diesem Host bereits verbunden</translation>
    </message>
    <message>
        <source>The host already has an interface on this network.</source>
        <translation>Der Host hat bereits eine Schnittstelle in diesem Netzwerk.</translation>
    </message>
    <message>
        <source>the {0} is not a valid IPv4 address</source>
        <translation>das Feld {0} enthält keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>Correct the {0}.</source>
        <translation>Korrigieren Sie das Feld {0}.</translation>
    </message>
    <message>
        <source>an interface HA depends on is unplugged</source>
        <translation>eine Schnittstelle, von der HA abhängt, ist nicht verbunden</translation>
    </message>
    <message>
        <source>Plug the storage interfaces (PIF.plug) on every host before enabling HA.</source>
        <translation>Verbinden Sie die Speicherschnittstellen (PIF.plug) auf jedem Host, bevor Sie HA aktivieren.</translation>
    </message>
    <message>
        <source>the SR is not attached on every host</source>
        <translation>das SR ist nicht auf jedem Host verbunden</translation>
    </message>
    <message>
        <source>Plug the SR&apos;s PBD on every host (check each host&apos;s storage network and the array&apos;s initiator list).</source>
        <translation>Verbinden Sie das PBD des SR auf jedem Host (prüfen Sie das Speichernetzwerk jedes Hosts und die Initiator-Liste des Arrays).</translation>
    </message>
    <message>
        <source>the heartbeat SR is too small</source>
        <translation>das Heartbeat-SR ist zu klein</translation>
    </message>
    <message>
        <source>HA needs about 4 GB free on the heartbeat SR (statefile plus the pool database redo log): use a LUN of at least 4 GiB.</source>
        <translation>HA benötigt etwa 4 GB freien Speicherplatz auf dem Heartbeat-SR (Statefile plus Redo-Log der Pool-Datenbank): Verwenden Sie eine LUN mit mindestens 4 GiB.</translation>
    </message>
    <message>
        <source>the SR is still attached</source>
        <translation>das SR ist noch verbunden</translation>
    </message>
    <message>
        <source>Unplug its PBDs first.</source>
        <translation>Trennen Sie zuerst seine PBDs.</translation>
    </message>
    <message>
        <source>the LUN is in use by an SR attached on this host</source>
        <translation>die LUN wird von einem SR verwendet, das auf diesem Host verbunden ist</translation>
    </message>
    <message>
        <source>Use that SR (xe pbd-list device-config:SCSIid=... shows it) or choose another LUN; to format this one, detach its SR first.</source>
        <translation>Verwenden Sie dieses SR (xe pbd-list device-config:SCSIid=... zeigt es) oder wählen Sie eine andere LUN; um diese zu formatieren, trennen Sie zuerst ihr SR.</translation>
    </message>
    <message>
        <source>the SR already has a PBD for this host</source>
        <translation>das SR hat bereits ein PBD für diesen Host</translation>
    </message>
    <message>
        <source>an SR with that UUID is already known to the pool</source>
        <translation>ein SR mit dieser UUID ist dem Pool bereits bekannt</translation>
    </message>
    <message>
        <source>a host cannot reach the HA heartbeat SR</source>
        <translation>ein Host kann das HA-Heartbeat-SR nicht erreichen</translation>
    </message>
    <message>
        <source>Check that the heartbeat SR is plugged on every host and its storage path works.</source>
        <translation>Prüfen Sie, ob das Heartbeat-SR auf jedem Host verbunden ist und sein Speicherpfad funktioniert.</translation>
    </message>
    <message>
        <source>the hosts could not form an HA liveset (heartbeats were not seen)</source>
        <translation>die Hosts konnten kein HA-Liveset bilden (es wurden keine Heartbeats gesehen)</translation>
    </message>
    <message>
        <source>Check that every host reaches the others on the management network and sees the heartbeat SR, then run the build again: the heartbeat disks made so far are reused.</source>
        <translation>Prüfen Sie, ob jeder Host die anderen über das Verwaltungsnetzwerk erreicht und das Heartbeat-SR sieht, und führen Sie den Aufbau dann erneut aus: Die bisher erstellten Heartbeat-Datenträger werden wiederverwendet.</translation>
    </message>
    <message>
        <source>a host cannot see the other hosts&apos; HA heartbeats</source>
        <translation>ein Host sieht die HA-Heartbeats der anderen Hosts nicht</translation>
    </message>
    <message>
        <source>Check the management network between the hosts (switch, VLAN, firewall), then run the build again.</source>
        <translation>Prüfen Sie das Verwaltungsnetzwerk zwischen den Hosts (Switch, VLAN, Firewall), und führen Sie den Aufbau dann erneut aus.</translation>
    </message>
    <message>
        <source>the HA daemon did not start on a host</source>
        <translation>der HA-Daemon ist auf einem Host nicht gestartet</translation>
    </message>
    <message>
        <source>Read /var/log/xha.log on the hosts, fix the cause, then run the build again.</source>
        <translation>Lesen Sie /var/log/xha.log auf den Hosts, beheben Sie die Ursache, und führen Sie den Aufbau dann erneut aus.</translation>
    </message>
    <message>
        <source>HA needs at least two hosts</source>
        <translation>HA benötigt mindestens zwei Hosts</translation>
    </message>
    <message>
        <source>Add hosts to the pool, or plan it without HA.</source>
        <translation>Fügen Sie dem Pool Hosts hinzu, oder planen Sie ihn ohne HA.</translation>
    </message>
    <message>
        <source>the pool does not have the capacity for that many host failures</source>
        <translation>der Pool hat nicht die Kapazität für so viele Host-Ausfälle</translation>
    </message>
    <message>
        <source>Lower the number of host failures to tolerate or the number of protected VMs.</source>
        <translation>Senken Sie die Anzahl der tolerierbaren Host-Ausfälle oder die Anzahl der geschützten VMs.</translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>the host reported an internal error: {0}</source>
        <translation>der Host hat einen internen Fehler gemeldet: {0}</translation>
    </message>
    <message>
        <source>Read the host&apos;s /var/log/xensource.log around this time.</source>
        <translation>Lesen Sie /var/log/xensource.log des Hosts um diesen Zeitpunkt herum.</translation>
    </message>
    <message>
        <source>the host refused the operation: {0}</source>
        <translation>der Host hat den Vorgang abgelehnt: {0}</translation>
    </message>
    <message>
        <source>the session expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>Log in again; the wizard does this by itself once.</source>
        <translation>Melden Sie sich erneut an; der Assistent tut dies einmal selbstständig.</translation>
    </message>
    <message>
        <source>Use the same network backend (bridge or openvswitch) on every host.</source>
        <translation>Verwenden Sie auf jedem Host dasselbe Netzwerk-Backend (bridge oder openvswitch).</translation>
    </message>
    <message>
        <source>Set the same SDN controller on the joining host and the pool, or remove the joining host&apos;s (xe sdn-controller-forget).</source>
        <translation>Richten Sie auf dem beitretenden Host und im Pool denselben SDN-Controller ein oder entfernen Sie den des beitretenden Hosts (xe sdn-controller-forget).</translation>
    </message>
    <message>
        <source>Use the same address family (IPv4 or IPv6) for management on every host.</source>
        <translation>Verwenden Sie auf jedem Host dieselbe Adressfamilie (IPv4 oder IPv6) für die Verwaltung.</translation>
    </message>
    <message>
        <source>Use one NBD purpose (nbd or insecure_nbd) on the joining host&apos;s and the pool&apos;s networks, or remove it from the joining host&apos;s.</source>
        <translation>Verwenden Sie in den Netzen des beitretenden Hosts und des Pools denselben NBD-Zweck (nbd oder insecure_nbd) oder entfernen Sie ihn aus denen des beitretenden Hosts.</translation>
    </message>
    <message>
        <source>The target refused the login: check the CHAP user and secret, and that the array&apos;s access list contains every host&apos;s initiator IQN.</source>
        <translation>Das Target hat die Anmeldung abgewiesen: Prüfen Sie CHAP-Benutzer und -Secret und ob die Zugriffsliste des Arrays die Initiator-IQN jedes Hosts enthält.</translation>
    </message>
    <message>
        <source>The target does not offer that IQN: probe again and pick one from the list.</source>
        <translation>Das Target bietet diese IQN nicht an: Fragen Sie erneut ab, und wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s portal address.</source>
        <translation>Geben Sie die Portal-Adresse des Targets ein.</translation>
    </message>
    <message>
        <source>Choose the target IQN (probe the portal to list them).</source>
        <translation>Wählen Sie die Target-IQN (fragen Sie das Portal ab, um sie aufzulisten).</translation>
    </message>
    <message>
        <source>Choose a LUN by its SCSI id (probe the target to list them).</source>
        <translation>Wählen Sie eine LUN anhand ihrer SCSI ID (fragen Sie das Target ab, um sie aufzulisten).</translation>
    </message>
    <message>
        <source>The portal address could not be resolved: enter an IP address.</source>
        <translation>Die Portal-Adresse konnte nicht aufgelöst werden: Geben Sie eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The host cannot reach the iSCSI portal on port 3260: check the storage VLAN, the host&apos;s storage IP and the switch ports.</source>
        <translation>Der Host kann das iSCSI-Portal auf Port 3260 nicht erreichen: Prüfen Sie das Speicher-VLAN, die Speicher-IP des Hosts und die Switch-Ports.</translation>
    </message>
    <message>
        <source>The iSCSI port must be a number between 1 and 65535.</source>
        <translation>Der iSCSI-Port muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
    <message>
        <source>This host cannot see the SR on that LUN: most often the array hides the LUN from this host&apos;s initiator IQN (its access list or LUN masking); otherwise the LUN was formatted or is another one.</source>
        <translation>Dieser Host sieht das SR auf dieser LUN nicht: Meist verbirgt das Array die LUN vor der Initiator-IQN dieses Hosts (Zugriffsliste oder LUN-Masking); andernfalls wurde die LUN formatiert oder es ist eine andere.</translation>
    </message>
    <message>
        <source>The CHAP secret stored in XAPI is missing: enter the CHAP secret again.</source>
        <translation>Das in XAPI gespeicherte CHAP-Secret fehlt: Geben Sie das CHAP-Secret erneut ein.</translation>
    </message>
    <message>
        <source>storage backend failure</source>
        <translation>Fehler im Speicher-Backend</translation>
    </message>
    <message>
        <source>storage backend: {text}</source>
        <translation>Speicher-Backend: {text}</translation>
    </message>
    <message>
        <source>The TLS certificate of {address} has changed.
  pinned:    {expected}
  presented: {seen}</source>
        <translation>Das TLS-Zertifikat von {address} hat sich geändert.
  hinterlegt:  {expected}
  präsentiert: {seen}</translation>
    </message>
    <message>
        <source>This is either a reinstalled host or someone in between. Check the host&apos;s console (xe host-list params=uuid and its certificate) before trusting the new one.</source>
        <translation>Entweder wurde der Host neu installiert, oder jemand sitzt dazwischen. Prüfen Sie es an der Konsole des Hosts (xe host-list params=uuid und sein Zertifikat), bevor Sie dem neuen vertrauen.</translation>
    </message>
    <message>
        <source>The plan and the pin store disagree about the TLS certificate of {address}.
  in the plan: {planned}
  pinned:      {pinned}</source>
        <translation>Der Bauplan und der hier hinterlegte Fingerabdruck widersprechen sich beim TLS-Zertifikat von {address}.
  im Bauplan: {planned}
  hinterlegt: {pinned}</translation>
    </message>
    <message>
        <source>Nothing was sent to the host. Check its certificate on the console, then correct the plan&apos;s hosts[].fingerprint or remove the stale pin.</source>
        <translation>Es wurde nichts an den Host gesendet. Prüfen Sie sein Zertifikat an der Konsole, und korrigieren Sie dann hosts[].fingerprint im Bauplan oder entfernen Sie den veralteten hinterlegten Fingerabdruck.</translation>
    </message>
    <message>
        <source>{address} presents a certificate that is not trusted yet (SHA-256 {fingerprint}).</source>
        <translation>{address} präsentiert ein Zertifikat, dem noch nicht vertraut wird (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
        <source>Confirm it to continue.</source>
        <translation>Bestätigen Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <source>it speaks plain HTTP, not TLS, on that port</source>
        <translation>es spricht auf diesem Port unverschlüsseltes HTTP statt TLS</translation>
    </message>
    <message>
        <source>it offers only TLS older than 1.2 (XenServer 7.0 and later and XCP-ng speak TLS 1.2; this is a very old release or another device)</source>
        <translation>es bietet nur TLS älter als 1.2 an (XenServer ab 7.0 und XCP-ng sprechen TLS 1.2; dies ist eine sehr alte Version oder ein anderes Gerät)</translation>
    </message>
    <message>
        <source>the TLS handshake failed ({reason})</source>
        <translation>der TLS-Verbindungsaufbau ist fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <source>XAPI on the host may be hung or still starting (on its console, `xe host-list` shows whether it answers and `xe-toolstack-restart` restarts it), or something between passes the connection but not the traffic. Check, then run again.</source>
        <translation>XAPI auf dem Host hängt vielleicht oder startet noch (an seiner Konsole zeigt `xe host-list`, ob er antwortet, und `xe-toolstack-restart` startet ihn neu), oder etwas dazwischen lässt die Verbindung durch, aber nicht den Verkehr. Prüfen Sie das, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>{address} accepted a connection on port {port} but did not begin TLS within {seconds} s</source>
        <translation>{address} nahm eine Verbindung auf Port {port} an, begann aber nicht innerhalb von {seconds} s mit TLS</translation>
    </message>
    <message>
        <source>{address} presented no certificate</source>
        <translation>{address} hat kein Zertifikat präsentiert</translation>
    </message>
    <message>
        <source>it redirects to {location} (HTTP {status})</source>
        <translation>es leitet nach {location} weiter (HTTP {status})</translation>
    </message>
    <message>
        <source>it asks for a web login (HTTP {status})</source>
        <translation>es verlangt eine Web-Anmeldung (HTTP {status})</translation>
    </message>
    <message>
        <source>it refuses access (HTTP 403 Forbidden)</source>
        <translation>es verweigert den Zugriff (HTTP 403 Forbidden)</translation>
    </message>
    <message>
        <source>it answered HTTP {status} {reason}</source>
        <translation>es antwortete mit HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>the answer was cut off after {got} of {expected} bytes</source>
        <translation>die Antwort brach nach {got} von {expected} Bytes ab</translation>
    </message>
    <message>
        <source>its compressed answer is broken</source>
        <translation>seine komprimierte Antwort ist beschädigt</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MB ({size} MB read or announced) and was not read further</source>
        <translation>die Antwort ist größer als {limit} MB ({size} MB gelesen oder angekündigt) und wurde nicht weiter gelesen</translation>
    </message>
    <message>
        <source>it sent an empty answer</source>
        <translation>es sendete eine leere Antwort</translation>
    </message>
    <message>
        <source>it answered with a web page ({title})</source>
        <translation>es antwortete mit einer Webseite ({title})</translation>
    </message>
    <message>
        <source>it answered with a web page (HTML)</source>
        <translation>es antwortete mit einer Webseite (HTML)</translation>
    </message>
    <message>
        <source>its answer is not XML-RPC ({start})</source>
        <translation>seine Antwort ist kein XML-RPC ({start})</translation>
    </message>
    <message>
        <source>an XML-RPC fault ({code}: {text}), which XAPI does not send</source>
        <translation>einen XML-RPC-Fehler ({code}: {text}), den XAPI nicht sendet</translation>
    </message>
    <message>
        <source>its XML declares entities or a document type (as an entity bomb does), which XAPI never sends</source>
        <translation>sein XML deklariert Entitäten oder einen Dokumenttyp (wie eine Entity-Bombe), was XAPI nie sendet</translation>
    </message>
    <message>
        <source>its XML-RPC is broken or cut off ({error})</source>
        <translation>sein XML-RPC ist fehlerhaft oder abgeschnitten ({error})</translation>
    </message>
    <message>
        <source>a Success without a Value</source>
        <translation>ein Success ohne Value</translation>
    </message>
    <message>
        <source>a Failure without an error code</source>
        <translation>ein Failure ohne Fehlercode</translation>
    </message>
    <message>
        <source>no Status Success or Failure ({status})</source>
        <translation>kein Status Success oder Failure ({status})</translation>
    </message>
    <message>
        <source>not the struct XAPI answers with</source>
        <translation>nicht die Struktur, mit der XAPI antwortet</translation>
    </message>
    <message>
        <source>{method} answered {problem}</source>
        <translation>{method} lieferte {problem}</translation>
    </message>
    <message>
        <source>it does not answer in HTTP ({reason})</source>
        <translation>es antwortet nicht in HTTP ({reason})</translation>
    </message>
    <message>
        <source>{address} began to answer {method} but did not finish within {seconds} s</source>
        <translation>{address} begann, auf {method} zu antworten, wurde aber nicht innerhalb von {seconds} s fertig</translation>
    </message>
    <message>
        <source>The link or the host stalls. Check the network path to the host and its load, then run again: a build resumes where it stopped.</source>
        <translation>Die Verbindung oder der Host stockt. Prüfen Sie den Netzwerkweg zum Host und seine Last, und starten Sie dann erneut: ein Aufbau setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>{address} accepted {method} but did not answer within {seconds} s</source>
        <translation>{address} nahm {method} an, antwortete aber nicht innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>the connection to {address} broke during {method}; the host may or may not have done it ({reason})</source>
        <translation>die Verbindung zu {address} brach während {method} ab; der Host hat es vielleicht ausgeführt, vielleicht nicht ({reason})</translation>
    </message>
    <message>
        <source>Check the network path to the host, then run the build again: it reads the pool first and does only what is missing.</source>
        <translation>Prüfen Sie den Netzwerkweg zum Host, und starten Sie den Aufbau dann erneut: er liest zuerst den Pool und erledigt nur, was fehlt.</translation>
    </message>
    <message>
        <source>{address}: trusting its certificate on first use (SHA-256 {fingerprint}); it is pinned from now on.</source>
        <translation>{address}: Zertifikat wird bei der ersten Verwendung vertraut (SHA-256 {fingerprint}); es ist ab jetzt fest hinterlegt.</translation>
    </message>
</context>
</TS>
