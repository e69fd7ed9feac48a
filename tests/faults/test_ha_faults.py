"""HA enable fails: a host cannot reach the heartbeat SR, the liveset does not form, or the
pool lost the capacity for the planned failures. Each is a clean stop with advice, leaves one
heartbeat statefile and redo log (no duplicate on the resume) and the same plan then finishes.

The error codes are XAPI's own (ocaml/idl/datamodel_errors.ml in xapi-project/xen-api):
HA_HOST_CANNOT_ACCESS_STATEFILE and HA_FAILED_TO_FORM_LIVESET come from Host.ha_join_liveset
during pool.enable_ha, after the statefile and redo-log VDIs were made (xapi_ha.ml keeps them
and finds them again on the next enable).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import FINISHED, Hooks, build, inventory
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.journal import Journal
from wizard.plan import save
from wizard.progress import POOL, State
from wizard.simulator import Simulator
from wizard.simulator import errors as E
from wizard.steps.context import BuildStopped
from wizard.xapi.errors import XapiFailure

GiB = 1024**3


def _statefiles_in_pool_record(sim: Simulator) -> list[str]:
    api = sdk_session(sim.hosts[0]).xenapi
    statefiles: list[str] = api.pool.get_ha_statefiles(api.pool.get_all()[0])
    return statefiles


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        (E.HA_HOST_CANNOT_ACCESS_STATEFILE, "heartbeat SR is plugged on every host"),
        (E.HA_FAILED_TO_FORM_LIVESET, "reaches the others on the management network"),
    ],
)
def test_enable_ha_fails_after_the_statefile_is_made_and_resumes_without_a_duplicate(
    sim: Simulator, tmp_path: Path, code: str, advice: str
) -> None:
    sim.world.faults.fail_next_task["pool.enable_ha"] = [code]
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    with pytest.raises(XapiFailure) as info:
        build(sim, journal=journal)
    assert info.value.code == code
    assert "enable HA" in info.value.message and advice in info.value.advice
    state = inventory(sim)
    assert state["ha"] is False and state["statefiles"] == 1 and state["redo_logs"] == 1
    assert state["shared_srs"] == ["HA heartbeat", "iSCSI storage"]
    assert _statefiles_in_pool_record(sim) == []  # HA is off: nothing half-enabled
    assert Journal(path).data.created["ha"][POOL]["enabled"] == "false"
    again = Journal(path, "Demo pool")
    again.start_run()
    build(sim, journal=again)  # the same plan
    assert inventory(sim) == FINISHED  # still one statefile and one redo log
    assert Journal(path).data.created["ha"][POOL]["enabled"] == "true"


def test_the_cli_stops_cleanly_with_advice_when_the_liveset_does_not_form(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(lab_plan(sim), tmp_path / "pool.toml")
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    args = ["apply", str(tmp_path / "pool.toml"), "--yes", "--pins", str(tmp_path / "pins.json")]
    sim.world.faults.fail_next_task["pool.enable_ha"] = [E.HA_FAILED_TO_FORM_LIVESET]
    assert cli.main(args) == exitcodes.EXIT_STEP_FAILED
    err = capsys.readouterr().err
    assert "The build stopped: enable HA: the hosts could not form an HA liveset" in err
    assert "[HA_FAILED_TO_FORM_LIVESET]" in err and "heartbeat disks made so far are reused" in err
    assert "Run the same command again" in err and "Traceback" not in err
    assert cli.main(args) == exitcodes.EXIT_OK
    assert inventory(sim) == FINISHED


def test_capacity_lost_between_preflight_and_enable_stops_before_enabling(
    sim: Simulator,
) -> None:
    plan = lab_plan(sim)
    plan.ha.restart_priorities = {"erp-db": "restart", "fileserver": "restart"}
    db = sim.world.machines[sim.hosts[0].address].db
    before: dict[str, int] = {}

    def grow(_event: object) -> None:  # the protected VMs grew while the build ran
        with sim.world.lock:
            for ref, vm in db.all("VM"):
                if vm["name_label"] in plan.ha.restart_priorities:
                    before[ref] = int(vm["memory_static_max"])
                    db.update("VM", ref, memory_static_max=4096 * GiB)

    hooks = Hooks()
    hooks.on[("ha", State.RUNNING)] = grow
    with pytest.raises(BuildStopped) as info:
        build(sim, plan=plan, hooks=hooks)
    assert "can tolerate 0 host failure(s)" in info.value.message and "not 1" in info.value.message
    assert "Lower ha.host_failures_to_tolerate to 0, or protect fewer VMs" in info.value.advice
    state = inventory(sim)
    assert state["ha"] is False and state["statefiles"] == 0  # stopped before pool.enable_ha
    with sim.world.lock:  # the admin made room again
        for ref, memory in before.items():
            db.update("VM", ref, memory_static_max=memory)
    build(sim, plan=plan)
    assert inventory(sim) == FINISHED
