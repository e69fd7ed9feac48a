"""XAPI's rules for a call, written apart from the simulator's own checker.

The simulator records what its datamodel check let through
(``Dispatcher.seen``: method and the XML-RPC types of its parameters);
``problems`` checks each against the datamodel facts with these rules, so a
check the simulator lost or got wrong shows. ``record_problems`` checks the
records it answers from.
"""

from __future__ import annotations

import re

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
