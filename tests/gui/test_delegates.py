"""Reply rows: an elided line kept from an earlier paint is the line a fresh paint elides,
whatever the width, font and order of the paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui import delegates
from desktop.ui.delegates import ReplyDelegate
from desktop.ui.models import ReplyListModel


def _row(delegate: ReplyDelegate, model: ReplyListModel, width: int, font: QFont) -> QImage:
    image = QImage(width, 90, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, 90)
    option.font = font
    option.palette = QApplication.palette()
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_kept_elisions_paint_what_a_fresh_delegate_paints(qtbot: QtBot, lib: Library) -> None:
    entry = max(lib.browse(limit=400), key=lambda e: len(e.title_zh + e.title_en + e.en))
    model = ReplyListModel()
    model.set_entries([entry])
    kept = ReplyDelegate()
    base = QApplication.font()
    large = QFont(base)
    large.setPointSize(base.pointSize() + 6)
    sizes = [(640, base), (300, base), (300, large), (180, base), (640, base), (300, large)]
    images = [_row(kept, model, width, font) for width, font in sizes]
    assert images[0] != images[1]  # a narrower row elides more
    for (width, font), image in zip(sizes, images, strict=True):
        assert image == _row(ReplyDelegate(), model, width, font)
    assert 0 < len(kept._elided) <= 3 * 4  # three lines for each width and font painted


def test_the_kept_elisions_are_bounded(
    qtbot: QtBot, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delegates, "_ELIDED_KEPT", 10)
    model = ReplyListModel()
    model.set_entries(lib.browse(limit=1))
    kept = ReplyDelegate()
    for width in range(200, 400, 10):
        _row(kept, model, width, QApplication.font())
        assert len(kept._elided) <= 10
