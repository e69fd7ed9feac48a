"""Every XAPI call the product makes matches XAPI's datamodel.

The flows the product has (a full build, a re-run, growing a pool, health,
a multipath build and its re-run) run against simulators that record each
method with the XML-RPC types of its parameters; every recorded call is then
checked here, with rules of its own, against the datamodel facts: the
message exists, Async. only where the datamodel has it, the parameter count
(defaulted parameters may be left out) and each parameter's type as XAPI
unmarshals it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.datamodel_rules import Seen, problems, record_problems
from tests.engine.test_multipath import two_portal_plan
from tests.faults.conftest import build
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.simulator import Simulator


def test_the_checker_catches_what_xapi_would_refuse() -> None:
    assert problems({("VM.frobnicate", ("string",))}) == ["VM.frobnicate: no such message"]
    assert problems({("Async.VM.set_ha_restart_priority", ("string", "string", "string"))}) == [
        "Async.VM.set_ha_restart_priority: has no Async form"
    ]
    assert problems({("SR.probe", ("string", "string", "struct{string}"))}) == [
        "SR.probe: 2 parameters, XAPI takes 3..4"
    ]
    assert problems({("SR.probe", ("string", "string", "struct{string}", "string"))}) == []
    assert problems({("host.set_multipathing", ("string", "string", "string"))}) == [
        "host.set_multipathing: value is string, the datamodel says bool"
    ]
    assert problems({("event.from", ("string", "array[string]", "string", "int"))}) == []
    assert problems({("pool.enable_ha", ("string", "array[int]", "struct{}"))})


def _flows(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stored: list[str],
    refused: set[tuple[str, str]],
) -> Seen:
    seen: Seen = set()

    # A full build, then a re-run of the same plan.
    sim = make_sim("smb3")
    build(sim)
    build(sim)
    # health on the built pool, through the CLI
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    pins = str(tmp_path / "pins.json")
    for host in (sim.hosts[1].address, sim.hosts[0].address):
        command = ["health", "--host", host, "--port", str(sim.port), "--yes", "--pins", pins]
        assert cli.main(command) == exitcodes.EXIT_OK
    seen |= sim.endpoints.dispatcher.seen
    refused |= sim.endpoints.dispatcher.refused
    stored += record_problems(sim)

    # Growing a pool of two by a third host.
    sim = make_sim("smb3")
    plan = lab_plan(sim)
    everyone = list(plan.hosts)
    plan.hosts = everyone[:2]
    build(sim, plan)
    plan.hosts = everyone
    build(sim, plan, pause_ha=True)
    seen |= sim.endpoints.dispatcher.seen
    refused |= sim.endpoints.dispatcher.refused
    stored += record_problems(sim)

    # Multipath over two portals, and its re-run.
    sim = make_sim("smb3")
    plan = two_portal_plan(sim)
    build(sim, plan)
    build(sim, plan)
    seen |= sim.endpoints.dispatcher.seen
    refused |= sim.endpoints.dispatcher.refused
    stored += record_problems(sim)
    return seen


def test_every_call_the_product_makes_matches_the_datamodel(
    make_sim: Callable[..., Simulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored: list[str] = []
    refused: set[tuple[str, str]] = set()
    seen = _flows(make_sim, tmp_path, monkeypatch, stored, refused)
    assert refused == set()  # the simulator's own check refused none of them either
    methods = {method for method, _ in seen}
    # the flows really ran: joins, storage, multipath, HA and the slave-local health check
    for expected in (
        "pool.join",
        "SR.probe",
        "host.set_multipathing",
        "session.slave_local_login_with_password",
    ):
        assert any(m.removeprefix("Async.") == expected for m in methods), expected
    assert any("enable_ha" in m for m in methods)
    assert problems(seen) == []
    # and what the simulator answered them from: every field, each of its datamodel type
    assert stored == []
