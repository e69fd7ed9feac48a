"""The headless subcommands: validate, apply, export-xe, report, health, join-info."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from wizard import exitcodes
from wizard.findings import Finding, Severity
from wizard.i18n import translate
from wizard.plan import Plan, PlanError, load
from wizard.progress import POOL, Progress, State
from wizard.session import Session
from wizard.steps.base import comment
from wizard.steps.context import BuildContext
from wizard.steps.engine import export_script, pending, run_steps
from wizard.steps.preflight import preflight
from wizard.terminal import session_for
from wizard.xapi.errors import AuthenticationFailed, HostUnreachable, XenPoolError
from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _print_findings(findings: list[Finding]) -> None:
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    for finding in sorted(findings, key=lambda f: order[f.severity]):
        print(finding.render())


def _load(path: str) -> Plan | int:
    try:
        return load(Path(path))
    except PlanError as exc:
        _err(translate("Headless", "{path}: the plan has problems:").format(path=path))
        for finding in exc.findings:
            _err("  " + finding.render().replace("\n", "\n  "))
        return exitcodes.EXIT_INVALID_PLAN


class _ProgressPrinter:
    """One line per state change, and at 25 % marks of long work."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, str], tuple[State, int]] = {}

    def __call__(self, event: Progress) -> None:
        key = (event.step, event.host)
        quarter = int(event.fraction * 4)
        if self.last.get(key) == (event.state, quarter):
            return
        self.last[key] = (event.state, quarter)
        host = translate("Headless", "pool") if event.host == POOL else event.host
        percent = f"{event.fraction:4.0%}" if event.state is State.RUNNING else ""
        print(
            f"[{event.step:9}] {host:15} {event.state.label:8}{percent:>5}  {event.message}",
            flush=True,
        )


async def _save_report(ctx: BuildContext) -> None:
    """The report of the pool as built, next to the journal (a failure here is only a warning)."""
    from wizard import report
    from wizard.xapi.aio import in_thread

    if ctx.journal is None or ctx.journal.path is None or ctx.master is None:
        return
    try:
        snap = report.with_journal(await in_thread(report.snapshot, ctx.master.client), ctx.journal)
        paths = report.write_all(snap, report.report_base(ctx.journal.path))
    except Exception as exc:  # the pool is built: a report that fails is only a warning
        _err(translate("Headless", "The report could not be written: {reason}").format(reason=exc))
        return
    for path in paths:
        print(translate("Headless", "Report: {path}").format(path=path))


def run(args: argparse.Namespace) -> int:
    if args.command == "export-xe":
        loaded = _load(args.plan)
        if isinstance(loaded, int):
            return loaded
        print(export_script(loaded))
        return exitcodes.EXIT_OK
    if args.command == "join-info":
        return join_info(args)
    if args.command in ("report", "health"):
        from wizard import inspect

        return inspect.run(args)
    loaded = _load(args.plan)
    if isinstance(loaded, int):
        return loaded
    plan = loaded
    session = session_for(args)
    password = session.password(plan.username, plan.master_host.address)
    if not password:
        _err(
            translate(
                "Headless",
                "no password: set XENPOOL_PASSWORD, store it in the OS keyring, or run in a "
                "terminal to be asked",
            )
        )
        return exitcodes.EXIT_USAGE
    chap = session.chap_secret(plan)
    if plan.iscsi.chap_user and not chap:
        _err(
            translate(
                "Headless",
                "the plan uses CHAP but no secret was given: set XENPOOL_CHAP_SECRET or run "
                "in a terminal",
            )
        )
        return exitcodes.EXIT_USAGE
    ctx = _context(args, session, plan, password)
    ctx.chap_secret = chap
    return asyncio.run(_build(args, session, ctx))


def _context(args: argparse.Namespace, session: Session, plan: Plan, password: str) -> BuildContext:
    """The build's context with the command line's choices, journal and SSH access."""
    host_passwords = session.stored_passwords(plan.username, [h.address for h in plan.members])
    host_passwords = {a: own for a, own in host_passwords.items() if own != password}
    ctx = session.context(plan, password, host_passwords=host_passwords, report=_ProgressPrinter())
    ctx.allow_destroy = bool(getattr(args, "yes_destroy", False))
    ctx.pause_ha = bool(getattr(args, "yes_pause_ha", False))
    if getattr(args, "yes_force_join", False):
        ctx.forced_joins = frozenset(h.address for h in plan.members if h.force_join)
    if args.command == "apply" and not args.dry_run:
        ctx.journal = session.open_journal(plan, Path(args.journal) if args.journal else None)
    if getattr(args, "ssh", False):
        ctx.ssh = session.ssh_access(
            plan.username,
            password,
            key_file=args.ssh_key or "",
            host_passwords=host_passwords,
            skip_advice=translate(
                "Cli",
                "The SSH checks are optional: run the same command without {flag} to skip them.",
            ).format(flag="--ssh"),
        )
    return ctx


async def _build(args: argparse.Namespace, session: Session, ctx: BuildContext) -> int:
    try:
        await ctx.connect()
    except (CertificateMismatch, CertificateNotTrusted) as exc:
        _err(str(exc))
        if isinstance(exc, CertificateNotTrusted):
            _err(
                translate(
                    "Headless",
                    "Run in a terminal to confirm it, put it in the plan (hosts[].fingerprint), "
                    "or pass --yes to trust on first use.",
                )
            )
        return exitcodes.EXIT_CONNECTION
    except (HostUnreachable, AuthenticationFailed) as exc:
        _err(str(exc))
        return exitcodes.EXIT_CONNECTION
    except XenPoolError as exc:
        _err(str(exc))
        return exitcodes.EXIT_CONNECTION
    try:
        findings = await preflight(ctx)
        _print_findings(findings)
        if ctx.journal is not None:
            ctx.journal.set_findings(findings)
        if any(f.blocking for f in findings):
            _err(translate("Headless", "Pre-flight found blockers: nothing was changed."))
            return exitcodes.EXIT_BLOCKED
        if args.command == "validate":
            return exitcodes.EXIT_OK
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        question = translate("Headless", "Accept {count} warning(s) and build? [y/N] ")
        if (
            warnings
            and not args.dry_run
            and not session.prompter.consent(question.format(count=len(warnings)))
        ):
            _err(
                translate(
                    "Headless",
                    "Warnings not accepted: nothing was changed (pass --yes to accept them "
                    "unattended).",
                )
            )
            return exitcodes.EXIT_BLOCKED
        if args.dry_run:
            for step in await pending(ctx):
                print(
                    comment(
                        (
                            translate("Headless", "{step}: nothing to do")
                            if not step.actions
                            else translate("Headless", "{step}: {count} action(s)")
                        ).format(step=step.title, count=len(step.actions))
                    )
                )
                for action in step.actions:
                    print(comment(f"  - {action.summary}"))
                    for line in action.xe:
                        print(f"      {line}")
            return exitcodes.EXIT_OK
        result = await run_steps(ctx)
        print(
            translate("Headless", "Nothing to change: the pool already matches the plan.")
            if not result.changed
            else translate("Headless", "Build finished.")
        )
        await _save_report(ctx)
        return exitcodes.EXIT_OK
    except XenPoolError as exc:
        _err(
            "\n" + translate("Headless", "The build stopped: {message}").format(message=exc.message)
        )
        if exc.advice:
            _err(exc.advice)
        _err(translate("Headless", "Run the same command again to resume from where it stopped."))
        return exitcodes.EXIT_STEP_FAILED
    finally:
        await ctx.close()


def join_info(args: argparse.Namespace) -> int:
    """``join-info``: print a line for pinned hosts, or pin the hosts of a pasted line."""
    from wizard.joininfo import JoinInfoError, decode, line_for
    from wizard.xapi.fingerprints import format_fingerprint

    session = session_for(args)
    pins = session.pins
    if args.import_line is not None:
        try:
            info = decode(args.import_line)
        except JoinInfoError as exc:
            print(f"--import: {exc}", file=sys.stderr)
            return exitcodes.EXIT_USAGE
        conflict = session.pin_join_info(info)
        if conflict is not None:
            print(
                translate(
                    "JoinInfo",
                    "{address}: the join information has a different fingerprint than the "
                    "one pinned here; nothing was pinned. Check the host's console.",
                ).format(address=conflict.address),
                file=sys.stderr,
            )
            return exitcodes.EXIT_CONNECTION
        for host in info.hosts:
            print(
                translate("JoinInfo", "{address}: pinned {fingerprint}").format(
                    address=host.address, fingerprint=format_fingerprint(host.fingerprint)
                )
            )
        return exitcodes.EXIT_OK
    if not args.host:
        print("join-info: give --host ADDRESS (pinned hosts) or --import LINE", file=sys.stderr)
        return exitcodes.EXIT_USAGE
    missing = [address for address in args.host if not pins.get(address)]
    if missing:
        print(
            translate(
                "JoinInfo",
                "not pinned yet: {addresses}. Connect once (validate, or the wizard's Hosts "
                "page) and confirm the fingerprint against the host's console first.",
            ).format(addresses=", ".join(missing)),
            file=sys.stderr,
        )
        return exitcodes.EXIT_USAGE
    print(line_for(args.pool_name, args.port, {a: pins.get(a) for a in args.host}))
    return exitcodes.EXIT_OK
