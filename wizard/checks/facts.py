"""What the checks need to know about a host, read in a handful of calls.

Facts are plain data, so every check is a pure function that tests can
also feed directly; ``gather`` reads them through the SDK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wizard.checks import joinfacts
from wizard.checks.joinfacts import JoinState, as_int, join_state
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.xapi.client import HostClient
from wizard.xapi.errors import MalformedAnswer, UnsupportedRelease, XapiFailure

NULL = "OpaqueRef:NULL"


# The tag the build puts on the storage network it makes (network.other_config).
STORAGE_ROLE_KEY = "xenpool-wizard-role"
STORAGE_ROLE = "storage"
# pool.other_config: HA was turned off by the wizard so hosts could join; HaStep clears it.
HA_PAUSED_KEY = "xenpool-wizard-ha-paused"


@dataclass
class NicFacts:
    device: str
    vlan: int
    physical: bool
    management: bool
    carrier: bool
    speed: int  # Mbit/s
    mtu: int
    ip: str
    network: str  # network name_label
    network_ref: str
    attached: bool
    primary_address_type: str = "IPv4"
    ref: str = ""
    bonded: bool = False  # the PIF of a bond (its NICs back each other up)
    wizard_storage: bool = False  # on the storage network an earlier build made
    netmask: str = ""


@dataclass
class VmFacts:
    ref: str
    name: str
    power_state: str
    memory: int  # static max + overhead, what HA plans with
    resident_on: str  # host uuid or ""
    current_operations: bool
    ha_restart_priority: str
    local_disks: list[str] = field(default_factory=list)  # names of SRs that are not shared


@dataclass
class SrFacts:
    ref: str
    uuid: str
    name: str
    type: str
    shared: bool
    is_tools_sr: bool
    scsi_id: str = ""


@dataclass
class HostFacts:
    address: str
    uuid: str
    name: str
    software_version: dict[str, str]
    cpu_info: dict[str, str]
    edition: str
    license_params: dict[str, str]
    external_auth_type: str
    external_auth_service_name: str
    api_version: str
    memory_total: int
    memory_overhead: int
    iscsi_iqn: str
    live: bool
    # about the pool the host is in now
    pool_name: str
    pool_ha_enabled: bool
    pool_cpu_vendor: str
    pool_tls_verification: bool
    is_master: bool
    pool_size: int
    master_address: str
    pool_editions: list[str] = field(default_factory=list)  # every pool host's edition
    nics: list[NicFacts] = field(default_factory=list)
    bonds: int = 0
    tunnels: int = 0
    sriovs: int = 0
    non_management_vlans: int = 0
    vms: list[VmFacts] = field(default_factory=list)
    srs: list[SrFacts] = field(default_factory=list)
    control_domain_memory: int = 0
    multipathing: bool = False  # host.multipathing (other_config:multipathing before 7.5)
    pool_ha_paused: bool = False  # the wizard turned the pool's HA off for joins (not on yet)
    # Applied updates XAPI wants on every host of a pool (enforce_homogeneity): uuid -> name
    updates: dict[str, str] = field(default_factory=dict)
    join: JoinState = field(default_factory=JoinState)  # what the later join rules read

    @property
    def management(self) -> NicFacts | None:
        return next((n for n in self.nics if n.management), None)

    def nic(self, device: str) -> NicFacts | None:
        return next((n for n in self.nics if n.device == device and n.physical), None)

    @property
    def flags(self) -> set[str]:
        return set(self.cpu_info.get("flags", "").split())


CLASSES = (
    "host",
    "host_metrics",
    "PIF",
    "PIF_metrics",
    "network",
    "VM",
    "VBD",
    "VDI",
    "SR",
    "PBD",
    "Bond",
    "tunnel",
    "network_sriov",
    "VLAN",
    "pool",
    "pool_update",
    *joinfacts.CLASSES,
)


def in_pool_of(master: HostFacts, host: HostFacts) -> bool:
    """``host`` is ``master`` or one of its pool's members."""
    return host.uuid == master.uuid or (
        not host.is_master and host.master_address == master.address
    )


# The longest text kept from a host's answer (names, addresses, versions, CPU flags...).
MAX_TEXT = 65536

# What each record must hold for the facts: field -> (kind, required). Kinds: "str",
# "bool", "int" (XAPI sends int64 as decimal text), "map" (text -> text), "dict" (any
# mapping, only looked into by key), "refs" (a list of refs). Fields not named here are
# not read, so they may hold anything.
SCHEMA: dict[str, dict[str, tuple[str, bool]]] = {
    "host": {
        "metrics": ("str", True),
        "address": ("str", True),
        "uuid": ("str", True),
        "name_label": ("str", True),
        "software_version": ("map", True),
        "cpu_info": ("map", True),
        "edition": ("str", True),
        "license_params": ("map", True),
        "external_auth_type": ("str", True),
        "external_auth_service_name": ("str", True),
        "API_version_major": ("int", True),
        "API_version_minor": ("int", True),
        "memory_overhead": ("int", True),
        "iscsi_iqn": ("str", False),
        "multipathing": ("bool", False),
        "updates": ("refs", False),
        "other_config": ("dict", True),
        "pending_guidances": ("refs", False),
    },
    "host_metrics": {"memory_total": ("int", False), "live": ("bool", False)},
    "PIF": {
        "host": ("str", True),
        "metrics": ("str", True),
        "network": ("str", True),
        "device": ("str", True),
        "VLAN": ("int", True),
        "physical": ("bool", True),
        "management": ("bool", True),
        "MTU": ("int", True),
        "IP": ("str", True),
        "netmask": ("str", False),
        "currently_attached": ("bool", True),
        "primary_address_type": ("str", False),
        "bond_master_of": ("refs", False),
    },
    "PIF_metrics": {"carrier": ("bool", False), "speed": ("int", False)},
    "network": {
        "name_label": ("str", False),
        "other_config": ("map", False),
        "bridge": ("str", False),
        "purpose": ("refs", False),
    },
    "VM": {
        "is_control_domain": ("bool", True),
        "is_a_template": ("bool", True),
        "is_a_snapshot": ("bool", False),
        "resident_on": ("str", True),
        "affinity": ("str", False),
        "VBDs": ("refs", True),
        "name_label": ("str", True),
        "power_state": ("str", True),
        "memory_static_max": ("int", True),
        "memory_overhead": ("int", True),
        "current_operations": ("dict", True),
        "ha_restart_priority": ("str", True),
    },
    "VBD": {"VDI": ("str", True), "type": ("str", False)},
    "VDI": {"SR": ("str", True)},
    "SR": {
        "uuid": ("str", True),
        "name_label": ("str", True),
        "type": ("str", True),
        "shared": ("bool", True),
        "is_tools_sr": ("bool", False),
    },
    "PBD": {"SR": ("str", True), "host": ("str", True), "device_config": ("map", True)},
    "Bond": {"slaves": ("refs", False)},
    "tunnel": {},
    "network_sriov": {},
    "VLAN": {"untagged_PIF": ("str", True)},
    "pool": {
        "master": ("str", True),
        "name_label": ("str", True),
        "ha_enabled": ("bool", True),
        "cpu_info": ("map", True),
        "tls_verification_enabled": ("bool", False),
        "other_config": ("map", False),
        "current_operations": ("dict", False),
    },
    "pool_update": {
        "uuid": ("str", True),
        "name_label": ("str", True),
        "enforce_homogeneity": ("bool", False),
    },
    **joinfacts.SCHEMA,
}

_INT_TEXT = re.compile(r"-?[0-9]{1,20}")


def _show(text: object) -> str:
    """A piece of a hostile answer, short and on one line, to name it in a message."""
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _text_ok(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _kind_ok(kind: str, value: object) -> bool:
    if kind == "str":
        return _text_ok(value)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (
            isinstance(value, str) and _INT_TEXT.fullmatch(value) is not None
        )
    if kind == "map":
        return isinstance(value, dict) and all(
            _text_ok(k) and _text_ok(v) for k, v in value.items()
        )
    if kind == "dict":
        return isinstance(value, dict) and all(isinstance(k, str) for k in value)
    if kind == "refs":
        return isinstance(value, list) and all(_text_ok(v) for v in value)
    raise AssertionError(kind)


_KIND_NAMES = {
    "str": QT_TRANSLATE_NOOP("Facts", "text"),
    "bool": QT_TRANSLATE_NOOP("Facts", "true or false"),
    "int": QT_TRANSLATE_NOOP("Facts", "a whole number"),
    "map": QT_TRANSLATE_NOOP("Facts", "a map of texts"),
    "dict": QT_TRANSLATE_NOOP("Facts", "a map"),
    "refs": QT_TRANSLATE_NOOP("Facts", "a list of references"),
}


# XenServer 7.0's XAPI (xen-api's datamodel_types.ml: "dundee", 2.5); 6.x is 2.4 and older.
# Newer releases are read as they come: fields the facts do not name are not looked at.
OLDEST_API = (2, 5)


def _check_release(host: str, table: Any) -> None:
    """An old release is named as such, before its missing fields would be."""
    if not isinstance(table, dict):
        return
    for record in table.values():
        if not isinstance(record, dict):
            continue
        texts = (record.get("API_version_major"), record.get("API_version_minor"))
        if not all(_kind_ok("int", t) for t in texts):
            continue
        major, minor = (int(str(t)) for t in texts)
        if (major, minor) < OLDEST_API:
            version = record.get("software_version")
            version = version if isinstance(version, dict) else {}
            release = " ".join(
                str(version.get(k, ""))[:40] for k in ("product_brand", "product_version")
            ).strip()
            raise UnsupportedRelease(
                host,
                release or translate("Facts", "an unnamed release"),
                f"{major}.{minor}",
                "{}.{}".format(*OLDEST_API),
            )


def check_records(host: str, records: dict[str, Any]) -> None:
    """Every record the facts read has the fields they read, of the right kind.

    Raises ``MalformedAnswer`` naming the host, the class, the record and the field.
    """
    _check_release(host, records.get("host"))
    for cls in CLASSES:
        table = records.get(cls)
        if not isinstance(table, dict):
            raise MalformedAnswer(
                host,
                translate("Facts", "{cls}.get_all_records did not return records").format(cls=cls),
            )
        for ref, record in table.items():
            if not _text_ok(ref) or not isinstance(record, dict):
                raise MalformedAnswer(
                    host,
                    translate("Facts", "a {cls} record {ref} is not a record").format(
                        cls=cls, ref=_show(ref)
                    ),
                )
            for name, (kind, required) in SCHEMA[cls].items():
                if name not in record:
                    if required:
                        raise MalformedAnswer(
                            host,
                            translate("Facts", "{cls} {ref} has no field {field}").format(
                                cls=cls, ref=_show(ref), field=name
                            ),
                        )
                    continue
                if not _kind_ok(kind, record[name]):
                    raise MalformedAnswer(
                        host,
                        translate(
                            "Facts", "{cls} {ref}: field {field} is not {kind} ({value})"
                        ).format(
                            cls=cls,
                            ref=_show(ref),
                            field=name,
                            kind=translate("Facts", _KIND_NAMES[kind]),
                            value=_show(record[name]),
                        ),
                    )
    if not records["pool"]:
        raise MalformedAnswer(host, translate("Facts", "it reported no pool"))
    for ref, record in records["host"].items():
        iqn = record["other_config"].get("iscsi_iqn", "")
        if not _text_ok(iqn):
            raise MalformedAnswer(
                host,
                translate("Facts", "{cls} {ref}: field {field} is not {kind} ({value})").format(
                    cls="host",
                    ref=_show(ref),
                    field="other_config:iscsi_iqn",
                    kind=translate("Facts", _KIND_NAMES["str"]),
                    value=_show(iqn),
                ),
            )


def gather_pool(client: HostClient) -> list[HostFacts]:
    """Facts about every host of the pool ``client`` is logged in to."""
    records = {cls: _all_records(client, cls) for cls in CLASSES}
    return facts_from_records(client.endpoint.address, records)


def _all_records(client: HostClient, cls: str) -> Any:
    try:
        return client.call(f"{cls}.get_all_records")
    except XapiFailure as failure:
        # pool_update is gone from some releases, clustering or certificates are not there
        # yet on others: nothing of that kind to compare there.
        optional = cls == "pool_update" or cls in joinfacts.OPTIONAL_CLASSES
        if optional and failure.code == "MESSAGE_METHOD_UNKNOWN":
            return {}
        raise


def facts_from_records(host: str, records: dict[str, Any]) -> list[HostFacts]:
    """The facts from the answers of ``host`` (the address asked), checked before use."""
    check_records(host, records)
    pool = next(iter(records["pool"].values()))
    master_ref = pool["master"]
    hosts = records["host"]
    master_address = hosts[master_ref]["address"] if master_ref in hosts else ""
    facts = []
    for ref, record in hosts.items():
        facts.append(_host_facts(ref, record, records, pool, master_ref, master_address))
    return facts


def _host_facts(
    ref: str,
    host: dict[str, Any],
    records: dict[str, dict[str, Any]],
    pool: dict[str, Any],
    master_ref: str,
    master_address: str,
) -> HostFacts:
    metrics = records["host_metrics"].get(host["metrics"], {})
    pifs = {r: p for r, p in records["PIF"].items() if p["host"] == ref}
    nics = []
    for pif_ref, pif in pifs.items():
        pm = records["PIF_metrics"].get(pif["metrics"], {})
        network = records["network"].get(pif["network"], {})
        nics.append(
            NicFacts(
                device=pif["device"],
                vlan=as_int(pif["VLAN"]),
                physical=bool(pif["physical"]),
                management=bool(pif["management"]),
                carrier=bool(pm.get("carrier", False)),
                speed=as_int(pm.get("speed", 0)),
                mtu=as_int(pif["MTU"]),
                ip=pif["IP"],
                network=network.get("name_label", ""),
                network_ref=pif["network"],
                attached=bool(pif["currently_attached"]),
                primary_address_type=pif.get("primary_address_type", "IPv4"),
                ref=pif_ref,
                bonded=bool(pif.get("bond_master_of")),
                wizard_storage=network.get("other_config", {}).get(STORAGE_ROLE_KEY)
                == STORAGE_ROLE,
                netmask=pif.get("netmask", ""),
            )
        )
    non_mgmt_vlans = sum(
        1
        for vlan in records["VLAN"].values()
        if vlan["untagged_PIF"] in pifs and not pifs[vlan["untagged_PIF"]]["management"]
    )
    srs_here = {records["PBD"][p]["SR"] for p in records["PBD"] if records["PBD"][p]["host"] == ref}
    srs = []
    for sr_ref in srs_here:
        sr = records["SR"].get(sr_ref)
        if sr is None:
            continue
        scsi = next(
            (
                p["device_config"].get("SCSIid", "")
                for p in records["PBD"].values()
                if p["SR"] == sr_ref
            ),
            "",
        )
        srs.append(
            SrFacts(
                sr_ref,
                sr["uuid"],
                sr["name_label"],
                sr["type"],
                bool(sr["shared"]),
                bool(sr.get("is_tools_sr", False)),
                scsi,
            )
        )
    vms = []
    for vm_ref, vm in records["VM"].items():
        if vm["is_control_domain"] or vm["is_a_template"] or vm.get("is_a_snapshot"):
            continue
        on_host = vm["resident_on"] == ref or (
            vm["resident_on"] == NULL and vm.get("affinity") == ref
        )
        if not on_host:
            continue
        local = sorted(
            {
                records["SR"][records["VDI"][vbd["VDI"]]["SR"]]["name_label"]
                for vbd_ref in vm["VBDs"]
                if (vbd := records["VBD"].get(vbd_ref))
                and vbd.get("type", "Disk") == "Disk"  # an ISO in the drive is not a disk
                and vbd["VDI"] in records["VDI"]
                and records["VDI"][vbd["VDI"]]["SR"] in records["SR"]
                and not records["SR"][records["VDI"][vbd["VDI"]]["SR"]]["shared"]
            }
        )
        vms.append(
            VmFacts(
                ref=vm_ref,
                name=vm["name_label"],
                power_state=vm["power_state"],
                memory=as_int(vm["memory_static_max"]) + as_int(vm["memory_overhead"]),
                resident_on=host["uuid"] if vm["resident_on"] == ref else "",
                current_operations=bool(vm["current_operations"]),
                ha_restart_priority=vm["ha_restart_priority"],
                local_disks=local,
            )
        )
    return HostFacts(
        address=host["address"],
        uuid=host["uuid"],
        name=host["name_label"],
        software_version=dict(host["software_version"]),
        cpu_info=dict(host["cpu_info"]),
        edition=host["edition"],
        license_params=dict(host["license_params"]),
        external_auth_type=host["external_auth_type"],
        external_auth_service_name=host["external_auth_service_name"],
        api_version=f"{host['API_version_major']}.{host['API_version_minor']}",
        memory_total=as_int(metrics.get("memory_total", 0)),
        memory_overhead=as_int(host["memory_overhead"]),
        iscsi_iqn=host.get("iscsi_iqn") or host["other_config"].get("iscsi_iqn", ""),
        multipathing=bool(host.get("multipathing"))
        or host["other_config"].get("multipathing") == "true",
        updates={
            update["uuid"]: update["name_label"]
            for ref in host.get("updates", [])
            if (update := records["pool_update"].get(ref)) and update.get("enforce_homogeneity")
        },
        join=join_state(ref, host, records),
        live=bool(metrics.get("live", False)),
        pool_name=pool["name_label"],
        pool_ha_enabled=bool(pool["ha_enabled"]),
        # the mark counts only while HA is off (turned on by hand, it is stale)
        pool_ha_paused=HA_PAUSED_KEY in pool.get("other_config", {}) and not pool["ha_enabled"],
        pool_cpu_vendor=pool["cpu_info"].get("vendor", ""),
        pool_tls_verification=bool(pool.get("tls_verification_enabled", True)),
        is_master=ref == master_ref,
        pool_size=len(records["host"]),
        master_address=master_address,
        pool_editions=sorted({h["edition"] for h in records["host"].values()}),
        nics=sorted(nics, key=lambda n: (n.device, n.vlan)),
        bonds=len(records["Bond"]),
        tunnels=len(records["tunnel"]),
        sriovs=len(records["network_sriov"]),
        non_management_vlans=non_mgmt_vlans,
        vms=vms,
        srs=srs,
        control_domain_memory=sum(
            as_int(vm["memory_static_max"]) + as_int(vm["memory_overhead"])
            for vm in records["VM"].values()
            if vm["is_control_domain"] and vm["resident_on"] == ref
        ),
    )
