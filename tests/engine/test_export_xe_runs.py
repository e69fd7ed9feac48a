"""The exported xe script really runs: sh + a test-only xe (tests/tools/xe) against the simulator.

The script gets nothing but XENPOOL_PASSWORD (and XENPOOL_CHAP_SECRET): no ~/.xe, no -pw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import build
from wizard.demo import lab_plan
from wizard.plan import ExistingSr, Plan, validate
from wizard.simulator import Simulator
from wizard.simulator.scenario import scenario_names
from wizard.steps.base import comment
from wizard.steps.engine import export_script

TOOLS = Path(__file__).resolve().parent.parent / "tools"

# smb3 with a third NIC; xcp-03 carries its storage VLAN on eth2 (hosts[].nic in the plan)
PER_HOST_NIC = """
base = "smb3"
[[targets]]
iqn = "iqn.2005-10.org.freenas.ctl:xenpool"
portals = ["10.200.0.10"]
devices = ["eth1", "eth2"]
luns = [
    { size_gib = 500, vendor = "TrueNAS", serial = "6c3b8e5f0a1e001", name = "data" },
    { size_gib = 4, vendor = "TrueNAS", serial = "6c3b8e5f0a1e002", name = "heartbeat" },
]
[[hosts]]
name = "xcp-01"
cpu = "intel-xeon-silver-4310"
nics = ["eth0", "eth1", "eth2"]
vms = [
    { name = "dc01", memory_gib = 4, disk_gib = 60, ha_restart_priority = "restart" },
    { name = "fileserver", memory_gib = 8, disk_gib = 200 },
    { name = "erp-db", memory_gib = 32, disk_gib = 120 },
]
[[hosts]]
name = "xcp-02"
cpu = "intel-xeon-silver-4310"
nics = ["eth0", "eth1", "eth2"]
[[hosts]]
name = "xcp-03"
cpu = "intel-xeon-silver-4310"
nics = ["eth0", "eth1", "eth2"]
"""


def _run_script(
    sim: Simulator, script: str, tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "build.sh"
    path.write_text(script)
    home = tmp_path / "home"  # no ~/.xe: the script must log in by itself
    home.mkdir(exist_ok=True)
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    full_env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(temp),
        "PATH": f"{TOOLS}{os.pathsep}{os.environ['PATH']}",
        "XE_SHIM_PYTHON": sys.executable,
        "XE_SHIM_LOG": str(tmp_path / "xe-calls.jsonl"),
        "XENPOOL_PASSWORD": sim.hosts[0].password,
        "PYTHONPATH": str(TOOLS.parent.parent),
        **env,
    }
    full_env.pop("XE_EXTRA_ARGS", None)
    result = subprocess.run(
        ["sh", str(path)], env=full_env, capture_output=True, text=True, timeout=300, check=False
    )
    assert not list(temp.iterdir()), "the login file outlived the script"
    return result


def _xe_calls(tmp_path: Path) -> list[list[str]]:
    log = tmp_path / "xe-calls.jsonl"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def _plan(sim: Simulator, **iscsi: str) -> Plan:
    plan = lab_plan(sim)
    for key, value in iscsi.items():
        setattr(plan.iscsi, key, value)
    return plan


def _full_plan(sim: Simulator, per_host_nic: bool = False) -> Plan:
    plan = lab_plan(sim)
    plan.move_vms = ["dc01", "fileserver"]
    plan.ha.restart_priorities = {"fileserver": "best-effort"}
    if per_host_nic:
        plan.hosts[2].nic = "eth2"
    return plan


def snapshot(sim: Simulator) -> dict[str, Any]:
    """The pool as built, with hosts by their place in the scenario and no uuids or refs."""
    api = sdk_session(sim.hosts[0]).xenapi
    place = {h.address: n for n, h in enumerate(sim.hosts)}
    hosts = api.host.get_all_records()
    host_of = {ref: place[h["address"]] for ref, h in hosts.items()}
    pool = api.pool.get_record(api.pool.get_all()[0])
    pifs = api.PIF.get_all_records()
    networks = api.network.get_all_records()
    storage = {
        ref: {k: n[k] for k in ("name_label", "name_description", "MTU")}
        for ref, n in networks.items()
        if n["other_config"].get("xenpool-wizard-role") == "storage"
    }
    vlan_pifs = sorted(
        (
            host_of[p["host"]],
            pifs[api.VLAN.get_tagged_PIF(p["VLAN_master_of"])]["device"],
            p["VLAN"],
            p["network"] in storage,
            p["ip_configuration_mode"],
            p["IP"],
            p["netmask"],
            p["gateway"],
            p["MTU"],
            p["disallow_unplug"],
            p["currently_attached"],
            p["other_config"].get("management_purpose"),
        )
        for p in pifs.values()
        if p["VLAN"] != "-1"
    )
    srs = api.SR.get_all_records()
    shared = {
        s["name_label"]: {
            "type": s["type"],
            "content_type": s["content_type"],
            "description": s["name_description"],
            "plugged_on": sorted(
                host_of[api.PBD.get_host(p)] for p in s["PBDs"] if api.PBD.get_currently_attached(p)
            ),
            "pbds": len(s["PBDs"]),
            "default": ref == pool["default_SR"],
        }
        for ref, s in srs.items()
        if s["shared"]
    }
    vms = {
        vm["name_label"]: {
            "disks_on": sorted(
                srs[api.VDI.get_SR(api.VBD.get_VDI(vbd))]["name_label"] for vbd in vm["VBDs"]
            ),
            "priority": vm["ha_restart_priority"],
        }
        for vm in api.VM.get_all_records().values()
        if not vm["is_control_domain"] and not vm["is_a_template"]
    }
    return {
        "pool": pool["name_label"],
        "members": sorted(host_of[r] for r, h in hosts.items() if h["enabled"]),
        "ha": (
            pool["ha_enabled"],
            pool["ha_host_failures_to_tolerate"],
            len(pool["ha_statefiles"]),
        ),
        "storage_networks": sorted(json.dumps(n, sort_keys=True) for n in storage.values()),
        "vlan_pifs": vlan_pifs,
        "shared_srs": shared,
        "vms": vms,
    }


def _shared_sr_uuids(sim: Simulator) -> dict[str, str]:
    api = sdk_session(sim.hosts[0]).xenapi
    return {s["name_label"]: s["uuid"] for s in api.SR.get_all_records().values() if s["shared"]}


@pytest.mark.parametrize("scenario", ["smb3", "per-host-nic"])
def test_the_script_builds_the_same_pool_as_apply(
    scenario: str, make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    per_host_nic = scenario == "per-host-nic"
    if per_host_nic:
        scenario = str(tmp_path / "per-host-nic.toml")
        Path(scenario).write_text(PER_HOST_NIC)
    applied = make_sim(scenario)
    build(applied, plan=_full_plan(applied, per_host_nic))
    scripted = make_sim(scenario)
    result = _run_script(scripted, export_script(_full_plan(scripted, per_host_nic)), tmp_path)
    assert result.returncode == 0, result.stderr
    built = snapshot(scripted)
    assert built == snapshot(applied)
    # and that pool is the planned one
    assert built["members"] == [0, 1, 2]
    assert built["ha"] == (True, "1", 1)
    assert [p[2:6] for p in built["vlan_pifs"]] == [
        ("200", True, "Static", f"10.200.0.{21 + n}") for n in range(3)
    ]
    nics = [p[1] for p in built["vlan_pifs"]]
    assert nics == (["eth1", "eth1", "eth2"] if per_host_nic else ["eth1"] * 3)
    assert all(p[8:] == ("9000", True, True, "Storage") for p in built["vlan_pifs"])
    assert built["shared_srs"]["iSCSI storage"]["plugged_on"] == [0, 1, 2]
    assert built["shared_srs"]["iSCSI storage"]["default"]
    assert built["shared_srs"]["HA heartbeat"]["plugged_on"] == [0, 1, 2]
    assert built["vms"]["dc01"]["disks_on"] == ["iSCSI storage"]
    assert built["vms"]["erp-db"]["disks_on"] == ["Local storage"]
    # the password went to xe only as pool-join's master-password, never as -pw
    password = scripted.hosts[0].password
    calls = _xe_calls(tmp_path)
    assert calls and not [call for call in calls if "-pw" in call or "-u" in call]
    with_password = [call for call in calls if any(password in arg for arg in call)]
    assert len(with_password) == 2  # the two joins
    assert all(f"master-password={password}" in call for call in with_password)
    if not per_host_nic:
        # running it again changes nothing: nothing formatted, joined or made twice
        uuids = _shared_sr_uuids(scripted)
        (tmp_path / "xe-calls.jsonl").unlink()
        again = _run_script(scripted, export_script(_full_plan(scripted)), tmp_path)
        assert again.returncode == 0, again.stderr
        assert snapshot(scripted) == built
        assert _shared_sr_uuids(scripted) == uuids
        changes = {
            "pool-join",
            "network-create",
            "pool-vlan-create",
            "pif-reconfigure-ip",
            "pif-plug",
            "sr-probe",
            "sr-create",
            "sr-introduce",
            "pbd-create",
            "pbd-plug",
            "pool-ha-enable",
            "vdi-copy",
        }
        assert not [call for call in _xe_calls(tmp_path) if changes & set(call)]


def test_a_reused_lun_is_reattached_keeping_its_sr(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    script = export_script(_plan(sim))
    result = _run_script(sim, script, tmp_path)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    sr = api.SR.get_by_uuid(old_uuid)
    names = sorted(api.VDI.get_name_label(v) for v in api.SR.get_VDIs(sr))
    assert names == ["erp-db disk 0", "mail disk 0"]
    pbds = api.SR.get_PBDs(sr)
    assert len(pbds) == 3 and all(api.PBD.get_currently_attached(p) for p in pbds)
    assert sim.world.targets[0].luns[0].sr_uuid == old_uuid
    assert _run_script(sim, script, tmp_path).returncode == 0
    assert len(api.SR.get_PBDs(sr)) == 3 and sim.world.targets[0].luns[0].sr_uuid == old_uuid


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
    assert not [c for c in _xe_calls(tmp_path) if "sr-create" in c or "sr-introduce" in c]


def test_format_only_when_the_plan_says_format_and_the_admin_confirms(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    script = export_script(_plan(sim, existing_sr=ExistingSr.FORMAT.value))
    refused = _run_script(sim, script, tmp_path)
    assert refused.returncode != 0 and "XENPOOL_YES_DESTROY=yes" in refused.stderr
    assert sim.world.targets[0].luns[0].sr_uuid == old_uuid
    result = _run_script(sim, script, tmp_path, XENPOOL_YES_DESTROY="yes")
    assert result.returncode == 0, result.stderr
    formatted = sim.world.targets[0].luns[0].sr_uuid
    assert formatted != old_uuid
    # run again: the pool's own new SR is found first, never formatted a second time
    again = _run_script(sim, script, tmp_path, XENPOOL_YES_DESTROY="yes")
    assert again.returncode == 0, again.stderr
    assert sim.world.targets[0].luns[0].sr_uuid == formatted


def test_a_forced_join_runs_only_when_the_admin_confirms(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("mixed-cpu")
    plan = lab_plan(sim)
    plan.hosts[2].force_join = True
    script = export_script(plan)
    api = sdk_session(sim.hosts[0]).xenapi
    refused = _run_script(sim, script, tmp_path)
    assert refused.returncode != 0 and "XENPOOL_YES_FORCE_JOIN=yes" in refused.stderr
    assert "CPUs differ" in refused.stderr  # what xe said about the plain join
    assert len(api.host.get_all()) == 2  # the Intel hosts joined, the AMD host did not
    # refused for another reason (here: no management interface yet), nothing is forced
    amd = sim.world.machines[sim.hosts[2].address]
    with sim.world.lock:
        (mgmt,) = [ref for ref, pif in amd.db.all("PIF") if pif["management"]]
        amd.db.update("PIF", mgmt, management=False)
    booting = _run_script(sim, script, tmp_path, XENPOOL_YES_FORCE_JOIN="yes")
    assert booting.returncode != 0 and "HOST_STILL_BOOTING" in booting.stderr
    assert not [c for c in _xe_calls(tmp_path) if "force=true" in c]
    with sim.world.lock:
        amd.db.update("PIF", mgmt, management=True)
    result = _run_script(sim, script, tmp_path, XENPOOL_YES_FORCE_JOIN="yes")
    assert result.returncode == 0, result.stderr
    assert len(api.host.get_all()) == 3
    forced = [c for c in _xe_calls(tmp_path) if "force=true" in c]
    assert len(forced) == 1 and f"-s {sim.hosts[2].address}" in " ".join(forced[0])


def test_chap_comes_from_the_environment(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim("chap")
    secret = sim.describe()["iscsi"]["chap_password"]
    script = export_script(_plan(sim))
    assert secret not in script
    missing = _run_script(sim, script, tmp_path)
    assert missing.returncode != 0 and "XENPOOL_CHAP_SECRET" in missing.stderr
    assert not _xe_calls(tmp_path)  # stopped before the first xe command
    result = _run_script(sim, script, tmp_path, XENPOOL_CHAP_SECRET=secret)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    assert api.pool.get_record(api.pool.get_all()[0])["ha_enabled"] is True


def test_without_a_password_the_script_stops_before_any_xe(sim: Simulator, tmp_path: Path) -> None:
    result = _run_script(sim, export_script(_plan(sim)), tmp_path, XENPOOL_PASSWORD="")
    assert result.returncode != 0 and "XENPOOL_PASSWORD" in result.stderr
    assert not _xe_calls(tmp_path)


@pytest.mark.parametrize("scenario", scenario_names())
@pytest.mark.parametrize("existing", [e.value for e in ExistingSr])
def test_every_scenarios_script_is_valid_sh(scenario: str, existing: str, tmp_path: Path) -> None:
    sim = Simulator(scenario, time_scale=0.0)  # never started: export needs no hosts
    plan = _plan(sim, existing_sr=existing)
    plan.iscsi.chap_user = plan.iscsi.chap_user or "chap-user"
    plan.move_vms = ["mail"]
    plan.ha.restart_priorities = {"mail": "restart"}
    script = export_script(plan)
    path = tmp_path / "build.sh"
    path.write_text(script)
    check = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    assert "<" not in script.replace("<UUID>", "").replace("</UUID>", "")  # no placeholders
    assert "| cut" not in script  # a pipe would hide a failing xe from set -e
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
    "x'; touch /tmp/PWN; '",
    "$(touch /tmp/PWN)",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_an_injected_name_cannot_become_a_command_line(name: str, tmp_path: Path) -> None:
    sim = Simulator("smb3", time_scale=0.0)
    plan = lab_plan(sim)
    plan.hosts[1].name = name
    plan.storage_network.name = name
    plan.iscsi.sr_name = name
    plan.pool_name = name
    plan.move_vms = [name]
    plan.ha.restart_priorities = {name: "restart"}
    if any(ch in name for ch in "\n\r\x85\u2028\u2029\x0b"):
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
    # an xe that answers every question with a uuid (a VM is halted, a PIF at the plan's MTU)
    (stub / "xe").write_text(
        '#!/bin/sh\ncase "$*" in *power-state*) echo halted ;; '
        f"*param-name=MTU*) echo {plan.storage_network.mtu} ;; "
        "*) echo 0f7c2d9e-1111-2222-3333-444455556666 ;; esac\n"
    )
    (stub / "xe").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{stub}{os.pathsep}{os.environ['PATH']}",
        "XENPOOL_PASSWORD": "x",
        "TMPDIR": str(tmp_path),
    }
    result = subprocess.run(
        ["sh", str(path)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def test_the_script_turns_multipathing_on_before_the_srs(sim: Simulator, tmp_path: Path) -> None:
    from tests.engine.test_multipath import paths, two_portal_plan

    plan = two_portal_plan(sim)
    result = _run_script(sim, export_script(plan), tmp_path)
    assert result.returncode == 0, result.stderr
    api = sdk_session(sim.hosts[0]).xenapi
    assert all(h["multipathing"] for h in api.host.get_all_records().values())
    assert set(paths(sim).values()) == {"[2, 2]"}
    calls = [" ".join(c) for c in _xe_calls(tmp_path)]
    first_sr = next(i for i, c in enumerate(calls) if "sr-create" in c)
    assert all(i < first_sr for i, c in enumerate(calls) if "multipathing=true" in c)


def test_the_script_stops_where_a_nic_keeps_a_smaller_mtu(sim: Simulator, tmp_path: Path) -> None:
    from tests.engine.test_field_pains import _limit_storage_nic

    member = sim.world.machines[sim.hosts[1].address]
    _limit_storage_nic(sim, member, 1500)
    result = _run_script(sim, export_script(lab_plan(sim)), tmp_path)
    assert result.returncode == 1
    assert (
        f"{member.address}: the storage interface is not at the planned MTU 9000" in result.stderr
    )
    assert result.stderr.rstrip().endswith("its MTU now: 1500")
    assert not [c for c in _xe_calls(tmp_path) if "sr-create" in c]


def test_after_the_nic_is_fixed_the_script_re_plugs_the_interface_and_finishes(
    sim: Simulator, tmp_path: Path
) -> None:
    from tests.engine.test_field_pains import _limit_storage_nic

    member = sim.world.machines[sim.hosts[1].address]
    _limit_storage_nic(sim, member, 1500)
    script = export_script(lab_plan(sim))
    assert _run_script(sim, script, tmp_path).returncode == 1  # plugged at 1500: stops
    _limit_storage_nic(sim, member, None)  # the NIC driver is fixed
    (tmp_path / "xe-calls.jsonl").unlink()
    result = _run_script(sim, script, tmp_path)
    assert result.returncode == 0, result.stderr
    unplugged = [c for c in _xe_calls(tmp_path) if "pif-unplug" in c]
    api = sdk_session(sim.hosts[0]).xenapi
    host = next(r for r, h in api.host.get_all_records().items() if h["address"] == member.address)
    (vlan_pif,) = [
        p["uuid"]
        for p in api.PIF.get_all_records().values()
        if p["host"] == host and p["VLAN"] != "-1"
    ]
    assert unplugged == [["-s", sim.hosts[0].address, "pif-unplug", f"uuid={vlan_pif}"]]
    storage = [
        p
        for p in api.PIF.get_all_records().values()
        if p["VLAN"] != "-1" and p["other_config"].get("management_purpose") == "Storage"
    ]
    assert {p["MTU"] for p in storage} == {"9000"} and all(p["disallow_unplug"] for p in storage)
    # run again on the finished pool (HA on, SRs attached): nothing goes down
    (tmp_path / "xe-calls.jsonl").unlink()
    assert _run_script(sim, script, tmp_path).returncode == 0
    assert not [c for c in _xe_calls(tmp_path) if "pif-unplug" in c]


def test_the_script_grows_a_pool_with_ha_only_when_told_it_may_pause_ha(
    sim: Simulator, tmp_path: Path
) -> None:
    two = lab_plan(sim)
    two.hosts = two.hosts[:2]
    build(sim, plan=two)
    script = export_script(lab_plan(sim))
    api = sdk_session(sim.hosts[0]).xenapi
    refused = _run_script(sim, script, tmp_path)
    assert refused.returncode == 1 and "XENPOOL_YES_PAUSE_HA=yes" in refused.stderr
    assert len(api.host.get_all()) == 2
    assert api.pool.get_ha_enabled(api.pool.get_all()[0])  # nothing was turned off
    sim.world.faults.pbd_plug_fails_on.add(sim.hosts[2].address)  # stops after the join
    stopped = _run_script(sim, script, tmp_path, XENPOOL_YES_PAUSE_HA="yes")
    assert stopped.returncode != 0
    assert "HA was turned off for the joins and is still off" in stopped.stderr
    assert len(api.host.get_all()) == 3
    assert not api.pool.get_ha_enabled(api.pool.get_all()[0])
    sim.world.faults.pbd_plug_fails_on.clear()
    result = _run_script(sim, script, tmp_path)  # HA is off already: no consent needed
    assert result.returncode == 0, result.stderr
    pool = api.pool.get_all()[0]
    assert api.pool.get_ha_enabled(pool)  # on again at the end
    assert "xenpool-wizard-ha-paused" not in api.pool.get_other_config(pool)
    assert len([c for c in _xe_calls(tmp_path) if "pool-ha-disable" in c]) == 1
    for sr in api.SR.get_all_records().values():
        if sr["shared"]:
            assert len(sr["PBDs"]) == 3


def test_the_script_moves_a_running_vms_disks_live(sim: Simulator, tmp_path: Path) -> None:
    build(sim)
    master = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:  # dc01 runs on the master
        dc01 = next(ref for ref, vm in master.db.all("VM") if vm["name_label"] == "dc01")
        master.db.update("VM", dc01, power_state="Running", resident_on=master.host_ref)
    plan = lab_plan(sim)
    plan.move_vms = ["dc01"]
    result = _run_script(sim, export_script(plan), tmp_path)
    assert result.returncode == 0, result.stderr
    assert [c for c in _xe_calls(tmp_path) if "vdi-pool-migrate" in c]
    assert not [c for c in _xe_calls(tmp_path) if "vdi-copy" in c]
    api = sdk_session(sim.hosts[0]).xenapi
    (vm,) = api.VM.get_by_name_label("dc01")
    assert api.VM.get_power_state(vm) == "Running"
    (vbd,) = api.VM.get_VBDs(vm)
    assert api.SR.get_name_label(api.VDI.get_SR(api.VBD.get_VDI(vbd))) == "iSCSI storage"
