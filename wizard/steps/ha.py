"""Restart priorities, failures to tolerate, then HA on: XenCenter's order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.checks.capacity import capacity_plan
from wizard.checks.facts import HA_PAUSED_KEY
from wizard.concurrency import side_by_side
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL
from wizard.steps.base import Action, Step, stop, xe_at
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.pool import q
from wizard.steps.storage import sr_for_lun, sr_lookup, sr_var


async def _unmark(ctx: BuildContext, pool_ref: str) -> None:
    """HA is on as planned: the pause the wizard made is over."""
    await ctx.pool_call(
        "pool.remove_from_other_config",
        pool_ref,
        HA_PAUSED_KEY,
        action=translate("Steps", "clear the HA pause mark"),
    )


class PauseHaStep(Step):
    """Growing a pool that has HA: XAPI refuses joins while HA is on, so with the user's
    consent (--yes-pause-ha, or the Compatibility page) HA goes off before the joins;
    HaStep turns it on again at the end, as the plan says."""

    key = "haoff"
    title = QT_TRANSLATE_NOOP("Steps", "Turn HA off while hosts join")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        plan = ctx.plan
        master = xe_at(plan.master_host.address, plan.port)
        text = translate(
            "Steps", "turn HA off while new hosts join; it is enabled again at the end"
        )
        xe = self._xe(ctx, master)
        if ctx.offline:
            return [Action(POOL, text, xe, None)] if xe else []
        joining = [h.address for h in plan.members if not ctx.in_pool(h.address)]
        if not joining or not ctx.pause_ha or not plan.ha.enabled:
            return []
        # Fresh: whether HA is on now decides whether it is turned off.
        pool_ref, pool = await ctx.pool(fresh=True)
        if not pool["ha_enabled"]:
            return []

        async def run(progress: Callable[[float], None]) -> None:
            # Marked first: whatever stops the build from here, the next run (and the
            # report) knows HA is off because of us and must come back on.
            await ctx.pool_call("pool.remove_from_other_config", pool_ref, HA_PAUSED_KEY)
            await ctx.pool_call("pool.add_to_other_config", pool_ref, HA_PAUSED_KEY, "true")
            await ctx.pool_task(
                "pool.disable_ha", action=translate("Steps", "turn HA off"), progress=progress
            )

        return [Action(POOL, text, xe, run)]

    @staticmethod
    def _xe(ctx: BuildContext, master: str) -> list[str]:
        missing = " || ".join(
            f'[ -z "$({master} host-list address={q(h.address)} --minimal)" ]'
            for h in ctx.plan.members
        )
        if not missing or not ctx.plan.ha.enabled:
            return []
        pool_uuid = f"$({master} pool-list --minimal)"
        return [
            f"HA=$({master} pool-param-get uuid={pool_uuid} param-name=ha-enabled)",
            f'if [ "$HA" = true ] && {{ {missing}; }}; then',
            '  if [ "${XENPOOL_YES_PAUSE_HA:-}" != yes ]; then',
            "    "
            + stop(
                translate(
                    "Steps",
                    "HA is on and XAPI refuses joins under HA: run the script again with "
                    "XENPOOL_YES_PAUSE_HA=yes to turn it off while the hosts join (it is enabled "
                    "again at the end; VMs are not protected meanwhile)",
                )
            ),
            "  fi",
            f"  {master} pool-param-set uuid={pool_uuid} other-config:{HA_PAUSED_KEY}=true",
            f"  {master} pool-ha-disable",
            "fi",
            # until the HA step clears the mark, a stop on the way says HA is off (on_exit)
            f'if [ -n "$({master} pool-list other-config:{HA_PAUSED_KEY}=true --minimal)" ]; then',
            "  HA_PAUSED=1",
            "fi",
        ]


class HaStep(Step):
    key = "ha"
    title = QT_TRANSLATE_NOOP("Steps", "Enable High Availability")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        plan = ctx.plan
        if not plan.ha.enabled:
            return []
        master = xe_at(plan.master_host.address, plan.port)
        wanted = plan.ha.host_failures_to_tolerate
        xe_priorities = [
            f"{master} vm-param-set uuid=$({master} vm-list name-label={q(vm)} --minimal) "
            f"ha-restart-priority={q(p)}"
            for vm, p in plan.ha.restart_priorities.items()
        ]
        xe_failures = (
            f"{master} pool-param-set uuid=$({master} pool-list --minimal) "
            f"ha-host-failures-to-tolerate={int(wanted)}"
        )
        xe = [
            *xe_priorities,
            xe_failures,
            *sr_lookup(ctx, plan.iscsi.heartbeat_scsi_id, sr_var("heartbeat")),
            f"HA=$({master} pool-param-get uuid=$({master} pool-list --minimal) "
            "param-name=ha-enabled)",
            f'if [ "$HA" != true ]; then {master} pool-ha-enable heartbeat-sr-uuids="$HBSR"; fi',
            *self._xe_unmark(master),
        ]
        enable = translate("Steps", "enable HA tolerating {count} host failure(s)").format(
            count=wanted
        )
        if ctx.offline:
            return [Action(POOL, enable, xe, None)]
        # Fresh: HA's state right before enabling it (someone may have turned it on by hand).
        pool_ref, pool = await ctx.pool(fresh=True)
        if pool["ha_enabled"]:
            out = []
            if HA_PAUSED_KEY in pool["other_config"]:  # turned on again by hand: forget it

                async def unmark(progress: Callable[[float], None]) -> None:
                    await _unmark(ctx, pool_ref)
                    progress(1.0)

                out.append(
                    Action(
                        POOL,
                        translate("Steps", "HA is on again: clear the wizard's pause mark"),
                        self._xe_unmark(master),
                        unmark,
                    )
                )
            if int(pool["ha_host_failures_to_tolerate"]) != wanted:
                out.append(
                    Action(
                        POOL,
                        translate("Steps", "tolerate {count} host failure(s)").format(count=wanted),
                        [xe_failures],
                        self._set_failures(ctx, pool_ref),
                    )
                )
            return out
        return [
            Action(
                POOL,
                enable,
                xe,
                self._enable(ctx, pool_ref),
            )
        ]

    @staticmethod
    def _xe_unmark(master: str) -> list[str]:
        pool_uuid = f"$({master} pool-list --minimal)"
        return [
            f'if [ -n "$({master} pool-list other-config:{HA_PAUSED_KEY}=true --minimal)" ]; then',
            f"  {master} pool-param-remove uuid={pool_uuid} param-name=other-config "
            f"param-key={HA_PAUSED_KEY}",
            "fi",
            "HA_PAUSED=",
        ]

    def _set_failures(
        self, ctx: BuildContext, pool_ref: str
    ) -> Callable[[Callable[[float], None]], Any]:
        async def run(progress: Callable[[float], None]) -> None:
            await ctx.pool_call(
                "pool.set_ha_host_failures_to_tolerate",
                pool_ref,
                str(ctx.plan.ha.host_failures_to_tolerate),
                action=translate("Steps", "set failures to tolerate"),
            )
            progress(1.0)

        return run

    def _enable(self, ctx: BuildContext, pool_ref: str) -> Callable[[Callable[[float], None]], Any]:
        async def run(progress: Callable[[float], None]) -> None:
            plan = ctx.plan
            found = await sr_for_lun(ctx, plan.iscsi.heartbeat_scsi_id)
            if found is None:
                raise BuildStopped(
                    translate("Steps", "the heartbeat SR does not exist"),
                    translate("Steps", "Run the build again: the heartbeat SR step comes first."),
                )
            heartbeat, _ = found
            vms = await ctx.table("VM")  # as sr_for_lun's fresh read just saw them
            by_name = {
                vm["name_label"]: ref
                for ref, vm in vms.items()
                if not vm["is_control_domain"] and not vm["is_a_template"]
            }
            configuration: dict[str, str] = {}
            for name, priority in plan.ha.restart_priorities.items():
                ref = by_name.get(name)
                if ref is None:
                    raise BuildStopped(
                        translate(
                            "Steps",
                            "ha.restart_priorities names VM {name}, which the pool does not have",
                        ).format(name=repr(name)),
                        translate("Steps", "Correct or remove that entry."),
                    )
                configuration[ref] = priority
            for ref, vm in vms.items():
                if (
                    ref in by_name.values()
                    and ref not in configuration
                    and vm["ha_restart_priority"]
                ):
                    configuration[ref] = vm["ha_restart_priority"]
            # Three reads that do not depend on each other, side by side.
            _, hypothetical, _ = await side_by_side(
                ctx.pool_call(
                    "SR.assert_can_host_ha_statefile",
                    heartbeat,
                    action=translate("Steps", "check the heartbeat SR"),
                ),
                ctx.pool_call(
                    "pool.ha_compute_hypothetical_max_host_failures_to_tolerate", configuration
                ),
                ctx.refresh(),
            )
            xapi_max = int(hypothetical)
            own = capacity_plan(plan, list(ctx.facts.values())).max_failures
            wanted = plan.ha.host_failures_to_tolerate
            if wanted > xapi_max:
                raise BuildStopped(
                    translate(
                        "Steps",
                        "the pool can tolerate {count} host failure(s) with the protected VMs "
                        "(XAPI's plan; ours: {ours}), not {wanted}",
                    ).format(count=xapi_max, ours=own, wanted=wanted),
                    translate(
                        "Steps",
                        "Lower ha.host_failures_to_tolerate to {count}, or protect fewer VMs.",
                    ).format(count=xapi_max),
                )
            # Independent writes (each VM's priority, the pool's count), issued together.
            await side_by_side(
                *(
                    ctx.pool_call(
                        "VM.set_ha_restart_priority",
                        ref,
                        priority,
                        action=translate("Steps", "restart priority of {vm}").format(
                            vm=vms[ref]["name_label"]
                        ),
                    )
                    for ref, priority in configuration.items()
                ),
                ctx.pool_call(
                    "pool.set_ha_host_failures_to_tolerate",
                    pool_ref,
                    str(wanted),
                    action=translate("Steps", "set failures to tolerate"),
                ),
            )
            progress(0.1)
            await ctx.pool_task(
                "pool.enable_ha",
                [heartbeat],
                {},
                action=translate("Steps", "enable HA"),
                progress=lambda f: progress(0.1 + 0.9 * f),
                timeout=1800.0,
            )
            await _unmark(ctx, pool_ref)  # a pause for joins ends here (no mark: no-op)
            progress(1.0)

        return run
