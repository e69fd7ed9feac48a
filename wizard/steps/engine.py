"""Runs the steps in order: the one place that drives a build, for GUI and CLI alike."""

from __future__ import annotations

import asyncio
import logging
import shlex
import time
from dataclasses import dataclass, field

from wizard.concurrency import side_by_side
from wizard.i18n import translate
from wizard.plan import Plan
from wizard.progress import POOL, State
from wizard.steps.base import Action, Step, comment, stop
from wizard.steps.context import BuildContext, BuildStopped, StoppedBeforeStart
from wizard.steps.ha import HaStep, PauseHaStep
from wizard.steps.hostchecks import HostChecksStep
from wizard.steps.inventory import note_objects
from wizard.steps.iscsigate import IscsiGateStep
from wizard.steps.multipath import MultipathStep
from wizard.steps.network import StorageNetworkStep
from wizard.steps.pool import JoinStep, PoolNameStep
from wizard.steps.storage import SrStep
from wizard.steps.vms import MoveVmsStep
from wizard.text import one_line
from wizard.xapi.errors import ConnectionBroken, XenPoolError

log = logging.getLogger(__name__)


def all_steps() -> list[Step]:
    return [
        PoolNameStep(),
        PauseHaStep(),
        JoinStep(),
        StorageNetworkStep(),
        HostChecksStep(),  # only with SSH access (BuildContext.ssh)
        MultipathStep(),  # only when the plan asks for it; before any SR
        IscsiGateStep(),  # every iSCSI check, before the first SR is made
        SrStep("data"),
        SrStep("heartbeat"),
        HaStep(),
        MoveVmsStep(),
    ]


POOL_PHASE = ("pool", "haoff", "join", "network")  # what must exist before iSCSI discovery works


@dataclass
class StepResult:
    key: str
    title: str
    actions: list[Action]
    seconds: float = 0.0
    state: State = State.WAITING


@dataclass
class BuildResult:
    steps: list[StepResult] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(s.actions for s in self.steps)


async def pending(ctx: BuildContext, steps: list[Step] | None = None) -> list[StepResult]:
    """What each step would still do (a dry run: nothing is changed)."""
    results = []
    for step in steps or all_steps():
        results.append(StepResult(step.key, step.label, await step.actions(ctx)))
    return results


def stages(steps: list[Step]) -> list[list[Step]]:
    """Steps grouped into what runs side by side: a step joins the stage before it when
    that stage holds a step it goes ``alongside`` (the iSCSI gate and the two SRs, on
    different LUNs, are checked and made at once)."""
    out: list[list[Step]] = []
    for step in steps:
        if out and any(other.key in step.alongside for other in out[-1]):
            out[-1].append(step)
        else:
            out.append([step])
    return out


RESUMES = 3  # a stage is taken up again at most this often after a broken connection
QUIET_SECONDS = 600.0  # how long a resume waits for the pool's pending tasks to end


async def run_steps(ctx: BuildContext, steps: list[Step] | None = None) -> BuildResult:
    """Run every step's remaining actions; stop at the first failure (re-run resumes).

    A connection that broke under a change (a reset on a bad link) is not a failure of
    the step: once the pool's tasks have ended, the stage is read again and taken up
    where it stands, as a re-run would, at most RESUMES times."""
    result = BuildResult()
    try:
        for stage in stages(steps or all_steps()):
            if ctx.cancel.is_set():
                break
            for attempt in range(RESUMES + 1):
                records = [StepResult(step.key, step.label, []) for step in stage]
                try:
                    await _run_stage(ctx, stage, records, result)
                    break
                except ConnectionBroken as broken:
                    if attempt == RESUMES or ctx.cancel.is_set():
                        raise
                    log.warning("resuming %s after: %s", stage[0].key, broken.message)
                    await _pool_settled(ctx)
                    await ctx.refresh()
                    result.steps = [r for r in result.steps if r not in records]
    except XenPoolError as exc:
        if _ha_paused(ctx, result):
            still_off = translate(
                "Steps",
                "HA was turned off for the joins and stays off until a build finishes: run "
                "again once the cause is fixed.",
            )
            exc.advice = f"{exc.advice} {still_off}".strip()
        raise
    return result


async def _run_stage(
    ctx: BuildContext, stage: list[Step], records: list[StepResult], result: BuildResult
) -> None:
    result.steps += records
    ctx.stage.clear()
    try:
        # Every step of the stage plans before any acts: a step's action may count on what
        # another step of the stage planned (the SR steps' probes are the iSCSI gate's).
        planned = await side_by_side(*(step.actions(ctx) for step in stage))
        # Every step of the stage ends before a failure stops the build.
        await side_by_side(
            *(
                _run_step(ctx, step, record, actions)
                for step, record, actions in zip(stage, records, planned, strict=True)
            )
        )
    finally:
        done = [r for r in records if r.state is State.DONE]
        if done:
            await ctx.refresh()  # once for the stage, not once per step in it
            for record in done:
                await note_objects(ctx, record.key)


async def _pool_settled(ctx: BuildContext) -> None:
    """Wait until no task is pending in the pool: the call the broken connection carried
    may still be running there (XAPI finishes it whoever listens), and taking the step up
    before it ends could do it twice (a second SR on the LUN)."""
    deadline = time.monotonic() + QUIET_SECONDS
    while True:
        tasks = await ctx.pool_call("task.get_all_records")
        if not any(t.get("status") == "pending" for t in tasks.values()):
            return
        if time.monotonic() > deadline:
            raise BuildStopped(
                translate("Steps", "tasks are still running in the pool after a broken connection"),
                translate(
                    "Steps",
                    "Wait until the pool's tasks have ended (xe task-list), then run the build "
                    "again: it reads the pool first and does only what is missing.",
                ),
            )
        await asyncio.sleep(1.0)


def _ha_paused(ctx: BuildContext, result: BuildResult) -> bool:
    """This run or an earlier one turned HA off for the joins, and the HA step has not run."""
    if any(r.key == "ha" and r.state is State.DONE for r in result.steps):
        return False
    if any(r.key == "haoff" and r.state is State.DONE for r in result.steps):
        return True
    master = ctx.facts.get(ctx.plan.master_host.address)
    return bool(master and master.pool_ha_paused)


async def _run_step(
    ctx: BuildContext, step: Step, record: StepResult, actions: list[Action]
) -> None:
    started = time.monotonic()
    record.actions = actions
    rows = step.hosts(ctx)
    if not record.actions:
        for row in rows:
            ctx.progress(step.key, row, State.SKIPPED, 1.0, translate("Steps", "already in place"))
        record.state = State.SKIPPED
        await note_objects(ctx, step.key)
        return
    touched = {a.host for a in record.actions}
    # A pool-wide action (an SR, HA) concerns every host: "nothing to do" would be wrong
    # there, and the SR steps report each host's attach themselves.
    for row in [] if POOL in touched else rows:
        if row not in touched and row != POOL:
            ctx.progress(
                step.key,
                row,
                State.SKIPPED,
                1.0,
                translate("Steps", "nothing to do on this host"),
            )
    try:
        for group in sorted({a.group for a in record.actions}):
            batch = [a for a in record.actions if a.group == group]
            # Every action of the group ends before a failure stops the build.
            await side_by_side(*(_run_action(ctx, step, a) for a in batch))
    except BaseException as exc:
        record.state = State.FAILED
        record.seconds = time.monotonic() - started
        await note_objects(ctx, step.key, exc)  # what it made before failing
        raise
    record.state = State.DONE
    record.seconds = time.monotonic() - started
    if ctx.journal is not None:  # the report's time for the step: its own, not the journal's span
        ctx.journal.note_seconds(step.key, record.seconds)


async def _run_action(ctx: BuildContext, step: Step, action: Action) -> None:
    if action.run is None:
        return
    ctx.progress(step.key, action.host, State.RUNNING, 0.0, action.summary)

    def report(fraction: float) -> None:
        ctx.progress(
            step.key, action.host, State.RUNNING, max(0.0, min(1.0, fraction)), action.summary
        )

    try:
        await action.run(report)
    except StoppedBeforeStart:
        raise  # the row shows the stop, not a failure: nothing was done
    except Exception as exc:
        ctx.progress(step.key, action.host, State.FAILED, 1.0, str(exc).splitlines()[0])
        raise
    ctx.progress(step.key, action.host, State.DONE, 1.0, action.summary)


def export_script(plan: Plan) -> str:
    """The build as an annotated xe script an admin could run by hand (outside any event
    loop: the command line; code on a running loop, the GUI, awaits script_of)."""
    return asyncio.run(script_of(plan))


async def script_of(plan: Plan) -> str:
    """The build as an annotated xe script an admin could run by hand."""
    from wizard.xapi.trust import PinStore, Trust

    ctx = BuildContext(plan=plan, password="", trust=Trust(PinStore()), offline=True)
    # The commands stay as they are; the comment lines are for the admin, in their language.
    # Every comment line goes through comment(): plan text (host names...) cannot end it.
    lines = [
        "#!/bin/sh",
        comment(
            translate(
                "Steps", "Generated by xenpool-wizard: the build plan as xe commands, step by step."
            )
        ),
        comment(
            translate(
                "Steps",
                "Set XENPOOL_PASSWORD (and XENPOOL_CHAP_SECRET for CHAP) in the environment first.",
            )
        ),
        comment(
            translate(
                "Steps",
                "xe reads the login from a private temporary file (XE_EXTRA_ARGS passwordfile=), "
                "so the password is not on xe's command lines.",
            )
        ),
        comment(
            translate(
                "Steps",
                "Every command stops the script on failure; check each step's output before the "
                "next.",
            )
        ),
        comment(
            translate(
                "Steps",
                "Each step first looks at what is already there: after a failure, fix the cause "
                "and run the whole script again.",
            )
        ),
        "set -eu",
        *_login_lines(plan),
        "",
    ]
    for step in all_steps():
        actions = await step.actions(ctx)
        if not actions:
            continue
        lines.append(comment(f"--- {step.label} ---"))
        for action in actions:
            lines.append(comment(action.summary))
            lines.extend(action.xe)
        lines.append("")
    return "\n".join(lines)


def _login_lines(plan: Plan) -> list[str]:
    """The script's start: the secrets it needs are set, and xe logs in from a private file."""
    lines = [
        'if [ -z "${XENPOOL_PASSWORD:-}" ]; then '
        + stop(translate("Steps", "Set XENPOOL_PASSWORD to the hosts' password first."))
        + "; fi",
    ]
    if plan.iscsi.chap_user:
        lines.append(
            'if [ -z "${XENPOOL_CHAP_SECRET:-}" ]; then '
            + stop(translate("Steps", "Set XENPOOL_CHAP_SECRET to the target's CHAP secret first."))
            + "; fi"
        )
    return [
        *lines,
        # set by the steps below, never taken from the environment
        "NET= SR= HBSR= HA_PAUSED=",
        "XENPOOL_LOGIN=$(mktemp)",  # created 0600
        # On the way out: the login file goes; a stop while HA is paused says HA is off.
        "on_exit() {",
        "  status=$?",
        '  rm -f "$XENPOOL_LOGIN"',
        '  if [ "$status" -ne 0 ] && [ -n "$HA_PAUSED" ]; then',
        "    printf '%s\\n' "
        + shlex.quote(
            one_line(
                translate(
                    "Steps",
                    "HA was turned off for the joins and is still off: fix the cause and run "
                    "the script again (its last step turns HA on)",
                )
            )
        )
        + " >&2",
        "  fi",
        "}",
        "trap on_exit EXIT",
        "trap 'exit 1' HUP INT TERM",
        f'printf \'%s\\n%s\\n\' {shlex.quote(plan.username)} "$XENPOOL_PASSWORD" >"$XENPOOL_LOGIN"',
        'XE_EXTRA_ARGS="${XE_EXTRA_ARGS:+$XE_EXTRA_ARGS,}passwordfile=$XENPOOL_LOGIN"',
        "export XE_EXTRA_ARGS",
    ]
