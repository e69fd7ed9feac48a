"""High Availability: enable/disable, failover planning, failures to tolerate.

Checks and sizes follow ``enable`` in ``ocaml/xapi/xapi_ha.ml``,
``xha_statefile.ml`` and ``ocaml/database/redo_log.ml``; planning follows
``xapi_ha_vm_failover.ml`` and ``binpack.ml``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import NULL_REF, Database
from wizard.simulator.dispatch import Call, api
from wizard.simulator.scenario import refresh_derived
from wizard.simulator.world import World

MiB = 1024**2
# xha_statefile.ml: a global section plus one 4 KiB section for each of up to 64 hosts.
STATEFILE_SIZE = 4096 + 64 * 4096
# redo_log.ml: sized so statefile and redo log come to about 4 GB.
REDO_LOG_SIZE = ((4_000_000_000 // (4 * MiB)) - 2) * 4 * MiB
HEARTBEAT_SR_MIN_FREE = 4 * MiB + REDO_LOG_SIZE  # each rounded up to 4 MiB, summed
RESTART_PRIORITIES = ("restart", "best-effort", "")
# SR types whose SM driver has VDI_GENERATE_CONFIG or VDI_ATTACH_OFFLINE.
STATEFILE_CAPABLE_TYPES = {"lvmoiscsi", "lvmohba", "lvm", "ext", "nfs", "gfs2", "lvmofcoe", "smb"}
# binpack.ml uses the exhaustive search only below this many permutations.
EXHAUSTIVE_LIMIT = 3500


@dataclass
class Plannable:
    hosts: dict[str, int]  # live host ref -> free memory (bytes)
    protected: list[tuple[int, str]]  # (memory needed, resident host or NULL)


def _vm_size(vm: dict[str, Any]) -> int:
    return int(vm["memory_static_max"]) + int(vm["memory_overhead"])


def plannable(world: World, db: Database, priorities: dict[str, str] | None) -> Plannable:
    hosts: dict[str, int] = {}
    for ref, host in sorted(db.all("host"), key=lambda item: item[1]["uuid"]):
        metrics = db.get("host_metrics", host["metrics"])
        if not (host["enabled"] and metrics["live"] and world.machine_of_host(db, ref).online):
            continue
        used = sum(_vm_size(vm) for _, vm in db.all("VM") if vm["resident_on"] == ref)
        hosts[ref] = max(0, int(metrics["memory_total"]) - int(host["memory_overhead"]) - used)
    protected = []
    for ref, vm in db.all("VM"):
        if vm["is_control_domain"] or vm["is_a_template"]:
            continue
        if priorities is not None:
            wanted = priorities.get(ref) == "restart"
        else:
            wanted = vm["ha_restart_priority"] == "restart" and vm["ha_always_run"]
        if wanted:
            resident = vm["resident_on"] if vm["power_state"] == "Running" else NULL_REF
            protected.append((_vm_size(vm), resident))
    return Plannable(hosts, protected)


def _pack(free: dict[str, int], sizes: list[int]) -> bool:
    """Biggest-fit-decreasing: every VM onto the host with most free memory."""
    free = dict(free)
    for size in sorted(sizes, reverse=True):
        if not free:
            return False
        best = max(free, key=lambda h: free[h])
        if free[best] < size:
            return False
        free[best] -= size
    return True


def plan_exists(state: Plannable, failures: int) -> bool:
    hosts = state.hosts
    offline = [size for size, host in state.protected if host == NULL_REF or host not in hosts]
    free = dict(hosts)
    # Protected VMs that are not running are placed first; from then on they
    # count as running where they were placed (and move when that host fails).
    placed = _pack_into(free, offline)
    if placed is None:
        return False
    running = [(size, host) for size, host in state.protected if host in hosts] + placed
    if failures == 0:
        return True
    if len(hosts) < failures or (len(hosts) == failures and state.protected):
        return False
    count = len(hosts)
    if count <= 32 and math.comb(count, failures) * math.factorial(failures) < EXHAUSTIVE_LIMIT:
        for failed in itertools.combinations(sorted(hosts), failures):
            survivors = {h: m for h, m in free.items() if h not in failed}
            displaced = [size for size, host in running if host in failed]
            if not _pack(survivors, displaced):
                return False
        return True
    # Approximate, as binpack.ml does for big pools: every VM as big as the
    # largest, the biggest hosts fail, the most loaded hosts' VMs must fit.
    if not running:
        return True
    biggest_vm = max(size for size, _ in running)
    remaining = sorted(free.values())[: count - failures]
    slots = sum(m // biggest_vm for m in remaining)
    per_host = sorted((sum(1 for _, h in running if h == host) for host in hosts), reverse=True)
    return sum(per_host[:failures]) <= slots


def _pack_into(free: dict[str, int], sizes: list[int]) -> list[tuple[int, str]] | None:
    """Place VMs biggest first on the emptiest host; None when one does not fit."""
    placed = []
    for size in sorted(sizes, reverse=True):
        best = max(free, key=lambda h: free[h], default=None)
        if best is None or free[best] < size:
            return None
        free[best] -= size
        placed.append((size, best))
    return placed


def max_failures(state: Plannable) -> int:
    best = 0
    for n in range(len(state.hosts) + 1):
        if plan_exists(state, n):
            best = n
        else:
            break
    return best


@api("pool.ha_compute_max_host_failures_to_tolerate", 0, async_ok=False)
def ha_compute_max(call: Call) -> int:
    return max_failures(plannable(call.world, call.db, None))


@api("pool.ha_compute_hypothetical_max_host_failures_to_tolerate", 1, async_ok=False)
def ha_compute_hypothetical(call: Call, configuration: dict[str, str]) -> int:
    for vm, priority in configuration.items():
        call.db.get("VM", vm)
        if priority not in RESTART_PRIORITIES:
            raise E.XapiError(E.INVALID_VALUE, "ha_restart_priority", priority)
    return max_failures(plannable(call.world, call.db, dict(configuration)))


def _update_pool_status(call: Call) -> None:
    db = call.db
    state = plannable(call.world, db, None)
    plan_for = max_failures(state)
    wanted = int(db.pool["ha_host_failures_to_tolerate"])
    db.update(
        "pool",
        db.pool_ref,
        ha_plan_exists_for=min(plan_for, wanted),
        ha_overcommitted=plan_for < wanted,
    )


@api("pool.set_ha_host_failures_to_tolerate", 2)
def set_failures_to_tolerate(call: Call, pool_ref: str, value: Any) -> str:
    db = call.db
    db.get("pool", pool_ref)
    try:
        wanted = int(value)
    except (TypeError, ValueError):
        raise E.XapiError(E.FIELD_TYPE_ERROR, "value") from None
    if wanted < 0:
        raise E.XapiError(E.INVALID_VALUE, "ha_host_failures_to_tolerate", wanted)
    pool = db.pool
    if (
        pool["ha_enabled"]
        and not pool["ha_allow_overcommit"]
        and int(pool["ha_plan_exists_for"]) > 0
    ) and not plan_exists(plannable(call.world, db, None), wanted):
        raise E.XapiError(E.HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN)
    db.update("pool", db.pool_ref, ha_host_failures_to_tolerate=wanted)
    if pool["ha_enabled"]:
        _update_pool_status(call)
    return ""


@api("VM.set_ha_restart_priority", 2, async_ok=False)
def vm_set_restart_priority(call: Call, vm: str, value: str) -> str:
    db = call.db
    record = db.get("VM", vm)
    if value not in RESTART_PRIORITIES:
        raise E.XapiError(E.INVALID_VALUE, "ha_restart_priority", value)
    if value == "restart" and record["power_state"] != "Halted" and db.pool["ha_enabled"]:
        state = plannable(call.world, db, None)
        state.protected.append((_vm_size(record), record["resident_on"]))
        if not plan_exists(state, int(db.pool["ha_host_failures_to_tolerate"])):
            raise E.XapiError(E.HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN)
    fields: dict[str, Any] = {"ha_restart_priority": value}
    if record["power_state"] != "Halted":
        fields["ha_always_run"] = value == "restart"
    db.update("VM", vm, **fields)
    return ""


def assert_sr_can_host_statefile(call: Call, sr: str) -> None:
    db = call.db
    record = db.get("SR", sr)
    pbds = [db.get("PBD", p) for p in db.find("PBD", SR=sr)]
    if len({p["host"] for p in pbds}) < len(db.tables["host"]) or any(
        not p["currently_attached"] for p in pbds
    ):
        raise E.XapiError(E.SR_HAS_NO_PBDS, sr)
    if record["type"] not in STATEFILE_CAPABLE_TYPES:
        raise E.XapiError(E.SR_OPERATION_NOT_SUPPORTED, sr)
    free = int(record["physical_size"]) - int(record["physical_utilisation"])
    has_statefile = any(
        v["type"] == "ha_statefile" and int(v["virtual_size"]) >= STATEFILE_SIZE
        for v in (db.get("VDI", ref) for ref in db.find("VDI", SR=sr))
    )
    if not has_statefile and free < HEARTBEAT_SR_MIN_FREE:
        raise E.XapiError(E.SR_SOURCE_SPACE_INSUFFICIENT, sr)


@api("SR.assert_can_host_ha_statefile", 1)
def sr_assert_can_host_ha_statefile(call: Call, sr: str) -> str:
    assert_sr_can_host_statefile(call, sr)
    return ""


def _find_or_create_vdi(
    db: Database, sr: str, kind: str, size: int, label: str, description: str
) -> str:
    for ref in db.find("VDI", SR=sr, type=kind):
        if int(db.get("VDI", ref)["virtual_size"]) >= size:
            return ref
    vdi = db.create(
        "VDI",
        name_label=label,
        name_description=description,
        SR=sr,
        type=kind,
        sharable=True,
        virtual_size=size,
        physical_utilisation=size,
        sm_config={"type": "raw"},
    )
    record = db.get("SR", sr)
    db.update("SR", sr, physical_utilisation=int(record["physical_utilisation"]) + size)
    return vdi


@api("pool.enable_ha", 2)
def pool_enable_ha(
    call: Call, heartbeat_srs: list[str], configuration: dict[str, str]
) -> Generator[float, None, str]:
    db, world = call.db, call.world
    versions = {h["software_version"].get("platform_version") for _, h in db.all("host")}
    if len(versions) > 1:
        raise E.XapiError(E.NOT_SUPPORTED_DURING_UPGRADE)
    if db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if any(
        str(h["license_params"].get("enable_xha", "true")).lower() == "false"
        for _, h in db.all("host")
    ):
        raise E.XapiError(E.LICENCE_RESTRICTION, "HA")
    unplugged = [
        ref
        for ref, pif in db.all("PIF")
        if pif["disallow_unplug"] and not pif["currently_attached"]
    ]
    if unplugged:
        raise E.XapiError(E.REQUIRED_PIF_IS_UNPLUGGED, *unplugged)
    for ref, host in db.all("host"):
        metrics = db.get("host_metrics", host["metrics"])
        if not metrics["live"] or not world.machine_of_host(db, ref).online:
            raise E.XapiError(E.HOST_OFFLINE, ref)
    if not heartbeat_srs:
        raise E.XapiError(E.CANNOT_CREATE_STATE_FILE)
    sr = heartbeat_srs[0]
    assert_sr_can_host_statefile(call, sr)
    statefile = _find_or_create_vdi(
        db, sr, "ha_statefile", STATEFILE_SIZE, "Statefile for HA", "Used for storage heartbeating"
    )
    redo_log = _find_or_create_vdi(
        db, sr, "redo_log", REDO_LOG_SIZE, "Metadata for HA", "Used for master failover"
    )
    refresh_derived(db)
    yield 0.3
    # Each host attaches the statefile and joins the liveset.
    for ref, _ in db.all("host"):
        machine = world.machine_of_host(db, ref)
        if machine.address in world.faults.statefile_unreachable_on or not machine.online:
            # xapi disables HA again and reports what the host daemon said.
            raise E.XapiError(E.HA_HOST_CANNOT_ACCESS_STATEFILE)
    yield 0.6
    db.update(
        "pool",
        db.pool_ref,
        ha_enabled=True,
        ha_configuration=dict(configuration),
        ha_statefiles=[db.get("VDI", statefile)["uuid"]],
        redo_log_enabled=True,
        redo_log_vdi=redo_log,
    )
    for ref, _ in db.all("host"):
        db.update(
            "host",
            ref,
            ha_statefiles=[db.get("VDI", statefile)["uuid"]],
            ha_network_peers=sorted(db.tables["host"]),
        )
    for ref, vm in db.all("VM"):
        if vm["ha_restart_priority"] == "restart" and vm["power_state"] == "Running":
            db.update("VM", ref, ha_always_run=True)
    _update_pool_status(call)
    yield 0.1
    return ""


@api("pool.disable_ha", 0)
def pool_disable_ha(call: Call) -> Generator[float, None, str]:
    db = call.db
    if not db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_NOT_ENABLED)
    yield 1.0
    db.update(
        "pool",
        db.pool_ref,
        ha_enabled=False,
        ha_statefiles=[],
        ha_plan_exists_for=0,
        redo_log_enabled=False,
        redo_log_vdi=NULL_REF,
    )
    for ref, _ in db.all("host"):
        db.update("host", ref, ha_statefiles=[], ha_network_peers=[])
    return ""
