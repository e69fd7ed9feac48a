"""A port that accepts and then says nothing: stopped at a stated timeout, said as such.

Stated bounds: the certificate fetch waits 5 s for the TLS handshake; a call waits
XENPOOL_TIMEOUT (2 s in these tests, 60 s by default) for its whole answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.conftest import TIMEOUT, assert_clear, peer_address, validate_against
from tests.hostile.peers import Peer, silent
from wizard.simulator import Simulator

FETCH_TIMEOUT = 5.0  # transport.fetch_certificate's handshake wait


def test_a_port_that_accepts_and_never_begins_tls(
    sim: Simulator,
    peers: Callable[..., Peer],
    stop: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    peer = peers(silent(stop), address=peer_address(sim), port=sim.port, tls=None)
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(
        outcome,
        peer.address,
        f"accepted a connection on port {sim.port} but did not begin TLS within 5 s",
        "xe-toolstack-restart",
        bound=FETCH_TIMEOUT + 15,
    )
    assert "powered on" not in outcome.err


def test_a_host_that_accepts_the_call_and_never_answers(
    sim: Simulator,
    peers: Callable[..., Peer],
    stop: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    peer = peers(silent(stop), address=peer_address(sim), port=sim.port)
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(
        outcome,
        peer.address,
        f"accepted session.login_with_password but did not answer within {TIMEOUT:g} s",
        "xe-toolstack-restart",
    )
    assert "powered on" not in outcome.err
