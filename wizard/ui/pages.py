"""The wizard's pages. Each reads and edits the shared WizardModel; none calls XAPI."""

from __future__ import annotations

import functools
import html
import ipaddress
from collections import deque
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.findings import Finding, Severity, check_label
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.steps.base import POOL, Progress, State
from wizard.ui.model import HostRow, WizardModel

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle

    from wizard.checks.capacity import CapacityPlan
    from wizard.checks.facts import HostFacts
    from wizard.ui.forcejoin import ForceJoinDialog
    from wizard.ui.health import HealthDialog
from wizard.xapi.fingerprints import format_fingerprint

GiB = 1024**3
LOG_LINES = 5000  # the Build page's log keeps the last lines

# Qt's namespace makes its ~150 enums when first touched (20 ms): that waits until
# after the first page shows. ``Qt.X`` reads PySide6.QtCore.Qt.X on first use.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _LazyQt:
        def __getattr__(self, name: str) -> object:
            from PySide6.QtCore import Qt

            value = getattr(Qt, name)
            setattr(self, name, value)  # later reads skip this method
            return value

    Qt = _LazyQt()


def preload() -> None:
    """Make Qt's namespace of enums (~150 of them, 20 ms) and QStyle's before a page needs them."""
    from PySide6.QtCore import Qt as namespace  # making the type makes its enums
    from PySide6.QtWidgets import QStyle as style

    del namespace, style


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


def paint_bar(
    painter: QPainter,
    frame: QRect,
    palette: QPalette,
    value: int,
    maximum: int,
    text: str,
    alignment: Qt.AlignmentFlag | None = None,
) -> None:
    """A bar as the style draws a progress bar, without its gradients (1 ms each): the
    done (or used) part filled, the text over it in the colours that read on each part."""
    from PySide6.QtGui import QPalette

    align = (alignment or Qt.AlignmentFlag.AlignHCenter) | Qt.AlignmentFlag.AlignVCenter
    painter.save()
    painter.fillRect(frame, palette.color(QPalette.ColorRole.Base))
    filled = QRect(
        frame.left(),
        frame.top(),
        frame.width() * min(max(0, value), maximum) // max(1, maximum),
        frame.height(),
    )
    painter.fillRect(filled, palette.color(QPalette.ColorRole.Highlight))
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    inside = frame.adjusted(6, 0, -6, 0)
    painter.setClipRect(filled)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(inside, align, text)
    painter.setClipRect(QRect(filled.right() + 1, frame.top(), frame.width(), frame.height()))
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(inside, align, text)
    painter.restore()


# Item data of painted cells (Qt.ItemDataRole.UserRole + n).
PROGRESS_ROLE = 0x0100 + 1  # a progress, 0-100
PASSWORD_ROLE = 0x0100 + 2  # a password, shown masked
CHOICES_ROLE = 0x0100 + 3  # a cell's own [(value, label)] for ChoiceDelegate


def style_of(widget: QWidget | None) -> QStyle:
    from PySide6.QtWidgets import QApplication

    return widget.style() if widget is not None else QApplication.style()


class CellEditorDelegate(QStyledItemDelegate):
    """A delegate that paints its own look and edits in a widget covering the whole cell."""

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        editor.setGeometry(option.rect)


class PasswordDelegate(CellEditorDelegate):
    """A password cell drawn as a line edit (masked text, or the placeholder), edited in one.

    A QLineEdit per row would be one more widget per host to make, lay out and
    paint, and refreshing the table would make them all again.
    """

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionFrame

        widget = option.widget
        style = style_of(widget)
        frame = QStyleOptionFrame()
        if widget is not None:
            frame.initFrom(widget)
        frame.rect = option.rect
        frame.state = frame.state | QStyle.StateFlag.State_Sunken
        frame.lineWidth = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, frame, widget)
        frame.midLineWidth = 0
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, frame, painter, widget)
        # Where QLineEdit puts its text: the contents rectangle, 2 px in.
        text_rect = style.subElementRect(
            QStyle.SubElement.SE_LineEditContents, frame, widget
        ).adjusted(2, 1, -2, -1)
        password = str(index.data(PASSWORD_ROLE) or "")
        painter.save()
        if password:
            mask = chr(
                style.styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, frame, widget)
            )
            painter.setPen(frame.palette.color(QPalette.ColorRole.Text))
            text = mask * len(password)
        else:
            painter.setPen(frame.palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.placeholder
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.restore()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setEchoMode(QLineEdit.EchoMode.Password)
        editor.setPlaceholderText(self.placeholder)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(PASSWORD_ROLE) or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), PASSWORD_ROLE)


class ChoiceDelegate(CellEditorDelegate):
    """A choice cell drawn as a combo box, edited in one; the value is in UserRole.

    A QComboBox per row cost the HA page 30 ms to make and as much to paint with
    a VM per host on 64 hosts. A cell may carry its own choices (CHOICES_ROLE),
    e.g. the NICs of its host.
    """

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices  # (value, label)

    def choices_of(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, str]]:
        own = index.data(CHOICES_ROLE)
        return list(own) if isinstance(own, list) and own else self.choices

    def label(self, value: str, choices: list[tuple[str, str]] | None = None) -> str:
        return next((text for key, text in (choices or self.choices) if key == value), value)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        widget = option.widget
        style = style_of(widget)
        box = QStyleOptionComboBox()
        if widget is not None:
            box.initFrom(widget)
        box.rect = option.rect
        box.state = option.state
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        widest = max(
            (option.fontMetrics.horizontalAdvance(text) for _, text in self.choices_of(index)),
            default=0,
        )
        widest = max(widest, option.fontMetrics.horizontalAdvance(str(index.data() or "")))
        box = QStyleOptionComboBox()
        box.frame = True
        return style_of(option.widget).sizeFromContents(
            QStyle.ContentsType.CT_ComboBox,
            box,
            QSize(widest, option.fontMetrics.height()),
            option.widget,
        )

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        for value, text in self.choices_of(index):
            editor.addItem(text, value)
        # A choice is made when it is picked, not when the cell loses focus.
        editor.activated.connect(lambda _i: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)  # the cell shows what its view makes of the choice

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(
                max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole) or ""))
            )

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            value = str(editor.currentData() or "")
            # The value last: a view that redraws its rows when told of it keeps its own text.
            label = self.label(value, self.choices_of(index))
            model.setData(index, label, Qt.ItemDataRole.DisplayRole)
            model.setData(index, value, Qt.ItemDataRole.UserRole)


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

    def isComplete(self) -> bool:
        return not self.model.busy


# -- 1. Start -----------------------------------------------------------------------
class StartPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Build a pool"),
            self.tr(
                "Turn freshly installed XenServer / XCP-ng hosts into a pool with shared iSCSI storage and High Availability."
            ),
        )

    def create_widgets(self) -> None:
        model = self.model
        layout = QVBoxLayout(self)
        self.new = QRadioButton(self.tr("New build: find my hosts"))
        self.open = QRadioButton(self.tr("Open a saved plan…"))
        self.demo = QRadioButton(self.tr("Try the demo (a simulated lab, no real hosts needed)"))
        group = QButtonGroup(self)
        for button in (self.new, self.open, self.demo):
            group.addButton(button)
            layout.addWidget(button)
        (self.demo if model.demo else self.new).setChecked(True)
        self.demo.setEnabled(model.demo)
        self.recent = QComboBox()
        self.recent.setPlaceholderText(self.tr("Recent plans"))
        self.recent.addItems(recent_plans())
        self.recent.setVisible(self.recent.count() > 0)
        self.recent.activated.connect(lambda _i: self.load(Path(self.recent.currentText())))
        layout.addWidget(self.recent)
        self.plan_path = QLabel()
        self.loaded: Path | None = None  # the plan opened from the list or the command line
        self.error = error_label(selectable=False)
        layout.addWidget(self.plan_path)
        layout.addWidget(self.error)
        note = QLabel(
            self.tr(
                "Nothing changes on any host until you create the pool on the iSCSI page or "
                "press Build, and both ask first. Passwords stay in memory (or in your OS "
                "keyring if you ask), never in plan files."
            )
        )
        note.setWordWrap(True)
        layout.addStretch()
        layout.addWidget(note)

    def validatePage(self) -> bool:
        if not self.open.isChecked() or self.loaded is not None:
            return True
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a build plan"), "", self.tr("Build plans (*.toml)")
        )
        if not name:
            return False
        return self.load(Path(name))

    def load(self, path: Path) -> bool:
        from wizard import plan as planmod

        try:
            loaded = planmod.load(path)
        except planmod.PlanError as exc:
            self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.error.setText("\n".join(f.render() for f in exc.findings[:8]))
            return False
        self.model.plan = loaded
        for host in loaded.hosts:
            self.model.add_address(host.address, host.fingerprint)
        self.loaded = path
        self.open.setChecked(True)
        self.plan_path.setText(self.tr("Plan: {0}").format(path))
        self.error.clear()
        remember_recent_plan(path)
        return True


RECENT_PLANS = "plans/recent"


def recent_plans() -> list[str]:
    value = QSettings().value(RECENT_PLANS, [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def remember_recent_plan(path: Path) -> None:
    entries = [str(path.resolve())] + [p for p in recent_plans() if p != str(path.resolve())]
    QSettings().setValue(RECENT_PLANS, entries[:8])


# -- 2. Hosts ------------------------------------------------------------------------
@dataclass(frozen=True)
class HostCells:
    """What a row of the host table shows, to change only the cells that differ."""

    trust: tuple[bool, bool]  # fingerprint known, trusted
    texts: tuple[str, ...]  # address, fingerprint, name, version, CPU, pool (columns 1-6)
    fingerprint: str  # in full, as the fingerprint's tooltip
    password: str  # the host's own password, if it has one


class HostsPage(BasePage):
    COLUMNS = (  # translated where the table is made (lupdate sees them marked here)
        QT_TRANSLATE_NOOP("HostsPage", "Trust"),
        QT_TRANSLATE_NOOP("HostsPage", "Address"),
        QT_TRANSLATE_NOOP("HostsPage", "Certificate (SHA-256)"),
        QT_TRANSLATE_NOOP("HostsPage", "Host"),
        QT_TRANSLATE_NOOP("HostsPage", "Version"),
        QT_TRANSLATE_NOOP("HostsPage", "CPU"),
        QT_TRANSLATE_NOOP("HostsPage", "Pool"),
        QT_TRANSLATE_NOOP("HostsPage", "Own password"),
    )

    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Hosts"),
            self.tr(
                "Add the hosts by address or scan a range, confirm each host's certificate, then connect."
            ),
        )
        self.connected = False

    def create_widgets(self) -> None:
        model = self.model
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            self.tr("address, range (192.0.2.10-20) or subnet (192.0.2.0/24)")
        )
        self.add_button = QPushButton(self.tr("&Add"))
        self.scan_button = QPushButton(self.tr("&Scan"))
        row.addWidget(self.address, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.scan_button)
        layout.addLayout(row)
        self.address_error = error_label()
        layout.addWidget(self.address_error)
        self.table = table([self.tr(c) for c in self.COLUMNS])
        self.table.setItemDelegateForColumn(
            7, PasswordDelegate(self.tr("same as below"), self.table)
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.shown: list[HostCells | None] = []  # what each row shows, to change only what differs
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("root password (the same on every host)"))
        form.addRow(self.tr("&Password:"), self.password)
        self.remember = QCheckBox(self.tr("Re&member the passwords in the OS keyring"))
        form.addRow("", self.remember)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.copy_join = QPushButton(self.tr("Copy &join information"))
        self.copy_join.setToolTip(
            self.tr(
                "The trusted hosts and their certificate fingerprints as one line: paste it into "
                "the address field on another computer, and it trusts exactly these certificates."
            )
        )
        self.connect_button = QPushButton(self.tr("&Connect and check"))
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.copy_join)
        buttons.addStretch()
        buttons.addWidget(self.connect_button)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add)
        self.address.returnPressed.connect(self.add)
        self.scan_button.clicked.connect(self.scan)
        self.remove_button.clicked.connect(self.remove)
        self.copy_join.clicked.connect(self.copy_join_info)
        self.connect_button.clicked.connect(self.connect_hosts)
        self.password.textChanged.connect(self._password_changed)
        self.table.itemChanged.connect(self._item_changed)
        model.hosts_changed.connect(self._hosts_changed)

    def _hosts_changed(self) -> None:
        # A page made ahead of its turn, or left behind, is filled when shown.
        if self.isVisible():
            self.refresh()

    def initializePage(self) -> None:
        self.ensure_widgets()
        if self.model.password and not self.password.text():
            self.password.setText(self.model.password)
        self.refresh()
        if any(not r.fingerprint for r in self.model.rows):
            self.model.run(self.model.fetch_fingerprints())

    def _own_password(self, address: str, text: str) -> None:
        self.model.set_host_password(address, text)
        self.connected = False
        self.completeChanged.emit()

    def _password_changed(self, text: str) -> None:
        self.model.set_password(text)
        self.connected = False
        self.completeChanged.emit()

    def add(self) -> None:
        text = self.address.text().strip()
        if not text:
            self.address_error.setText(self.tr("Enter a host's management IP address."))
            return
        if "".join(text.split()).startswith("XPW1-"):
            self.paste_join_info(text)
            return
        if "/" in text or "-" in text:
            self.scan()
            return
        try:
            ipaddress.IPv4Address(text)
        except ValueError:
            self.address_error.setText(self.tr("'{0}' is not an IPv4 address.").format(text))
            return
        self.address_error.clear()
        self.model.add_address(text)
        self.address.clear()
        self.connected = False
        self.model.run(self.model.fetch_fingerprints())

    def paste_join_info(self, text: str) -> None:
        from wizard.joininfo import JoinInfoError

        try:
            count = self.model.import_join_info(text)
        except JoinInfoError as exc:
            self.address_error.setText(str(exc))  # the pasted line stays for another try
            return
        self.address_error.clear()
        self.address.clear()
        self.connected = False
        self.status.setText(
            self.tr("{0} host(s) added with the certificates the join information names.").format(
                count
            )
        )

    def copy_join_info(self) -> None:
        from PySide6.QtGui import QGuiApplication

        line = self.model.join_info()
        if not line:
            self.status.setText(self.tr("Trust the hosts' certificates first."))
            return
        QGuiApplication.clipboard().setText(line)
        self.status.setText(
            self.tr("Join information copied: it names the trusted hosts and holds no password.")
        )

    def scan(self) -> None:
        spec = self.address.text().strip()
        from wizard.discovery import ScanError, addresses

        try:
            addresses(spec)
        except ScanError as exc:
            self.address_error.setText(str(exc))
            return
        self.address_error.clear()
        self.connected = False
        self.model.run(self.model.scan(spec))

    def remove(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            address = cell(self.table, index, 1).text()
            self.model.remove_address(address)
        self.connected = False

    def _item_changed(self, changed: QTableWidgetItem) -> None:
        address = cell(self.table, changed.row(), 1).text()
        if changed.column() == 7:
            self._own_password(address, changed.data(PASSWORD_ROLE) or "")
            return
        if changed.column() != 0:
            return
        self.model.trust(address, changed.checkState() == Qt.CheckState.Checked)
        self.connected = False
        self.completeChanged.emit()

    def _row_cells(self, row: HostRow) -> HostCells:
        """What a host's row shows."""
        facts = row.facts
        fingerprint = (
            format_fingerprint(row.fingerprint)[:23] + "…"
            if row.fingerprint
            else (row.error or self.tr("contacting…"))
        )
        pool = ""
        if facts:
            pool = (
                self.tr("standalone")
                if facts.is_master and facts.pool_size == 1
                else (
                    self.tr("master of {0} hosts").format(facts.pool_size)
                    if facts.is_master
                    else self.tr("member of {0}").format(facts.master_address)
                )
            )
        version = (
            f"{facts.software_version.get('product_brand', '')} "
            f"{facts.software_version.get('product_version', '')}"
            if facts
            else ""
        )
        return HostCells(
            trust=(bool(row.fingerprint), row.trusted),
            texts=(
                row.address,
                fingerprint,
                # before login, the name its certificate gives (it tells scanned hosts apart;
                # any host can claim any name there, so it says where the name comes from)
                facts.name
                if facts
                else (self.tr("{0} (certificate)").format(row.cert_name) if row.cert_name else ""),
                version,
                facts.cpu_info.get("modelname", "") if facts else "",
                pool,
            ),
            fingerprint=format_fingerprint(row.fingerprint),
            password=self.model.host_passwords.get(row.address, ""),
        )

    def refresh(self) -> None:
        rows = self.model.rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        del self.shown[len(rows) :]
        self.shown += [None] * (len(rows) - len(self.shown))
        texts_changed = False
        for index, row in enumerate(rows):
            # Only the cells that show something new change (trusting a host, or its facts
            # arriving, refreshes the view for all 64): items are kept and updated.
            new = self._row_cells(row)
            old = self.shown[index]
            self.shown[index] = new
            if old is None or old.trust != new.trust:
                self._show_trust(index, *new.trust)
            for column, text in enumerate(new.texts, start=1):
                if old is None or old.texts[column - 1] != text:
                    cell(self.table, index, column).setText(text)
                    texts_changed = True
            if old is None or old.fingerprint != new.fingerprint:
                cell(self.table, index, 2).setToolTip(new.fingerprint)
            if old is None or old.password != new.password:
                own = self.table.item(index, 7) or item("", editable=True)
                own.setData(PASSWORD_ROLE, new.password)
                self.table.setItem(index, 7, own)
        self.table.blockSignals(False)
        if texts_changed:
            self.table.resizeColumnsToContents()
        self.completeChanged.emit()

    def _show_trust(self, index: int, known: bool, trusted: bool) -> None:
        """The trust checkbox, once the host's fingerprint is known."""
        trust = cell(self.table, index, 0)
        if known:
            trust.setFlags(trust.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            trust.setCheckState(Qt.CheckState.Checked if trusted else Qt.CheckState.Unchecked)
            trust.setToolTip(
                self.tr("Compare this fingerprint with the host's console before trusting it.")
            )
        else:
            trust.setFlags(trust.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            trust.setData(Qt.ItemDataRole.CheckStateRole, None)
            trust.setToolTip("")

    def connect_hosts(self) -> None:
        untrusted = [r.address for r in self.model.rows if not r.trusted]
        if not self.model.rows:
            self.status.setText(self.tr("Add at least one host."))
            return
        if untrusted:
            self.status.setText(
                self.tr("Confirm the certificate of: {0}").format(", ".join(untrusted))
            )
            return
        remember = self.remember.isChecked()

        def done(result: tuple[list[str], bool]) -> None:
            missing, stored = result
            if missing:
                self.status.setText(
                    self.tr("Enter the root password.")
                    if len(missing) == len(self.model.rows)
                    else self.tr("Enter the root password (none is remembered for {0}).").format(
                        ", ".join(missing)
                    )
                )
                return
            self.connected = True
            text = self.tr("Connected to {0} host(s).").format(len(self.model.rows))
            if remember:
                text += " " + (
                    self.tr("The passwords are in the OS keyring.")
                    if stored
                    else self.tr("No OS keyring here: the passwords stay in memory only.")
                )
            self.status.setText(text)
            self.completeChanged.emit()

        self.model.run(self.model.log_in(remember), done)

    def isComplete(self) -> bool:
        return super().isComplete() and self.connected and bool(self.model.rows)


# -- 3. Compatibility ----------------------------------------------------------------
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
            self.model.findings, key=lambda f: ["error", "warning", "info"].index(f.severity.value)
        ):
            if finding.severity is Severity.INFO and finding.check not in ("pool membership",):
                continue
            colour = {"error": "#b00020", "warning": "#8a6d00", "info": "#555"}[
                finding.severity.value
            ]
            fix = f"<br><i>{finding.fix}</i>" if finding.fix else ""
            lines.append(
                f"<p><b style='color:{colour}'>{severities[finding.severity]}</b> {finding.subject}: {finding.message}{fix}</p>"
            )
        details = "".join(lines) or self.tr("<p>No problems found.</p>")
        if details != self.shown_details:  # laying out the text again is not free either
            self.shown_details = details
            self.details.setHtml(details)
        warnings = [f for f in self.model.findings if f.severity is Severity.WARNING]
        self.accept.setVisible(bool(warnings))
        self.force.setVisible(bool(self.model.forceable_hosts()))
        self.pause_ha.setVisible(self.model.joins_need_ha_off() or self.model.pause_ha)
        self.pause_ha.blockSignals(True)
        self.pause_ha.setChecked(self.model.pause_ha)
        self.pause_ha.blockSignals(False)
        self.unforce.setVisible(bool(self.model.forced_joins()))
        blockers = [
            f
            for f in self.model.findings
            if f.blocking and not f.subject.startswith(("iscsi", "storage_network", "ha"))
        ]
        self.status.setText(
            self.tr("{0} blocker(s): fix them, then press Re-check.").format(len(blockers))
            if blockers
            else ""
        )
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

    def isComplete(self) -> bool:
        join_blockers = [f for f in self._join_findings() if f.blocking]
        warnings = [f for f in self.model.findings if f.severity is Severity.WARNING]
        return (
            super().isComplete()
            and not join_blockers
            and bool(self.model.plan.pool_name)
            and (not warnings or self.model.warnings_accepted)
        )


# -- 4. Storage network --------------------------------------------------------------
class NetworkPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Storage network"),
            self.tr(
                "A VLAN for iSCSI on every host, with a static IP each. It is created after the joins."
            ),
        )
        self.shown: list[tuple[object, ...]] = []  # what each row shows, to skip unchanged ones
        self.findings: list[Finding] | None = None  # of the plan as the page last showed it

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.nic = QComboBox()
        self.vlan = QSpinBox()
        self.vlan.setRange(0, 4094)
        self.vlan.setSpecialValueText(self.tr("choose…"))
        self.mtu = QComboBox()
        self.mtu.setEditable(True)
        self.mtu.addItems(["1500", "9000"])
        self.subnet = QLineEdit()
        self.subnet.setPlaceholderText("10.200.0.0/24")
        self.first_ip = QLineEdit()
        self.first_ip.setPlaceholderText("10.200.0.21")
        self.gateway = QLineEdit()
        self.gateway.setPlaceholderText(self.tr("(usually none)"))
        self.errors: dict[str, QLabel] = {}
        fields: list[tuple[str, QWidget, str]] = [
            (self.tr("N&IC:"), self.nic, "nic"),
            (self.tr("&VLAN tag:"), self.vlan, "vlan"),
            (self.tr("MT&U:"), self.mtu, "mtu"),
            (self.tr("&Subnet:"), self.subnet, "subnet"),
            (self.tr("&First IP:"), self.first_ip, "first_ip"),
            (self.tr("&Gateway:"), self.gateway, "gateway"),
        ]
        for row, (label, widget, key) in enumerate(fields):
            text = QLabel(label)
            text.setBuddy(widget)
            grid.addWidget(text, row, 0)
            grid.addWidget(widget, row, 1)
            self.errors[key] = error_label()
            grid.addWidget(self.errors[key], row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        # One row per host with everything a storage VLAN mistake hides in.
        self.ips = table(
            [
                self.tr("Host"),
                self.tr("Interface"),
                self.tr("NIC link"),
                self.tr("Storage IP"),
                self.tr("Check"),
            ]
        )
        # A host whose storage NIC is named differently picks its own (hosts[].nic).
        self.host_nics = ChoiceDelegate([], self.ips)
        self.ips.setItemDelegateForColumn(1, self.host_nics)
        layout.addWidget(self.ips, 1)
        layout.addWidget(self.status)
        self.nic.currentTextChanged.connect(self._changed)
        self.vlan.valueChanged.connect(self._changed)
        self.mtu.currentTextChanged.connect(self._changed)
        for line in (self.subnet, self.first_ip, self.gateway):
            line.textChanged.connect(self._changed)
        self.ips.itemChanged.connect(self._ip_edited)
        self._loading = False

    def initializePage(self) -> None:
        self.ensure_widgets()
        self._loading = True
        net = self.model.plan.storage_network
        devices = sorted({n.device for f in self.model.facts() for n in f.nics if n.physical})
        self.nic.clear()
        self.nic.addItems(devices or [net.nic])
        self.nic.setCurrentText(net.nic)
        self.vlan.setValue(net.vlan)
        if not (net.mtu == 0 and self.mtu.currentText()):  # keep a typo to correct, not "0"
            self.mtu.setCurrentText(str(net.mtu))
        self.subnet.setText(net.subnet)
        self.first_ip.setText(net.first_ip)
        self.gateway.setText(net.gateway)
        self._loading = False
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        net = self.model.plan.storage_network
        net.nic = self.nic.currentText()
        net.vlan = self.vlan.value()
        try:
            net.mtu = int(self.mtu.currentText())
        except ValueError:
            net.mtu = 0
        net.subnet = self.subnet.text().strip()
        net.first_ip = self.first_ip.text().strip()
        net.gateway = self.gateway.text().strip()
        net.name = f"Storage VLAN {net.vlan}"
        self._fill_ips()
        self.completeChanged.emit()

    def _ip_edited(self, edited: QTableWidgetItem) -> None:
        if edited.column() not in (1, 3) or self._loading:
            return
        address = cell(self.ips, edited.row(), 0).data(Qt.ItemDataRole.UserRole)
        for host in self.model.plan.hosts:
            if host.address != address:
                continue
            if edited.column() == 3:
                host.storage_ip = edited.text().strip()
            else:  # the host's own NIC; the page's NIC again means "as the others"
                device = str(edited.data(Qt.ItemDataRole.UserRole) or "")
                host.nic = "" if device == self.model.plan.storage_network.nic else device
                self.shown[edited.row()] = ()  # the editor left its label in the cell
        self._fill_ips()
        self.completeChanged.emit()

    def _nic_choices(self, facts: HostFacts | None, device: str) -> list[tuple[str, str]]:
        """The host's physical NICs with their link, for its row's NIC choice."""
        nics = (
            sorted((n for n in facts.nics if n.physical), key=lambda n: n.device) if facts else []
        )
        choices = [
            (
                n.device,
                self.tr("{0} (up, {1} Mbit/s)").format(n.device, n.speed)
                if n.carrier
                else self.tr("{0} (no link)").format(n.device),
            )
            for n in nics
        ]
        return choices or [(device, device)]

    def _findings(self) -> list[Finding]:
        from wizard import plan as planmod
        from wizard.checks.network import storage_network_findings

        plan_findings = [
            f
            for f in planmod.validate(self.model.plan)
            if f.subject.startswith(("storage_network", "hosts"))
        ]
        return plan_findings + storage_network_findings(self.model.plan, self.model.facts())

    def _fill_ips(self) -> None:
        self._loading = True
        findings = self.findings = self._findings()
        for key, label in self.errors.items():
            mine = [
                f
                for f in findings
                if f.subject == f"storage_network.{key}" and f.severity is not Severity.INFO
            ]
            label.setText("; ".join(f.message for f in mine))
        ips = self.model.plan.storage_ips()
        hosts = self.model.plan.hosts
        facts_of = {f.address: f for f in self.model.facts()}
        errors: dict[str, list[str]] = {}
        for finding in findings:
            if finding.severity is Severity.ERROR:
                errors.setdefault(finding.subject, []).append(finding.message)
        self.ips.setRowCount(len(hosts))
        del self.shown[len(hosts) :]
        self.shown += [()] * (len(hosts) - len(self.shown))
        changed = False
        for index, host in enumerate(hosts):
            facts = facts_of.get(host.address)
            device = self.model.plan.nic_for(host)
            nic = facts.nic(device) if facts else None
            interface = self.tr("{0}, VLAN {1}, MTU {2}").format(
                device, self.model.plan.storage_network.vlan, self.model.plan.storage_network.mtu
            )
            link = (
                (self.tr("up, {0} Mbit/s").format(nic.speed) if nic.carrier else self.tr("NO LINK"))
                if nic
                else self.tr("no such NIC")
            )
            problems = errors.get(host.address, []) + errors.get(f"hosts[{index}].storage_ip", [])
            shown = (host.address, host.name, interface, link, ips.get(host.address, ""), *problems)
            if self.shown[index] == shown:
                continue  # a keystroke in a field re-checks 64 rows; unchanged ones stay
            self.shown[index] = shown
            changed = True
            name = item(f"{host.name or host.address}")
            name.setData(Qt.ItemDataRole.UserRole, host.address)
            self.ips.setItem(index, 0, name)
            choice = item(interface, editable=True)
            choice.setData(Qt.ItemDataRole.UserRole, device)
            choice.setData(CHOICES_ROLE, self._nic_choices(facts, device))
            choice.setToolTip(self.tr("Double-click or press F2 to use another NIC on this host"))
            self.ips.setItem(index, 1, choice)
            self.ips.setItem(index, 2, item(link))
            self.ips.setItem(index, 3, item(ips.get(host.address, ""), editable=True))
            check = item("; ".join(problems) or "✓")
            if problems:
                check.setForeground(QColor("#b00020"))
            self.ips.setItem(index, 4, check)
        if changed:
            self.ips.resizeColumnsToContents()
        self._loading = False

    def isComplete(self) -> bool:
        if self.findings is None:
            self.findings = self._findings()
        return super().isComplete() and not [f for f in self.findings if f.blocking]


# -- 5. iSCSI target --------------------------------------------------------------------
class IscsiPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("iSCSI target"),
            self.tr(
                "The hosts reach the target over the storage network, so it is set up first; then the target is probed from the pool master."
            ),
        )

    def create_widgets(self) -> None:
        from wizard import plan as planmod

        model = self.model
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.portal = QLineEdit()
        self.portal.setPlaceholderText("10.200.0.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.chap_user = QLineEdit()
        self.chap_user.setPlaceholderText(self.tr("(no CHAP)"))
        self.chap_secret = QLineEdit()
        self.chap_secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Portal:"), self.portal)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("CHAP &user:"), self.chap_user)
        form.addRow(self.tr("CHAP s&ecret:"), self.chap_secret)
        self.multipath = QCheckBox(self.tr("&Multipathing on every host"))
        self.multipath.setToolTip(
            self.tr(
                "Turned on before the SR is made: one path per portal, so a failed cable or "
                "controller does not stop the storage. Later it needs the SR unplugged."
            )
        )
        self.multipath_chosen = False  # the user ticked or unticked it: no more guessing
        form.addRow("", self.multipath)
        layout.addLayout(form)
        self.initiators = QPlainTextEdit()
        self.initiators.setReadOnly(True)
        self.initiators.setMaximumHeight(70)
        layout.addWidget(QLabel(self.tr("Initiator IQNs to allow on the array:")))
        layout.addWidget(self.initiators)
        buttons = QHBoxLayout()
        self.apply_network = QPushButton(self.tr("&1. Create pool and storage network now"))
        self.discover = QPushButton(self.tr("&2. Discover"))
        buttons.addWidget(self.apply_network)
        buttons.addWidget(self.discover)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.iqn = QComboBox()
        layout.addWidget(self.iqn)
        self.luns = table(
            [
                self.tr("LUN"),
                self.tr("Size"),
                self.tr("Vendor"),
                self.tr("Serial"),
                self.tr("SCSI id"),
                self.tr("Holds SR"),
            ]
        )
        layout.addWidget(self.luns, 1)
        choose = QFormLayout()
        self.data_lun = QComboBox()
        self.heartbeat_lun = QComboBox()
        self.existing = QComboBox()
        self.existing.addItem(
            self.tr("Reattach it (keep its data)"), planmod.ExistingSr.REATTACH.value
        )
        self.existing.addItem(
            self.tr("Format it (destroys its data)"), planmod.ExistingSr.FORMAT.value
        )
        self.confirm_name = QLineEdit()
        self.confirm_name.setPlaceholderText(self.tr("type the SR's name to confirm formatting"))
        choose.addRow(self.tr("Sh&ared SR LUN:"), self.data_lun)
        choose.addRow(self.tr("&Heartbeat LUN:"), self.heartbeat_lun)
        choose.addRow(self.tr("LUN holds an SR:"), self.existing)
        choose.addRow("", self.confirm_name)
        layout.addLayout(choose)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self._loading = False
        self.apply_network.clicked.connect(self.confirm_create_network)
        self.discover.clicked.connect(self.discover_targets)
        self.iqn.currentIndexChanged.connect(self.discover_luns)
        for combo in (self.data_lun, self.heartbeat_lun, self.existing):
            combo.currentIndexChanged.connect(self._chosen)
        self.confirm_name.textChanged.connect(self._chosen)
        for line in (self.portal, self.chap_user, self.chap_secret):
            line.textChanged.connect(self._fields)
        self.port.valueChanged.connect(self._fields)
        self.multipath.clicked.connect(self._multipath_clicked)
        model.discovered_changed.connect(self.refresh)

    def initializePage(self) -> None:
        self.ensure_widgets()
        iscsi = self.model.plan.iscsi
        self._loading = True
        self.portal.setText(",".join(iscsi.portals))
        self.port.setValue(iscsi.port)
        self.chap_user.setText(iscsi.chap_user)
        self.chap_secret.setText(self.model.chap_secret)
        self.multipath.setChecked(iscsi.multipath)
        self._loading = False
        if iscsi.chap_user and not self.model.chap_secret:
            self.model.run(self.model.recall_chap_secret(), self._recalled_chap_secret)
        self.initiators.setPlainText(
            "\n".join(f"{f.name}: {f.iscsi_iqn}" for f in self.model.facts())
        )
        self.refresh()

    def _recalled_chap_secret(self, secret: str) -> None:
        if secret and not self.chap_secret.text():  # what the user typed meanwhile wins
            self.chap_secret.setText(secret)

    def _fields(self) -> None:
        if self._loading:
            return
        iscsi = self.model.plan.iscsi
        iscsi.portals = [p.strip() for p in self.portal.text().split(",") if p.strip()]
        iscsi.port = self.port.value()
        iscsi.chap_user = self.chap_user.text().strip()
        if not self.multipath_chosen:
            # Several portals are there for multipathing: tick it until the user decides.
            self.multipath.setChecked(len(iscsi.portals) > 1 or iscsi.multipath)
        iscsi.multipath = self.multipath.isChecked()
        self.model.chap_secret = self.chap_secret.text()
        if self.model.chap_secret:
            from wizard import logs

            logs.register_secret(self.model.chap_secret)
        bad = [p for p in iscsi.portals if not _is_ip(p)]
        self.error.setText(
            self.tr("Portal '{0}' is not an IPv4 address.").format(bad[0]) if bad else ""
        )

    def _multipath_clicked(self, checked: bool) -> None:
        self.multipath_chosen = True
        self.model.plan.iscsi.multipath = checked

    def confirm_create_network(self) -> None:
        """The first change on the hosts: the user says yes to it, knowing what it is."""
        plan = self.model.plan
        text = self.tr(
            "This changes the hosts now: {0} becomes the master of pool '{1}', {2} host(s) "
            "join it, and each gets its storage IP on VLAN {3}. The target can only be "
            "discovered over that network. Continue?"
        ).format(
            plan.master_host.name or plan.master_host.address,
            plan.pool_name,
            max(0, len(plan.hosts) - 1),
            plan.storage_network.vlan,
        )
        if self.model.pause_ha and self.model.joins_need_ha_off():
            text += "\n\n" + self.tr(
                "HA is turned off now for the joins, and on again only at the end of the "
                "build: until then no VM is restarted if a host fails."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create the pool now?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda code: (
                self.create_network() if code == QMessageBox.StandardButton.Yes.value else None
            )
        )
        self.question = box
        box.open()

    def create_network(self) -> None:
        self._fields()

        def done(_: object) -> None:
            self.status.setText(
                self.tr("Pool and storage network are in place. Now discover the target.")
            )

        self.model.run(self.model.build_pool_phase(), done)

    def discover_targets(self) -> None:
        self._fields()
        if not self.model.plan.iscsi.portals:
            self.error.setText(self.tr("Enter the portal address."))
            return

        def stored(remembered: bool) -> None:
            if remembered:
                self.status.setText(self.tr("The CHAP secret is in the OS keyring."))

        def done(ok: object) -> None:
            # A secret the target accepted is worth remembering, when the user asked to.
            if ok is not None:
                self.model.run(self.model.remember_chap_secret(), stored)

        self.model.run(self.model.discover_targets(), done)

    def discover_luns(self) -> None:
        iqn = self.iqn.currentData()
        if iqn:
            self.model.plan.iscsi.target_iqn = iqn
            self.model.run(self.model.discover_luns(iqn))

    def refresh(self) -> None:
        from wizard import plan as planmod

        found = self.model.discovered
        self.iqn.blockSignals(True)
        current = self.model.plan.iscsi.target_iqn
        self.iqn.clear()
        for target in found.targets:
            label = target.iqn if target.iqn != "*" else self.tr("* (every target: multipath)")
            self.iqn.addItem(f"{label}  [{target.address}:{target.port}]", target.iqn)
        if current:
            self.iqn.setCurrentIndex(max(0, self.iqn.findData(current)))
        self.iqn.blockSignals(False)
        if found.targets and not found.luns and self.iqn.currentData():
            self.discover_luns()
        self.luns.setRowCount(len(found.luns))
        for combo in (self.data_lun, self.heartbeat_lun):
            combo.blockSignals(True)
            combo.clear()
        for index, lun in enumerate(found.luns):
            holds = ", ".join(sr.name or sr.uuid for sr in found.existing.get(lun.scsi_id, []))
            for column, text in enumerate(
                [
                    lun.lun_id,
                    gib(lun.size),
                    lun.vendor,
                    lun.serial,
                    lun.scsi_id,
                    holds or "-",
                ]
            ):
                self.luns.setItem(index, column, item(text))
            label = (
                self.tr("LUN {0}: {1} ({2}) — holds {3}").format(
                    lun.lun_id, gib(lun.size), lun.scsi_id, holds
                )
                if holds
                else self.tr("LUN {0}: {1} ({2})").format(lun.lun_id, gib(lun.size), lun.scsi_id)
            )
            self.data_lun.addItem(label, lun.scsi_id)
            self.heartbeat_lun.addItem(label, lun.scsi_id)
        self.luns.resizeColumnsToContents()
        iscsi = self.model.plan.iscsi
        if found.luns:
            by_size = sorted(found.luns, key=lambda lun: lun.size)
            data = (
                iscsi.sr_scsi_id
                if any(lun.scsi_id == iscsi.sr_scsi_id for lun in found.luns)
                else by_size[-1].scsi_id
            )
            beat = next(
                (
                    lun.scsi_id
                    for lun in by_size
                    if lun.size >= planmod.HEARTBEAT_MIN_BYTES and lun.scsi_id != data
                ),
                "",
            )
            if any(lun.scsi_id == iscsi.heartbeat_scsi_id for lun in found.luns):
                beat = iscsi.heartbeat_scsi_id
            self.data_lun.setCurrentIndex(self.data_lun.findData(data))
            self.heartbeat_lun.setCurrentIndex(self.heartbeat_lun.findData(beat))
        for combo in (self.data_lun, self.heartbeat_lun):
            combo.blockSignals(False)
        self._chosen()

    def _holds(self, scsi_id: str) -> str:
        return ", ".join(
            sr.name or sr.uuid for sr in self.model.discovered.existing.get(scsi_id, [])
        )

    def _chosen(self) -> None:
        from wizard import plan as planmod

        iscsi = self.model.plan.iscsi
        iscsi.sr_scsi_id = self.data_lun.currentData() or ""
        iscsi.heartbeat_scsi_id = self.heartbeat_lun.currentData() or ""
        sizes = {lun.scsi_id: lun.size for lun in self.model.discovered.luns}
        iscsi.sr_size = sizes.get(iscsi.sr_scsi_id, 0)
        iscsi.heartbeat_size = sizes.get(iscsi.heartbeat_scsi_id, 0)
        holds = self._holds(iscsi.sr_scsi_id)
        self.existing.setEnabled(bool(holds))
        wants_format = self.existing.currentData() == planmod.ExistingSr.FORMAT.value and bool(
            holds
        )
        self.confirm_name.setVisible(wants_format)
        iscsi.existing_sr = (
            self.existing.currentData() if holds else planmod.ExistingSr.REATTACH.value
        )
        self.model.confirm_destroy = wants_format and self.confirm_name.text().strip() == holds
        problems = [
            f
            for f in planmod.validate(self.model.plan)
            if f.subject.startswith("iscsi") and f.blocking
        ]
        if wants_format and not self.model.confirm_destroy:
            self.error.setText(
                self.tr(
                    "Formatting destroys every disk on '{0}'. Type its name to confirm."
                ).format(holds)
            )
        else:
            self.error.setText(
                "; ".join(f.message for f in problems[:3]) if self.model.discovered.luns else ""
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        from wizard import plan as planmod

        if not super().isComplete() or not self.model.discovered.luns:
            return False
        iscsi = self.model.plan.iscsi
        holds = self._holds(iscsi.sr_scsi_id)
        if (
            holds
            and iscsi.existing_sr == planmod.ExistingSr.FORMAT.value
            and not self.model.confirm_destroy
        ):
            return False
        return not [
            f
            for f in planmod.validate(self.model.plan)
            if f.subject.startswith("iscsi") and f.blocking
        ]


def _is_ip(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


# -- 6. High Availability ------------------------------------------------------------------
class HaPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("High Availability"),
            self.tr(
                "HA restarts protected VMs on the surviving hosts. It needs free memory on them: the picture shows the headroom."
            ),
        )

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("&Enable High Availability"))
        layout.addWidget(self.enabled)
        form = QFormLayout()
        self.failures = QSpinBox()
        form.addRow(self.tr("Host &failures to tolerate:"), self.failures)
        layout.addLayout(form)
        # Beside the form, not in it: a wrapped label in a form row is given the
        # height it needs at the width the page had when it was made ahead of time.
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.fencing = QLabel(
            self.tr(
                "Enabling HA is the last step, with nothing else running. If it fails half-way, "
                "a host that loses the heartbeat SR can reboot itself (fencing): the build first "
                "checks that every host sees it."
            )
        )
        self.fencing.setWordWrap(True)
        layout.addWidget(self.fencing)
        layout.addSpacing(6)
        self.capacity = QGroupBox(
            self.tr("Memory per host (used by running VMs and the hypervisor / free)")
        )
        self.chart = CapacityChart()
        # A bar per host: with 64 hosts the chart scrolls, the window keeps its size.
        self.chart_area = scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the group box's shade shows through
        self.chart.setAutoFillBackground(False)
        QVBoxLayout(self.capacity).addWidget(scroll)
        layout.addWidget(self.capacity)
        self.vms = table(
            [self.tr("VM"), self.tr("Host"), self.tr("Memory"), self.tr("Restart priority")]
        )
        self.priorities = ChoiceDelegate(
            [
                ("restart", self.tr("restart")),
                ("best-effort", self.tr("best effort")),
                ("", self.tr("do not restart")),
            ],
            self.vms,
        )
        self.vms.setItemDelegateForColumn(3, self.priorities)
        self.vms.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.vms.itemChanged.connect(self._priority_edited)
        layout.addWidget(self.vms, 1)
        layout.addWidget(self.status)
        self.enabled.toggled.connect(self._changed)
        self.failures.valueChanged.connect(self._failures_changed)
        self._loading = False
        self.xapi_max: int | None = None  # XAPI's own figure, once the pool exists

    def initializePage(self) -> None:
        self.ensure_widgets()
        self._loading = True
        ha = self.model.plan.ha
        self.enabled.setChecked(ha.enabled)
        self._fill_vms()
        self._loading = False
        self.xapi_max = None
        self._changed()
        self._ask_xapi()

    def _ask_xapi(self) -> None:
        if self.model.ctx is not None and self.model.plan.ha.enabled:
            self.model.run(self.model.xapi_max_failures(), self._xapi_answered)

    def _xapi_answered(self, value: int | None) -> None:
        self.xapi_max = value
        self._changed()

    def _fill_vms(self) -> None:
        vms = [(f, vm) for f in self.model.facts() for vm in f.vms]
        priorities = self.model.plan.ha.restart_priorities
        self.vms.blockSignals(True)
        self.vms.setRowCount(len(vms))
        for index, (host, vm) in enumerate(vms):
            self.vms.setItem(index, 0, item(vm.name))
            self.vms.setItem(index, 1, item(host.name))
            self.vms.setItem(index, 2, item(gib(vm.memory)))
            current = priorities.get(vm.name, vm.ha_restart_priority)
            if current not in {value for value, _ in self.priorities.choices}:
                current = "restart"  # what the combo box this replaces showed first
            choice = item(self.priorities.label(current), editable=True)
            choice.setData(Qt.ItemDataRole.UserRole, current)
            choice.setData(Qt.ItemDataRole.UserRole + 1, vm.name)
            choice.setToolTip(self.tr("Double-click or press F2 to change"))
            self.vms.setItem(index, 3, choice)
        self.vms.blockSignals(False)
        self.vms.resizeColumnsToContents()

    def _priority_edited(self, edited: QTableWidgetItem) -> None:
        if edited.column() != 3 or self._loading:
            return
        name = str(edited.data(Qt.ItemDataRole.UserRole + 1) or "")
        value = str(edited.data(Qt.ItemDataRole.UserRole) or "")
        if name and self.model.plan.ha.restart_priorities.get(name) != value:
            self._priority(name, value)

    def _failures_changed(self, value: int) -> None:
        self.model.plan.ha.host_failures_to_tolerate = value
        self._changed()

    def _priority(self, name: str, value: str) -> None:
        self.model.plan.ha.restart_priorities[name] = value
        self._changed()
        self._ask_xapi()  # XAPI's figure depends on which VMs are protected

    def _changed(self) -> None:
        if self._loading:
            return
        ha = self.model.plan.ha
        ha.enabled = self.enabled.isChecked()
        plan = self.model.capacity()
        ours = limit = min(plan.max_failures, max(0, len(self.model.plan.hosts) - 1))
        if self.xapi_max is not None:
            limit = min(limit, self.xapi_max)  # XAPI refuses more than its own planner allows
        ha.host_failures_to_tolerate = min(ha.host_failures_to_tolerate, limit)
        self.failures.blockSignals(True)
        self.failures.setRange(0, limit)
        self.failures.setValue(ha.host_failures_to_tolerate)
        self.failures.blockSignals(False)
        self.failures.setEnabled(ha.enabled)
        self.vms.setEnabled(ha.enabled)
        if ha.host_failures_to_tolerate == 0:
            text = self.tr(
                "0: HA restarts VMs only if there happens to be room; nothing is reserved."
            )
            if limit == 0 and plan.stranded and len(plan.hosts) > 1:
                # Why 1 is not on offer: usually 2 hosts, each too full to take the other's VMs.
                text += " " + self.tr(
                    "1 is not possible: with one host down, {0} would find no room on the "
                    "other host(s). Set less important VMs to best-effort, or add memory or a host."
                ).format(", ".join(plan.stranded))
        else:
            text = self.tr(
                "The pool keeps enough free memory to restart every protected VM after {0} host failure(s). At most {1} with these VMs."
            ).format(ha.host_failures_to_tolerate, limit)
        if self.xapi_max is None:
            text += " " + self.tr(
                "XAPI's own figure shows here once the hosts are in the pool (iSCSI page, step 1)."
            )
        else:
            text += " " + self.tr(
                "Our estimate: {0}; XAPI's own planner: {1} (the lower one counts)."
            ).format(ours, self.xapi_max)
        self.explain.setText(text)
        self.fencing.setVisible(ha.enabled)
        self._draw_capacity(plan)
        self.completeChanged.emit()

    def _draw_capacity(self, plan: CapacityPlan) -> None:
        bars = []
        for host in plan.hosts:
            used = max(0, host.total - host.free)
            protected = sum(vm.memory for vm in host.protected) // GiB
            bars.append(
                CapacityBar(
                    maximum=max(1, host.total // GiB),
                    value=used // GiB,
                    text=self.tr("{0}: {1} GiB used, {2} GiB free").format(
                        host.name, used // GiB, host.free // GiB
                    ),
                    note=self.tr("protected VMs: {0} GiB").format(protected),
                )
            )
        self.chart.set_bars(bars)
        # QScrollArea keeps the first size hint it read, taken when the page was made
        # ahead of its turn without bars: its height is set here instead, up to 8 rows.
        self.chart_area.setFixedHeight(self.chart.rows_height(min(len(bars), 8)))

    def isComplete(self) -> bool:
        return super().isComplete()


@dataclass
class CapacityBar:
    maximum: int
    value: int
    text: str  # on the bar
    note: str  # beside it


class CapacityChart(QWidget):
    """A bar per host with a note beside it: used memory filled, free memory empty.

    Painted directly: 64 hosts are not 128 widgets to make again on every change,
    and the style's progress bar (gradients, 1 ms each) made the page's first
    paint 30 ms.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[CapacityBar] = []
        self._measured: tuple[int, int, int, int] | None = None  # layouts ask many times

    def set_bars(self, bars: list[CapacityBar]) -> None:
        if bars != self.bars:
            self.bars = bars
            self._measured = None
            self.updateGeometry()
            self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured = None
        super().changeEvent(event)

    def _geometry(self) -> tuple[int, int, int, int]:
        """Row height, row spacing, column spacing and the notes' width."""
        if self._measured is None:
            self._measured = self._measure()
        return self._measured

    def _measure(self) -> tuple[int, int, int, int]:
        from PySide6.QtWidgets import QStyle, QStyleOptionProgressBar

        style = self.style()
        metrics = self.fontMetrics()
        option = QStyleOptionProgressBar()
        option.initFrom(self)
        chunk = style.pixelMetric(QStyle.PixelMetric.PM_ProgressBarChunkWidth, option, self)
        # As tall as a QProgressBar in a grid of them would be.
        hint = style.sizeFromContents(
            QStyle.ContentsType.CT_ProgressBar,
            option,
            QSize(max(9, chunk) * 7 + metrics.horizontalAdvance("0") * 4, metrics.height() + 8),
            self,
        )
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, self)
        column = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, self)
        notes = max((metrics.horizontalAdvance(bar.note) for bar in self.bars), default=0)
        return max(hint.height(), metrics.height()), spacing, column, notes

    def rows_height(self, rows: int) -> int:
        """The height that shows this many bars."""
        height, spacing, _column, _notes = self._geometry()
        return max(0, rows * height + (rows - 1) * spacing)

    def sizeHint(self) -> QSize:
        if not self.bars:
            return QSize(0, 0)
        _height, _spacing, column, notes = self._geometry()
        return QSize(200 + column + notes, self.rows_height(len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtGui import QPalette

        height, spacing, column, notes = self._geometry()
        palette = self.palette()
        window_text = palette.color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        width = self.width() - column - notes
        exposed = event.rect()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row, bar in enumerate(self.bars):
            top = row * (height + spacing)
            if top > exposed.bottom() or top + height < exposed.top():
                continue  # scrolled out of view
            frame = QRect(0, top, width, height)
            paint_bar(painter, frame, palette, bar.value, bar.maximum, bar.text)
            painter.setPen(window_text)
            painter.drawText(QRect(width + column, top, notes, height), left, bar.note)
        painter.end()


# -- 7. Review ------------------------------------------------------------------------------
class ReviewPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Review"),
            self.tr(
                "This is what will be built. Nothing has been changed yet except the pool and storage network you created for discovery."
            ),
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
        self.summary.setHtml(describe_plan(self.model))
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
        if name:
            planmod.save(self.model.plan, Path(name))
            self.status.setText(self.tr("Plan saved to {0} (no passwords in it).").format(name))

    def export_xe(self, path: str | None = None) -> None:
        name = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Export xe commands"), "build.sh", self.tr("Shell scripts (*.sh)")
            )[0]
        )
        if name:
            from wizard.steps.engine import export_script

            Path(name).write_text(export_script(self.model.plan), encoding="utf-8")
            self.status.setText(self.tr("xe commands written to {0}.").format(name))


def describe_plan(model: WizardModel) -> str:
    """The plan in words (Review and Finish pages); shared, so in the "Pages" context."""
    plan = model.plan
    net = plan.storage_network
    iscsi = plan.iscsi
    ips = plan.storage_ips()
    master = plan.master_host.address
    forced = model.forced_joins()
    hosts = "".join(
        "<li>"
        + (
            translate("Pages", "<b>{0}</b> ({1}) — master: storage IP {2} on {3}")
            if h.address == master
            else translate(
                "Pages",
                "<b>{0}</b> ({1}) — joins, <b style='color:#b00020'>FORCED (unsupported)</b>: "
                "storage IP {2} on {3}",
            )
            if h.address in forced
            else translate("Pages", "<b>{0}</b> ({1}) — joins: storage IP {2} on {3}")
        ).format(
            h.name or h.address, h.address, ips.get(h.address, "?"), f"{plan.nic_for(h)}.{net.vlan}"
        )
        + "</li>"
        for h in plan.hosts
    )
    ha = (
        translate("Pages", "HA on, tolerating {0} host failure(s), heartbeat on LUN {1}.").format(
            plan.ha.host_failures_to_tolerate, iscsi.heartbeat_scsi_id
        )
        if plan.ha.enabled
        else translate("Pages", "HA stays off.")
    )
    if model.pause_ha and model.joins_need_ha_off():
        ha = (
            translate(
                "Pages", "HA is turned off while the new hosts join (no VM is restarted meanwhile)."
            )
            + " "
            + ha
        )
    if not any(model.discovered.existing.get(iscsi.sr_scsi_id, [])):
        shared = translate("Pages", "Shared SR “{0}” on {1} / {2}, LUN {3}.")
    elif iscsi.existing_sr == "reattach":
        shared = translate(
            "Pages",
            "Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN holds an SR: it is reattached "
            "with its data).",
        )
    else:
        shared = translate("Pages", "Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN is FORMATTED).")
    return (
        "<h3>"
        + translate("Pages", "Pool “{0}”").format(plan.pool_name)
        + "</h3><ul>"
        + hosts
        + "</ul><p>"
        + translate("Pages", "Storage network “{0}”: VLAN {1}, MTU {2}, subnet {3}.").format(
            net.name, net.vlan, net.mtu, net.subnet
        )
        + "</p><p>"
        + shared.format(iscsi.sr_name, ", ".join(iscsi.portals), iscsi.target_iqn, iscsi.sr_scsi_id)
        + (
            " "
            + translate(
                "Pages", "Multipathing is turned on on every host first ({0} portals)."
            ).format(len(iscsi.portals))
            if iscsi.multipath
            else ""
        )
        + "</p><p>"
        + ha
        + "</p>"
    )


# -- 8. Build ---------------------------------------------------------------------------------
# Progress that comes from outside a build step (context.connect).
OTHER_STEP_TITLES = {"connect": QT_TRANSLATE_NOOP("Steps", "Log in to the hosts")}


@functools.cache
def step_titles() -> dict[str, str]:
    from wizard.steps.engine import all_steps

    return {**OTHER_STEP_TITLES, **{step.key: step.title for step in all_steps()}}


def step_label(key: str) -> str:
    """A step's title in the user's language, for a progress event's step key."""
    title = step_titles().get(key)
    return translate("Steps", title) if title else key


class ProgressDelegate(QStyledItemDelegate):
    """A progress bar painted in the cells that hold a PROGRESS_ROLE value.

    A QProgressBar per row would be one more widget per host to create, lay out
    and paint; and the style's own bar (1 ms each) made every refresh of the
    table 20 ms: the bar is a plain fill, like the HA page's chart.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        rect = option.rect.adjusted(2, 2, -3, -3)
        paint_bar(
            painter,
            rect,
            option.palette,
            int(value),
            100,
            f"{int(value)}%",
            Qt.AlignmentFlag.AlignLeft,
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(PROGRESS_ROLE) is None:
            return super().sizeHint(option, index)
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance("100%") * 4, metrics.height() + 8)


class BuildPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Build"),
            self.tr(
                "Each host's progress. A failed build can be retried: it resumes where it stopped."
            ),
        )
        self.key_question: QMessageBox | None = None  # an SSH host key the user is asked about
        self.key_lock: asyncio.Lock | None = None
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
        model.progress.connect(self.on_progress)
        model.build_finished.connect(self.on_finished)

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
        self.retry = QPushButton(self.tr("&Retry"))
        buttons.addWidget(self.start)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.retry)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.start.clicked.connect(self.build)
        self.retry.clicked.connect(self.build)
        self.cancel.clicked.connect(self.model.request_cancel)

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
        self.retry.hide()
        self.cancel.setEnabled(False)

    def build(self) -> None:
        self.touched.clear()
        self.skipped_logged.clear()
        self.running.clear()
        self.failed_rows.clear()
        self.start.setEnabled(False)
        self.retry.hide()
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Building…"))
        # The SSH checks meet unknown host keys: the user is asked, here, on the Qt thread.
        self.model.ask_host_key = self.ask_host_key
        future = self.model.run(self.model.build())
        future.add_done_callback(lambda _f: setattr(self.model, "ask_host_key", None))

    async def ask_host_key(self, address: str, fingerprint: str) -> bool:
        import asyncio

        from wizard.ui.health import host_key_question

        # Hosts are checked side by side, but the user compares one key at a time.
        if self.key_lock is None:
            self.key_lock = asyncio.Lock()
        async with self.key_lock:
            self.key_question, answer = host_key_question(self, address, fingerprint)
            try:
                return await answer
            finally:
                self.key_question = None

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
        if ok:
            for index in self.row_of.values():
                cell(self.rows, index, 2).setData(PROGRESS_ROLE, 100)
                cell(self.rows, index, 1).setText(self.tr("all steps"))
                cell(self.rows, index, 3).setText(self.tr("done"))
        self.cancel.setEnabled(False)
        self.status.setText(message)
        self.retry.setVisible(not ok)
        self.start.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and self.model.build_ok


class DiagramView(QLabel):
    """The pool diagram, scaled to the space it has (the report keeps the full size)."""

    def __init__(self) -> None:
        super().__init__()
        self.image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(1, 1)  # a scaled pixmap must not hold the window open
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.image is None or self.image.isNull():
            return
        from PySide6.QtGui import QPixmap

        self.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


# -- 9. Finish -------------------------------------------------------------------------------
class FinishPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model, self.tr("Finished"), self.tr("What was built, and what is left to do.")
        )

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
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
        # The offer to move local disks: halted VMs only (a running VM needs live storage
        # migration, which XenCenter does); nothing is ticked until the user ticks it.
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

        self.model.run(self.model.move_vms(names), done)

    def open_health(self) -> HealthDialog:
        from wizard.ui.health import HealthDialog

        dialog = HealthDialog(
            [row.address for row in self.model.rows],
            self.model.plan.master_host.address if self.model.plan.hosts else "",
            self.model.diagnose,
            self.model.run,
            self,
        )
        self.model.ask_host_key = dialog.ask_host_key
        dialog.finished.connect(lambda _code: setattr(self.model, "ask_host_key", None))
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
        warnings = [f for f in self.model.findings if f.severity is Severity.WARNING]
        parts = [describe_plan(self.model)]
        if warnings:
            parts.append(
                "<h3>"
                + self.tr("Warnings to keep in mind")
                + "</h3><ul>"
                + "".join(f"<li>{w.subject}: {w.message}</li>" for w in warnings)
                + "</ul>"
            )
        access = self.model.ctx.ssh if self.model.ctx is not None else None
        checked = access.findings if access is not None else {}
        proven = [finding for address in sorted(checked) for finding in checked[address]]
        if proven:
            parts.append(
                "<h3>"
                + self.tr("Storage path, checked from each host over SSH")
                + "</h3><ul>"
                + "".join(
                    f"<li>{html.escape(f.subject)}: {html.escape(f.message)}</li>" for f in proven
                )
                + "</ul>"
            )
        if local:
            parts.append(
                "<h3>"
                + self.tr("VMs still on local storage")
                + "</h3><p>"
                + self.tr(
                    "They cannot live-migrate until their disks move to the shared SR. Tick "
                    "them below to move them now: a halted VM's disks are copied, a running "
                    "VM's move while it keeps running (storage XenMotion)."
                )
                + "</p><ul>"
                + "".join(f"<li>{f.message}</li>" for f in local)
                + "</ul>"
            )
        from wizard.report import (
            bond_advice,
            mixed_vendor_advice,
            mixed_vendors_heading,
            single_nic_heading,
            single_nic_management,
        )

        advice = []
        single = single_nic_management(facts)
        if single and self.model.build_ok:
            advice.append((single_nic_heading(), bond_advice(single)))
        mixed = mixed_vendor_advice(facts)
        if mixed:
            advice.append((mixed_vendors_heading(), mixed))
        parts += [
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}</p>" for heading, text in advice
        ]
        self.summary.setHtml("".join(parts))
        if self.model.build_ok:
            self.model.run(self.model.pool_diagram(), self._show_diagram)

    def _show_diagram(self, image: object) -> None:
        if isinstance(image, QImage):
            self.diagram.set_image(image)

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

        def done(_: object) -> None:
            self.status.setText(self.tr("Report saved to {0}.").format(name))

        self.model.run(self.model.save_report(Path(name)), done)
