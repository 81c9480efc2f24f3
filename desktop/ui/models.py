"""Qt item models over core entries: result list, scenario tree, grouped suggestions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.core.library.entry import Entry
from desktop.core.library.scenarios import STAGES, scenarios
from desktop.core.search.suggest import SuggestionGroup
from desktop.core.search.text import first_line

EntryRole = Qt.ItemDataRole.UserRole + 1
NodeRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ReplyListModel(QAbstractListModel):
    """A read-only list of replies; :class:`~desktop.ui.delegates.ReplyDelegate` paints rows."""

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
            return f"{star}{e.title_zh or e.title_en or e.id}\n{first_line(e.en)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.en
        if role == EntryRole:
            return e
        return None

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def replace_entry(self, entry: Entry) -> None:
        """Show a changed entry (favourite, edit) in place."""
        for row, e in enumerate(self._entries):
            if e.id == entry.id:
                self._entries[row] = entry
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)


def view_labels() -> dict[str, str]:
    """The browsing views in tree order, translated."""
    return {
        "all": QCoreApplication.translate("ScenarioTree", "All replies"),
        "favorites": QCoreApplication.translate("ScenarioTree", "Favourites"),
        "recent": QCoreApplication.translate("ScenarioTree", "Recently used"),
        "most_used": QCoreApplication.translate("ScenarioTree", "Most used"),
        "mine": QCoreApplication.translate("ScenarioTree", "My replies"),
    }


class ScenarioTreeModel(QStandardItemModel):
    """Views, then stages with their scenarios, each with a reply count."""

    def __init__(self, chinese: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self._chinese = chinese
        self._labels: dict[tuple[str, str], str] = {}
        self._items: dict[tuple[str, str], QStandardItem] = {}
        root = self.invisibleRootItem()
        for key, label in view_labels().items():
            root.appendRow(self._item(("view", key), label))
        stage_items: dict[str, QStandardItem] = {}
        for stage, (zh, en) in STAGES.items():
            item = self._item(("stage", stage), zh if chinese else en)
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            stage_items[stage] = item
            root.appendRow(item)
        for sc in scenarios().values():
            label = sc.zh if chinese else sc.en.split(":")[0]
            child = self._item(("scenario", sc.id), label)
            child.setToolTip(f"{sc.zh}\n{sc.en}")
            stage_items[sc.stage].appendRow(child)

    def _item(self, node: tuple[str, str], label: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(node, NodeRole)
        self._labels[node] = label
        self._items[node] = item
        return item

    def set_counts(self, counts: Mapping[str, int], views: Mapping[str, int]) -> None:
        """Show reply counts: per scenario, summed per stage, and per view."""
        for node, item in self._items.items():
            kind, key = node
            if kind == "scenario":
                n = counts.get(key, 0)
            elif kind == "stage":
                n = sum(v for k, v in counts.items() if k.startswith(key + "."))
            else:
                n = views.get(key, 0)
            item.setText(f"{self._labels[node]}  ({n})")

    def index_of(self, node: tuple[str, str]) -> QModelIndex:
        item = self._items.get(node)
        return item.index() if item is not None else QModelIndex()


class SuggestionModel(QStandardItemModel):
    """Suggestions for a buyer message: one parent row per question, its replies below."""

    def set_groups(self, groups: Sequence[SuggestionGroup], entries: Mapping[str, Entry]) -> None:
        self.clear()
        root = self.invisibleRootItem()
        for group in groups:
            header = QStandardItem(group.text)
            header.setEditable(False)
            header.setSelectable(False)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            for eid in group.entry_ids:
                entry = entries.get(eid)
                if entry is None:
                    continue
                child = QStandardItem(entry.title_zh or entry.title_en)
                child.setEditable(False)
                child.setData(entry, EntryRole)
                child.setToolTip(entry.en)
                header.appendRow(child)
            root.appendRow(header)

    def first_entry_index(self) -> QModelIndex:
        for row in range(self.rowCount()):
            parent = self.index(row, 0)
            if self.rowCount(parent):
                return self.index(0, 0, parent)
        return QModelIndex()
