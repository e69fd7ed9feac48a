"""event.from, event.inject and the legacy event.register / event.next, as xapi_event.ml."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import Database, Event
from wizard.simulator.dispatch import Call, api
from wizard.simulator.wire import Int32

# How often a blocked event.next looks whether its session is still there.
_NEXT_RECHECK = 1.0


def _subscription(name: str) -> str:
    """'*', 'vm' or 'vm/OpaqueRef:…': the class part is case-insensitive."""
    cls, slash, ref = name.partition("/")
    if "/" in ref:
        raise E.XapiError(E.EVENT_SUBSCRIPTION_PARSE_FAILURE, name)
    return f"{cls.lower()}/{ref}" if slash else cls.lower()


def _wanted(subs: set[str], cls: str, ref: str) -> bool:
    cls = cls.lower()
    return "*" in subs or cls in subs or f"{cls}/{ref}" in subs


# -- event.from ----------------------------------------------------------------
def _xapi_version(call: Call) -> tuple[int, ...]:
    ref = call.machine.host_ref
    record = call.db.get("host", ref) if ref and call.db.has("host", ref) else {}
    text = str(record.get("software_version", {}).get("xapi_build", ""))
    parts = [p for p in text.split(".") if p.isdigit()]
    return tuple(int(p) for p in parts) or (24, 19)


def _pauses(call: Call, subs: set[str]) -> tuple[float, Iterator[float]]:
    """XAPI's own pauses in event.from, as its version has them (unscaled seconds): one
    before the first look, and one before each look again after a change woke the call.

    - before 25.5 (xapi_event.ml then): no pause first, 50 ms after every wake;
    - from 25.5 (Throttle.Batching, xapi_globs.ml): none first; after a wake none, then
      delay_between/16 doubling to 50 ms;
    - from 26.10 (CP-49158 "batching delay on first response"): 50 ms first, except for
      subscriptions to tasks only, whose first look stays immediate.
    """
    version = _xapi_version(call)
    if version < (25, 5):
        return 0.0, itertools.repeat(0.05)
    task_only = all(s == "task" or s.startswith("task/") for s in subs)
    before = 0.05 if version >= (26, 10) and not task_only else 0.0
    again = itertools.chain([0.0], (min(0.05, 0.05 / 16 * 2**n) for n in itertools.count(1)))
    return before, again


def _pause(call: Call, seconds: float) -> None:
    """Sleep without holding the world lock (other calls go on meanwhile)."""
    until = time.monotonic() + seconds
    while (left := until - time.monotonic()) > 0:
        call.world.changed.wait(left)


def _parse_token(token: str) -> int:
    # XAPI's token is "%020d,%020d" (generation, message time); "" means from the start.
    if token == "":
        return 0
    first, comma, second = token.partition(",")
    if not comma or not first.isdigit() or not second.isdigit():
        raise E.XapiError(E.EVENT_FROM_TOKEN_PARSE_FAILURE, token)
    return int(first)


def _token(generation: int) -> str:
    return f"{generation:020d},{0:020d}"


def _timeout(value: Any) -> float:
    # float_of_rpc: a double, an int or a numeric string.
    if isinstance(value, bool):
        raise E.XapiError(E.FIELD_TYPE_ERROR, "timeout")
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        raise E.XapiError(E.FIELD_TYPE_ERROR, "timeout") from None


@api("event.from", 3, async_ok=False)
def event_from(call: Call, classes: list[str], token: str, timeout: Any) -> dict[str, Any]:
    """Events after ``token`` for ``classes``; waits up to ``timeout`` seconds for one."""
    wanted = {_subscription(str(c)) for c in classes}
    last = _parse_token(str(token))
    db = call.db
    deadline = time.monotonic() + _timeout(timeout)
    before, again = _pauses(call, wanted)
    scale = call.world.timing.scale
    _pause(call, before * scale)
    if last == 0:
        # A first call answers every current object, as an "add" per record.
        events = [
            {
                "id": "0",
                "timestamp": "0.0",
                "class": cls.lower(),
                "operation": "add",
                "ref": ref,
                "snapshot": record,
            }
            for cls, table in db.tables.items()
            for ref, record in table.items()
            if _wanted(wanted, cls, ref)
        ]
        return _event_batch(db, events, db.last_event_id)
    while True:
        found = db.events_since(last, wanted)
        remaining = deadline - time.monotonic()
        if found or remaining <= 0 or not db.alive:
            break
        seen = db.last_event_id
        call.world.changed.wait(remaining)  # releases the world lock while waiting
        # Woken by this database's change or the timeout (not another pool's): XAPI lets
        # a burst of changes gather before it looks again.
        if db.last_event_id != seen or time.monotonic() >= deadline:
            _pause(call, next(again) * scale)
    # event.from's events carry the generation as id and no wall-clock time.
    events = [_event_record(e, "0.0") for e in found]
    return _event_batch(db, events, max([last] + [e.id for e in found]))


def _event_record(event: Event, timestamp: str) -> dict[str, Any]:
    return {
        "id": str(event.id),
        "timestamp": timestamp,
        "class": event.cls,
        "operation": event.operation,
        "ref": event.ref,
        **({"snapshot": event.snapshot} if event.snapshot is not None else {}),
    }


def _event_batch(db: Database, events: list[dict[str, Any]], token: int) -> dict[str, Any]:
    counts = {cls.lower(): Int32(len(table)) for cls, table in db.tables.items()}
    return {"events": events, "valid_ref_counts": counts, "token": _token(token)}


@api("event.inject", 2, async_ok=False)
def event_inject(call: Call, cls: str, ref: str) -> str:
    """Touch one object (a mod event) and answer the token just before it."""
    if cls not in call.db.tables or not call.db.has(cls, ref):
        raise E.XapiError(E.HANDLE_INVALID, cls, ref)
    call.db.touch(cls, ref)
    return _token(call.db.last_event_id - 1)


@api("event.get_current_id", 0, async_ok=False)
def event_get_current_id(call: Call) -> int:
    return call.db.last_event_id


# -- legacy event.register / event.next ----------------------------------------
@dataclass
class _Registration:
    last_id: int
    classes: list[str] = field(default_factory=list)


# Keyed by session ref (refs are unique across every simulated pool).
_REGISTERED: dict[str, _Registration] = {}


def _session_ref(call: Call) -> str:
    assert call.session is not None
    return call.session.ref


@api("event.register", 1)  # the datamodel allows Async. here
def event_register(call: Call, classes: list[str]) -> str:
    subs = [_subscription(str(c)) for c in classes]
    registration = _REGISTERED.setdefault(_session_ref(call), _Registration(call.db.last_event_id))
    registration.classes = subs + registration.classes
    return ""


@api("event.unregister", 1)
def event_unregister(call: Call, classes: list[str]) -> str:
    subs = {_subscription(str(c)) for c in classes}
    registration = _REGISTERED.setdefault(_session_ref(call), _Registration(call.db.last_event_id))
    registration.classes = [c for c in registration.classes if c not in subs]
    return ""


@api("event.next", 0, async_ok=False)
def event_next(call: Call) -> list[dict[str, Any]]:
    """Every event for the registered classes since the last call; blocks until there is one."""
    ref = _session_ref(call)
    registration = _REGISTERED.get(ref)
    if registration is None:
        raise E.XapiError(E.SESSION_NOT_REGISTERED, ref)
    db = call.db
    while True:
        if ref not in db.sessions or not db.alive:
            _REGISTERED.pop(ref, None)
            raise E.XapiError(E.SESSION_INVALID, ref)
        if db.events and registration.last_id < db.events[0].id - 1:
            raise E.XapiError(E.EVENTS_LOST)
        fresh: list[Event] = []
        for event in reversed(db.events):  # newest first: an idle waiter costs O(1)
            if event.id <= registration.last_id:
                break
            fresh.append(event)
        fresh.reverse()
        if fresh:
            registration.last_id = fresh[-1].id
            subs = set(registration.classes)
            relevant = [e for e in fresh if _wanted(subs, e.cls, e.ref)]
            if relevant:
                return [_event_record(e, e.timestamp) for e in relevant]
        call.world.changed.wait(_NEXT_RECHECK)
