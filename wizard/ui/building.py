"""The build's side of WizardModel (it mixes this in): the build context with the pages'
choices, the journal and autosave, the iSCSI target's discovery, the steps run and their
outcome, and the pool read back for the Finish page and the health check.

Everything here is a coroutine on the qasync loop; the engine runs the SDK calls on worker
threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from wizard.checks.facts import HostFacts
    from wizard.checks.iscsi import ExistingSrEntry, LunEntry, TargetEntry
    from wizard.diagnosis import Diagnosis
    from wizard.findings import Finding
    from wizard.outcome import Outcome
    from wizard.plan import Plan
    from wizard.report import PoolSnapshot
    from wizard.session import Session
    from wizard.ssh import SshAccess
    from wizard.steps.base import Step
    from wizard.steps.context import BuildContext
    from wizard.ui.prompter import GuiPrompter
    from wizard.xapi.trust import Trust


@dataclass
class Discovered:
    targets: list[TargetEntry] = field(default_factory=list)
    luns: list[LunEntry] = field(default_factory=list)
    existing: dict[str, list[ExistingSrEntry]] = field(default_factory=dict)  # SCSI id -> SRs


class BuildWork:
    # What the model holds (WizardModel.__init__) and does, as this part reads it.
    if TYPE_CHECKING:
        # its signals (SignalInstance once bound; Qt's stubs type them on QObject only)
        discovered_changed: Any
        message: Any
        build_finished: Any
        password: str
        host_passwords: dict[str, str]
        chap_secret: str
        check_over_ssh: bool
        ssh_key_file: str

        @property
        def session(self) -> Session: ...

        @property
        def prompter(self) -> GuiPrompter: ...

        findings: list[Finding]
        autosaved: Path | None
        _journal_master: str
        discovered: Discovered
        confirm_destroy: bool
        pause_ha: bool
        ctx: BuildContext | None
        cancel: threading.Event
        build_ok: bool
        outcome: Outcome | None

        @property
        def plan(self) -> Plan: ...

        def connect_hosts(self) -> Awaitable[list[Finding]]: ...

        def forced_joins(self) -> frozenset[str]: ...

        def facts(self) -> list[HostFacts]: ...

        def choices(self) -> dict[str, Any]: ...

        def _trust_store(self) -> Trust: ...

    async def _context(self) -> BuildContext:
        if self.ctx is None or self.ctx.master is None:
            await self.connect_hosts()
        assert self.ctx is not None
        self._hand_over_choices(self.ctx)
        self.cancel.clear()
        return self.ctx

    def _hand_over_choices(self, ctx: BuildContext) -> None:
        """What the user chose on the pages, as the engine reads it."""
        ctx.plan = self.plan
        ctx.chap_secret = self.chap_secret
        ctx.allow_destroy = self.confirm_destroy
        ctx.forced_joins = self.forced_joins()
        ctx.pause_ha = self.pause_ha

    def _journal(self, ctx: BuildContext) -> None:
        """The build journal, where ``apply`` keeps it for this pool (one run per session),
        and the plan beside it: hosts change now, and a closed wizard resumes from both.
        Called on a worker thread: a 64-host plan's TOML, the journal's compaction and the
        file writes were 10-20 ms in one turn of the window's loop; the pages are busy."""
        from wizard.session import autosave

        self.autosaved = autosave(self.plan, self.autosaved, self.choices())
        name, master = self.plan.pool_name, self.plan.master_host.address
        if ctx.journal is None or ctx.journal.data.plan != name or self._journal_master != master:
            ctx.journal = self.session.open_journal(self.plan)
            self._journal_master = master
        ctx.journal.set_findings(self.findings)

    async def build_pool_phase(self) -> None:
        """Pool, joins and storage network: the target is only reachable after these."""
        from wizard.steps.engine import POOL_PHASE, all_steps, run_steps
        from wizard.xapi.aio import in_thread

        ctx = await self._context()
        await in_thread(self._journal, ctx)
        steps = [s for s in all_steps() if s.key in POOL_PHASE]
        await run_steps(ctx, steps)
        await ctx.refresh()

    async def discover_targets(self) -> list[TargetEntry]:
        ctx = await self._context()
        discovery = ctx.discovery(await ctx.master_ref())
        self.discovered.targets = await discovery.targets()
        self.discovered_changed.emit()
        return self.discovered.targets

    async def discover_luns(self, iqn: str) -> list[LunEntry]:
        from wizard.concurrency import side_by_side

        ctx = await self._context()
        discovery = ctx.discovery(await ctx.master_ref())
        luns = await discovery.luns(iqn)
        # One SR probe per LUN, all at once: each is a task of some seconds on a real array.
        found = await side_by_side(*(discovery.srs_on(iqn, lun.scsi_id) for lun in luns))
        existing = {lun.scsi_id: srs for lun, srs in zip(luns, found, strict=True)}
        self.discovered.luns = luns
        self.discovered.existing = existing
        self.discovered_changed.emit()
        self.message.emit(
            translate("WizardModel", "{count} LUN(s) on {iqn}").format(count=len(luns), iqn=iqn)
        )
        return luns

    async def build(self, steps: list[Step] | None = None) -> bool:
        """The remaining steps (or ``steps``), then the pool read back (wizard.outcome)."""
        from wizard.outcome import read_outcome
        from wizard.steps.engine import run_steps
        from wizard.xapi.aio import in_thread
        from wizard.xapi.errors import TaskCancelled, XenPoolError

        ctx = await self._context()
        ctx.ssh = self._ssh_access() if self.check_over_ssh else None
        await in_thread(self._journal, ctx)
        self.build_ok = False
        error = ""
        try:
            await run_steps(ctx, steps)
        except XenPoolError as exc:  # a step XAPI (or a check of ours) refused: resumable
            error = "" if isinstance(exc, TaskCancelled) and self.cancel.is_set() else str(exc)
        except Exception as exc:  # a bug: said, and handed to the error dialog by run()
            self.outcome = await read_outcome(ctx, error="\n".join(str(exc).splitlines()[:3]))
            self.build_finished.emit(False, self.outcome.text())
            raise
        self.outcome = await read_outcome(ctx, cancelled=self.cancel.is_set(), error=error)
        self.build_ok = pool_built(self.outcome, steps)
        if self.build_ok and self.autosaved is not None:  # nothing left to resume
            self.autosaved.unlink(missing_ok=True)
        self.build_finished.emit(self.build_ok, self.outcome.text())
        return self.outcome.finished

    def pool_facts(self) -> list[HostFacts]:
        """The pool as last read: after a build, the build's view; before, the hosts'."""
        if self.ctx is not None and self.ctx.facts:
            return list(self.ctx.facts.values())
        return self.facts()

    def request_cancel(self) -> None:
        self.cancel.set()

    async def diagnose(self, address: str, master: str, use_ssh: bool) -> Diagnosis:
        """Why a member looks disconnected (wizard.diagnosis.diagnose, off the Qt thread)."""
        from wizard.diagnosis import diagnose
        from wizard.xapi.aio import in_thread

        diagnosis: Diagnosis = await in_thread(
            diagnose,
            address,
            self.plan.port,
            self.plan.username,
            self.host_passwords.get(address, self.password),
            self._trust_store().fingerprint_for,
            master=master,
            ssh=self._ssh_access() if use_ssh else None,
        )
        return diagnosis

    def _ssh_access(self) -> SshAccess:
        """SSH with the root password or key; an unknown host key is asked on the Qt thread."""
        self.prompter.bind()
        return self.session.ssh_access(
            self.plan.username,
            self.password,
            key_file=self.ssh_key_file,
            host_passwords=self.host_passwords,
            skip_advice=translate(
                "WizardModel",
                'This check is optional: to build without it, press Back, untick "prove each '
                "host's storage path over SSH\" on the Review page, then Next and Build.",
            ),
        )

    async def pool_snapshot(self) -> PoolSnapshot:
        """The pool as built, read from the master on a worker thread."""
        from wizard import report
        from wizard.findings import Severity
        from wizard.xapi.aio import in_thread

        ctx = await self._context()
        assert ctx.master is not None
        snap: PoolSnapshot = await in_thread(report.snapshot, ctx.master.client)
        snap.findings = [f for f in self.findings if f.severity is not Severity.INFO]
        if ctx.journal is not None:  # the build's step timings and remaining findings
            report.with_journal(snap, ctx.journal)
        return snap


def pool_built(outcome: Outcome, steps: list[Step] | None) -> bool:
    """Whether the pool stands as planned after a run: a whole build finished, or a run of
    some steps (the Finish page's VM moves) left nothing but what those steps still do."""
    if steps is None:
        return outcome.finished
    keys = {step.key for step in steps}
    return all(left.key in keys for left in outcome.left)
