"""Answers that are not what XML-RPC promises, from a peer the plan pins as its master.

Each case: `validate` stops with exit 6 and words naming the host, what it sent and
what to do; no traceback; nothing changed on the lab's hosts; memory bounded by the
answer cap; finished within the call timeout plus slack (the stated bound, see conftest).
"""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.conftest import TIMEOUT, assert_clear, peer_address, validate_against
from tests.hostile.peers import (
    Peer,
    after_request,
    drip,
    fixed,
    flood,
    http_answer,
    xapi,
)
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.errors import AnswerTimeout, MalformedAnswer, XenPoolError
from wizard.xapi.transport import MAX_ANSWER_BYTES

XML = b'<?xml version="1.0"?>\n'
STATUS_ONLY = (
    XML + b"<methodResponse><params><param><value><struct><member><name>Status</name>"
    b"<value>Success</value></member></struct></value></param></params></methodResponse>"
)
BOMB = (
    XML + b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<methodResponse><params><param><value>&lol3;</value></param></params></methodResponse>"
)
LOGIN_PAGE = (
    b"<!DOCTYPE html><html><head><title>Synology DiskStation - Sign in</title></head>"
    b"<body><form>user <input name=u></form></body></html>"
)
NUMBER_STATUS = (
    XML + b"<methodResponse><params><param><value><struct><member><name>Status</name>"
    b"<value><int>1</int></value></member></struct></value></param></params></methodResponse>"
)

CASES: dict[str, tuple[Callable[[threading.Event], object], str]] = {
    "truncated XML": (
        lambda _s: fixed(http_answer(xapi("OpaqueRef:session")[:-40])),
        "its XML-RPC is broken or cut off",
    ),
    "cut off before Content-Length": (
        lambda _s: after_request(
            lambda c: c.send(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + XML)
        ),
        "the answer was cut off after",
    ),
    "entity bomb": (lambda _s: fixed(http_answer(BOMB)), "declares entities"),
    "Status without Value": (
        lambda _s: fixed(http_answer(STATUS_ONLY)),
        "session.login_with_password answered a Success without a Value",
    ),
    "a number where Status text is due": (
        lambda _s: fixed(http_answer(NUMBER_STATUS)),
        "no Status Success or Failure (1)",
    ),
    "a Failure without an error code": (
        lambda _s: fixed(
            http_answer(
                XML + b"<methodResponse><params><param><value><struct><member><name>Status"
                b"</name><value>Failure</value></member><member><name>ErrorDescription</name>"
                b"<value><array><data/></array></value></member></struct></value></param>"
                b"</params></methodResponse>"
            )
        ),
        "a Failure without an error code",
    ),
    "an XML-RPC fault": (
        lambda _s: fixed(
            http_answer(
                __import__("xmlrpc.client")
                .client.dumps(__import__("xmlrpc.client").client.Fault(3, "no such method"))
                .encode()
            )
        ),
        "an XML-RPC fault (3: no such method)",
    ),
    "a 200 MB answer announced": (
        lambda s: after_request(
            flood(b"HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n" + XML, s, 200 * 2**20)
        ),
        "the answer is larger than 64 MB",
    ),
    "an answer that never ends": (
        lambda s: after_request(
            flood(
                b"HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n"
                + XML
                + b"<methodResponse><params><param><value><array><data>",
                s,
            )
        ),
        "the answer is larger than 64 MB",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_answer_that_is_not_xml_rpc_is_named_and_stops_cleanly(
    case: str,
    sim: Simulator,
    peers: Callable[..., Peer],
    stop: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, phrase = CASES[case]
    peer = peers(make(stop), address=peer_address(sim), port=sim.port)
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(outcome, peer.address, "cannot read", phrase, "XenServer or XCP-ng host")


def _login_error(peer: Peer) -> tuple[XenPoolError, float, int]:
    """Log in to ``peer`` directly; the error, the seconds it took and the peak memory."""
    client = HostClient(Endpoint(peer.address, peer.port), peer.fingerprint, "root", "pw")
    tracemalloc.start()
    start = time.monotonic()
    try:
        with pytest.raises(XenPoolError) as info:
            client.login()
        return info.value, time.monotonic() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_an_endless_answer_is_read_only_up_to_the_cap(
    peers: Callable[..., Peer], stop: threading.Event
) -> None:
    head = b"HTTP/1.0 200 OK\r\n\r\n" + XML + b"<methodResponse><params><param><value><array>"
    peer = peers(after_request(flood(head, stop)))
    error, seconds, peak = _login_error(peer)
    assert isinstance(error, MalformedAnswer) and error.host == "127.0.0.1"
    assert "larger than 64 MB" in error.message
    # bounded memory: the cap plus the chunks being joined, not the stream
    assert peak < 2 * MAX_ANSWER_BYTES + 16 * 2**20, f"peak {peak / 2**20:.0f} MB"
    assert seconds < TIMEOUT + 30  # a hang bound (a 64 MB read on a loaded box), not speed


@pytest.mark.parametrize("where", ["in the headers", "in the body"])
def test_a_slowloris_answer_is_stopped_at_the_deadline_for_the_whole_answer(
    where: str, peers: Callable[..., Peer], stop: threading.Event
) -> None:
    answer = http_answer(xapi("OpaqueRef:session"))
    # one byte every 0.2 s: every single read is quick, the whole answer never comes
    if where == "in the headers":
        behaviour = after_request(drip(answer, 0.2, stop))
    else:
        head, _, body = answer.partition(b"\r\n\r\n")
        behaviour = after_request(lambda c: c.send(head + b"\r\n\r\n") and drip(body, 0.2, stop)(c))
    peer = peers(behaviour)
    error, seconds, _ = _login_error(peer)
    assert isinstance(error, AnswerTimeout), error
    assert error.address == "127.0.0.1"
    assert "began to answer session.login_with_password" in error.message
    assert f"within {TIMEOUT:.0f} s" in error.message and "resumes" in error.advice
    assert seconds < TIMEOUT + 10  # the deadline, not 0.2 s per byte forever


def test_a_failure_with_an_empty_error_code_is_not_a_xapi_failure(
    peers: Callable[..., Peer],
) -> None:
    # found by the fuzz test: ErrorDescription [""] made a XapiFailure with no code or text
    empty = {"Status": "Failure", "ErrorDescription": [""]}
    body = __import__("xmlrpc.client").client.dumps((empty,), methodresponse=True).encode()
    peer = peers(fixed(http_answer(body)))
    error, _seconds, _peak = _login_error(peer)
    assert isinstance(error, MalformedAnswer) and "a Failure without an error code" in error.message
