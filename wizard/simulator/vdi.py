"""VDI copy/destroy, VBD create/destroy and VDI.pool_migrate: moving a VM's disks to another SR."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import NULL_REF, new_uuid
from wizard.simulator.dispatch import Call, api
from wizard.simulator.scenario import refresh_derived

VDI_IN_USE = "VDI_IN_USE"


def _assert_room(db: Any, source: dict[str, Any], sr: str) -> None:
    target = db.get("SR", sr)
    free = int(target["physical_size"]) - int(target["physical_utilisation"])
    if free < int(source["virtual_size"]):
        raise E.XapiError(E.SR_SOURCE_SPACE_INSUFFICIENT, sr)


def _copy_onto(db: Any, source: dict[str, Any], sr: str) -> str:
    """A new VDI on ``sr`` with the source's name, size and type."""
    copy: str = db.create(
        "VDI",
        name_label=source["name_label"],
        name_description=source["name_description"],
        SR=sr,
        virtual_size=source["virtual_size"],
        physical_utilisation=source["virtual_size"],
        type=source["type"],
        location=new_uuid(),
        other_config=dict(source["other_config"]),
    )
    return copy


def _plugged(db: Any, sr: str) -> list[str]:
    return [p for p in db.find("PBD", SR=sr) if db.get("PBD", p)["currently_attached"]]


@api("VDI.copy", 4)
def vdi_copy(
    call: Call, vdi: str, sr: str, base_vdi: str, into_vdi: str
) -> Generator[float, None, str]:
    db = call.db
    if base_vdi != NULL_REF or into_vdi != NULL_REF:
        # Delta copies and copies into an existing VDI are not modelled.
        raise E.XapiError(E.NOT_IMPLEMENTED, "VDI.copy with base_vdi or into_vdi")
    source = db.get("VDI", vdi)
    db.get("SR", sr)
    if not _plugged(db, sr):
        raise E.XapiError(E.SR_HAS_NO_PBDS, sr)
    _assert_room(db, source, sr)
    yield 1.0
    copy = _copy_onto(db, source, sr)
    refresh_derived(db)
    return copy


@api("VDI.pool_migrate", 3)
def vdi_pool_migrate(
    call: Call, vdi: str, sr: str, options: dict[str, str]
) -> Generator[float, None, str]:
    """Storage XenMotion inside the pool: the disk moves while its VM keeps running.

    As XAPI: the VDI must belong to a VM (VDI_NEEDS_VM_FOR_MIGRATE); a running VM's host
    must see the destination SR (VM_REQUIRES_SR); the VBD ends up on a new VDI in that SR
    and the old one is gone. The new VDI is the answer.
    """
    db = call.db
    source = db.get("VDI", vdi)
    db.get("SR", sr)
    vbds = db.find("VBD", VDI=vdi)
    if not vbds:
        raise E.XapiError(E.VDI_NEEDS_VM_FOR_MIGRATE, vdi)
    vm = db.get("VBD", vbds[0])["VM"]
    record = db.get("VM", vm)
    host = record["resident_on"]
    plugged = _plugged(db, sr)
    if not plugged or (
        host != NULL_REF and not any(db.get("PBD", p)["host"] == host for p in plugged)
    ):
        raise E.XapiError(E.VM_REQUIRES_SR, vm, sr)
    if record["power_state"] == "Running":
        # the move is a migration to the same host: a second copy of the VM for a while
        needed = int(record["memory_static_max"]) + int(record["memory_overhead"])
        metrics = db.get("host", host)["metrics"]
        available = int(db.get("host_metrics", metrics)["memory_free"])
        if available < needed:
            raise E.XapiError(E.HOST_NOT_ENOUGH_FREE_MEMORY, str(needed), str(available))
    _assert_room(db, source, sr)
    yield 1.0
    moved = _copy_onto(db, source, sr)
    for vbd in vbds:  # only the VM it moved for follows (XAPI's vdi_map is that VM's)
        if db.get("VBD", vbd)["VM"] == vm:
            db.update("VBD", vbd, VDI=moved)
    db.delete("VDI", vdi)
    refresh_derived(db)
    return moved


@api("VDI.destroy", 1)
def vdi_destroy(call: Call, vdi: str) -> Generator[float, None, str]:
    db = call.db
    db.get("VDI", vdi)
    attached = [v for v in db.find("VBD", VDI=vdi) if db.get("VBD", v)["currently_attached"]]
    if attached:
        raise E.XapiError(VDI_IN_USE, vdi, "destroy")
    yield 1.0
    for vbd in db.find("VBD", VDI=vdi):
        db.update("VBD", vbd, VDI=NULL_REF, empty=True)
    db.delete("VDI", vdi)
    refresh_derived(db)
    return ""


@api("VBD.create", 1)
def vbd_create(call: Call, record: dict[str, Any]) -> str:
    db = call.db
    vm = str(record.get("VM", ""))
    vdi = str(record.get("VDI", NULL_REF))
    db.get("VM", vm)
    if vdi != NULL_REF:
        db.get("VDI", vdi)
    device = str(record.get("userdevice", "0"))
    for other in db.find("VBD", VM=vm):
        if db.get("VBD", other)["userdevice"] == device:
            raise E.XapiError(E.INVALID_VALUE, "userdevice", device)
    vbd = db.create(
        "VBD",
        VM=vm,
        VDI=vdi,
        userdevice=device,
        bootable=bool(record.get("bootable", False)),
        mode=str(record.get("mode", "RW")),
        type=str(record.get("type", "Disk")),
        empty=vdi == NULL_REF,
        other_config=dict(record.get("other_config", {})),
    )
    refresh_derived(db)
    return vbd


@api("VBD.destroy", 1)
def vbd_destroy(call: Call, vbd: str) -> str:
    db = call.db
    record = db.get("VBD", vbd)
    if record["currently_attached"]:
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "VBD is currently attached")
    db.delete("VBD", vbd)
    refresh_derived(db)
    return ""
