"""8. Build: each host's progress and the log."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout

from wizard.progress import POOL, Progress, State
from wizard.summary import step_label
from wizard.ui.delegates import PROGRESS_ROLE, ProgressDelegate
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, cell, item, table

LOG_LINES = 5000  # the Build page's log keeps the last lines


class BuildPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Build"),
            self.tr(
                "Each host's progress. A failed build can be retried: it resumes where it stopped."
            ),
        )
        # Progress is logged from the first connection on (the pool phase runs from the
        # iSCSI page), and shown in batches: 64 hosts report far more often than a
        # screen needs to change.
        self.pending_lines: deque[str] = deque(maxlen=LOG_LINES)
        self.pending_rows: dict[str, Progress] = {}
        # Per host, the steps running on it now: two steps can run side by side (the two
        # SRs), and a row shows both rather than flicking between them.
        self.running: dict[str, dict[str, Progress]] = {}
        self.failed_rows: dict[str, Progress] = {}  # a failure stays on its row until a retry
        self.row_of: dict[str, int] = {}
        self.touched: set[str] = set()
        self.skipped_logged: set[str] = set()
        self.flush_timer = QTimer(self)
        self.flush_timer.setSingleShot(True)
        self.flush_timer.setInterval(50)
        self.flush_timer.timeout.connect(self.flush)
        model.listen_progress(self, self.on_progress)
        model.build_finished.connect(self.on_finished)
        # a method, not a lambda: Qt drops the connection when the page is deleted
        model.busy_changed.connect(self.update_start)

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.rows = table([self.tr("Host"), self.tr("Step"), self.tr("Progress"), self.tr("State")])
        self.rows.setItemDelegateForColumn(2, ProgressDelegate(self.rows))
        layout.addWidget(self.rows, 1)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.log.setFont(font)
        layout.addWidget(self.log, 1)
        buttons = QHBoxLayout()
        self.start = QPushButton(self.tr("B&uild"))
        self.cancel = QPushButton(self.tr("&Cancel"))
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.start.clicked.connect(self.build)
        self.cancel.clicked.connect(self.cancel_build)

    def initializePage(self) -> None:
        self.ensure_widgets()
        self.flush()
        names = {h.address: h.name or h.address for h in self.model.plan.hosts}
        order = [POOL, *names]
        self.rows.setUpdatesEnabled(False)
        self.rows.setRowCount(len(order))
        self.row_of.clear()
        for index, key in enumerate(order):
            self.rows.setItem(
                index, 0, item(self.tr("pool-wide") if key == POOL else f"{names[key]} ({key})")
            )
            self.rows.setItem(index, 1, item(""))
            bar = item("")
            bar.setData(PROGRESS_ROLE, 0)
            self.rows.setItem(index, 2, bar)
            self.rows.setItem(index, 3, item(self.tr("waiting")))
            self.row_of[key] = index
        self.rows.resizeColumnsToContents()
        self.rows.setColumnWidth(1, 480)  # the step text arrives later; give it room now
        self.rows.setUpdatesEnabled(True)
        self.cancel.setEnabled(False)
        # Back from Finish, or a build that stopped earlier: the rows say what the pool is.
        if self.model.outcome is not None:
            self.show_outcome()

    def cancel_build(self) -> None:
        self.model.request_cancel()
        self.cancel.setEnabled(False)
        self.status.setText(
            self.tr("Stopping: the step running now ends first, then the pool is read back…")
        )

    def build(self) -> None:
        self.touched.clear()
        self.skipped_logged.clear()
        self.running.clear()
        self.failed_rows.clear()
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Building…"))
        # Unknown SSH host keys the checks meet are asked by the model's prompter.
        self.model.run(self.model.build())

    def on_progress(self, event: Progress) -> None:
        # "Already in place" comes for every host of every step on a re-run: one
        # log line per step is enough (64 hosts would otherwise flood the log).
        if event.state is State.SKIPPED:
            if event.step not in self.skipped_logged:
                self.skipped_logged.add(event.step)
                self.pending_lines.append(f"[{step_label(event.step)}] {event.message}")
        elif event.state is not State.RUNNING or event.fraction == 0.0:
            self.pending_lines.append(
                f"[{step_label(event.step)}] {event.host}: {event.state.label} {event.message}"
            )
        if event.host in self.row_of and not (
            event.state is State.SKIPPED and event.host in self.touched
        ):
            if event.state is not State.SKIPPED:
                self.touched.add(event.host)
            steps = self.running.setdefault(event.host, {})
            if event.state is State.RUNNING:
                steps[event.step] = event
            else:
                steps.pop(event.step, None)
            if event.state is State.FAILED:
                self.failed_rows.setdefault(event.host, event)
            self.pending_rows[event.host] = event  # a row shows its latest event
        if self.has_widgets and not self.flush_timer.isActive():
            self.flush_timer.start()

    def flush(self) -> None:
        """Show the progress that came since the last flush, in one go."""
        if not self.has_widgets:
            return
        if self.pending_lines:
            self.log.appendPlainText("\n".join(self.pending_lines))
            self.pending_lines.clear()
        for host, event in self.pending_rows.items():
            index = self.row_of[host]
            running = list(self.running.get(host, {}).values())
            failed = self.failed_rows.get(host)
            shown = [failed] if failed else running or [event]
            fraction = min(e.fraction for e in shown)
            text = "; ".join(f"{step_label(e.step)}: {e.message}" for e in shown)
            cell(self.rows, index, 2).setData(PROGRESS_ROLE, int(fraction * 100))
            cell(self.rows, index, 1).setText(text)
            cell(self.rows, index, 3).setText(shown[0].state.label)
        self.pending_rows.clear()

    def on_finished(self, ok: bool, message: str) -> None:
        self.flush_timer.stop()
        self.flush()
        self.cancel.setEnabled(False)
        self.show_outcome()
        self.status.setText(message)
        self.completeChanged.emit()

    def show_outcome(self) -> None:
        """Each row as the pool was read back after the build, not as the last event left it."""
        outcome = self.model.outcome
        if outcome is None or not self.has_widgets:
            return
        total = len(outcome.done) + len(outcome.left)
        for key, index in self.row_of.items():
            left = outcome.left_on(key)
            failed = self.failed_rows.get(key)
            if not left:
                cell(self.rows, index, 2).setData(PROGRESS_ROLE, 100)
                cell(self.rows, index, 1).setText(self.tr("all steps"))
                cell(self.rows, index, 3).setText(self.tr("done"))
                continue
            done = total - len(left)
            cell(self.rows, index, 2).setData(PROGRESS_ROLE, int(100 * done / max(total, 1)))
            steps = ", ".join(s.title for s in left)
            cell(self.rows, index, 1).setText(
                (f"{step_label(failed.step)}: {failed.message}. " if failed else "")
                + self.tr("Not done yet: {0}").format(steps)
            )
            cell(self.rows, index, 3).setText(State.FAILED.label if failed else self.tr("stopped"))
        self.update_start()

    def update_start(self, _busy: bool = False) -> None:
        """Build is offered until the pool is built; after a stop it resumes (what is done
        is kept), so a failed or cancelled build never leaves the user without it."""
        if not self.has_widgets:
            return
        outcome = self.model.outcome
        finished = outcome is not None and outcome.finished and self.model.build_ok
        if outcome is not None and not finished:
            self.start.setText(self.tr("B&uild again (resume)"))
        self.start.setEnabled(not finished and not self.model.busy)

    def isComplete(self) -> bool:
        return super().isComplete() and self.model.build_ok
