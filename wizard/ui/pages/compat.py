"""3. Compatibility: every pool-join rule, per host, before anything changes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from wizard.findings import Finding, Severity, check_label
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, error_label
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from wizard.ui.forcejoin import ForceJoinDialog

# The engine's check names (Finding.check, compared as they are; check_label shows them).
CHECK_COLUMNS = [
    "pool membership",
    "CPU vendor",
    "CPU features",
    "version",
    "licence",
    "HA",
    "VMs",
    "network",
    "management interface",
    "storage NIC",
]
# Join rules that come up seldom: one "Other" column holds them (every join rule must
# show somewhere, or its blocker would not stop the page).
OTHER_JOIN_CHECKS = ("storage", "authentication", "TLS", "forced join")


# Findings the later pages show, next to their fields, once the user gets there.
LATER_SUBJECTS = ("storage_network", "iscsi", "ha", "move_vms")
LATER_FIELDS = re.compile(r"hosts\[\d+\]\.(storage_ip|nic)\Z")
LATER_CHECKS = frozenset(
    {
        "iSCSI",
        "iSCSI discovery",
        "iSCSI initiator",
        "multipath",
        "storage VLAN",
        "storage IP",
        "jumbo frames",
        "VM move",
    }
)


def for_this_page(finding: Finding) -> bool:
    """A finding of the hosts and their joins (not one a later page shows)."""
    subject = finding.subject
    if subject.startswith(LATER_SUBJECTS) or LATER_FIELDS.match(subject):
        return False
    if finding.check in CHECK_COLUMNS or finding.check in OTHER_JOIN_CHECKS:
        return True  # a join rule on a host: its cell is on this page
    return finding.check not in LATER_CHECKS


_ROOT = QModelIndex()  # a table model's rows have no parent
MatrixRow = tuple[str, tuple[tuple["Severity | None", str], ...]]  # name, (worst, tooltip)


class MatrixModel(QAbstractTableModel):
    """The compatibility matrix's cells, made when the view paints them.

    64 hosts x 10 checks as table items cost the page change 25 ms to make;
    a model answers only for the rows on screen.
    """

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.marks = {Severity.ERROR: "✗", Severity.WARNING: "⚠", Severity.INFO: "i", None: "✓"}
        self.headers = headers
        self.rows: list[MatrixRow] = []
        self.colours = {Severity.ERROR: QColor("#f8d7da"), Severity.WARNING: QColor("#fff3cd")}

    def set_rows(self, rows: list[MatrixRow]) -> bool:
        """Show these rows; says whether anything changed."""
        if rows == self.rows:
            return False
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return True
        changed = [
            i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new
        ]
        self.rows = rows
        self.dataChanged.emit(
            self.index(changed[0], 0), self.index(changed[-1], len(self.headers) - 1)
        )
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        name, marks = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return name if role == Qt.ItemDataRole.DisplayRole else None
        worst, tooltip = marks[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.marks[worst]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colours.get(worst) if worst is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip or None
        return None


class CompatibilityPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Compatibility"),
            self.tr(
                "Every rule XAPI applies to a pool join, checked for every host before anything changes."
            ),
        )

    def create_widgets(self) -> None:
        model = self.model
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.master = QComboBox()
        form.addRow(self.tr("Pool &master:"), self.master)
        self.pool_name = QLineEdit()
        form.addRow(self.tr("Pool n&ame:"), self.pool_name)
        self.name_error = error_label()
        form.addRow("", self.name_error)
        layout.addLayout(form)
        self.cells = MatrixModel(
            [self.tr("Host"), *[check_label(c) for c in CHECK_COLUMNS], self.tr("Other")]
        )
        self.matrix = QTableView()
        self.matrix.setModel(self.cells)
        self.matrix.verticalHeader().hide()
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setTabKeyNavigation(False)  # Tab moves on, as in every table here
        self.matrix.horizontalHeader().setStretchLastSection(True)
        self.shown_details = ""
        layout.addWidget(self.matrix, 1)
        self.details = QTextBrowser()
        self.details.setMinimumHeight(110)
        layout.addWidget(self.details, 1)
        self.accept = QCheckBox(self.tr("I have read the warnings and want to continue"))
        self.recheck = QPushButton(self.tr("&Re-check"))
        self.recheck.setToolTip(
            self.tr("Read every host again and re-run the checks (after fixing something).")
        )
        self.force = QPushButton(self.tr("&Force join…"))
        self.force.setToolTip(
            self.tr(
                "Join a host XAPI refuses only for a different CPU vendor or software build "
                "(pool.join_force). Unsupported; you are asked to type the host's name."
            )
        )
        self.unforce = QPushButton(self.tr("&Do not force"))
        self.unforce.setToolTip(self.tr("Take back every forced join confirmed on this page."))
        self.force_question: ForceJoinDialog | None = None
        self.pause_ha = QCheckBox(
            self.tr("Turn &HA off while the new hosts join (it is turned on again at the end)")
        )
        self.pause_ha.setToolTip(
            self.tr(
                "XAPI refuses joins while the pool has HA on. Until the build's last step, no "
                "VM is restarted if a host fails."
            )
        )
        layout.addWidget(self.pause_ha)
        self.pause_ha.toggled.connect(self.model.set_pause_ha)
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept)
        bottom.addStretch(1)
        bottom.addWidget(self.unforce)
        bottom.addWidget(self.force)
        bottom.addWidget(self.recheck)
        layout.addLayout(bottom)
        self.recheck.clicked.connect(lambda: self.model.run(self.model.connect_hosts()))
        self.force.clicked.connect(self.ask_force_join)
        self.unforce.clicked.connect(self._unforce)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.why)
        self.master.currentIndexChanged.connect(self._master_changed)
        self.pool_name.textChanged.connect(self._name_changed)
        self.accept.toggled.connect(self._accepted)
        model.findings_changed.connect(self._findings_changed)

    def initializePage(self) -> None:
        self.ensure_widgets()
        self.master.blockSignals(True)
        self.master.clear()
        for row in self.model.rows:
            label = f"{row.facts.name} ({row.address})" if row.facts else row.address
            self.master.addItem(label, row.address)
        index = self.master.findData(self.model.plan.master or self.model.suggest_master())
        self.master.setCurrentIndex(max(0, index))
        self.master.blockSignals(False)
        self.pool_name.setText(self.model.plan.pool_name)
        self.accept.setChecked(self.model.warnings_accepted)
        self.refresh()

    def _master_changed(self) -> None:
        address = self.master.currentData()
        if address and address != self.model.plan.master:
            self.model.plan.master = address
            self.model.run(self.model.connect_hosts())

    def _name_changed(self, text: str) -> None:
        self.model.plan.pool_name = text.strip()
        ok = bool(text.strip()) and len(text) <= 128
        self.name_error.setText("" if ok else self.tr("Give the pool a name (1-128 characters)."))
        self.completeChanged.emit()

    def _accepted(self, checked: bool) -> None:
        self.model.warnings_accepted = checked
        self.completeChanged.emit()

    def _findings_changed(self) -> None:
        # Made ahead of its turn, the page is filled when shown (initializePage).
        if self.isVisible():
            self.refresh()

    def _size_columns(self) -> None:
        """Fit the names and the headings; resizeColumnsToContents would ask the model for
        every cell of every row (5,600 calls with 64 hosts) before the page is shown."""
        from PySide6.QtWidgets import QStyle

        header = self.matrix.horizontalHeader()
        padding = 2 * self.matrix.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.matrix
        ) + self.matrix.fontMetrics().horizontalAdvance("  ")
        names = max(
            (self.matrix.fontMetrics().horizontalAdvance(name) for name, _ in self.cells.rows),
            default=0,
        )
        self.matrix.setColumnWidth(0, max(header.sectionSizeHint(0), names + padding))
        for column in range(1, self.cells.columnCount()):
            self.matrix.setColumnWidth(column, header.sectionSizeHint(column))

    def _join_findings(self) -> list[Finding]:
        return [
            f
            for f in self.model.findings
            if f.check in CHECK_COLUMNS or f.check in OTHER_JOIN_CHECKS
        ]

    def page_findings(self) -> list[Finding]:
        """What this page shows and what stops its Next: the same list."""
        from wizard.checks.consent import pause_ha_findings

        ctx = self.model.ctx
        # turning HA off for the joins is this page's choice, though its subject is "ha"
        pausing = (
            pause_ha_findings(self.model.plan, ctx.facts, self.model.pause_ha)
            if ctx is not None and self.model.plan.hosts
            else []
        )
        return [f for f in self.model.findings if for_this_page(f) or f in pausing]

    def subject_label(self, subject: str) -> str:
        """A finding's subject in the page's words: a host's name and address, a field's
        label (the plan file's paths are for the command line)."""
        names = {r.address: (r.facts.name if r.facts else "") for r in self.model.rows}
        hosts = self.model.plan.hosts
        found = re.match(r"hosts\[(\d+)\]", subject)
        if found and int(found.group(1)) < len(hosts):
            subject = hosts[int(found.group(1))].address
        if subject in names:
            return f"{names[subject]} ({subject})" if names[subject] else subject
        fields = {
            "pool_name": self.tr("Pool name"),
            "master": self.tr("Pool master"),
            "hosts": self.tr("Hosts"),
            "port": self.tr("Port"),
            "username": self.tr("User"),
        }
        return fields.get(subject, subject)

    def refresh(self) -> None:
        by_cell: dict[tuple[str, str], list[Finding]] = {}
        for finding in self._join_findings():
            by_cell.setdefault((finding.subject, finding.check), []).append(finding)
        order = ["error", "warning", "info"]
        rows: list[MatrixRow] = []
        for row in self.model.rows:
            name = row.facts.name if row.facts else row.address
            if row.address == self.model.plan.master:
                name += self.tr(" (master)")
            marks = []
            for checks in [*([c] for c in CHECK_COLUMNS), OTHER_JOIN_CHECKS]:
                here = [f for c in checks for f in by_cell.get((row.address, c), [])]
                worst = min(
                    (f.severity for f in here), key=lambda s: order.index(s.value), default=None
                )
                marks.append((worst, "\n".join(f.message for f in here)))
            rows.append((name, tuple(marks)))
        names_before = [name for name, _ in self.cells.rows]
        if self.cells.set_rows(rows) and names_before != [name for name, _ in rows]:
            self._size_columns()
        severities = {
            Severity.ERROR: self.tr("error"),
            Severity.WARNING: self.tr("warning"),
            Severity.INFO: self.tr("info"),
        }
        lines = []
        for finding in sorted(
            self.page_findings(), key=lambda f: ["error", "warning", "info"].index(f.severity.value)
        ):
            if finding.severity is Severity.INFO and finding.check not in ("pool membership",):
                continue
            colour = {"error": "#b00020", "warning": "#8a6d00", "info": "#555"}[
                finding.severity.value
            ]
            fix = f"<br><i>{finding.fix}</i>" if finding.fix else ""
            lines.append(
                f"<p><b style='color:{colour}'>{severities[finding.severity]}</b> "
                f"{self.subject_label(finding.subject)}: {finding.message}{fix}</p>"
            )
        details = "".join(lines) or self.tr("<p>No problems found.</p>")
        if details != self.shown_details:  # laying out the text again is not free either
            self.shown_details = details
            self.details.setHtml(details)
        warnings = [f for f in self.page_findings() if f.severity is Severity.WARNING]
        self.accept.setVisible(bool(warnings))
        self.force.setVisible(bool(self.model.forceable_hosts()))
        self.pause_ha.setVisible(self.model.joins_need_ha_off() or self.model.pause_ha)
        self.pause_ha.blockSignals(True)
        self.pause_ha.setChecked(self.model.pause_ha)
        self.pause_ha.blockSignals(False)
        self.unforce.setVisible(bool(self.model.forced_joins()))
        self.completeChanged.emit()

    def ask_force_join(self) -> ForceJoinDialog | None:
        """Ask about the first host only a forced join gets in; the next one after it."""
        from wizard.ui.forcejoin import ForceJoinDialog

        candidates = self.model.forceable_hosts()
        if not candidates:
            return None
        address = candidates[0]
        row = next((r for r in self.model.rows if r.address == address), None)
        name = row.facts.name if row is not None and row.facts is not None else address
        blockers = [
            f
            for f in self.model.findings
            if f.subject == address and f.blocking and f.check != "forced join"
        ]
        dialog = ForceJoinDialog(address, name, blockers, self)
        dialog.force_confirmed.connect(self._force_confirmed)
        dialog.finished.connect(self._force_question_done)
        self.force_question = dialog
        dialog.open()
        return dialog

    def _force_confirmed(self, address: str) -> None:
        self.model.set_forced_join(address, True)

    def _force_question_done(self) -> None:
        if self.force_question is not None:
            self.force_question.deleteLater()  # answered: its window is not needed again
            self.force_question = None

    def _unforce(self) -> None:
        for address in sorted(self.model.forced_joins()):
            self.model.set_forced_join(address, False)

    def blocked_reason(self) -> str:
        if self.model.busy:
            return super().blocked_reason()
        blockers = [f for f in self.page_findings() if f.blocking]
        if blockers:
            return self.tr("{0} blocker(s) marked ✗ above: fix them, then press Re-check.").format(
                len(blockers)
            )
        if not self.model.plan.pool_name:
            return self.tr("Give the pool a name to go on.")
        return self.tr("Tick 'I have read the warnings and want to continue' to go on.")

    def isComplete(self) -> bool:
        findings = self.page_findings()
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        return (
            super().isComplete()
            and not [f for f in findings if f.blocking]
            and bool(self.model.plan.pool_name)
            and (not warnings or self.model.warnings_accepted)
        )
