"""Multipathing: planned, turned on on every host before the SRs, paths counted after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import failure_of, sdk_session
from tests.faults.conftest import Hooks, build, inventory, preflight_only
from wizard import cli
from wizard.demo import lab_plan
from wizard.plan import Plan
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.steps.context import BuildStopped
from wizard.steps.engine import export_script
from wizard.xapi.advice import explain

SECOND_PORTAL = "10.200.0.9"  # the array's other controller, on the same storage VLAN


def two_portal_plan(sim: Simulator, multipath: bool = True) -> Plan:
    sim.world.targets[0].portals.append(SECOND_PORTAL)
    plan = lab_plan(sim)
    plan.iscsi.portals = list(sim.world.targets[0].portals)
    plan.iscsi.multipath = multipath
    return plan


def multipathing(sim: Simulator) -> dict[str, bool]:
    api = sdk_session(sim.hosts[0]).xenapi
    return {h["address"]: h["multipathing"] for h in api.host.get_all_records().values()}


def paths(sim: Simulator) -> dict[str, str]:
    """Host address -> SM's path count on the shared SR's PBD."""
    api = sdk_session(sim.hosts[0]).xenapi
    hosts = api.host.get_all_records()
    out = {}
    for pbd in api.PBD.get_all_records().values():
        scsi_id = pbd["device_config"].get("SCSIid", "")
        if scsi_id == sim.world.targets[0].luns[0].scsi_id:
            out[hosts[pbd["host"]]["address"]] = pbd["other_config"].get(f"mpath-{scsi_id}", "")
    return out


def test_every_host_multipaths_before_the_srs_and_each_path_is_counted(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = two_portal_plan(sim)
    hooks = Hooks()
    seen_before_sr: list[dict[str, bool]] = []
    hooks.on[("sr", State.RUNNING)] = lambda _e: seen_before_sr.append(multipathing(sim))
    build(sim, plan, hooks)
    assert seen_before_sr and all(seen_before_sr[0].values())  # on before the first SR
    assert set(paths(sim).values()) == {"[2, 2]"}
    attached = [e.message for e in hooks.seen if e.step == "sr" and e.state is State.DONE]
    assert sum("2 of 2 paths up" in m for m in attached) == len(sim.hosts)
    # The customer's report says it per host.
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    capsys.readouterr()
    args = ["report", "--host", sim.hosts[0].address, "--port", str(sim.port), "--yes"]
    assert cli.main([*args, "--pins", str(tmp_path / "pins.json")]) == 0
    out = capsys.readouterr().out
    assert out.count("2/2 paths") >= len(sim.hosts)


def test_a_host_with_a_path_down_is_named_and_the_build_still_finishes(sim: Simulator) -> None:
    plan = two_portal_plan(sim)
    third = sim.hosts[2].address
    sim.world.faults.path_down.add((third, SECOND_PORTAL))
    hooks = Hooks()
    build(sim, plan, hooks)
    assert paths(sim)[third] == "[1, 2]"
    assert paths(sim)[sim.hosts[1].address] == "[2, 2]"
    said = [e.message for e in hooks.seen if e.step == "sr" and e.host == third]
    assert any("1 of 2 paths" in m and "cabling" in m for m in said)
    assert inventory(sim)["ha"] is True


def test_a_rerun_changes_nothing_and_a_plan_without_multipath_leaves_hosts_alone(
    sim: Simulator,
) -> None:
    plan = two_portal_plan(sim)
    build(sim, plan)
    before = inventory(sim)
    hooks = Hooks()
    build(sim, plan, hooks)
    assert inventory(sim) == before
    assert all(e.state is State.SKIPPED for e in hooks.seen if e.step == "multipath") and any(
        e.step == "multipath" for e in hooks.seen
    )


def test_without_multipath_in_the_plan_no_host_is_touched(sim: Simulator) -> None:
    build(sim)
    assert not any(multipathing(sim).values())
    assert set(paths(sim).values()) == {""}


def test_an_sr_already_attached_without_multipath_stops_with_what_to_do(sim: Simulator) -> None:
    build(sim)  # built before multipathing was wanted
    plan = lab_plan(sim)
    plan.iscsi.multipath = True
    with pytest.raises(BuildStopped) as info:
        build(sim, plan)
    message = info.value.message
    assert all(h.address in message for h in sim.hosts) and "already attached" in message
    assert "maintenance mode" in info.value.advice
    assert not any(multipathing(sim).values())  # nothing was half-done


def test_several_portals_without_multipath_warn_before_anything_is_made(sim: Simulator) -> None:
    plan = two_portal_plan(sim, multipath=False)

    def findings() -> list[str]:
        return [f.render() for f in preflight_only(sim, plan) if f.subject == "iscsi.multipath"]

    found = findings()
    assert len(found) == 1 and "several portals" in found[0]
    plan.iscsi.multipath = True
    assert findings() == []


def test_the_exported_script_turns_multipathing_on_for_every_host(sim: Simulator) -> None:
    plan = two_portal_plan(sim)
    script = export_script(plan)
    for host in sim.hosts:
        assert f"host-list address={host.address} --minimal" in script
    assert script.count("multipathing=true") == len(sim.hosts)
    assert script.index("multipathing=true") < script.index("sr-create")


def test_probing_a_multipathed_lun_in_use_is_sr_device_in_use_with_advice(sim: Simulator) -> None:
    plan = two_portal_plan(sim)
    build(sim, plan)
    api = sdk_session(sim.hosts[0]).xenapi
    master = next(r for r, h in api.host.get_all_records().items() if h["address"] == plan.master)
    lun = sim.world.targets[0].luns[0]
    config = {
        "target": ",".join(plan.iscsi.portals),
        "targetIQN": plan.iscsi.target_iqn,
        "SCSIid": lun.scsi_id,
    }
    # LVHDoISCSISR.probe raises SRInUse; sm_exec.ml sends error 16 as SR_DEVICE_IN_USE []
    assert failure_of(lambda: api.SR.probe(master, config, "lvmoiscsi", {})) == ["SR_DEVICE_IN_USE"]
    assert failure_of(
        lambda: api.SR.create(master, config, "0", "again", "", "lvmoiscsi", "user", True, {})
    ) == ["SR_DEVICE_IN_USE"]
    summary, advice = explain(["SR_DEVICE_IN_USE"])
    assert "in use" in summary and "another LUN" in advice


def test_a_multipathed_lun_in_use_names_its_attached_sr_from_one_read_of_the_records(
    sim: Simulator,
) -> None:
    import asyncio
    from typing import Any

    from wizard.checks.iscsi import ExistingSrEntry
    from wizard.steps.context import BuildContext
    from wizard.xapi.trust import PinStore, Trust

    plan = two_portal_plan(sim)
    build(sim, plan)
    ctx = BuildContext(
        plan=plan,
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
    )
    calls: list[str] = []

    async def call(method: str, *args: Any, action: str = "") -> Any:
        calls.append(method)
        return await ctx.pool_call(method, *args, action=action)

    async def probe() -> list[ExistingSrEntry]:
        try:
            await ctx.connect()
            discovery = ctx.discovery(await ctx.master_ref())  # as the steps make it
            discovery.call = call
            return await discovery.srs_on(plan.iscsi.target_iqn, plan.iscsi.sr_scsi_id)
        finally:
            await ctx.close()

    # SM refuses to probe the LUN the master has attached (SR_DEVICE_IN_USE): the SR on
    # it is named from the view of the pool, not with a call per PBD or SR.
    (found,) = asyncio.run(probe())
    assert found.name == "iSCSI storage" and found.size > 0
    assert calls == ["SR.probe"]
