"""The simulator through the official SDK only: XAPI's wire errors, exactly."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from defusedxml import ElementTree

from tests.conftest import failure_of, sdk_session
from wizard.simulator import Simulator

GiB = 1024**3


def _join(sim: Simulator, index: int) -> None:
    sdk_session(sim.hosts[index]).xenapi.pool.join(
        sim.hosts[0].address, "root", sim.hosts[0].password
    )


def _storage_network(sim: Simulator) -> Any:
    """Join everyone and give every host an IP on VLAN 200, as the target wants."""
    for index in range(1, len(sim.hosts)):
        _join(sim, index)
    api = sdk_session(sim.hosts[0]).xenapi
    network = api.network.create(
        {
            "name_label": "storage",
            "name_description": "",
            "MTU": "9000",
            "other_config": {},
            "tags": [],
        }
    )
    master = api.pool.get_master(api.pool.get_all()[0])
    eth1 = next(
        r
        for r, p in api.PIF.get_all_records().items()
        if p["host"] == master and p["device"] == "eth1"
    )
    vlan_pifs = api.pool.create_VLAN_from_PIF(eth1, network, "200")
    assert len(vlan_pifs) == len(sim.hosts)
    for index, pif in enumerate(sorted(vlan_pifs)):
        api.PIF.reconfigure_ip(pif, "Static", f"10.200.0.{21 + index}", "255.255.255.0", "", "")
    return api


def test_calls_are_checked_like_xapi(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    assert failure_of(lambda: api.host.get_record("OpaqueRef:nope")) == [
        "HANDLE_INVALID",
        "host",
        "OpaqueRef:nope",
    ]
    assert failure_of(lambda: api.SR.get_by_uuid("nope")) == ["UUID_INVALID", "SR", "nope"]
    assert failure_of(lambda: api.pool.no_such_call()) == [
        "MESSAGE_METHOD_UNKNOWN",
        "pool.no_such_call",
    ]
    # counts exclude the session, as XAPI's generated server does
    assert failure_of(lambda: api.pool.join("a")) == [
        "MESSAGE_PARAMETER_COUNT_MISMATCH",
        "pool.join",
        "3",
        "1",
    ]


def test_a_member_answers_host_is_slave_naming_the_master(sim: Simulator) -> None:
    _join(sim, 1)
    details = failure_of(lambda: sdk_session(sim.hosts[1]))
    assert details == ["HOST_IS_SLAVE", sim.hosts[0].address]
    local = sdk_session(sim.hosts[1], local=True).xenapi  # the emergency login still works
    assert len(local.host.get_all()) == 2


def test_pre_join_checks_run_in_xapis_order(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("mixed-cpu")
    amd = sdk_session(sim.hosts[2]).xenapi
    master = sim.hosts[0]
    assert failure_of(lambda: amd.pool.join(master.address, "root", "wrong")) == [
        "SESSION_AUTHENTICATION_FAILED",
        "root",
        "Authentication failure",
    ]
    assert failure_of(lambda: amd.pool.join(master.address, "root", master.password)) == [
        "HOSTS_NOT_HOMOGENEOUS",
        "CPUs differ",
    ]
    assert failure_of(lambda: amd.pool.join("127.254.254.254", "root", master.password)) == [
        "INTERNAL_ERROR",
        "Connection failed: connection refused.",
    ]
    # join_force skips the CPU vendor check, and nothing else
    amd.pool.join_force(master.address, "root", master.password)
    pool_api = sdk_session(master).xenapi
    assert len(pool_api.host.get_all()) == 2


def test_running_vms_and_ha_block_a_join(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("busy-member")
    busy = sdk_session(sim.hosts[1]).xenapi
    master = sim.hosts[0]
    assert failure_of(lambda: busy.pool.join(master.address, "root", master.password)) == [
        "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS"
    ]
    own = sdk_session(master).xenapi
    assert failure_of(lambda: own.pool.join(master.address, "root", master.password)) == [
        "OPERATION_NOT_ALLOWED",
        "Host cannot become slave of itself",
    ]


def test_levelling_keeps_the_common_cpu_features(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("mixed-cpu")
    api = sdk_session(sim.hosts[0]).xenapi
    before = api.pool.get_cpu_info(api.pool.get_all()[0])["features_hvm"]
    _join(sim, 1)  # an older Intel generation
    after = api.pool.get_cpu_info(api.pool.get_all()[0])["features_hvm"]
    older = sdk_session(sim.hosts[0]).xenapi.host.get_all_records()
    masks = [h["cpu_info"]["features_hvm"] for h in older.values()]
    expected = "-".join(
        f"{int(a, 16) & int(b, 16):08x}"
        for a, b in zip(*(m.split("-") for m in masks), strict=True)
    )
    assert after == expected != before


def test_vlan_errors(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    network = api.network.create(
        {"name_label": "s", "name_description": "", "MTU": "1500", "other_config": {}, "tags": []}
    )
    eth1 = next(r for r, p in api.PIF.get_all_records().items() if p["device"] == "eth1")
    assert failure_of(lambda: api.VLAN.create(eth1, "4095", network)) == [
        "VLAN_TAG_INVALID",
        "4095",
    ]
    vlan = api.VLAN.create(eth1, "200", network)
    other = api.network.create(
        {"name_label": "t", "name_description": "", "MTU": "1500", "other_config": {}, "tags": []}
    )
    assert failure_of(lambda: api.VLAN.create(eth1, "200", other)) == ["PIF_VLAN_EXISTS", "eth1"]
    untagged = api.VLAN.get_untagged_PIF(vlan)
    host = api.PIF.get_host(eth1)
    assert failure_of(lambda: api.VLAN.create(eth1, "300", network)) == [
        "NETWORK_ALREADY_CONNECTED",
        host,
        untagged,
    ]
    assert failure_of(lambda: api.VLAN.create(untagged, "300", other)) == ["PIF_IS_VLAN", untagged]
    assert failure_of(
        lambda: api.PIF.reconfigure_ip(untagged, "Static", "10.1.1", "255.255.255.0", "", "")
    ) == [
        "INVALID_IP_ADDRESS_SPECIFIED",
        "IP",
    ]


def test_probe_answers_in_three_stages_with_xapis_xml(sim: Simulator) -> None:
    target = sim.world.targets[0]
    api = sdk_session(sim.hosts[0]).xenapi
    master = api.pool.get_master(api.pool.get_all()[0])
    config = {"target": target.portals[0]}
    # before the storage network exists the host cannot reach the portal
    assert (
        failure_of(lambda: api.SR.probe(master, config, "lvmoiscsi", {}))[0]
        == "SR_BACKEND_FAILURE_141"
    )
    api = _storage_network(sim)
    details = failure_of(lambda: api.SR.probe(master, config, "lvmoiscsi", {}))
    assert details[:3] == [
        "SR_BACKEND_FAILURE_96",
        "",
        "The request is missing or has an incorrect target IQN parameter",
    ]
    assert details[3].startswith('<?xml version="1.0" ?>\n<iscsi-target-iqns>\n\t<TGT>')
    tgts = ElementTree.fromstring(details[3]).findall("TGT")
    assert [t.findtext("TargetIQN") for t in tgts] == [target.iqn, "*"]
    details = failure_of(
        lambda: api.SR.probe(master, {**config, "targetIQN": target.iqn}, "lvmoiscsi", {})
    )
    assert details[0] == "SR_BACKEND_FAILURE_107"
    luns = ElementTree.fromstring(details[3]).findall("LUN")
    assert [child.tag for child in luns[0]] == ["vendor", "serial", "LUNid", "size", "SCSIid"]
    assert int(luns[0].findtext("size") or 0) == 500 * GiB
    answer = api.SR.probe(
        master,
        {**config, "targetIQN": target.iqn, "SCSIid": target.luns[0].scsi_id},
        "lvmoiscsi",
        {},
    )
    assert ElementTree.fromstring(answer).tag == "SRlist" and not ElementTree.fromstring(
        answer
    ).findall("SR")
    assert failure_of(
        lambda: api.SR.probe_ext(
            master,
            {**config, "targetIQN": target.iqn, "SCSIid": target.luns[0].scsi_id},
            "lvmoiscsi",
            {},
        )
    ) == [
        "SR_OPERATION_NOT_SUPPORTED",
    ]
    assert (
        failure_of(lambda: api.SR.probe(master, {**config, "port": "99999"}, "lvmoiscsi", {}))[0]
        == "SR_BACKEND_FAILURE_142"
    )
    assert failure_of(lambda: api.SR.probe(master, config, "nosuchdriver", {})) == [
        "SR_UNKNOWN_DRIVER",
        "nosuchdriver",
    ]


def test_shared_sr_gets_a_pbd_per_host_and_the_small_lun_cannot_carry_ha(sim: Simulator) -> None:
    target = sim.world.targets[0]
    api = _storage_network(sim)
    master = api.pool.get_master(api.pool.get_all()[0])

    def create(lun: int, name: str) -> str:
        config = {
            "target": target.portals[0],
            "targetIQN": target.iqn,
            "SCSIid": target.luns[lun].scsi_id,
            "chappassword": "x",
        }
        return str(api.SR.create(master, config, "0", name, "", "lvmoiscsi", "user", True, {}))

    data = create(0, "data")
    pbds = [api.PBD.get_record(p) for p in api.SR.get_PBDs(data)]
    assert len(pbds) == 3 and all(p["currently_attached"] for p in pbds)
    # XAPI keeps no clear-text password in device_config
    assert all(
        "chappassword" not in p["device_config"] and p["device_config"]["chappassword_secret"]
        for p in pbds
    )
    small = create(2, "too small")
    assert failure_of(lambda: api.pool.enable_ha([small], {})) == [
        "SR_SOURCE_SPACE_INSUFFICIENT",
        small,
    ]
    assert failure_of(lambda: api.SR.forget(small)) == ["SR_HAS_PBD", small]
    heartbeat = create(1, "heartbeat")
    api.pool.enable_ha([heartbeat], {})
    assert api.pool.get_ha_enabled(api.pool.get_all()[0]) is True
    assert failure_of(lambda: api.pool.enable_ha([heartbeat], {})) == ["HA_IS_ENABLED"]
    kinds = sorted(api.VDI.get_type(v) for v in api.SR.get_VDIs(heartbeat))
    assert kinds == ["ha_statefile", "redo_log"]


def test_async_tasks_report_progress_and_events_carry_changes(
    make_sim: Callable[..., Simulator],
) -> None:
    sim = make_sim("smb3", time_scale=0.02)  # a join takes 0.6 s
    joiner = sdk_session(sim.hosts[1]).xenapi
    task = joiner.Async.pool.join(sim.hosts[0].address, "root", sim.hosts[0].password)
    seen = set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            record = joiner.task.get_record(task)
        except Exception:
            break
        seen.add(float(record["progress"]))
        time.sleep(0.05)
    assert any(0.0 < p < 1.0 for p in seen)
    api = sdk_session(sim.hosts[0]).xenapi
    first = api.event.__getattr__("from")(["host"], "", 1.0)
    assert first["token"].count(",") == 1 and len(first["token"]) == 41
    assert isinstance(first["valid_ref_counts"]["host"], int)
    pool = api.pool.get_all()[0]
    api.pool.set_name_label(pool, "renamed")
    later = api.event.__getattr__("from")(["pool"], first["token"], 2.0)
    assert [(e["class"], e["operation"]) for e in later["events"]] == [("pool", "mod")]
    assert later["events"][0]["snapshot"]["name_label"] == "renamed"
    assert failure_of(lambda: api.event.__getattr__("from")(["pool"], "junk", 0.1)) == [
        "EVENT_FROM_TOKEN_PARSE_FAILURE",
        "junk",
    ]


def test_eject_designate_and_ha_preconditions(sim: Simulator) -> None:
    api = _storage_network(sim)
    hosts = {h["address"]: ref for ref, h in api.host.get_all_records().items()}
    master_ref = hosts[sim.hosts[0].address]
    assert failure_of(lambda: api.pool.eject(master_ref)) == [
        "INTERNAL_ERROR",
        "Xapi_pool.Cannot_eject_master",
    ]
    # an HA precondition: a storage PIF marked not-unpluggable must be plugged
    storage = next(
        r
        for r, p in api.PIF.get_all_records().items()
        if p["VLAN"] == "200" and p["host"] == hosts[sim.hosts[2].address]
    )
    api.PIF.unplug(storage)
    api.PIF.set_disallow_unplug(storage, True)
    assert failure_of(lambda: api.PIF.unplug(storage)) == ["PIF_DOES_NOT_ALLOW_UNPLUG", storage]
    assert failure_of(lambda: api.pool.enable_ha(["OpaqueRef:x"], {})) == [
        "REQUIRED_PIF_IS_UNPLUGGED",
        storage,
    ]
    api.PIF.plug(storage)
    sim.world.set_online(sim.hosts[2].address, False)
    assert failure_of(lambda: api.pool.enable_ha(["OpaqueRef:x"], {})) == [
        "HOST_OFFLINE",
        hosts[sim.hosts[2].address],
    ]
    sim.world.set_online(sim.hosts[2].address, True)
    # the ejected member comes back as a standalone host one can log in to
    api.pool.eject(hosts[sim.hosts[2].address])
    assert len(api.host.get_all()) == 2
    alone = sdk_session(sim.hosts[2]).xenapi
    assert len(alone.host.get_all()) == 1
    # a new master: the old one now answers HOST_IS_SLAVE
    api.pool.designate_new_master(hosts[sim.hosts[1].address])
    assert failure_of(lambda: sdk_session(sim.hosts[0])) == ["HOST_IS_SLAVE", sim.hosts[1].address]


def test_a_cancelled_task_ends_cancelled(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("smb3", time_scale=0.05)
    sim.world.faults.hang_next_task.add("pool.join")
    joiner = sdk_session(sim.hosts[1]).xenapi
    task = joiner.Async.pool.join(sim.hosts[0].address, "root", sim.hosts[0].password)
    joiner.task.cancel(task)
    deadline = time.monotonic() + 5
    while joiner.task.get_status(task) in ("pending", "cancelling") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert joiner.task.get_status(task) == "cancelled"
    assert joiner.task.get_error_info(task) == ["TASK_CANCELLED", task]
    assert len(joiner.host.get_all()) == 1  # the join did not happen


def test_a_disk_moves_live_only_to_an_sr_its_vms_host_sees(sim: Simulator) -> None:
    _join(sim, 1)
    api = sdk_session(sim.hosts[0]).xenapi
    master = api.pool.get_master(api.pool.get_all()[0])

    def local_sr_of(host: str) -> str:
        return next(
            r
            for r, s in api.SR.get_all_records().items()
            if s["name_label"] == "Local storage"
            and any(api.PBD.get_host(p) == host for p in s["PBDs"])
        )

    local = local_sr_of(master)
    member = next(h for h in api.host.get_all() if h != master)
    (dc01,) = api.VM.get_by_name_label("dc01")
    (vbd,) = api.VM.get_VBDs(dc01)
    disk = api.VBD.get_VDI(vbd)
    # a VDI no VM uses cannot be "pool-migrated": XAPI wants the VM to move it with
    lone = api.VDI.copy(disk, local)
    assert failure_of(lambda: api.VDI.pool_migrate(lone, local, {})) == [
        "VDI_NEEDS_VM_FOR_MIGRATE",
        lone,
    ]
    machine = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:
        machine.db.update("VM", dc01, power_state="Running", resident_on=master)
    # the running VM's host must see the destination SR: not the member's local disk
    theirs = local_sr_of(member)
    assert failure_of(lambda: api.VDI.pool_migrate(disk, theirs, {})) == [
        "VM_REQUIRES_SR",
        dc01,
        theirs,
    ]
    moved = api.VDI.pool_migrate(disk, local, {})  # an SR it sees: a new VDI, still running
    assert api.VBD.get_VDI(vbd) == moved and api.VM.get_power_state(dc01) == "Running"
    assert failure_of(lambda: api.VDI.get_uuid(disk))[0] == "HANDLE_INVALID"
