"""Can these hosts form one pool? Every rule XAPI's pre_join_checks enforces.

XAPI stops at the first failed rule and only when a join is attempted; here
every rule is checked for every host up front, in XAPI's order, so all the
blockers are seen before anything changes. One place knows the join rules.
"""

from __future__ import annotations

from wizard.checks.facts import HostFacts
from wizard.findings import Finding

RESTRICTED_POOL_SIZE = 3


def _compat_name(software: dict[str, str]) -> str:
    return software.get("product_brand") or software.get("platform_name", "")


def _version(software: dict[str, str]) -> str:
    return f"{_compat_name(software)} {software.get('product_version', '?')} (xapi {software.get('xapi', '?')}, build {software.get('git_id', '?')})"


def membership_findings(planned_master: HostFacts, host: HostFacts) -> list[Finding]:
    """Where the host stands now: standalone, already ours, or in another pool."""
    out: list[Finding] = []
    if host.uuid == planned_master.uuid:
        if host.pool_size > 1:
            out.append(
                Finding.info(
                    host.address,
                    f"already the master of a pool of {host.pool_size} hosts",
                    check="pool membership",
                )
            )
        return out
    if not host.is_master:
        if host.master_address == planned_master.address:
            out.append(
                Finding.info(host.address, "already a member of this pool", check="pool membership")
            )
        else:
            out.append(
                Finding.error(
                    host.address,
                    f"is a member of another pool (master {host.master_address})",
                    f"Eject it from that pool first (on {host.master_address}: xe pool-eject host-uuid={host.uuid}); "
                    "an ejected host is reinstalled and loses its local VMs.",
                    check="pool membership",
                )
            )
    return out


def join_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """Every reason XAPI would refuse ``joiner`` joining ``master``'s pool, in XAPI's order."""
    if joiner.uuid == master.uuid or not joiner.is_master:
        return []  # the master itself, or already in a pool (see membership_findings)
    out: list[Finding] = []
    a = joiner.address

    def block(check: str, message: str, fix: str, evidence: str = "") -> None:
        out.append(Finding.error(a, message, fix, check=check, evidence=evidence))

    restricted = str(joiner.license_params.get("restrict_pool_size", "false")).lower() == "true"
    if restricted and master.pool_size >= RESTRICTED_POOL_SIZE:
        block(
            "licence",
            "its licence limits pools to 3 hosts",
            "Apply a licence that allows larger pools.",
        )
    if joiner.management is None:
        block(
            "management interface",
            "has no management interface yet (still booting?)",
            "Wait until the host has finished starting.",
        )
    if joiner.pool_ha_enabled:
        block("HA", "has High Availability enabled", "Disable HA on it (xe pool-ha-disable).")
    if master.pool_ha_enabled:
        block(
            "HA",
            "the pool it would join has HA enabled",
            "Disable HA on the pool while hosts join; the wizard enables it at the end.",
        )
    if joiner.pool_size > 1:
        block(
            "pool membership",
            f"is the master of {joiner.pool_size - 1} other host(s)",
            "Eject its members first, or choose it as the master instead.",
        )
    running = [vm.name for vm in joiner.vms if vm.power_state == "Running"]
    if running:
        block(
            "VMs",
            f"runs {len(running)} VM(s): {', '.join(running)}",
            "Shut these VMs down (or migrate them away) before the join; they can start again afterwards.",
            evidence=", ".join(running),
        )
    busy = [vm.name for vm in joiner.vms if vm.current_operations]
    if busy:
        block("VMs", f"VM operations in progress: {', '.join(busy)}", "Wait for them to finish.")
    mine, theirs = joiner.software_version, master.software_version
    if (mine.get("platform_version"), _compat_name(mine)) != (
        theirs.get("platform_version"),
        _compat_name(theirs),
    ):
        block(
            "version",
            f"runs a different product or platform ({_version(mine)}) from the master ({_version(theirs)})",
            "Install the same product and version on every host.",
        )
    elif [mine.get("xapi"), mine.get("git_id")] != [theirs.get("xapi"), theirs.get("git_id")]:
        block(
            "version",
            f"has a different software version ({_version(mine)}) from the master ({_version(theirs)})",
            "Apply the same updates to every host, then check again.",
        )
    vendor, pool_vendor = (
        joiner.cpu_info.get("vendor", ""),
        master.pool_cpu_vendor or master.cpu_info.get("vendor", ""),
    )
    if vendor != pool_vendor:
        block(
            "CPU vendor",
            f"has {vendor or 'an unknown'} CPUs but the pool has {pool_vendor} CPUs",
            "A pool needs one CPU vendor: put this host in a pool of its own.",
            evidence=joiner.cpu_info.get("modelname", ""),
        )
    shared = [sr.name for sr in joiner.srs if sr.shared and not sr.is_tools_sr]
    if shared:
        block(
            "storage",
            f"has shared SRs attached: {', '.join(shared)}",
            "Detach them (xe sr-forget after unplugging); the pool's SRs attach after the join.",
        )
    if joiner.bonds:
        block("network", "has NIC bonds", "Remove the bonds; create them pool-wide after the join.")
    if joiner.tunnels:
        block("network", "has tunnels (private networks)", "Remove them before the join.")
    if joiner.sriovs:
        block("network", "has SR-IOV networks", "Remove them before the join.")
    if joiner.non_management_vlans:
        block(
            "network",
            f"has {joiner.non_management_vlans} VLAN(s) besides management",
            "Remove them (xe vlan-destroy); the wizard creates the storage VLAN on every host after the joins.",
        )
    my_mgmt, their_mgmt = joiner.management, master.management
    if my_mgmt and their_mgmt and my_mgmt.vlan != their_mgmt.vlan:
        block(
            "management interface",
            f"management is on VLAN {my_mgmt.vlan} but the master's is on VLAN {their_mgmt.vlan}",
            "Put every host's management interface on the same VLAN (-1 is untagged).",
        )
    if (joiner.external_auth_type, joiner.external_auth_service_name.lower()) != (
        master.external_auth_type,
        master.external_auth_service_name.lower(),
    ):
        block(
            "authentication",
            "uses different external authentication (AD) from the pool",
            "Align or disable AD on the joining host.",
        )
    if joiner.edition != master.edition:
        block(
            "licence",
            f"has licence edition {joiner.edition!r}, the pool {master.edition!r}",
            "Apply the same edition to every host.",
        )
    if mine.get("network_backend", "bridge") != theirs.get("network_backend", "bridge"):
        block(
            "network",
            "uses a different network backend (bridge/openvswitch)",
            "Use the same network backend everywhere.",
        )
    if joiner.api_version != master.api_version:
        block(
            "version",
            f"speaks API {joiner.api_version}, the master {master.api_version}",
            "Update both to the same release.",
        )
    if not mine.get("db_schema") or mine.get("db_schema") != theirs.get("db_schema"):
        block("version", "has a different database schema", "Update both to the same release.")
    if my_mgmt and their_mgmt and my_mgmt.primary_address_type != their_mgmt.primary_address_type:
        block(
            "management interface",
            "uses a different address family (IPv4/IPv6) for management",
            "Use the same on all hosts.",
        )
    if joiner.pool_tls_verification != master.pool_tls_verification:
        block(
            "TLS",
            "has TLS verification set differently from the pool",
            "Enable TLS verification on both or neither.",
        )
    return out


def warning_findings(master: HostFacts, host: HostFacts) -> list[Finding]:
    """What joins but deserves a warning (not a XAPI rule)."""
    out: list[Finding] = []
    mgmt = host.management
    if mgmt and mgmt.mtu != 1500:
        out.append(
            Finding.warning(
                host.address,
                f"the management interface has MTU {mgmt.mtu}",
                "Joins and HA are known to misbehave with a non-1500 management MTU: set it to 1500.",
                check="management interface",
            )
        )
    if mgmt and not mgmt.physical:
        out.append(
            Finding.warning(
                host.address,
                "management runs on a bond or VLAN",
                "Supported, but a single physical NIC is simplest for the join.",
                check="management interface",
            )
        )
    return out


def cpu_levelling_findings(master: HostFacts, candidates: list[HostFacts]) -> list[Finding]:
    """Different CPU models join, but the pool keeps only the features all hosts share.

    Only hosts of the master's vendor can join at all; the others are blockers.
    """
    vendor = master.cpu_info.get("vendor", "")
    hosts = [h for h in candidates if h.cpu_info.get("vendor", "") == vendor]
    if len(hosts) < 2:
        return []
    common = set.intersection(*(h.flags for h in hosts))
    out: list[Finding] = []
    models = {h.cpu_info.get("modelname", "") for h in hosts}
    if len(models) > 1 or any(h.flags != common for h in hosts):
        for host in hosts:
            lost = sorted(host.flags - common)
            if lost:
                out.append(
                    Finding.warning(
                        host.address,
                        f"its CPU ({host.cpu_info.get('modelname', '?')}) has {len(lost)} feature(s) the pool will not offer to VMs: {', '.join(lost)}",
                        "XAPI levels a pool down to the features every host shares so VMs can migrate. "
                        "Running VMs keep their old feature set until they are restarted.",
                        check="CPU features",
                        evidence=" ".join(lost),
                    )
                )
    return out


def pool_findings(master: HostFacts, hosts: list[HostFacts]) -> list[Finding]:
    """All pool-join findings for a set of hosts that should become one pool."""
    out: list[Finding] = []
    for host in hosts:
        out += membership_findings(master, host)
        out += join_findings(master, host)
        out += warning_findings(master, host)
    out += cpu_levelling_findings(master, hosts)
    return out
