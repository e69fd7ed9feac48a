"""The headless subcommands: validate, apply, export-xe, report, health."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard import cli, logs
from wizard.findings import Finding, Severity
from wizard.i18n import translate
from wizard.journal import Journal, default_path

if TYPE_CHECKING:
    from wizard.ssh import SshAccess
from wizard.plan import Plan, PlanError, load
from wizard.secrets import find_chap_secret, find_password, stored_password
from wizard.steps.base import POOL, Progress, State, comment
from wizard.steps.context import BuildContext
from wizard.steps.engine import export_script, pending, preflight, run_steps
from wizard.xapi.errors import AuthenticationFailed, HostUnreachable, XenPoolError
from wizard.xapi.fingerprints import format_fingerprint
from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted
from wizard.xapi.trust import PinStore, Trust


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _pin_store(args: argparse.Namespace) -> PinStore:
    if args.pins:
        return PinStore(Path(args.pins))
    from platformdirs import user_data_path

    return PinStore(user_data_path("xenpool-wizard") / "pinned-certificates.json")


def _confirm_fingerprint(address: str, fingerprint: str) -> bool:
    if not _interactive():
        return False
    answer = input(
        translate(
            "Headless",
            "{address} presents a certificate with SHA-256 fingerprint\n  {fingerprint}\n"
            "Compare it with the host's console (xe host-param-get ... or the XCP-ng/XenServer "
            "console). Trust it? [y/N] ",
        ).format(address=address, fingerprint=format_fingerprint(fingerprint))
    )
    return answer.strip().lower() in ("y", "yes")


def _trust(args: argparse.Namespace, plan: Plan | None, port: int) -> Trust:
    planned = {h.address: h.fingerprint for h in plan.hosts} if plan else {}
    return Trust(
        _pin_store(args),
        planned=planned,
        confirm=_confirm_fingerprint,
        pin_unknown=bool(getattr(args, "yes", False)),
        notify=lambda message: print(message, file=sys.stderr),
        port=port,
    )


def _password(username: str, address: str) -> str:
    prompt = (lambda text: getpass.getpass(text)) if _interactive() else None
    return find_password(username, address, prompt)


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
        return cli.EXIT_INVALID_PLAN


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


def _ssh_access(
    args: argparse.Namespace,
    username: str,
    password: str,
    host_passwords: dict[str, str] | None = None,
) -> SshAccess | None:
    """SSH to the hosts for the storage-path checks, host keys pinned like certificates."""
    if not getattr(args, "ssh", False):
        return None
    from wizard.ssh import SSH_PINS_NAME, pinned_access

    pins_path = Path(args.pins).with_name(SSH_PINS_NAME) if args.pins else None

    def confirm(address: str, fingerprint: str) -> bool:
        if args.yes:
            print(
                translate(
                    "Headless",
                    "{address}: trusting its SSH host key on first use ({fingerprint}); "
                    "it is pinned from now on.",
                ).format(address=address, fingerprint=fingerprint),
                file=sys.stderr,
            )
            return True
        if not _interactive():
            return False
        answer = input(
            translate(
                "Headless",
                "{address} presents the SSH host key {fingerprint}\n"
                "Compare it with `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` on its "
                "console. Trust it? [y/N] ",
            ).format(address=address, fingerprint=fingerprint)
        )
        return answer.strip().lower() in ("y", "yes")

    return pinned_access(
        confirm,
        username,
        password,
        key_file=args.ssh_key or "",
        host_passwords=host_passwords,
        pins_path=pins_path,
    )


def _journal(args: argparse.Namespace, plan: Plan) -> Journal | None:
    if args.command != "apply" or getattr(args, "dry_run", False):
        return None
    path = (
        Path(args.journal)
        if args.journal
        else default_path(plan.pool_name, plan.master_host.address)
    )
    journal = Journal(path, plan.pool_name)
    journal.start_run()
    return journal


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
        return cli.EXIT_OK
    if args.command in ("report", "health"):
        from wizard import inspect

        return inspect.run(args)
    loaded = _load(args.plan)
    if isinstance(loaded, int):
        return loaded
    plan = loaded
    password = _password(plan.username, plan.master_host.address)
    logs.register_secret(password)
    if not password:
        _err(
            translate(
                "Headless",
                "no password: set XENPOOL_PASSWORD, store it in the OS keyring, or run in a "
                "terminal to be asked",
            )
        )
        return cli.EXIT_USAGE
    chap = ""
    if plan.iscsi.chap_user:
        prompt = (lambda text: getpass.getpass(text)) if _interactive() else None
        chap = find_chap_secret(plan.iscsi.chap_user, plan.iscsi.portals[0], prompt)
        logs.register_secret(chap)
        if not chap:
            _err(
                translate(
                    "Headless",
                    "the plan uses CHAP but no secret was given: set XENPOOL_CHAP_SECRET or run "
                    "in a terminal",
                )
            )
            return cli.EXIT_USAGE
    host_passwords = {
        h.address: own
        for h in plan.members
        if (own := stored_password(plan.username, h.address)) and own != password
    }
    for own in host_passwords.values():
        logs.register_secret(own)
    ctx = BuildContext(
        plan=plan,
        password=password,
        host_passwords=host_passwords,
        chap_secret=chap,
        trust=_trust(args, plan, plan.port),
        report=_ProgressPrinter(),
        allow_destroy=bool(getattr(args, "yes_destroy", False)),
        pause_ha=bool(getattr(args, "yes_pause_ha", False)),
        forced_joins=frozenset(
            h.address
            for h in plan.members
            if h.force_join and getattr(args, "yes_force_join", False)
        ),
        journal=_journal(args, plan),
        ssh=_ssh_access(args, plan.username, password, host_passwords),
    )
    return asyncio.run(_build(args, ctx))


async def _build(args: argparse.Namespace, ctx: BuildContext) -> int:
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
        return cli.EXIT_CONNECTION
    except (HostUnreachable, AuthenticationFailed) as exc:
        _err(str(exc))
        return cli.EXIT_CONNECTION
    except XenPoolError as exc:
        _err(str(exc))
        return cli.EXIT_CONNECTION
    try:
        findings = await preflight(ctx)
        _print_findings(findings)
        if ctx.journal is not None:
            ctx.journal.set_findings(findings)
        if any(f.blocking for f in findings):
            _err(translate("Headless", "Pre-flight found blockers: nothing was changed."))
            return cli.EXIT_BLOCKED
        if args.command == "validate":
            return cli.EXIT_OK
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        if (
            warnings
            and not args.yes
            and not args.dry_run
            and (
                not _interactive()
                or input(
                    translate("Headless", "Accept {count} warning(s) and build? [y/N] ").format(
                        count=len(warnings)
                    )
                )
                .strip()
                .lower()
                not in ("y", "yes")
            )
        ):
            _err(
                translate(
                    "Headless",
                    "Warnings not accepted: nothing was changed (pass --yes to accept them "
                    "unattended).",
                )
            )
            return cli.EXIT_BLOCKED
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
            return cli.EXIT_OK
        result = await run_steps(ctx)
        print(
            translate("Headless", "Nothing to change: the pool already matches the plan.")
            if not result.changed
            else translate("Headless", "Build finished.")
        )
        await _save_report(ctx)
        return cli.EXIT_OK
    except XenPoolError as exc:
        _err(
            "\n" + translate("Headless", "The build stopped: {message}").format(message=exc.message)
        )
        if exc.advice:
            _err(exc.advice)
        _err(translate("Headless", "Run the same command again to resume from where it stopped."))
        return cli.EXIT_STEP_FAILED
    finally:
        await ctx.close()
