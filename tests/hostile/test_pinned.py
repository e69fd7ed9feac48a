"""A pinned host is reached by one connection, the call's own, which checks the pin itself.

The certificate fetch before a login is for first contact only: once a fingerprint is
pinned, a second TCP and TLS set-up per login would cost round trips at a distance. So
what the fetch used to catch (a changed certificate, a port that never begins TLS, a
host that is off) must be caught by the call's connection, as clearly and as fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.hostile.conftest import TIMEOUT, peer_address
from tests.hostile.peers import Peer, make_cert, proxy, silent
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.errors import HostUnreachable
from wizard.xapi.transport import CONNECT_TIMEOUT, CertificateMismatch
from wizard.xapi.trust import PinStore, Trust


def _methods(seen: list[str]) -> Callable[[str, Any], Any]:
    def rewrite(method: str, answer: Any) -> Any:
        seen.append(method)
        return answer

    return rewrite


def _upstream(sim: Simulator) -> tuple[str, int]:
    return sim.hosts[0].address, sim.port


def _login(trust: Trust, peer: Peer, sim: Simulator) -> HostClient:
    address = peer.address
    client = HostClient(
        Endpoint(address, peer.port),
        trust.fingerprint_for(address),
        sim.hosts[0].username,
        sim.hosts[0].password,
        timeout=TIMEOUT,
    )
    return client.login()


def test_a_pinned_host_is_reached_by_the_logins_connection_alone(
    sim: Simulator, peers: Callable[..., Peer]
) -> None:
    seen: list[str] = []
    host = sim.hosts[0]
    # The peer presents the lab host's own certificate: it is that host, one hop away.
    cert = make_cert("xapi", host.address)
    peer = peers(proxy(_upstream(sim), _methods(seen)), address=peer_address(sim), cert=cert)
    store = PinStore()
    store.pin(peer.address, peer.fingerprint)
    client = _login(Trust(store, port=peer.port), peer, sim)
    assert client.call("pool.get_all")
    assert seen == ["session.login_with_password", "pool.get_all"]
    assert peer.connections == 1  # no certificate fetch before the login


def test_first_contact_still_fetches_the_certificate_and_pins_it(
    sim: Simulator, peers: Callable[..., Peer]
) -> None:
    seen: list[str] = []
    peer = peers(proxy(_upstream(sim), _methods(seen)), address=peer_address(sim))
    store = PinStore()
    # Planned (the user checked it) but not pinned yet: compared on a fetch, then pinned.
    trust = Trust(store, planned={peer.address: peer.fingerprint}, port=peer.port)
    _login(trust, peer, sim)
    assert peer.connections == 2
    assert store.get(peer.address) == peer.fingerprint
    _login(trust, peer, sim)
    assert peer.connections == 3  # pinned now: one connection per login


def test_a_pinned_host_with_another_certificate_is_sent_nothing(
    sim: Simulator, peers: Callable[..., Peer]
) -> None:
    seen: list[str] = []
    peer = peers(proxy(_upstream(sim), _methods(seen)), address=peer_address(sim))
    store = PinStore()
    store.pin(peer.address, "ab" * 32)  # what the host presented before
    with pytest.raises(CertificateMismatch) as caught:
        _login(Trust(store, port=peer.port), peer, sim)
    assert caught.value.address == peer.address
    assert peer.fingerprint in caught.value.message.replace(":", "").lower()
    time.sleep(0.2)  # had anything been forwarded, the proxy would have seen it by now
    assert seen == []
    assert store.get(peer.address) == "ab" * 32  # the pin is not replaced


def test_a_pinned_host_that_accepts_and_never_begins_tls_is_told_at_the_set_up_timeout(
    sim: Simulator, peers: Callable[..., Peer], stop: threading.Event
) -> None:
    peer = peers(silent(stop), address=peer_address(sim), tls=None)
    store = PinStore()
    store.pin(peer.address, peer.fingerprint)
    start = time.monotonic()
    with pytest.raises(HostUnreachable) as caught:
        _login(Trust(store, port=peer.port), peer, sim)
    took = time.monotonic() - start
    limit = min(TIMEOUT, CONNECT_TIMEOUT)
    assert caught.value.message == (
        f"{peer.address} accepted a connection on port {peer.port} but did not begin TLS "
        f"within {limit:g} s"
    )
    assert "xe-toolstack-restart" in caught.value.advice
    assert peer.connections == 1  # a handshake that timed out is not tried again
    assert took < limit + 5, f"took {took:.1f} s"


def test_a_pinned_host_that_is_off_is_said_to_be_unreachable(sim: Simulator) -> None:
    address = peer_address(sim)  # nothing listens there: refused at once, as an off host's
    store = PinStore()
    store.pin(address, "cd" * 32)
    with pytest.raises(HostUnreachable) as caught:
        HostClient(
            Endpoint(address, sim.port),
            Trust(store, port=sim.port).fingerprint_for(address),
            "root",
            "password",
            timeout=TIMEOUT,
        ).login()
    assert caught.value.message.startswith(f"{address} did not answer on port {sim.port} (")
    assert "powered on" in caught.value.advice
