"""9. Finish: what was built, the diagram, moving local disks, checking a host."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, cannot_write
from wizard.ui.painted import DiagramView
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from wizard.report import PoolSnapshot
    from wizard.ui.health import HealthDialog

# The report's host table, a piece per event: ~1.5 ms of layout each instead of 20 ms for 64.
HOST_ROWS_PER_PART = 8


class FinishPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model, self.tr("Finished"), self.tr("What was built, and what is left to do.")
        )
        self._shown = 0  # which filling of the summary is the latest

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        # A scroll bar that comes as the report grows narrows the page: all laid out again.
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.diagram = DiagramView()
        self.diagram.setAccessibleName(self.tr("Diagram of the pool"))
        self.views = QTabWidget()
        self.views.addTab(self.summary, self.tr("&Summary"))
        self.views.addTab(self.diagram, self.tr("&Diagram"))
        layout.addWidget(self.views, 1)
        self.report = QPushButton(self.tr("Save &report…"))
        self.check_host = QPushButton(self.tr("C&heck a host…"))
        self.check_host.setToolTip(
            self.tr("A member looks disconnected? Find out whether its VMs still run.")
        )
        # The offer to move local disks (a running VM moves live, by storage XenMotion);
        # nothing is ticked until the user ticks it.
        self.local_vms = QListWidget()
        self.local_vms.setMaximumHeight(110)
        self.move_disks = QPushButton(self.tr("&Move the ticked VMs' disks to the shared SR"))
        self.move_disks.setEnabled(False)
        layout.addWidget(self.local_vms)
        layout.addWidget(self.move_disks, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report)
        buttons.addWidget(self.check_host)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.report.clicked.connect(self.save_report)
        self.check_host.clicked.connect(self.open_health)
        self.move_disks.clicked.connect(self.move_ticked)
        self.local_vms.itemChanged.connect(lambda _item: self._update_move_button())

    def _ticked(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.local_vms.item(i) for i in range(self.local_vms.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_move_button(self) -> None:
        self.move_disks.setEnabled(bool(self._ticked()) and not self.model.busy)

    def move_ticked(self) -> None:
        names = self._ticked()
        if not names:
            return
        self.move_disks.setEnabled(False)
        self.status.setText(
            self.tr("Moving the disks of {0} to the shared SR…").format(", ".join(names))
        )

        def done(ok: object) -> None:
            self.initializePage()
            self.status.setText(
                self.tr("The disks of {0} are on the shared SR now.").format(", ".join(names))
                if ok
                else self.tr(
                    "The move stopped; the log says why. Press the button again to resume."
                )
            )

        self.model.run(move_vms(self.model, names), done)

    def open_health(self) -> HealthDialog:
        from wizard.ui.health import HealthDialog

        dialog = HealthDialog(
            [row.address for row in self.model.rows],
            self.model.plan.master_host.address if self.model.plan.hosts else "",
            self.model.diagnose,
            self.model.run,
            self,
        )
        dialog.open()
        return dialog

    def initializePage(self) -> None:
        self.ensure_widgets()
        from wizard.checks.capacity import local_vm_findings

        facts = self.model.pool_facts()
        local = local_vm_findings(facts)
        self.local_vms.blockSignals(True)
        self.local_vms.clear()
        for host in facts:
            for vm in host.vms:
                if not vm.local_disks:
                    continue
                running = vm.power_state == "Running"
                item = QListWidgetItem(
                    f"{vm.name} — {', '.join(vm.local_disks)}"
                    + (self.tr(" (running: moves live)") if running else "")
                )
                item.setData(Qt.ItemDataRole.UserRole, vm.name)
                if vm.power_state in ("Halted", "Running"):
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    if running:
                        item.setToolTip(
                            self.tr(
                                "Storage XenMotion: the VM keeps running while XAPI copies its "
                                "disk and switches it over; it takes as long as copying the disk."
                            )
                        )
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(
                        self.tr("Suspended or paused: resume it or shut it down first.")
                    )
                self.local_vms.addItem(item)
        self.local_vms.blockSignals(False)
        self.local_vms.setVisible(bool(local))
        self.move_disks.setVisible(bool(local))
        self._update_move_button()
        # What was built, as read back from the pool with the journal: the same snapshot
        # the report and the diagram are made of, never the plan.
        self.summary.setPlainText(self.tr("Reading the pool back…"))
        self._shown += 1
        # One piece of work: nothing paints for this page after its work is seen to end.
        self.model.run(self._show_pool(self._shown))

    async def _show_pool(self, shown: int) -> None:
        """The pool read back, then its report a piece at a time (an event between each)."""
        import asyncio

        from wizard import report

        snap, image = await read_pool(self.model)
        advice = (
            "<p>"
            + self.tr(
                "Tick the VMs still on local storage below to move their disks to the shared "
                "SR now: a halted VM's disks are copied, a running VM's move while it keeps "
                "running (storage XenMotion)."
            )
            + "</p>"
            if snap.local_vms
            else ""
        )
        first, *hosts, rest = report.html_parts(snap, rows_per_part=HOST_ROWS_PER_PART)
        if shown != self._shown:
            return  # the page was filled again meanwhile
        # The report with the first hosts, then the others a piece per event, each after
        # the pieces before it (the host tables are the document's first frames); set as a
        # whole, the sections after them keep their spacing.
        self.summary.setHtml(first + rest.replace("</body>", advice + "</body>"))
        self.diagram.set_image(image)
        for before, part in enumerate(hosts):
            await asyncio.sleep(0)
            if shown != self._shown:
                return
            after = self.summary.document().rootFrame().childFrames()[before].lastCursorPosition()
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            after.insertHtml(part)

    def save_report(self, path: str | None = None) -> None:
        name = (
            path
            or QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                "pool-report.pdf",
                self.tr("PDF (*.pdf);;HTML, with the diagram as a PNG beside it (*.html)"),
            )[0]
        )
        if not name:
            return

        async def save() -> str:
            try:
                await save_report(self.model, Path(name))
            except OSError as exc:
                return cannot_write(name, exc)
            return ""

        def done(problem: str) -> None:
            self.status.setText(problem or self.tr("Report saved to {0}.").format(name))

        self.model.run(save(), done)


async def read_pool(model: WizardModel) -> tuple[PoolSnapshot, QImage]:
    """The pool as XAPI has it, and its diagram painted on a worker thread (a QImage may
    be): 64 hosts take the window's thread 40 ms."""
    import importlib

    from wizard.xapi.aio import in_thread

    # imported on a worker too: the report's modules load off the window's thread
    report = await in_thread(importlib.import_module, "wizard.report")
    snap = await model.pool_snapshot()
    image: QImage = await in_thread(report.diagram, snap)
    return snap, image


async def save_report(model: WizardModel, path: Path) -> None:
    """The report as PDF, or as HTML when the name ends in .html; painted on this thread."""
    from wizard import report

    snap = await model.pool_snapshot()
    if path.suffix.lower() in (".html", ".htm"):
        report.write_html(snap, path)
    else:
        report.write_pdf(snap, path)


async def move_vms(model: WizardModel, names: list[str]) -> bool:
    """Move these VMs' local disks to the shared SR (running ones live): the move step
    alone, never the build's other steps."""
    from wizard.steps.vms import MoveVmsStep

    model.plan.move_vms = list(names)
    return await model.build([MoveVmsStep()])
