"""XAPI calls per host: for a full build, and for a no-op re-run (which should only read)."""

from __future__ import annotations

import json

from _lab import build_context, client_calls, full_build, run, start_lab


def main() -> None:
    result: dict[str, object] = {"bench": "calls"}
    for scenario in ("smb3", "lab16"):
        sim = start_lab(scenario, 0.0)
        try:
            hosts = len(sim.hosts)
            first = build_context(sim)
            run(full_build(first))
            second = build_context(sim)
            writes_before = sum(len(db.events) for db in sim.world.databases())
            run(full_build(second))
            writes_after = sum(len(db.events) for db in sim.world.databases())
        finally:
            sim.stop()
        result[f"{scenario}_calls_per_host_build"] = round(client_calls(first) / hosts, 1)
        result[f"{scenario}_calls_per_host_noop"] = round(client_calls(second) / hosts, 1)
        # Objects changed by the no-op run (events in XAPI's database): should be 0.
        result[f"{scenario}_noop_changes"] = writes_after - writes_before
    print(json.dumps(result))


if __name__ == "__main__":
    main()
