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
    <name>CompatibilityPage</name>
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
        <source>&lt;p&gt;No problems found.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} blocker(s): fix them, then press Re-check.</source>
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
    <name>HostsPage</name>
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
        <source>Formatting destroys every disk on &apos;{0}&apos;. Type its name to confirm.</source>
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
    <name>PoolWizard</name>
    <message>
        <source>XenPool Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log folder…</source>
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
</TS>
