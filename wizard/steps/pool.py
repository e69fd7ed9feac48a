"""Name the pool, then join the members one at a time."""

from __future__ import annotations

import asyncio
import shlex
import time
from collections.abc import Awaitable, Callable
from typing import Any

from wizard.checks.pool_join import needs_force
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import HostPlan
from wizard.progress import POOL
from wizard.steps.base import Action, Step, comment, stop, xe_at
from wizard.steps.context import BuildContext, BuildStopped
from wizard.xapi.aio import in_thread
from wizard.xapi.client import Endpoint, HostClient, MasterIsElsewhere
from wizard.xapi.errors import ConnectionBroken, HostUnreachable, XapiFailure


def q(value: str) -> str:
    return shlex.quote(value)


class PoolNameStep(Step):
    key = "pool"
    title = QT_TRANSLATE_NOOP("Steps", "Create the pool")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        name = ctx.plan.pool_name
        xe_master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        master = ctx.facts.get(ctx.plan.master_host.address)
        if master is not None and master.pool_name == name:
            return []

        async def run(progress: Callable[[float], None]) -> None:
            pool = await ctx.pool_ref()
            await ctx.pool_call(
                "pool.set_name_label", pool, name, action=translate("Steps", "name the pool")
            )
            progress(1.0)

        return [
            Action(
                POOL,
                translate("Steps", "name the pool {name} with {master} as master").format(
                    name=repr(name),
                    master=ctx.plan.master_host.name or ctx.plan.master_host.address,
                ),
                [
                    f"{xe_master} pool-param-set uuid=$({xe_master} pool-list --minimal) "
                    f"name-label={q(name)}"
                ],
                run,
            )
        ]


class JoinStep(Step):
    """Members join one at a time: XAPI's update check can trip on a host still settling."""

    key = "join"
    title = QT_TRANSLATE_NOOP("Steps", "Join the members")

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
                    translate("Steps", "join {host} to the pool of {master}").format(
                        host=host.name or host.address, master=master
                    ),
                    self._xe_join(ctx, host),
                    self._runner(ctx, host.address),
                    group=group,
                )
            )
        return out

    @staticmethod
    def _forced(ctx: BuildContext, address: str) -> bool:
        """Join with pool.join_force: confirmed by the user and needed (a homogeneity rule
        fails); a host that matches joins normally even when the plan allows forcing."""
        if address not in ctx.forced_joins:
            return False
        master, joiner = ctx.facts.get(ctx.plan.master_host.address), ctx.facts.get(address)
        return master is None or joiner is None or needs_force(master, joiner)

    def _xe_join(self, ctx: BuildContext, host: HostPlan) -> list[str]:
        """Join unless the master already lists the host, then wait until it is enabled."""
        address = host.address
        master = ctx.plan.master_host.address
        xe_master = xe_at(master, ctx.plan.port)
        member = f"{xe_master} host-list address={q(address)}"
        join = (
            f"{xe_at(address, ctx.plan.port)} pool-join master-address={q(master)} "
            f'master-username={q(ctx.plan.username)} master-password="$XENPOOL_PASSWORD"'
        )
        if not host.force_join:
            # the login comes from the script's password file (XE_EXTRA_ARGS)
            joining = [f"  {join}"]
        else:
            joining = [
                "  "
                + comment(
                    translate(
                        "Steps",
                        "force_join = true: pool-join force=true skips XAPI's CPU vendor and "
                        "software build checks (unsupported)",
                    )
                ),
                f"  if ! OUT=$({join} 2>&1); then",
                "    printf '%s\\n' \"$OUT\" >&2",
                # only what a forced join skips: CPU vendor, software build (not updates)
                '    case "$OUT" in',
                '      *"CPUs differ"*|*"Software version differs"*) ;;',
                "      *) exit 1 ;;",
                "    esac",
                '    if [ "${XENPOOL_YES_FORCE_JOIN:-}" != yes ]; then',
                "      "
                + stop(
                    translate(
                        "Steps",
                        "{host} was refused. The plan allows forcing its join: run the script "
                        "again with XENPOOL_YES_FORCE_JOIN=yes if you accept an unsupported pool "
                        "(no XenMotion between CPU vendors).",
                    ).format(host=address)
                ),
                "    fi",
                f"    {join} force=true",
                "  fi",
            ]
        return [
            f"MEMBER=$({member} --minimal)",
            'if [ -z "$MEMBER" ]; then',
            *joining,
            "fi",
            # xe returns before the joiner's agent restarts: wait until it is a member.
            comment(
                translate("Steps", "wait until {host} is an enabled member").format(host=address)
            ),
            "TRIES=0",
            f'until [ -n "$({member} enabled=true --minimal)" ]; do',
            "  TRIES=$((TRIES + 1))",
            "  if [ $TRIES -gt 120 ]; then "
            + stop(
                translate(
                    "Steps",
                    "{host} did not show up as a pool member: check it, then run "
                    "the rest of the script",
                ).format(host=address)
            )
            + "; fi",
            "  sleep 5",
            "done",
        ]

    def _runner(
        self, ctx: BuildContext, address: str
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        async def run(progress: Callable[[float], None]) -> None:
            joiner = ctx.standalone.get(address)
            if joiner is None:
                raise BuildStopped(
                    translate("Steps", "{address} is not connected").format(address=address),
                    translate("Steps", "Run the build again."),
                )
            master = ctx.plan.master_host.address
            lost_contact = False
            try:
                await joiner.run_task(
                    "pool.join_force" if self._forced(ctx, address) else "pool.join",
                    master,
                    ctx.plan.username,
                    ctx.password_for(master),
                    action=translate("Steps", "join {address} to the pool").format(address=address),
                    progress=lambda f: progress(f * 0.8),
                    cancel=ctx.cancel,
                    timeout=ctx.task_limit(3600.0),
                )
            except HostUnreachable:
                lost_contact = True
            except XapiFailure as exc:
                if exc.code == "HOST_IS_SLAVE":
                    await self._refused_as_member(ctx, address, exc.params[0] if exc.params else "")
                # xapi restarts on the joiner once the join commits, so the
                # task may vanish under us.
                elif exc.code not in ("SESSION_INVALID", "HANDLE_INVALID"):
                    raise
            await self._wait_until_member(ctx, address, progress, lost_contact)
            ctx.standalone.pop(address, None)

        return run

    async def _login_direct(self, ctx: BuildContext, address: str) -> HostClient | str | None:
        """A session on ``address`` itself when it is its own master; else the master of the
        pool it is a member of, or None when it does not answer (its xapi may be restarting)."""
        try:
            fingerprint = await in_thread(ctx.trust.fingerprint_for, address)
            client = HostClient(
                Endpoint(address, ctx.plan.port),
                fingerprint,
                ctx.plan.username,
                ctx.password_for(address),
            )
            await in_thread(client.login)
        except MasterIsElsewhere as moved:
            return moved.master
        except HostUnreachable:
            return None
        return client

    async def _pool_master_of(self, ctx: BuildContext, address: str) -> str | None:
        """The master of the pool ``address`` is a member of; "" when it is its own master,
        None when it does not answer."""
        found = await self._login_direct(ctx, address)
        if isinstance(found, HostClient):
            await in_thread(found.logout)
            return ""
        return found

    async def _refused_as_member(self, ctx: BuildContext, address: str, named: str) -> None:
        """pool.join answered HOST_IS_SLAVE [named]: a host of this join is a pool member
        already. The joiner in our pool is done; in another pool, or the planned master
        being a member itself (join_common's login to it), stops with that master named."""
        master = ctx.plan.master_host.address
        where = await self._pool_master_of(ctx, address)
        if where == master or (where is None and named == master):
            return  # ours: wait until the master lists it live
        if where:
            raise BuildStopped(
                translate(
                    "Steps", "{address} is already a member of another pool (master {other})"
                ).format(address=address, other=where),
                translate(
                    "Steps",
                    "Eject it from that pool first (on {other}: xe pool-eject), or leave it out "
                    "of the plan; then run the build again.",
                ).format(other=where),
            )
        raise BuildStopped(
            translate(
                "Steps",
                "{master} refused {address}'s join: it is no longer a pool master but a member "
                "of the pool of {other}",
            ).format(master=master, address=address, other=named or "?"),
            translate(
                "Steps",
                "Plan the build with {other} as the master, or eject {master} from that pool "
                "(on {other}: xe pool-eject); then run the build again.",
            ).format(master=master, other=named or "?"),
        )

    async def _still_standalone(self, ctx: BuildContext, address: str) -> bool:
        """Is the joiner back on the network, still its own pool and running no task (the
        join did not happen, and is not still under way on it)?"""
        client = await self._login_direct(ctx, address)
        if not isinstance(client, HostClient):
            return False
        try:
            tasks = await in_thread(client.call, "task.get_all_records")
        except (XapiFailure, HostUnreachable):
            return False
        finally:
            await in_thread(client.logout)
        return not any(t.get("status") == "pending" for t in tasks.values())

    async def _member_record(
        self, ctx: BuildContext, address: str, uuid: str
    ) -> tuple[str, dict[str, Any], bool] | None:
        """The joiner's host ref, record and liveness on the master.

        Fresh: what the master says now (one event.from of the changes since the view's last
        sync), never a record from before the join, which would show it not yet a member.
        """
        records = await ctx.records("host", "host_metrics", fresh=True)
        hosts, metrics = records["host"], records["host_metrics"]
        found = next(
            (
                (r, h)
                for r, h in hosts.items()
                if (h.get("uuid") == uuid if uuid else h.get("address") == address)
            ),
            None,
        )
        if found is None:
            return None
        ref, record = found
        live = bool(metrics.get(record["metrics"], {}).get("live", False))
        return ref, record, live

    async def _await_change(
        self, ctx: BuildContext, objects: list[str], token: str, wait: float
    ) -> str:
        """Wait (on the master) until one of ``objects`` changes or ``wait`` passes; the
        new event token. Polling instead cost a 64-host build 6 s of overshoot."""
        try:
            batch = await ctx.pool_call("event.from", objects, token, max(0.05, wait))
        except XapiFailure as failure:
            # a token the master cannot read (xapi_event.ml); XAPI's event.from never says
            # EVENTS_LOST (event.next does), taken the same way should a host say it: afresh
            if failure.code not in ("EVENTS_LOST", "EVENT_FROM_TOKEN_PARSE_FAILURE"):
                raise
            return ""
        return str(batch["token"])

    async def _wait_until_member(
        self,
        ctx: BuildContext,
        address: str,
        progress: Callable[[float], None],
        lost_contact: bool,
    ) -> None:
        deadline = time.monotonic() + ctx.settle_timeout
        delay = 0.05
        token = ""  # of the events on the member's records, once it is listed
        uuid = ctx.facts[address].uuid if address in ctx.facts else ""
        while True:
            found = await self._member_record(ctx, address, uuid)
            record = found[1] if found is not None else None
            if found is not None and record is not None:
                if record["enabled"] and found[2]:
                    progress(1.0)
                    return
            elif lost_contact and await self._still_standalone(ctx, address):
                # The request was lost on the way or the join ended before committing:
                # nothing changed, so the engine takes the step up again.
                raise ConnectionBroken(
                    translate(
                        "Steps",
                        "the connection to {address} broke during the join and it is still a "
                        "standalone host with no join running: the join did not happen",
                    ).format(address=address),
                    translate(
                        "Steps",
                        "Check the network path between this computer, {address} and the "
                        "master, then run the build again: it joins what is not joined yet.",
                    ).format(address=address),
                )
            if time.monotonic() > deadline:
                message = (
                    translate(
                        "Steps",
                        "{address} is in the pool but not live within {seconds} s of the join",
                    )
                    if record is not None
                    else translate(
                        "Steps",
                        "{address} did not appear in the pool within {seconds} s of the join",
                    )
                )
                raise BuildStopped(
                    message.format(address=address, seconds=f"{ctx.settle_timeout:.0f}"),
                    translate(
                        "Steps",
                        "Check {address}'s console (xe host-list) and its network path to the "
                        "master; then run the build again to resume.",
                    ).format(address=address),
                )
            progress(0.85)
            if found is not None:
                # Listed, its xapi still restarting: the master tells us when it is live.
                ref, listed, _live = found
                watched = [f"host/{ref}"] + (
                    [f"host_metrics/{listed['metrics']}"]
                    if listed["metrics"] != "OpaqueRef:NULL"
                    else []
                )
                token = await self._await_change(
                    ctx, watched, token, min(2.0, deadline - time.monotonic())
                )
                continue
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)
