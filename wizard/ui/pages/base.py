"""What every page shares: BasePage, the page ids and small widget helpers."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget, QWizardPage

from wizard.i18n import translate
from wizard.ui.model import WizardModel
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

GiB = 1024**3
# A table's rows made in one event: those on screen as the page changes (the rest follow,
# this many per event; 64 rows of items and delegates at once took 10-14 ms).
ROWS_PER_EVENT = 16
Row = TypeVar("Row")


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
    # the item views load with the first table (their enums cost the first page ~2 ms)
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

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


class Slices(Generic[Row]):
    """Rows filled ``ROWS_PER_EVENT`` at a time: the first slice at once, the others in
    the next events. ``fill(rows, last)`` fills one slice; ``last`` says none is left.
    Starting again replaces what was still to fill (it is filled from the new state)."""

    def __init__(self, context: QWidget, fill: Callable[[list[Row], bool], None]) -> None:
        self._fill = fill
        self._left: list[Row] = []
        # A timer of its own, not QTimer.singleShot(0): that is a posted call, and every
        # slice would run before the paint and other timers, as one stall again.
        self._timer = QTimer(context)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self._next() if self._left else None)

    def start(self, rows: list[Row]) -> None:
        self._left = list(rows)
        self._next()

    @property
    def filling(self) -> bool:
        return bool(self._left)

    def _next(self) -> None:
        now, self._left = self._left[:ROWS_PER_EVENT], self._left[ROWS_PER_EVENT:]
        self._fill(now, not self._left)
        if self._left and not self._timer.isActive():
            self._timer.start()


def fit_columns(widget: QTableWidget, rows: list[Row], last: bool) -> bool:
    """Columns sized to what a slice changed: to the rows in view while more are to come,
    to every row once the last is in (sizing to 64 rows a slice would cost what slicing
    saves). The last column keeps stretching (sized on screen, it would stop). Says
    whether they were sized."""
    early = bool(rows) and not last
    if not (early or (last and (rows or widget.property("fit_all_later")))):
        return False
    # how many rows a column's width looks at (a table not on screen yet: from the top)
    widget.verticalHeader().setResizeContentsPrecision(ROWS_PER_EVENT if early else -1)
    stretched = widget.horizontalHeader().stretchLastSection()
    for column in range(widget.columnCount() - (1 if stretched else 0)):
        widget.resizeColumnToContents(column)
    widget.setProperty("fit_all_later", early)
    return True


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


@cache
def _item_type() -> type[QTableWidgetItem]:
    # once: an import statement costs 4.5 us under PySide's import hook, and a 64-host
    # table makes 576 items
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem


def item(text: str, editable: bool = False) -> QTableWidgetItem:
    made = _item_type()(text)
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
