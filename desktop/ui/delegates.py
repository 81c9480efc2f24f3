"""Painting of result rows: the title on top, the reply's first English line below, greyed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.models import EntryRole, first_line

_PAD = 6


class ReplyDelegate(QStyledItemDelegate):
    """Two lines a row, each elided to the row's width; one height for every row."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 2 * line + 2 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = index.data(EntryRole)
        if entry is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        rect: QRect = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD, -_PAD)
        base_font: QFont = opt.font
        bold = QFont(base_font)
        bold.setBold(True)
        line = QFontMetrics(base_font).lineSpacing()
        star = "★ " if entry.favorite else ""
        title = star + (entry.title_zh or entry.title_en or entry.id)
        if entry.title_en and entry.title_zh:
            title += "  ·  " + entry.title_en
        body = first_line(entry.en)
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.setFont(bold)
        top = QRect(rect.x(), rect.y(), rect.width(), line)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, top.width()),
        )
        if not selected:
            painter.setPen(
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
        painter.setFont(base_font)
        bottom = QRect(rect.x(), rect.y() + line, rect.width(), line)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(base_font).elidedText(body, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()
