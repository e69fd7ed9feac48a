"""Faults injected mid-build: a clean stop with a clear message, then a resume that finishes.

Every test ends with the same assertion: after the resumed run the pool
holds exactly one of everything (no second VLAN, network, SR, PBD or
heartbeat VDI).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import FINISHED, Hooks, build, inventory
from wizard.demo import lab_plan
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.steps.context import BuildStopped
from wizard.xapi.errors import (
    HostUnreachable,
    TaskCancelled,
    TaskTimeout,
    XapiFailure,
    XenPoolError,
)


def test_member_drops_off_before_the_join_commits_and_comes_back(sim: Simulator) -> None:
    member = sim.hosts[1].address
    sim.world.faults.drop_during_join[member] = "before_commit"
    with pytest.raises(BuildStopped, match="did not appear in the pool"):
        build(sim, settle_timeout=1.0)
    assert inventory(sim)["hosts"] == 1  # the member is not half-joined
    sim.world.set_online(member, True)
    build(sim)
    assert inventory(sim) == FINISHED


def test_member_drops_off_after_the_join_commits(sim: Simulator) -> None:
    member = sim.hosts[1].address
    sim.world.faults.drop_during_join[member] = "after_commit"
    with pytest.raises(BuildStopped, match="in the pool but not live"):
        build(sim, settle_timeout=1.0)
    sim.world.set_online(member, True)
    build(sim)
    assert inventory(sim) == FINISHED


def test_member_back_standalone_is_joined_again(
    sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    member = sim.hosts[1].address
    sim.world.faults.drop_during_join[member] = "before_commit"
    hooks = Hooks()
    # The cable is back a moment later, but the join never happened: told apart from a
    # join still under way (no task runs on the joiner), the stage is taken up again.
    hooks.on[("join", State.RUNNING)] = lambda _e: threading.Timer(
        0.3, sim.world.set_online, (member, True)
    ).start()
    with caplog.at_level(logging.WARNING, logger="wizard.steps.engine"):
        build(sim, hooks=hooks, settle_timeout=10.0)
    assert inventory(sim) == FINISHED
    resumed = [r.getMessage() for r in caplog.records if "resuming join" in r.getMessage()]
    assert resumed and member in resumed[0] and "the join did not happen" in resumed[0]


def test_master_unreachable_during_the_storage_step(sim: Simulator) -> None:
    master = sim.hosts[0].address
    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = lambda _e: sim.world.set_online(master, False)
    with pytest.raises(HostUnreachable, match=master) as info:
        build(sim, hooks=hooks)
    # The members were asked: they still name it, so it is the path, not the pool.
    assert "the members still name it as their master" in info.value.message
    assert "switch port" in info.value.advice and "resumes" in info.value.advice
    sim.world.set_online(master, True)
    build(sim)
    assert inventory(sim) == FINISHED


def test_master_lost_while_the_pool_is_read_is_explained_too(sim: Simulator) -> None:
    master = sim.hosts[0].address
    hooks = Hooks()
    # A member's login ends just before the first read of the pool (context.refresh).
    hooks.on[("connect", State.DONE)] = lambda _e: sim.world.set_online(master, False)
    with pytest.raises(HostUnreachable, match=master) as info:
        build(sim, hooks=hooks)
    assert "switch port or VLAN" in info.value.advice  # no members yet to ask


def test_master_and_members_all_silent_points_at_this_computers_link(sim: Simulator) -> None:
    def all_off(_event: object) -> None:
        for host in sim.hosts:
            sim.world.set_online(host.address, False)

    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = all_off
    with pytest.raises(HostUnreachable) as info:
        build(sim, hooks=hooks)
    assert "and so did every member" in info.value.message
    assert "this computer" in info.value.advice.lower()


def test_a_master_moved_mid_build_is_named_from_the_members_answer(sim: Simulator) -> None:
    old, new = sim.hosts[0], sim.hosts[1]

    def move_master(_event: object) -> None:
        api = sdk_session(old).xenapi
        ref = next(r for r, h in api.host.get_all_records().items() if h["address"] == new.address)
        api.pool.designate_new_master(ref)
        sim.world.set_online(old.address, False)

    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = move_master
    with pytest.raises(HostUnreachable) as info:
        build(sim, hooks=hooks)
    assert f"the pool's master is now {new.address}, not {old.address}" in info.value.message
    assert f"Choose {new.address} as the master" in info.value.advice


def test_an_async_task_fails(sim: Simulator) -> None:
    sim.world.faults.fail_next_task["SR.create"] = [
        "SR_BACKEND_FAILURE_47",
        "",
        "The SR is not available",
        "",
    ]
    with pytest.raises(XapiFailure) as info:
        build(sim)
    assert info.value.code == "SR_BACKEND_FAILURE_47" and "create SR" in info.value.message
    # The two SRs are made side by side: the one whose task failed is not there.
    assert len(inventory(sim)["shared_srs"]) == 1
    build(sim)
    assert inventory(sim) == FINISHED


def test_a_task_that_hangs_is_cancelled_at_its_timeout(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("smb3")
    sim.world.faults.hang_next_task.add("pool.enable_ha")
    with pytest.raises(TaskTimeout, match="enable HA"):
        build(sim, task_timeout=1.0)
    assert inventory(sim)["ha"] is False
    build(sim)
    assert inventory(sim) == FINISHED


def test_the_user_cancels_a_join(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("smb3", time_scale=0.02)  # a join then takes 0.6 s
    hooks = Hooks()
    cancel = threading.Event()
    hooks.on[("join", State.RUNNING)] = lambda _e: cancel.set()
    with pytest.raises(TaskCancelled):
        build(sim, hooks=hooks, cancel=cancel)
    assert inventory(sim)["hosts"] == 1
    build(sim)
    assert inventory(sim) == FINISHED


def test_the_session_expires_mid_build(sim: Simulator) -> None:
    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = lambda _e: sim.world.expire_sessions()
    hooks.on[("sr", State.RUNNING)] = lambda _e: sim.world.expire_sessions()
    build(sim, hooks=hooks)  # the SDK logs in again by itself
    assert inventory(sim) == FINISHED


def test_the_target_disappears_between_probe_and_create(sim: Simulator) -> None:
    target = sim.world.targets[0]
    hooks = Hooks()

    def after_probe(event: object) -> None:
        target.online = False

    hooks.on[("sr", State.RUNNING)] = lambda _e: hooks.on.setdefault(
        ("sr", State.RUNNING), after_probe
    )
    # first RUNNING event starts the step; the second (after the probe) pulls the target
    with pytest.raises(XenPoolError) as info:
        build(sim, hooks=hooks)
    assert "141" in str(info.value) or "cannot reach" in str(info.value)
    assert inventory(sim)["shared_srs"] == []
    target.online = True
    build(sim)
    assert inventory(sim) == FINISHED


def test_one_host_cannot_plug_its_pbd(sim: Simulator) -> None:
    third = sim.hosts[2].address
    sim.world.faults.pbd_plug_fails_on.add(third)
    with pytest.raises(BuildStopped) as info:
        build(sim)
    assert third in info.value.message and "not attached on every host" in info.value.message
    state = inventory(sim)
    # Both SRs (made side by side) exist with a PBD per host, one of each unplugged.
    assert state["shared_srs"] == ["HA heartbeat", "iSCSI storage"]
    assert state["pbds_per_sr"] == [3, 3]
    sim.world.faults.pbd_plug_fails_on.clear()
    build(sim)
    assert inventory(sim) == FINISHED


def test_ha_enable_fails_when_a_host_cannot_see_the_heartbeat(sim: Simulator) -> None:
    sim.world.faults.statefile_unreachable_on.add(sim.hosts[1].address)
    with pytest.raises(XapiFailure) as info:
        build(sim)
    assert info.value.code == "HA_HOST_CANNOT_ACCESS_STATEFILE"
    assert "heartbeat SR" in info.value.advice
    assert inventory(sim)["ha"] is False
    sim.world.faults.statefile_unreachable_on.clear()
    build(sim)
    assert inventory(sim) == FINISHED  # the statefile and redo log were reused, not duplicated


def test_ha_capacity_shortfall_is_a_blocker_before_anything_changes(sim: Simulator) -> None:
    build(sim)  # a finished pool tolerating one failure
    with sim.world.lock:  # the protected VMs grew since: 200 GiB each fits no survivor
        db = sim.world.machines[sim.hosts[0].address].db
        for ref, vm in db.all("VM"):
            if vm["name_label"] in ("erp-db", "fileserver"):
                db.update("VM", ref, memory_static_max=200 * 1024**3)
    plan = lab_plan(sim)
    plan.ha.host_failures_to_tolerate = 2
    plan.ha.restart_priorities = {"erp-db": "restart", "fileserver": "restart"}
    with pytest.raises(
        AssertionError,
        match=r"can tolerate 1 host failure\(s\) with its VMs, not 2 \(own plan: 1, XAPI: 1\)",
    ):
        build(sim, plan=plan)
    assert inventory(sim) == FINISHED


def test_moving_local_vms_to_the_shared_sr_resumes_after_a_failed_copy(sim: Simulator) -> None:
    plan = lab_plan(sim)
    plan.move_vms = ["dc01", "fileserver"]
    sim.world.faults.fail_next_task["VDI.destroy"] = ["VDI_IN_USE", "x", "destroy"]
    with pytest.raises(XapiFailure):
        build(sim, plan=plan)
    build(sim, plan=plan)
    api = sdk_session(sim.hosts[0]).xenapi
    shared = next(
        r for r, s in api.SR.get_all_records().items() if s["name_label"] == "iSCSI storage"
    )
    names = sorted(api.VDI.get_name_label(v) for v in api.SR.get_VDIs(shared))
    assert names == [
        "dc01 disk 0",
        "fileserver disk 0",
    ]  # one copy each, no duplicate from the retry
    for vm_name in ("dc01", "fileserver"):
        (vm,) = api.VM.get_by_name_label(vm_name)
        (vbd,) = api.VM.get_VBDs(vm)
        assert api.VDI.get_SR(api.VBD.get_VDI(vbd)) == shared
    local = [r for r, s in api.SR.get_all_records().items() if s["name_label"] == "Local storage"]
    left = [api.VDI.get_name_label(v) for sr in local for v in api.SR.get_VDIs(sr)]
    assert left == ["erp-db disk 0"]  # the VM nobody asked to move stays where it is


def test_a_running_vm_moves_to_the_shared_sr_while_it_keeps_running(sim: Simulator) -> None:
    build(sim)
    master = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:  # dc01 is started on the master (the simulator has no VM.start)
        db = master.db
        dc01 = next(ref for ref, vm in db.all("VM") if vm["name_label"] == "dc01")
        db.update("VM", dc01, power_state="Running", resident_on=master.host_ref)
        for ref, vbd in db.all("VBD"):
            if vbd["VM"] == dc01:
                db.update("VBD", ref, currently_attached=True)
    plan = lab_plan(sim)
    plan.move_vms = ["dc01"]
    hooks = Hooks()
    build(sim, plan=plan, hooks=hooks)
    moved = [e.message for e in hooks.seen if e.step == "move" and e.state is State.DONE]
    assert moved and "while it runs" in moved[0]
    api = sdk_session(sim.hosts[0]).xenapi
    (vm,) = api.VM.get_by_name_label("dc01")
    assert api.VM.get_power_state(vm) == "Running"  # never shut down
    (vbd,) = api.VM.get_VBDs(vm)
    assert api.VBD.get_currently_attached(vbd)
    assert api.SR.get_name_label(api.VDI.get_SR(api.VBD.get_VDI(vbd))) == "iSCSI storage"
    local = [r for r, s in api.SR.get_all_records().items() if s["name_label"] == "Local storage"]
    left = sorted(api.VDI.get_name_label(v) for sr in local for v in api.SR.get_VDIs(sr))
    assert left == ["erp-db disk 0", "fileserver disk 0"]  # no leftover of dc01's disk
    # done is done: a second run moves nothing
    again = Hooks()
    build(sim, plan=plan, hooks=again)
    assert not [e for e in again.seen if e.step == "move" and e.state is State.DONE]


def test_a_live_move_without_the_memory_for_it_is_stopped_before_the_build(
    sim: Simulator,
) -> None:
    from tests.conftest import failure_of
    from tests.faults.conftest import preflight_only
    from wizard.simulator.scenario import refresh_derived

    build(sim)
    master = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:  # dc01 runs on a master with little memory left
        db = master.db
        dc01 = next(ref for ref, vm in db.all("VM") if vm["name_label"] == "dc01")
        memory = db.get("VM", dc01)["memory_static_max"]
        db.update(
            "VM", dc01, power_state="Running", resident_on=master.host_ref, memory_target=memory
        )
        metrics = db.get("host", master.host_ref)["metrics"]
        db.update("host_metrics", metrics, memory_total=14 * 1024**3)
        refresh_derived(db)
    plan = lab_plan(sim)
    plan.move_vms = ["dc01"]
    (finding,) = [f for f in preflight_only(sim, plan) if f.check == "VM move"]
    assert finding.blocking and finding.subject == "move_vms"
    assert "dc01 runs on xcp-01" in finding.message and "needs its memory" in finding.message
    # XAPI (the simulator) refuses the same move, in its words
    api = sdk_session(sim.hosts[0]).xenapi
    shared = next(
        r for r, s in api.SR.get_all_records().items() if s["name_label"] == "iSCSI storage"
    )
    disk = api.VBD.get_VDI(api.VM.get_VBDs(dc01)[0])
    assert failure_of(lambda: api.VDI.pool_migrate(disk, shared, {}))[0] == (
        "HOST_NOT_ENOUGH_FREE_MEMORY"
    )


def test_a_copy_left_by_an_interrupted_halted_move_is_not_orphaned_by_a_live_move(
    sim: Simulator,
) -> None:
    from wizard.steps.vms import COPY_OF

    build(sim)
    api = sdk_session(sim.hosts[0]).xenapi
    shared = next(
        r for r, s in api.SR.get_all_records().items() if s["name_label"] == "iSCSI storage"
    )
    (vm,) = api.VM.get_by_name_label("dc01")
    disk = api.VBD.get_VDI(api.VM.get_VBDs(vm)[0])
    # a halted move stopped between copying and swapping: a tagged copy on the shared SR
    stale = api.VDI.copy(disk, shared)
    api.VDI.add_to_other_config(stale, COPY_OF, api.VDI.get_uuid(disk))
    master = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:  # ...then the admin started the VM again
        master.db.update("VM", vm, power_state="Running", resident_on=master.host_ref)
    plan = lab_plan(sim)
    plan.move_vms = ["dc01"]
    build(sim, plan=plan)
    names = sorted(api.VDI.get_name_label(v) for v in api.SR.get_VDIs(shared))
    assert names.count("dc01 disk 0") == 1  # the moved disk, no orphaned copy beside it
    assert api.VDI.get_SR(api.VBD.get_VDI(api.VM.get_VBDs(vm)[0])) == shared


def test_a_host_with_its_own_password_joins_with_it(sim: Simulator) -> None:
    other = sim.hosts[2].address
    with sim.world.lock:
        sim.world.machines[other].password = "a-different-one"
    with pytest.raises(XenPoolError, match="refused"):
        build(sim)
    build(sim, host_passwords={other: "a-different-one"})
    assert inventory(sim) == FINISHED


def test_a_big_disk_gets_the_time_its_move_needs() -> None:
    from wizard.plan import Plan
    from wizard.steps.context import BuildContext
    from wizard.steps.vms import copy_timeout
    from wizard.xapi.trust import PinStore, Trust

    four_tib = 4 * 1024**4
    assert copy_timeout(1024**3) == 3600.0  # an hour at least
    assert copy_timeout(four_tib) > 2 * 24 * 3600  # at 20 MB/s, 4 TiB takes days
    ctx = BuildContext(plan=Plan(), password="", trust=Trust(PinStore()))
    assert ctx.task_limit(copy_timeout(four_tib)) == copy_timeout(four_tib)  # not cut to 1 h
    ctx.task_timeout = 1.0  # what tests use to make a hung task fail fast
    assert ctx.task_limit(copy_timeout(four_tib)) == 1.0


def test_master_lost_with_members_in_emergency_mode_is_told_apart(sim: Simulator) -> None:
    master = sim.hosts[0].address
    members = [h.address for h in sim.hosts[1:]]

    def master_dies_and_members_restart(_event: Any) -> None:
        for member in members:
            sim.world.set_online(member, False)
        sim.world.set_online(master, False)
        for member in members:  # their xapi starts without the master: emergency mode
            sim.world.set_online(member, True)

    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = master_dies_and_members_restart
    with pytest.raises(HostUnreachable, match=master) as info:
        build(sim, hooks=hooks)
    assert "the members answer but have lost it too" in info.value.message
    assert "pool-emergency-transition-to-master" in info.value.advice
    sim.world.set_online(master, True)
    build(sim)
    assert inventory(sim) == FINISHED


@pytest.mark.parametrize(
    "method",
    [
        "Async.pool.create_VLAN_from_PIF",
        "Async.PIF.reconfigure_ip",
        "Async.SR.create",
        "Async.pool.enable_ha",
    ],
)
def test_an_answer_lost_under_a_change_resumes_its_stage_in_the_same_run(
    make_sim: Callable[..., Simulator], method: str
) -> None:
    # The host does the call and the answer never comes back (a reset on a bad link);
    # with time running, the task is still pending when the connection breaks.
    sim = make_sim("smb3", time_scale=0.01)
    sim.world.faults.drop_next_answer.add(method)
    build(sim)
    assert method not in sim.world.faults.drop_next_answer  # the fault was met
    assert inventory(sim) == FINISHED  # one of everything: the change was not made twice


def test_a_join_request_lost_on_the_way_is_sent_again_in_the_same_run(
    make_sim: Callable[..., Simulator],
) -> None:
    # The connection breaks after the request left and before the joiner acted on it:
    # the joiner is still standalone with no join running, so the join is taken up again
    # (CI once stopped here with "the join did not happen" under a reset link).
    sim = make_sim("smb3", time_scale=0.01)
    sim.world.faults.lose_next_request.add("Async.pool.join")
    build(sim)
    assert "Async.pool.join" not in sim.world.faults.lose_next_request  # the fault was met
    assert inventory(sim) == FINISHED
