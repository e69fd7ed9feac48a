"""The messages XAPI generates for every class (datamodel_utils.ml), for every class.

get_record, get_all, get_all_records, get_by_uuid, get_by_name_label,
get_<field>, set_<field> (RW fields; a custom set_<field> without
hand-written behaviour stores the field too), add_to_/remove_from_ a map
field, add_/remove_ a set field, and the implicit create and destroy.
Parameters arrive already checked and unmarshalled (calls.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.datamodel import Message, load
from wizard.simulator.db import NULL_REF, Database, xapi_timestamp
from wizard.simulator.schema import NOT_STORED

DbHandler = Callable[..., Any]


def generic_handler(message: Message) -> DbHandler | None:
    """A handler ``fn(db, *args)`` for a generated message, or None."""
    cls, name = message.cls, message.name
    if cls == "session":
        return _session_reader(name)
    if cls in NOT_STORED:
        return None
    fields = load().classes[cls].fields
    if name == "get_all":
        return lambda db: list(db.tables[cls])
    if name == "get_all_records":
        return lambda db: dict(db.tables[cls])
    if name == "get_record":
        return lambda db, ref: db.get(cls, ref)
    if name == "get_by_uuid":
        return lambda db, uuid: db.by_uuid(cls, uuid)
    if name == "get_by_name_label":
        return lambda db, label: db.find(cls, name_label=label)
    if name == "create" and message.implicit:
        return lambda db, record: db.create(cls, **record)
    if name == "destroy" and message.implicit:
        return lambda db, ref: _destroy(db, cls, ref)
    for prefix in ("get_", "set_", "add_to_", "remove_from_", "add_", "remove_"):
        field = name[len(prefix) :] if name.startswith(prefix) else ""
        handler = (
            _field_handler(cls, field, prefix, fields[field].type.kind) if field in fields else None
        )
        if handler is not None:
            return handler
    return None


def _field_handler(cls: str, field: str, prefix: str, kind: str) -> DbHandler | None:
    if prefix == "get_":
        return lambda db, ref: db.get(cls, ref)[field]
    if prefix == "set_":

        def setter(db: Database, ref: str, value: Any) -> str:
            db.update(cls, ref, **{field: value})
            return ""

        return setter
    if prefix == "add_to_" and kind == "map":

        def add_to(db: Database, ref: str, key: str, value: Any) -> str:
            record = db.get(cls, ref)
            if key in record[field]:
                raise E.XapiError(E.MAP_DUPLICATE_KEY, cls, field, ref, key)
            record[field][key] = value
            db.touch(cls, ref)
            return ""

        return add_to
    if prefix == "remove_from_" and kind == "map":

        def remove_from(db: Database, ref: str, key: str) -> str:
            db.get(cls, ref)[field].pop(key, None)
            db.touch(cls, ref)
            return ""

        return remove_from
    if prefix == "add_" and kind == "set":

        def add(db: Database, ref: str, value: Any) -> str:
            items = db.get(cls, ref)[field]
            if value not in items:
                items.append(value)
            db.touch(cls, ref)
            return ""

        return add
    if prefix == "remove_" and kind == "set":

        def remove(db: Database, ref: str, value: Any) -> str:
            items = db.get(cls, ref)[field]
            while value in items:
                items.remove(value)
            db.touch(cls, ref)
            return ""

        return remove
    return None


def _session_reader(name: str) -> DbHandler | None:
    """A database session read as XAPI's session record (a slave-local one has no row)."""
    fields = load().classes["session"].fields
    if name == "get_record":
        return _session_record
    if name == "get_by_uuid":

        def by_uuid(db: Database, uuid: str) -> str:
            for ref, session in db.sessions.items():
                if session.uuid == uuid and not session.local:
                    return ref
            raise E.XapiError(E.UUID_INVALID, "session", uuid)

        return by_uuid
    field = name.removeprefix("get_")
    if name.startswith("get_") and field in fields:
        return lambda db, ref: _session_record(db, ref)[field]
    return None


def _session_record(db: Database, ref: str) -> dict[str, Any]:
    session = db.sessions.get(ref)
    if session is None or session.local:
        raise E.XapiError(E.HANDLE_INVALID, "session", ref)
    record = load().new_record("session")
    hosts = db.find("host", uuid=session.host_uuid)
    record.update(
        uuid=session.uuid,
        this_host=hosts[0] if hosts else NULL_REF,
        last_active=xapi_timestamp(session.created),
        validation_time=xapi_timestamp(session.created),
        is_local_superuser=session.username == "root",
        auth_user_name=session.username,
        originator=session.originator,
    )
    return record


def _destroy(db: Database, cls: str, ref: str) -> str:
    db.get(cls, ref)
    db.delete(cls, ref)
    return ""
