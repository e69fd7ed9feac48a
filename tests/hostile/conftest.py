"""Fixtures for hostile peers: a peer in the simulated lab's address block, and `validate`
run through the real CLI against a plan whose master is that peer."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.conftest import inventory
from tests.hostile.peers import Behaviour, Cert, Peer
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator

# Every case runs with this call timeout (XENPOOL_TIMEOUT), so a hang is stopped in
# seconds; the wizard's own default is 60 s.
TIMEOUT = 2.0
# The bound on a case's time to fail: the timeout, a second try of the certificate
# fetch (5 s connect timeout, never reached here) aside, plus generous slack for a
# loaded machine. Not a speed target: it catches a hang.
SLACK = 15.0


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float


@pytest.fixture
def stop() -> Iterator[threading.Event]:
    """Set at the end of a test: peers that stall or drip give up."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture(autouse=True)
def _short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XENPOOL_TIMEOUT", str(TIMEOUT))


@pytest.fixture
def peers() -> Iterator[Callable[..., Peer]]:
    started: list[Peer] = []

    def start(behaviour: Behaviour, **kwargs: object) -> Peer:
        peer = Peer(behaviour, **kwargs).start()  # type: ignore[arg-type]
        started.append(peer)
        return peer

    yield start
    for peer in started:
        peer.stop()


def peer_address(sim: Simulator) -> str:
    """A free address in the lab's own loopback block (its hosts are .11, .12, ...)."""
    return sim.hosts[0].address.rsplit(".", 1)[0] + ".99"


def validate_against(
    sim: Simulator,
    peer: Peer | tuple[str, Cert],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *extra: str,
) -> Outcome:
    """`xenpool-wizard validate` on the lab's plan with its master replaced by ``peer``
    (pinned in the plan, as a user who checked the fingerprint would); the lab's hosts
    are asserted unchanged."""
    address, fingerprint = (
        (peer.address, peer.fingerprint)
        if isinstance(peer, Peer)
        else (peer[0], peer[1].fingerprint)
    )
    plan = lab_plan(sim)
    plan.hosts[0].address = address
    plan.hosts[0].fingerprint = fingerprint
    plan.master = address
    path = tmp_path / "pool.toml"
    save(plan, path)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    before = inventory(sim)
    capsys.readouterr()
    start = time.monotonic()
    code = cli.main(["validate", str(path), "--pins", str(tmp_path / "pins.json"), *extra])
    seconds = time.monotonic() - start
    captured = capsys.readouterr()
    assert inventory(sim) == before  # nothing changed on any host
    return Outcome(code, captured.out, captured.err, seconds)


def assert_clear(
    outcome: Outcome, host: str, *phrases: str, bound: float = TIMEOUT + SLACK
) -> None:
    """A connection failure, said in words naming the host, without a traceback, in time."""
    text = outcome.out + outcome.err
    assert outcome.code == exitcodes.EXIT_CONNECTION, text
    assert "Traceback" not in text and "Error:" not in text, text
    assert host in outcome.err, text
    for phrase in phrases:
        assert phrase in outcome.err, text
    assert "powered on" not in outcome.err or "did not answer" in outcome.err, text
    assert outcome.seconds < bound, f"took {outcome.seconds:.1f} s (bound {bound:.0f} s)"
