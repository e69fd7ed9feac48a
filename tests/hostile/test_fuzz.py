"""Generated XML-RPC answers, sent by a real server on loopback, read by the client layer.

Whatever comes back, ``HostClient`` either returns a value or raises the project's
own error naming the host: never an expat, xmlrpc, SDK or Python exception.
"""

from __future__ import annotations

import threading
import xmlrpc.client
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.hostile.peers import Peer, Request, answering, http_answer, xapi
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.errors import XapiFailure, XenPoolError

HOST = "127.0.0.1"


class Script:
    """The answer the peer gives to the next non-login call (set per example)."""

    def __init__(self) -> None:
        self.body = b""
        self.lock = threading.Lock()

    def reply(self, request: Request) -> bytes:
        if request.method == "session.login_with_password":
            return http_answer(xapi("OpaqueRef:session"))
        with self.lock:
            return self.body


@pytest.fixture(scope="module")
def scripted() -> Iterator[tuple[Peer, Script]]:
    script = Script()
    peer = Peer(answering(script.reply)).start()
    yield peer, script
    peer.stop()


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**31), 2**31 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
envelopes = st.one_of(
    st.builds(lambda v: {"Status": "Success", "Value": v}, values),
    st.builds(lambda v: {"Status": "Failure", "ErrorDescription": v}, values),
    st.builds(lambda s, v: {"Status": s, "Value": v}, texts, values),
    st.dictionaries(texts, values, max_size=3),
    values,
)


def _xml(envelope: Any) -> bytes:
    return xmlrpc.client.dumps((envelope,), methodresponse=True, allow_none=True).encode()


bodies = st.one_of(
    envelopes.map(_xml),
    # the same, cut anywhere, or with a byte changed
    st.tuples(envelopes.map(_xml), st.floats(0, 1)).map(lambda t: t[0][: int(len(t[0]) * t[1])]),
    st.tuples(envelopes.map(_xml), st.floats(0, 1), st.binary(min_size=1, max_size=3)).map(
        lambda t: t[0][: int(len(t[0]) * t[1])] + t[2] + t[0][int(len(t[0]) * t[1]) + 1 :]
    ),
    st.binary(max_size=200),
)
statuses = st.sampled_from(["200 OK", "200 OK", "200 OK", "302 Found", "500 Internal Error"])


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies, status=statuses)
@example(body=_xml({"Status": "Failure", "ErrorDescription": [""]}), status="200 OK")
def test_any_answer_parses_or_is_our_error_naming_the_host(
    scripted: tuple[Peer, Script], body: bytes, status: str
) -> None:
    peer, script = scripted
    with script.lock:
        script.body = http_answer(body, status=status)
    client = HostClient(Endpoint(HOST, peer.port), peer.fingerprint, "root", "pw", timeout=2.0)
    try:
        client.call("pool.get_all")
    except XapiFailure as failure:  # a well-formed XAPI failure: the host is known to it
        assert failure.host == HOST
        assert failure.code and isinstance(failure.code, str)
    except XenPoolError as error:
        assert HOST in error.message, error
    finally:
        client.logout()
