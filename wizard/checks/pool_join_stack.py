"""The pool-join rules about the hosts' toolstack state, as XAPI's pre_join_checks has them.

Update guidance, clustering, the SDN controller, NBD network purposes, trusted
certificates, an update in progress and the storage drivers' features. Each
function returns the findings for one rule group; ``pool_join.join_findings``
calls them where XAPI runs that check, so the findings keep XAPI's order.
"""

from __future__ import annotations

from wizard.checks.facts import HostFacts
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate

CLUSTERING = QT_TRANSLATE_NOOP("Checks", "clustering")
UPDATES = QT_TRANSLATE_NOOP("Checks", "updates")
CERTIFICATES = QT_TRANSLATE_NOOP("Checks", "certificates")
NETWORK = QT_TRANSLATE_NOOP("Checks", "network")
STORAGE = QT_TRANSLATE_NOOP("Checks", "storage drivers")


def _error(host: HostFacts, check: str, message: str, fix: str, evidence: str = "") -> Finding:
    return Finding.error(host.address, message, fix, check=check, evidence=evidence)


def clustering_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """clustering_is_not_enabled_on_me, then one_ip_configured_on_joining_cluster_network."""
    out = []
    if joiner.join.cluster_host:
        out.append(
            _error(
                joiner,
                CLUSTERING,
                translate("PoolJoin", "has clustering enabled (it is in a cluster of its own)"),
                translate(
                    "PoolJoin",
                    "Disable clustering on it first ({command} on it), then check again.",
                ).format(command="xe cluster-pool-destroy"),
                evidence=joiner.join.cluster_host,
            )
        )
    cluster = master.join.cluster
    if cluster is None:
        return out
    if cluster.vlan > 0 and not cluster.management:
        out.append(
            _error(
                joiner,
                CLUSTERING,
                translate(
                    "PoolJoin",
                    "the pool's clustering runs on VLAN {vlan}, not on the management network: "
                    "XAPI refuses every join",
                ).format(vlan=cluster.vlan),
                translate(
                    "PoolJoin",
                    "Move the pool's cluster to the management network or an untagged one, then "
                    "join the hosts.",
                ),
            )
        )
        return out
    count = sum(1 for bridge in joiner.join.ip_bridges if bridge in cluster.bridges)
    if count != 1:
        out.append(
            _error(
                joiner,
                CLUSTERING,
                translate(
                    "PoolJoin",
                    "needs exactly one IP address on the pool's clustering network ({bridges}); "
                    "it has {count}",
                ).format(bridges=", ".join(cluster.bridges), count=count),
                translate(
                    "PoolJoin",
                    "Give it one IP address on that network (xe pif-reconfigure-ip), then check "
                    "again.",
                ),
            )
        )
    return out


def guidance_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_no_host_pending_mandatory_guidance: on the joiner, then on the master."""
    out = []
    fix = translate(
        "PoolJoin",
        "Do what the applied updates ask first (reboot_host: reboot it; restart_toolstack: "
        "xe-toolstack-restart), then check again.",
    )
    if joiner.join.pending_guidances:
        out.append(
            _error(
                joiner,
                UPDATES,
                translate("PoolJoin", "has pending mandatory update guidance: {guidance}").format(
                    guidance=", ".join(joiner.join.pending_guidances)
                ),
                fix,
            )
        )
    if master.join.pending_guidances:
        out.append(
            _error(
                joiner,
                UPDATES,
                translate(
                    "PoolJoin",
                    "the master {master} has pending mandatory update guidance: {guidance}",
                ).format(master=master.address, guidance=", ".join(master.join.pending_guidances)),
                fix,
            )
        )
    return out


def sdn_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_homogeneous_vswitch_configuration's SDN part (Open vSwitch hosts only)."""
    if joiner.software_version.get("network_backend", "bridge") != "openvswitch":
        return []
    mine, theirs = joiner.join.sdn_controllers[:1], master.join.sdn_controllers[:1]
    if not mine or mine == theirs:
        return []
    return [
        _error(
            joiner,
            NETWORK,
            translate(
                "PoolJoin", "its SDN controller ({mine}) differs from the pool's ({theirs})"
            ).format(mine=mine[0], theirs=theirs[0] if theirs else translate("PoolJoin", "none")),
            translate(
                "PoolJoin",
                "Set the same SDN controller on both, or remove it from the joining host "
                "({command}).",
            ).format(command="xe sdn-controller-forget"),
        )
    ]


def purpose_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_compatible_network_purpose: nbd on one side, insecure_nbd on the other."""
    mine, theirs = joiner.join.nbd_purpose, master.join.nbd_purpose
    if not mine or not theirs or mine == theirs:
        return []
    return [
        _error(
            joiner,
            NETWORK,
            translate(
                "PoolJoin", "its networks serve disks as {mine}, the pool's as {theirs}"
            ).format(mine=mine, theirs=theirs),
            translate(
                "PoolJoin",
                "Use one NBD purpose (nbd or insecure_nbd) on both, or remove it from the joining "
                "host's networks ({command}), then check again.",
            ).format(command="xe network-param-remove param-name=purpose"),
        )
    ]


def certificate_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_legacy_ca_certificates_compatible, then assert_trusted_certificates_compatible."""
    out = []
    mine = {c.name: c for c in joiner.join.certificates if c.type == "ca" and c.name}
    theirs = {c.name: c for c in master.join.certificates if c.type == "ca" and c.name}
    names = sorted(
        n for n in mine.keys() & theirs.keys() if mine[n].fingerprint != theirs[n].fingerprint
    )
    if names:
        out.append(
            _error(
                joiner,
                CERTIFICATES,
                translate(
                    "PoolJoin",
                    "trusts other CA certificates than the pool under the same names: {names}",
                ).format(names=", ".join(names)),
                translate(
                    "PoolJoin",
                    "Uninstall its copies ({command}), or give one side other names; then check "
                    "again.",
                ).format(command="xe pool-uninstall-ca-certificate name=..."),
            )
        )
        return out  # XAPI stops at the first conflict
    here = {c.fingerprint: c for c in joiner.join.certificates if not c.name}
    there = {c.fingerprint: c for c in master.join.certificates if not c.name}
    for fingerprint in sorted(here.keys() & there.keys()):
        a, b = set(here[fingerprint].purposes), set(there[fingerprint].purposes)
        if a != b and a & b:
            out.append(
                _error(
                    joiner,
                    CERTIFICATES,
                    translate(
                        "PoolJoin",
                        "trusts a certificate the pool trusts too, for other purposes (here: "
                        "{mine}; in the pool: {theirs})",
                    ).format(mine=", ".join(sorted(a)), theirs=", ".join(sorted(b))),
                    translate(
                        "PoolJoin",
                        "Uninstall it from the joining host (certificate {uuid}): the pool's "
                        "copy is shared with it when it joins.",
                    ).format(uuid=here[fingerprint].uuid),
                    evidence=fingerprint,
                )
            )
            break
    return out


def updating_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_not_in_updating_on_me, then assert_no_hosts_in_updating."""
    out = []
    for host, message in (
        (joiner, translate("PoolJoin", "updates are being applied to it")),
        (master, translate("PoolJoin", "updates are being applied to the pool it would join")),
    ):
        if host.join.updating:
            out.append(
                _error(
                    joiner,
                    UPDATES,
                    message,
                    translate("PoolJoin", "Wait until the update has finished, then check again."),
                )
            )
    return out


def sm_findings(master: HostFacts, joiner: HostFacts) -> list[Finding]:
    """assert_sm_features_compatible: every pool driver, no feature below the pool's version."""
    out = []
    fix = translate(
        "PoolJoin",
        "Bring it to the pool's release and updates (the same storage manager, sm), then check "
        "again.",
    )
    for pool_sm in sorted(master.join.sms, key=lambda s: s.type):
        found = [sm for sm in joiner.join.sms if sm.type == pool_sm.type]
        if len(found) != 1:
            out.append(
                _error(
                    joiner,
                    STORAGE,
                    translate(
                        "PoolJoin", "has no {type} storage driver, which the pool has"
                    ).format(type=pool_sm.type),
                    fix,
                )
            )
            break
        mine = found[0].features
        if mine == pool_sm.features:
            continue  # the same driver build (most of a pool): nothing to compare
        lacking = sorted(
            name
            for name, version in pool_sm.features.items()
            if _version(mine.get(name)) < _version(version)
        )
        if lacking:
            out.append(
                _error(
                    joiner,
                    STORAGE,
                    translate(
                        "PoolJoin",
                        "its {type} storage driver lacks features the pool's has: {features}",
                    ).format(type=pool_sm.type, features=", ".join(lacking)),
                    fix,
                )
            )
            break  # XAPI names the first driver only
    return out


def _version(text: str | None) -> int:
    """A feature's version; a missing feature is below every version."""
    try:
        return int(text) if text is not None else -1
    except ValueError:
        return 0
