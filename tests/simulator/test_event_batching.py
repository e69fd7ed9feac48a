"""XAPI's own pauses inside event.from, by version (xapi_event.ml, xapi_globs.ml, throttle.ml).

What a client pays per event.from on a real host: 24.19 looks again 50 ms after each change
that woke a waiting call; 25.5 brought Throttle.Batching (no pause first, then 3.125 ms
doubling to 50 ms); 26.10 pauses 50 ms before the first look except for calls that watch
tasks only. The simulator plays them scaled by its time scale; the tests record them
instead of timing them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import sdk_session
from wizard.simulator import Simulator
from wizard.simulator import events as simevents
from wizard.simulator.dispatch import Call


def _record_pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    pauses: list[float] = []
    real = simevents._pause

    def recorded(call: Any, seconds: float) -> None:
        pauses.append(round(seconds, 6))
        real(call, 0.0)

    monkeypatch.setattr(simevents, "_pause", recorded)
    return pauses


def _with_xapi(sim: Simulator, build: str) -> None:
    for machine in sim.world.machines.values():
        record = machine.db.get("host", machine.host_ref)
        record["software_version"] = {**record["software_version"], "xapi_build": build}


@pytest.mark.parametrize(
    ("build", "first_pause"), [("24.19.2", 0.0), ("25.33.1", 0.0), ("26.10.0", 0.05)]
)
def test_the_first_look_pauses_only_on_26_10_and_not_for_tasks(
    make_sim: Callable[..., Simulator],
    monkeypatch: pytest.MonkeyPatch,
    build: str,
    first_pause: float,
) -> None:
    sim = make_sim("smb3", time_scale=1.0)
    sim.world.timing.latency = 0.0
    _with_xapi(sim, build)
    api = sdk_session(sim.hosts[0]).xenapi
    event_from = getattr(api.event, "from")
    pauses = _record_pauses(monkeypatch)
    batch = event_from(["host", "network"], "", 0)
    assert batch["events"] and pauses == [first_pause]
    pauses.clear()
    task = api.task.create("watched", "")
    event_from([f"task/{task}"], "", 0)
    assert pauses == [0.0]  # tasks only: XAPI looks at once on every version


def _woken_once(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """One event.from that waits, woken by a change to the host's name."""
    api = sdk_session(sim.hosts[0]).xenapi
    event_from = getattr(api.event, "from")
    host = api.host.get_all()[0]
    token = event_from(["host"], "", 0)["token"]
    pauses = _record_pauses(monkeypatch)
    other = sdk_session(sim.hosts[0]).xenapi  # an SDK session is one connection: its own
    changer = threading.Timer(0.2, other.host.set_name_label, (host, "renamed"))
    changer.start()
    try:
        batch = event_from(["host"], token, 10.0)
    finally:
        changer.join()
    assert [e["snapshot"]["name_label"] for e in batch["events"]] == ["renamed"]
    return pauses


@pytest.mark.parametrize(
    ("build", "pauses"),
    [
        ("24.19.2", [0.0, 0.05]),  # looks again 50 ms after the change that woke it
        ("25.33.1", [0.0, 0.0]),  # Throttle.Batching: the first look again is at once
        ("26.10.0", [0.05, 0.0]),  # a pause first, then at once after the wake
    ],
)
def test_a_waiting_call_woken_by_a_change_pauses_as_its_version_does(
    make_sim: Callable[..., Simulator],
    monkeypatch: pytest.MonkeyPatch,
    build: str,
    pauses: list[float],
) -> None:
    sim = make_sim("smb3", time_scale=1.0)
    sim.world.timing.latency = 0.0
    _with_xapi(sim, build)
    assert _woken_once(sim, monkeypatch) == pauses


def test_pauses_follow_the_time_scale_and_vanish_at_zero(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("smb3", time_scale=0.0)
    _with_xapi(sim, "26.10.0")
    api = sdk_session(sim.hosts[0]).xenapi
    pauses = _record_pauses(monkeypatch)
    getattr(api.event, "from")(["host"], "", 0)
    assert pauses == [0.0]


def test_the_pauses_after_25_5_double_to_50_ms(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = make_sim("smb3")
    _with_xapi(sim, "25.33.1")
    machine = next(iter(sim.world.machines.values()))
    call = Call(sim.world, machine, machine.db, None, "event.from")
    before, again = simevents._pauses(call, {"host"})
    assert before == 0.0
    sequence = [0.0, 0.00625, 0.0125, 0.025, 0.05, 0.05]
    assert [round(next(again), 6) for _ in sequence] == sequence
