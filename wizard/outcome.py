"""Where a build stands: read back from the pool and the journal, never from the plan.

After a build ends (finished, failed or cancelled) the pool is read again and every step
is asked what it would still do (the engine's dry run): a step with nothing left is done,
the others are not. Front ends show this, so a cancelled build can never look finished.
When the pool cannot be read (the master is gone) the journal says what ran.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wizard.i18n import translate
from wizard.progress import POOL, State

if TYPE_CHECKING:
    from wizard.journal import Journal
    from wizard.steps.context import BuildContext

log = logging.getLogger(__name__)


@dataclass
class StepState:
    key: str
    title: str  # in the user's language
    rows: list[str]  # POOL or host addresses the step still has work on (empty: done)


@dataclass
class Outcome:
    """What the pool is after a build, as read back from it."""

    cancelled: bool = False
    error: str = ""  # the failure's whole message and advice ("" when none)
    stopped_in: str = ""  # the step that failed, else the first one not done
    done: list[StepState] = field(default_factory=list)
    left: list[StepState] = field(default_factory=list)
    unread: str = ""  # why the pool could not be read back ("" when it was)
    names: dict[str, str] = field(default_factory=dict)  # host address -> name, for the text

    @property
    def finished(self) -> bool:
        return not self.left and not self.error and not self.cancelled and not self.unread

    def left_on(self, row: str) -> list[StepState]:
        """The steps with work left on this row (a host address, or POOL for pool-wide)."""
        return [s for s in self.left if row in s.rows or POOL in s.rows]

    def text(self) -> str:
        """The outcome in words: where it stopped, what is done, what is not, what to do."""
        if self.finished:
            return translate("Outcome", "The pool is built: every step is done.")
        from wizard.summary import step_label

        where = step_label(self.stopped_in) if self.stopped_in else ""
        lines = []
        if self.cancelled:
            lines.append(
                translate("Outcome", "Stopped as you asked, before “{step}”.").format(step=where)
                if where
                else translate("Outcome", "Stopped as you asked.")
            )
        elif self.error:
            lines.append(
                translate("Outcome", "The build stopped at “{step}”:").format(step=where)
                if where
                else translate("Outcome", "The build stopped:")
            )
            lines.append(self.error)
        if self.unread:
            lines.append(
                translate(
                    "Outcome", "The pool could not be read back ({reason}); the journal says:"
                ).format(reason=self.unread)
            )
        shown = self.names
        if self.done:
            lines.append(
                translate("Outcome", "Done: {steps}.").format(
                    steps=", ".join(s.title for s in self.done)
                )
            )
        if self.left:
            parts = []
            for s in self.left:
                hosts = [shown.get(r, r) for r in s.rows if r != POOL]
                parts.append(f"{s.title} ({', '.join(hosts)})" if hosts else s.title)
            lines.append(
                translate("Outcome", "Not done yet: {steps}.").format(steps="; ".join(parts))
            )
            lines.append(
                translate(
                    "Outcome",
                    "Nothing else was changed. Press Build again to carry on from there: what "
                    "is done is kept.",
                )
            )
        return "\n".join(lines)


def _did_work(journal: Journal | None, key: str) -> bool:
    """The journal shows this step did its work, or noted what it found in place (in any
    run it keeps); a step skipped as not needed (HA was never on) did neither."""
    if journal is None:
        return False
    data = journal.data
    return key in data.created or any(
        e.step == key and e.state == State.DONE.value for e in data.entries
    )


def _failed_step(journal: Journal | None) -> str:
    """The step of the latest run's last failure ("" when none failed)."""
    if journal is None:
        return ""
    for entry in reversed(journal.data.entries):
        if entry.step == "run":
            return ""
        if entry.state == State.FAILED.value:
            return entry.step
    return ""


def _from_journal(ctx: BuildContext) -> tuple[list[StepState], list[StepState]]:
    """Done and not done as the latest run recorded them (the pool could not be read)."""
    from wizard.steps.engine import all_steps

    journal = ctx.journal
    latest: dict[str, set[str]] = {}
    if journal is not None:
        for entry in reversed(journal.data.entries):
            if entry.step == "run":
                break
            latest.setdefault(entry.step, set()).add(entry.state)
    done, left = [], []
    for step in all_steps():
        rows = step.hosts(ctx)
        if not rows:
            continue
        states = latest.get(step.key, set())
        ended = states & {State.DONE.value, State.SKIPPED.value}
        if State.FAILED.value in states or (states and not ended):
            left.append(StepState(step.key, step.label, rows))
        elif ended or _did_work(journal, step.key):
            done.append(StepState(step.key, step.label, []))
        else:
            left.append(StepState(step.key, step.label, rows))
    return done, left


async def read_outcome(ctx: BuildContext, *, cancelled: bool = False, error: str = "") -> Outcome:
    """Read the pool again and ask every step what it would still do (nothing is changed)."""
    from wizard.steps.engine import all_steps
    from wizard.xapi.errors import XenPoolError

    names = {h.address: h.name or h.address for h in ctx.plan.hosts}
    outcome = Outcome(cancelled=cancelled, error=error, names=names)
    ssh, ctx.ssh = ctx.ssh, None  # the SSH proof is a check, not something built
    try:
        await ctx.refresh()
        for step in all_steps():
            rows = step.hosts(ctx)
            if not rows:
                continue  # not part of this plan (multipathing off, no SSH)
            actions = await step.actions(ctx)
            if actions:
                touched = {a.host for a in actions}
                ordered = [r for r in rows if r in touched] + sorted(touched - set(rows))
                outcome.left.append(StepState(step.key, step.label, ordered))
            elif _did_work(ctx.journal, step.key):
                outcome.done.append(StepState(step.key, step.label, []))
    except (XenPoolError, OSError) as exc:
        log.warning("reading the pool back after the build failed: %s", exc)
        outcome.unread = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        outcome.done, outcome.left = _from_journal(ctx)
    finally:
        ctx.ssh = ssh
    failed = _failed_step(ctx.journal) if error else ""
    outcome.stopped_in = failed or (outcome.left[0].key if outcome.left else "")
    return outcome
