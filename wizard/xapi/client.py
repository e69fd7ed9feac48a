"""Talking to one host through the official XenAPI SDK.

``HostClient`` is synchronous and thread-safe (the SDK's session is not, so
every call holds a lock). ``AsyncHost`` in ``wizard.xapi.aio`` runs it off
the event loop. Failures become ``XapiFailure`` with advice; network
problems become ``HostUnreachable``; a certificate that does not match the
pinned one raises ``CertificateMismatch`` before any password is sent.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import socket
import ssl
import threading
import time
import xmlrpc.client
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import XenAPI
from defusedxml import xmlrpc as defused_xmlrpc

from wizard.i18n import translate
from wizard.xapi.advice import explain
from wizard.xapi.errors import (
    AuthenticationFailed,
    HostUnreachable,
    MalformedAnswer,
    TaskCancelled,
    TaskTimeout,
    XapiFailure,
    XenPoolError,
)
from wizard.xapi.transport import CONNECT_TIMEOUT, PinnedTransport, unreachable

log = logging.getLogger(__name__)

# The SDK parses answers with xmlrpc.client: refuse entity bombs and external
# entities there, whatever a host (or something posing as one) sends.
defused_xmlrpc.monkey_patch()

API_VERSION = "2.21"
ORIGINATOR = "xenpool-wizard"
DEFAULT_PORT = 443
DEFAULT_TIMEOUT = 60.0

ProgressCallback = Callable[[float], None]


@dataclass(frozen=True)
class Endpoint:
    address: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        return f"https://{self.address}" + ("" if self.port == DEFAULT_PORT else f":{self.port}")


class MasterIsElsewhere(XenPoolError):
    """Login answered HOST_IS_SLAVE: the host is a member of the pool whose master is ``master``."""

    code = "HOST_IS_SLAVE"

    def __init__(self, member: str, master: str) -> None:
        self.member = member
        self.master = master
        super().__init__(
            translate("XapiErrors", "{member} is a pool member; its master is {master}").format(
                member=member, master=master
            ),
            explain(["HOST_IS_SLAVE", master])[1],
        )


def default_timeout() -> float:
    """Seconds one XAPI call may take, answer included (XENPOOL_TIMEOUT overrides: a slow
    site link may need more, tests need less)."""
    text = os.environ.get("XENPOOL_TIMEOUT", "")
    try:
        seconds = float(text) if text else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return seconds if seconds > 0 else DEFAULT_TIMEOUT


_NETWORK_ERRORS = (OSError, http.client.HTTPException, xmlrpc.client.ProtocolError, ssl.SSLError)


def _unwrap_result(value: str) -> str:
    # A task's result is the XML-RPC <value> of the call's answer.
    if not value:
        return ""
    try:
        (parsed,), _ = xmlrpc.client.loads(
            f"<methodResponse><params><param>{value}</param></params></methodResponse>"
        )
    except Exception:
        return value
    return str(parsed)


def event_batch(answer: Any, address: str) -> dict[str, Any]:
    """An ``event.from`` answer of XAPI's shape (a token and a list of events), or
    MalformedAnswer naming the host."""
    if not (
        isinstance(answer, dict)
        and isinstance(answer.get("token"), str)
        and isinstance(answer.get("events"), list)
    ):
        raise MalformedAnswer(address, translate("XapiErrors", "event.from has no token or events"))
    return answer


class HostClient:
    """One logged-in session with one host (a master, or a member via a local login)."""

    def __init__(
        self,
        endpoint: Endpoint,
        fingerprint: str,
        username: str,
        password: str,
        *,
        local: bool = False,
        timeout: float | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.fingerprint = fingerprint
        self.username = username
        self._password = password
        self.local = local
        self.timeout = default_timeout() if timeout is None else timeout
        self._lock = threading.RLock()
        self._session: Any = None
        self.calls = 0  # XAPI calls made, for the benchmarks

    # -- session -----------------------------------------------------------
    def _new_session(self, setup_timeout: float | None = None) -> Any:
        """An SDK session over a transport of its own that checks this host's pin."""
        return XenAPI.Session(
            self.endpoint.url,
            transport=PinnedTransport(
                self.endpoint.address,
                self.fingerprint,
                self.timeout,
                self.endpoint.port,
                setup_timeout=setup_timeout,
            ),
        )

    def login(self) -> HostClient:
        with self._lock:
            # The login's connection is often the first contact of this run (a pinned host
            # gets no certificate fetch before it): its set-up waits as a fetch would.
            session = self._new_session(setup_timeout=CONNECT_TIMEOUT)
            try:
                if self.local:
                    session.slave_local_login_with_password(self.username, self._password)
                else:
                    session.xenapi.login_with_password(
                        self.username, self._password, API_VERSION, ORIGINATOR
                    )
            except XenAPI.Failure as failure:
                details = [str(d) for d in failure.details]
                if details[0] == "HOST_IS_SLAVE":
                    raise MasterIsElsewhere(self.endpoint.address, details[1]) from None
                if details[0] == "SESSION_AUTHENTICATION_FAILED":
                    raise AuthenticationFailed(
                        translate(
                            "XapiErrors", "{address}: the password for {user} was refused"
                        ).format(address=self.endpoint.address, user=self.username),
                        translate("XapiErrors", "Check the host's root password."),
                    ) from None
                raise self._failure(
                    details,
                    translate("XapiErrors", "log in to {address}").format(
                        address=self.endpoint.address
                    ),
                ) from None
            except XenPoolError:
                raise
            except _NETWORK_ERRORS as exc:
                raise self._unreachable(exc) from None
            self.calls += 1
            self._session = session
        return self

    def twin(self) -> HostClient:
        """Another connection on this session, with its own transport and lock, so that
        calls made side by side do not queue behind each other (or behind a task wait's
        event.from); it needs no login and is never logged out on its own."""
        own = self._session  # set once by login; read without the lock a call may hold
        if own is None:
            raise RuntimeError("twin() of a client that is not logged in")
        other = HostClient(
            self.endpoint,
            self.fingerprint,
            self.username,
            self._password,
            local=self.local,
            timeout=self.timeout,
        )
        session = other._new_session()
        session._session = own._session
        session.last_login_method = own.last_login_method
        session.last_login_params = own.last_login_params
        other._session = session
        return other

    @property
    def session_handle(self) -> str:
        """The session reference itself (some calls take it as a parameter)."""
        return str(self._session.handle) if self._session is not None else ""

    def logout(self) -> None:
        with self._lock:
            if self._session is None:
                return
            try:
                self._session.xenapi.session.logout()
            except (XenAPI.Failure, XenPoolError, *_NETWORK_ERRORS):
                pass  # the host may be gone; the session dies with it
            self._session = None

    def _unreachable(self, exc: BaseException) -> HostUnreachable:
        return unreachable(self.endpoint.address, self.endpoint.port, exc)

    # -- calls ---------------------------------------------------------------
    def call(self, method: str, *args: Any, action: str = "") -> Any:
        """``call("pool.join", addr, user, pw)``: one XAPI call, failures translated."""
        with self._lock:
            if self._session is None:
                self.login()
            target: Any = self._session.xenapi
            for part in method.split("."):
                target = getattr(target, part)
            # Only the method is logged: arguments can hold passwords (pool.join).
            log.debug("%s: %s", self.endpoint.address, method)
            try:
                self.calls += 1
                return target(*args)
            except XenAPI.Failure as failure:
                log.info("%s: %s failed: %s", self.endpoint.address, method, failure.details)
                raise self._failure([str(d) for d in failure.details], action) from None
            except xmlrpc.client.Fault as fault:
                # The SDK turns repeated SESSION_INVALID into a Fault.
                raise self._failure(["SESSION_INVALID", fault.faultString], action) from None
            except XenPoolError:
                raise
            except _NETWORK_ERRORS as exc:
                raise self._unreachable(exc) from None

    def call_async(
        self,
        method: str,
        *args: Any,
        action: str = "",
        timeout: float = 3600.0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        destroy: Callable[[str], None] | None = None,
    ) -> str:
        """Run ``Async.<method>`` and wait for its task; returns the task's result. The
        finished task is destroyed here, or handed to ``destroy`` (AsyncHost does it behind
        the caller's back)."""
        task = self.call(f"Async.{method}", *args, action=action)
        try:
            return self.wait_task(
                task, action=action, timeout=timeout, progress=progress, cancel=cancel
            )
        finally:
            (destroy or self.destroy_task)(task)

    def destroy_task(self, task: str) -> None:
        # A finished task also expires on its own; failing to destroy it is harmless.
        with contextlib.suppress(XenPoolError):
            self.call("task.destroy", task)

    def wait_task(
        self,
        task: str,
        *,
        action: str = "",
        timeout: float = 3600.0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """Wait for a task with event.from (no busy polling); cancel on timeout or request."""
        deadline = time.monotonic() + timeout
        # The wait starts with event.from on the task from the empty token: XAPI answers the
        # task's record as an "add" and a token at once (xapi_event.ml), the same round trip
        # a task.get_record would be, so the first wait for a change needs no call of its own.
        token, first = self._task_events(task, "", 0.0)
        # Not in the answer: a task that is gone; get_record says why (HANDLE_INVALID).
        record = first if first is not None else self._task(self.call("task.get_record", task))
        while record["status"] in ("pending", "cancelling"):
            if cancel is not None and cancel.is_set() and record["status"] == "pending":
                self._cancel(task)
            if time.monotonic() > deadline:
                self._cancel(task)
                raise TaskTimeout(
                    translate(
                        "XapiErrors", "{action} did not finish within {seconds} s and was cancelled"
                    ).format(
                        action=action or translate("XapiErrors", "the operation"),
                        seconds=f"{timeout:.0f}",
                    ),
                    translate(
                        "XapiErrors",
                        "Check the host's load and its storage and network; then run the build "
                        "again to resume.",
                    ),
                )
            if progress is not None:
                progress(float(record["progress"]))
            wait = max(0.05, min(5.0, deadline - time.monotonic()))
            if cancel is not None:
                wait = min(wait, 0.5)
            token, newer = self._task_events(task, token, wait)
            record = newer if newer is not None else record
        if record["status"] == "success":
            if progress is not None:
                progress(1.0)
            return _unwrap_result(str(record["result"]))
        if record["status"] == "cancelled":
            raise TaskCancelled(
                translate("XapiErrors", "{action} was cancelled").format(
                    action=action or translate("XapiErrors", "the operation")
                )
            )
        raise self._failure([str(d) for d in record["error_info"]], action)

    def _task_events(self, task: str, token: str, wait: float) -> tuple[str, dict[str, Any] | None]:
        """One event.from on the task: the next token and its newest record, if any came."""
        batch = event_batch(
            self.call("event.from", [f"task/{task}"], token, wait), self.endpoint.address
        )
        record: dict[str, Any] | None = None
        for event in batch["events"]:
            if isinstance(event, dict) and event.get("ref") == task and "snapshot" in event:
                record = self._task(event["snapshot"])
        return batch["token"], record

    def _failure(self, details: list[str], action: str) -> XapiFailure:
        failure = XapiFailure(details, action)
        failure.host = self.endpoint.address
        return failure

    _TASK_FIELDS = (("status", str), ("progress", float), ("result", str), ("error_info", list))
    _TASK_STATES = ("pending", "success", "failure", "cancelling", "cancelled")

    def _task(self, record: Any) -> dict[str, Any]:
        """A task record with the fields waiting reads, of XAPI's types and states."""
        if not isinstance(record, dict):
            raise self._malformed(translate("XapiErrors", "a task record is not a record"))
        for name, kind in self._TASK_FIELDS:
            value = record.get(name)
            if not isinstance(value, kind) and not (kind is float and type(value) is int):
                raise self._malformed(
                    translate("XapiErrors", "the task record's field {field} is {value}").format(
                        field=name, value=repr(value)[:60]
                    )
                )
        if record["status"] not in self._TASK_STATES:
            raise self._malformed(
                translate(
                    "XapiErrors", "a task's status is {status}, which XAPI does not know"
                ).format(status=repr(record["status"])[:60])
            )
        return record

    def _malformed(self, what: str) -> MalformedAnswer:
        return MalformedAnswer(self.endpoint.address, what)

    def _cancel(self, task: str) -> None:
        with contextlib.suppress(XapiFailure):  # it may have finished in the meantime
            self.call("task.cancel", task)


def connect_to_pool(
    endpoint: Endpoint,
    fingerprint_for: Callable[[str], str],
    username: str,
    password: str,
) -> HostClient:
    """Log in to the pool that ``endpoint`` belongs to, following HOST_IS_SLAVE once."""
    client = HostClient(endpoint, fingerprint_for(endpoint.address), username, password)
    try:
        return client.login()
    except MasterIsElsewhere as moved:
        master = Endpoint(moved.master, endpoint.port)
        return HostClient(master, fingerprint_for(master.address), username, password).login()


def is_reachable(address: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((address, port), timeout=timeout):
            return True
    except OSError:
        return False
