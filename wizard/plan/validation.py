"""The plan's validation: every problem at once, each with the field's path, what is
wrong and what to do (the checks that need no host)."""

from __future__ import annotations

import ipaddress
import re

from wizard.findings import Finding
from wizard.i18n import decimal, translate, whole
from wizard.plan.model import HEARTBEAT_MIN_BYTES, RESTART_PRIORITIES, ExistingSr, GiB, Plan
from wizard.text import one_line

_IQN = re.compile(
    r"^(iqn\.\d{4}-(0[1-9]|1[0-2])\.[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
    r"(:[\x21-\x7e]+)?|eui\.[0-9a-f]{16}|naa\.[0-9a-f]{16}([0-9a-f]{16})?)\Z"
)
_SCSI_ID = re.compile(r"^[0-9A-Za-z_.:-]{4,128}\Z")
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,128}\Z")


def _ip(value: str) -> ipaddress.IPv4Address | None:
    try:
        return ipaddress.IPv4Address(value)
    except ValueError:
        return None


def validate(plan: Plan) -> list[Finding]:
    """Every problem of the plan, each with its field path and a fix."""
    out: list[Finding] = []
    _validate_hosts(plan, out)
    _validate_storage_network(plan, out)
    _validate_iscsi(plan, out)
    _validate_ha(plan, out)
    _validate_one_line_names(plan, out)
    return out


def _has_control(text: str) -> bool:
    """Control characters, line/paragraph separators or format characters (e.g. bidi
    overrides): what a shell script line could not hold as it is."""
    return one_line(text) != text


def _validate_one_line_names(plan: Plan, out: list[Finding]) -> None:
    """Names end up in xe commands and script comments: one printable line each."""
    fields = [(f"hosts[{i}].name", h.name) for i, h in enumerate(plan.hosts)]
    fields += [(f"hosts[{i}].nic", h.nic) for i, h in enumerate(plan.hosts)]
    fields += [
        ("storage_network.name", plan.storage_network.name),
        ("storage_network.nic", plan.storage_network.nic),
        ("iscsi.sr_name", plan.iscsi.sr_name),
        ("iscsi.heartbeat_sr_name", plan.iscsi.heartbeat_sr_name),
    ]
    for path, value in fields:
        if _has_control(value):
            out.append(
                Finding.error(
                    path,
                    translate("Plan", "{value} contains control characters or line breaks").format(
                        value=ascii(value)
                    ),
                    translate("Plan", "Use a name of printable characters on one line."),
                )
            )


def _validate_hosts(plan: Plan, out: list[Finding]) -> None:
    if not _NAME.match(plan.pool_name or ""):
        out.append(
            Finding.error(
                "pool_name",
                translate("Plan", "must be 1-128 printable characters"),
                translate("Plan", "Give the pool a name."),
            )
        )
    if not 1 <= plan.port <= 65535:
        out.append(
            Finding.error(
                "port",
                translate("Plan", "{port} is not a TCP port").format(port=plan.port),
                translate("Plan", "Use 443 unless told otherwise."),
            )
        )
    if not plan.username.strip():
        out.append(
            Finding.error(
                "username",
                translate("Plan", "is empty"),
                translate("Plan", "Use {user}.").format(user='"root"'),
            )
        )
    if not plan.hosts:
        out.append(
            Finding.error(
                "hosts",
                translate("Plan", "no hosts in the plan"),
                translate("Plan", "Add a {table} block per host.").format(table="[[hosts]]"),
            )
        )
        return
    seen: dict[str, int] = {}
    for index, host in enumerate(plan.hosts):
        path = f"hosts[{index}]"
        if not host.address.strip():
            out.append(
                Finding.error(
                    f"{path}.address",
                    translate("Plan", "is empty"),
                    translate("Plan", "Enter the host's management IP address."),
                )
            )
        elif _ip(host.address) is None and not re.fullmatch(r"[A-Za-z0-9.-]{1,253}", host.address):
            out.append(
                Finding.error(
                    f"{path}.address",
                    translate(
                        "Plan", "{address} is neither an IPv4 address nor a host name"
                    ).format(address=repr(host.address)),
                    translate("Plan", "Correct the address."),
                )
            )
        if host.address in seen:
            out.append(
                Finding.error(
                    f"{path}.address",
                    translate("Plan", "{address} is listed twice (also {other})").format(
                        address=host.address, other=f"hosts[{seen[host.address]}]"
                    ),
                    translate("Plan", "Remove the duplicate."),
                )
            )
        seen.setdefault(host.address, index)
        if host.fingerprint and not re.fullmatch(r"[0-9a-fA-F:]{64,95}", host.fingerprint):
            out.append(
                Finding.error(
                    f"{path}.fingerprint",
                    translate("Plan", "is not a SHA-256 fingerprint"),
                    translate(
                        "Plan",
                        "Copy it from the host's console or leave it out to confirm on first "
                        "contact.",
                    ),
                )
            )
        if host.force_join and host.address == plan.master_host.address:
            out.append(
                Finding.error(
                    f"{path}.force_join",
                    translate("Plan", "the master does not join a pool, so it cannot be forced"),
                    translate("Plan", "Remove {key} from the master's entry.").format(
                        key="force_join"
                    ),
                )
            )
    if plan.master and plan.master not in seen:
        out.append(
            Finding.error(
                "master",
                translate("Plan", "{master} is not one of the hosts").format(master=plan.master),
                translate("Plan", "Choose the master among the {table} addresses.").format(
                    table="[[hosts]]"
                ),
            )
        )


def _validate_storage_network(plan: Plan, out: list[Finding]) -> None:
    net = plan.storage_network
    path = "storage_network"
    if not net.nic.strip():
        out.append(
            Finding.error(
                f"{path}.nic",
                translate("Plan", "is empty"),
                translate("Plan", "Name the NIC for storage traffic, e.g. {example}.").format(
                    example='"eth1"'
                ),
            )
        )
    if not 1 <= net.vlan <= 4094:
        out.append(
            Finding.error(
                f"{path}.vlan",
                translate("Plan", "{vlan} is outside 1-4094").format(vlan=net.vlan),
                translate("Plan", "Use the VLAN tag your switch ports carry for storage."),
            )
        )
    if not 1280 <= net.mtu <= 9216:
        out.append(
            Finding.error(
                f"{path}.mtu",
                translate("Plan", "{mtu} is outside 1280-9216").format(mtu=net.mtu),
                translate(
                    "Plan",
                    "Use 1500, or 9000 if every switch port and the array allow jumbo frames.",
                ),
            )
        )
    elif net.mtu not in (1500, 9000):
        out.append(
            Finding.warning(
                f"{path}.mtu",
                translate("Plan", "{mtu} is unusual").format(mtu=net.mtu),
                translate("Plan", "Most storage networks use 1500 or 9000; every hop must agree."),
            )
        )
    subnet: ipaddress.IPv4Network | None = None
    try:
        subnet = ipaddress.IPv4Network(net.subnet, strict=False)
    except ValueError:
        out.append(
            Finding.error(
                f"{path}.subnet",
                translate("Plan", "{subnet} is not a subnet").format(subnet=repr(net.subnet)),
                translate("Plan", "Write it as {example}.").format(example='"10.200.0.0/24"'),
            )
        )
    if net.gateway:
        gateway = _ip(net.gateway)
        if gateway is None:
            out.append(
                Finding.error(
                    f"{path}.gateway",
                    translate("Plan", "{value} is not an IPv4 address").format(
                        value=repr(net.gateway)
                    ),
                    translate(
                        "Plan", "Correct it or leave it empty (storage rarely needs a gateway)."
                    ),
                )
            )
        elif subnet and gateway not in subnet:
            out.append(
                Finding.error(
                    f"{path}.gateway",
                    translate("Plan", "{gateway} is outside {subnet}").format(
                        gateway=gateway, subnet=subnet
                    ),
                    translate("Plan", "The gateway must be in the storage subnet."),
                )
            )
    if net.first_ip and _ip(net.first_ip) is None:
        out.append(
            Finding.error(
                f"{path}.first_ip",
                translate("Plan", "{value} is not an IPv4 address").format(
                    value=repr(net.first_ip)
                ),
                translate("Plan", "Correct it."),
            )
        )
    # Each host's problems once; a range from first_ip that goes wrong the same way for
    # several hosts is said once on first_ip (the rows name each host).
    said: set[tuple[str, str]] = set()
    for _address, field_path, kind, finding in storage_ip_problems(plan):
        if field_path == f"{path}.first_ip":
            if (field_path, kind) in said:
                continue
            said.add((field_path, kind))
        out.append(finding)


def storage_ip_problems(plan: Plan) -> list[tuple[str, str, str, Finding]]:
    """Every host's storage IP problem as (host address, field path, kind, finding): the
    plan's validation and the GUI's per-host marks both read these."""
    net = plan.storage_network
    path = "storage_network"
    try:
        subnet: ipaddress.IPv4Network | None = ipaddress.IPv4Network(net.subnet, strict=False)
    except ValueError:
        subnet = None
    ips = plan.storage_ips()
    management = {h.address: h.name or h.address for h in plan.hosts}
    used: dict[str, str] = {}
    found: list[tuple[str, str, str, Finding]] = []
    for index, host in enumerate(plan.hosts):
        ip_text = ips.get(host.address, "")
        field_path = f"hosts[{index}].storage_ip" if host.storage_ip else f"{path}.first_ip"

        def problem(kind: str, finding: Finding, field: str = field_path) -> None:
            found.append((host.address, field, kind, finding))  # noqa: B023 (called at once)

        if not ip_text and _ip(net.first_ip) is not None:
            problem(
                "run out",
                Finding.error(
                    f"{path}.first_ip",
                    translate(
                        "Plan", "the addresses from {first_ip} run out before {host} gets one"
                    ).format(first_ip=net.first_ip, host=host.address),
                    translate("Plan", "Start the range lower, or set {field}.").format(
                        field=f"hosts[{index}].storage_ip"
                    ),
                ),
                f"{path}.first_ip",
            )
            continue
        if not ip_text:
            problem(
                "none",
                Finding.error(
                    f"hosts[{index}].storage_ip",
                    translate("Plan", "no storage IP for this host"),
                    translate("Plan", "Set {field} or {other_field}.").format(
                        field=f"hosts[{index}].storage_ip", other_field=f"{path}.first_ip"
                    ),
                ),
                f"hosts[{index}].storage_ip",
            )
            continue
        ip = _ip(ip_text)
        if ip is None:
            problem(
                "not an address",
                Finding.error(
                    field_path,
                    translate("Plan", "{value} is not an IPv4 address").format(value=repr(ip_text)),
                    translate("Plan", "Correct it."),
                ),
            )
            continue
        if subnet is not None:
            if ip not in subnet:
                problem(
                    "outside",
                    Finding.error(
                        field_path,
                        translate("Plan", "{ip} is outside the storage subnet {subnet}").format(
                            ip=ip, subnet=subnet
                        ),
                        translate("Plan", "Pick an address inside the subnet."),
                    ),
                )
            elif ip in (subnet.network_address, subnet.broadcast_address):
                problem(
                    "network or broadcast",
                    Finding.error(
                        field_path,
                        translate(
                            "Plan", "{ip} is the subnet's network or broadcast address"
                        ).format(ip=ip),
                        translate("Plan", "Pick a host address."),
                    ),
                )
        if ip_text in used:
            problem(
                "twice",
                Finding.error(
                    field_path,
                    translate("Plan", "{ip} is also given to {host}").format(
                        ip=ip, host=used[ip_text]
                    ),
                    translate("Plan", "Give every host its own storage IP."),
                ),
            )
        used[ip_text] = host.address
        if ip_text == net.gateway:
            problem(
                "gateway",
                Finding.error(
                    field_path,
                    translate("Plan", "{ip} is the gateway's address").format(ip=ip),
                    translate("Plan", "Pick another address."),
                ),
            )
        if ip_text in plan.iscsi.portals:
            problem(
                "portal",
                Finding.error(
                    field_path,
                    translate("Plan", "{ip} is the iSCSI portal's address").format(ip=ip),
                    translate("Plan", "Pick another address."),
                ),
            )
        if ip_text in management:
            problem(
                "management",
                Finding.error(
                    field_path,
                    translate("Plan", "{ip} is the management address of {host}").format(
                        ip=ip, host=management[ip_text]
                    ),
                    translate("Plan", "Storage needs addresses of its own: pick another address."),
                ),
            )
    return found


def _validate_iscsi(plan: Plan, out: list[Finding]) -> None:
    iscsi = plan.iscsi
    path = "iscsi"
    if not iscsi.portals:
        out.append(
            Finding.error(
                f"{path}.portals",
                translate("Plan", "no portal address"),
                translate("Plan", "Enter the array's iSCSI address, e.g. {example}.").format(
                    example='["10.200.0.10"]'
                ),
            )
        )
    owners = {ip: host for host, ip in plan.storage_ips().items()}
    names = {h.address: h.name or h.address for h in plan.hosts}
    for index, portal in enumerate(iscsi.portals):
        if _ip(portal) is None:
            out.append(
                Finding.error(
                    f"{path}.portals[{index}]",
                    translate("Plan", "{value} is not an IPv4 address").format(value=repr(portal)),
                    translate("Plan", "Use the portal's IP address."),
                )
            )
        elif portal in owners:
            out.append(
                Finding.error(
                    f"{path}.portals[{index}]",
                    translate("Plan", "{portal} is also the storage IP planned for {host}").format(
                        portal=portal, host=names.get(owners[portal], owners[portal])
                    ),
                    translate(
                        "Plan",
                        "Enter the array's own address, or give the hosts other storage IPs "
                        "(a different first IP).",
                    ),
                )
            )
    if not 1 <= iscsi.port <= 65535:
        out.append(
            Finding.error(
                f"{path}.port",
                translate("Plan", "{port} is not a TCP port").format(port=iscsi.port),
                translate("Plan", "iSCSI uses 3260."),
            )
        )
    if iscsi.target_iqn and not (iscsi.target_iqn == "*" or _IQN.match(iscsi.target_iqn)):
        out.append(
            Finding.error(
                f"{path}.target_iqn",
                translate("Plan", "{value} is not an IQN (RFC 3720)").format(
                    value=repr(iscsi.target_iqn)
                ),
                translate(
                    "Plan", "It looks like {example} — copy it from the probe result."
                ).format(example="iqn.2005-10.org.example:target"),
            )
        )
    if iscsi.target_iqn == "*" and len(iscsi.portals) < 2:
        out.append(
            Finding.warning(
                f"{path}.target_iqn",
                translate("Plan", "{value} (all targets) is meant for several portals").format(
                    value='"*"'
                ),
                translate("Plan", "Choose the target's IQN."),
            )
        )
    for key in ("sr_scsi_id", "heartbeat_scsi_id"):
        value = getattr(iscsi, key)
        if value and not _SCSI_ID.match(value):
            out.append(
                Finding.error(
                    f"{path}.{key}",
                    translate("Plan", "{value} is not a SCSI id").format(value=repr(value)),
                    translate("Plan", "Copy the SCSIid from the probe result."),
                )
            )
    if not iscsi.sr_scsi_id:
        out.append(
            Finding.error(
                f"{path}.sr_scsi_id",
                translate("Plan", "no LUN chosen for the shared SR"),
                translate("Plan", "Probe the target and choose a LUN."),
            )
        )
    if iscsi.sr_scsi_id and iscsi.sr_scsi_id == iscsi.heartbeat_scsi_id:
        out.append(
            Finding.error(
                f"{path}.heartbeat_scsi_id",
                translate("Plan", "the heartbeat uses the same LUN as the shared SR"),
                translate("Plan", "Give the HA heartbeat its own small LUN (4 GiB)."),
            )
        )
    if plan.ha.enabled and not iscsi.heartbeat_scsi_id:
        out.append(
            Finding.error(
                f"{path}.heartbeat_scsi_id",
                translate("Plan", "HA is on but no heartbeat LUN is chosen"),
                translate("Plan", "Choose a LUN of at least 4 GiB, or turn HA off."),
            )
        )
    if iscsi.heartbeat_size and iscsi.heartbeat_size < HEARTBEAT_MIN_BYTES:
        out.append(
            Finding.error(
                f"{path}.heartbeat_size",
                translate(
                    "Plan",
                    "the heartbeat LUN has {size} GiB ({bytes} bytes); HA needs {need} GiB "
                    "({need_bytes} bytes) on it",
                ).format(
                    size=decimal(iscsi.heartbeat_size / GiB),
                    bytes=whole(iscsi.heartbeat_size),
                    need=decimal(HEARTBEAT_MIN_BYTES / GiB),
                    need_bytes=whole(HEARTBEAT_MIN_BYTES),
                ),
                translate(
                    "Plan",
                    "XAPI puts the HA statefile and the pool database redo log there: use a LUN "
                    "of 4 GiB or more.",
                ),
            )
        )
    if iscsi.existing_sr not in {e.value for e in ExistingSr}:
        out.append(
            Finding.error(
                f"{path}.existing_sr",
                translate("Plan", "{value} is not {reattach}, {format} or {stop}").format(
                    value=repr(iscsi.existing_sr), reattach="reattach", format="format", stop="stop"
                ),
                translate("Plan", "Use {value} to keep the data on the LUN.").format(
                    value='"reattach"'
                ),
            )
        )
    for key in ("sr_name", "heartbeat_sr_name"):
        if not _NAME.match(getattr(iscsi, key) or ""):
            out.append(
                Finding.error(
                    f"{path}.{key}",
                    translate("Plan", "must be 1-128 printable characters"),
                    translate("Plan", "Name the SR."),
                )
            )
    if iscsi.chap_user and not re.fullmatch(r"[\x21-\x7e]{1,255}", iscsi.chap_user):
        out.append(
            Finding.error(
                f"{path}.chap_user",
                translate("Plan", "must be printable characters without spaces"),
                translate("Plan", "Correct the CHAP user."),
            )
        )


def _validate_ha(plan: Plan, out: list[Finding]) -> None:
    ha = plan.ha
    if ha.host_failures_to_tolerate < 0:
        out.append(
            Finding.error(
                "ha.host_failures_to_tolerate",
                translate("Plan", "cannot be negative"),
                translate("Plan", "Use 1 for most pools."),
            )
        )
    elif plan.hosts and ha.enabled and ha.host_failures_to_tolerate >= len(plan.hosts):
        out.append(
            Finding.error(
                "ha.host_failures_to_tolerate",
                translate(
                    "Plan", "{failures} failures cannot be tolerated with {hosts} hosts"
                ).format(failures=ha.host_failures_to_tolerate, hosts=len(plan.hosts)),
                translate("Plan", "Use at most {count}.").format(count=len(plan.hosts) - 1),
            )
        )
    for index, name in enumerate(plan.move_vms):
        if not _NAME.match(name):
            out.append(
                Finding.error(
                    f"move_vms[{index}]",
                    translate("Plan", "is not a VM name"),
                    translate("Plan", "Use the VM's name as XenCenter shows it."),
                )
            )
    for vm, priority in ha.restart_priorities.items():
        if priority not in RESTART_PRIORITIES:
            out.append(
                Finding.error(
                    f"ha.restart_priorities.{vm}",
                    translate("Plan", "{value} is not a restart priority").format(
                        value=repr(priority)
                    ),
                    translate("Plan", "Use {restart}, {best_effort} or {none}.").format(
                        restart='"restart"', best_effort='"best-effort"', none='""'
                    ),
                )
            )
