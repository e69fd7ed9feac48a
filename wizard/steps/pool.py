"""Name the pool, then join the members one at a time."""

from __future__ import annotations

import asyncio
import shlex
import time
from collections.abc import Awaitable, Callable

from wizard.steps.base import POOL, Action, Step
from wizard.steps.context import BuildContext, BuildStopped
from wizard.xapi.errors import HostUnreachable, XapiFailure

# How long a new member may take to show up live and enabled on the master.
MEMBER_SETTLE_TIMEOUT = 300.0


def q(value: str) -> str:
    return shlex.quote(value)


class PoolNameStep(Step):
    key = "pool"
    title = "Create the pool"

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        name = ctx.plan.pool_name
        master = ctx.facts.get(ctx.plan.master_host.address)
        if master is not None and master.pool_name == name:
            return []

        async def run(progress: Callable[[float], None]) -> None:
            pool = (await ctx.pool_call("pool.get_all"))[0]
            await ctx.pool_call("pool.set_name_label", pool, name, action="name the pool")
            progress(1.0)

        return [
            Action(
                POOL,
                f"name the pool {name!r} with {ctx.plan.master_host.name or ctx.plan.master_host.address} as master",
                [
                    f"xe -s {q(ctx.plan.master_host.address)} pool-param-set uuid=$(xe -s {q(ctx.plan.master_host.address)} pool-list --minimal) name-label={q(name)}"
                ],
                run,
            )
        ]


class JoinStep(Step):
    """Members join one at a time: XAPI's update check can trip on a host still settling."""

    key = "join"
    title = "Join the members"

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [h.address for h in ctx.plan.members]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        master = ctx.plan.master_host.address
        out = []
        for group, host in enumerate(ctx.plan.members):
            if not ctx.offline and ctx.in_pool(host.address):
                continue
            out.append(
                Action(
                    host.address,
                    f"join {host.name or host.address} to the pool of {master}",
                    [
                        f'xe -s {q(host.address)} -u {q(ctx.plan.username)} -pw "$XENPOOL_PASSWORD" '
                        f"pool-join master-address={q(master)} master-username={q(ctx.plan.username)} "
                        'master-password="$XENPOOL_PASSWORD"'
                    ],
                    self._runner(ctx, host.address),
                    group=group,
                )
            )
        return out

    def _runner(
        self, ctx: BuildContext, address: str
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        async def run(progress: Callable[[float], None]) -> None:
            joiner = ctx.standalone.get(address)
            if joiner is None:
                raise BuildStopped(f"{address} is not connected", "Run the build again.")
            master = ctx.plan.master_host.address
            try:
                await joiner.run_task(
                    "pool.join",
                    master,
                    ctx.plan.username,
                    ctx.password,
                    action=f"join {address} to the pool",
                    progress=lambda f: progress(f * 0.8),
                    cancel=ctx.cancel,
                )
            except (HostUnreachable, XapiFailure) as exc:
                # xapi restarts on the joiner when the join commits: a lost
                # connection or HOST_IS_SLAVE then means success. The master knows.
                if isinstance(exc, XapiFailure) and exc.code not in (
                    "HOST_IS_SLAVE",
                    "SESSION_INVALID",
                    "HANDLE_INVALID",
                ):
                    raise
                await asyncio.sleep(0)
            await self._wait_until_member(ctx, address, progress)
            ctx.standalone.pop(address, None)
            await ctx.refresh()

        return run

    async def _wait_until_member(
        self, ctx: BuildContext, address: str, progress: Callable[[float], None]
    ) -> None:
        deadline = time.monotonic() + MEMBER_SETTLE_TIMEOUT
        delay = 0.05
        while True:
            hosts = await ctx.pool_call("host.get_all_records")
            for ref, host in hosts.items():
                if host["address"] != address:
                    continue
                live = (
                    (await ctx.pool_call("host_metrics.get_live", host["metrics"]))
                    if host["metrics"] != "OpaqueRef:NULL"
                    else False
                )
                if host["enabled"] and live:
                    progress(1.0)
                    return
                del ref
            if time.monotonic() > deadline:
                raise BuildStopped(
                    f"{address} did not appear as a live member of the pool within {MEMBER_SETTLE_TIMEOUT:.0f} s",
                    f"Check {address}'s console (xe host-list) and its network path to the master; then run the build again.",
                )
            progress(0.85)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)
