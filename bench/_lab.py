"""Shared by the benchmarks: a simulated lab and an in-process engine run."""

from __future__ import annotations

import asyncio
import itertools
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.demo import lab_plan
from wizard.simulator import Simulator
from wizard.steps.context import BuildContext
from wizard.steps.engine import run_steps
from wizard.steps.preflight import preflight
from wizard.xapi.trust import PinStore, Trust

_blocks = itertools.count(1)


def start_lab(scenario: str, time_scale: float) -> Simulator:
    block = next(_blocks)
    return Simulator(scenario, time_scale=time_scale, base_address=f"127.200.{block}.11").start()


def build_context(sim: Simulator, **options: Any) -> BuildContext:
    return BuildContext(
        plan=lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
        **options,
    )


async def full_build(ctx: BuildContext) -> None:
    try:
        await ctx.connect()
        blockers = [f.render() for f in await preflight(ctx) if f.blocking]
        if blockers:
            raise SystemExit("pre-flight blockers: " + "; ".join(blockers))
        await run_steps(ctx)
    finally:
        await ctx.close()


def client_calls(ctx: BuildContext) -> int:
    return ctx.calls


def run(coro: Any) -> Any:
    return asyncio.run(coro)
