"""Table cells painted by delegates (a widget per row would be too many), edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from wizard.ui.painted import paint_bar
from wizard.ui.qtnames import Qt

# Item data of painted cells (Qt.ItemDataRole.UserRole + n).
PROGRESS_ROLE = 0x0100 + 1  # a progress, 0-100
PASSWORD_ROLE = 0x0100 + 2  # a password, shown masked
CHOICES_ROLE = 0x0100 + 3  # a cell's own [(value, label)] for ChoiceDelegate


def style_of(widget: QWidget | None) -> QStyle:
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


def show_password(
    cell: QAbstractItemModel | QTableWidgetItem,
    password: str,
    placeholder: str,
    index: QModelIndex | QPersistentModelIndex | None = None,
) -> None:
    """A password cell's data: the password, and what Qt's own delegate paints for it (a
    mask as QLineEdit draws one, or the placeholder in its colour)."""
    style = QApplication.style()
    mask = chr(style.styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter))
    shown = mask * len(password) if password else placeholder
    colour = None if password else QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
    for role, value in (
        (PASSWORD_ROLE, password),
        (Qt.ItemDataRole.ForegroundRole, colour),
        (Qt.ItemDataRole.DisplayRole, shown),
    ):
        if isinstance(cell, QTableWidgetItem):
            cell.setData(role, value)
        elif index is not None:
            cell.setData(index, value, role)


class PasswordDelegate(CellEditorDelegate):
    """A password cell, painted by Qt from its data (show_password) and edited in a
    masked line edit.

    A QLineEdit per row would be one more widget per host to make, lay out and
    paint. Painting it in Python cost a turn of the GIL per row, and while 64
    logins run on worker threads each turn waited for them (the page held the
    window 50-60 ms as Connect started).
    """

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

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
            show_password(model, editor.text(), self.placeholder, index)


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
