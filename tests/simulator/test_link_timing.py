"""The scenario's link: a round trip per call, and two more (TCP's, TLS 1.3's) per new
connection, so a client that opens connections it does not need pays for them here too.
Recorded, not timed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import sdk_session
from wizard.simulator import Simulator
from wizard.simulator import server as simserver


def test_a_new_connection_costs_two_round_trips_before_its_first_call(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("smb3", time_scale=1.0)  # smb3: latency_ms = 15
    assert sim.world.timing.latency == pytest.approx(0.015)
    assert sim.world.timing.setup_latency == pytest.approx(0.030)
    played: list[float] = []
    monkeypatch.setattr(simserver, "_play_link", lambda seconds: played.append(round(seconds, 6)))
    api = sdk_session(sim.hosts[0]).xenapi  # a connection, then the login on it
    assert played == [0.03, 0.015]
    played.clear()
    api.pool.get_all()  # the same kept-alive connection: one round trip
    assert played == [0.015]


def test_the_link_is_scaled_with_the_scenarios_time(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("smb3", time_scale=0.5)
    played: list[float] = []
    monkeypatch.setattr(simserver, "_play_link", lambda seconds: played.append(round(seconds, 6)))
    sdk_session(sim.hosts[0])
    assert played == [0.015, 0.0075]
