"""session and task messages, and the host basics XAPI has logic for."""

from __future__ import annotations

from wizard.simulator import errors as E
from wizard.simulator.db import Session, new_ref, new_uuid, xapi_timestamp
from wizard.simulator.dispatch import Call, api
from wizard.simulator.emergency import emergency_mode_error, in_emergency_mode
from wizard.simulator.world import Machine

ROOT = "root"


def check_root_password(machine: Machine, username: str, password: str) -> None:
    # A pool authenticates against its master's root account.
    if username != ROOT or password != machine.password:
        raise E.XapiError(E.SESSION_AUTHENTICATION_FAILED, username, "Authentication failure")


def _new_session(call: Call, username: str, originator: str, local: bool) -> str:
    ref = new_ref()
    call.db.sessions[ref] = Session(ref, new_uuid(), username, call.machine.uuid, local, originator)
    return ref


@api("session.login_with_password", 4, async_ok=False, session=False)
def login_with_password(
    call: Call, username: str, password: str, version: str = "", originator: str = ""
) -> str:
    machine = call.machine
    if not machine.is_master:
        raise E.XapiError(E.HOST_IS_SLAVE, call.master.address)
    check_root_password(machine, username, password)
    return _new_session(call, username, originator, local=False)


@api("session.slave_local_login_with_password", 2, async_ok=False, session=False)
def slave_local_login(call: Call, username: str, password: str) -> str:
    # Emergency login straight to one host: works when the master is gone.
    check_root_password(call.machine, username, password)
    return _new_session(call, username, "", local=True)


@api("session.logout", 0, async_ok=False)
def logout(call: Call) -> str:
    assert call.session
    # destroy_db_session ignores a session that is not in the database (a local one).
    if not call.session.local:
        call.db.sessions.pop(call.session.ref, None)
    return ""


@api("session.local_logout", 0, async_ok=False)
def local_logout(call: Call) -> str:
    assert call.session
    # Xapi_local_session.destroy: removes it from the local table, if it is there.
    if call.session.local:
        call.db.sessions.pop(call.session.ref, None)
    return ""


@api("session.get_this_host", 1, async_ok=False)
def session_get_this_host(call: Call, session_ref: str) -> str:
    session = call.db.sessions.get(session_ref)
    if session is None or session.local:  # a local session has no database row
        raise E.XapiError(E.HANDLE_INVALID, "session", session_ref)
    host_ref: str = call.world.machine_by_uuid(session.host_uuid).host_ref
    return host_ref


# -- tasks ------------------------------------------------------------------
@api("task.cancel", 1)
def task_cancel(call: Call, task: str) -> str:
    record = call.db.get("task", task)
    if record["status"] != "pending":
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Task is not pending")
    call.db.update("task", task, status="cancelling")
    return ""


@api("task.destroy", 1, async_ok=False)
def task_destroy(call: Call, task: str) -> str:
    call.db.get("task", task)
    call.db.delete("task", task)
    return ""


@api("task.create", 2, async_ok=False)
def task_create(call: Call, label: str, description: str) -> str:
    return call.db.create(
        "task", name_label=label, name_description=description, created=xapi_timestamp()
    )


# -- host basics ------------------------------------------------------------
@api("host.get_servertime", 1, async_ok=False)
def host_get_servertime(call: Call, host: str) -> str:
    call.db.get("host", host)
    return xapi_timestamp()


@api("host.is_in_emergency_mode", 0, async_ok=False)
def host_is_in_emergency_mode(call: Call) -> bool:
    return in_emergency_mode(call.world, call.machine)


@api("host.local_assert_healthy", 0, async_ok=False)
def host_local_assert_healthy(call: Call) -> str:
    # Raises the stashed emergency-mode error; a master or a member in touch is healthy.
    if in_emergency_mode(call.world, call.machine):
        raise emergency_mode_error()
    return ""


@api("host.set_multipathing", 2)
def host_set_multipathing(call: Call, host: str, value: bool) -> str:
    # As xapi_host.ml: the field, and other_config:multipathing that SM reads.
    record = call.db.get("host", host)
    other = dict(record["other_config"])
    other["multipathing"] = "true" if value else "false"
    call.db.update("host", host, multipathing=bool(value), other_config=other)
    return ""


@api("host.get_management_interface", 1)
def host_get_management_interface(call: Call, host: str) -> str:
    refs = call.db.find("PIF", host=host, management=True)
    if not refs:
        raise E.XapiError(E.HANDLE_INVALID, "PIF", "")
    return refs[0]
