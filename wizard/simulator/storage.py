"""SR, PBD and iSCSI probe messages, answering as XAPI with the lvmoiscsi SM driver does.

The probe XML is built with ``xml.dom.minidom`` and ``toprettyxml()`` exactly
as ``BaseISCSI.py`` / ``lvutil.srlist_toxml`` do, and reaches the client the
way ``sm_exec.ml`` forwards it: ``[SR_BACKEND_FAILURE_<N>, "", text, stderr]``.
"""

from __future__ import annotations

import ipaddress
import xml.dom.minidom
from collections.abc import Generator
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import NULL_REF, Database, new_uuid
from wizard.simulator.dispatch import Call, api
from wizard.simulator.network import pif_ipv4_network
from wizard.simulator.scenario import refresh_derived
from wizard.simulator.world import IscsiTarget, Lun, Machine, World

MiB = 1024**2
LVM_METADATA = 4 * MiB  # what an LVM volume group keeps of a LUN for itself
KNOWN_TYPES = {"lvmoiscsi", "lvm", "ext", "nfs", "iso", "udev", "lvmohba", "gfs2", "smb"}

# SM error numbers and texts (xapi-project/sm libs/sm/core/XE_SR_ERRORCODES.xml).
SM_ERRORS = {
    16: "The SR device is currently in use",
    20: "No such secret.",
    47: "The SR is not available",
    68: "ISCSI login failed - check access settings for the initiator on the storage, "
    "if CHAP is used verify CHAP credentials",
    83: "ISCSI discovery failed",
    95: "The request is missing the target parameter",
    96: "The request is missing or has an incorrect target IQN parameter",
    97: "Unable to retrieve the host configuration ISCSI IQN parameter",
    107: "The SCSIid parameter is missing or incorrect",
    140: "Incorrect DNS name, unable to resolve.",
    141: "Unable to connect to ISCSI service on target",
    142: "Incorrect value for iSCSI port, must be a number between 1 and 65535",
}


def sm_failure(number: int, stderr: str = "", opterr: str = "") -> E.XapiError:
    if number == 16:  # SRInUse: sm_exec.ml sends it as its own code, without parameters
        return E.XapiError(E.SR_DEVICE_IN_USE)
    text = SM_ERRORS[number] + (f" [opterr={opterr}]" if opterr else "")
    return E.backend_failure(number, text, stderr)


def _pretty(document: xml.dom.minidom.Document) -> str:
    return document.toprettyxml()


def _stderr(document: xml.dom.minidom.Document) -> str:
    # SM prints the XML to stderr with print(): one more newline.
    return _pretty(document) + "\n"


def _add_text(document: xml.dom.minidom.Document, parent: Any, name: str, value: str) -> None:
    child = document.createElement(name)
    child.appendChild(document.createTextNode(value))
    parent.appendChild(child)


def iqn_list_xml(target_list: str, port: int, discovered: list[tuple[str, int, str]]) -> str:
    document = xml.dom.minidom.Document()
    root = document.createElement("iscsi-target-iqns")
    document.appendChild(root)
    entries = [*discovered, (target_list, port, "*")]
    for index, (address, entry_port, iqn) in enumerate(entries):
        tgt = document.createElement("TGT")
        root.appendChild(tgt)
        _add_text(document, tgt, "Index", str(index))
        _add_text(document, tgt, "IPAddress", address)
        if entry_port != 3260:
            _add_text(document, tgt, "Port", str(entry_port))
        _add_text(document, tgt, "TargetIQN", iqn)
    return _stderr(document)


def lun_list_xml(luns: list[Lun]) -> str:
    document = xml.dom.minidom.Document()
    root = document.createElement("iscsi-target")
    document.appendChild(root)
    for lun in sorted(luns, key=lambda item: item.lun_id):
        entry = document.createElement("LUN")
        root.appendChild(entry)
        for name, value in (
            ("vendor", lun.vendor),
            ("serial", lun.serial),
            ("LUNid", str(lun.lun_id)),
            ("size", str(lun.size)),
            ("SCSIid", lun.scsi_id),
        ):
            if value:
                _add_text(document, entry, name, value)
    return _stderr(document)


def sr_list_xml(lun: Lun, metadata: bool, pool_metadata: bool = False) -> str:
    document = xml.dom.minidom.Document()
    root = document.createElement("SRlist")
    document.appendChild(root)
    if lun.sr_uuid:
        entry = document.createElement("SR")
        root.appendChild(entry)
        _add_text(document, entry, "UUID", lun.sr_uuid)
        _add_text(document, entry, "Devlist", f"/dev/disk/by-id/scsi-{lun.scsi_id}")
        _add_text(document, entry, "size", str(lun.size - LVM_METADATA))
        if metadata:
            _add_text(document, entry, "name_label", lun.sr_name)
            _add_text(document, entry, "name_description", "")
            _add_text(
                document, entry, "pool_metadata_detected", "true" if pool_metadata else "false"
            )
    return _pretty(document)


# -- reachability -------------------------------------------------------------
def host_reaches(
    world: World, db: Database, host_ref: str, target: IscsiTarget, portal: str
) -> bool:
    """Whether a host has a plugged interface on the target's storage network.

    Mirrors the lab: the target answers only on its VLAN, on the NICs cabled to
    the storage switch, from an address in the portal's subnet.
    """
    machine = world.machine_of_host(db, host_ref)
    if not machine.online or (machine.address, portal) in world.faults.path_down:
        return False
    try:
        portal_ip = ipaddress.IPv4Address(portal)
    except ValueError:
        return False
    for _, pif in db.all("PIF"):
        if pif["host"] != host_ref or not pif["currently_attached"]:
            continue
        network = pif_ipv4_network(pif)
        if network is None or portal_ip not in network:
            continue
        nic = next((n for n in machine.nics if n.device == pif["device"]), None)
        if nic is None or not nic.carrier or nic.device not in target.devices:
            continue
        if pif["VLAN"] == target.vlan:
            return True
    return False


def _secret_value(db: Database, config: dict[str, str], plain: str, secret: str) -> str:
    if config.get(plain):
        return config[plain]
    uuid = config.get(secret)
    if not uuid:
        return ""
    for _, record in db.all("secret"):
        if record["uuid"] == uuid:
            return str(record["value"])
    raise sm_failure(20, opterr=f"Unable to look up secret [{uuid}]")


def _port(config: dict[str, str]) -> int:
    raw = config.get("port", "3260") or "3260"
    try:
        port = int(raw)
    except ValueError:
        raise sm_failure(142) from None
    if not 1 <= port <= 65535:
        raise sm_failure(142)
    return port


def _chap_ok(db: Database, config: dict[str, str], target: IscsiTarget) -> bool:
    if not target.chap_user:
        return True
    user = config.get("chapuser", "")
    password = _secret_value(db, config, "chappassword", "chappassword_secret")
    return user == target.chap_user and password == target.chap_password


def _initiator_allowed(machine: Machine, target: IscsiTarget) -> bool:
    return not target.allowed_initiators or machine.iscsi_iqn in target.allowed_initiators


def _first_portal(world: World, config: dict[str, str]) -> tuple[str, str, int]:
    target_list = config.get("target", "")
    if not target_list:
        raise sm_failure(95)
    port = _port(config)
    first = target_list.split(",")[0].strip()
    try:
        ipaddress.IPv4Address(first)
    except ValueError:
        raise sm_failure(140) from None
    return target_list, first, port


def _visible_luns(
    world: World, db: Database, host_ref: str, config: dict[str, str]
) -> tuple[IscsiTarget, list[Lun]]:
    """Discovery then login, as BaseISCSI.attach does; the LUNs the host sees."""
    if world.lab is not None:  # lab mode: a real discovery from the host's namespace
        return world.lab.visible_luns(world, db, host_ref, config)  # type: ignore[no-any-return]
    target_list, portal, port = _first_portal(world, config)
    machine = world.machine_of_host(db, host_ref)
    targets = world.targets_at(portal, port)
    if not targets or not host_reaches(world, db, host_ref, targets[0], portal):
        raise sm_failure(141)
    if any(t.chap_user and not _chap_ok(db, config, t) for t in targets):
        raise sm_failure(68)  # discovery CHAP refused
    wanted = config.get("targetIQN", "")
    if not wanted:
        raise sm_failure(96, iqn_list_xml(target_list, port, _discovered(targets, port)))
    chosen = targets if wanted == "*" else [t for t in targets if t.iqn == wanted]
    if not chosen:
        raise sm_failure(
            83, iqn_list_xml(target_list, port, _discovered(targets, port)), "check target settings"
        )
    if not all(_initiator_allowed(machine, t) for t in chosen):
        raise sm_failure(68)
    return chosen[0], [lun for t in chosen for lun in t.luns]


def _discovered(targets: list[IscsiTarget], port: int) -> list[tuple[str, int, str]]:
    return [(portal, t.port, t.iqn) for t in targets for portal in t.portals]


def move_passwords_to_secrets(db: Database, config: dict[str, str]) -> dict[str, str]:
    """XAPI never keeps a clear-text *password key: it becomes a secret's uuid."""
    moved = dict(config)
    for key in [k for k in config if k.endswith("password")]:
        secret = db.create("secret", value=moved.pop(key))
        moved[f"{key}_secret"] = db.get("secret", secret)["uuid"]
    return moved


def _probe_host(call: Call, host: str) -> str:
    if host in ("", NULL_REF):
        return call.db.master_ref
    call.db.get("host", host)
    return host


def _lun_for(world: World, db: Database, host_ref: str, config: dict[str, str]) -> Lun:
    _, luns = _visible_luns(world, db, host_ref, config)
    scsi_id = config.get("SCSIid", "")
    lun = next((lun for lun in luns if lun.scsi_id == scsi_id), None)
    if lun is None:
        raise sm_failure(107, lun_list_xml(luns))
    return lun


def _assert_type(sr_type: str) -> None:
    if sr_type not in KNOWN_TYPES:
        raise E.XapiError(E.SR_UNKNOWN_DRIVER, sr_type)


@api("SR.probe", 4)
def sr_probe(
    call: Call, host: str, device_config: dict[str, str], sr_type: str, sm_config: dict[str, str]
) -> Generator[float, None, str]:
    _assert_type(sr_type)
    host_ref = _probe_host(call, host)
    yield 0.5
    if sr_type != "lvmoiscsi":
        raise E.XapiError(E.SR_OPERATION_NOT_SUPPORTED, "")
    if _multipath_map_here(call.db, host_ref, str(device_config.get("SCSIid", ""))):
        # LVHDoISCSISR.probe: detaching a multipath map in use would break it, so SM refuses.
        raise sm_failure(16)
    lun = _lun_for(call.world, call.db, host_ref, dict(device_config))  # probe keeps no secret
    yield 0.5
    return sr_list_xml(lun, str(sm_config.get("metadata", "")).lower() == "true")


@api("SR.probe_ext", 4)
def sr_probe_ext(
    call: Call, host: str, device_config: dict[str, str], sr_type: str, sm_config: dict[str, str]
) -> Generator[float, None, list[Any]]:
    # SMAPIv1 drivers answer the SM probe first, then XAPI refuses the "Raw" answer.
    yield from sr_probe(call, host, device_config, sr_type, sm_config)
    raise E.XapiError(E.SR_OPERATION_NOT_SUPPORTED)


def _multipath_map_here(db: Database, host: str, scsi_id: str) -> bool:
    """The host multipaths and has the LUN attached: its multipath map exists."""
    if not scsi_id or not db.get("host", host)["multipathing"]:
        return False
    return any(
        (pbd := db.get("PBD", ref))["currently_attached"]
        and pbd["device_config"].get("SCSIid") == scsi_id
        for ref in db.find("PBD", host=host)
    )


def _lun_in_use_here(db: Database, lun: Lun) -> bool:
    for _, pbd in db.all("PBD"):
        if pbd["currently_attached"] and pbd["device_config"].get("SCSIid") == lun.scsi_id:
            return True
    return False


def _sr_sm_config(lun: Lun) -> dict[str, str]:
    return {
        "allocation": "thick",
        "use_vhd": "true",
        "devserial": f"scsi-{lun.scsi_id}",
        "multipathable": "true",
    }


@api("SR.create", 9)
def sr_create(
    call: Call,
    host: str,
    device_config: dict[str, str],
    physical_size: Any,
    name_label: str,
    name_description: str,
    sr_type: str,
    content_type: str,
    shared: bool,
    sm_config: dict[str, str],
) -> Generator[float, None, str]:
    db, world = call.db, call.world
    _assert_type(sr_type)
    host_ref = _probe_host(call, host)
    config = move_passwords_to_secrets(db, dict(device_config))
    if sr_type != "lvmoiscsi":
        raise E.XapiError(E.SR_OPERATION_NOT_SUPPORTED, "")
    lun = _lun_for(world, db, host_ref, config)
    if _lun_in_use_here(db, lun):
        raise sm_failure(16)
    yield 0.6
    # Re-check: the target may have gone away while the volume group was made.
    lun = _lun_for(world, db, host_ref, config)
    sr_uuid = new_uuid()
    lun.sr_uuid, lun.sr_name, lun.sr_type, lun.sr_vdis = sr_uuid, name_label, sr_type, []
    sr = db.create(
        "SR",
        uuid=sr_uuid,
        name_label=name_label,
        name_description=name_description,
        type=sr_type,
        content_type=content_type,
        shared=bool(shared),
        physical_size=lun.size - LVM_METADATA,
        sm_config={**_sr_sm_config(lun), **dict(sm_config)},
    )
    hosts = sorted(db.tables["host"]) if shared else [host_ref]
    pbds = [db.create("PBD", host=h, SR=sr, device_config=dict(config)) for h in hosts]
    yield 0.2
    # XAPI plugs every PBD but does not fail the create when a member's plug fails.
    for pbd in pbds:
        plug_pbd_if_possible(world, db, pbd)
    refresh_derived(db)
    yield 0.2
    return sr


@api("SR.introduce", 7)
def sr_introduce(
    call: Call,
    uuid: str,
    name_label: str,
    name_description: str,
    sr_type: str,
    content_type: str,
    shared: bool,
    sm_config: dict[str, str],
) -> Generator[float, None, str]:
    db = call.db
    _assert_type(sr_type.lower())
    if uuid and db.where("SR", lambda r: r["uuid"] == uuid):
        raise E.XapiError(E.SR_UUID_EXISTS, uuid)
    yield 1.0
    return db.create(
        "SR",
        uuid=uuid or new_uuid(),
        physical_size=-1,
        physical_utilisation=-1,
        name_label=name_label,
        name_description=name_description,
        type=sr_type.lower(),
        content_type=content_type,
        shared=bool(shared),
        sm_config=dict(sm_config),
    )


@api("SR.forget", 1)
def sr_forget(call: Call, sr: str) -> Generator[float, None, str]:
    db = call.db
    db.get("SR", sr)
    if any(db.get("PBD", p)["currently_attached"] for p in db.find("PBD", SR=sr)):
        raise E.XapiError(E.SR_HAS_PBD, sr)
    yield 1.0
    _drop_records(db, sr)
    return ""


def _drop_records(db: Database, sr: str) -> None:
    """Xapi_sr.really_forget: the SR's PBD and VDI records and the SR record itself."""
    for pbd in db.find("PBD", SR=sr):
        db.delete("PBD", pbd)
    for vdi in db.find("VDI", SR=sr):
        db.delete("VDI", vdi)
    db.delete("SR", sr)
    refresh_derived(db)


@api("SR.destroy", 1)
def sr_destroy(call: Call, sr: str) -> Generator[float, None, str]:
    db, world = call.db, call.world
    record = db.get("SR", sr)
    pbds = db.find("PBD", SR=sr)
    if any(db.get("PBD", p)["currently_attached"] for p in pbds):
        raise E.XapiError(E.SR_HAS_PBD, sr)
    if not pbds:
        raise E.XapiError(E.SR_HAS_NO_PBDS, sr)
    if any(db.get("VDI", v)["managed"] for v in db.find("VDI", SR=sr)):
        raise E.XapiError(E.SR_NOT_EMPTY)
    yield 1.0
    found = world.lun_by_scsi_id(db.get("PBD", pbds[0])["device_config"].get("SCSIid", ""))
    if found and found[1].sr_uuid == record["uuid"]:
        lun = found[1]
        lun.sr_uuid, lun.sr_name, lun.sr_type, lun.sr_vdis = "", "", "", []
    _drop_records(db, sr)
    return ""


@api("SR.scan", 1)
def sr_scan(call: Call, sr: str) -> Generator[float, None, str]:
    db, world = call.db, call.world
    record = db.get("SR", sr)
    pbds = db.find("PBD", SR=sr, currently_attached=True)
    if not pbds:
        raise E.XapiError(E.SR_HAS_NO_PBDS, sr)
    yield 1.0
    found = world.lun_by_scsi_id(db.get("PBD", pbds[0])["device_config"].get("SCSIid", ""))
    if found and found[1].sr_uuid == record["uuid"]:
        known = {db.get("VDI", v)["uuid"] for v in db.find("VDI", SR=sr)}
        for vdi in found[1].sr_vdis:
            if vdi["uuid"] not in known:
                db.create(
                    "VDI",
                    uuid=vdi["uuid"],
                    name_label=vdi["name_label"],
                    SR=sr,
                    virtual_size=vdi["virtual_size"],
                    physical_utilisation=vdi["virtual_size"],
                    location=vdi["uuid"],
                )
        refresh_derived(db)
    return ""


# -- PBDs ---------------------------------------------------------------------
@api("PBD.create", 1)
def pbd_create(call: Call, record: dict[str, Any]) -> str:
    db = call.db
    host, sr = str(record.get("host", "")), str(record.get("SR", ""))
    db.get("host", host)
    db.get("SR", sr)
    existing = db.find_one("PBD", host=host, SR=sr)
    if existing:
        raise E.XapiError(E.PBD_EXISTS, sr, host, existing)
    config = dict(record.get("device_config", {}))
    if "SRmaster" in config:
        raise E.XapiError(
            E.VALUE_NOT_SUPPORTED,
            "SRmaster",
            config["SRmaster"],
            "This key is for internal use only",
        )
    pbd = db.create(
        "PBD",
        host=host,
        SR=sr,
        device_config=move_passwords_to_secrets(db, config),
        other_config=dict(record.get("other_config", {})),
    )
    refresh_derived(db)
    return pbd


def assert_pbd_can_plug(world: World, db: Database, pbd: str) -> None:
    record = db.get("PBD", pbd)
    sr = db.get("SR", record["SR"])
    if sr["type"] != "lvmoiscsi":
        return
    machine = world.machine_of_host(db, record["host"])
    if machine.address in world.faults.pbd_plug_fails_on:
        raise sm_failure(68)
    lun = _lun_for(world, db, record["host"], dict(record["device_config"]))
    if lun.sr_uuid != sr["uuid"]:
        raise sm_failure(47, opterr=f"no such volume group: VG_XenStorage-{sr['uuid']}")


def plug_pbd_if_possible(world: World, db: Database, pbd: str) -> bool:
    try:
        assert_pbd_can_plug(world, db, pbd)
    except E.XapiError:
        return False
    db.update("PBD", pbd, currently_attached=True)
    _note_paths(world, db, pbd)
    _refresh_size(world, db, db.get("PBD", pbd)["SR"])
    return True


def _note_paths(world: World, db: Database, pbd: str) -> None:
    """What SM's mpathcount writes on an attached PBD: ``multipathed`` and
    ``mpath-<SCSIid>`` = "[paths up, paths]" when the host multipaths, nothing otherwise."""
    record = db.get("PBD", pbd)
    scsi_id = record["device_config"].get("SCSIid", "")
    other = {
        k: v
        for k, v in record["other_config"].items()
        if k != "multipathed" and not k.startswith("mpath-")
    }
    host = db.get("host", record["host"])
    found = world.lun_by_scsi_id(scsi_id)
    if record["currently_attached"] and host["multipathing"] and found is not None:
        target = found[0]
        up = sum(host_reaches(world, db, record["host"], target, p) for p in target.portals)
        other["multipathed"] = "true"
        other[f"mpath-{scsi_id}"] = f"[{up}, {len(target.portals)}]"
    db.update("PBD", pbd, other_config=other)


def _refresh_size(world: World, db: Database, sr: str) -> None:
    record = db.get("SR", sr)
    if record["type"] != "lvmoiscsi" or record["physical_size"] > 0:
        return
    for pbd in db.find("PBD", SR=sr):
        found = world.lun_by_scsi_id(db.get("PBD", pbd)["device_config"].get("SCSIid", ""))
        if found:
            size = found[1].size - LVM_METADATA
            used = sum(int(db.get("VDI", v)["virtual_size"]) for v in db.find("VDI", SR=sr))
            db.update(
                "SR",
                sr,
                physical_size=size,
                physical_utilisation=used,
                sm_config=_sr_sm_config(found[1]) | record["sm_config"],
            )
            return


@api("PBD.plug", 1)
def pbd_plug(call: Call, pbd: str) -> Generator[float, None, str]:
    db, world = call.db, call.world
    if db.get("PBD", pbd)["currently_attached"]:
        return ""
    assert_pbd_can_plug(world, db, pbd)
    yield 1.0
    assert_pbd_can_plug(world, db, pbd)
    db.update("PBD", pbd, currently_attached=True)
    _note_paths(world, db, pbd)
    _refresh_size(world, db, db.get("PBD", pbd)["SR"])
    return ""


@api("PBD.unplug", 1)
def pbd_unplug(call: Call, pbd: str) -> Generator[float, None, str]:
    db = call.db
    record = db.get("PBD", pbd)
    if db.pool["ha_enabled"] and db.get("SR", record["SR"])["uuid"] in _ha_srs(db):
        raise E.XapiError(E.HA_IS_ENABLED)
    yield 1.0
    db.update("PBD", pbd, currently_attached=False)
    _note_paths(call.world, db, pbd)
    return ""


def _ha_srs(db: Database) -> set[str]:
    statefiles = set(db.pool["ha_statefiles"])
    return {
        db.get("SR", v["SR"])["uuid"]
        for _, v in db.all("VDI")
        if v["uuid"] in statefiles and db.has("SR", v["SR"])
    }


@api("PBD.destroy", 1)
def pbd_destroy(call: Call, pbd: str) -> str:
    db = call.db
    if db.get("PBD", pbd)["currently_attached"]:
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "PBD is currently attached")
    db.delete("PBD", pbd)
    refresh_derived(db)
    return ""
