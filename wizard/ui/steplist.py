"""The steps on the left of the wizard, as XenCenter's wizards show them: every step, the
current one highlighted, finished ones ticked, and where the hosts start to change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget, QWizard

from wizard.i18n import translate

CURRENT = "background: #dbe8f7; border-left: 3px solid #2a6ebb; font-weight: bold;"
DONE = "color: #333;"
AHEAD = "color: #777;"

# Every page's title, as the page's own tr() says it (same context and text, so the same
# translation): the list stands whole while the pages after the first are still being made.
TITLES: dict[int, Callable[[], str]] = {
    0: lambda: translate("StartPage", "Build a pool"),
    1: lambda: translate("HostsPage", "Hosts"),
    2: lambda: translate("CompatibilityPage", "Compatibility"),
    3: lambda: translate("NetworkPage", "Storage network"),
    4: lambda: translate("IscsiPage", "iSCSI target"),
    5: lambda: translate("HaPage", "High Availability"),
    6: lambda: translate("ReviewPage", "Review"),
    7: lambda: translate("BuildPage", "Build"),
    8: lambda: translate("FinishPage", "Finished"),
}


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
        for page_id in TITLES:
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
            # Plain text as it is (AutoText sees no markup in a title); naming the format
            # would make Qt's namespace of enums before the first page shows (20 ms).
            line = QLabel()
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
            title = page.title() if page is not None else TITLES[page_id]()
            if page_id == current:
                line.setText(f"▶  {title}")
                line.setStyleSheet(f"padding: 4px; {CURRENT}")
            elif self.finished(page_id):
                line.setText(f"✓  {title}")
                line.setStyleSheet(f"padding: 4px; {DONE}")
            else:
                line.setText(f"    {title}")
                line.setStyleSheet(f"padding: 4px; {AHEAD}")
