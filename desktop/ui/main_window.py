"""The main window: search box, results list, English and Chinese side by side, copy."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entry import Entry
from desktop.core.library import Library
from desktop.ui.delegates import ReplyDelegate
from desktop.ui.models import ReplyListModel
from desktop.ui.tasks import TaskRunner

BROWSE_LIMIT = 200
SEARCH_LIMIT = 50


class SearchBox(QLineEdit):
    """The search field: arrows move in the results, Esc clears."""

    moveSelection = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moveSelection.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.moveSelection.emit(-1)
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The phrasebook window. ``library`` and ``tasks`` are passed in, never looked up."""

    copied = Signal(str)
    resultsShown = Signal(int)

    def __init__(self, library: Library, tasks: TaskRunner) -> None:
        super().__init__()
        self._library = library
        self._tasks = tasks
        self._seq = 0
        self._busy = False
        self._queued: str | None = None
        self.setWindowTitle(self.tr("BorderDesk"))
        self.resize(980, 640)

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search replies in English or Chinese…"))
        self.search.setClearButtonEnabled(True)
        self.model = ReplyListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        # Every row is two lines (title, then the reply's first line elided to fit), so rows
        # have one height and the view never has to guess a wrapped height.
        self.results.setItemDelegate(ReplyDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("replyTitle")
        self.english = QTextBrowser()
        self.chinese = QTextBrowser()
        self.copy_en = QPushButton(self.tr("Copy English"))
        self.copy_en.setDefault(True)
        self.copy_zh = QPushButton(self.tr("Copy Chinese"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        detail = QWidget()
        texts = QHBoxLayout()
        texts.addWidget(self.english)
        texts.addWidget(self.chinese)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_zh)
        buttons.addWidget(self.copy_en)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addLayout(texts, 1)
        detail_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 620])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self.copy_selected)
        self.search.moveSelection.connect(self._move)
        self.results.selectionModel().currentChanged.connect(self._show_current)
        self.results.activated.connect(lambda _i: self.copy_selected())
        self.copy_en.clicked.connect(self.copy_selected)
        self.copy_zh.clicked.connect(lambda: self.copy_selected(chinese=True))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+K"), self, self._focus_search)

        self.statusBar().showMessage(self.tr("%n replies in the library", "", library.count()))
        self._show_entry(None)
        QTimer.singleShot(0, self._focus_search)
        self._query_changed("")

    # -- searching -------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _query_changed(self, text: str) -> None:
        if self._busy:
            self._queued = text  # only the newest text runs next; older ones are dropped
            return
        self._start_query(text)

    def _start_query(self, text: str) -> None:
        self._busy = True
        self._seq += 1
        seq = self._seq
        lib = self._library
        if text.strip():
            self._tasks.submit(
                lambda: lib.search(text, SEARCH_LIMIT), lambda r: self._done(seq, text, r)
            )
        else:
            self._tasks.submit(
                lambda: lib.browse(None, BROWSE_LIMIT), lambda r: self._done(seq, text, r)
            )

    def _done(self, seq: int, text: str, entries: list[Entry]) -> None:
        self._busy = False
        queued, self._queued = self._queued, None
        if queued is not None and queued != text:
            self._start_query(queued)
            return
        if seq != self._seq:
            return
        self.model.set_entries(entries)
        has = bool(entries)
        self.results.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            self.empty.setText(
                self.tr(
                    "No replies found for “%1”.\n"
                    "Try fewer words, or a Chinese keyword such as 运费."
                ).replace("%1", text.strip())
            )
        self._select_row(0 if has else -1)
        self.resultsShown.emit(len(entries))

    # -- selection and copy ----------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if row < 0:
            self.results.selectionModel().clearSelection()
            self._show_entry(None)
            return
        index = self.model.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.results.scrollTo(index)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = self.results.currentIndex().row()
            self._select_row(max(0, min(count - 1, row + step)))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_entry(self.model.entry(current.row()) if current.isValid() else None)

    def _show_entry(self, entry: Entry | None) -> None:
        self.copy_en.setEnabled(entry is not None)
        self.copy_zh.setEnabled(entry is not None)
        if entry is None:
            self.title.setText("")
            self.english.setPlainText("")
            self.chinese.setPlainText("")
            return
        self.title.setText(f"<b>{entry.title_zh}</b>　{entry.title_en}")
        self.english.setPlainText(entry.en)
        self.chinese.setPlainText(entry.zh)

    def current_entry(self) -> Entry | None:
        return self.model.entry(self.results.currentIndex().row())

    def copy_selected(self, chinese: bool = False) -> None:
        """Copy the selected reply (English unless ``chinese``) and count the use."""
        entry = self.current_entry()
        if entry is None:
            return
        text = entry.zh if chinese else entry.en
        QGuiApplication.clipboard().setText(text)
        lib = self._library
        self._tasks.submit(lambda: lib.record_use(entry.id), lambda _ok: None)
        self.statusBar().showMessage(
            self.tr("Copied: %1").replace("%1", entry.title_zh or entry.id), 3000
        )
        self.copied.emit(entry.id)
