"""Helpers for fault tests: run the engine in-process and count what the pool holds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.conftest import sdk_session
from wizard.demo import lab_plan
from wizard.findings import Finding
from wizard.plan import Plan
from wizard.progress import Progress, State
from wizard.simulator import Simulator
from wizard.steps.context import BuildContext
from wizard.steps.engine import run_steps
from wizard.steps.preflight import preflight
from wizard.xapi.trust import PinStore, Trust


@dataclass
class Hooks:
    """Run a callback the first time a step reaches a state (a fault at a precise moment)."""

    on: dict[tuple[str, State], Callable[[Progress], None]] = field(default_factory=dict)
    seen: list[Progress] = field(default_factory=list)

    def __call__(self, event: Progress) -> None:
        self.seen.append(event)
        hook = self.on.pop((event.step, event.state), None)
        if hook is not None:
            hook(event)


def build(
    sim: Simulator, plan: Plan | None = None, hooks: Hooks | None = None, **options: Any
) -> BuildContext:
    """Connect, pre-flight and run every step; raises what the build raises."""
    ctx = BuildContext(
        plan=plan or lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
        report=hooks or Hooks(),
        **options,
    )

    async def go() -> None:
        try:
            await ctx.connect()
            findings = await preflight(ctx)
            blockers = [f.render() for f in findings if f.blocking]
            assert not blockers, blockers
            await run_steps(ctx)
        finally:
            await ctx.close()

    asyncio.run(go())
    return ctx


def preflight_only(sim: Simulator, plan: Plan | None = None) -> list[Finding]:
    """Connect and run every pre-flight check; nothing is changed."""
    ctx = BuildContext(
        plan=plan or lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
    )

    async def go() -> list[Finding]:
        try:
            await ctx.connect()
            return await preflight(ctx)
        finally:
            await ctx.close()

    return asyncio.run(go())


def inventory(sim: Simulator) -> dict[str, Any]:
    """What the pool holds, to prove a resumed build made nothing twice."""
    api = sdk_session(sim.hosts[0]).xenapi
    srs = {r: s for r, s in api.SR.get_all_records().items() if s["shared"]}
    vdis = api.VDI.get_all_records().values()
    pool = api.pool.get_record(api.pool.get_all()[0])
    return {
        "hosts": len(api.host.get_all()),
        "storage_networks": sum(
            1
            for n in api.network.get_all_records().values()
            if n["name_label"].startswith("Storage VLAN")
        ),
        "vlans": len(api.VLAN.get_all()),
        "shared_srs": sorted(s["name_label"] for s in srs.values()),
        "pbds_per_sr": sorted(len(s["PBDs"]) for s in srs.values()),
        "plugged": all(api.PBD.get_currently_attached(p) for s in srs.values() for p in s["PBDs"]),
        "statefiles": sum(1 for v in vdis if v["type"] == "ha_statefile"),
        "redo_logs": sum(1 for v in vdis if v["type"] == "redo_log"),
        "ha": pool["ha_enabled"],
    }


FINISHED = {
    "hosts": 3,
    "storage_networks": 1,
    "vlans": 3,
    "shared_srs": ["HA heartbeat", "iSCSI storage"],
    "pbds_per_sr": [3, 3],
    "plugged": True,
    "statefiles": 1,
    "redo_logs": 1,
    "ha": True,
}
