"""The iSCSI gate: every check of the target, together, before the first SR is made.

On a fresh build the target is reachable only once the storage network
exists, so pre-flight cannot probe it. This step runs right after the
network (and the SSH host checks) and before either SR step: the IQN is
offered, the SR and heartbeat LUNs exist, the heartbeat LUN is big enough
for XAPI's statefile and redo log, and no foreign SR sits on a LUN against
the plan's ``existing_sr``. Any blocker stops the build with nothing on the
array touched. Once every planned SR is in the pool the gate has nothing
left to guard and does nothing.

The SR steps run in the gate's stage: each probes its own LUN for an SR right before it
would create one (the fresh read the reattach-or-format decision needs) and hands that
answer to the gate, which reads it as its own probe of the LUN (one probe per LUN on the
way, not two); neither SR step creates anything until the gate's verdict on every LUN is
in, so a blocker on one LUN still stops the build with nothing made on either.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from wizard.checks.iscsi import ExistingSrEntry, iscsi_findings
from wizard.findings import Finding, Severity
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL, State
from wizard.steps.base import Action, Step
from wizard.steps.context import BuildContext, BuildStopped

if TYPE_CHECKING:
    import asyncio


class LunProbes:
    """One stage's probes of the plan's LUNs for old SRs, made by the SR steps and read by the
    gate, and the gate's verdict that the SR steps wait for before creating anything.

    Filled while the stage plans (the engine plans every step of a stage before any acts),
    so each side knows, before its action runs, whether the other is there to answer.
    """

    def __init__(self) -> None:
        self.probes: dict[str, asyncio.Future[list[ExistingSrEntry]]] = {}
        self._verdict: asyncio.Future[None] | None = None

    @staticmethod
    def of(ctx: BuildContext) -> LunProbes:
        share = ctx.stage.setdefault("lun-probes", LunProbes())
        assert isinstance(share, LunProbes)
        return share

    def _future(self) -> asyncio.Future[Any]:
        import asyncio  # here, as wizard.concurrency does: the first page must not load it

        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        # Read by whoever waits for it; a failure nobody is left to read is not logged.
        future.add_done_callback(lambda f: f.cancelled() or f.exception())
        return future

    # -- planning --------------------------------------------------------------
    def expect(self, scsi_id: str) -> None:
        """An SR step of this stage will probe ``scsi_id`` right before it creates."""
        self.probes[scsi_id] = self._future()

    def gate(self) -> None:
        """The gate runs in this stage: the SR steps wait for its verdict."""
        self._verdict = self._future()

    # -- acting ----------------------------------------------------------------
    def probed(self, scsi_id: str, answer: list[ExistingSrEntry] | BaseException) -> None:
        """An SR step's probe of its LUN ended: its SRs, or what failed (the gate reads it)."""
        future = self.probes.get(scsi_id)
        if future is None or future.done():
            return
        if isinstance(answer, BaseException):
            future.set_exception(answer)
        else:
            future.set_result(answer)

    def decide(self, refusal: BaseException | None) -> None:
        if self._verdict is not None and not self._verdict.done():
            if refusal is None:
                self._verdict.set_result(None)
            else:
                self._verdict.set_exception(refusal)

    async def verdict(self) -> None:
        """Return once the gate found nothing against the plan; raise what stopped it."""
        if self._verdict is not None:
            import asyncio  # as above

            await asyncio.shield(self._verdict)  # two SR steps wait for the same verdict


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


async def gate_findings(
    ctx: BuildContext,
    master_ref: str,
    own: dict[str, str],
    probed: dict[str, asyncio.Future[list[ExistingSrEntry]]] | None = None,
) -> list[Finding]:
    """The iSCSI findings as a gate sees them: FORMAT without consent is a blocker here.

    ``probed``: LUNs the SR steps probe for old SRs themselves, read instead of probing again."""
    # The SR steps refuse to format without --yes-destroy: say so before anything is made.
    return await iscsi_findings(
        ctx.plan,
        ctx.discovery(master_ref),
        set(own.values()),
        format_consent=ctx.allow_destroy,
        lun_probes=probed,
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
        LunProbes.of(ctx).gate()
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
            share = LunProbes.of(ctx)
            try:
                await self._check(ctx, own, share, progress)
            except BaseException as exc:
                share.decide(exc)  # the SR steps stop with the gate's own reason
                raise
            share.decide(None)

        return run

    async def _check(
        self,
        ctx: BuildContext,
        own: dict[str, str],
        share: LunProbes,
        progress: Callable[[float], None],
    ) -> None:
        # The LUNs an SR step of this stage probes are read from its probe, not probed
        # twice: the SR step's probe is the fresh one its reattach-or-format needs.
        probed = {lun: f for lun, f in share.probes.items() if lun not in own}
        findings = await gate_findings(ctx, await ctx.master_ref(), own, probed)
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
                translate("Steps", "the iSCSI target is not ready for the plan: {problems}").format(
                    problems="; ".join(f"{f.subject}: {f.message}" for f in blockers)
                ),
                " ".join(dict.fromkeys(f.fix for f in blockers if f.fix))
                + " "
                + translate("Steps", "No SR was created; run the build again after fixing it."),
            )
