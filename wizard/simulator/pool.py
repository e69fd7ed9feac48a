"""pool.join / eject / designate_new_master, as ``join_common`` in ``xapi_pool.ml`` runs them.

The pre-join checks themselves are in ``joinrules``.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.api_core import check_root_password
from wizard.simulator.db import NULL_REF, Database
from wizard.simulator.dispatch import Call, api
from wizard.simulator.joinrules import assert_pooling_licensed, pre_join_checks
from wizard.simulator.scenario import refresh_derived
from wizard.simulator.world import Machine, World


def _contact_master(world: World, address: str, username: str, password: str) -> Machine:
    master = world.machines.get(address)
    if master is None:
        # XAPI reads stunnel's log: nobody listening there.
        raise E.XapiError(E.INTERNAL_ERROR, "Connection failed: connection refused.")
    if not master.online:
        raise E.XapiError(E.JOINING_HOST_CONNECTION_FAILED)
    if not master.is_master:
        raise E.XapiError(E.HOST_IS_SLAVE, world.master_of(master).address)
    check_root_password(master, username, password)
    return master


def _join(
    call: Call, address: str, username: str, password: str, force: bool
) -> Generator[float, None, str]:
    world = call.world
    # Runs under the world lock (each step of an operation does): count the joins against
    # this master in flight at once, for tests.
    running = world.joins_in_progress.get(address, 0) + 1
    world.joins_in_progress[address] = running
    world.peak_concurrent_joins = max(world.peak_concurrent_joins, running)
    try:
        return (yield from _join_steps(call, address, username, password, force))
    finally:
        with world.lock:  # re-entrant; a cancelled join may be closed from elsewhere
            world.joins_in_progress[address] -= 1


def _join_steps(
    call: Call, address: str, username: str, password: str, force: bool
) -> Generator[float, None, str]:
    world, joiner = call.world, call.machine
    assert_pooling_licensed(joiner)
    master = _contact_master(world, address, username, password)
    pre_join_checks(world, joiner, master, force)
    drop = world.faults.drop_during_join.pop(joiner.address, None)
    # Most of a join is the joiner's work (certificates, database import);
    # the master knows the new member only at the end, then xapi restarts.
    yield 0.9
    if drop == "before_commit":
        world.set_online(joiner.address, False)
        raise E.XapiError(E.JOINING_HOST_CONNECTION_FAILED)
    # The master may have changed while the joiner worked (another join, an eject).
    master = _contact_master(world, address, username, password)
    pre_join_checks(world, joiner, master, force)
    merge_into_pool(world, joiner, master.db)
    if drop == "after_commit":
        world.set_online(joiner.address, False)
    # Its xapi restarts as a member: the master lists it but hears its heartbeat (live)
    # only once that is done, so the next join cannot overlap this one's restart.
    metrics = master.db.get("host", joiner.host_ref)["metrics"]
    master.db.update("host_metrics", metrics, live=False)
    yield 0.1
    if joiner.online:
        master.db.update("host_metrics", metrics, live=True)
        world.changed.notify_all()
    return ""


@api("pool.join", 3)
def pool_join(call: Call, master_address: str, master_username: str, master_password: str) -> Any:
    return _join(call, master_address, master_username, master_password, force=False)


@api("pool.join_force", 3)
def pool_join_force(
    call: Call, master_address: str, master_username: str, master_password: str
) -> Any:
    return _join(call, master_address, master_username, master_password, force=True)


def merge_into_pool(world: World, joiner: Machine, pool_db: Database) -> None:
    """Move a standalone host's objects into the pool's database, as a join does.

    The joiner keeps its host record, PIFs, local SRs and (halted) VMs; its
    physical PIFs move onto the pool's network for the same device; it gets
    the pool's VLANs and a PBD per shared SR. Its own pool, networks and
    sessions are gone: xapi restarts as a member.
    """
    old = joiner.db
    host = joiner.host_ref
    move: list[tuple[str, str]] = [("host", host)]
    move.append(("host_metrics", old.get("host", host)["metrics"]))
    for ref, pif in old.all("PIF"):
        move.append(("PIF", ref))
        move.append(("PIF_metrics", pif["metrics"]))
    for ref, _ in old.all("SR"):
        move.append(("SR", ref))
    for cls in ("PBD", "VM", "VDI", "VBD", "secret"):
        move.extend((cls, ref) for ref, _ in old.all(cls))
    networks_by_device = _pool_networks_by_device(pool_db)
    for cls, ref in move:
        if ref == NULL_REF or not old.has(cls, ref):
            continue
        record = old.tables[cls].pop(ref)
        if cls == "PIF":
            network = networks_by_device.get(record["device"])
            if network is None:
                network = pool_db.create(
                    "network",
                    **{
                        k: v
                        for k, v in old.get("network", record["network"]).items()
                        if k in ("name_label", "bridge", "MTU")
                    },
                )
                networks_by_device[record["device"]] = network
            record["network"] = network
            record["MTU"] = pool_db.get("network", network)["MTU"]
        if cls == "host":
            record["updates"] = _pool_updates(old, pool_db, record["updates"], ref)
        pool_db.adopt(cls, ref, record)
    old.sessions.clear()
    old.alive = False
    joiner.db = pool_db
    _inherit_pool_structure(world, pool_db, host)
    level_pool_cpu_features(pool_db)
    refresh_derived(pool_db)
    world.changed.notify_all()


def _pool_updates(old: Database, pool_db: Database, refs: list[str], host: str) -> list[str]:
    """The joiner's updates as the pool's pool_update objects (one per uuid, pool-wide)."""
    by_uuid = {u["uuid"]: ref for ref, u in pool_db.all("pool_update")}
    out = []
    for ref in refs:
        update = dict(old.get("pool_update", ref))
        found = by_uuid.get(update["uuid"])
        if found is None:
            found = pool_db.create("pool_update", **{**update, "hosts": []})
        hosts = pool_db.get("pool_update", found)["hosts"]
        pool_db.update("pool_update", found, hosts=sorted({*hosts, host}))
        out.append(found)
    return out


def _pool_networks_by_device(db: Database) -> dict[str, str]:
    found: dict[str, str] = {}
    master = db.master_ref
    for _, pif in db.all("PIF"):
        if pif["host"] == master and pif["physical"]:
            found[pif["device"]] = pif["network"]
    return found


def _inherit_pool_structure(world: World, db: Database, host: str) -> None:
    """A new member gets the pool's VLANs and a PBD for every shared SR."""
    from wizard.simulator.network import create_vlan_on_host  # avoid an import cycle
    from wizard.simulator.storage import plug_pbd_if_possible

    master = db.master_ref
    for _, vlan in db.all("VLAN"):
        tagged = db.get("PIF", vlan["tagged_PIF"])
        untagged = db.get("PIF", vlan["untagged_PIF"])
        if tagged["host"] != master:
            continue
        own = db.find_one("PIF", host=host, device=tagged["device"], physical=True)
        if own and not db.find("PIF", host=host, network=untagged["network"]):
            create_vlan_on_host(db, own, vlan["tag"], untagged["network"])
    for sr_ref, sr in db.all("SR"):
        if not sr["shared"] or db.find("PBD", SR=sr_ref, host=host):
            continue
        master_pbd = db.find_one("PBD", SR=sr_ref, host=master)
        config = dict(db.get("PBD", master_pbd)["device_config"]) if master_pbd else {}
        pbd = db.create("PBD", host=host, SR=sr_ref, device_config=config)
        plug_pbd_if_possible(world, db, pbd)


def level_pool_cpu_features(db: Database) -> None:
    """The pool's feature set is the intersection of its hosts' (levelling)."""
    masks = [h["cpu_info"].get("features_hvm", "") for _, h in db.all("host")]
    words = [w.split("-") for w in masks if w]
    if not words:
        return
    levelled = "-".join(
        f"{_and_all(int(word[i], 16) for word in words):08x}"
        for i in range(min(len(w) for w in words))
    )
    master = db.get("host", db.master_ref)["cpu_info"]
    info = dict(db.pool["cpu_info"])
    info.update(
        vendor=master.get("vendor", ""),
        features_hvm=levelled,
        features_pv=levelled,
        cpu_count=str(sum(int(h["cpu_info"].get("cpu_count", 0)) for _, h in db.all("host"))),
        socket_count=str(sum(int(h["cpu_info"].get("socket_count", 0)) for _, h in db.all("host"))),
    )
    db.update("pool", db.pool_ref, cpu_info=info)


def _and_all(values: Any) -> int:
    result = -1
    for value in values:
        result &= value
    return result & 0xFFFFFFFF


@api("pool.eject", 1)
def pool_eject(call: Call, host: str) -> Generator[float, None, str]:
    db = call.db
    db.get("host", host)
    if db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if host == db.master_ref:
        raise E.XapiError(E.INTERNAL_ERROR, "Xapi_pool.Cannot_eject_master")
    for _, vm in db.all("VM"):
        if (
            vm["resident_on"] == host
            and not vm["is_control_domain"]
            and vm["power_state"] != "Halted"
        ):
            raise E.XapiError(E.OPERATION_NOT_ALLOWED, "VM resident on host")
    yield 0.5
    _eject(call.world, db, host)
    yield 0.5
    return ""


def _eject(world: World, db: Database, host: str) -> None:
    """The ejected host reboots as a fresh standalone host (its VMs and local SRs are lost)."""
    from wizard.simulator.scenario import cpu_profiles, populate_host

    machine = world.machine_of_host(db, host)
    for cls, field_name in (("PBD", "host"), ("PIF", "host")):
        for ref in db.find(cls, **{field_name: host}):
            db.delete(cls, ref)
    for ref, vlan in db.all("VLAN"):
        if not db.has("PIF", vlan["tagged_PIF"]):
            db.delete("VLAN", ref)
    for ref, vm in db.all("VM"):
        if vm["resident_on"] == host or vm["affinity"] == host:
            db.delete("VM", ref)
    metrics = db.get("host", host)["metrics"]
    record = db.delete("host", host)
    if db.has("host_metrics", metrics):
        db.delete("host_metrics", metrics)
    level_pool_cpu_features(db)
    refresh_derived(db)
    machine.db = world.new_database()
    profile = next(
        (
            p
            for p in cpu_profiles().values()
            if p["modelname"] == record["cpu_info"].get("modelname")
        ),
        None,
    )
    spec = {"name": machine.name, "memory_gib": 256, "software_version": record["software_version"]}
    populate_host(world, machine, spec, profile or {k: v for k, v in record["cpu_info"].items()})


@api("pool.designate_new_master", 1)
def pool_designate_new_master(call: Call, host: str) -> Generator[float, None, str]:
    db = call.db
    db.get("host", host)
    if host == db.master_ref:
        return ""
    if db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    yield 1.0
    db.update("pool", db.pool_ref, master=host)
    for ref, session in list(db.sessions.items()):
        if not session.local:
            del db.sessions[ref]  # xapi restarts on both hosts
    return ""
