"""One pool's object database, with XAPI's record shapes and event log.

XAPI keeps one database per pool on its master; a standalone host is a pool
of one. The simulator does the same, so a join really moves the joining
host's objects into the master's database, and a session belongs to exactly
one database.
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
import uuid as uuidlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.schema import DEFAULTS, EVENT_CLASS_NAMES
from wizard.simulator.wire import DateTime, now

NULL_REF = "OpaqueRef:NULL"
Record = dict[str, Any]

# Event log entries kept: event.next behind them gets EVENTS_LOST; event.from behind them is
# answered from each object's own generations, as XAPI always answers it (below).
EVENT_LOG_LENGTH = 20000
# Deleted objects a table remembers for event.from (db_cache_types.ml Table.remove): at 512
# it keeps the newest 256; a token older than those misses their dels, without an error.
DELETED_KEPT = (512, 256)


def new_ref() -> str:
    return f"OpaqueRef:{uuidlib.uuid4()}"


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def xapi_timestamp(when: float | None = None) -> DateTime:
    """XAPI's dateTime.iso8601 form, UTC: 20261125T10:00:00Z (a DateTime on the wire)."""
    return now(when)


@dataclass
class Event:
    id: int
    timestamp: str  # as event.next shows it: OCaml's string_of_float of the Unix time
    cls: str
    operation: str  # add / mod / del
    ref: str
    snapshot: Record | None


@dataclass
class Session:
    ref: str
    uuid: str
    username: str
    host_uuid: str  # the host it was created on
    local: bool  # slave_local session: only valid on that host
    originator: str
    created: float = field(default_factory=time.time)


class Database:
    """Objects of one pool, keyed by class then ref."""

    _ids = itertools.count(1)

    def __init__(self, lock: threading.RLock, changed: threading.Condition) -> None:
        self.name = f"db{next(self._ids)}"
        self.lock = lock
        self.changed = changed
        self.tables: dict[str, dict[str, Record]] = {cls: {} for cls in DEFAULTS}
        self.sessions: dict[str, Session] = {}
        self.events: deque[Event] = deque(maxlen=EVENT_LOG_LENGTH)
        # XAPI's row stats: (class, ref) -> [created, modified] generation; and per class
        # the deleted rows, newest first, as (created, deleted, ref).
        self._stats: dict[tuple[str, str], list[int]] = {}
        self._deleted: dict[str, list[tuple[int, int, str]]] = {}
        self._event_ids = itertools.count(1)
        self.last_event_id = 0
        self.alive = True  # false once merged into another pool's database

    # -- records -----------------------------------------------------------
    def create(self, cls: str, ref: str | None = None, **fields: Any) -> str:
        record = copy.deepcopy(DEFAULTS[cls])
        unknown = set(fields) - set(record)
        if unknown:
            raise KeyError(f"{cls} has no fields {sorted(unknown)}")
        record.update(fields)
        if not record.get("uuid"):
            record["uuid"] = new_uuid()
        ref = ref or new_ref()
        self.tables[cls][ref] = record
        self._emit(cls, "add", ref, record)
        return ref

    def adopt(self, cls: str, ref: str, record: Record) -> None:
        """Take over a record from another database (pool join)."""
        self.tables[cls][ref] = record
        self._emit(cls, "add", ref, record)

    def has(self, cls: str, ref: str) -> bool:
        return ref in self.tables[cls]

    def get(self, cls: str, ref: str) -> Record:
        try:
            return self.tables[cls][ref]
        except KeyError:
            raise E.XapiError(E.HANDLE_INVALID, cls, ref) from None

    def update(self, cls: str, ref: str, **fields: Any) -> None:
        record = self.get(cls, ref)
        record.update(fields)
        self._emit(cls, "mod", ref, record)

    def touch(self, cls: str, ref: str) -> None:
        """Emit a mod event after an in-place change of a map or set field."""
        self._emit(cls, "mod", ref, self.get(cls, ref))

    def delete(self, cls: str, ref: str) -> Record:
        record = self.tables[cls].pop(ref)
        self._emit(cls, "del", ref, None)
        return record

    def all(self, cls: str) -> Iterator[tuple[str, Record]]:
        yield from list(self.tables[cls].items())

    def find(self, cls: str, **criteria: Any) -> list[str]:
        return [
            ref
            for ref, rec in self.tables[cls].items()
            if all(rec.get(k) == v for k, v in criteria.items())
        ]

    def find_one(self, cls: str, **criteria: Any) -> str | None:
        refs = self.find(cls, **criteria)
        return refs[0] if refs else None

    def by_uuid(self, cls: str, uuid: str) -> str:
        for ref, rec in self.tables[cls].items():
            if rec["uuid"] == uuid:
                return ref
        raise E.XapiError(E.UUID_INVALID, cls, uuid)

    def where(self, cls: str, predicate: Callable[[Record], bool]) -> list[str]:
        return [ref for ref, rec in self.tables[cls].items() if predicate(rec)]

    # -- pool ---------------------------------------------------------------
    @property
    def pool_ref(self) -> str:
        return next(iter(self.tables["pool"]))

    @property
    def pool(self) -> Record:
        return self.tables["pool"][self.pool_ref]

    @property
    def master_ref(self) -> str:
        return str(self.pool["master"])

    # -- events -------------------------------------------------------------
    def _emit(self, cls: str, operation: str, ref: str, record: Record | None) -> None:
        event_id = next(self._event_ids)
        self.last_event_id = event_id
        self._count(cls, operation, ref, event_id)
        snapshot = copy.deepcopy(record) if record is not None else None
        self.events.append(
            Event(
                event_id, f"{int(time.time())}.", EVENT_CLASS_NAMES[cls], operation, ref, snapshot
            )
        )
        self.changed.notify_all()

    def _count(self, cls: str, operation: str, ref: str, generation: int) -> None:
        if operation == "add":
            self._stats[(cls, ref)] = [generation, generation]
        elif operation == "mod":
            self._stats.setdefault((cls, ref), [generation, generation])[1] = generation
        else:
            created = self._stats.pop((cls, ref), [generation])[0]
            deleted = self._deleted.setdefault(cls, [])
            upper, lower = DELETED_KEPT
            if len(deleted) + 1 >= upper:
                del deleted[lower:]
            deleted.insert(0, (created, generation, ref))

    def events_since(self, last_id: int, classes: set[str]) -> list[Event]:
        """Newest event per object after ``last_id`` (event.from coalesces)."""
        if self.events and last_id and last_id < self.events[0].id - 1:
            return self._changes_since(last_id, classes)
        newest: dict[tuple[str, str], Event] = {}
        # Walk back from the newest: a waiter that is up to date costs O(1).
        for event in reversed(self.events):
            if event.id <= last_id:
                break
            wanted = "*" in classes or event.cls in classes or f"{event.cls}/{event.ref}" in classes
            if wanted and (event.cls, event.ref) not in newest:
                newest[(event.cls, event.ref)] = event
        return sorted(newest.values(), key=lambda e: e.id)

    def _changes_since(self, last_id: int, classes: set[str]) -> list[Event]:
        """What changed after ``last_id`` from each row's generations, as xapi_event.ml's
        collect_events reads them: an object made since is an add, one changed since a mod
        (with its record as it is now), a deleted one a del while its table remembers it.
        XAPI's event.from never answers EVENTS_LOST (only event.next does)."""
        out: list[Event] = []
        for cls, table in self.tables.items():
            name = EVENT_CLASS_NAMES[cls]
            for ref, record in table.items():
                created, modified = self._stats.get((cls, ref), [0, 0])
                wanted = "*" in classes or name in classes or f"{name}/{ref}" in classes
                if wanted and modified > last_id:
                    operation = "add" if created > last_id else "mod"
                    snapshot = copy.deepcopy(record)
                    out.append(Event(modified, "0.0", name, operation, ref, snapshot))
            for created, deleted, ref in self._deleted.get(cls, []):
                if deleted <= last_id:
                    break  # newest first: the rest are older still
                wanted = "*" in classes or name in classes or f"{name}/{ref}" in classes
                if wanted and created <= last_id:
                    out.append(Event(deleted, "0.0", name, "del", ref, None))
        return sorted(out, key=lambda e: e.id)
