"""The customer report: the pool as built, as Markdown, HTML and PDF, with a diagram.

The snapshot is read through XAPI; rendering uses only Qt's own text
document and painter (no browser), so it works headless. No secrets are
read, so none can be printed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.checks.capacity import local_vm_findings
from wizard.checks.facts import gather_pool
from wizard.checks.iscsi import paths_of
from wizard.findings import Finding
from wizard.i18n import decimal, translate
from wizard.summary import (
    bond_advice,
    host_checks_heading,
    mixed_vendor_advice,
    mixed_vendors_heading,
    single_nic_heading,
    single_nic_management,
    step_label,
)
from wizard.xapi.client import HostClient

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from wizard.journal import Journal

GiB = 1024**3


@dataclass
class HostRow:
    name: str
    address: str
    master: bool
    cpu: str
    version: str
    storage: list[str]  # "eth1.200 10.200.0.21 MTU 9000"


@dataclass
class NetRow:
    name: str
    vlan: int  # -1: untagged
    mtu: str
    management: bool

    def describe(self) -> str:
        """``Storage VLAN 200: VLAN 200, MTU 9000``, in the user's language."""
        kind = (
            translate("Report", "VLAN {vlan}").format(vlan=self.vlan)
            if self.vlan >= 0
            else translate("Report", "untagged")
        )
        text = (
            translate("Report", "{network}: {kind}, MTU {mtu} (management)")
            if self.management
            else translate("Report", "{network}: {kind}, MTU {mtu}")
        )
        return text.format(network=self.name, kind=kind, mtu=self.mtu)


@dataclass
class SrRow:
    name: str
    type: str
    size_gib: float
    attached: dict[str, bool]  # host name -> plugged
    # host name -> (paths up, paths), for the hosts that multipath this SR's LUN
    paths: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class PoolSnapshot:
    name: str
    hosts: list[HostRow]
    networks: list[NetRow]
    srs: list[SrRow]
    ha_enabled: bool
    ha_tolerates: int
    ha_plan_for: int
    local_vms: list[str]
    single_nic_management: list[str]  # host names whose management has no second NIC
    # advice when the pool mixes CPU vendors (only a forced join does that), else ""
    mixed_vendors: str = ""
    ha_paused: bool = False  # HA off because the wizard paused it for joins (not on yet)
    findings: list[Finding] = field(default_factory=list)
    step_seconds: dict[str, float] = field(default_factory=dict)
    # The storage path as the build checked it from each host over SSH (apply --ssh, GUI).
    host_checks: list[Finding] = field(default_factory=list)


def snapshot(client: HostClient) -> PoolSnapshot:
    """Read the pool the client is logged in to (its master)."""
    facts = gather_pool(client)
    pool = client.call("pool.get_record", client.call("pool.get_all")[0])
    srs = client.call("SR.get_all_records")
    pbds = client.call("PBD.get_all_records")
    hosts = client.call("host.get_all_records")
    networks = client.call("network.get_all_records")
    pifs = client.call("PIF.get_all_records")
    rows = [
        HostRow(
            name=f.name,
            address=f.address,
            master=f.is_master,
            cpu=f.cpu_info.get("modelname", "?"),
            version=f"{f.software_version.get('product_brand', '')} {f.software_version.get('product_version', '')}".strip(),
            storage=[
                f"{n.device}.{n.vlan} {n.ip} MTU {n.mtu}" for n in f.nics if not n.physical and n.ip
            ],
        )
        for f in sorted(facts, key=lambda f: (not f.is_master, f.name))
    ]
    net_rows = []
    for ref, net in sorted(networks.items(), key=lambda item: item[1]["name_label"]):
        tags = {int(p["VLAN"]) for p in pifs.values() if p["network"] == ref}
        if not tags:
            continue
        management = any(p["management"] for p in pifs.values() if p["network"] == ref)
        net_rows.append(NetRow(net["name_label"], next(iter(tags)), str(net["MTU"]), management))
    sr_rows = []
    for ref, sr in srs.items():
        if not sr["shared"]:
            continue
        mine = [p for p in pbds.values() if p["SR"] == ref and p["host"] in hosts]
        attached = {hosts[p["host"]]["name_label"]: bool(p["currently_attached"]) for p in mine}
        paths = {
            hosts[p["host"]]["name_label"]: counted
            for p in mine
            if p["currently_attached"] and (counted := paths_of(p)) is not None
        }
        sr_rows.append(
            SrRow(sr["name_label"], sr["type"], int(sr["physical_size"]) / GiB, attached, paths)
        )
    return PoolSnapshot(
        name=pool["name_label"] or translate("Report", "(unnamed)"),
        hosts=rows,
        networks=net_rows,
        srs=sorted(sr_rows, key=lambda r: r.name),
        ha_enabled=bool(pool["ha_enabled"]),
        ha_tolerates=int(pool["ha_host_failures_to_tolerate"]),
        ha_plan_for=int(pool["ha_plan_exists_for"]),
        ha_paused=any(f.pool_ha_paused for f in facts),
        local_vms=[f.message for f in local_vm_findings(facts)],
        single_nic_management=single_nic_management(facts),
        mixed_vendors=mixed_vendor_advice(facts),
    )


def with_journal(snap: PoolSnapshot, journal: Journal) -> PoolSnapshot:
    """The build's own record in the report: step timings and the findings that remain."""
    snap.findings = journal.findings()
    snap.step_seconds = journal.step_seconds()
    checks = journal.host_checks()
    snap.host_checks = [f for host in sorted(checks) for f in checks[host]]
    return snap


def report_base(journal_path: Path) -> Path:
    """The report's files sit next to the journal: ``<journal>-report.md`` and so on."""
    return journal_path.with_name(journal_path.stem + "-report")


def write_all(snap: PoolSnapshot, base: Path) -> list[Path]:
    """Markdown, HTML (with its diagram) and PDF at ``base`` plus each suffix.

    Markdown needs nothing; HTML and PDF are painted with Qt (offscreen without a
    display): when Qt cannot start, the Markdown report is still written.
    """
    base.parent.mkdir(parents=True, exist_ok=True)

    def named(suffix: str) -> Path:  # base may hold dots (an address): add, never replace
        return base.with_name(base.name + suffix)

    written = [named(".md")]
    written[0].write_text(markdown(snap), encoding="utf-8")
    try:
        from wizard.qtapp import ensure_gui_application

        ensure_gui_application()
    except ImportError:
        return written
    html_path, pdf_path = named(".html"), named(".pdf")
    write_html(snap, html_path)
    write_pdf(snap, pdf_path)
    return [*written, html_path, pdf_path]


def _role(host: HostRow) -> str:
    return translate("Report", "master") if host.master else translate("Report", "member")


def _attached(sr: SrRow) -> str:
    """``xcp-01: plugged, 2/2 paths; xcp-02: NOT plugged``."""
    out = []
    for host, ok in sorted(sr.attached.items()):
        text = (
            translate("Report", "{host}: plugged")
            if ok
            else translate("Report", "{host}: NOT plugged")
        ).format(host=host)
        if host in sr.paths:
            up, total = sr.paths[host]
            text += ", " + (
                translate("Report", "{up}/{total} paths")
                if up == total
                else translate("Report", "only {up}/{total} paths")
            ).format(up=up, total=total)
        out.append(text)
    return "; ".join(out)


def _finding_line(finding: Finding) -> str:
    return translate("Report", "{severity}: {subject}: {message}").format(
        severity=finding.severity.label, subject=finding.subject, message=finding.message
    )


def markdown(snap: PoolSnapshot) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    def heading(text: str) -> list[str]:
        return ["", "## " + text]

    lines = [
        "# " + translate("Report", "Pool {name}").format(name=snap.name),
        "",
        "## " + translate("Report", "Hosts"),
        row(
            [
                translate("Report", "host"),
                translate("Report", "address"),
                translate("Report", "role"),
                translate("Report", "CPU"),
                translate("Report", "version"),
                translate("Report", "storage interfaces"),
            ]
        ),
        "|---|---|---|---|---|---|",
    ]
    for h in snap.hosts:
        lines.append(
            row([h.name, h.address, _role(h), h.cpu, h.version, ", ".join(h.storage) or "-"])
        )
    lines += heading(translate("Report", "Networks")) + [f"- {n.describe()}" for n in snap.networks]
    lines += heading(translate("Report", "Shared SRs"))
    lines.append(
        row(
            [
                translate("Report", "SR"),
                translate("Report", "type"),
                translate("Report", "size"),
                translate("Report", "attached on"),
            ]
        )
    )
    lines.append("|---|---|---|---|")
    for sr in snap.srs:
        lines.append(
            row(
                [
                    sr.name,
                    sr.type,
                    translate("Pages", "{0} GiB").format(decimal(sr.size_gib)),
                    _attached(sr),
                ]
            )
        )
    lines += heading(translate("Report", "High Availability"))
    lines.append(
        translate(
            "Report", "Enabled; tolerates {count} host failure(s) (plan exists for {plan})."
        ).format(count=snap.ha_tolerates, plan=snap.ha_plan_for)
        if snap.ha_enabled
        else ha_disabled(snap)
    )
    if snap.findings:
        lines += heading(translate("Report", "Pre-flight findings")) + [
            f"- {_finding_line(f)}" for f in snap.findings
        ]
    if snap.host_checks:
        lines += heading(host_checks_heading()) + [
            f"- {_finding_line(f)}" + (f" ({' '.join(f.evidence.split())})" if f.evidence else "")
            for f in snap.host_checks
        ]
    if snap.step_seconds:
        lines += heading(translate("Report", "Build steps")) + [
            f"- {step_label(step)}: {decimal(seconds)} s"
            for step, seconds in snap.step_seconds.items()
        ]
    if snap.local_vms:
        lines += heading(translate("Report", "VMs on local storage (not live-migratable)")) + [
            f"- {m}" for m in snap.local_vms
        ]
    if snap.single_nic_management:
        lines += [
            *heading(single_nic_heading()),
            bond_advice(snap.single_nic_management),
        ]
    if snap.mixed_vendors:
        lines += [*heading(mixed_vendors_heading()), snap.mixed_vendors]
    return "\n".join(lines) + "\n"


def ha_disabled(snap: PoolSnapshot) -> str:
    if snap.ha_paused:
        return translate(
            "Report",
            "Disabled: turned off so new hosts could join, and the build that turns it on "
            "again has not finished. Run the same plan again.",
        )
    return translate("Report", "Disabled.")


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """No ``headers``: a table that goes on the one before it, its columns as ``widths`` (%)."""

    def width(column: int) -> str:
        return f" width={widths[column]}%" if widths else ""

    # a heading stays whole (a German compound word was split mid-word in a narrow column)
    head = "".join(
        f"<th align=left style='white-space: nowrap'{width(i)}>{html.escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{width(i) if not (n or headers) else ''}>{html.escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for n, row in enumerate(rows)
    )
    head = f"<tr>{head}</tr>" if headers else ""
    return f"<table border=1 cellspacing=0 cellpadding=4 width=100%>{head}{body}</table>"


def html_report(snap: PoolSnapshot, diagram_src: str = "") -> str:
    """HTML that QTextDocument renders (and browsers too); ``diagram_src`` names an image."""
    return "".join(html_parts(snap, diagram_src))


def html_parts(snap: PoolSnapshot, diagram_src: str = "", rows_per_part: int = 0) -> list[str]:
    """The report in pieces to append one after the other: with ``rows_per_part``, the host
    table in tables of that many rows with the same columns (a QTextDocument lays out a
    table as a whole: 64 hosts at once take the window's thread 20 ms)."""
    e = html.escape

    def h2(text: str) -> str:
        return f"<h2>{e(text)}</h2>"

    title = e(translate("Report", "Pool {name}").format(name=snap.name))
    parts = [
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>",
        f"<h1>{title}</h1>",
    ]
    if diagram_src:
        parts.append(f"<p><img src='{e(diagram_src)}' width=560></p>")
    parts.append(h2(translate("Report", "Hosts")))
    headers = [
        translate("Report", "Host"),
        translate("Report", "Address"),
        translate("Report", "Role"),
        translate("Report", "CPU"),
        translate("Report", "Version"),
        translate("Report", "Storage interfaces"),
    ]
    rows = [
        [h.name, h.address, _role(h), h.cpu, h.version, ", ".join(h.storage) or "-"]
        for h in snap.hosts
    ]
    step = rows_per_part or len(rows) or 1
    widths = None
    if len(rows) > step:  # the same columns in every piece: wide as their texts, no word cut
        wants = [
            (max(map(len, column)) + max(len(w) for t in column for w in t.split() or [""])) / 2 + 3
            for column in zip(headers, *rows, strict=True)
        ]
        widths = [round(100 * n / sum(wants)) for n in wants]
    pieces = [
        _table(headers if start == 0 else [], rows[start : start + step], widths)
        for start in range(0, max(len(rows), 1), step)
    ]
    first = "".join(parts) + pieces[0]
    parts = []  # what follows the hosts
    parts.append(
        h2(translate("Report", "Networks"))
        + "<ul>"
        + "".join(f"<li>{e(n.describe())}</li>" for n in snap.networks)
        + "</ul>"
    )
    parts.append(h2(translate("Report", "Shared storage")))
    parts.append(
        _table(
            [
                translate("Report", "SR"),
                translate("Report", "Type"),
                translate("Report", "Size"),
                translate("Report", "Attached on"),
            ],
            [
                [
                    sr.name,
                    sr.type,
                    translate("Pages", "{0} GiB").format(decimal(sr.size_gib)),
                    _attached(sr),
                ]
                for sr in snap.srs
            ],
        )
    )
    parts.append(h2(translate("Report", "High Availability")))
    ha = (
        translate(
            "Report",
            "Enabled; the pool tolerates {count} host failure(s) (a plan exists for {plan}).",
        ).format(count=snap.ha_tolerates, plan=snap.ha_plan_for)
        if snap.ha_enabled
        else ha_disabled(snap)
    )
    parts.append(f"<p>{e(ha)}</p>")
    if snap.findings:
        parts.append(
            h2(translate("Report", "Pre-flight findings"))
            + "<ul>"
            + "".join(
                f"<li><b>{e(f.severity.label)}</b> {e(f.subject)}: {e(f.message)}</li>"
                for f in snap.findings
            )
            + "</ul>"
        )
    if snap.host_checks:
        parts.append(
            h2(host_checks_heading())
            + "<ul>"
            + "".join(
                f"<li><b>{e(f.severity.label)}</b> {e(f.subject)}: {e(f.message)}"
                + (f" ({e(f.evidence)})" if f.evidence else "")
                + "</li>"
                for f in snap.host_checks
            )
            + "</ul>"
        )
    if snap.step_seconds:
        parts.append(
            h2(translate("Report", "Build steps"))
            + _table(
                [translate("Report", "Step"), translate("Report", "Seconds")],
                [[step_label(k), decimal(v)] for k, v in snap.step_seconds.items()],
            )
        )
    if snap.local_vms:
        parts.append(
            h2(translate("Report", "VMs on local storage"))
            + "<p>"
            + e(
                translate(
                    "Report",
                    "They cannot live-migrate until their disks move to shared storage.",
                )
            )
            + "</p><ul>"
            + "".join(f"<li>{e(m)}</li>" for m in snap.local_vms)
            + "</ul>"
        )
    if snap.single_nic_management:
        parts.append(
            h2(single_nic_heading()) + f"<p>{e(bond_advice(snap.single_nic_management))}</p>"
        )
    if snap.mixed_vendors:
        parts.append(h2(mixed_vendors_heading()) + f"<p>{e(snap.mixed_vendors)}</p>")
    parts.append("</body></html>")
    return [first, *pieces[1:], "".join(parts)]


def diagram(snap: PoolSnapshot, width: int = 1280, height: int = 720) -> QImage:
    """Hosts, the management and storage networks, and which hosts see each SR."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(16)
    painter.setFont(font)
    count = max(1, len(snap.hosts))
    margin = 40.0
    slot = (width - 2 * margin) / count
    box_w = min(200.0, slot - 20)
    mgmt_y, hosts_y, storage_y, sr_y = 70.0, 140.0, 360.0, 480.0
    management = next(
        (n.describe() for n in snap.networks if n.management), translate("Report", "management")
    )
    storage = next(
        (n.describe() for n in snap.networks if n.vlan >= 0 and not n.management),
        translate("Report", "storage network"),
    )
    painter.setPen(QPen(QColor("#2b6cb0"), 4))
    painter.drawLine(QPointF(margin, mgmt_y), QPointF(width - margin, mgmt_y))
    painter.drawText(
        QPointF(margin, mgmt_y - 12),
        translate("Report", "Management: {network}").format(network=management),
    )
    painter.setPen(QPen(QColor("#c05621"), 4))
    painter.drawLine(QPointF(margin, storage_y), QPointF(width - margin, storage_y))
    for index, host in enumerate(snap.hosts):
        x = margin + slot * index + (slot - box_w) / 2
        rect = QRectF(x, hosts_y, box_w, 150)
        center = x + box_w / 2
        painter.setPen(QPen(QColor("#2b6cb0"), 2))
        painter.drawLine(QPointF(center - 30, mgmt_y), QPointF(center - 30, hosts_y))
        painter.setPen(QPen(QColor("#c05621"), 2))
        painter.drawLine(QPointF(center + 30, hosts_y + 150), QPointF(center + 30, storage_y))
        painter.setPen(QPen(QColor("#1a202c"), 2))
        painter.setBrush(QColor("#edf2f7") if not host.master else QColor("#c6f6d5"))
        painter.drawRoundedRect(rect, 10, 10)
        lines = [host.name, _role(host), host.address, *host.storage[:2]]
        painter.drawText(
            rect.adjusted(8, 8, -8, -8),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            "\n".join(lines),
        )
    sr_slot = (width - 2 * margin) / max(1, len(snap.srs))
    for index, sr in enumerate(snap.srs):
        x = margin + sr_slot * index + 20
        rect = QRectF(x, sr_y, sr_slot - 40, 150)
        painter.setPen(QPen(QColor("#c05621"), 2))
        painter.drawLine(QPointF(rect.center().x(), storage_y), QPointF(rect.center().x(), sr_y))
        painter.setPen(QPen(QColor("#1a202c"), 2))
        painter.setBrush(QColor("#fefcbf"))
        painter.drawRoundedRect(rect, 10, 10)
        plugged = sum(sr.attached.values())
        text = f"{sr.name}\n{sr.type}, {sr.size_gib:.0f} GiB\n" + translate(
            "Report", "plugged on {plugged}/{total} hosts"
        ).format(plugged=plugged, total=len(sr.attached))
        missing = [h for h, ok in sr.attached.items() if not ok]
        if missing:
            text += "\n" + translate("Report", "NOT on: {hosts}").format(hosts=", ".join(missing))
        degraded = sorted(h for h, (up, total) in sr.paths.items() if up < total)
        if degraded:
            text += "\n" + translate("Report", "paths missing on: {hosts}").format(
                hosts=", ".join(degraded)
            )
        painter.drawText(
            rect.adjusted(8, 8, -8, -8),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            text,
        )
    # Drawn last, on white, so the lines down to the SRs do not cross it.
    label = translate("Report", "Storage: {network}").format(network=storage)
    label_rect = (
        painter.fontMetrics().boundingRect(label).translated(int(margin), int(storage_y + 28))
    )
    painter.fillRect(label_rect.adjusted(-4, -2, 4, 2), QColor("white"))
    painter.setPen(QPen(QColor("#c05621"), 4))
    painter.drawText(QPointF(margin, storage_y + 28), label)
    painter.setPen(QPen(QColor("#1a202c"), 2))
    ha = (
        translate("Report", "HA on: tolerates {count} host failure(s)").format(
            count=snap.ha_tolerates
        )
        if snap.ha_enabled
        else translate("Report", "HA off")
    )
    painter.drawText(QPointF(margin, height - 20), ha)
    painter.end()
    return image


def write_pdf(snap: PoolSnapshot, path: Path) -> None:
    """A PDF through QTextDocument and QPdfWriter (needs a QGuiApplication)."""
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl("diagram.png"), diagram(snap)
    )
    document.setHtml(html_report(snap, "diagram.png"))
    # QPdfWriter writes nothing and says nothing where it cannot write: the OS says why first.
    path.open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("Report", "Pool {name}").format(name=snap.name))
    writer.setCreator("xenpool-wizard")
    writer.setResolution(96)  # lay the page out at screen scale, so text has its usual size
    document.print_(writer)


def write_html(snap: PoolSnapshot, path: Path) -> None:
    """HTML with the diagram as a PNG next to it."""
    image_path = path.with_suffix(".png")
    diagram(snap).save(str(image_path))
    path.write_text(html_report(snap, image_path.name), encoding="utf-8")
