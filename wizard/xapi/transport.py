"""HTTPS transport for the XenAPI SDK that pins each host's certificate.

XenServer hosts serve self-signed certificates, so CA validation cannot
work; instead the SHA-256 fingerprint of the certificate is compared with
the one the user confirmed (or the plan carries). Nothing is sent before
the fingerprint has been checked.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import ssl
import threading
import xmlrpc.client
from collections.abc import Callable
from typing import Any

from wizard.i18n import translate
from wizard.xapi.errors import XenPoolError
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


def fetch_fingerprint(address: str, port: int = 443, timeout: float = 5.0) -> str:
    """The SHA-256 fingerprint of the certificate a host presents (no request sent)."""
    return fetch_certificate(address, port, timeout)[0]


def fetch_certificate(address: str, port: int = 443, timeout: float = 5.0) -> tuple[str, str]:
    """The fingerprint of the certificate a host presents, and the host name it names."""
    context = _unverified_context()
    with (
        socket.create_connection((address, port), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=None) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError(
            translate("XapiErrors", "{address} presented no certificate").format(address=address)
        )
    return hashlib.sha256(der).hexdigest(), certificate_name(der)


def _unverified_context() -> ssl.SSLContext:
    # Verification is the fingerprint comparison below, not a CA chain.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class _PinnedConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, *, verify: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self._verify = verify

    def connect(self) -> None:
        super().connect()
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


# Parsing an answer holds the GIL from start to end (expat calls back into Python for
# every element), so parsers on several threads only take turns; with 64 of them (a
# 64-host pre-flight) the window's thread queued behind them all for 80 ms at a time.
# One parser at a time is as fast and leaves the GIL free in between.
_PARSE_LOCK = threading.Lock()


class PinnedTransport(xmlrpc.client.SafeTransport):
    """A SafeTransport that checks the peer's fingerprint on every new connection."""

    def __init__(self, address: str, fingerprint: str, timeout: float = 60.0) -> None:
        self.tls_context = _unverified_context()
        super().__init__(context=self.tls_context)
        self.address = address
        self.fingerprint = normalise_fingerprint(fingerprint)
        self.timeout = timeout

    def _verify(self, seen: str) -> None:
        if seen != self.fingerprint:
            raise CertificateMismatch(self.address, self.fingerprint, seen)

    def make_connection(self, host: Any) -> http.client.HTTPSConnection:
        if self._connection and host == self._connection[0]:
            reused = self._connection[1]
            assert isinstance(reused, http.client.HTTPSConnection)
            return reused
        chost, self._extra_headers, _ = self.get_host_info(host)
        connection = _PinnedConnection(
            chost, verify=self._verify, context=self.tls_context, timeout=self.timeout
        )
        self._connection = host, connection
        return connection

    def parse_response(self, response: http.client.HTTPResponse) -> Any:
        """The SDK's parse, with the whole body read first (the network wait, GIL free)."""
        body = response.read()
        if response.getheader("Content-Encoding", "") == "gzip":
            body = xmlrpc.client.gzip_decode(body)
        with _PARSE_LOCK:
            parser, unmarshaller = self.getparser()
            parser.feed(body)
            parser.close()
            return unmarshaller.close()
