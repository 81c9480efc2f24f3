"""The report's bar chart, drawn with Qt: inquiries per department (or the top scenarios) this
week as bars, last week as a thin grey bar under each; the same painting makes the PDF's image."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

ROW = 26
LABEL = 150


class BarChart(QWidget):
    """Rows of (label, this week, last week)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reportChart")
        self.rows: list[tuple[str, int, int]] = []
        self.setMinimumHeight(ROW)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        self.rows = rows
        self.setMinimumHeight(ROW * max(1, len(rows)) + 8)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, ROW * max(1, len(self.rows)) + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint(painter, self.rows, self.width(), self.tr("No inquiries this week"))
        painter.end()


def chart_image(rows: list[tuple[str, int, int]], empty: str, width: int = 600) -> QImage:
    """The chart as an image (for the PDF), ``width`` points wide at twice the pixels."""
    height = ROW * max(1, len(rows)) + 8
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, rows, width, empty)
    painter.end()
    return image


def paint(painter: QPainter, rows: list[tuple[str, int, int]], width: int, empty: str) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not rows:
        painter.setPen(QColor("#6b7280"))
        painter.drawText(QRect(0, 0, width, ROW), Qt.AlignmentFlag.AlignCenter, empty)
        return
    top = max(max(now, before) for _, now, before in rows) or 1
    span = max(10, width - LABEL - 50)
    for i, (label, now, before) in enumerate(rows):
        y = 4 + i * ROW
        painter.setPen(QColor("#39404a"))
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(0, y, LABEL - 8, 18), flags, label)
        painter.fillRect(QRect(LABEL, y + 2, round(span * now / top), 12), QColor("#2f6fbf"))
        painter.fillRect(QRect(LABEL, y + 16, round(span * before / top), 4), QColor("#b8bec7"))
        painter.drawText(LABEL + round(span * now / top) + 6, y + 13, str(now))
