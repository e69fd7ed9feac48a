"""The "Check a host…" dialog: why does a member look disconnected?

The dialog only collects the question and shows the answer; the model contacts the
hosts (wizard.diagnosis.diagnose, off the Qt thread).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard.i18n import translate

if TYPE_CHECKING:
    from wizard.diagnosis import Diagnosis

# (member address, master address, look through SSH) -> the diagnosis
Diagnose = Callable[[str, str, bool], Awaitable["Diagnosis"]]
Run = Callable[[Awaitable[Any], Callable[[Any], None]], Any]


def host_key_question(
    parent: QWidget | None, address: str, fingerprint: str
) -> tuple[QMessageBox, asyncio.Future[bool]]:
    """Ask whether to trust a host's SSH key (shown, not modal to the event loop); the
    future has the answer. No answer, or closing the box, is a no."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("HealthDialog", "Unknown SSH host key"),
        translate(
            "HealthDialog",
            "{0} presents the SSH host key\n{1}\n\nCompare it with the output of "
            "ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub on the host's console. "
            "Trust it?",
        ).format(address, fingerprint),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def answered(code: int) -> None:
        if not answer.done():
            answer.set_result(code == QMessageBox.StandardButton.Yes.value)

    box.finished.connect(answered)
    box.open()
    return box, answer


class HealthDialog(QDialog):
    def __init__(
        self,
        hosts: list[str],
        master: str,
        diagnose: Diagnose,
        run: Run,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a host"))
        self.diagnose = diagnose
        self.run_work = run
        self.master = master
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A member that looks disconnected is often still running its VMs: usually its "
                "management network failed, not the host. The wizard contacts it directly, then "
                "looks at it from the pool master."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.addItems([h for h in hosts if h != master] + ([master] if master else []))
        form.addRow(self.tr("&Host:"), self.host)
        self.use_ssh = QCheckBox(
            self.tr("Also look &through the storage network over SSH (root password)")
        )
        self.use_ssh.setToolTip(
            self.tr(
                "SSH to the master, ping the host's storage address from there and list its "
                "running VMs with xl. You confirm each host's SSH key the first time."
            )
        )
        form.addRow(self.use_ssh)
        layout.addLayout(form)
        self.check = QPushButton(self.tr("&Check"))
        self.check.setDefault(True)
        layout.addWidget(self.check)
        self.answer = QTextBrowser()  # not "result": that is QDialog.result()
        self.answer.setMinimumHeight(180)
        layout.addWidget(self.answer, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check.clicked.connect(self.start)
        self.resize(640, 460)

    def start(self) -> None:
        address = self.host.currentText().strip()
        if not address:
            self.answer.setPlainText(self.tr("Enter the address of the host to check."))
            return
        self.check.setEnabled(False)
        self.answer.setPlainText(self.tr("Contacting {0}…").format(address))
        future = self.run_work(
            self.diagnose(address, self.master, self.use_ssh.isChecked()), self.show_diagnosis
        )
        future.add_done_callback(lambda _f: self.check.setEnabled(True))

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        evidence = "".join(f"<li>{html.escape(line)}</li>" for line in diagnosis.evidence)
        advice = f"<p>{html.escape(diagnosis.advice)}</p>" if diagnosis.advice else ""
        self.answer.setHtml(
            f"<h3>{html.escape(diagnosis.address)}: {html.escape(diagnosis.verdict_text)}</h3>"
            f"<ul>{evidence}</ul>{advice}"
        )
