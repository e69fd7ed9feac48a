"""How close a build gets to the time the hosts themselves need.

Builds lab16 and lab64 in the simulator with its per-operation durations
(scaled down so the run is short) and compares the wall time with the
critical path XAPI's ordering allows: members join one at a time on the
master; the VLAN is one pool-wide call; IPs are set on all hosts at once;
each SR needs one probe and one create, and the two SRs (different LUNs)
can be made at the same time; HA enables once, after the heartbeat SR.
"""

from __future__ import annotations

import json
import time

from _lab import build_context, full_build, run, start_lab

SCALE = 0.05  # 1 simulated second = 50 ms: the whole bench stays under 5 minutes


def critical_seconds(durations: dict[str, float], hosts: int) -> float:
    d = durations.get
    per_sr = d("SR.probe", 0.0) + d("SR.create", 0.0)  # both SRs at once: one counts
    return (
        (hosts - 1) * d("pool.join", 0.0)
        + d("pool.create_VLAN_from_PIF", 0.0)
        + d("PIF.reconfigure_ip", 0.0)
        + per_sr
        + d("pool.enable_ha", 0.0)
    )


def measure(scenario: str) -> dict[str, float]:
    sim = start_lab(scenario, SCALE)
    try:
        ctx = build_context(sim)
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
    }


def main() -> None:
    result = {"bench": "orchestration", "scale": SCALE}
    for scenario in ("lab16", "lab64"):
        for key, value in measure(scenario).items():
            result[f"{scenario}_{key}"] = value
    print(json.dumps(result))


if __name__ == "__main__":
    main()
