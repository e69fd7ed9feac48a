"""Runs the steps in order: the one place that drives a build, for GUI and CLI alike."""

from __future__ import annotations

import asyncio
import shlex
import time
from dataclasses import dataclass, field

from wizard.checks.capacity import ha_findings, live_move_findings, local_vm_findings
from wizard.checks.facts import HA_PAUSED_KEY, HostFacts
from wizard.checks.iscsi import iscsi_findings
from wizard.checks.network import storage_network_findings
from wizard.checks.pool_join import needs_force, pool_findings
from wizard.concurrency import side_by_side
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import Plan, validate
from wizard.progress import POOL, State
from wizard.steps.base import Action, Step, comment, stop
from wizard.steps.context import BuildContext
from wizard.steps.ha import HaStep, PauseHaStep
from wizard.steps.hostchecks import HostChecksStep
from wizard.steps.inventory import note_objects
from wizard.steps.iscsigate import IscsiGateStep, own_sr_uuids
from wizard.steps.multipath import MultipathStep
from wizard.steps.network import StorageNetworkStep
from wizard.steps.pool import JoinStep, PoolNameStep
from wizard.steps.storage import SrStep
from wizard.steps.vms import MoveVmsStep
from wizard.text import one_line
from wizard.xapi.errors import XenPoolError


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


async def preflight(ctx: BuildContext) -> list[Finding]:
    """Every finding about the plan and the live hosts, before anything changes."""
    findings = list(validate(ctx.plan))
    hosts = list(ctx.facts.values())
    master = ctx.facts.get(ctx.plan.master_host.address)
    if master is None:
        return findings
    findings += pool_findings(master, hosts, ctx.forced_joins, pause_ha=ctx.pause_ha)
    findings += unconfirmed_force_findings(ctx, master)
    findings += pause_ha_findings(ctx, master)
    findings += storage_network_findings(ctx.plan, hosts)
    xapi_max = None
    if ctx.plan.ha.enabled and all(ctx.in_pool(h.address) for h in ctx.plan.hosts):
        xapi_max = await xapi_hypothetical(ctx)
    findings += ha_findings(ctx.plan, hosts, xapi_max)
    findings += local_vm_findings(hosts)
    findings += live_move_findings(ctx.plan, hosts)
    findings += await _storage_findings(ctx)
    return findings


def unconfirmed_force_findings(ctx: BuildContext, master: HostFacts) -> list[Finding]:
    """The plan asks for a forced join nobody confirmed in this run (or none is needed)."""
    out = []
    for host in ctx.plan.members:
        facts = ctx.facts.get(host.address)
        if not host.force_join or facts is None or host.address in ctx.forced_joins:
            continue
        if not needs_force(master, facts):
            continue
        out.append(
            Finding.error(
                host.address,
                translate("Steps", "the plan asks to force this host's join; it is not confirmed"),
                translate(
                    "Steps",
                    "Confirm it with {option} on the command line, or with Force join on the "
                    "Compatibility page. Better: make the host match the pool.",
                ).format(option="--yes-force-join"),
                check=QT_TRANSLATE_NOOP("Checks", "forced join"),
                force_cost=translate("Steps", "the join is forced, as the plan asks"),
            )
        )
    return out


def pause_ha_findings(ctx: BuildContext, master: HostFacts) -> list[Finding]:
    """HA off for the joins: asked for now, or left off by an earlier build that stopped.
    Either way the plan must turn it on again at the end."""
    joining = [h.name or h.address for h in ctx.plan.members if not ctx.in_pool(h.address)]
    pausing = ctx.pause_ha and master.pool_ha_enabled and bool(joining)
    earlier = master.pool_ha_paused
    if not earlier and not pausing:
        return []
    check = QT_TRANSLATE_NOOP("Checks", "HA")
    if not ctx.plan.ha.enabled:
        if earlier:
            message = translate(
                "Steps",
                "an earlier build turned HA off for the joins and did not finish; the plan "
                "now leaves HA off",
            )
            fix = translate(
                "Steps",
                "Set {key} in the plan to have it turned on again, or remove the mark if HA "
                "is to stay off: {command}",
            ).format(
                key="ha.enabled = true",
                command="xe pool-param-remove uuid=... param-name=other-config "
                f"param-key={HA_PAUSED_KEY}",
            )
        else:
            message = translate(
                "Steps",
                "HA would be turned off for the joins, but the plan does not turn it on again",
            )
            fix = translate("Steps", "Set {key} in the plan.").format(key="ha.enabled = true")
        return [Finding.error("ha.enabled", message, fix, check=check)]
    if earlier:
        message = translate(
            "Steps",
            "HA is off: an earlier build turned it off for the joins and stopped before "
            "turning it on again",
        )
        fix = translate("Steps", "This build turns it on again at its last step.")
    else:
        message = translate(
            "Steps",
            "HA is turned off for the joins of {hosts} and enabled again at the end: until then "
            "no VM is restarted if a host fails",
        ).format(hosts=", ".join(joining))
        fix = translate("Steps", "Build at a quiet time; the HA step re-enables it.")
    return [Finding.warning("ha.enabled", message, fix, check=check)]


def storage_network_ready(ctx: BuildContext) -> bool:
    """Every planned host is in the pool with its storage IP up: the target is reachable."""
    net = ctx.plan.storage_network
    ips = ctx.plan.storage_ips()
    for host in ctx.plan.hosts:
        facts = ctx.facts.get(host.address)
        if facts is None or not ctx.in_pool(host.address):
            return False
        if not any(
            n.vlan == net.vlan and n.ip == ips.get(host.address) and n.attached for n in facts.nics
        ):
            return False
    return True


def initiator_findings(ctx: BuildContext) -> list[Finding]:
    """Every host's initiator IQN: the array's access list must hold all of them."""
    out = []
    for host in ctx.plan.hosts:
        facts = ctx.facts.get(host.address)
        if facts is not None and facts.iscsi_iqn:
            out.append(
                Finding.info(
                    host.address,
                    translate("Steps", "iSCSI initiator {iqn}").format(iqn=facts.iscsi_iqn),
                    translate(
                        "Steps",
                        "Allow it on the array (its initiator/ACL list) before the SR is created, "
                        "or the SR attaches on some hosts only.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "iSCSI initiator"),
                    evidence=facts.iscsi_iqn,
                )
            )
    return out + multipath_findings(ctx)


def multipath_findings(ctx: BuildContext) -> list[Finding]:
    """Several portals want multipathing, asked for before the SR exists."""
    iscsi = ctx.plan.iscsi
    if len(iscsi.portals) > 1 and not iscsi.multipath:
        return [
            Finding.warning(
                "iscsi.multipath",
                translate("Steps", "several portals, but multipathing is not planned"),
                translate(
                    "Steps",
                    "Plan multipathing (iSCSI page, or multipath = true under [iscsi]): the "
                    "build turns it on on every host before the SR is created; later it needs "
                    "the SR unplugged.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "multipath"),
            )
        ]
    if iscsi.multipath and len(iscsi.portals) == 1:
        return [
            Finding.info(
                "iscsi.multipath",
                translate("Steps", "multipathing with one portal gives each host one path"),
                translate(
                    "Steps",
                    "Add the array's other portals if it has them; otherwise it is harmless.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "multipath"),
            )
        ]
    return []


async def _storage_findings(ctx: BuildContext) -> list[Finding]:
    initiators = initiator_findings(ctx)
    if not storage_network_ready(ctx):
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
    vms = await ctx.pool_call("VM.get_all_records")
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


async def pending(ctx: BuildContext, steps: list[Step] | None = None) -> list[StepResult]:
    """What each step would still do (a dry run: nothing is changed)."""
    results = []
    for step in steps or all_steps():
        results.append(StepResult(step.key, step.label, await step.actions(ctx)))
    return results


def stages(steps: list[Step]) -> list[list[Step]]:
    """Steps grouped into what runs side by side: a step marked ``alongside_previous``
    joins the stage before it (the two SRs are made at once, on different LUNs)."""
    out: list[list[Step]] = []
    for step in steps:
        if out and step.alongside_previous:
            out[-1].append(step)
        else:
            out.append([step])
    return out


async def run_steps(ctx: BuildContext, steps: list[Step] | None = None) -> BuildResult:
    """Run every step's remaining actions; stop at the first failure (re-run resumes)."""
    result = BuildResult()
    for stage in stages(steps or all_steps()):
        if ctx.cancel.is_set():
            break
        records = [StepResult(step.key, step.label, []) for step in stage]
        result.steps += records
        try:
            # Every step of the stage ends before a failure stops the build.
            await side_by_side(
                *(_run_step(ctx, step, record) for step, record in zip(stage, records, strict=True))
            )
        except XenPoolError as exc:
            if _ha_paused(ctx, result):
                still_off = translate(
                    "Steps",
                    "HA was turned off for the joins and stays off until a build finishes: run "
                    "again once the cause is fixed.",
                )
                exc.advice = f"{exc.advice} {still_off}".strip()
            raise
        finally:
            done = [r for r in records if r.state is State.DONE]
            if done:
                await ctx.refresh()  # once for the stage, not once per step in it
                for record in done:
                    await note_objects(ctx, record.key)
    return result


def _ha_paused(ctx: BuildContext, result: BuildResult) -> bool:
    """This run or an earlier one turned HA off for the joins, and the HA step has not run."""
    if any(r.key == "ha" and r.state is State.DONE for r in result.steps):
        return False
    if any(r.key == "haoff" and r.state is State.DONE for r in result.steps):
        return True
    master = ctx.facts.get(ctx.plan.master_host.address)
    return bool(master and master.pool_ha_paused)


async def _run_step(ctx: BuildContext, step: Step, record: StepResult) -> None:
    started = time.monotonic()
    record.actions = await step.actions(ctx)
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
