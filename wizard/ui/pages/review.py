"""7. Review: the plan in words, saved as a plan or exported as xe commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, cannot_write, plan_html

if TYPE_CHECKING:
    from wizard.plan import Plan


class ReviewPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Review"),
            self.tr("This is what will be built."),
        )

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        layout.addWidget(self.summary, 1)
        # The storage path proven from each host, before an SR depends on it.
        self.ssh_check = QCheckBox(
            self.tr(
                "Before creating the SRs, &prove each host's storage path over SSH "
                "(ping with the planned MTU, iSCSI discovery from the host)"
            )
        )
        self.ssh_key = QLineEdit()
        self.ssh_key.setPlaceholderText(self.tr("empty: log in with the root password"))
        ssh_form = QFormLayout()
        ssh_form.addRow(self.ssh_check)
        ssh_form.addRow(self.tr("SSH &key file:"), self.ssh_key)
        layout.addLayout(ssh_form)
        self.ssh_check.toggled.connect(self._ssh_changed)
        self.ssh_key.textChanged.connect(self._ssh_changed)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save plan…"))
        self.export = QPushButton(self.tr("&Export xe commands…"))
        buttons.addWidget(self.save)
        buttons.addWidget(self.export)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.save.clicked.connect(self.save_plan)
        self.export.clicked.connect(self.export_xe)

    def initializePage(self) -> None:
        self.ensure_widgets()
        self.summary.setHtml(plan_html(self.model))
        changed = changed_steps(self.model)
        self.setSubTitle(
            self.tr(
                "This is what will be built. Already done on the hosts: {0}. Build carries "
                "on from there; nothing done is done again."
            ).format(", ".join(changed))
            if changed
            else self.tr("This is what will be built. Nothing has been changed on any host yet.")
        )
        self.ssh_check.blockSignals(True)
        if self.model.demo:
            # The simulated hosts have no SSH; on real hosts the check is the default.
            self.ssh_check.setChecked(False)
            self.ssh_check.setEnabled(False)
            self.model.check_over_ssh = False
            self.ssh_check.setToolTip(self.tr("The simulated lab has no SSH to check with."))
        else:
            self.ssh_check.setChecked(self.model.check_over_ssh)
        self.ssh_check.blockSignals(False)
        self.ssh_key.setText(self.model.ssh_key_file)
        self.ssh_key.setEnabled(self.ssh_check.isChecked())

    def _ssh_changed(self) -> None:
        self.model.check_over_ssh = self.ssh_check.isChecked()
        self.model.ssh_key_file = self.ssh_key.text().strip()
        self.ssh_key.setEnabled(self.ssh_check.isChecked())

    def save_plan(self, path: str | None = None) -> None:
        from wizard import plan as planmod

        name = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Save the build plan"), "pool.toml", self.tr("Build plans (*.toml)")
            )[0]
        )
        if not name:
            return
        try:
            planmod.save(self.model.plan, Path(name))
        except OSError as exc:
            self.status.setText(cannot_write(name, exc))
            return
        self.status.setText(self.tr("Plan saved to {0} (no passwords in it).").format(name))

    def export_xe(self, path: str | None = None) -> None:
        name = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Export xe commands"), "build.sh", self.tr("Shell scripts (*.sh)")
            )[0]
        )
        if not name:
            return

        def done(problem: str) -> None:
            self.status.setText(problem or self.tr("xe commands written to {0}.").format(name))

        # On the running loop (asyncio.run would refuse it); the file is written off the Qt thread.
        self.model.run(write_script(self.model.plan, Path(name)), done)


def changed_steps(model: WizardModel) -> list[str]:
    """The steps that changed the hosts so far, from the build journal (what really ran)."""
    from wizard.progress import State
    from wizard.summary import step_label

    journal = model.ctx.journal if model.ctx is not None else None
    if journal is None:
        return []
    done = [e.step for e in journal.data.entries if e.state == State.DONE.value]
    return [step_label(step) for step in dict.fromkeys(done)]


async def write_script(plan: Plan, path: Path) -> str:
    """Write the plan's xe script to ``path``; "" when written, else what went wrong."""
    from wizard.steps.engine import script_of
    from wizard.xapi.aio import in_thread

    text = await script_of(plan)
    try:
        await in_thread(path.write_text, text, encoding="utf-8")
    except OSError as exc:
        return cannot_write(path, exc)
    return ""
