"""The steps on the left of the wizard, as XenCenter's wizards show them: every step, the
current one highlighted, finished ones ticked, and where the hosts start to change."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget, QWizard

from wizard.ui.qtnames import Qt

CURRENT = "background: #dbe8f7; border-left: 3px solid #2a6ebb; font-weight: bold;"
DONE = "color: #333;"
AHEAD = "color: #777;"


class StepList(QWidget):
    """One line per page; ``changes_at`` is the first page whose steps change the hosts."""

    def __init__(self, wizard: QWizard, changes_at: int) -> None:
        super().__init__()
        self.wizard = wizard
        self.changes_at = changes_at
        self.setObjectName("steps")
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(2)
        self.lines: dict[int, QLabel] = {}
        for page_id in wizard.pageIds():
            if page_id == changes_at:
                mark = QLabel(self.tr("Hosts change from here on"))
                mark.setWordWrap(True)
                mark.setStyleSheet("color: #8a4b00; font-size: small; padding: 6px 4px 0 4px;")
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setStyleSheet("color: #c8892d;")
                layout.addWidget(mark)
                layout.addWidget(rule)
                self.change_mark = mark
            line = QLabel()
            line.setTextFormat(Qt.TextFormat.PlainText)
            self.lines[page_id] = line
            layout.addWidget(line)
        layout.addStretch(1)
        wizard.currentIdChanged.connect(lambda _id: self.refresh())
        self.refresh()

    def finished(self, page_id: int) -> bool:
        """A page left behind with Next (the build's once it succeeded)."""
        current = self.wizard.currentId()
        return page_id in self.wizard.visitedIds() and page_id != current and page_id < current

    def refresh(self) -> None:
        current = self.wizard.currentId()
        for page_id, line in self.lines.items():
            page = self.wizard.page(page_id)
            title = page.title() if page is not None else ""
            if page_id == current:
                line.setText(f"▶  {title}")
                line.setStyleSheet(f"padding: 4px; {CURRENT}")
            elif self.finished(page_id):
                line.setText(f"✓  {title}")
                line.setStyleSheet(f"padding: 4px; {DONE}")
            else:
                line.setText(f"    {title}")
                line.setStyleSheet(f"padding: 4px; {AHEAD}")
