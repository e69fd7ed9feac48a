"""The iSCSI gate: every check of the target, together, before the first SR is made.

On a fresh build the target is reachable only once the storage network
exists, so pre-flight cannot probe it. This step runs right after the
network (and the SSH host checks) and before either SR step: the IQN is
offered, the SR and heartbeat LUNs exist, the heartbeat LUN is big enough
for XAPI's statefile and redo log, and no foreign SR sits on a LUN against
the plan's ``existing_sr``. Any blocker stops the build with nothing on the
array touched. Once every planned SR is in the pool the gate has nothing
left to guard and does nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from wizard.checks.iscsi import iscsi_findings
from wizard.findings import Finding, Severity
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL, State
from wizard.steps.base import Action, Step
from wizard.steps.context import BuildContext, BuildStopped


def planned_luns(ctx: BuildContext) -> list[str]:
    """The SCSI ids the plan puts an SR on (the heartbeat only with HA on)."""
    iscsi = ctx.plan.iscsi
    luns = [iscsi.sr_scsi_id]
    if ctx.plan.ha.enabled and iscsi.heartbeat_scsi_id:
        luns.append(iscsi.heartbeat_scsi_id)
    return [lun for lun in luns if lun]


async def own_sr_uuids(ctx: BuildContext) -> dict[str, str]:
    """This pool's SRs on the plan's LUNs: SCSI id -> SR uuid (found as the SR steps find them)."""
    luns = planned_luns(ctx)
    if not luns:
        return {}
    # Fresh: which SR a LUN holds gates formatting it.
    records = await ctx.records("PBD", "SR", fresh=True)
    sr_of: dict[str, str] = {}
    for pbd in records["PBD"].values():
        scsi_id = pbd["device_config"].get("SCSIid", "")
        if scsi_id in luns and pbd["SR"] in records["SR"]:
            sr_of.setdefault(scsi_id, str(records["SR"][pbd["SR"]]["uuid"]))
    return sr_of


async def gate_findings(ctx: BuildContext, master_ref: str, own: dict[str, str]) -> list[Finding]:
    """The iSCSI findings as a gate sees them: FORMAT without consent is a blocker here."""
    # The SR steps refuse to format without --yes-destroy: say so before anything is made.
    return await iscsi_findings(
        ctx.plan, ctx.discovery(master_ref), set(own.values()), format_consent=ctx.allow_destroy
    )


class IscsiGateStep(Step):
    key = "iscsigate"
    title = QT_TRANSLATE_NOOP("Steps", "Check the iSCSI target and its LUNs")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return [POOL]

    async def actions(self, ctx: BuildContext) -> list[Action]:
        if ctx.offline or not planned_luns(ctx):
            return []
        own = await own_sr_uuids(ctx)
        if all(lun in own for lun in planned_luns(ctx)):
            return []  # every planned SR is in the pool: nothing left to guard
        return [
            Action(
                POOL,
                translate(
                    "Steps", "check the target {iqn}: its LUNs, their sizes and any SR on them"
                ).format(iqn=ctx.plan.iscsi.target_iqn),
                [],
                self._runner(ctx, own),
            )
        ]

    def _runner(
        self, ctx: BuildContext, own: dict[str, str]
    ) -> Callable[[Callable[[float], None]], Awaitable[None]]:
        async def run(progress: Callable[[float], None]) -> None:
            findings = await gate_findings(ctx, await ctx.master_ref(), own)
            for finding in findings:
                if finding.severity is not Severity.INFO:
                    ctx.progress(
                        self.key,
                        POOL,
                        State.FAILED if finding.blocking else State.RUNNING,
                        1.0,
                        finding.message,
                    )
            blockers = [f for f in findings if f.blocking]
            progress(1.0)
            if blockers:
                raise BuildStopped(
                    translate(
                        "Steps", "the iSCSI target is not ready for the plan: {problems}"
                    ).format(problems="; ".join(f"{f.subject}: {f.message}" for f in blockers)),
                    " ".join(dict.fromkeys(f.fix for f in blockers if f.fix))
                    + " "
                    + translate("Steps", "No SR was created; run the build again after fixing it."),
                )

        return run
