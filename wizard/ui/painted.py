"""Widgets painted directly: the bar they all draw, the HA capacity chart, the pool diagram."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette


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
