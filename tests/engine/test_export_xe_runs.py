"""The exported xe script really runs: sh + a test-only xe (tests/tools/xe) against the simulator."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import sdk_session
from wizard.demo import lab_plan
from wizard.plan import ExistingSr, Plan, validate
from wizard.simulator import Simulator
from wizard.simulator.scenario import scenario_names
from wizard.steps.base import comment
from wizard.steps.engine import export_script

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _run_script(sim: Simulator, script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "build.sh"
    path.write_text(script)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    host = sim.hosts[0]
    (home / ".xe").write_text(f"username={host.username}\npassword={host.password}\n")
    env = {
        **os.environ,
        "HOME": str(home),
        "PATH": f"{TOOLS}{os.pathsep}{os.environ['PATH']}",
        "XE_SHIM_PYTHON": sys.executable,
        "XENPOOL_PASSWORD": host.password,
        "PYTHONPATH": str(TOOLS.parent.parent),
    }
    return subprocess.run(
        ["sh", str(path)], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _plan(sim: Simulator, **iscsi: str) -> Plan:
    plan = lab_plan(sim)
    for key, value in iscsi.items():
        setattr(plan.iscsi, key, value)
    return plan


def test_the_script_builds_the_same_pool_as_apply(sim: Simulator, tmp_path: Path) -> None:
    result = _run_script(sim, export_script(_plan(sim)), tmp_path)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    hosts = api.host.get_all_records()
    assert len(hosts) == 3 and all(h["enabled"] for h in hosts.values())
    pool = api.pool.get_record(api.pool.get_all()[0])
    assert pool["name_label"] == "Demo pool"
    assert pool["ha_enabled"] is True
    assert pool["ha_host_failures_to_tolerate"] == "1"
    pifs = [p for p in api.PIF.get_all_records().values() if p["VLAN"] == "200"]
    assert sorted(p["IP"] for p in pifs) == ["10.200.0.21", "10.200.0.22", "10.200.0.23"]
    assert all(p["MTU"] == "9000" and p["disallow_unplug"] for p in pifs)
    assert all(p["currently_attached"] for p in pifs)
    shared = {r: s for r, s in api.SR.get_all_records().items() if s["shared"]}
    assert sorted(s["name_label"] for s in shared.values()) == ["HA heartbeat", "iSCSI storage"]
    for ref in shared:
        pbds = [api.PBD.get_record(p) for p in api.SR.get_PBDs(ref)]
        assert len(pbds) == 3 and all(p["currently_attached"] for p in pbds)
    data = next(r for r, s in shared.items() if s["name_label"] == "iSCSI storage")
    assert pool["default_SR"] == data
    network = next(n for n in api.network.get_all_records().values() if n["MTU"] == "9000")
    assert network["other_config"].get("xenpool-wizard-role") == "storage"


def test_a_reused_lun_is_reattached_keeping_its_sr(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    result = _run_script(sim, export_script(_plan(sim)), tmp_path)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    sr = api.SR.get_by_uuid(old_uuid)
    names = sorted(api.VDI.get_name_label(v) for v in api.SR.get_VDIs(sr))
    assert names == ["erp-db disk 0", "mail disk 0"]
    pbds = api.SR.get_PBDs(sr)
    assert len(pbds) == 3 and all(api.PBD.get_currently_attached(p) for p in pbds)
    assert sim.world.targets[0].luns[0].sr_uuid == old_uuid


def test_without_reattach_or_format_the_script_stops_before_formatting(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    script = export_script(_plan(sim, existing_sr=ExistingSr.STOP.value))
    result = _run_script(sim, script, tmp_path)
    assert result.returncode != 0
    assert "already holds an SR" in result.stderr and old_uuid in result.stderr
    assert sim.world.targets[0].luns[0].sr_uuid == old_uuid
    api = sdk_session(sim.hosts[0]).xenapi
    assert not [s for s in api.SR.get_all_records().values() if s["type"] == "lvmoiscsi"]


@pytest.mark.parametrize("scenario", scenario_names())
@pytest.mark.parametrize("existing", [e.value for e in ExistingSr])
def test_every_scenarios_script_is_valid_sh(scenario: str, existing: str, tmp_path: Path) -> None:
    sim = Simulator(scenario, time_scale=0.0)  # never started: export needs no hosts
    plan = _plan(sim, existing_sr=existing)
    plan.iscsi.chap_user = plan.iscsi.chap_user or "chap-user"
    plan.move_vms = ["mail"]
    script = export_script(plan)
    path = tmp_path / "build.sh"
    path.write_text(script)
    check = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    assert "<" not in script.replace("<UUID>", "").replace("</UUID>", "")  # no placeholders
    assert '"$XENPOOL_CHAP_SECRET"' in script
    secret = sim.describe()["iscsi"]["chap_password"]
    assert not secret or secret not in script


HOSTILE = [
    "x\ntouch /tmp/PWN\n#",
    "x\rtouch /tmp/PWN",
    "x\x85touch /tmp/PWN",
    "x\u2028touch /tmp/PWN",
    "x\u2029touch /tmp/PWN",
    "x\x0btouch /tmp/PWN\x0c",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_an_injected_host_name_cannot_become_a_command_line(name: str, tmp_path: Path) -> None:
    sim = Simulator("smb3", time_scale=0.0)
    plan = lab_plan(sim)
    plan.hosts[1].name = name
    plan.storage_network.name = name
    plan.iscsi.sr_name = name
    # the plan refuses it, field by field
    fields = {f.subject for f in validate(plan) if f.blocking}
    assert {"hosts[1].name", "storage_network.name", "iscsi.sr_name"} <= fields
    # and even unvalidated, no comment line of the script breaks (sh ends lines at \n only;
    # terminals and editors also at \r, NEL, U+2028/9), and running it never runs the name
    script = export_script(plan)
    for line in script.split("\n"):
        if line.lstrip().startswith("#"):
            assert line.splitlines() == [line], repr(line)
    assert comment(name).splitlines() == [comment(name)]
    marker = tmp_path / "PWN"
    path = tmp_path / "build.sh"
    path.write_text(script.replace("/tmp/PWN", str(marker)))
    stub = tmp_path / "bin"
    stub.mkdir()
    (stub / "xe").write_text("#!/bin/sh\necho 0f7c2d9e-1111-2222-3333-444455556666\n")
    (stub / "xe").chmod(0o755)
    env = {**os.environ, "PATH": f"{stub}{os.pathsep}{os.environ['PATH']}", "XENPOOL_PASSWORD": "x"}
    result = subprocess.run(
        ["sh", str(path)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def test_chap_comes_from_the_environment(
    make_sim: Callable[..., Simulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("chap")
    secret = sim.describe()["iscsi"]["chap_password"]
    script = export_script(_plan(sim))
    assert secret not in script
    monkeypatch.setenv("XENPOOL_CHAP_SECRET", secret)
    result = _run_script(sim, script, tmp_path)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    assert api.pool.get_record(api.pool.get_all()[0])["ha_enabled"] is True


def test_format_only_when_the_plan_says_format(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    script = export_script(_plan(sim, existing_sr=ExistingSr.FORMAT.value))
    result = _run_script(sim, script, tmp_path)
    assert result.returncode == 0, result.stderr
    assert sim.world.targets[0].luns[0].sr_uuid != old_uuid
