"""Does an answer carry the datamodel's types? The wire writes each value as what it is.

An int goes out untyped, a float as <double>, a DateTime as dateTime.iso8601 (see wire.py),
so a handler that answers "9000" for an int or a plain string for a DateTime would put a
wrong type on the wire. The server checks answers with this when asked to (the test suite).
"""

from __future__ import annotations

from typing import Any

from wizard.simulator.datamodel import Datamodel, Type, load
from wizard.simulator.wire import DateTime

# Custom-marshalled in xapi (Event_types), not as the datamodel's event record says.
_CUSTOM = {"event.from", "event.next"}


def type_errors(model: Datamodel, ty: Type, value: Any, where: str) -> list[str]:
    """Where ``value`` would go out with another wire type than ``ty``."""
    kind = ty.kind
    if kind in ("set", "option") and ty.inner is not None:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} for {ty}"]
        return [
            error
            for i, item in enumerate(value)
            for error in type_errors(model, ty.inner, item, f"{where}[{i}]")
        ]
    if kind == "map" and ty.inner is not None and ty.key is not None:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} for {ty}"]
        return [
            error
            for key, item in value.items()
            for error in type_errors(model, ty.key, key, f"{where} key")
            + type_errors(model, ty.inner, item, f"{where}[{key}]")
        ]
    if kind == "record":
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} for {ty}"]
        fields = model.classes[ty.name].fields
        return [
            error
            for name, item in value.items()
            if name in fields
            for error in type_errors(model, fields[name].type, item, f"{where}.{name}")
        ]
    wanted = {
        "string": str,
        "ref": str,
        "enum": str,
        "datetime": DateTime,
        "int": int,
        "float": float,
        "bool": bool,
    }.get(kind)
    if wanted is None or type(value) is wanted:
        return []
    return [f"{where}: {type(value).__name__} {value!r:.40} for {ty}"]


def answer_errors(method: str, value: Any) -> list[str]:
    """What in a successful answer to ``method`` contradicts the message's result type."""
    model = load()
    if method.startswith("Async."):
        return type_errors(model, Type("ref", "task"), value, method)
    message = model.message(method)
    if message is None or method in _CUSTOM:
        return []
    if message.result is None:  # void: xapi's marshaller answers the empty string
        return [] if value == "" else [f"{method}: {value!r:.40} for void"]
    return type_errors(model, message.result, value, method)
