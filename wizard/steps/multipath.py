"""Multipathing on every host, before the first SR is made.

SM reads a host's multipathing when it attaches an SR (``host.multipathing``,
mirrored in ``other_config:multipathing``); switching it while a block SR is
attached leaves that SR on its old single path until it is unplugged and
plugged again, which a running pool cannot do without moving its VMs. So the
build turns it on only where no planned SR is attached yet, and stops with
what to do on a host where one already is. The plan never turns it off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.steps.base import Action, Step, xe_at
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.pool import q
from wizard.steps.storage import hosts_using_planned_luns
from wizard.xapi.errors import XapiFailure


class MultipathStep(Step):
    key = "multipath"
    title = QT_TRANSLATE_NOOP("Steps", "Turn on multipathing")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return super().hosts(ctx) if ctx.plan.iscsi.multipath else []

    async def actions(self, ctx: BuildContext) -> list[Action]:
        if not ctx.plan.iscsi.multipath:
            return []
        off = [
            h.address
            for h in ctx.plan.hosts
            if ctx.offline or (facts := ctx.facts.get(h.address)) is None or not facts.multipathing
        ]
        if not off:
            return []
        if not ctx.offline:
            attached = await self._attached_hosts(ctx)
            blocked = [address for address in off if address in attached]
            if blocked:
                raise BuildStopped(
                    translate(
                        "Steps",
                        "multipathing is off on {hosts}, where a planned SR is already attached",
                    ).format(hosts=", ".join(blocked)),
                    translate(
                        "Steps",
                        "Turning it on needs that SR unplugged on the host: put the host in "
                        "maintenance mode, enable multipathing (XenCenter: host properties, "
                        "Multipathing), take it out of maintenance mode, then run the build "
                        "again.",
                    ),
                )
        return [self._action(ctx, address) for address in off]

    async def _attached_hosts(self, ctx: BuildContext) -> set[str]:
        """Addresses of the hosts where an SR on a planned LUN is attached."""
        hosts = await hosts_using_planned_luns(ctx)
        if not hosts:
            return set()
        records = await ctx.table("host")
        return {records[h]["address"] for h in hosts if h in records}

    def _action(self, ctx: BuildContext, address: str) -> Action:
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        return Action(
            address,
            translate("Steps", "turn on multipathing on {address}").format(address=address),
            [
                f"HOST=$({master} host-list address={q(address)} --minimal)",
                f'{master} host-param-set uuid="$HOST" multipathing=true',
            ],
            self._runner(ctx, address),
        )

    def _runner(
        self, ctx: BuildContext, address: str
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        async def run(progress: Callable[[float], None]) -> None:
            hosts = await ctx.table("host")  # the view: no call per host
            facts = ctx.facts.get(address)
            ref = next(
                r
                for r, h in hosts.items()
                if (h["uuid"] == facts.uuid if facts is not None else h["address"] == address)
            )
            action = translate("Steps", "turn on multipathing on {address}").format(address=address)
            try:
                await ctx.pool_call("host.set_multipathing", ref, True, action=action)
            except XapiFailure as failure:
                if failure.code != "MESSAGE_METHOD_UNKNOWN":
                    raise
                # Before XenServer 7.5 SM reads only other_config (dmp: the kernel's handler).
                for key, value in (("multipathing", "true"), ("multipathhandle", "dmp")):
                    await ctx.pool_call("host.remove_from_other_config", ref, key)
                    await ctx.pool_call("host.add_to_other_config", ref, key, value, action=action)
            progress(1.0)

        return run
