"""pool.join / eject / designate_new_master, with XAPI's pre-join checks in order.

Order and error lists follow ``join_common`` and ``pre_join_checks`` in
``ocaml/xapi/xapi_pool.ml``; checks that concern features the simulator does
not model (clustering, SR-IOV guidance, certificates) pass.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.api_core import check_root_password
from wizard.simulator.db import NULL_REF, Database
from wizard.simulator.dispatch import Call, api
from wizard.simulator.scenario import refresh_derived
from wizard.simulator.world import Machine, World

# Hosts a pool may have when the licence restricts its size (Xapi_globs.restricted_pool_size).
RESTRICTED_POOL_SIZE = 3


def _compat_name(software: dict[str, str]) -> str:
    return software.get("product_brand") or software.get("platform_name", "")


def _management_pif(db: Database, host: str) -> dict[str, Any] | None:
    ref = db.find_one("PIF", host=host, management=True)
    return db.get("PIF", ref) if ref else None


def _restricted(host: dict[str, Any], feature: str) -> bool:
    return str(host["license_params"].get(feature, "false")).lower() == "true"


def pre_join_checks(world: World, joiner: Machine, master: Machine, force: bool) -> None:
    """Raise the first failure, in the order XAPI's pre_join_checks does."""
    mine, theirs = joiner.db, master.db
    me = mine.get("host", joiner.host_ref)
    remote_master = theirs.get("host", theirs.master_ref)
    if _restricted(me, "restrict_pool_size") and len(theirs.tables["host"]) >= RESTRICTED_POOL_SIZE:
        raise E.XapiError(E.LICENCE_RESTRICTION, "Pool_size")
    my_mgmt = _management_pif(mine, joiner.host_ref)
    if my_mgmt is None:
        raise E.XapiError(E.HOST_STILL_BOOTING)
    if mine.pool["ha_enabled"] or theirs.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if master.uuid == joiner.uuid:
        reason = (
            "Host is already part of a pool"
            if len(mine.tables["host"]) > 1
            else "Host cannot become slave of itself"
        )
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, reason)
    if len(mine.tables["host"]) > 1:
        raise E.XapiError(E.JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS)
    vms = [vm for _, vm in mine.all("VM") if not vm["is_control_domain"]]
    if any(vm["power_state"] == "Running" for vm in vms):
        raise E.XapiError(E.JOINING_HOST_CANNOT_HAVE_RUNNING_VMS)
    if any(vm["current_operations"] for _, vm in mine.all("VM")):
        raise E.XapiError(E.JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS)
    my_sw, their_sw = me["software_version"], remote_master["software_version"]
    if (my_sw.get("platform_version"), _compat_name(my_sw)) != (
        their_sw.get("platform_version"),
        _compat_name(their_sw),
    ):
        raise E.XapiError(E.HOSTS_NOT_COMPATIBLE)
    if not force:
        key = ("xapi", "git_id")
        if [my_sw.get(k) for k in key] + [_compat_name(my_sw)] != [their_sw.get(k) for k in key] + [
            _compat_name(their_sw)
        ]:
            raise E.XapiError(E.HOSTS_NOT_HOMOGENEOUS, "Software version differs")
        if me["cpu_info"].get("vendor") != theirs.pool["cpu_info"].get("vendor"):
            raise E.XapiError(E.HOSTS_NOT_HOMOGENEOUS, "CPUs differ")
    if any(sr["shared"] and not sr["is_tools_sr"] for _, sr in mine.all("SR")):
        raise E.XapiError(E.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS)
    if mine.tables["Bond"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_BONDS)
    if mine.tables["tunnel"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_TUNNELS)
    if mine.tables["network_sriov"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS)
    for _, vlan in mine.all("VLAN"):
        untagged = mine.tables["PIF"].get(vlan["untagged_PIF"])
        if untagged is None or not untagged["management"]:
            raise E.XapiError(E.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS)
    their_mgmt = _management_pif(theirs, theirs.master_ref)
    their_vlan = their_mgmt["VLAN"] if their_mgmt else -1
    if my_mgmt["VLAN"] != their_vlan:
        raise E.XapiError(
            E.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH, my_mgmt["VLAN"], their_vlan
        )
    if me["external_auth_type"] != remote_master["external_auth_type"] or (
        me["external_auth_service_name"].lower()
        != remote_master["external_auth_service_name"].lower()
    ):
        raise E.XapiError(E.POOL_JOINING_EXTERNAL_AUTH_MISMATCH)
    editions = {h["edition"] for _, h in theirs.all("host")}
    if editions != {me["edition"]}:
        raise E.XapiError(
            E.LICENSE_HOST_POOL_MISMATCH,
            f'host edition = "{me["edition"]}"',
            f'pool edition = "{remote_master["edition"]}"',
        )
    if my_sw.get("network_backend", "bridge") != their_sw.get("network_backend", "bridge"):
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Network backends differ")
    mine_api = f"{me['API_version_major']}.{me['API_version_minor']}"
    their_api = f"{remote_master['API_version_major']}.{remote_master['API_version_minor']}"
    if mine_api != their_api:
        raise E.XapiError(E.POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION, mine_api, their_api)
    if not my_sw.get("db_schema") or my_sw.get("db_schema") != their_sw.get("db_schema"):
        raise E.XapiError(
            E.POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA,
            my_sw.get("db_schema", ""),
            their_sw.get("db_schema", ""),
        )
    mine_updates = _enforced_updates(mine, joiner.host_ref)
    their_updates = _enforced_updates(theirs, theirs.master_ref)
    if mine_updates != their_updates:  # assert_homogeneous_updates: not skipped by force
        raise E.XapiError(
            E.HOSTS_NOT_HOMOGENEOUS,
            f"Updates on local host {me['name_label']} and pool host "
            f"{remote_master['name_label']} differ",
        )
    if my_mgmt["primary_address_type"] != (their_mgmt or my_mgmt)["primary_address_type"]:
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Primary address type differs")
    if mine.pool["tls_verification_enabled"] != theirs.pool["tls_verification_enabled"]:
        raise E.XapiError(E.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH)


def _enforced_updates(db: Database, host: str) -> set[str]:
    """The uuids of the host's applied updates that XAPI wants on every host of a pool."""
    return {
        update["uuid"]
        for ref in db.get("host", host)["updates"]
        if db.has("pool_update", ref)
        and (update := db.get("pool_update", ref))["enforce_homogeneity"]
    }


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
