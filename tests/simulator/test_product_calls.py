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

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.engine.test_multipath import two_portal_plan
from tests.faults.conftest import build
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.simulator import Simulator
from wizard.simulator.datamodel import Type, load

Seen = set[tuple[str, tuple[str, ...]]]


def _fits(ty: Type, shape: str) -> bool:
    """Would XAPI's unmarshaller take an XML-RPC value of this shape for this type?"""
    if ty.kind in ("string", "ref", "enum"):
        return shape == "string"
    if ty.kind == "datetime":
        return shape in ("string", "dateTime")
    if ty.kind == "int":
        return shape in ("int", "string")
    if ty.kind == "float":
        return shape in ("double", "int", "string")
    if ty.kind == "bool":
        return shape == "boolean"
    if ty.kind in ("set", "map", "record"):
        m = re.fullmatch(r"array\[(.*)\]" if ty.kind == "set" else r"struct\{(.*)\}", shape)
        if m is None:
            return False
        if ty.kind == "record" or not m.group(1):
            return True
        assert ty.inner is not None
        return all(_fits(ty.inner, member) for member in _members(m.group(1)))
    return False


def _members(text: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "[{"
        depth -= ch in "]}"
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def problems(seen: Seen) -> list[str]:
    model = load()
    found = []
    for method, shapes in sorted(seen):
        is_async = method.startswith("Async.")
        name = method.removeprefix("Async.")
        message = model.message(name)
        if message is None:
            found.append(f"{method}: no such message")
            continue
        if is_async and not message.async_ok:
            found.append(f"{method}: has no Async form")
        args = shapes[1:] if message.session else shapes
        if message.session and shapes[:1] != ("string",):
            found.append(f"{method}: no session first")
        if not message.required <= len(args) <= len(message.params):
            found.append(
                f"{method}: {len(args)} parameters, XAPI takes "
                f"{message.required}..{len(message.params)}"
            )
            continue
        for param, shape in zip(message.params, args, strict=False):
            if not _fits(param.type, shape):
                found.append(f"{method}: {param.name} is {shape}, the datamodel says {param.type}")
    return found


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


def _value_fits(ty: Type, value: object) -> bool:
    """A stored value of the datamodel type (as the simulator keeps it, before the wire)."""
    model = load()
    if ty.kind in ("string", "ref", "datetime"):
        return isinstance(value, str)
    if ty.kind == "enum":
        return value in model.enums[ty.name]
    if ty.kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if ty.kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if ty.kind == "bool":
        return isinstance(value, bool)
    assert ty.inner is not None or ty.kind == "record"
    if ty.kind in ("set", "option"):
        return isinstance(value, list) and all(_value_fits(ty.inner, v) for v in value)  # type: ignore[arg-type]
    if ty.kind == "map":
        assert ty.key is not None and ty.inner is not None
        return isinstance(value, dict) and all(
            _value_fits(ty.key, k) and _value_fits(ty.inner, v) for k, v in value.items()
        )
    return isinstance(value, dict)


def record_problems(sim: Simulator) -> list[str]:
    model = load()
    found = []
    with sim.world.lock:
        for machine in sim.world.machines.values():
            for cls, table in machine.db.tables.items():
                fields = model.classes[cls].fields
                for ref, record in table.items():
                    if set(record) != set(fields):
                        found.append(f"{cls} {ref}: fields {sorted(set(record) ^ set(fields))}")
                    for name, value in record.items():
                        if name in fields and not _value_fits(fields[name].type, value):
                            found.append(f"{cls}.{name} = {value!r}, not {fields[name].type}")
    return sorted(set(found))


def _flows(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stored: list[str],
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
    stored += record_problems(sim)

    # Multipath over two portals, and its re-run.
    sim = make_sim("smb3")
    plan = two_portal_plan(sim)
    build(sim, plan)
    build(sim, plan)
    seen |= sim.endpoints.dispatcher.seen
    stored += record_problems(sim)
    return seen


def test_every_call_the_product_makes_matches_the_datamodel(
    make_sim: Callable[..., Simulator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored: list[str] = []
    seen = _flows(make_sim, tmp_path, monkeypatch, stored)
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
