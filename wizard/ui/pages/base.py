"""What every page shares: BasePage, the page ids and small widget helpers."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QWizardPage,
)

from wizard.i18n import translate
from wizard.ui.model import WizardModel
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

GiB = 1024**3


class PageId(IntEnum):
    START = 0
    HOSTS = 1
    COMPAT = 2
    NETWORK = 3
    ISCSI = 4
    HA = 5
    REVIEW = 6
    BUILD = 7
    FINISH = 8


def error_label(selectable: bool = True) -> QLabel:
    """A red label for a field's problem; ``selectable`` can wait until there is text
    (the first page is shown before Qt's namespace of enums is loaded)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumHeight(8)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def table(headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().hide()
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Tab moves on to the next field (arrows move between cells), or a keyboard user is
    # trapped in the table.
    widget.setTabKeyNavigation(False)
    # Columns are sized once after each fill: resizing to contents on every
    # setItem makes filling a 64-host table quadratic.
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def cell(widget: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column), created when the table has none there yet."""
    found = widget.item(row, column)
    if found is None:
        found = item("")
        widget.setItem(row, column, found)
    return found


def gib(size: int) -> str:
    """A size in GiB with one decimal, in the language's number format."""
    from PySide6.QtCore import QLocale

    amount = QLocale().toString(size / GiB, "f", 1)
    return translate("Pages", "{0} GiB").format(amount)


def item(text: str, editable: bool = False) -> QTableWidgetItem:
    made = QTableWidgetItem(text)
    if not editable:
        made.setFlags(made.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return made


def cannot_write(path: object, error: OSError) -> str:
    """A file the user picked could not be written: which, and the system's reason."""
    return translate("Pages", "Could not write {0}: {1}").format(path, error.strerror or error)


def plan_html(model: WizardModel) -> str:
    """The plan in words with what the pages chose (Review and Finish)."""
    from wizard.summary import describe_plan

    plan = model.plan
    return describe_plan(
        plan,
        forced=model.forced_joins(),
        pausing_ha=model.pause_ha and model.joins_need_ha_off(),
        lun_holds_sr=bool(model.discovered.existing.get(plan.iscsi.sr_scsi_id)),
    )


class BasePage(QWizardPage):
    """A page whose widgets are made on its first visit: the window opens sooner."""

    def __init__(self, model: WizardModel, title: str, subtitle: str) -> None:
        super().__init__()
        self.model = model
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.busy = busy_bar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Why Next is disabled, at the foot of the page beside the buttons (pages that
        # lay it out): a disabled button never stands there without a reason.
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #8a4b00;")
        self.completeChanged.connect(self._show_why)
        self.has_widgets = False
        model.busy_changed.connect(self._busy)
        model.message.connect(self._message)

    def create_widgets(self) -> None:
        """Make and lay out the page's widgets (once, before its first initializePage)."""

    def ensure_widgets(self) -> None:
        if not self.has_widgets:
            self.has_widgets = True
            self.create_widgets()

    def initializePage(self) -> None:
        self.ensure_widgets()

    def _busy(self, busy: bool) -> None:
        # Only on pages that lay the bar out: a bar without a parent would open as a window.
        if self.busy.parent() is not None:
            self.busy.setVisible(busy)
        # Only the page on screen: the others' completeness (a validation of the
        # whole plan on some) is asked for again when they are shown.
        if self.isVisible():
            self.completeChanged.emit()

    def _message(self, text: str) -> None:
        if self.isVisible():
            self.status.setText(text)

    def _show_why(self) -> None:
        if self.why.parent() is not None:
            self.why.setText("" if self.isComplete() else self.blocked_reason())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_why()

    def blocked_reason(self) -> str:
        """What it takes to go on, while Next is disabled."""
        if self.model.busy:
            return translate("Pages", "Next is available once the work in progress ends.")
        return ""

    def isComplete(self) -> bool:
        return not self.model.busy
