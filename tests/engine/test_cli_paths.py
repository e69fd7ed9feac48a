"""CLI behaviour beyond the happy path: blockers, reattach, destroy consent, dry run, export."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import XenAPI

from tests.conftest import sdk_session
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.journal import default_path
from wizard.plan import ExistingSr, Plan, load, save
from wizard.simulator import Simulator


def _plan(sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **iscsi: str) -> Path:
    plan = lab_plan(sim)
    for key, value in iscsi.items():
        setattr(plan.iscsi, key, value)
    path = tmp_path / "pool.toml"
    save(plan, path)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    return path


def _run(command: str, plan: Path, tmp_path: Path, *extra: str) -> int:
    return cli.main([command, str(plan), "--yes", "--pins", str(tmp_path / "pins.json"), *extra])


def _two_built_then_three(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Plan]:
    """A pool of the first two hosts built with HA; the plan (not saved yet) names all three."""
    path = _plan(sim, tmp_path, monkeypatch)
    plan = load(path)
    everyone = list(plan.hosts)
    plan.hosts = everyone[:2]
    save(plan, path)
    assert _run("apply", path, tmp_path) == exitcodes.EXIT_OK
    plan.hosts = everyone
    return path, plan


def test_mixed_cpu_is_stopped_by_preflight_naming_the_amd_host(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("mixed-cpu")
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_BLOCKED
    out = capsys.readouterr().out
    amd = sim.hosts[2].address
    assert f"error: {amd}: has AuthenticAMD CPUs but the pool has GenuineIntel CPUs" in out
    # the Intel host of an older generation joins, but the features the pool loses are named
    assert "avx512f" in out and sim.hosts[0].address in out
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 1  # nothing changed


def test_a_forced_join_needs_the_plan_and_the_command_line(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("mixed-cpu")
    amd = sim.hosts[2].address
    path = _plan(sim, tmp_path, monkeypatch)
    api = sdk_session(sim.hosts[0]).xenapi
    # the command line without the plan forces nothing
    assert _run("validate", path, tmp_path, "--yes-force-join") == exitcodes.EXIT_BLOCKED
    assert f"error: {amd}: has AuthenticAMD CPUs" in capsys.readouterr().out
    plan = load(path)
    plan.hosts[2].force_join = True
    save(plan, path)
    assert "force_join = true" in path.read_text()
    # the plan alone is not consent
    assert _run("apply", path, tmp_path) == exitcodes.EXIT_BLOCKED
    out = capsys.readouterr().out
    assert f"error: {amd}: the plan asks to force this host's join; it is not confirmed" in out
    assert "--yes-force-join" in out
    assert len(api.host.get_all()) == 1
    # the plan and the command line: XAPI's pool.join_force lets the AMD host in
    assert _run("apply", path, tmp_path, "--yes-force-join") == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    assert f"warning: {amd}: has AuthenticAMD CPUs but the pool has GenuineIntel CPUs" in out
    assert "the join will be FORCED" in out
    members = {api.host.get_address(h) for h in api.host.get_all()}
    assert amd in members and len(members) == 3
    # the customer's report keeps the warning
    journal = default_path(plan.pool_name, plan.master)
    report = journal.with_name(journal.stem + "-report.md").read_text()
    assert f"warning: {amd}: has AuthenticAMD CPUs" in report  # the pre-flight finding
    assert "## Mixed CPU vendors (unsupported)\nxcp-03: their CPUs are not GenuineIntel" in report
    assert "VM_INCOMPATIBLE_WITH_THIS_HOST" in report


def test_a_host_joins_a_pool_with_ha_only_when_ha_may_be_paused(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, plan = _two_built_then_three(sim, tmp_path, monkeypatch)
    save(plan, path)
    capsys.readouterr()
    newcomer = sim.hosts[2].address
    assert _run("apply", path, tmp_path) == exitcodes.EXIT_BLOCKED
    out = capsys.readouterr().out
    assert f"error: {newcomer}: the pool it would join has HA enabled" in out
    assert "--yes-pause-ha" in out
    # HA off for the join, on again at the end; the newcomer gets its storage and PBDs
    assert _run("apply", path, tmp_path, "--yes-pause-ha") == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    assert "HA is turned off for the joins of xcp-03 and enabled again at the end" in out
    assert "[haoff    ] pool            done" in out
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_all()[0]
    assert api.pool.get_ha_enabled(pool) and api.pool.get_ha_host_failures_to_tolerate(pool) == "1"
    shared = [sr for sr in api.SR.get_all_records().values() if sr["shared"]]
    for sr in shared:
        assert len(sr["PBDs"]) == 3 and all(api.PBD.get_currently_attached(p) for p in sr["PBDs"])
    # a pool that is complete needs no pause: nothing to do
    assert _run("apply", path, tmp_path, "--yes-pause-ha") == exitcodes.EXIT_OK
    assert "[haoff    ] pool            done" not in capsys.readouterr().out


def test_a_build_stopped_with_ha_paused_says_so_and_the_next_run_turns_ha_on(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, plan = _two_built_then_three(sim, tmp_path, monkeypatch)
    save(plan, path)
    newcomer = sim.hosts[2].address
    sim.world.faults.pbd_plug_fails_on.add(newcomer)  # its SR attach fails after the join
    capsys.readouterr()
    assert _run("apply", path, tmp_path, "--yes-pause-ha") == exitcodes.EXIT_STEP_FAILED
    assert "HA was turned off for the joins and stays off until a build finishes" in (
        capsys.readouterr().err
    )
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_all()[0]
    assert not api.pool.get_ha_enabled(pool)
    assert "xenpool-wizard-ha-paused" in api.pool.get_other_config(pool)
    master = sim.hosts[0]
    report = ["report", "--host", master.address, "--port", str(sim.port), "--yes"]
    assert cli.main([*report, "--pins", str(tmp_path / "pins.json")]) == exitcodes.EXIT_OK
    assert "Disabled: turned off so new hosts could join" in capsys.readouterr().out
    # a plan that would now leave HA off is refused; the same plan turns it on again
    plan.ha.enabled = False
    save(plan, path)
    assert _run("validate", path, tmp_path) == exitcodes.EXIT_BLOCKED
    assert "did not finish; the plan now leaves HA off" in capsys.readouterr().out
    plan.ha.enabled = True
    save(plan, path)
    sim.world.faults.pbd_plug_fails_on.clear()
    assert _run("apply", path, tmp_path) == exitcodes.EXIT_OK  # no pause needed any more
    assert "HA is off: an earlier build turned it off" in capsys.readouterr().out
    assert api.pool.get_ha_enabled(pool)
    assert "xenpool-wizard-ha-paused" not in api.pool.get_other_config(pool)


def test_pausing_ha_needs_a_plan_that_turns_it_on_again(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, plan = _two_built_then_three(sim, tmp_path, monkeypatch)
    plan.ha.enabled = False
    save(plan, path)
    capsys.readouterr()
    assert _run("validate", path, tmp_path, "--yes-pause-ha") == exitcodes.EXIT_BLOCKED
    assert "the plan does not turn it on again" in capsys.readouterr().out


def test_busy_member_is_a_blocker_listing_the_running_vm(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("busy-member")
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("validate", plan, tmp_path) == exitcodes.EXIT_BLOCKED
    assert "runs 1 VM(s): print-server" in capsys.readouterr().out


def test_reused_lun_is_reattached_by_default_keeping_its_disks(
    make_sim: Callable[..., Simulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_OK
    api = sdk_session(sim.hosts[0]).xenapi
    sr = api.SR.get_by_uuid(old_uuid)
    assert api.SR.get_name_label(sr) == "Production iSCSI"
    names = sorted(api.VDI.get_name_label(v) for v in api.SR.get_VDIs(sr))
    assert names == ["erp-db disk 0", "mail disk 0"]
    assert all(api.PBD.get_currently_attached(p) for p in api.SR.get_PBDs(sr))
    assert len(api.SR.get_PBDs(sr)) == 3


def test_format_needs_explicit_consent(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("reused-lun")
    old_uuid = sim.world.targets[0].luns[0].sr_uuid
    plan = _plan(sim, tmp_path, monkeypatch, existing_sr=ExistingSr.FORMAT.value)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_STEP_FAILED
    assert "refusing without explicit consent" in capsys.readouterr().err
    assert sim.world.targets[0].luns[0].sr_uuid == old_uuid  # the data is untouched
    assert _run("apply", plan, tmp_path, "--yes-destroy") == exitcodes.EXIT_OK
    assert sim.world.targets[0].luns[0].sr_uuid != old_uuid


def test_dry_run_changes_nothing_and_lists_xe_commands(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path, "--dry-run") == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    assert "pool-join master-address=" in out and "pool-vlan-create" in out
    assert len(sdk_session(sim.hosts[0]).xenapi.host.get_all()) == 1


def test_export_xe_is_a_complete_annotated_script(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(sim, tmp_path, monkeypatch)
    assert cli.main(["export-xe", str(plan)]) == exitcodes.EXIT_OK
    script = capsys.readouterr().out
    order = [
        "pool-param-set",
        "pool-join",
        "network-create",
        "pool-vlan-create",
        "pif-reconfigure-ip",
        "sr-probe",
        "sr-create",
        "pool-ha-enable",
    ]
    positions = [script.index(word) for word in order]
    assert positions == sorted(positions)
    assert sim.hosts[0].password not in script
    assert "$XENPOOL_PASSWORD" in script


def test_invalid_plan_lists_every_problem_with_its_field(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(sim, tmp_path, monkeypatch)
    text = plan.read_text().replace("vlan = 200", "vlan = 5000").replace("mtu = 9000", "mtu = 100")
    plan.write_text(text + "\n[extra]\nfoo = 1\n")
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_INVALID_PLAN
    err = capsys.readouterr().err
    assert "storage_network.vlan: 5000 is outside 1-4094" in err
    assert "storage_network.mtu: 100 is outside 1280-9216" in err
    assert "extra: unknown key" in err


def test_a_changed_certificate_stops_the_run(
    sim: Simulator,
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan_path = _plan(sim, tmp_path, monkeypatch)
    plan = load(plan_path)
    plan.hosts[1].fingerprint = sim.hosts[2].fingerprint  # what a reinstalled host looks like
    save(plan, plan_path)
    assert _run("apply", plan_path, tmp_path) == exitcodes.EXIT_CONNECTION
    assert "has changed" in capsys.readouterr().err
    assert len(sdk_session(sim.hosts[0]).xenapi.host.get_all()) == 1


def test_no_password_is_a_clear_usage_error(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(sim, tmp_path, monkeypatch)
    monkeypatch.delenv("XENPOOL_PASSWORD")
    monkeypatch.setattr("wizard.secrets._keyring_get", lambda key: "")
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_USAGE
    assert "XENPOOL_PASSWORD" in capsys.readouterr().err


def test_validate_lists_every_initiator_for_the_array_acl(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("validate", plan, tmp_path) == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    for machine in sim.world.machines.values():
        assert f"{machine.address}: iSCSI initiator {machine.iscsi_iqn}" in out


def test_an_array_acl_missing_one_host_is_named_with_the_fix(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    machines = list(sim.world.machines.values())
    sim.world.targets[0].allowed_initiators = [m.iscsi_iqn for m in machines[:2]]
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_STEP_FAILED
    err = capsys.readouterr().err
    assert "not attached on every host" in err and machines[2].address in err
    # SM error 68 explained (SM_ADVICE["68"]): words only that advice prints
    assert "access list contains every host's initiator IQN" in err
    sim.world.targets[0].allowed_initiators.append(machines[2].iscsi_iqn)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_OK


def test_a_host_password_remembered_in_the_keyring_is_used_for_that_host(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard import secrets

    other = sim.hosts[2].address
    with sim.world.lock:
        sim.world.machines[other].password = "its-own-password"
    assert secrets.remember(secrets.password_key("root", other), "its-own-password")
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_OK
    assert len(sdk_session(sim.hosts[0]).xenapi.host.get_all()) == 3


def test_four_restricted_hosts_are_stopped_before_the_first_join(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("smb3", hosts=4)
    with sim.world.lock:
        for machine in sim.world.machines.values():
            record = machine.db.get("host", machine.host_ref)
            machine.db.update(
                "host",
                machine.host_ref,
                license_params={**record["license_params"], "restrict_pool_size": "true"},
            )
    plan = _plan(sim, tmp_path, monkeypatch)
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_BLOCKED
    assert "limits pools to 3 hosts" in capsys.readouterr().out
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 1  # no host joined
    # The simulator agrees with the check: joins one at a time, the fourth is refused.
    master = sim.hosts[0]
    for member in sim.hosts[1:3]:
        sdk_session(member).xenapi.pool.join(master.address, master.username, master.password)
    with pytest.raises(XenAPI.Failure) as refused:
        sdk_session(sim.hosts[3]).xenapi.pool.join(master.address, master.username, master.password)
    assert refused.value.details[:2] == ["LICENCE_RESTRICTION", "Pool_size"]


def test_a_planned_fingerprint_that_contradicts_the_pin_is_a_hard_stop_naming_both(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from wizard.xapi.fingerprints import format_fingerprint
    from wizard.xapi.transport import PlanPinConflict
    from wizard.xapi.trust import PinStore, Trust

    master, other = sim.hosts[0], sim.hosts[1]
    pins = tmp_path / "pins.json"
    pins.write_text(json.dumps({master.address: other.fingerprint}))
    plan = lab_plan(sim)
    plan.hosts[0].fingerprint = master.fingerprint  # the plan says the real one
    path = tmp_path / "pool.toml"
    save(plan, path)
    monkeypatch.setenv("XENPOOL_PASSWORD", master.password)

    assert _run("validate", path, tmp_path) == exitcodes.EXIT_CONNECTION
    err = capsys.readouterr().err
    assert format_fingerprint(master.fingerprint) in err
    assert format_fingerprint(other.fingerprint) in err
    assert json.loads(pins.read_text()) == {master.address: other.fingerprint}  # pin untouched

    trust = Trust(PinStore(pins), planned={master.address: master.fingerprint}, pin_unknown=True)
    with pytest.raises(PlanPinConflict) as conflict:
        trust.fingerprint_for(master.address)
    assert conflict.value.planned == master.fingerprint.replace(":", "").lower()
    # plan and pin agreeing (in any spelling) is fine
    agreeing = Trust(PinStore(pins), planned={master.address: other.fingerprint.upper()})
    assert agreeing.expected(master.address) == other.fingerprint.replace(":", "").lower()


def test_a_foreign_sr_on_the_heartbeat_lun_stops_the_build_before_the_shared_sr_is_made(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("reused-lun")
    held, free = sim.world.targets[0].luns[:2]  # the first LUN holds "Production iSCSI"
    plan = _plan(
        sim,
        tmp_path,
        monkeypatch,
        existing_sr=ExistingSr.STOP.value,
        sr_scsi_id=free.scsi_id,
        heartbeat_scsi_id=held.scsi_id,
    )
    assert _run("apply", plan, tmp_path) == exitcodes.EXIT_STEP_FAILED
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 3
    assert not [s for s in api.SR.get_all_records().values() if s["shared"]]  # no SR made
    assert held.sr_uuid and free.sr_uuid == ""
    err = capsys.readouterr().err
    assert "Production iSCSI" in err and "iscsi.heartbeat_scsi_id" in err
