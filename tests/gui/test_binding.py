"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 loses one reference to None each time a Python model's data() returns None
to Qt and each time an unset role is read back in Python. Views ask for a dozen unset roles
per painted row, so on Python 3.11 (where None is not immortal) the app aborted with
"none_dealloc" after minutes of use. pyproject.toml excludes that release; these tests fail
if a future one brings the bug back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

CALLS = 2000


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def _none_refs_lost(call: Any) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_python_model_returning_none_keeps_refcounts(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Model()  # kept alive: an index does not own its model
    index = model.index(0, 0)
    assert _none_refs_lost(lambda: index.data(Qt.ItemDataRole.DecorationRole)) < CALLS // 10


def test_reading_an_unset_role_keeps_refcounts(qapp) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    model.appendRow(QStandardItem("x"))
    index = model.index(0, 0)
    assert _none_refs_lost(lambda: index.data(Qt.ItemDataRole.DecorationRole)) < CALLS // 10
