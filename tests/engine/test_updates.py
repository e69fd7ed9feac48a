"""Applied updates XAPI wants on every host of a pool (pool_update.enforce_homogeneity)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from tests.conftest import failure_of, sdk_session
from tests.faults.conftest import preflight_only
from wizard.simulator import Simulator

UPDATES = (
    'updates = [{ name = "XS82ECU1053" }, { name = "XS82ECU1060" }, '
    '{ name = "hotfix-tools", enforce_homogeneity = false }]'
)


def lab_with_updates(make_sim: Callable[..., Simulator], tmp_path: Path) -> Simulator:
    """smb3 where xcp-01 and xcp-02 have two enforced updates and xcp-03 has only one."""
    text = (resources.files("wizard.simulator") / "scenarios" / "smb3.toml").read_text()
    text = text.replace('name = "xcp-01"', f'name = "xcp-01"\n{UPDATES}')
    text = text.replace('name = "xcp-02"', f'name = "xcp-02"\n{UPDATES}')
    text = text.replace('name = "xcp-03"', 'name = "xcp-03"\nupdates = [{ name = "XS82ECU1053" }]')
    scenario = tmp_path / "updates.toml"
    scenario.write_text(text)
    return make_sim(str(scenario))


def test_preflight_names_the_updates_a_joiner_lacks(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = lab_with_updates(make_sim, tmp_path)
    lines = [f.render() for f in preflight_only(sim) if "updates applied" in f.message]
    assert len(lines) == 1  # xcp-02 has the same enforced updates; hotfix-tools is not enforced
    assert sim.hosts[2].address in lines[0]
    assert "only on the master: XS82ECU1060; only on this host: -" in lines[0]


def test_xapi_refuses_the_join_even_forced_and_pools_the_update_objects(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = lab_with_updates(make_sim, tmp_path)
    master = sim.hosts[0]
    lacking = sdk_session(sim.hosts[2]).xenapi
    expected = ["HOSTS_NOT_HOMOGENEOUS", "Updates on local host xcp-03 and pool host xcp-01 differ"]
    assert (
        failure_of(lambda: lacking.pool.join(master.address, "root", master.password)) == expected
    )
    assert (
        failure_of(lambda: lacking.pool.join_force(master.address, "root", master.password))
        == expected
    )
    sdk_session(sim.hosts[1]).xenapi.pool.join(master.address, "root", master.password)
    api = sdk_session(master).xenapi
    updates = api.pool_update.get_all_records()
    assert sorted(u["name_label"] for u in updates.values()) == [
        "XS82ECU1053",
        "XS82ECU1060",
        "hotfix-tools",
    ]
    assert all(len(u["hosts"]) == 2 for u in updates.values())  # one object, both hosts
    for host in api.host.get_all_records().values():
        assert sorted(host["updates"]) == sorted(updates)


def test_the_script_does_not_offer_a_forced_join_for_missing_updates(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    from tests.engine.test_export_xe_runs import _run_script, _xe_calls
    from wizard.demo import lab_plan
    from wizard.steps.engine import export_script

    sim = lab_with_updates(make_sim, tmp_path)
    plan = lab_plan(sim)
    plan.hosts[2].force_join = True  # forcing cannot help here: XAPI checks updates anyway
    result = _run_script(sim, export_script(plan), tmp_path, XENPOOL_YES_FORCE_JOIN="yes")
    assert result.returncode != 0 and "differ" in result.stderr
    assert "XENPOOL_YES_FORCE_JOIN" not in result.stderr
    assert not [c for c in _xe_calls(tmp_path) if "force=true" in c]
