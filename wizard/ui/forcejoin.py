"""The confirmation for an unsupported, forced pool join (XAPI's pool.join_force).

Forcing skips XAPI's homogeneity rules (a different CPU vendor or software build);
the pool that results cannot move VMs between the mismatched hosts. So the user
reads why, and types the host's name: a click alone never forces a join.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wizard.findings import Finding


class ForceJoinDialog(QDialog):
    force_confirmed = Signal(str)  # the host's address, once its name was typed

    def __init__(
        self, address: str, name: str, blockers: list[Finding], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.name = name or address
        self.setWindowTitle(self.tr("Force an unsupported join?"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        top.addWidget(icon)
        reasons = "".join(
            f"<li>{html.escape(f.message)}<br><i>{html.escape(f.force_cost)}</i></li>"
            for f in blockers
        )
        self.text = QLabel(
            self.tr(
                "<p><b>XAPI refuses to add {0} to this pool:</b></p><ul>{1}</ul>"
                "<p>A forced join (<tt>pool.join_force</tt>) skips these checks. The pool it "
                "makes is not supported by the vendor, and it cannot be undone except by "
                "ejecting the host, which wipes its local disks.</p>"
                "<p>Type the host's name, <b>{2}</b>, to force its join.</p>"
            ).format(html.escape(f"{self.name} ({address})"), reasons, html.escape(self.name))
        )
        self.text.setWordWrap(True)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.name)
        self.typed.setAccessibleName(self.tr("Host name to confirm the forced join"))
        layout.addWidget(self.typed)
        buttons = QDialogButtonBox()
        self.force = QPushButton(self.tr("&Force the join"))
        self.force.setAutoDefault(False)
        self.force.setEnabled(False)
        buttons.addButton(self.force, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setDefault(True)
        layout.addWidget(buttons)
        self.force.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._typed_changed)
        self.setMinimumWidth(520)

    def _typed_changed(self, text: str) -> None:
        matches = text.strip() == self.name
        self.force.setEnabled(matches)
        # Enter cancels until the name is typed; then it forces, as the typing meant
        self.force.setDefault(matches)
        self.cancel.setDefault(not matches)

    def accept(self) -> None:
        if self.typed.text().strip() != self.name:
            return  # only the typed name confirms
        self.force_confirmed.emit(self.address)
        super().accept()
