"""What each step made, read back from the pool for the journal: XAPI uuids per host.

After a step (done, skipped because already in place, or failed part-way) the
engine notes the objects that step is about as the pool holds them now, so
the journal names them even when a later run or a crash comes in between.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from wizard.progress import POOL
from wizard.steps.context import BuildContext
from wizard.xapi.errors import HostUnreachable, XenPoolError

log = logging.getLogger(__name__)

NULL = "OpaqueRef:NULL"
Objects = dict[str, dict[str, str]]  # host address (or POOL) -> what -> uuid


async def _addresses(ctx: BuildContext) -> dict[str, dict[str, Any]]:
    # The journal's notes come right after a stage's refresh: the view answers them.
    return await ctx.table("host")


async def _pool(ctx: BuildContext) -> Objects:
    _ref, pool = await ctx.pool()
    master = (await _addresses(ctx)).get(pool["master"], {})
    out: Objects = {POOL: {"pool": pool["uuid"], "master": master.get("uuid", "")}}
    if master:
        out[master["address"]] = {"host": master["uuid"]}
    return out


async def _join(ctx: BuildContext) -> Objects:
    planned = {h.address for h in ctx.plan.hosts}
    return {
        h["address"]: {"host": h["uuid"]}
        for h in (await _addresses(ctx)).values()
        if h["address"] in planned
    }


async def _network(ctx: BuildContext) -> Objects:
    from wizard.steps.network import find_storage_network

    network = await find_storage_network(ctx)
    if not network:
        return {}
    records = await ctx.records("network", "host", "PIF", "VLAN")
    out: Objects = {POOL: {"network": records["network"][network]["uuid"]}}
    hosts, pifs, vlans = records["host"], records["PIF"], records["VLAN"]
    vlan_of = {v["untagged_PIF"]: v["uuid"] for v in vlans.values()}
    for ref, pif in pifs.items():
        if pif["network"] != network or pif["host"] not in hosts:
            continue
        found = {"pif": pif["uuid"]}
        if ref in vlan_of:
            found["vlan"] = vlan_of[ref]
        out[hosts[pif["host"]]["address"]] = found
    return out


async def _sr(ctx: BuildContext, scsi_id: str) -> Objects:
    from wizard.steps.storage import sr_for_lun

    if not scsi_id:
        return {}
    found = await sr_for_lun(ctx, scsi_id, fresh=False)
    if found is None:
        return {}
    sr_ref, sr = found
    out: Objects = {POOL: {"sr": sr["uuid"]}}
    hosts = await _addresses(ctx)
    pbds = await ctx.table("PBD")
    for pbd in pbds.values():
        if pbd["SR"] == sr_ref and pbd["host"] in hosts:
            out[hosts[pbd["host"]]["address"]] = {
                "pbd": pbd["uuid"],
                "plugged": "true" if pbd["currently_attached"] else "false",
            }
    return out


async def _vdi_uuid(ctx: BuildContext, value: str) -> str:
    """Pool fields name VDIs by ref (XAPI) or uuid: the uuid either way."""
    if not value or value == NULL:
        return ""
    if not value.startswith("OpaqueRef:"):
        return value
    vdi = (await ctx.table("VDI")).get(value)
    return str(vdi["uuid"]) if vdi else str(await ctx.pool_call("VDI.get_uuid", value))


async def _ha(ctx: BuildContext) -> Objects:
    _ref, pool = await ctx.pool()
    state = {
        "enabled": "true" if pool["ha_enabled"] else "false",
        "failures_to_tolerate": str(pool["ha_host_failures_to_tolerate"]),
        "statefiles": ",".join([await _vdi_uuid(ctx, v) for v in pool["ha_statefiles"]]),
        "redo_log": await _vdi_uuid(ctx, str(pool.get("redo_log_vdi", ""))),
    }
    heartbeat = await _sr(ctx, ctx.plan.iscsi.heartbeat_scsi_id)
    state["heartbeat_sr"] = heartbeat.get(POOL, {}).get("sr", "")
    return {POOL: state}


def _readers(ctx: BuildContext) -> dict[str, Callable[[], Awaitable[Objects]]]:
    iscsi = ctx.plan.iscsi
    return {
        "pool": lambda: _pool(ctx),
        "join": lambda: _join(ctx),
        "network": lambda: _network(ctx),
        "sr": lambda: _sr(ctx, iscsi.sr_scsi_id),
        "heartbeat": lambda: _sr(ctx, iscsi.heartbeat_scsi_id),
        "ha": lambda: _ha(ctx),
    }


async def objects_of(ctx: BuildContext, step: str) -> Objects:
    """The objects ``step`` is about, as the pool holds them now (empty for other steps)."""
    reader = _readers(ctx).get(step)
    return await reader() if reader is not None else {}


async def note_objects(ctx: BuildContext, step: str, failure: BaseException | None = None) -> None:
    """At the end of a step: what it made, and every progress line kept back, on disk."""
    try:
        await _note_objects(ctx, step, failure)
    finally:
        if ctx.journal is not None:
            ctx.journal.flush()


async def _note_objects(ctx: BuildContext, step: str, failure: BaseException | None = None) -> None:
    """Write what ``step`` made into the journal; never raises (the build's error wins).

    After a failure that lost the master there is nothing to read: the journal keeps
    what earlier steps noted and the resumed run notes the rest.
    """
    if ctx.journal is None or ctx.offline or ctx.master is None:
        return
    if isinstance(failure, HostUnreachable) or (
        failure is not None and not isinstance(failure, Exception)
    ):
        return
    try:
        objects = await objects_of(ctx, step)
    except (XenPoolError, KeyError, TypeError, ValueError, IndexError) as exc:
        log.info("journal: could not read what step %s made: %s", step, exc)
        return
    ctx.journal.note(step, objects)
