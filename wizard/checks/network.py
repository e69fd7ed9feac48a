"""Storage network pre-flight: NIC, link, VLAN tag and IP collisions on every host."""

from __future__ import annotations

from wizard.checks.facts import HostFacts, NicFacts, in_pool_of
from wizard.checks.iscsi import ISCSI_SR_TYPES
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import Plan


def storage_network_findings(plan: Plan, hosts: list[HostFacts]) -> list[Finding]:
    net = plan.storage_network
    ips = plan.storage_ips()
    out: list[Finding] = moved_storage_vlan_findings(plan, hosts)
    out += moved_storage_nic_findings(plan, hosts)
    if out:
        return out  # the rest would only echo it (the old interfaces hold the planned IPs)
    out += changed_storage_ip_findings(plan, hosts)
    owners: dict[str, str] = {}
    for host in hosts:
        for existing in host.nics:
            if existing.ip:
                owners.setdefault(
                    existing.ip,
                    f"{host.name} ({existing.device}{'.' + str(existing.vlan) if existing.vlan >= 0 else ''})",
                )
    for host in hosts:
        planned = next((h for h in plan.hosts if h.address == host.address), None)
        if planned is None:
            continue
        device = plan.nic_for(planned)
        nic = host.nic(device)
        if nic is None:
            devices = ", ".join(sorted({n.device for n in host.nics if n.physical}))
            out.append(
                Finding.error(
                    host.address,
                    translate("NetworkChecks", "has no NIC {device}").format(device=device),
                    translate("NetworkChecks", "Choose one of: {devices}.").format(devices=devices),
                    check=QT_TRANSLATE_NOOP("Checks", "storage NIC"),
                )
            )
            continue
        if nic.management:
            out.append(
                Finding.warning(
                    host.address,
                    translate("NetworkChecks", "{device} also carries management traffic").format(
                        device=device
                    ),
                    translate(
                        "NetworkChecks",
                        "A dedicated NIC for storage keeps HA heartbeats and iSCSI apart; prefer "
                        "another NIC.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "storage NIC"),
                )
            )
        if not nic.carrier:
            out.append(
                Finding.error(
                    host.address,
                    translate("NetworkChecks", "{device} has no link").format(device=device),
                    translate("NetworkChecks", "Check the cable and the switch port."),
                    check=QT_TRANSLATE_NOOP("Checks", "storage NIC"),
                )
            )
        elif nic.speed and nic.speed < 1000:
            out.append(
                Finding.warning(
                    host.address,
                    translate("NetworkChecks", "{device} links at {speed} Mbit/s").format(
                        device=device, speed=nic.speed
                    ),
                    translate("NetworkChecks", "iSCSI wants 10 Gbit/s (1 Gbit/s at least)."),
                    check=QT_TRANSLATE_NOOP("Checks", "storage NIC"),
                )
            )
        for other in host.nics:
            if other.device == device and other.vlan == net.vlan and not other.physical:
                if other.network == net.name:
                    out.append(
                        Finding.info(
                            host.address,
                            translate(
                                "NetworkChecks", "VLAN {vlan} on {device} already exists"
                            ).format(vlan=net.vlan, device=device),
                            check=QT_TRANSLATE_NOOP("Checks", "storage VLAN"),
                        )
                    )
                else:
                    out.append(
                        Finding.error(
                            host.address,
                            translate(
                                "NetworkChecks",
                                "VLAN {vlan} on {device} is already used by network {network}",
                            ).format(vlan=net.vlan, device=device, network=repr(other.network)),
                            translate(
                                "NetworkChecks",
                                "Choose another VLAN tag, or name the plan's storage network like "
                                "the existing one to reuse it.",
                            ),
                            check=QT_TRANSLATE_NOOP("Checks", "storage VLAN"),
                        )
                    )
        ip = ips.get(host.address, "")
        owner = owners.get(ip)
        if ip and owner:
            own_storage = any(
                n.ip == ip and n.device == device and n.vlan == net.vlan for n in host.nics
            )
            if not own_storage:
                out.append(
                    Finding.error(
                        host.address,
                        translate(
                            "NetworkChecks", "storage IP {ip} is already in use by {owner}"
                        ).format(ip=ip, owner=owner),
                        translate(
                            "NetworkChecks",
                            "Pick a free address for this host's storage interface.",
                        ),
                        check=QT_TRANSLATE_NOOP("Checks", "storage IP"),
                    )
                )
    if net.mtu > 1500:
        out.append(
            Finding.info(
                "storage_network.mtu",
                translate(
                    "NetworkChecks",
                    "MTU {mtu} needs jumbo frames on every switch port and on the array",
                ).format(mtu=net.mtu),
                translate(
                    "NetworkChecks",
                    "The wizard proves it end to end with a don't-fragment ping after configuring.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "MTU"),
            )
        )
    return out


def _in_planned_pool(plan: Plan, hosts: list[HostFacts]) -> list[HostFacts]:
    """The hosts already in the planned master's pool (what a build made lives there)."""
    if not plan.hosts:
        return []
    address = plan.master_host.address
    master = next((h for h in hosts if h.address == address), None)
    if master is None:
        return []
    return [h for h in hosts if in_pool_of(master, h)]


def moved_storage_vlan_findings(plan: Plan, hosts: list[HostFacts]) -> list[Finding]:
    """An earlier build made the storage network on another VLAN than the plan's now."""
    net = plan.storage_network
    built = sorted(
        {
            (n.vlan, n.network)
            for host in _in_planned_pool(plan, hosts)
            for n in host.nics
            if n.wizard_storage and not n.physical and n.vlan >= 0
        }
    )
    if not built or all(vlan == net.vlan for vlan, _ in built):
        return []
    vlan, name = next((v, n) for v, n in built if v != net.vlan)
    return [
        Finding.error(
            "storage_network.vlan",
            translate(
                "NetworkChecks",
                "the pool already has its storage network {network} on VLAN {vlan}; the plan "
                "says VLAN {planned}",
            ).format(network=repr(name), vlan=vlan, planned=net.vlan),
            translate(
                "NetworkChecks",
                "Put VLAN {vlan} back in the plan to keep using it. Moving storage to another "
                "VLAN means unplugging the shared SRs and turning HA off first: the wizard does "
                "not move a storage network under a running pool.",
            ).format(vlan=vlan),
            check=QT_TRANSLATE_NOOP("Checks", "storage VLAN"),
        )
    ]


def moved_storage_nic_findings(plan: Plan, hosts: list[HostFacts]) -> list[Finding]:
    """An earlier build put a host's storage VLAN on another NIC than the plan's now: the
    build would leave it there (the network has that host's interface already)."""
    out = []
    for host in _in_planned_pool(plan, hosts):
        planned = next((h for h in plan.hosts if h.address == host.address), None)
        built = next(
            (n.device for n in host.nics if n.wizard_storage and not n.physical and n.vlan >= 0),
            "",
        )
        if planned is None or not built or built == plan.nic_for(planned):
            continue
        out.append(
            Finding.error(
                host.address,
                translate(
                    "NetworkChecks",
                    "its storage interface is on {device} already; the plan says {planned}",
                ).format(device=built, planned=plan.nic_for(planned)),
                translate(
                    "NetworkChecks",
                    "Put {device} back in the plan (storage_network.nic, or hosts[].nic for this "
                    "host). Moving storage to another NIC means unplugging the shared SRs and "
                    "turning HA off first: the wizard does not move a storage network under a "
                    "running pool.",
                ).format(device=built),
                check=QT_TRANSLATE_NOOP("Checks", "storage NIC"),
                evidence=built,
            )
        )
    return out


def changed_storage_ip_findings(plan: Plan, hosts: list[HostFacts]) -> list[Finding]:
    """A built host's storage IP differs from the plan while it is in use: XAPI refuses the
    change under HA, and the iSCSI sessions of its attached SRs run over the old address."""
    ips = plan.storage_ips()
    out = []
    for host in _in_planned_pool(plan, hosts):
        wanted = ips.get(host.address, "")
        nic = next(
            (
                n
                for n in host.nics
                if n.wizard_storage and n.vlan == plan.storage_network.vlan and n.ip
            ),
            None,
        )
        now = nic.ip if nic is not None else ""
        in_use = host.pool_ha_enabled or any(
            sr.shared and sr.type in ISCSI_SR_TYPES for sr in host.srs
        )
        if nic is None or not wanted or not in_use:
            continue
        if now == wanted:
            out += _changed_netmask(plan, host.address, nic)
            continue
        out.append(
            Finding.error(
                host.address,
                translate(
                    "NetworkChecks",
                    "its storage interface has {ip} and carries the pool's storage; the plan "
                    "gives it {planned}",
                ).format(ip=now, planned=wanted),
                translate(
                    "NetworkChecks",
                    "Put {ip} back in the plan ({field}). To change it, turn HA off and unplug "
                    "the shared SRs on this host first (XAPI refuses the change under HA, and "
                    "the SRs' iSCSI sessions use the old address).",
                ).format(ip=now, field="hosts[].storage_ip"),
                check=QT_TRANSLATE_NOOP("Checks", "storage IP"),
                evidence=now,
            )
        )
    return out


def _changed_netmask(plan: Plan, address: str, nic: NicFacts) -> list[Finding]:
    """The same storage IP in another subnet (its netmask changes): refused as an IP is."""
    net = plan.storage_network
    wanted = plan.netmask()
    if not nic.netmask or not wanted or nic.netmask == wanted:
        return []
    return [
        Finding.error(
            address,
            translate(
                "NetworkChecks",
                "its storage interface has netmask {netmask} and carries the pool's storage; "
                "the plan's subnet {subnet} gives it {planned}",
            ).format(netmask=nic.netmask, subnet=net.subnet, planned=wanted),
            translate(
                "NetworkChecks",
                "Put the subnet back in the plan (storage_network.subnet). To change it, turn "
                "HA off and unplug the shared SRs on this host first (XAPI refuses the change "
                "under HA, and the SRs' iSCSI sessions use the old address).",
            ),
            check=QT_TRANSLATE_NOOP("Checks", "storage IP"),
            evidence=nic.netmask,
        )
    ]
