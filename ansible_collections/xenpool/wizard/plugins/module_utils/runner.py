# Running the engine for the modules: pre-flight, the dry run or the build, the report.
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The CLI's ``apply`` and ``report`` semantics, returning data instead of printing."""

from __future__ import annotations

import asyncio
import contextlib
import io
from typing import Any

from ansible_collections.xenpool.wizard.plugins.module_utils.engine import (
    CONNECTION_ERRORS,
    differences,
    finding_data,
    findings_message,
    other_srs,
    pending_data,
    plan_summary,
    pool_summary,
    report_data,
)
from ansible_collections.xenpool.wizard.plugins.module_utils.session import (
    ModuleSession,
    SessionError,
    connect_pool,
)

# The modules import this only once engine.HAS_WIZARD says the engine is there: a name
# the engine no longer has must fail here, loudly, not later as a NameError.
from wizard import report
from wizard.findings import Severity
from wizard.plan import Plan, plan_to_dict
from wizard.steps.engine import pending, run_steps
from wizard.steps.preflight import preflight
from wizard.xapi.aio import in_thread
from wizard.xapi.errors import XenPoolError


class TaskFailure(Exception):
    """The task fails: ``msg`` for the reader, ``data`` for the playbook."""

    def __init__(self, msg: str, **data: Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.data = data


def quietly(coroutine: Any) -> Any:
    """Run on a fresh event loop; nothing the engine prints may reach the module's JSON."""
    with contextlib.redirect_stdout(io.StringIO()):
        return asyncio.run(coroutine)


def _connection_failure(exc: BaseException) -> TaskFailure:
    text = str(exc)
    if "trust" in type(exc).__name__.lower() or type(exc).__name__ == "CertificateNotTrusted":
        text += (
            "\nPut the fingerprint in the plan (hosts[].fingerprint), pin it with "
            "`xenpool-wizard join-info --import`, or set trust_on_first_use: true."
        )
    return TaskFailure(text, error="connection")


def _snapshot(ctx: Any) -> Any:
    snap = report.snapshot(ctx.master.client)
    if ctx.journal is not None:
        report.with_journal(snap, ctx.journal)
    return snap


async def _apply(
    session: ModuleSession, check_mode: bool, accept: bool, diff: bool
) -> dict[str, Any]:
    ctx = session.ctx
    try:
        await ctx.connect()
    except CONNECTION_ERRORS as exc:
        await ctx.close()
        raise _connection_failure(exc) from None
    try:
        findings = await preflight(ctx)
        if ctx.journal is not None:
            ctx.journal.set_findings(findings)
        found = [finding_data(f) for f in findings]
        blockers = [f for f in findings if f.blocking]
        if blockers:
            raise TaskFailure(
                findings_message("Pre-flight found blockers: nothing was changed.", findings),
                findings=found,
                blockers=[finding_data(f) for f in blockers],
                error="blocked",
            )
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        if warnings and not accept and not check_mode:
            raise TaskFailure(
                findings_message(
                    "Warnings not accepted: nothing was changed (set yes_warnings: true to "
                    "accept them).",
                    findings,
                ),
                findings=found,
                warnings_not_accepted=[finding_data(f) for f in warnings],
                error="blocked",
            )
        before = await in_thread(pool_summary, ctx.master.client) if diff else None
        if check_mode:
            steps = await pending(ctx)
            changed = any(step.actions for step in steps)
            after = plan_summary(ctx.plan)
        else:
            try:
                built = await run_steps(ctx)
            except XenPoolError as exc:
                raise TaskFailure(
                    f"The build stopped: {exc.message}"
                    + (f"\n{exc.advice}" if exc.advice else "")
                    + "\nRun the task again to resume from where it stopped.",
                    findings=found,
                    error="step failed",
                    code=getattr(exc, "code", ""),
                ) from None
            steps = built.steps
            changed = built.changed
            after = await in_thread(pool_summary, ctx.master.client) if diff else None
        snap = await in_thread(_snapshot, ctx)
        result: dict[str, Any] = {
            "changed": changed,
            "findings": found,
            "steps": pending_data(steps),
            "report": report_data(snap),
            "plan": plan_to_dict(ctx.plan),
            "trusted_on_first_use": session.trusted_on_first_use(),
            "ssh_host_keys_trusted_on_first_use": session.host_keys_trusted,
        }
        if diff:
            result["diff"] = {"before": before, "after": after}
        return result
    finally:
        await ctx.close()


def apply(
    session: ModuleSession, *, check_mode: bool, accept_warnings: bool, diff: bool
) -> dict[str, Any]:
    return dict(quietly(_apply(session, check_mode, accept_warnings, diff)))


async def _drift(session: ModuleSession) -> dict[str, Any]:
    ctx = session.ctx
    try:
        await ctx.connect()
    except CONNECTION_ERRORS as exc:
        await ctx.close()
        raise _connection_failure(exc) from None
    try:
        steps = await pending(ctx)
        pool = await in_thread(pool_summary, ctx.master.client)
        snap = await in_thread(report.snapshot, ctx.master.client)
        planned = plan_summary(ctx.plan)
        remaining = [s for s in pending_data(steps) if s["actions"]]
        return {
            "report": report_data(snap),
            "summary": pool,
            "drift": {
                "in_sync": not remaining,
                "differences": differences(pool, planned),
                "other_srs": other_srs(pool, planned),
                "pending": remaining,
            },
            "trusted_on_first_use": session.trusted_on_first_use(),
        }
    finally:
        await ctx.close()


def drift(session: ModuleSession) -> dict[str, Any]:
    return dict(quietly(_drift(session)))


def inspect(address: str, port: int, username: str, params: dict[str, Any]) -> dict[str, Any]:
    """The pool as built, read through its master (the ``report`` command's content)."""
    from wizard.journal import Journal, default_path

    with contextlib.redirect_stdout(io.StringIO()):
        try:
            client, trusted = connect_pool(address, port, username, params)
        except CONNECTION_ERRORS as exc:
            raise _connection_failure(exc) from None
        try:
            snap = report.snapshot(client)
            summary = pool_summary(client)
            master = client.endpoint.address
        finally:
            client.logout()
    journal = default_path(snap.name, master)
    if journal.is_file():
        report.with_journal(snap, Journal(journal))
    return {
        "report": report_data(snap),
        "summary": summary,
        "markdown": report.markdown(snap),
        "trusted_on_first_use": trusted,
    }


__all__ = ["Plan", "SessionError", "TaskFailure", "apply", "drift", "inspect"]
