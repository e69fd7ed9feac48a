"""Small real servers on loopback that answer the way a XAPI host never would.

Each ``Peer`` listens on a loopback address and port, speaks TLS (1.2+, or 1.0
only) or plain TCP, and hands every connection to a behaviour: a function of
the connection that reads requests and writes whatever the test wants on the
wire. ``proxy`` forwards to a real (simulated) XAPI and lets the test rewrite
one method's answer. Nothing here is a mock inside the client: the client
under test opens real sockets to these.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import ipaddress
import re
import socket
import ssl
import tempfile
import threading
import time
import warnings
import xmlrpc.client
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Cert:
    cert_pem: bytes
    key_pem: bytes
    fingerprint: str


def make_cert(name: str, address: str, *, expired: bool = False) -> Cert:
    """A self-signed certificate for ``name``; ``expired`` ended a year ago."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    start, end = (
        (now - datetime.timedelta(days=800), now - datetime.timedelta(days=365))
        if expired
        else (now - datetime.timedelta(days=1), now + datetime.timedelta(days=365))
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(name), x509.IPAddress(ipaddress.ip_address(address))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    return Cert(
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        hashlib.sha256(der).hexdigest(),
    )


@dataclass
class Request:
    method: str  # the XML-RPC methodName, "" when there is none
    params: tuple[Any, ...]
    raw: bytes  # the whole request as received (headers and body)


class Conn:
    """One accepted connection, as a behaviour sees it."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buffer = b""

    def read_request(self) -> Request | None:
        """The next HTTP request, or None when the client closed."""
        while b"\r\n\r\n" not in self._buffer:
            chunk = self._recv()
            if not chunk:
                return None
            self._buffer += chunk
        head, _, rest = self._buffer.partition(b"\r\n\r\n")
        match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        length = int(match.group(1)) if match else 0
        while len(rest) < length:
            chunk = self._recv()
            if not chunk:
                return None
            rest += chunk
        body, self._buffer = rest[:length], rest[length:]
        try:
            params, method = xmlrpc.client.loads(body)
        except Exception:
            params, method = (), None
        return Request(method or "", params, head + b"\r\n\r\n" + body)

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(65536)
        except OSError:
            return b""

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


Behaviour = Callable[[Conn], None]


@dataclass
class Peer:
    """A server on ``address``:``port`` (0: any free port) running ``behaviour`` per connection."""

    behaviour: Behaviour
    address: str = "127.0.0.1"
    port: int = 0
    tls: str | None = "1.2"  # "1.2" (1.2 and later), "1.0" (1.0 only), None: plain TCP
    cert: Cert | None = field(default=None, repr=False)
    connections: int = 0
    _listener: socket.socket | None = field(default=None, repr=False)
    _open: list[socket.socket] = field(default_factory=list, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    def __post_init__(self) -> None:
        if self.cert is None:
            self.cert = make_cert("not-xapi.example", self.address)

    @property
    def fingerprint(self) -> str:
        assert self.cert is not None
        return self.cert.fingerprint

    def start(self) -> Peer:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.address, self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, daemon=True, name="peer").start()
        return self

    def _context(self) -> ssl.SSLContext:
        assert self.cert is not None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        with tempfile.TemporaryDirectory() as folder:
            cert, key = Path(folder, "c.pem"), Path(folder, "k.pem")
            cert.write_bytes(self.cert.cert_pem)
            key.write_bytes(self.cert.key_pem)
            context.load_cert_chain(cert, key)
        if self.tls == "1.0":
            with contextlib.suppress(ssl.SSLError):
                context.set_ciphers("ALL:@SECLEVEL=0")
            with warnings.catch_warnings():  # deprecated: that is the point of this peer
                warnings.simplefilter("ignore", DeprecationWarning)
                context.minimum_version = ssl.TLSVersion.TLSv1
                context.maximum_version = ssl.TLSVersion.TLSv1
        return context

    def _accept(self) -> None:
        assert self._listener is not None
        context = self._context() if self.tls else None
        while not self._stopped.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._open.append(sock)
            threading.Thread(target=self._serve, args=(sock, context), daemon=True).start()

    def _serve(self, sock: socket.socket, context: ssl.SSLContext | None) -> None:
        try:
            if context is not None:
                sock.settimeout(10)
                sock = context.wrap_socket(sock, server_side=True)
                sock.settimeout(None)
                self._open.append(sock)
            self.behaviour(Conn(sock))
        except (OSError, ssl.SSLError):
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.close()

    def stop(self) -> None:
        """Wake every thread blocked on a socket; each closes its own. Closing (or
        SSLSocket.shutdown, which drops the TLS state) under another thread's read
        would free OpenSSL's state under it: a segfault, so only the fd is shut down."""
        self._stopped.set()
        for sock in [self._listener, *self._open]:
            if sock is not None:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.close()


# -- behaviours ------------------------------------------------------------------


def http_answer(body: bytes, *, status: str = "200 OK", headers: str = "") -> bytes:
    extra = headers if not headers or headers.endswith("\r\n") else headers + "\r\n"
    return f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body


def xapi(value: Any) -> bytes:
    """An XAPI success answer carrying ``value``."""
    return xmlrpc.client.dumps(
        ({"Status": "Success", "Value": value},), methodresponse=True
    ).encode()


def answering(reply: Callable[[Request], bytes | None]) -> Behaviour:
    """Answer every request on a kept-alive connection; a None reply closes it."""

    def behaviour(conn: Conn) -> None:
        while (request := conn.read_request()) is not None:
            data = reply(request)
            if data is None or not conn.send(data):
                return

    return behaviour


def fixed(data: bytes) -> Behaviour:
    """The same raw bytes for every request."""
    return answering(lambda _request: data)


def after_request(then: Callable[[Conn], None]) -> Behaviour:
    """Read one request, then do ``then`` (stall, drip, flood, close...)."""

    def behaviour(conn: Conn) -> None:
        if conn.read_request() is not None:
            then(conn)

    return behaviour


def silent(stop: threading.Event) -> Behaviour:
    """Accept (and even the TLS handshake), read, never answer."""

    def behaviour(conn: Conn) -> None:
        conn.read_request()
        stop.wait(120)

    return behaviour


def drip(data: bytes, every: float, stop: threading.Event) -> Callable[[Conn], None]:
    """Send ``data`` one byte at a time, forever repeating it, a byte per ``every`` s."""

    def then(conn: Conn) -> None:
        while not stop.is_set():
            for byte in data:
                if stop.wait(every) or not conn.send(bytes([byte])):
                    return

    return then


def flood(head: bytes, stop: threading.Event, total: int | None = None) -> Callable[[Conn], None]:
    """Send ``head`` then filler as fast as the client reads: ``total`` bytes, or forever."""
    filler = b"<value><string>" + b"x" * 65000 + b"</string></value>"

    def then(conn: Conn) -> None:
        sent = 0
        if not conn.send(head):
            return
        while not stop.is_set() and (total is None or sent < total):
            if not conn.send(filler):
                return
            sent += len(filler)

    return then


def proxy(
    upstream: tuple[str, int],
    rewrite: Callable[[str, Any], Any],
) -> Behaviour:
    """Forward each request to a real XAPI and pass its answer through ``rewrite(method,
    answer)`` (the parsed struct) before sending it on: a host whose answers are wrong in
    one precise way and right in every other."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    def behaviour(conn: Conn) -> None:
        with (
            socket.create_connection(upstream, timeout=30) as raw,
            context.wrap_socket(raw) as tls,
        ):
            back = Conn(tls)
            while (request := conn.read_request()) is not None:
                if not back.send(request.raw):
                    return
                answer = _read_http(back)
                if answer is None:
                    return
                (value,), _ = xmlrpc.client.loads(answer)
                payload = xmlrpc.client.dumps(
                    (rewrite(request.method, value),), methodresponse=True, allow_none=True
                ).encode()
                if not conn.send(http_answer(payload, headers="Content-Type: text/xml")):
                    return

    return behaviour


def _read_http(conn: Conn) -> bytes | None:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        chunk = conn._recv()
        if not chunk:
            return None
        buffer += chunk
    head, _, body = buffer.partition(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    length = int(match.group(1)) if match else 0
    while len(body) < length:
        chunk = conn._recv()
        if not chunk:
            return None
        body += chunk
    return body[:length]


@contextlib.contextmanager
def running(peer: Peer) -> Iterator[Peer]:
    peer.start()
    try:
        yield peer
    finally:
        peer.stop()


def elapsed(start: float) -> float:
    return time.monotonic() - start
