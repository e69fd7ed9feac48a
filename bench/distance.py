"""A build at a distance: what each round trip between the wizard and the hosts costs.

Builds smb3 and lab16 with the simulator's operation durations scaled as
bench/orchestration.py does, at three round-trip times (the scenario's
per-call latency, scaled the same way, so the ratio is what a real build at
that distance would show); each new connection also waits two round trips
(TCP's handshake and TLS 1.3's) before its first call. Prints wall time,
critical path, their ratio, the XAPI calls made, and the calls on the critical
path: those that started while no other call was in flight, i.e. round trips
nothing else overlapped; then smb3 again with the hosts pinned beforehand
(``..._pinned_ratio``), where a login needs no certificate fetch of its own.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from _lab import build_context, full_build, run, start_lab
from orchestration import SCALE, critical_seconds

from wizard.simulator import Simulator

ROUND_TRIPS_MS = (15, 100, 300)
SCENARIOS = ("smb3", "lab16")


class InFlight:
    """Plays the round trip at the simulator's dispatcher; counts calls, and those that ran alone."""

    def __init__(self, sim: Simulator, round_trip_s: float) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self.calls = 0
        self.alone = 0
        dispatcher = sim.endpoints.dispatcher
        handle = dispatcher.handle

        def counted(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self.calls += 1
                if self._running == 0:
                    self.alone += 1
                self._running += 1
            try:
                time.sleep(round_trip_s)
                return handle(*args, **kwargs)
            finally:
                with self._lock:
                    self._running -= 1

        dispatcher.handle = counted  # type: ignore[method-assign]


def measure(scenario: str, round_trip_ms: int, pinned: bool = False) -> dict[str, float]:
    """One build; ``pinned``: the hosts' certificates are pinned beforehand, as the GUI has
    them once the Hosts page is confirmed and as a second ``apply`` finds them."""
    sim = start_lab(scenario, SCALE)
    try:
        # The round trip is spent inside the counted window (the server's own
        # latency sleeps before it), so overlapping calls are seen as such.
        sim.world.timing.latency = 0.0
        # A new connection's TCP and TLS 1.3 set-up: a round trip each, before its first call.
        sim.world.timing.setup_latency = 2 * round_trip_ms / 1000.0
        counter = InFlight(sim, round_trip_ms / 1000.0 * SCALE)
        ctx = build_context(sim)
        if pinned:
            ctx.trust.store.pin_many({host.address: host.fingerprint for host in sim.hosts})
        started = time.perf_counter()
        run(full_build(ctx))
        wall = time.perf_counter() - started
        critical = critical_seconds(sim.world.timing.durations, len(sim.hosts)) * SCALE
    finally:
        sim.stop()
    return {
        "wall_s": round(wall, 3),
        "critical_s": round(critical, 3),
        "ratio": round(wall / critical, 3),
        "calls": counter.calls,
        "calls_alone": counter.alone,
    }


def main() -> None:
    result: dict[str, object] = {"bench": "distance", "scale": SCALE}
    for scenario in SCENARIOS:
        for rtt in ROUND_TRIPS_MS:
            for key, value in measure(scenario, rtt).items():
                result[f"{scenario}_{rtt}ms_{key}"] = value
    for rtt in ROUND_TRIPS_MS:
        result[f"smb3_{rtt}ms_pinned_ratio"] = measure("smb3", rtt, pinned=True)["ratio"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
