"""The reply list: a search or a browse of the tree, run on the worker, newest query wins.

Typing faster than queries return keeps one query in flight and the newest text queued; a
result for an older text is never shown. An empty result says why and offers the closest
situations as links.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QStackedWidget, QWidget

from desktop.core.library.entry import Entry
from desktop.core.library.scenarios import scenarios
from desktop.core.search.query import highlight_terms
from desktop.ui.delegates import ReplyDelegate
from desktop.ui.models import EntryRole, ReplyListModel
from desktop.ui.services import Services, Where

BROWSE_LIMIT = 300
SEARCH_LIMIT = 50

#: What the list shows: ("view", key) or ("scenario", id) or ("stage", key) from the tree.
Node = tuple[str, str]


class ResultsView(QStackedWidget):
    """The list of replies, or the empty state in its place."""

    resultsShown = Signal(int)
    closestShown = Signal(int)
    #: The reply selected in the list changed (an Entry, or None).
    entryChanged = Signal(object)

    def __init__(
        self,
        services: Services,
        where: Where,
        parent: QWidget | None = None,
    ) -> None:
        """``where()`` gives the platform filter and the buyer's country of the next query."""
        super().__init__(parent)
        self._services, self._where = services, where
        self._seq = 0
        self._busy = False
        self._queued: str | None = None
        self._stale = False  # the platform or country changed while a query ran
        self._text = ""
        self._wanted: str | None = None  # a reply to select once the list holding it arrives
        self._keep: str | None = None  # the reply selected when a requery started
        self.node: Node = ("view", "all")
        self.model = ReplyListModel(self)
        self.delegate = ReplyDelegate(self, chinese_first=services.chinese)
        self.list = QListView()
        self.list.setObjectName("results")
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.addWidget(self.list)
        self.addWidget(self.empty)
        services.hub.countryChanged.connect(self.mark_country)
        self.list.selectionModel().currentChanged.connect(
            lambda _c, _p: self.entryChanged.emit(self.current_entry())
        )

    @property
    def busy(self) -> bool:
        """A query is in flight."""
        return self._busy

    # -- queries -----------------------------------------------------------------------------
    def query(self, text: str) -> None:
        """Show the replies for ``text`` (empty: browse the current node)."""
        self._keep = None  # a new query starts at its best reply
        if self._busy:
            self._queued = text  # only the newest text runs next; older ones are dropped
            return
        self._start(text)

    def requery(self) -> None:
        """Run the current query again (the platform, country or library changed), keeping
        the selected reply selected when it is still listed."""
        current = self.current_entry()
        self._keep = current.id if current else None
        if self._busy:
            self._stale = True
        else:
            self._start(self._text)

    def browse(self, node: Node, text: str = "") -> None:
        self.node = node
        self.query(text)

    def _start(self, text: str) -> None:
        self._busy, self._text = True, text
        self._seq += 1
        seq, lib, (kind, key) = self._seq, self._services.library, self.node
        platform, country = self._where()

        def job() -> tuple[list[Entry], list[str]]:
            if text.strip():
                found = lib.search(text, SEARCH_LIMIT, platform=platform, country=country)
                return found, highlight_terms(text)
            scenario, view = (None, key) if kind == "view" else (key, "all")
            return lib.browse(scenario, BROWSE_LIMIT, view, platform=platform, country=country), []

        self._services.tasks.submit(job, lambda r: self._done(seq, text, *r), self._failed)

    def _failed(self, kind: str) -> None:
        self._busy = False  # only the query's own failure frees the query slot
        self._services.tasks.failed.emit(kind)

    def _done(self, seq: int, text: str, entries: list[Entry], terms: list[str]) -> None:
        self._busy = False
        queued, self._queued = self._queued, None
        stale, self._stale = self._stale, False
        if (queued is not None and queued != text) or stale:
            self._start(text if queued is None else queued)
            return
        if seq != self._seq:
            return
        tone = self._services.settings.get("default_tone")
        if tone and not text.strip():
            entries = sorted(entries, key=lambda e: e.tone != tone)
        self.delegate.highlights = tuple(t.lower() for t in terms)
        self.model.set_entries(entries)
        self.setCurrentIndex(0 if entries else 1)
        if not entries:
            self.empty.setText(self._empty_text(text))
            if text.strip():
                self._offer_closest(seq, text)
        ids = [e.id for e in entries]
        keep, self._keep = self._keep, None
        self.select_row(ids.index(keep) if keep in ids else 0 if entries else -1)
        self._select_wanted()
        self.resultsShown.emit(len(entries))

    def _offer_closest(self, seq: int, text: str) -> None:
        """Under "no replies found", the scenarios closest to the query, as links to browse."""
        lib, (platform, _country) = self._services.library, self._where()

        def done(found: list[Entry]) -> None:
            if seq != self._seq or not found:
                return
            links = []
            for scenario in dict.fromkeys(e.scenario for e in found):
                sc = scenarios().get(scenario)
                name = (sc.zh if self._services.chinese else sc.en) if sc else scenario
                links.append(f'<a href="{html.escape(scenario)}">{html.escape(name)}</a>')
            heading = html.escape(self.tr("Closest situations:"))
            body = html.escape(self._empty_text(text)).replace("\n", "<br>")
            self.empty.setText(f"{body}<br><br>{heading}<br>" + "<br>".join(links))
            self.closestShown.emit(len(links))

        self._services.tasks.submit(lambda: lib.suggest(text, 3, platform=platform), done)

    def _empty_text(self, text: str) -> str:
        if text.strip():
            return self.tr(
                "No reply holds any word of “%1”.\nTry another word, English, Chinese or pinyin."
            ).replace("%1", text.strip())
        kind, key = self.node
        if kind == "view" and key == "favorites":
            return self.tr("No favourites yet.\nSelect a reply and press Ctrl+D to keep it here.")
        if kind == "view" and key in ("recent", "most_used"):
            return self.tr("Nothing copied yet.\nReplies you copy are listed here.")
        if kind == "view" and key == "mine":
            return self.tr("No replies of your own yet.\nPress Ctrl+N to write one.")
        return self.tr("No replies here yet.\nPress Ctrl+N to write one.")

    # -- selection ---------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        if row < 0:
            self.list.selectionModel().clearSelection()
            self.entryChanged.emit(None)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def step(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = self.list.currentIndex().row()
            self.select_row(max(0, min(count - 1, row + step)))

    def select_when_shown(self, entry_id: str) -> None:
        """Select this reply now, or when the list that holds it arrives."""
        self._wanted = entry_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        ids = [e.id for e in self.model.entries()]
        if self._wanted in ids:
            self.select_row(ids.index(self._wanted))
            self._wanted = None

    def current_entry(self) -> Entry | None:
        entry = self.list.currentIndex().data(EntryRole)
        return entry if isinstance(entry, Entry) else None

    def mark_country(self, code: str) -> None:
        """Replies written for the buyer's country get its mark."""
        self.delegate.set_country(code)
        self.list.viewport().update()
