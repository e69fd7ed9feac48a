"""Method registry and call dispatch: sessions, tasks, generic field access.

An operation that takes time in real XAPI is written as a generator: it runs
its checks under the world lock, then yields the fraction of the operation's
duration to wait before the next part. The dispatcher sleeps without the lock
(so other hosts' calls go on), updates the task's progress, honours cancel
and injected faults, and resumes. Sync and ``Async.`` calls share that code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from wizard.simulator import errors as E
from wizard.simulator.db import Database, Session, xapi_timestamp
from wizard.simulator.emergency import check_emergency
from wizard.simulator.schema import DEFAULTS, NAMED_CLASSES, SETTABLE
from wizard.simulator.wire import DateTime, Int32, xml_value
from wizard.simulator.world import Machine, World

Handler = Callable[..., Any]
F = TypeVar("F", bound=Handler)


@dataclass
class Entry:
    fn: Handler
    arity: int  # parameters after the session
    duration_key: str
    async_ok: bool
    needs_session: bool = True


REGISTRY: dict[str, Entry] = {}


def api(name: str, arity: int, *, async_ok: bool = True, session: bool = True) -> Callable[[F], F]:
    def register(fn: F) -> F:
        REGISTRY[name] = Entry(fn, arity, name, async_ok, session)
        return fn

    return register


@dataclass
class Call:
    world: World
    machine: Machine  # the endpoint that received the call
    db: Database
    session: Session | None
    method: str
    task_ref: str = ""

    @property
    def master(self) -> Machine:
        return self.world.master_of(self.machine)


class Cancelled(Exception):
    pass


def _to_wire(value: Any) -> Any:
    """A deep copy in wire types (taken under the lock); XAPI never sends nil."""
    if isinstance(value, (bool, Int32, DateTime, float)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, dict):
        return {str(k): _to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_to_wire(v) for v in value]
    if value is None:
        return ""
    return value


def success(value: Any) -> dict[str, Any]:
    # ``value`` is already in wire form (_run converts it while the lock is held).
    return {"Status": "Success", "Value": value}


def failure(description: list[str]) -> dict[str, Any]:
    return {"Status": "Failure", "ErrorDescription": description}


def _task_result_xml(value: Any) -> str:
    # Task.result is the XML-RPC <value> of what the sync call returns ("" for void).
    return xml_value(value)


class Dispatcher:
    def __init__(self, world: World) -> None:
        self.world = world

    # -- entry point -------------------------------------------------------
    def handle(self, machine: Machine, method: str, params: tuple[Any, ...]) -> dict[str, Any]:
        try:
            return success(self._call(machine, method, params))
        except E.XapiError as err:
            return failure(err.description)

    def _call(self, machine: Machine, method: str, params: tuple[Any, ...]) -> Any:
        is_async = method.startswith("Async.")
        name = method[len("Async.") :] if is_async else method
        entry = REGISTRY.get(name) or self._generic(name)
        if entry is None or (is_async and not entry.async_ok):
            raise E.XapiError(E.MESSAGE_METHOD_UNKNOWN, method)
        # XAPI counts parameters without the session.
        received = len(params) - (1 if entry.needs_session else 0)
        if received != entry.arity and not (name.startswith("session.login") and received >= 2):
            raise E.XapiError(E.MESSAGE_PARAMETER_COUNT_MISMATCH, method, entry.arity, received)
        with self.world.lock:
            check_emergency(self.world, machine, name)
            db = machine.db
            session = self._session(machine, params[0]) if entry.needs_session else None
            args = params[1:] if entry.needs_session else params
            call = Call(self.world, machine, db, session, name)
            if is_async:
                return self._start_task(call, entry, args)
        return self._run(call, entry, args)

    def _session(self, machine: Machine, ref: Any) -> Session:
        session = machine.db.sessions.get(str(ref))
        if session is None or (session.local and session.host_uuid != machine.uuid):
            raise E.XapiError(E.SESSION_INVALID, str(ref))
        if not session.local and not machine.is_master:
            # Members serve only emergency (slave-local) sessions.
            raise E.XapiError(E.HOST_IS_SLAVE, self.world.master_of(machine).address)
        return session

    # -- running operations ------------------------------------------------
    def _run(self, call: Call, entry: Entry, args: tuple[Any, ...]) -> Any:
        world = self.world
        total = world.timing.duration(entry.duration_key)
        faults = world.faults
        with world.lock:
            outcome = entry.fn(call, *args)
            if not isinstance(outcome, Generator):
                return _to_wire(outcome)  # copy while the lock holds the records still
            fail = faults.fail_next_task.pop(call.method, None)
            hang = call.method in faults.hang_next_task
            faults.hang_next_task.discard(call.method)
        generator: Generator[float, None, Any] = outcome
        done = 0.0
        try:
            with world.lock:
                step = next(generator)
            while True:
                self._wait(call, total * step, hang, done, step)
                hang = False
                done = min(done + step, 0.99)
                with world.lock:
                    self._check_cancel(call)
                    if fail:
                        generator.close()
                        raise E.XapiError(*fail)
                    if call.task_ref:
                        call.db.update("task", call.task_ref, progress=round(done, 3))
                    step = generator.send(None)
        except StopIteration as stop:
            with world.lock:
                value = _to_wire(stop.value)
            if world.lab is not None:  # lab mode: bring the namespaces in line
                world.lab.after(call)
            return value

    def _wait(
        self, call: Call, seconds: float, hang: bool, done: float = 0.0, step: float = 0.0
    ) -> None:
        """Sleep through a part of the operation; a task's progress moves as the time passes."""
        started = time.monotonic()
        deadline = started + seconds
        shown = done
        while hang or time.monotonic() < deadline:
            with self.world.lock:
                self._check_cancel(call)
                if call.task_ref and seconds > 0 and not hang:
                    now = min(0.99, done + step * (time.monotonic() - started) / seconds)
                    if now - shown >= 0.05 and call.db.has("task", call.task_ref):
                        call.db.update("task", call.task_ref, progress=round(now, 3))
                        shown = now
            time.sleep(min(0.02, max(0.0, deadline - time.monotonic())) if not hang else 0.02)

    def _check_cancel(self, call: Call) -> None:
        task = call.db.tables["task"].get(call.task_ref) if call.task_ref else None
        if task is not None and task["status"] == "cancelling":
            raise E.XapiError(E.TASK_CANCELLED, call.task_ref)

    def _start_task(self, call: Call, entry: Entry, args: tuple[Any, ...]) -> str:
        db = call.db
        task = db.create(
            "task",
            name_label=f"Async.{call.method}",
            created=xapi_timestamp(),
            resident_on=call.machine.host_ref,
        )
        call.task_ref = task

        def work() -> None:
            try:
                value = self._run(call, entry, args)
            except E.XapiError as err:
                with self.world.lock:
                    if db.has("task", task):
                        cancelled = err.code == E.TASK_CANCELLED
                        db.update(
                            "task",
                            task,
                            status="cancelled" if cancelled else "failure",
                            error_info=err.description,
                            finished=xapi_timestamp(),
                            allowed_operations=[],
                        )
                return
            except Exception as exc:  # a simulator bug must still end the task
                with self.world.lock:
                    if db.has("task", task):
                        db.update(
                            "task",
                            task,
                            status="failure",
                            error_info=[E.INTERNAL_ERROR, repr(exc)],
                            finished=xapi_timestamp(),
                        )
                raise
            with self.world.lock:
                if db.has("task", task):
                    db.update(
                        "task",
                        task,
                        status="success",
                        progress=1.0,
                        result=_task_result_xml(value),
                        finished=xapi_timestamp(),
                        allowed_operations=[],
                    )

        threading.Thread(target=work, name=f"task {call.method}", daemon=True).start()
        return task

    # -- generic accessors -------------------------------------------------
    def _generic(self, name: str) -> Entry | None:
        cls, _, message = name.partition(".")
        if cls not in DEFAULTS or not message:
            return None
        fields = DEFAULTS[cls]
        if message == "get_all":
            return Entry(lambda c: list(c.db.tables[cls]), 0, name, False)
        if message == "get_all_records":
            return Entry(lambda c: dict(c.db.tables[cls]), 0, name, False)
        if message == "get_record":
            return Entry(lambda c, ref: c.db.get(cls, ref), 1, name, False)
        if message == "get_by_uuid":
            return Entry(lambda c, uuid: c.db.by_uuid(cls, uuid), 1, name, False)
        if message == "get_by_name_label" and cls in NAMED_CLASSES:
            return Entry(lambda c, label: c.db.find(cls, name_label=label), 1, name, False)
        if message.startswith("get_") and message[4:] in fields:
            field_name = message[4:]
            return Entry(lambda c, ref: c.db.get(cls, ref)[field_name], 1, name, False)
        if message.startswith("set_") and message[4:] in SETTABLE.get(cls, set()):
            field_name = message[4:]

            def setter(c: Call, ref: str, value: Any) -> str:
                expected = type(fields[field_name])
                if expected is int and isinstance(value, str):
                    try:
                        value = int(value)
                    except ValueError:
                        raise E.XapiError(E.FIELD_TYPE_ERROR, field_name) from None
                if expected is bool and not isinstance(value, bool):
                    raise E.XapiError(E.FIELD_TYPE_ERROR, field_name)
                c.db.update(cls, ref, **{field_name: value})
                return ""

            return Entry(setter, 2, name, False)
        for prefix in ("add_to_", "remove_from_"):
            if message.startswith(prefix) and isinstance(fields.get(message[len(prefix) :]), dict):
                return self._map_entry(cls, message[len(prefix) :], prefix == "add_to_", name)
        return None

    @staticmethod
    def _map_entry(cls: str, field_name: str, add: bool, name: str) -> Entry:
        if add:

            def add_to(c: Call, ref: str, key: str, value: str) -> str:
                record = c.db.get(cls, ref)
                if key in record[field_name]:
                    raise E.XapiError(E.MAP_DUPLICATE_KEY, cls, field_name, ref, key)
                record[field_name][key] = value
                c.db.touch(cls, ref)
                return ""

            return Entry(add_to, 3, name, False)

        def remove_from(c: Call, ref: str, key: str) -> str:
            c.db.get(cls, ref)[field_name].pop(key, None)
            c.db.touch(cls, ref)
            return ""

        return Entry(remove_from, 2, name, False)
