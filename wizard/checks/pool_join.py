"""Can these hosts form one pool? Every rule XAPI's pre_join_checks enforces.

XAPI stops at the first failed rule and only when a join is attempted; here
every rule is checked for every host up front, in XAPI's order, so all the
blockers are seen before anything changes. One place knows the join rules.
"""

from __future__ import annotations

from collections.abc import Collection

from wizard.checks import pool_join_stack as stack
from wizard.checks.facts import HostFacts
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate

RESTRICTED_POOL_SIZE = 3
LINUX_PACK = "xs:linux"  # Xapi_globs.linux_pack_vsn_key: installed or not must match


def _compat_name(software: dict[str, str]) -> str:
    return software.get("product_brand") or software.get("platform_name", "")


def _version(software: dict[str, str]) -> str:
    return translate("PoolJoin", "{product} {version} (xapi {xapi}, build {build})").format(
        product=_compat_name(software),
        version=software.get("product_version", "?"),
        xapi=software.get("xapi", "?"),
        build=software.get("git_id", "?"),
    )


def membership_findings(planned_master: HostFacts, host: HostFacts) -> list[Finding]:
    """Where the host stands now: standalone, already ours, or in another pool."""
    out: list[Finding] = []
    if host.uuid == planned_master.uuid:
        if host.pool_size > 1:
            out.append(
                Finding.info(
                    host.address,
                    translate("PoolJoin", "already the master of a pool of {count} hosts").format(
                        count=host.pool_size
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "pool membership"),
                )
            )
        return out
    if not host.is_master:
        if host.master_address == planned_master.address:
            out.append(
                Finding.info(
                    host.address,
                    translate("PoolJoin", "already a member of this pool"),
                    check=QT_TRANSLATE_NOOP("Checks", "pool membership"),
                )
            )
        else:
            out.append(
                Finding.error(
                    host.address,
                    translate("PoolJoin", "is a member of another pool (master {master})").format(
                        master=host.master_address
                    ),
                    translate(
                        "PoolJoin",
                        "Eject it from that pool first (on {master}: {command}); "
                        "an ejected host is reinstalled and loses its local VMs.",
                    ).format(
                        master=host.master_address, command=f"xe pool-eject host-uuid={host.uuid}"
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "pool membership"),
                )
            )
    return out


def join_findings(
    master: HostFacts,
    joiner: HostFacts,
    planned_size: int | None = None,
    force: bool = False,
    pause_ha: bool = False,
) -> list[Finding]:
    """Every reason XAPI would refuse ``joiner`` joining ``master``'s pool, in XAPI's order.

    ``planned_size`` is the size the pool reaches once every planned host has joined (by
    default: today's pool plus this host). XAPI refuses a restricted joiner when the pool
    already has 3 hosts; members join one at a time, so with more than 3 hosts planned a
    restricted host would meet a full pool: that is found now, before the first join.

    ``force``: the user confirmed a forced join of this host (``pool.join_force``), which
    skips XAPI's homogeneity rules (software build, CPU vendor) and nothing else. Those
    become warnings that say what the pool gives up; unforced, they are blockers marked
    ``forceable``.

    ``pause_ha``: the user lets the build turn the pool's HA off for the joins (PauseHaStep).
    """
    if joiner.uuid == master.uuid or not joiner.is_master:
        return []  # the master itself, or already in a pool (see membership_findings)
    out: list[Finding] = []
    a = joiner.address

    def block(check: str, message: str, fix: str, evidence: str = "") -> None:
        out.append(Finding.error(a, message, fix, check=check, evidence=evidence))

    def homogeneity(check: str, message: str, fix: str, cost: str, evidence: str = "") -> None:
        if force:
            forced = translate("PoolJoin", "{problem}: the join will be FORCED").format(
                problem=message
            )
            out.append(Finding.warning(a, forced, cost, check=check, evidence=evidence))
            return
        fix += " " + translate(
            "PoolJoin",
            "Forcing the join is possible but unsupported: {cost}",
        ).format(cost=cost)
        out.append(Finding.error(a, message, fix, check=check, evidence=evidence, force_cost=cost))

    def restricts(feature: str) -> bool:
        return str(joiner.license_params.get(feature, "false")).lower() == "true"

    if restricts("restrict_pooling"):  # join_common's assert_pooling_licensed, first of all
        block(
            QT_TRANSLATE_NOOP("Checks", "licence"),
            translate("PoolJoin", "its licence does not allow pooling"),
            translate("PoolJoin", "Apply a licence that allows pools, then check again."),
        )
    restricted = restricts("restrict_pool_size")
    size = max(planned_size or 0, master.pool_size + 1)
    if restricted and size > RESTRICTED_POOL_SIZE:
        block(
            QT_TRANSLATE_NOOP("Checks", "licence"),
            translate(
                "PoolJoin", "its licence limits pools to {count} hosts; the plan makes {size}"
            ).format(count=RESTRICTED_POOL_SIZE, size=size),
            translate("PoolJoin", "Apply a licence that allows larger pools."),
        )
    if joiner.management is None:
        block(
            QT_TRANSLATE_NOOP("Checks", "management interface"),
            translate("PoolJoin", "has no management interface yet (still booting?)"),
            translate("PoolJoin", "Wait until the host has finished starting."),
        )
    if joiner.pool_ha_enabled:
        block(
            QT_TRANSLATE_NOOP("Checks", "HA"),
            translate("PoolJoin", "has High Availability enabled"),
            translate("PoolJoin", "Disable HA on it ({command}).").format(
                command="xe pool-ha-disable"
            ),
        )
    out += stack.clustering_findings(master, joiner)
    if master.pool_ha_enabled and not pause_ha:
        block(
            QT_TRANSLATE_NOOP("Checks", "HA"),
            translate("PoolJoin", "the pool it would join has HA enabled"),
            translate(
                "PoolJoin",
                "XAPI refuses joins under HA. Let the wizard turn HA off while the hosts join "
                "and on again at the end ({option}, or the tick on the Compatibility page), or "
                "disable it yourself.",
            ).format(option="--yes-pause-ha"),
        )
    if joiner.pool_size > 1:
        block(
            QT_TRANSLATE_NOOP("Checks", "pool membership"),
            translate("PoolJoin", "is the master of {count} other host(s)").format(
                count=joiner.pool_size - 1
            ),
            translate("PoolJoin", "Eject its members first, or choose it as the master instead."),
        )
    running = [vm.name for vm in joiner.vms if vm.power_state == "Running"]
    if running:
        block(
            QT_TRANSLATE_NOOP("Checks", "VMs"),
            translate("PoolJoin", "runs {count} VM(s): {names}").format(
                count=len(running), names=", ".join(running)
            ),
            translate(
                "PoolJoin",
                "Shut these VMs down (or migrate them away) before the join; they can start "
                "again afterwards.",
            ),
            evidence=", ".join(running),
        )
    busy = joiner.join.busy_vms  # every VM record, templates and snapshots too, as XAPI
    if busy:
        block(
            QT_TRANSLATE_NOOP("Checks", "VMs"),
            translate("PoolJoin", "VM operations in progress: {names}").format(
                names=", ".join(busy)
            ),
            translate("PoolJoin", "Wait for them to finish."),
        )
    out += stack.guidance_findings(master, joiner)
    mine, theirs = joiner.software_version, master.software_version
    if (mine.get("platform_version"), _compat_name(mine)) != (
        theirs.get("platform_version"),
        _compat_name(theirs),
    ):
        block(
            QT_TRANSLATE_NOOP("Checks", "version"),
            translate(
                "PoolJoin",
                "runs a different product or platform ({mine}) from the master ({theirs})",
            ).format(mine=_version(mine), theirs=_version(theirs)),
            translate("PoolJoin", "Install the same product and version on every host."),
        )
    elif [mine.get("xapi"), mine.get("git_id"), LINUX_PACK in mine] != [
        theirs.get("xapi"),
        theirs.get("git_id"),
        LINUX_PACK in theirs,
    ]:
        homogeneity(
            QT_TRANSLATE_NOOP("Checks", "version"),
            translate(
                "PoolJoin", "has a different software version ({mine}) from the master ({theirs})"
            ).format(mine=_version(mine), theirs=_version(theirs)),
            translate("PoolJoin", "Apply the same updates to every host, then check again."),
            translate(
                "PoolJoin",
                "XAPI supports mixed builds in a pool only during a rolling pool upgrade; "
                "update the host to the master's build as soon as possible.",
            ),
        )
    vendor, pool_vendor = (
        joiner.cpu_info.get("vendor", ""),
        master.pool_cpu_vendor or master.cpu_info.get("vendor", ""),
    )
    if vendor != pool_vendor:
        homogeneity(
            QT_TRANSLATE_NOOP("Checks", "CPU vendor"),
            translate("PoolJoin", "has {vendor} CPUs but the pool has {pool_vendor} CPUs").format(
                vendor=vendor, pool_vendor=pool_vendor
            )
            if vendor
            else translate(
                "PoolJoin", "has CPUs of an unknown vendor but the pool has {pool_vendor} CPUs"
            ).format(pool_vendor=pool_vendor),
            translate(
                "PoolJoin", "A pool needs one CPU vendor: put this host in a pool of its own."
            ),
            translate(
                "PoolJoin",
                "XAPI refuses to move a running VM between {vendor} and {pool_vendor} hosts "
                "(VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only "
                "among hosts of one vendor. Only for a lab or a planned move off the old hosts.",
            ).format(vendor=vendor or "?", pool_vendor=pool_vendor or "?"),
            evidence=joiner.cpu_info.get("modelname", ""),
        )
    shared = [sr.name for sr in joiner.srs if sr.shared and not sr.is_tools_sr]
    if shared:
        block(
            QT_TRANSLATE_NOOP("Checks", "storage"),
            translate("PoolJoin", "has shared SRs attached: {names}").format(
                names=", ".join(shared)
            ),
            translate(
                "PoolJoin",
                "Detach them ({command} after unplugging); the pool's SRs attach after the join.",
            ).format(command="xe sr-forget"),
        )
    if joiner.bonds:
        block(
            QT_TRANSLATE_NOOP("Checks", "network"),
            translate("PoolJoin", "has NIC bonds"),
            translate("PoolJoin", "Remove the bonds; create them pool-wide after the join."),
        )
    if joiner.tunnels:
        block(
            QT_TRANSLATE_NOOP("Checks", "network"),
            translate("PoolJoin", "has tunnels (private networks)"),
            translate("PoolJoin", "Remove them before the join."),
        )
    if joiner.sriovs:
        block(
            QT_TRANSLATE_NOOP("Checks", "network"),
            translate("PoolJoin", "has SR-IOV networks"),
            translate("PoolJoin", "Remove them before the join."),
        )
    if joiner.non_management_vlans:
        block(
            QT_TRANSLATE_NOOP("Checks", "network"),
            translate("PoolJoin", "has {count} VLAN(s) besides management").format(
                count=joiner.non_management_vlans
            ),
            translate(
                "PoolJoin",
                "Remove them ({command}); the wizard creates the storage VLAN on every host "
                "after the joins.",
            ).format(command="xe vlan-destroy"),
        )
    my_mgmt, their_mgmt = joiner.management, master.management
    if my_mgmt and their_mgmt and my_mgmt.vlan != their_mgmt.vlan:
        block(
            QT_TRANSLATE_NOOP("Checks", "management interface"),
            translate(
                "PoolJoin", "management is on VLAN {vlan} but the master's is on VLAN {master_vlan}"
            ).format(vlan=my_mgmt.vlan, master_vlan=their_mgmt.vlan),
            translate(
                "PoolJoin",
                "Put every host's management interface on the same VLAN (-1 is untagged).",
            ),
        )
    if (joiner.external_auth_type, joiner.external_auth_service_name.lower()) != (
        master.external_auth_type,
        master.external_auth_service_name.lower(),
    ):
        block(
            QT_TRANSLATE_NOOP("Checks", "authentication"),
            translate("PoolJoin", "uses different external authentication (AD) from the pool"),
            translate("PoolJoin", "Align or disable AD on the joining host."),
        )
    # XAPI's assert_restrictions_match: the joiner's edition string is that of every host in
    # the pool (not only the master's), exactly; else its licence daemon must rank the
    # joiner's edition as the pool's lowest one, which nothing but the daemon knows (and a
    # host without one, XAPI's "free/libre", is refused). Differing editions stop here.
    editions = set(master.pool_editions) | {master.edition}
    if editions != {joiner.edition}:
        block(
            QT_TRANSLATE_NOOP("Checks", "licence"),
            translate(
                "PoolJoin", "has licence edition {edition}, the pool's hosts {pool_edition}"
            ).format(
                edition=repr(joiner.edition),
                pool_edition=", ".join(repr(e) for e in sorted(editions)),
            ),
            translate(
                "PoolJoin",
                "Apply the same edition to every host, pool members included ({command}).",
            ).format(command="xe host-apply-edition"),
        )
    if mine.get("network_backend", "bridge") != theirs.get("network_backend", "bridge"):
        block(
            QT_TRANSLATE_NOOP("Checks", "network"),
            translate("PoolJoin", "uses a different network backend (bridge/openvswitch)"),
            translate("PoolJoin", "Use the same network backend everywhere."),
        )
    else:
        out += stack.sdn_findings(master, joiner)
    if joiner.api_version != master.api_version:
        block(
            QT_TRANSLATE_NOOP("Checks", "version"),
            translate("PoolJoin", "speaks API {version}, the master {master_version}").format(
                version=joiner.api_version, master_version=master.api_version
            ),
            translate("PoolJoin", "Update both to the same release."),
        )
    if not mine.get("db_schema") or mine.get("db_schema") != theirs.get("db_schema"):
        block(
            QT_TRANSLATE_NOOP("Checks", "version"),
            translate("PoolJoin", "has a different database schema"),
            translate("PoolJoin", "Update both to the same release."),
        )
    if joiner.updates.keys() != master.updates.keys():
        # XAPI's assert_homogeneous_updates: even a forced join stops here.
        only_master = [master.updates[u] for u in sorted(master.updates.keys() - joiner.updates)]
        only_joiner = [joiner.updates[u] for u in sorted(joiner.updates.keys() - master.updates)]
        block(
            QT_TRANSLATE_NOOP("Checks", "version"),  # the software level, with the updates
            translate(
                "PoolJoin",
                "has different updates applied from the master (only on the master: {master}; "
                "only on this host: {host})",
            ).format(master=", ".join(only_master) or "-", host=", ".join(only_joiner) or "-"),
            translate(
                "PoolJoin",
                "Apply the same updates to both (XAPI requires these on every host of a pool), "
                "reboot if they ask for it, then check again.",
            ),
        )
    if my_mgmt and their_mgmt and my_mgmt.primary_address_type != their_mgmt.primary_address_type:
        block(
            QT_TRANSLATE_NOOP("Checks", "management interface"),
            translate("PoolJoin", "uses a different address family (IPv4/IPv6) for management"),
            translate("PoolJoin", "Use the same on all hosts."),
        )
    out += stack.purpose_findings(master, joiner)
    if joiner.pool_tls_verification != master.pool_tls_verification:
        block(
            QT_TRANSLATE_NOOP("Checks", "TLS"),
            translate("PoolJoin", "has TLS verification set differently from the pool"),
            translate("PoolJoin", "Enable TLS verification on both or neither."),
        )
    out += stack.certificate_findings(master, joiner)
    out += stack.updating_findings(master, joiner)
    out += stack.sm_findings(master, joiner)
    return out


def warning_findings(master: HostFacts, host: HostFacts) -> list[Finding]:
    """What joins but deserves a warning (not a XAPI rule)."""
    out: list[Finding] = []
    mgmt = host.management
    if mgmt and mgmt.mtu != 1500:
        out.append(
            Finding.warning(
                host.address,
                translate("PoolJoin", "the management interface has MTU {mtu}").format(
                    mtu=mgmt.mtu
                ),
                translate(
                    "PoolJoin",
                    "Joins and HA are known to misbehave with a non-1500 management MTU: set it "
                    "to 1500.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "management interface"),
            )
        )
    if mgmt and not mgmt.physical:
        out.append(
            Finding.warning(
                host.address,
                translate("PoolJoin", "management runs on a bond or VLAN"),
                translate(
                    "PoolJoin", "Supported, but a single physical NIC is simplest for the join."
                ),
                check=QT_TRANSLATE_NOOP("Checks", "management interface"),
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
                        translate(
                            "PoolJoin",
                            "its CPU ({model}) has {count} feature(s) the pool will not offer to "
                            "VMs: {features}",
                        ).format(
                            model=host.cpu_info.get("modelname", "?"),
                            count=len(lost),
                            features=", ".join(lost),
                        ),
                        translate(
                            "PoolJoin",
                            "XAPI levels a pool down to the features every host shares so VMs "
                            "can migrate. Running VMs keep their old feature set until they are "
                            "restarted.",
                        ),
                        check=QT_TRANSLATE_NOOP("Checks", "CPU features"),
                        evidence=" ".join(lost),
                    )
                )
    return out


def needs_force(master: HostFacts, joiner: HostFacts) -> bool:
    """Does only ``pool.join_force`` get this host in (a homogeneity rule fails)?"""
    return any(f.forceable for f in join_findings(master, joiner))


def pool_findings(
    master: HostFacts,
    hosts: list[HostFacts],
    forced: Collection[str] = (),
    pause_ha: bool = False,
) -> list[Finding]:
    """All pool-join findings for a set of hosts that should become one pool.

    ``forced``: addresses whose forced join the user confirmed; ``pause_ha``: HA may go off
    for the joins.
    """
    out: list[Finding] = []
    joiners = [h for h in hosts if h.uuid != master.uuid and h.is_master]
    planned_size = master.pool_size + len(joiners)
    for host in hosts:
        out += membership_findings(master, host)
        out += join_findings(
            master, host, planned_size, force=host.address in forced, pause_ha=pause_ha
        )
        out += warning_findings(master, host)
    out += cpu_levelling_findings(master, hosts)
    return out
