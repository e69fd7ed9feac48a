"""End to end through the CLI: simulate smb3, write a plan, apply it, apply it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import sdk_session
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator


@pytest.fixture
def plan_file(sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pool.toml"
    save(lab_plan(sim), path)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    return path


def _apply(plan: Path, tmp_path: Path, *extra: str) -> int:
    return cli.main(["apply", str(plan), "--yes", "--pins", str(tmp_path / "pins.json"), *extra])


def test_apply_builds_the_pool_and_a_second_run_changes_nothing(
    sim: Simulator, plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _apply(plan_file, tmp_path) == exitcodes.EXIT_OK
    api = sdk_session(sim.hosts[0]).xenapi
    hosts = api.host.get_all_records()
    assert len(hosts) == 3
    pool = api.pool.get_record(api.pool.get_all()[0])
    assert pool["name_label"] == "Demo pool"
    assert pool["ha_enabled"] is True
    assert pool["ha_host_failures_to_tolerate"] == "1"
    # a VLAN 200 PIF with a static storage IP and MTU 9000 on every host
    pifs = [p for p in api.PIF.get_all_records().values() if p["VLAN"] == "200"]
    assert sorted(p["IP"] for p in pifs) == ["10.200.0.21", "10.200.0.22", "10.200.0.23"]
    assert all(p["MTU"] == "9000" and p["disallow_unplug"] for p in pifs)
    # the shared SR and a separate heartbeat SR, each plugged on all three hosts
    shared = {r: s for r, s in api.SR.get_all_records().items() if s["shared"]}
    assert sorted(s["name_label"] for s in shared.values()) == ["HA heartbeat", "iSCSI storage"]
    for ref in shared:
        pbds = [api.PBD.get_record(p) for p in api.SR.get_PBDs(ref)]
        assert len(pbds) == 3 and all(p["currently_attached"] for p in pbds)
    capsys.readouterr()

    assert _apply(plan_file, tmp_path) == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    assert "Nothing to change" in out
    assert len(api.SR.get_all()) == len(shared) + 3  # no second SR
    assert len([p for p in api.PIF.get_all_records().values() if p["VLAN"] == "200"]) == 3


@pytest.mark.parametrize("existing_sr", ["reattach", "format", "stop"])
def test_a_second_apply_on_the_finished_pool_is_a_no_op_whatever_existing_sr_says(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    existing_sr: str,
) -> None:
    # The pool's own SRs on the plan's LUNs are not "a LUN already holding an SR".
    plan = lab_plan(sim)
    plan.iscsi.existing_sr = existing_sr
    path = tmp_path / "pool.toml"
    save(plan, path)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    assert _apply(path, tmp_path) == exitcodes.EXIT_OK
    api = sdk_session(sim.hosts[0]).xenapi
    before = sorted(api.SR.get_all())
    capsys.readouterr()

    assert _apply(path, tmp_path) == exitcodes.EXIT_OK
    captured = capsys.readouterr()
    assert "Nothing to change" in captured.out
    text = captured.out + captured.err
    assert "already holds SR" not in text and "LUN holds SR" not in text
    assert "reattached with its data" not in text
    assert sorted(api.SR.get_all()) == before
    assert cli.main(["validate", str(path), "--yes", "--pins", str(tmp_path / "pins.json")]) == 0


def test_a_too_small_heartbeat_lun_stops_the_build_before_any_sr_is_made(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = lab_plan(sim)
    small = next(lun for lun in sim.world.targets[0].luns if lun.size < 2 * 1024**3)
    plan.iscsi.heartbeat_scsi_id = small.scsi_id
    plan.iscsi.heartbeat_size = 0  # a hand-written plan that does not carry the size
    path = tmp_path / "pool.toml"
    save(plan, path)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)

    assert _apply(path, tmp_path) == exitcodes.EXIT_STEP_FAILED
    err = capsys.readouterr().err
    assert small.scsi_id in err
    assert "3,997,171,712 bytes" in err  # the size XAPI needs for statefile + redo log
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 3  # the pool and its network were built ...
    assert not [s for s in api.SR.get_all_records().values() if s["shared"]]  # ... no SR
