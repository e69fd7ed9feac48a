"""A web server (or a TLS the wizard refuses) where a XAPI host should be.

The message says the peer was reached but is not XAPI, names it and what it saw,
and does not send the user to check power and cables. The certificate cases show
pinning decides: a changed certificate stops before any password is sent; an
expired or other-name one that the user pinned is accepted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.conftest import assert_clear, peer_address, validate_against
from tests.hostile.peers import (
    Conn,
    Peer,
    after_request,
    fixed,
    http_answer,
    make_cert,
    proxy,
)
from wizard import discovery
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient

LOGIN_PAGE = (
    b"<!DOCTYPE html><html><head><title>iDRAC9 - Login</title></head>"
    b"<body><form>user <input name=u></form></body></html>"
)


def _plain_http(conn: Conn) -> None:
    conn.sock.recv(4096)  # a TLS ClientHello, read as a request
    conn.send(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


CASES: dict[str, tuple[Callable[[], object], dict[str, object], str]] = {
    "an HTML login page": (
        lambda: fixed(http_answer(LOGIN_PAGE, headers="Content-Type: text/html")),
        {},
        "it answered with a web page (iDRAC9 - Login)",
    ),
    "a redirect to another host": (
        lambda: fixed(
            http_answer(
                b"", status="301 Moved Permanently", headers="Location: https://nas.example/"
            )
        ),
        {},
        "it redirects to https://nas.example/ (HTTP 301)",
    ),
    "a 401": (
        lambda: fixed(
            http_answer(b"", status="401 Unauthorized", headers='WWW-Authenticate: Basic realm="x"')
        ),
        {},
        "it asks for a web login (HTTP 401)",
    ),
    "a 403": (
        lambda: fixed(http_answer(b"no", status="403 Forbidden")),
        {},
        "it refuses access (HTTP 403 Forbidden)",
    ),
    "HTTP/1.0 closing after the headers": (
        lambda: after_request(
            lambda c: c.send(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n")
        ),
        {},
        "it sent an empty answer",
    ),
    "a non-XML answer": (
        lambda: fixed(http_answer(b'{"status": "ok"}', headers="Content-Type: application/json")),
        {},
        'its answer is not XML-RPC ({"status": "ok"})',
    ),
    "plain HTTP on the TLS port": (lambda: _plain_http, {"tls": None}, "plain HTTP, not TLS"),
    "an SSH banner behind a port multiplexer": (
        lambda: after_request(lambda c: c.send(b"SSH-2.0-OpenSSH_9.6\r\n")),
        {},
        "it does not answer in HTTP (",
    ),
    "a flood of headers": (
        lambda: after_request(
            lambda c: c.send(b"HTTP/1.1 200 OK\r\n" + b"X-Filler: x\r\n" * 200 + b"\r\n")
        ),
        {},
        "it does not answer in HTTP (got more than 100 headers)",
    ),
    "TLS 1.0 only": (
        lambda: fixed(http_answer(b"")),
        {"tls": "1.0"},
        "it offers only TLS older than 1.2",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_peer_that_is_not_xapi_is_said_to_be_reached_but_not_xapi(
    case: str,
    sim: Simulator,
    peers: Callable[..., Peer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, options, phrase = CASES[case]
    peer = peers(make(), address=peer_address(sim), port=sim.port, **options)
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(
        outcome,
        peer.address,
        f"{peer.address} answered on port {sim.port}, but not as a XenServer or XCP-ng host",
        phrase,
        "management address",
    )
    assert "powered on" not in outcome.err


def test_a_certificate_that_changes_between_scan_and_login_stops_before_the_password(
    sim: Simulator,
    peers: Callable[..., Peer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    address, master = peer_address(sim), sim.hosts[0]
    first = peers(
        proxy((master.address, sim.port), lambda _m, v: v), address=address, port=sim.port
    )
    found = __import__("asyncio").run(discovery.scan([address], sim.port, timeout=2.0))
    assert [f.fingerprint for f in found] == [first.fingerprint]
    first.stop()
    seen: list[bytes] = []

    def record(conn: Conn) -> None:
        request = conn.read_request()
        if request is not None:
            seen.append(request.raw)

    second = peers(record, address=address, port=sim.port)  # a new certificate, same place
    outcome = validate_against(sim, (address, first.cert), tmp_path, monkeypatch, capsys)  # type: ignore[arg-type]
    assert_clear(outcome, address, "has changed", first_fp(first), first_fp(second), "console")
    assert seen == []  # not one byte of a request, so no password, reached the new peer


def first_fp(peer: Peer) -> str:
    return ":".join(peer.fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()


@pytest.mark.parametrize("kind", ["expired", "for another name"])
def test_pinning_decides_not_the_certificate_dates_or_name(
    kind: str, sim: Simulator, peers: Callable[..., Peer]
) -> None:
    address, master = peer_address(sim), sim.hosts[0]
    cert = (
        make_cert("xcp-01", address, expired=True)
        if kind == "expired"
        else make_cert("www.elsewhere.example", "192.0.2.1")
    )
    peer = peers(
        proxy((master.address, sim.port), lambda _m, v: v),
        address=address,
        port=sim.port,
        cert=cert,
    )
    client = HostClient(Endpoint(address, sim.port), peer.fingerprint, "root", master.password)
    assert client.login().call("pool.get_all")  # pinned: trusted, whatever its dates and name
    other = HostClient(Endpoint(address, sim.port), "ab" * 32, "root", master.password)
    with pytest.raises(Exception, match="has changed") as info:
        other.login()
    assert getattr(info.value, "code", "") == "CERTIFICATE_MISMATCH"


def test_a_scan_over_hostile_peers_finds_only_xapi_and_ends(
    sim: Simulator, peers: Callable[..., Peer], stop: threading.Event
) -> None:
    base = sim.hosts[0].address.rsplit(".", 1)[0]
    from tests.hostile.peers import drip, flood, silent, xapi

    hostile = [
        (fixed(http_answer(LOGIN_PAGE)), {}),
        (after_request(drip(http_answer(xapi("x")), 0.2, stop)), {}),
        (after_request(flood(b"HTTP/1.0 200 OK\r\n\r\n", stop)), {}),
        (silent(stop), {}),
        (fixed(http_answer(b"")), {"tls": "1.0"}),
        (_plain_http, {"tls": None}),
    ]
    for n, (behaviour, options) in enumerate(hostile):
        peers(behaviour, address=f"{base}.{90 + n}", port=sim.port, **options)
    targets = [sim.hosts[0].address] + [f"{base}.{90 + n}" for n in range(len(hostile))]
    import asyncio
    import time

    start = time.monotonic()
    found = asyncio.run(discovery.scan(targets, sim.port, timeout=1.0))
    assert [f.address for f in found] == [sim.hosts[0].address]
    assert time.monotonic() - start < 1.0 * 2 + 10  # connect + answer timeouts, plus slack
