"""Method registry and call dispatch: datamodel checks, sessions, tasks.

Every call is first checked against XAPI's datamodel (calls.py); then the
hand-written behaviour registered with ``api`` runs, or the messages XAPI
generates for every class (generic.py).

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

from wizard.simulator import calls
from wizard.simulator import errors as E
from wizard.simulator.datamodel import Message, load
from wizard.simulator.db import Database, Session, xapi_timestamp
from wizard.simulator.emergency import check_emergency
from wizard.simulator.generic import generic_handler
from wizard.simulator.wire import DateTime, Int32, xml_value
from wizard.simulator.world import Machine, World

Handler = Callable[..., Any]
F = TypeVar("F", bound=Handler)


@dataclass
class Entry:
    fn: Handler
    duration_key: str


REGISTRY: dict[str, Entry] = {}


def api(name: str, arity: int, *, async_ok: bool = True, session: bool = True) -> Callable[[F], F]:
    """Register hand-written behaviour for a datamodel message.

    The arity (parameters after the session, defaulted ones included), the
    Async flag and the session are the datamodel's: a handler declaring
    otherwise is refused at import, so the simulator cannot drift from XAPI.
    """
    message = load().message(name)
    if message is None:
        raise ValueError(f"{name} is not a message of XAPI's datamodel")
    declared = (arity, async_ok, session)
    actual = (len(message.params), message.async_ok, message.session)
    if declared != actual:
        raise ValueError(f"{name}: declared (arity, async, session) {declared}, datamodel {actual}")

    def register(fn: F) -> F:
        REGISTRY[name] = Entry(fn, name)
        return fn

    return register


def generic_entry(message: Message) -> Entry | None:
    """XAPI's generated getters, setters and constructors, on the call's database."""
    fn = generic_handler(message)
    if fn is None:
        return None
    return Entry(lambda call, *args: fn(call.db, *args), message.wire_name)


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
        # What the datamodel check let through, each method with its parameters' XML-RPC
        # types, and what it refused (method, code): tests check both.
        self.seen: set[tuple[str, tuple[str, ...]]] = set()
        self.refused: set[tuple[str, str]] = set()

    # -- entry point -------------------------------------------------------
    def handle(self, machine: Machine, method: str, params: tuple[Any, ...]) -> dict[str, Any]:
        try:
            return success(self._call(machine, method, params))
        except E.XapiError as err:
            return failure(err.description)

    def _call(self, machine: Machine, method: str, params: tuple[Any, ...]) -> Any:
        resolved = calls.resolve(method)
        name, message = resolved.name, resolved.message
        with self.world.lock:  # api_server.ml refuses it before looking at the call
            check_emergency(self.world, machine, message.wire_name if message else name)
        if message is None:
            if params:  # XAPI tries it as a host extension, with the session checked first
                with self.world.lock:
                    self._session(machine, params[0])
            self.refused.add((method, E.MESSAGE_METHOD_UNKNOWN))
            raise calls.unknown(name)
        try:
            args = calls.check_params(message, params, name)
        except E.XapiError as err:
            self.refused.add((method, err.code))
            raise
        name = message.wire_name  # "Class_message" is the same message
        entry = REGISTRY.get(name) or generic_entry(message)
        with self.world.lock:
            session = self._session(machine, params[0]) if message.session else None
            if resolved.is_async and not message.async_ok:
                self.refused.add((method, "Fault"))
                raise calls.no_async_fault(name)
            self.seen.add((method, tuple(calls.shape(p) for p in params)))
            if entry is None:
                raise E.XapiError(E.NOT_IMPLEMENTED, name)
            call = Call(self.world, machine, machine.db, session, name)
            if resolved.is_async:
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
