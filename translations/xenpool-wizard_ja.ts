<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BuildPage</name>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each host&apos;s progress. A failed build can be retried: it resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capacity</name>
    <message>
        <source>HA stays off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA needs at least 2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hosts or turn HA off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own plan: {own}, XAPI: {xapi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own plan: {own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool can tolerate {limit} host failure(s) with its VMs, not {wanted} ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it to {limit}, protect fewer VMs, or add memory/hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means HA restarts VMs only if there happens to be room: nothing is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 when the pool has the headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wanted} host failure(s) covered ({shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would not restart after {failures} failures: {vms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give less important VMs {priority}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM {vm} has disks on {srs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move its disks to the shared SR to make it live-migratable and HA-protectable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumbo frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI initiator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompatibilityPage</name>
    <message>
        <source>pool membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule XAPI applies to a pool join, checked for every host before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;master:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the warnings and want to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pool a name (1-128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (master)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No problems found.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} blocker(s): fix them, then press Re-check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>{spec}: the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spec} is longer than {limit} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spec} is not an address, a range (a-b) or a subnet (a/nn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spec} has {count} addresses; scan at most {limit} at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (seen: {evidence})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was built, and what is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck a host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member looks disconnected? Find out whether its VMs still run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings to keep in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs still on local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot live-migrate until their disks move to the shared SR (shut them down and list them in move_vms, or use XenCenter&apos;s Move VM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HaPage</name>
    <message>
        <source>High Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA restarts protected VMs on the surviving hosts. It needs free memory on them: the picture shows the headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable High Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;failures to tolerate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per host (used by running VMs and the hypervisor / free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: HA restarts VMs only if there happens to be room; nothing is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool keeps enough free memory to restart every protected VM after {0} host failure(s). At most {1} with these VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} GiB used, {2} GiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected VMs: {0} GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>{address} presents a certificate with SHA-256 fingerprint
  {fingerprint}
Compare it with the host&apos;s console (xe host-param-get ... or the XCP-ng/XenServer console). Trust it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the plan has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: trusting its SSH host key on first use ({fingerprint}); it is pinned from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} presents the SSH host key {fingerprint}
Compare it with `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` on its console. Trust it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set XENPOOL_PASSWORD, store it in the OS keyring, or run in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan uses CHAP but no secret was given: set XENPOOL_CHAP_SECRET or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a terminal to confirm it, put it in the plan (hosts[].fingerprint), or pass --yes to trust on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight found blockers: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {count} warning(s) and build? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings not accepted: nothing was changed (pass --yes to accept them unattended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {count} action(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the pool already matches the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build stopped: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same command again to resume from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management network unreachable but VMs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool master unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s power and console. If it is up, its management NIC or switch port is the suspect; its VMs may still run (check them from the console: xe vm-list resident-on=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer on {address}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the master&apos;s address (--master) to look at the host through the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XAPI answers on {address}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master {master} does not answer from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is fine but the master {master} is not reachable. If the master is really gone, promote this member: xe pool-emergency-transition-to-master (on this host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master did not accept a login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master {master} sees this host as not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} VM(s) running here: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host runs and its VMs keep running, but the master cannot hear it on the management network: check its management NIC, cable and switch port (or the VLAN), then xe-reset-networking on its console if the configuration is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool has no host with the address {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the member&apos;s address (its management IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master {master} does not answer either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the host nor its master answers: check this computer&apos;s own network first, then the hosts&apos; consoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master {master} sees this host as live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool database had {count} VM(s) running there: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again with SSH (health --ssh, or the SSH box of Check a host) to look at the host through the master and the storage network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host has no storage network to look through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH to the master {master}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers the master&apos;s ping on {interface} ({ip})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the master&apos;s ping on {interface} ({ip})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH to it through {ip}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xl list through the storage network: {count} VM(s) running: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xl list failed on it: {output}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member that looks disconnected is often still running its VMs: usually its management network failed, not the host. The wizard contacts it directly, then looks at it from the pool master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look &amp;through the storage network over SSH (root password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to the master, ping the host&apos;s storage address from there and list its running VMs with xl. SSH host keys are pinned on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the host to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostChecks</name>
    <message>
        <source>{tool} exited with {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: no storage interface ({interfaces}) and no interface holds {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between interface names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage VLAN was not created on this host: check XAPI&apos;s PIF for it ({command}) and re-run the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {name} holds {ip} but {command} does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: storage interface {name} is without link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the storage PIF ({command}) and check the cable and switch port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state {state}, flags {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: storage interface {name} does not hold the planned IP {ip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the storage PIF&apos;s IP ({command}) as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {ip} on {name} has prefix /{prefix}, planned /{planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the storage PIF&apos;s netmask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: storage interface {name} runs at MTU {mtu}, planned {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the storage network&apos;s MTU ({command}) and re-plug the PIF; a NIC driver that keeps 1500 needs a NIC with jumbo-frame support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({interface} does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} (no route to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({router} reports it unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: portal {portal} does not answer from {interface} ({count} pings, no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the switch port of this host&apos;s storage NIC carries the storage VLAN tagged (a wrong tag or an untagged port looks exactly like this), and that the array&apos;s portal is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {lost} of {sent} jumbo pings to {portal} were lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames get through but not all of them: check the storage links for errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: {received}/{sent} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are refused by {router} (MTU {mtu} on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router between host and array has a smaller MTU: keep storage in one L2 segment or raise that hop&apos;s MTU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at MTU {mtu}, not {planned} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: jumbo frames fail on the host itself: {interface} sends at a smaller MTU, not {planned} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host side is too small: set the storage network MTU and re-plug the PIF, check the NIC (all VLANs on a NIC share its MTU) and its driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: jumbo frames to {portal} are silently lost: small pings answer, {mtu}-byte frames do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host sends them; a switch port on the way (or the array&apos;s interface) does not allow MTU {mtu}. Enable jumbo frames on every switch port of the storage VLAN and on the array, or plan MTU 1500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: check the CHAP user and secret, and that this host&apos;s initiator IQN is on the array&apos;s access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens for iSCSI on the portal: check the target service on the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not answer on TCP {port}: check the storage VLAN and the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array offers no target to this host: check its access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the command&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: iSCSI discovery/login at {portal}:{port} failed ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: discovery at {portal} does not offer {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal offers: {iqns}. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal offers: nothing. Check the plan&apos;s target IQN and the array&apos;s access list for this host&apos;s initiator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: neither {tool} nor {other_tool} is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XenServer/XCP-ng hosts have {tool}; install {package} or {other_package}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer with jumbo frames; {tool} finds {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer; {tool} finds {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sees {seen} of {total} iSCSI paths: missing {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host should reach every portal, or multipath runs degraded on some hosts: check the storage NICs, VLANs and the array&apos;s portal groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the hosts by address or scan a range, confirm each host&apos;s certificate, then connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, range (192.0.2.10-20) or subnet (192.0.2.0/24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root password (the same on every host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the passwords in the OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host&apos;s management IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the host&apos;s console before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master of {0} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the certificate of: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the root password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {0} host(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords are in the OS keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keyring here: the passwords stay in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iscsi</name>
    <message>
        <source>the probe answer is {size} bytes long; refusing to parse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe answer is not valid XML ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {expected} in the probe answer, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe the iSCSI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what answers on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target does not offer {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {iqns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: none found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the shared SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target has no LUN {scsi_id} for the heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the target and choose a listed LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat LUN has {size} GiB; HA needs about 4 GB on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XAPI puts the statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN already holds SR {names}: it will be reattached with its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN holds SR {names} and the plan says FORMAT: every disk on it will be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with {option} on the command line; otherwise set {setting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN holds SR {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {setting} to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IscsiPage</name>
    <message>
        <source>iSCSI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts reach the target over the storage network, so it is set up first; then the target is probed from the pool master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no CHAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAP s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator IQNs to allow on the array:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1. Create pool and storage network now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2. Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCSI id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reattach it (keep its data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format it (destroys its data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the SR&apos;s name to confirm formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared SR &amp;LUN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heartbeat LUN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN holds an SR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &apos;{0}&apos; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool and storage network are in place. Now discover the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the portal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* (every target: multipath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2}) — holds {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN {0}: {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting destroys every disk on &apos;{0}&apos;. Type its name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkChecks</name>
    <message>
        <source>has no NIC {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {devices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} also carries management traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dedicated NIC for storage keeps HA heartbeats and iSCSI apart; prefer another NIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cable and the switch port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} links at {speed} Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI wants 10 Gbit/s (1 Gbit/s at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN {vlan} on {device} is already used by network {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another VLAN tag, or name the plan&apos;s storage network like the existing one to reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage IP {ip} is already in use by {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a free address for this host&apos;s storage interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU {mtu} needs jumbo frames on every switch port and on the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard proves it end to end with a don&apos;t-fragment ping after configuring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Storage network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VLAN for iSCSI on every host, with a static IP each. It is created after the joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(usually none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VLAN tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MT&amp;U:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up, {0} Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such NIC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>{0} GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — master: storage IP {2} on {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) — joins: storage IP {2} on {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA on, tolerating {0} host failure(s), heartbeat on LUN {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN holds an SR: it is reattached with its data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN is FORMATTED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage network “{0}”: VLAN {1}, MTU {2}, subnet {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>a plan file must not contain passwords or secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it; the wizard takes secrets from the keyring, {password} / {chap_secret}, or asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or correct it. Did you mean &apos;{key}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or correct it. Known keys: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of VM names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {table} tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {table} blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax at that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1-128 printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} is not a TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 443 unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a {table} block per host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host&apos;s management IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is neither an IPv4 address nor a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is listed twice (also {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it from the host&apos;s console or leave it out to confirm on first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{master} is not one of the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the master among the {table} addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the NIC for storage traffic, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vlan} is outside 1-4094</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VLAN tag your switch ports carry for storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mtu} is outside 1280-9216</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1500, or 9000 if every switch port and the array allow jumbo frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mtu} is unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most storage networks use 1500 or 9000; every hop must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subnet} is not a subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it or leave it empty (storage rarely needs a gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gateway} is outside {subnet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway must be in the storage subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no storage IP for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} or {other_field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip} is outside the storage subnet {subnet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an address inside the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip} is the subnet&apos;s network or broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a host address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip} is also given to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every host its own storage IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip} is the gateway&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ip} is the iSCSI portal&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the array&apos;s iSCSI address, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the portal&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI uses 3260.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an IQN (RFC 3720)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like {example} — copy it from the probe result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (all targets) is meant for several portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target&apos;s IQN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a SCSI id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SCSIid from the probe result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LUN chosen for the shared SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the target and choose a LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat uses the same LUN as the shared SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the HA heartbeat its own small LUN (4 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA is on but no heartbeat LUN is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a LUN of at least 4 GiB, or turn HA off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat LUN has {size} GiB; HA needs about 4 GB on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XAPI puts the HA statefile and the pool database redo log there: use a LUN of 4 GiB or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not {reattach}, {format} or {stop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {value} to keep the data on the LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the SR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be printable characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the CHAP user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 for most pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failures} failures cannot be tolerated with {hosts} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VM&apos;s name as XenCenter shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a restart priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {restart}, {best_effort} or {none}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <source>{product} {version} (xapi {xapi}, build {build})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already the master of a pool of {count} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a member of this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a member of another pool (master {master})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject it from that pool first (on {master}: {command}); an ejected host is reinstalled and loses its local VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its licence limits pools to {count} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a licence that allows larger pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no management interface yet (still booting?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the host has finished starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has High Availability enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable HA on it ({command}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool it would join has HA enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable HA on the pool while hosts join; the wizard enables it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the master of {count} other host(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject its members first, or choose it as the master instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs {count} VM(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut these VMs down (or migrate them away) before the join; they can start again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM operations in progress: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for them to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs a different product or platform ({mine}) from the master ({theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the same product and version on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a different software version ({mine}) from the master ({theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the same updates to every host, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {vendor} CPUs but the pool has {pool_vendor} CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown CPUs but the pool has {pool_vendor} CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool needs one CPU vendor: put this host in a pool of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has shared SRs attached: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach them ({command} after unplugging); the pool&apos;s SRs attach after the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has NIC bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bonds; create them pool-wide after the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has tunnels (private networks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them before the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has SR-IOV networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} VLAN(s) besides management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them ({command}); the wizard creates the storage VLAN on every host after the joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management is on VLAN {vlan} but the master&apos;s is on VLAN {master_vlan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every host&apos;s management interface on the same VLAN (-1 is untagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses different external authentication (AD) from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align or disable AD on the joining host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has licence edition {edition}, the pool {pool_edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the same edition to every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a different network backend (bridge/openvswitch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same network backend everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks API {version}, the master {master_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update both to the same release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a different database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a different address family (IPv4/IPv6) for management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same on all hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has TLS verification set differently from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable TLS verification on both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management interface has MTU {mtu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins and HA are known to misbehave with a non-1500 management MTU: set it to 1500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management runs on a bond or VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported, but a single physical NIC is simplest for the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CPU ({model}) has {count} feature(s) the pool will not offer to VMs: {features}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XAPI levels a pool down to the features every host shares so VMs can migrate. Running VMs keep their old feature set until they are restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>XenPool Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}
The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>VLAN {vlan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu} (management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: {kind}, MTU {mtu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: NOT plugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {subject}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared SRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled; tolerates {count} host failure(s) (plan exists for {plan}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs on local storage (not live-migratable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled; the pool tolerates {count} host failure(s) (a plan exists for {plan}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs on local storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot live-migrate until their disks move to shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management: {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugged on {plugged}/{total} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT on: {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA on: tolerates {count} host failure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be built. Nothing has been changed yet except the pool and storage network you created for discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export xe commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the build plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved to {0} (no passwords in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export xe commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xe commands written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Password for {user}@{address}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAP secret for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>{address} presents an SSH host key that is not trusted yet ({seen}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host&apos;s console and confirm it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of {address} has changed.
  pinned:    {expected}
  presented: {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is either a reinstalled host or someone in between. Check the key on the host&apos;s console before trusting the new one; nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH password or key for {user}@{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host&apos;s root password or an SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the SSH key {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key file&apos;s path, format and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} refused the SSH login of {user} (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user and its password, or that the public key is in the host&apos;s authorized_keys (and that the host allows root logins over SSH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}:{port} did not answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that SSH is enabled on the host and the management address is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach SSH on {address}:{port} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is up, SSH is enabled on it and its management address is reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH connection to {address} is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: `{command}` did not finish within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host may be overloaded, or the command waits on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH connection to {address} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s management network and run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Build a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn freshly installed XenServer / XCP-ng hosts into a pool with shared iSCSI storage and High Availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New build: find my hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo (a simulated lab, no real hosts needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes on any host until the Build page. Passwords stay in memory (or in your OS keyring if you ask), never in plan files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a build plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build plans (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (the planned master) is a member of the pool of {master}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {master} as the master, or eject {address} from that pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of the pool of {master}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standalone host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI initiator {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it on the array (its initiator/ACL list) before the SR is created, or the SR attaches on some hosts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several portals: the SR should use multipathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable multipathing on every host (XenCenter: host properties, Multipathing) before the SR is created; turning it on later needs the SR unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target is checked from the hosts once the storage network is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build probes the portal, the IQN, the LUNs and any SR on them before creating anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by xenpool-wizard: the build plan as xe commands, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xe takes -u/-pw on each call, or reads them from ~/.xe (server=, username=, password=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set XENPOOL_PASSWORD (and XENPOOL_CHAP_SECRET for CHAP) in the environment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command stops the script on failure; check each step&apos;s output before the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable High Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable HA tolerating {count} host failure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerate {count} host failure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set failures to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat SR does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the build again: the heartbeat SR step comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the heartbeat SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.restart_priorities names VM {name}, which the pool does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove that entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool can tolerate {count} host failure(s) with the protected VMs (XAPI&apos;s plan; ours: {ours}), not {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower ha.host_failures_to_tolerate to {count}, or protect fewer VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart priority of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the storage network from every host (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the storage network of {host} from the host (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {address}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the iSCSI paths every host sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (seen: {evidence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the storage network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the storage network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the storage MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the MTU of {network} to {mtu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create network {network} (MTU {mtu})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} has no NIC {nic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing NIC for storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create VLAN {vlan} pool-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN {vlan} was not created on {hosts} (XAPI skips hosts that are not live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every host is up and shown live in the pool, then run the build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {nic} of {count} host(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create VLAN {vlan} on the chosen NICs of {count} host(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} has no interface on the storage network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set storage IP {ip} on {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect the storage interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plug the storage interface on {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: the storage interface runs at MTU {mtu}, not the planned {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIC (or its driver) did not accept the MTU. Check the NIC&apos;s jumbo-frame support, or plan MTU 1500; all VLANs on one NIC share its MTU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage IP {ip}/{netmask} on {nic}.{vlan} of {host}, MTU {mtu}, not unpluggable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the pool {name} with {master} as master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join {host} to the pool of {master}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join {address} to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} dropped off the network during the join and is back as a standalone host: the join did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its network path to the master, then run the build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is in the pool but not live within {seconds} s of the join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} did not appear in the pool within {seconds} s of the join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {address}&apos;s console (xe host-list) and its network path to the master; then run the build again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shared SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the HA heartbeat SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list no &lt;SR&gt;: otherwise reattach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every host must say true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create shared SR {sr} on LUN {lun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe LUN {lun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN {lun}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the target again; if it repeats, check the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN {lun} already holds SR {sr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set iscsi.existing_sr = &quot;reattach&quot; to keep and attach it, or choose another LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan SR {sr} for its disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN {lun} holds SR {sr} and the plan says format: refusing without explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting destroys every VM disk on it. Re-run with --yes-destroy if that is really what you want, or set existing_sr = &quot;reattach&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create SR {sr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create (or reattach) shared SR {sr} on LUN {lun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target&apos;s LUN list could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the target again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target {iqn} offers no LUN {lun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It offers: {luns}. Correct the plan&apos;s SCSI id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat LUN {lun} has {size} GiB; HA needs about 4 GB on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a LUN of at least 4 GiB for the heartbeat SR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the stale SR record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduce SR {sr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach SR {sr} on {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR {sr} is not attached on every host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix those hosts&apos; storage path (VLAN, IP, the array&apos;s initiator list with each host&apos;s IQN), then run the build again: it resumes by plugging the missing PBDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move VM disks to shared storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the disks of {vm} to {sr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each local disk of {vm}: {command},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then vbd-destroy the old VBD, vbd-create one for the copy, vdi-destroy the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move_vms names {vm}, which matches {count} VMs in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a name that exactly one VM has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM {vm} is {state}: its disks can only be moved while it is shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut it down and run the build again, or remove it from move_vms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move {count} disk(s) of {vm} to {sr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then swap the VBD and vdi-destroy the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a disk already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish moving disk {disk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared SR does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the build again: the SR step comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a disk of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach the local disk of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach the moved disk to {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the local copy of {vm}&apos;s disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardModel</name>
    <message>
        <source>{count} host(s) found in {spec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer on port {port}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} LUN(s) on {iqn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XapiErrors</name>
    <message>
        <source>{member} is a pool member; its master is {master}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: the password for {user} was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s root password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} did not answer on port {port} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is powered on and that its management address is reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} did not finish within {seconds} s and was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s load and its storage and network; then run the build again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {summary} [{code}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} [{code}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the root password of the host (it is the pool master&apos;s password once joined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host is a pool member; its master is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the pool master at {0}, or eject the host from its pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts are not homogeneous: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts in one pool need the same CPU vendor and the same software version and updates. Update the hosts to the same level, or use a separate pool for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts run different platform versions or products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the same product and version on every host before pooling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host still runs VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down or migrate the VMs running on the joining host, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM on the joining host has an operation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the VM operations on the joining host to finish, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host has a shared SR attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach (forget) the shared SRs of the joining host; the pool&apos;s SRs are attached after the join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host is the master of other hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject its members first, or make this pool the one the others join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host has VLANs other than its management VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove those VLANs; the wizard creates the storage VLAN pool-wide after the joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host has NIC bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bonds before joining; create them pool-wide afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host has tunnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tunnels (private networks) before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host has SR-IOV networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SR-IOV networks before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management VLAN differs (joining host {0}, pool {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the management interfaces of all hosts on the same VLAN (-1 means untagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host uses different external authentication (AD) from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or align external authentication on the joining host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence editions differ ({0}, {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the same licence edition to every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence does not allow this ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-edition pool is limited to 3 hosts and has no HA: apply a licence that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Availability is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable HA (pool-ha-disable) before changing pool membership or storage networking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Availability is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host in the pool is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host must be up and reachable from the master before HA can be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joining host could not reach the master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the joining host can reach the master&apos;s management address on port 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN tag {0} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a VLAN tag between 1 and 4094.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that VLAN already exists on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the existing VLAN network or choose another tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that network is already connected on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host already has an interface on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} is not a valid IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface HA depends on is unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the storage interfaces (PIF.plug) on every host before enabling HA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SR is not attached on every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the SR&apos;s PBD on every host (check each host&apos;s storage network and the array&apos;s initiator list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat SR is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA needs about 4 GB free on the heartbeat SR (statefile plus the pool database redo log): use a LUN of at least 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SR is still attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug its PBDs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SR already has a PBD for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SR with that UUID is already known to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host cannot reach the HA heartbeat SR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the heartbeat SR is plugged on every host and its storage path works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool does not have the capacity for that many host failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the number of host failures to tolerate or the number of protected VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host reported an internal error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s /var/log/xensource.log around this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host refused the operation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again; the wizard does this by itself once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target refused the login: check the CHAP user and secret, and that the array&apos;s access list contains every host&apos;s initiator IQN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target does not offer that IQN: probe again and pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target&apos;s portal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target IQN (probe the portal to list them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a LUN by its SCSI id (probe the target to list them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address could not be resolved: enter an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot reach the iSCSI portal on port 3260: check the storage VLAN, the host&apos;s storage IP and the switch ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iSCSI port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LUN is in use by an SR that is attached in this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SR&apos;s data is not on that LUN any more (it was formatted or is another LUN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CHAP secret stored in XAPI is missing: enter the CHAP secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage backend failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage backend: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of {address} has changed.
  pinned:    {expected}
  presented: {seen}
This is either a reinstalled host or someone in between. Check the host&apos;s console (xe host-list params=uuid and its certificate) before trusting the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} presents a certificate that is not trusted yet (SHA-256 {fingerprint}). Confirm it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: trusting its certificate on first use (SHA-256 {fingerprint}); it is pinned from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
