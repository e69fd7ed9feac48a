"""HTTPS transport for the XenAPI SDK that pins each host's certificate.

XenServer hosts serve self-signed certificates, so CA validation cannot
work; instead the SHA-256 fingerprint of the certificate is compared with
the one the user confirmed (or the plan carries). Nothing is sent before
the fingerprint has been checked.

Whatever answers is read defensively: at most ``MAX_ANSWER_BYTES``, within
one deadline for the whole exchange, and only an XML-RPC answer shaped the
way XAPI shapes them gets past ``parse_response``. Anything else becomes
the project's own error naming the host: ``NotXapi`` (a peer that is not
XAPI), ``MalformedAnswer`` (XML-RPC XAPI would not send), ``AnswerTimeout``
or ``HostUnreachable``.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import http.client
import re
import select
import socket
import ssl
import time
import xmlrpc.client
from collections.abc import Callable
from typing import Any

from wizard.i18n import translate
from wizard.xapi.answers import MAX_ANSWER_BYTES, not_ok, parse_answer, read_body, shown
from wizard.xapi.errors import (
    AnswerTimeout,
    ConnectionBroken,
    HostUnreachable,
    NotXapi,
    XenPoolError,
)
from wizard.xapi.fingerprints import certificate_name, format_fingerprint, normalise_fingerprint


class CertificateMismatch(XenPoolError):
    """The host presented a different certificate from the pinned one: a hard stop."""

    code = "CERTIFICATE_MISMATCH"

    def __init__(self, address: str, expected: str, seen: str) -> None:
        self.address = address
        self.expected = expected
        self.seen = seen
        super().__init__(
            translate(
                "XapiErrors",
                "The TLS certificate of {address} has changed.\n"
                "  pinned:    {expected}\n"
                "  presented: {seen}",
            ).format(
                address=address,
                expected=format_fingerprint(expected),
                seen=format_fingerprint(seen),
            ),
            translate(
                "XapiErrors",
                "This is either a reinstalled host or someone in between. Check the host's "
                "console (xe host-list params=uuid and its certificate) before trusting the new "
                "one.",
            ),
        )


class PlanPinConflict(CertificateMismatch):
    """The plan's fingerprint for a host differs from the one pinned: neither silently wins."""

    code = "PLAN_PIN_CONFLICT"

    def __init__(self, address: str, planned: str, pinned: str) -> None:
        XenPoolError.__init__(
            self,
            translate(
                "XapiErrors",
                "The plan and the pin store disagree about the TLS certificate of {address}.\n"
                "  in the plan: {planned}\n"
                "  pinned:      {pinned}",
            ).format(
                address=address,
                planned=format_fingerprint(planned),
                pinned=format_fingerprint(pinned),
            ),
            translate(
                "XapiErrors",
                "Nothing was sent to the host. Check its certificate on the console, then correct "
                "the plan's hosts[].fingerprint or remove the stale pin.",
            ),
        )
        self.address = address
        self.expected = planned
        self.seen = pinned
        self.planned = planned
        self.pinned = pinned


class CertificateNotTrusted(XenPoolError):
    """First contact: nothing is pinned yet and nobody accepted the fingerprint."""

    code = "CERTIFICATE_NOT_TRUSTED"

    def __init__(self, address: str, seen: str) -> None:
        self.address = address
        self.seen = seen
        super().__init__(
            translate(
                "XapiErrors",
                "{address} presents a certificate that is not trusted yet (SHA-256 {fingerprint}).",
            ).format(address=address, fingerprint=format_fingerprint(seen)),
            translate("XapiErrors", "Confirm it to continue."),
        )


def tls_refusal(address: str, port: int, exc: ssl.SSLError) -> XenPoolError:
    """What a failed TLS handshake means: a peer was reached, but it does not talk like XAPI
    (plain HTTP, an old TLS); a handshake cut off is the network's doing."""
    reason = getattr(exc, "reason", None) or ""
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError) or reason == "":
        return unreachable(address, port, exc)
    if reason in ("WRONG_VERSION_NUMBER", "HTTP_REQUEST", "RECORD_LAYER_FAILURE"):
        what = translate("XapiErrors", "it speaks plain HTTP, not TLS, on that port")
    elif reason in (
        "TLSV1_ALERT_PROTOCOL_VERSION",
        "UNSUPPORTED_PROTOCOL",
        "NO_PROTOCOLS_AVAILABLE",
        "VERSION_TOO_LOW",
    ):
        what = translate(
            "XapiErrors",
            "it offers only TLS older than 1.2 (XenServer 7.0 and later and XCP-ng speak TLS "
            "1.2; this is a very old release or another device)",
        )
    else:
        what = translate("XapiErrors", "the TLS handshake failed ({reason})").format(reason=reason)
    return NotXapi(address, port, what)


def unreachable(address: str, port: int, exc: BaseException) -> HostUnreachable:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    error = HostUnreachable(
        translate("XapiErrors", "{address} did not answer on port {port} ({reason})").format(
            address=address, port=port, reason=reason
        ),
        translate(
            "XapiErrors",
            "Check that the host is powered on and that its management address is reachable "
            "from this computer.",
        ),
    )
    error.address = address
    return error


def _silent(address: str, message: str) -> HostUnreachable:
    """Something holds the port and says nothing: not a power or cabling problem."""
    error = HostUnreachable(
        message,
        translate(
            "XapiErrors",
            "XAPI on the host may be hung or still starting (on its console, `xe host-list` "
            "shows whether it answers and `xe-toolstack-restart` restarts it), or something "
            "between passes the connection but not the traffic. Check, then run again.",
        ),
    )
    error.address = address
    return error


def _no_tls(address: str, port: int, timeout: float) -> HostUnreachable:
    return _silent(
        address,
        translate(
            "XapiErrors",
            "{address} accepted a connection on port {port} but did not begin TLS "
            "within {seconds} s",
        ).format(address=address, port=port, seconds=f"{timeout:g}"),
    )


CONNECT_TIMEOUT = 5.0  # TCP and TLS set-up, for a fetch and for a call's new connection


def fetch_fingerprint(address: str, port: int = 443, timeout: float = CONNECT_TIMEOUT) -> str:
    """The SHA-256 fingerprint of the certificate a host presents (no request sent)."""
    return fetch_certificate(address, port, timeout)[0]


def fetch_certificate(
    address: str, port: int = 443, timeout: float = CONNECT_TIMEOUT
) -> tuple[str, str]:
    """The fingerprint of the certificate a host presents, and the host name it names.

    A peer that is reached but refuses TLS the way XAPI speaks it raises ``NotXapi``;
    network failures raise ``OSError`` as before."""
    context = _unverified_context()
    with socket.create_connection((address, port), timeout=timeout) as raw:
        try:
            with context.wrap_socket(raw, server_hostname=None) as tls:
                der = tls.getpeercert(binary_form=True)
        except ssl.SSLError as exc:
            refusal = tls_refusal(address, port, exc)
            if isinstance(refusal, NotXapi):
                raise refusal from None
            raise
        except TimeoutError:
            raise _no_tls(address, port, timeout) from None
    if not der:
        raise ssl.SSLError(
            translate("XapiErrors", "{address} presented no certificate").format(address=address)
        )
    return hashlib.sha256(der).hexdigest(), certificate_name(der)


class _DeadlineSocket(ssl.SSLSocket):
    """Each read waits at most until the exchange's deadline, not a fresh timeout per read:
    a peer that drips a byte now and then (slowloris) is stopped too."""

    deadline: float | None = None
    received = 0

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        self._arm()
        count = super().recv_into(buffer, nbytes, flags)
        self.received += count
        return count

    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        self._arm()
        data = super().recv(buflen, flags)
        self.received += len(data)
        return data

    def _arm(self) -> None:
        if self.deadline is None:
            return
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(errno.ETIMEDOUT, "the answer took too long")
        current = self.gettimeout()
        self.settimeout(left if current is None else min(left, current))


@functools.cache
def _unverified_context() -> ssl.SSLContext:
    # Verification is the fingerprint comparison below, not a CA chain. One context for
    # every connection (it is thread-safe): making one holds the GIL 0.2 ms, and 64 hosts'
    # logins made 128 while the window's thread waited for its turn.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.sslsocket_class = _DeadlineSocket
    return context


class _PinnedConnection(http.client.HTTPSConnection):
    def __init__(
        self,
        host: str,
        *,
        verify: Callable[[str], None],
        setup_timeout: float | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(host, **kwargs)
        self._verify = verify
        self._setup_timeout = setup_timeout
        self.deadline: float | None = None

    def connect(self) -> None:
        # With a set-up timeout (a login: a pinned host gets no certificate fetch before
        # it, wizard.xapi.trust), a host that is off, or a port that never begins TLS, is
        # told within the fetch's 5 s; otherwise within the call's own timeout.
        wait = self.timeout
        limit = wait
        if self._setup_timeout is not None and isinstance(wait, float | int):
            limit = min(wait, self._setup_timeout)
        self.timeout = limit
        try:
            super().connect()
        except TimeoutError:
            if self.sock is None or not isinstance(limit, float | int):
                raise  # no TCP answer (powered off or filtered), or no stated limit
            self.sock.close()
            self.sock = None
            raise _no_tls(self.host, self.port, limit) from None
        finally:
            self.timeout = wait
        der = (
            self.sock.getpeercert(binary_form=True)
            if isinstance(self.sock, ssl.SSLSocket)
            else None
        )
        try:
            self._verify(hashlib.sha256(der or b"").hexdigest())
        except Exception:
            self.sock.close()
            raise
        self.start(self.deadline)

    def start(self, deadline: float | None) -> None:
        self.deadline = deadline
        if isinstance(self.sock, _DeadlineSocket):
            self.sock.deadline = deadline
            self.sock.settimeout(self.timeout)
            self.sock.received = 0

    @property
    def received(self) -> int:
        return self.sock.received if isinstance(self.sock, _DeadlineSocket) else 0

    def dropped(self) -> bool:
        """An idle kept-alive connection the peer (or a middlebox) has closed or reset."""
        if self.sock is None:
            return False
        try:
            # Readable while idle: closed, reset, or sending what nobody asked for.
            return bool(select.select([self.sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True


_METHOD = re.compile(rb"<methodName>\s*([A-Za-z0-9_.]+)\s*</methodName>")
# Calls that change nothing: sent twice they do no harm, so a connection lost under
# them is retried. Anything else is sent once: a second SR.create would be a second SR.
_READ_ONLY = re.compile(
    r"^(?:(?:[A-Za-z_]+\.)?get_\w+|event\.from|session\.(?:slave_local_)?login_with_password)$"
)


def is_read(method: str) -> bool:
    """A call that changes nothing in XAPI's database: a connection lost under it is
    retried, and a cached view of the pool stays current across it (wizard.xapi.cache)."""
    return bool(_READ_ONLY.match(method))


RETRIES = 3  # attempts for a call whose bytes never reached the host, or a read-only one
_RESET_ERRORS = (errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE)


def _transient(exc: BaseException) -> bool:
    """A connection lost on the way (reset, cut, closed early), not a refusal or a timeout."""
    if isinstance(exc, http.client.RemoteDisconnected | ssl.SSLEOFError):
        return True
    return isinstance(exc, OSError) and exc.errno in _RESET_ERRORS


class PinnedTransport(xmlrpc.client.SafeTransport):
    """A SafeTransport that checks the peer's fingerprint on every new connection and reads
    its answers within a size cap and a deadline."""

    def __init__(
        self,
        address: str,
        fingerprint: str,
        timeout: float = 60.0,
        port: int = 443,
        *,
        setup_timeout: float | None = None,
    ) -> None:
        self.tls_context = _unverified_context()
        super().__init__(context=self.tls_context)
        self.address = address
        self.port = port
        self.fingerprint = normalise_fingerprint(fingerprint)
        self.timeout = timeout
        self.max_answer = MAX_ANSWER_BYTES
        self.retry_pause = 0.25
        self._sent_last = False  # the failed exchange's request had gone out
        # Set: a new connection's TCP and TLS set-up waits at most this (HostClient.login),
        # until the host has answered once; then the call's whole timeout, as a host that
        # answered may be slow under load but is not off.
        self.setup_timeout = setup_timeout

    def _verify(self, seen: str) -> None:
        if seen != self.fingerprint:
            raise CertificateMismatch(self.address, self.fingerprint, seen)

    def make_connection(self, host: Any) -> http.client.HTTPSConnection:
        if self._connection and host == self._connection[0]:
            reused = self._connection[1]
            assert isinstance(reused, _PinnedConnection)
            if not reused.dropped():
                return reused
            self.close()
        chost, self._extra_headers, _ = self.get_host_info(host)
        if chost.rpartition(":")[2].isdigit():
            self.port = int(chost.rpartition(":")[2])  # named in messages
        connection = _PinnedConnection(
            chost,
            verify=self._verify,
            setup_timeout=self.setup_timeout,
            context=self.tls_context,
            timeout=self.timeout,
        )
        self._connection = host, connection
        return connection

    # -- one exchange ----------------------------------------------------------
    def request(self, host: Any, handler: str, request_body: Any, verbose: bool = False) -> Any:
        body = request_body if isinstance(request_body, bytes) else str(request_body).encode()
        match = _METHOD.search(body[:4096])
        method = match.group(1).decode() if match else ""
        read_only = is_read(method)
        for attempt in range(RETRIES):
            sent = False
            try:
                connection = self.make_connection(host)
                assert isinstance(connection, _PinnedConnection)
                connection.start(time.monotonic() + self.timeout)
                sent = self._send(connection, handler, body)
                answer = self._answer(connection, method)
                self.setup_timeout = None
                return answer
            except XenPoolError:
                self.close()
                raise
            except Exception as exc:
                self._sent_last = sent
                received = self._received()
                self.close()
                again = _transient(exc) and (read_only or not sent)
                if again and attempt < RETRIES - 1:
                    time.sleep(self.retry_pause * (attempt + 1))
                    continue
                raise self._lost(exc, method, sent and not read_only, received) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, connection: _PinnedConnection, handler: str, body: bytes) -> bool:
        connection.putrequest("POST", handler, skip_accept_encoding=True)
        connection.putheader("Content-Type", "text/xml")
        connection.putheader("User-Agent", self.user_agent)
        for key, value in self._extra_headers or []:
            connection.putheader(key, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        return True

    def _answer(self, connection: _PinnedConnection, method: str) -> Any:
        response = connection.getresponse()
        if response.status != 200:
            raise NotXapi(self.address, self.port, not_ok(response))
        body = read_body(response, self.address, self.max_answer)
        if response.will_close:
            self.close()
        return parse_answer(
            body, self.address, self.port, method, self._use_datetime, self._use_builtin_types
        )

    def _received(self) -> int:
        connection = self._connection[1] if self._connection else None
        return connection.received if isinstance(connection, _PinnedConnection) else 0

    def _lost(
        self, exc: BaseException, method: str, maybe_done: bool, received: int
    ) -> XenPoolError:
        """A failed exchange in words: no answer, a stalled answer, or a cut one."""
        if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
            return tls_refusal(self.address, self.port, exc)
        if isinstance(exc, http.client.HTTPException) and not isinstance(
            exc, http.client.RemoteDisconnected | http.client.IncompleteRead
        ):
            # a status line that is not HTTP (an SSH banner behind a port multiplexer, say),
            # or headers past http.client's limits: an answer, just not XAPI's
            return NotXapi(
                self.address,
                self.port,
                translate("XapiErrors", "it does not answer in HTTP ({reason})").format(
                    reason=shown(str(exc) or type(exc).__name__)
                ),
            )
        if isinstance(exc, TimeoutError | socket.timeout) and received:
            error: HostUnreachable = AnswerTimeout(
                translate(
                    "XapiErrors",
                    "{address} began to answer {method} but did not finish within {seconds} s",
                ).format(address=self.address, method=method, seconds=f"{self.timeout:.0f}"),
                translate(
                    "XapiErrors",
                    "The link or the host stalls. Check the network path to the host and its "
                    "load, then run again: a build resumes where it stopped.",
                ),
            )
        elif isinstance(exc, TimeoutError | socket.timeout) and self._sent_last:
            error = _silent(
                self.address,
                translate(
                    "XapiErrors",
                    "{address} accepted {method} but did not answer within {seconds} s",
                ).format(address=self.address, method=method, seconds=f"{self.timeout:g}"),
            )
        elif maybe_done:
            error = ConnectionBroken(
                translate(
                    "XapiErrors",
                    "the connection to {address} broke during {method}; the host may or may not "
                    "have done it ({reason})",
                ).format(address=self.address, method=method, reason=_reason(exc)),
                translate(
                    "XapiErrors",
                    "Check the network path to the host, then run the build again: it reads the "
                    "pool first and does only what is missing.",
                ),
            )
        else:
            return unreachable(self.address, self.port, exc)
        error.address = self.address
        return error

    def parse_response(self, response: http.client.HTTPResponse) -> Any:
        return parse_answer(
            read_body(response, self.address, self.max_answer),
            self.address,
            self.port,
            "",
            self._use_datetime,
            self._use_builtin_types,
        )


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


__all__ = [
    "MAX_ANSWER_BYTES",
    "CertificateMismatch",
    "CertificateNotTrusted",
    "PinnedTransport",
    "PlanPinConflict",
    "fetch_certificate",
    "fetch_fingerprint",
    "tls_refusal",
    "unreachable",
]
