"""Painting of reply rows: title, first English line and Chinese gloss, with a copy button."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.buyer.countries import loaded_country_names
from desktop.core.library.entry import Entry
from desktop.core.search.text import first_line
from desktop.ui.models import EntryRole

_PAD = 6
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex
#: Elided lines kept (three a row: ~700 rows' worth, ~0.2 MB).
_ELIDED_KEPT = 2048
#: The background behind search words in a row (the placeholder colour of the reply pane).
HIGHLIGHT = QColor("#fde9b3")


class ReplyDelegate(QStyledItemDelegate):
    """Three elided lines a row and a copy button at the right; one height for every row."""

    copyClicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None, chinese_first: bool = True) -> None:
        super().__init__(parent)
        self.button_text = self.tr("Copy")
        self.chinese_first = chinese_first
        self.country = ""
        """Replies written for this buyer country are marked."""
        self.country_names: tuple[str, ...] = ()
        """The country's names: a reply tagged with one is marked too."""
        self.highlights: tuple[str, ...] = ()
        """Words of the search to mark in the rows (lower case)."""
        self._fonts: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}
        """A row font's key -> it and its bold form, and their metrics."""
        self._elided: dict[tuple[str, bool, int, str], str] = {}
        """(font key, bold, width, text) -> the text elided to the width: the same rows are
        painted again at each selection, hover and result list, and eliding a line shapes
        it (a quarter of a row's paint)."""

    def _button_rect(self, option: QStyleOptionViewItem) -> QRect:
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(self.button_text) + 18
        height = metrics.height() + 8
        rect = option.rect
        return QRect(rect.right() - width - _PAD, rect.center().y() - height // 2, width, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if index.data(EntryRole) is None:
            return super().sizeHint(option, index)
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(240, 3 * line + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry: Entry | None = index.data(EntryRole)
        if entry is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        button = self._button_rect(opt)
        rect = QRect(opt.rect.x() + _PAD + 2, opt.rect.y() + _PAD, 0, 0)
        rect.setRight(button.left() - _PAD)
        key, (base, bold, plain, bold_metrics) = self._font(opt.font)
        line = plain.lineSpacing()
        first, second = (entry.title_zh, entry.title_en)
        if not self.chinese_first:
            first, second = second, first
        mark = f"◆{self.country} " if self.for_country(entry) else ""
        title = ("★ " if entry.favorite else "") + mark + (first or second or entry.id)
        if first and second:
            title += "  ·  " + second
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        muted = palette.color(muted_role)
        rows = [
            (title, True, palette.color(text_role)),
            (first_line(entry.en), False, palette.color(text_role)),
            (first_line(entry.zh), False, muted),
        ]
        painter.save()
        for i, (text, is_bold, color) in enumerate(rows):
            painter.setFont(bold if is_bold else base)
            box = QRect(rect.x(), rect.y() + i * line, rect.width(), line)
            metrics = bold_metrics if is_bold else plain
            elided = self._elide(metrics, (key, is_bold, box.width(), text))
            if not selected:
                self._mark(painter, metrics, box, elided)
            painter.setPen(color)
            painter.drawText(box, _LEFT, elided)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(button, 4, 4)
        painter.setFont(base)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(button, Qt.AlignmentFlag.AlignCenter, self.button_text)
        painter.restore()

    def _font(self, font: QFont) -> tuple[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]]:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            bold = QFont(font)
            bold.setBold(True)
            found = (QFont(font), bold, QFontMetrics(font), QFontMetrics(bold))
            self._fonts[key] = found
        return key, found

    def _elide(self, metrics: QFontMetrics, key: tuple[str, bool, int, str]) -> str:
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) >= _ELIDED_KEPT:
                self._elided.clear()
            text, width = key[3], key[2]
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = elided
        return elided

    def _mark(self, painter: QPainter, metrics: QFontMetrics, box: QRect, text: str) -> None:
        """Paint a soft background behind every search word in ``text``."""
        lowered = text.lower()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HIGHLIGHT)
        for term in self.highlights:
            start = lowered.find(term)
            while start >= 0:
                left = metrics.horizontalAdvance(text[:start])
                width = metrics.horizontalAdvance(text[start : start + len(term)])
                painter.drawRect(QRect(box.x() + left, box.y() + 1, width, box.height() - 2))
                start = lowered.find(term, start + len(term))

    def marked_spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of every search word in ``text``, as painted (for tests)."""
        lowered = text.lower()
        spans = []
        for term in self.highlights:
            start = lowered.find(term)
            while start >= 0:
                spans.append((start, start + len(term)))
                start = lowered.find(term, start + len(term))
        return sorted(spans)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and index.data(EntryRole) is not None
            and self._button_rect(option).contains(event.position().toPoint())
        ):
            self.copyClicked.emit(self._plain(index))
            return True
        return super().editorEvent(event, model, option, index)

    def set_country(self, code: str) -> None:
        """Mark the replies written for this buyer country (ISO code)."""
        names = loaded_country_names()  # named once they are loaded (after the first paint)
        c = names.get(code) if names else None
        self.country, self.country_names = code, (c.name_en, c.name_zh) if c else ()

    def for_country(self, entry: Entry) -> bool:
        """Whether ``entry`` is written for the buyer's country (data field or a tag)."""
        return entry.marked_for(self.country, self.country_names)

    @staticmethod
    def _plain(index: _Index) -> QModelIndex:
        if isinstance(index, QModelIndex):
            return index
        model = index.model()
        return model.index(index.row(), index.column(), index.parent())

    def button_center(self, option: QStyleOptionViewItem) -> object:
        """Where the copy button of a row is drawn (for tests and accessibility)."""
        return self._button_rect(option).center()
