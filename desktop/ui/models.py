"""Qt item models over core entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.entry import Entry

EntryRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def first_line(text: str) -> str:
    stripped = [line.strip() for line in text.strip().splitlines() if line.strip()]
    # Skip a bare greeting line ("Hi {buyer},") so the row shows what the reply says.
    if len(stripped) > 1 and len(stripped[0]) < 30 and stripped[0].endswith(","):
        return stripped[1]
    return stripped[0] if stripped else ""


class ReplyListModel(QAbstractListModel):
    """A read-only list of replies; the view shows title, first English line and gloss."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if e.favorite else ""
            title = e.title_zh or e.title_en or e.id
            return f"{star}{title}\n{first_line(e.en)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.en
        if role == EntryRole:
            return e
        return None

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None
