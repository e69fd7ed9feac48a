"""End to end through the CLI: simulate smb3, write a plan, apply it, apply it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import sdk_session
from wizard import cli
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
    assert _apply(plan_file, tmp_path) == cli.EXIT_OK
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

    assert _apply(plan_file, tmp_path) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Nothing to change" in out
    assert len(api.SR.get_all()) == len(shared) + 3  # no second SR
    assert len([p for p in api.PIF.get_all_records().values() if p["VLAN"] == "200"]) == 3
