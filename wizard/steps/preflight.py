"""Pre-flight: every finding about the plan and the live hosts, before anything changes.

The findings themselves are built in wizard.checks; this reads what they need from
the hosts (through the build's context) and puts them together.
"""

from __future__ import annotations

import asyncio

from wizard.checks.capacity import ha_findings, live_move_findings, local_vm_findings
from wizard.checks.consent import pause_ha_findings, unconfirmed_force_findings
from wizard.checks.iscsi import (
    initiator_findings,
    iscsi_findings,
    multipath_plan_findings,
    storage_network_ready,
)
from wizard.checks.network import storage_network_findings
from wizard.checks.pool_join import pool_findings
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import validate
from wizard.steps.context import BuildContext
from wizard.steps.iscsigate import own_sr_uuids


async def preflight(ctx: BuildContext) -> list[Finding]:
    """Every finding about the plan and the live hosts, before anything changes."""
    findings = list(validate(ctx.plan))
    hosts = list(ctx.facts.values())
    master = ctx.facts.get(ctx.plan.master_host.address)
    if master is None:
        return findings
    # Between the groups of checks, a turn of the event loop: for 64 hosts they take
    # 10-20 ms together, and in the window that is one frame missed after another.
    await asyncio.sleep(0)
    findings += pool_findings(master, hosts, ctx.forced_joins, pause_ha=ctx.pause_ha)
    await asyncio.sleep(0)
    findings += unconfirmed_force_findings(ctx.plan, ctx.facts, ctx.forced_joins)
    findings += pause_ha_findings(ctx.plan, ctx.facts, ctx.pause_ha)
    findings += storage_network_findings(ctx.plan, hosts)
    xapi_max = None
    if ctx.plan.ha.enabled and all(ctx.in_pool(h.address) for h in ctx.plan.hosts):
        xapi_max = await xapi_hypothetical(ctx)
    await asyncio.sleep(0)
    findings += ha_findings(ctx.plan, hosts, xapi_max)
    findings += local_vm_findings(hosts)
    findings += live_move_findings(ctx.plan, hosts)
    findings += await _storage_findings(ctx)
    return findings


async def _storage_findings(ctx: BuildContext) -> list[Finding]:
    initiators = initiator_findings(ctx.plan, ctx.facts) + multipath_plan_findings(ctx.plan)
    if not storage_network_ready(ctx.plan, ctx.facts):
        return [
            Finding.info(
                "iscsi",
                translate(
                    "Steps",
                    "the target is checked from the hosts once the storage network is configured",
                ),
                translate(
                    "Steps",
                    "The build probes the portal, the IQN, the LUNs and any SR on them before "
                    "creating anything.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
            ),
            *initiators,
        ]
    own = set((await own_sr_uuids(ctx)).values())  # the plan's SRs made by an earlier run
    return initiators + await iscsi_findings(ctx.plan, ctx.discovery(await ctx.master_ref()), own)


async def xapi_hypothetical(ctx: BuildContext) -> int:
    """XAPI's own maximum of host failures to tolerate, with the plan's restart priorities."""
    vms = await ctx.table("VM")
    priorities = dict(ctx.plan.ha.restart_priorities)
    configuration = {
        ref: priorities.get(vm["name_label"], vm["ha_restart_priority"])
        for ref, vm in vms.items()
        if not vm["is_control_domain"] and not vm["is_a_template"]
    }
    return int(
        await ctx.pool_call(
            "pool.ha_compute_hypothetical_max_host_failures_to_tolerate", configuration
        )
    )
