"""Per-host work XAPI can run side by side is run side by side: PBD plugs and VLANs.

Each test counts how many calls of one kind the engine has in flight at once
(the peak): one at a time would be 1.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import FINISHED, build, inventory
from wizard.demo import lab_plan
from wizard.plan import ExistingSr
from wizard.simulator import Simulator
from wizard.steps.base import Step
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.engine import run_steps, stages
from wizard.steps.iscsigate import IscsiGateStep
from wizard.steps.network import StorageNetworkStep
from wizard.steps.pool import JoinStep, PoolNameStep
from wizard.steps.storage import SrStep
from wizard.xapi.trust import PinStore, Trust


def peak_in_flight(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Record, per XAPI method, the most calls of it the engine had running at once."""
    peak: Counter[str] = Counter()
    now: Counter[str] = Counter()
    task = BuildContext.pool_task
    call = BuildContext.pool_call

    def tracked(original: Any) -> Any:
        async def wrapper(self: BuildContext, method: str, *args: Any, **kwargs: Any) -> Any:
            now[method] += 1
            peak[method] = max(peak[method], now[method])
            try:
                return await original(self, method, *args, **kwargs)
            finally:
                now[method] -= 1

        return wrapper

    monkeypatch.setattr(BuildContext, "pool_task", tracked(task))
    monkeypatch.setattr(BuildContext, "pool_call", tracked(call))
    return peak


def test_a_reattached_sr_gets_its_pbds_created_and_plugged_on_all_hosts_at_once(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    peak = peak_in_flight(monkeypatch)
    build(sim)
    assert peak["PBD.create"] == 3
    assert peak["PBD.plug"] == 3
    api = sdk_session(sim.hosts[0]).xenapi
    pbds = api.SR.get_PBDs(api.SR.get_by_uuid(old_uuid))
    assert len(pbds) == 3 and all(api.PBD.get_currently_attached(p) for p in pbds)


def test_pbds_left_unplugged_by_sr_create_are_replugged_at_once_and_all_failures_named(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = [h.address for h in sim.hosts[1:]]
    sim.world.faults.pbd_plug_fails_on.update(members)
    peak = peak_in_flight(monkeypatch)
    with pytest.raises(BuildStopped) as info:
        build(sim)
    # Both members' re-plugs ran together (and the other SR's, made alongside, may overlap).
    assert peak["PBD.plug"] >= 2
    assert all(address in info.value.message for address in members)
    sim.world.faults.pbd_plug_fails_on.clear()
    build(sim)
    assert inventory(sim) == FINISHED


def _run_only(sim: Simulator, steps: list[Step]) -> None:
    """Run just these steps of the lab's plan (the rest of the build is not made)."""
    ctx = BuildContext(
        plan=lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
    )

    async def go() -> None:
        try:
            await ctx.connect()
            await run_steps(ctx, steps)
        finally:
            await ctx.close()

    asyncio.run(go())


def test_the_iscsi_gate_probes_every_stage_at_once(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run_only(sim, [PoolNameStep(), JoinStep(), StorageNetworkStep()])
    peak = peak_in_flight(monkeypatch)
    _run_only(sim, [IscsiGateStep()])
    # The targets, the target's LUNs, and each of the SR LUN and the heartbeat LUN for old
    # SRs: their inputs are all in the plan, so the four probes run side by side.
    assert peak["SR.probe"] == 4


def test_per_host_vlans_are_created_at_once(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The storage network exists on the master only (a build stopped half-way, or made by
    # hand): the members' VLANs are then one VLAN.create each, not one pool-wide call.
    _run_only(sim, [PoolNameStep(), JoinStep()])
    api = sdk_session(sim.hosts[0]).xenapi
    network = api.network.create(
        {
            "name_label": "Storage VLAN 200",
            "name_description": "",
            "MTU": "9000",
            "other_config": {"xenpool-wizard-role": "storage"},
            "tags": [],
        }
    )
    master = api.pool.get_master(api.pool.get_all()[0])
    eth1 = next(
        ref
        for ref, pif in api.PIF.get_all_records().items()
        if pif["device"] == "eth1" and pif["physical"] and pif["host"] == master
    )
    api.VLAN.create(eth1, "200", network)
    peak = peak_in_flight(monkeypatch)
    build(sim)
    assert peak["VLAN.create"] == 2
    assert peak["pool.create_VLAN_from_PIF"] == 0
    assert inventory(sim) == FINISHED


def _lun_probes(sim: Simulator) -> Counter[str]:
    """How often each LUN is probed for SRs on it (SR.probe with a SCSIid), from now on."""
    probes: Counter[str] = Counter()
    dispatcher = sim.endpoints.dispatcher
    handle = dispatcher.handle

    def counted(machine: Any, method: str, params: tuple[Any, ...]) -> Any:
        if method in ("SR.probe", "Async.SR.probe") and len(params) > 2:
            config = params[2] if isinstance(params[2], dict) else {}
            if config.get("SCSIid"):
                probes[str(config["SCSIid"])] += 1
        return handle(machine, method, params)

    dispatcher.handle = counted  # type: ignore[method-assign]
    return probes


def test_a_build_probes_each_lun_for_an_old_sr_once(sim: Simulator) -> None:
    plan = lab_plan(sim)
    probes = _lun_probes(sim)
    build(sim, plan)
    assert inventory(sim) == FINISHED
    # The SR steps' probes, right before they create, are the gate's: once per LUN.
    assert probes == Counter({plan.iscsi.sr_scsi_id: 1, plan.iscsi.heartbeat_scsi_id: 1})


def test_a_lun_refused_by_the_gate_stops_the_other_luns_sr_too(
    make_sim: Callable[..., Simulator],
) -> None:
    sim = make_sim("reused-lun")
    held = sim.world.targets[0].luns[0]
    old_uuid = held.sr_uuid
    plan = lab_plan(sim)
    plan.iscsi.existing_sr = ExistingSr.FORMAT.value
    assert plan.iscsi.sr_scsi_id == held.scsi_id and plan.iscsi.heartbeat_scsi_id
    with pytest.raises(BuildStopped) as info:
        build(sim, plan)  # no --yes-destroy
    # The gate's reason, though both SR steps ran alongside it and probed their LUNs ...
    assert "the iSCSI target is not ready for the plan" in info.value.message
    assert "refusing without explicit consent" in info.value.message
    # ... and neither SR was made: not the formatted one, not the free heartbeat LUN's.
    api = sdk_session(sim.hosts[0]).xenapi
    assert not [s for s in api.SR.get_all_records().values() if s["shared"]]
    assert held.sr_uuid == old_uuid
    assert all(not lun.sr_uuid for lun in sim.world.targets[0].luns[1:])
    # With consent it formats, and the heartbeat SR is made alongside.
    build(sim, plan, allow_destroy=True)
    assert held.sr_uuid != old_uuid and inventory(sim)["shared_srs"] == FINISHED["shared_srs"]


def test_the_gate_and_the_sr_steps_share_a_stage_only_when_the_gate_is_there() -> None:
    gate, data, heartbeat = IscsiGateStep(), SrStep("data"), SrStep("heartbeat")
    keys = [[s.key for s in stage] for stage in stages([JoinStep(), gate, data, heartbeat])]
    assert keys == [["join"], ["iscsigate", "sr", "heartbeat"]]
    # Without the gate, the data SR does not join whatever step came before it.
    keys = [[s.key for s in stage] for stage in stages([JoinStep(), data, heartbeat])]
    assert keys == [["join"], ["sr", "heartbeat"]]
