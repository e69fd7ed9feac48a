"""``report`` and ``health``: look at a pool as built, or at a member that looks lost."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wizard import exitcodes, report
from wizard.diagnosis import HEALTHY, diagnose
from wizard.qtapp import ensure_gui_application
from wizard.terminal import session_for
from wizard.xapi.client import Endpoint, connect_to_pool
from wizard.xapi.errors import XenPoolError
from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted


def run(args: argparse.Namespace) -> int:
    session = session_for(args)
    password = session.password(args.user, args.host)
    if not password:
        print("no password: set XENPOOL_PASSWORD or run in a terminal", file=sys.stderr)
        return exitcodes.EXIT_USAGE
    trust = session.trust(port=args.port)
    try:
        if args.command == "report":
            if args.format == "pdf" and not args.output:
                print("--format pdf needs --output FILE", file=sys.stderr)
                return exitcodes.EXIT_USAGE
            output = Path(args.output) if args.output else None
            text = pool_report(
                args.host,
                args.port,
                args.user,
                password,
                trust.fingerprint_for,
                args.format,
                output,
                journal=Path(args.journal) if getattr(args, "journal", None) else None,
            )
            print(text)
            return exitcodes.EXIT_OK
        if args.ssh and not args.master:
            print("--ssh needs --master ADDRESS (the hop to the member)", file=sys.stderr)
            return exitcodes.EXIT_USAGE
        diagnosis = diagnose(
            args.host,
            args.port,
            args.user,
            password,
            trust.fingerprint_for,
            master=args.master or "",
            ssh=session.ssh_access(args.user, password, key_file=args.ssh_key or "")
            if args.ssh
            else None,
        )
        print(diagnosis.render())
        return exitcodes.EXIT_OK if diagnosis.verdict == HEALTHY else exitcodes.EXIT_STEP_FAILED
    except (CertificateMismatch, CertificateNotTrusted, XenPoolError) as exc:
        print(str(exc), file=sys.stderr)
        return exitcodes.EXIT_CONNECTION


def pool_report(
    address: str,
    port: int,
    user: str,
    password: str,
    fingerprint_for: Any,
    fmt: str = "markdown",
    output: Path | None = None,
    journal: Path | None = None,
) -> str:
    """The report as text (markdown/html), or written to ``output`` (html/pdf).

    The build's journal adds the step timings and the findings that remain: the
    one given, else the pool's own (where ``apply`` keeps it), when there is one.
    """
    from wizard.journal import Journal
    from wizard.session import journal_path

    client = connect_to_pool(Endpoint(address, port), fingerprint_for, user, password)
    try:
        snap = report.snapshot(client)
        master = client.endpoint.address
    finally:
        client.logout()
    path = journal_path(snap.name, master, journal)
    if path.is_file():
        report.with_journal(snap, Journal(path))
    if fmt == "markdown":
        text = report.markdown(snap)
        if output is not None:
            output.write_text(text, encoding="utf-8")
        return text
    if output is None:
        if fmt == "html":
            return report.html_report(snap)
        raise ValueError("a PDF report needs --output FILE")
    ensure_gui_application()
    if fmt == "pdf":
        report.write_pdf(snap, output)
    else:
        report.write_html(snap, output)
    return f"report written to {output}"
