"""``report`` and ``health``: look at a pool as built, or at a member that looks lost."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard import cli, report
from wizard.secrets import find_password
from wizard.xapi.client import Endpoint, HostClient, connect_to_pool, is_reachable
from wizard.xapi.errors import XenPoolError
from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted


def _password(args: argparse.Namespace) -> str:
    prompt = (lambda text: getpass.getpass(text)) if sys.stdin and sys.stdin.isatty() else None
    return find_password(args.user, args.host, prompt)


def run(args: argparse.Namespace) -> int:
    from wizard.headless import _trust

    password = _password(args)
    if not password:
        print("no password: set XENPOOL_PASSWORD or run in a terminal", file=sys.stderr)
        return cli.EXIT_USAGE
    trust = _trust(args, None, args.port)
    try:
        if args.command == "report":
            if args.format == "pdf" and not args.output:
                print("--format pdf needs --output FILE", file=sys.stderr)
                return cli.EXIT_USAGE
            output = Path(args.output) if args.output else None
            text = pool_report(
                args.host,
                args.port,
                args.user,
                password,
                trust.fingerprint_for,
                args.format,
                output,
            )
            print(text)
            return cli.EXIT_OK
        diagnosis = diagnose(args.host, args.port, args.user, password, trust.fingerprint_for)
        print(diagnosis.render())
        return cli.EXIT_OK if diagnosis.verdict == HEALTHY else cli.EXIT_STEP_FAILED
    except (CertificateMismatch, CertificateNotTrusted, XenPoolError) as exc:
        print(str(exc), file=sys.stderr)
        return cli.EXIT_CONNECTION


def pool_report(
    address: str,
    port: int,
    user: str,
    password: str,
    fingerprint_for: Any,
    fmt: str = "markdown",
    output: Path | None = None,
) -> str:
    """The report as text (markdown/html), or written to ``output`` (html/pdf)."""
    client = connect_to_pool(Endpoint(address, port), fingerprint_for, user, password)
    try:
        snap = report.snapshot(client)
    finally:
        client.logout()
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


def ensure_gui_application() -> None:
    """Painting needs a QGuiApplication; headless runs use the offscreen platform."""
    import os

    from PySide6.QtWidgets import QApplication

    # A QApplication (not just a QGuiApplication), so a window can still open later.
    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _apps.append(QApplication([]))


_apps: list[Any] = []  # keeps the application alive for the process


HEALTHY = "healthy"
HOST_DOWN = "host down"
MANAGEMENT_LOST = "management network unreachable but VMs running"
MASTER_UNREACHABLE = "pool master unreachable"


@dataclass
class Diagnosis:
    address: str
    verdict: str
    evidence: list[str] = field(default_factory=list)
    advice: str = ""

    def render(self) -> str:
        out = [f"{self.address}: {self.verdict}"]
        out += [f"  - {line}" for line in self.evidence]
        if self.advice:
            out.append(f"  -> {self.advice}")
        return "\n".join(out)


def diagnose(address: str, port: int, user: str, password: str, fingerprint_for: Any) -> Diagnosis:
    """Contact a member directly to tell a dead host from a lost management network."""
    evidence: list[str] = []
    if not is_reachable(address, port, timeout=3.0):
        evidence.append(f"no answer on {address}:{port}")
        return Diagnosis(
            address,
            HOST_DOWN,
            evidence,
            "Check the host's power and console. If it is up, its management NIC or switch port is the "
            "suspect; its VMs may still run (check them from the console: xe vm-list resident-on=...).",
        )
    evidence.append(f"XAPI answers on {address}:{port}")
    local = HostClient(
        Endpoint(address, port), fingerprint_for(address), user, password, local=True
    ).login()
    try:
        vms = local.call("VM.get_all_records")
        me = local.call("session.get_this_host", local.session_handle)
        running = [
            vm["name_label"]
            for vm in vms.values()
            if vm["resident_on"] == me
            and vm["power_state"] == "Running"
            and not vm["is_control_domain"]
        ]
        evidence.append(f"{len(running)} VM(s) running here: {', '.join(running) or 'none'}")
        pool = local.call("pool.get_record", local.call("pool.get_all")[0])
        hosts = local.call("host.get_all_records")
        master_address = hosts.get(pool["master"], {}).get("address", "")
    finally:
        local.logout()
    if master_address and master_address != address:
        if not is_reachable(master_address, port, timeout=3.0):
            evidence.append(f"the master {master_address} does not answer from here")
            return Diagnosis(
                address,
                MASTER_UNREACHABLE,
                evidence,
                f"The member is fine but the master {master_address} is not reachable. If the master is "
                "really gone, promote this member: xe pool-emergency-transition-to-master (on this host).",
            )
        try:
            master = connect_to_pool(
                Endpoint(master_address, port), fingerprint_for, user, password
            )
        except XenPoolError as exc:
            evidence.append(f"the master did not accept a login: {exc.message}")
        else:
            try:
                record = next(
                    (
                        h
                        for h in master.call("host.get_all_records").values()
                        if h["address"] == address
                    ),
                    None,
                )
                live = bool(record and master.call("host_metrics.get_live", record["metrics"]))
            finally:
                master.logout()
            if not live:
                evidence.append(f"the master {master_address} sees this host as not live")
                return Diagnosis(
                    address,
                    MANAGEMENT_LOST,
                    evidence,
                    "The host runs and its VMs keep running, but the master cannot hear it on the management "
                    "network: check its management NIC, cable and switch port (or the VLAN), then "
                    "xe-reset-networking on its console if the configuration is wrong.",
                )
    return Diagnosis(address, HEALTHY, evidence)
