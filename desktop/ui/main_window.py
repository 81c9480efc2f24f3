"""The main window: scenario tree, results or buyer-message suggestions, reply pane, fill-in."""

from __future__ import annotations

import gc
import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.countries import countries, date_locale
from desktop.core.entry import Entry
from desktop.core.errors import log_path
from desktop.core.language import country_to_offer, detect, language_name
from desktop.core.placeholders import AUTOMATIC, date_text, fill
from desktop.core.scenarios import scenarios
from desktop.core.search import highlight_terms
from desktop.ui.buyer import BuyerPanel
from desktop.ui.delegates import ReplyDelegate
from desktop.ui.detail import DetailPane
from desktop.ui.dialogs import SettingsDialog, ShortcutHelp
from desktop.ui.editor import ReplyEditor
from desktop.ui.fillin import FillInForm
from desktop.ui.i18n import platform_names
from desktop.ui.models import (
    EntryRole,
    NodeRole,
    ReplyListModel,
    ScenarioTreeModel,
    SuggestionModel,
    view_labels,
)
from desktop.ui.quote_panel import QuotePanel
from desktop.ui.search_box import SearchBox
from desktop.ui.services import Services

BROWSE_LIMIT = 300
SEARCH_LIMIT = 50
SUGGEST_DELAY_MS = 250
COMPACT_WIDTH = 420


#: How long after start the suggestion model is built in the background.
WARM_DELAY_MS = 1500


class MainWindow(QMainWindow):
    """The phrasebook window. Library, task runner and settings are passed in."""

    copied = Signal(str)
    resultsShown = Signal(int)
    suggestionsShown = Signal(int)
    languageChanged = Signal(str)
    countryChanged = Signal(str)
    closestShown = Signal(int)
    languageShown = Signal(str)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        library, tasks, settings = services.library, services.tasks, services.settings
        self._library, self._tasks, self._settings = library, tasks, settings
        self._chinese = services.chinese
        self._seq = 0
        self._busy = False
        self._queued: str | None = None
        self._node: tuple[str, str] = ("view", "all")
        self._platform: str = settings.get("platform")
        self._stale = False  # the platform or country changed while a query ran
        self._offered: str | None = None  # the country offered for the buyer's language
        self._buyer = ""  # remembered for this session only
        self._deleted: Entry | None = None
        self._wanted: str | None = None  # a reply to select once the list holding it arrives
        #: Every key the window answers, as the F1 help lists it: filled where keys are bound
        #: (actions, shortcuts, and keys the search box and fill-in form handle themselves).
        self._keymap: list[tuple[str, str]] = []
        self._action_keys: list[tuple[str, str]] = []  # the toolbar's, listed last
        self.setWindowTitle(self.tr("BorderDesk · cross-border replies"))
        self._build()
        self._wire()
        self._restore()
        tasks.failed.connect(self._failed)
        self.refresh_counts()
        QTimer.singleShot(0, self.focus_search)
        # After the first paint and a quiet moment, build the suggestion model on the background
        # worker, so searches typed meanwhile are not held up.
        if tasks.threaded:
            QTimer.singleShot(
                WARM_DELAY_MS, lambda: tasks.submit(library.warm, lambda _: None, background=True)
            )
        # What start-up made lives as long as the window: keep it out of the cyclic collector's
        # full runs, which otherwise scan it all (~80 ms) while the agent types.
        gc.freeze()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search in Chinese, English or pinyin (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.country_box = QComboBox()
        self.country_box.setObjectName("countryBox")
        self.country_box.setEditable(True)
        self.country_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_box.setToolTip(
            self.tr("Buyer's country: type a Chinese or English name or a code")
        )
        for c in countries().values():
            self.country_box.addItem(f"{c.name_zh} {c.name_en} ({c.code})", c.code)
        completer = QCompleter(self.country_box.model(), self.country_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country_box.setCompleter(completer)
        self.country_box.setMinimumContentsLength(14)
        bar.addWidget(self.country_box)
        self.platform_box = QComboBox()
        self.platform_box.setObjectName("platformBox")
        self.platform_box.setToolTip(
            self.tr("Your platform: replies that do not apply to it are hidden")
        )
        for code, name in self._platform_names().items():
            self.platform_box.addItem(name, code)
        bar.addWidget(self.platform_box)
        self.act_new = self._action(self.tr("New reply"), "Ctrl+N", self.new_reply)
        self.act_compact = self._action(self.tr("Compact"), "Ctrl+M", self.set_compact, True)
        self.act_top = self._action(self.tr("On top"), "Ctrl+T", self.set_on_top, True)
        self.act_settings = self._action(self.tr("Settings"), "Ctrl+,", self.open_settings)
        self.act_help = self._action(self.tr("Help"), "F1", self.show_help)
        self.act_buyer = self._action(
            self.tr("Buyer country"), "Ctrl+B", self.set_buyer_panel, True
        )
        self.act_quote = self._action(self.tr("Quotation"), "Ctrl+P", self.show_quote)
        actions = (self.act_new, self.act_buyer, self.act_quote, self.act_compact, self.act_top)
        for act in (*actions, self.act_settings, self.act_help):
            bar.addAction(act)
        self.addToolBar(bar)

        self.tree_model = ScenarioTreeModel(self._chinese, self)
        self.tree = QTreeView()
        self.tree.setObjectName("scenarioTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.model = ReplyListModel(self)
        self.delegate = ReplyDelegate(self, chinese_first=self._chinese)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(self.delegate)
        self.results.setUniformItemSizes(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self.open_scenario)
        self.result_stack = QStackedWidget()
        self.result_stack.addWidget(self.results)
        self.result_stack.addWidget(self.empty)

        self.message = QPlainTextEdit()
        self.message.setObjectName("buyerMessage")
        self.message.setPlaceholderText(
            self.tr("Paste the buyer's message here: suggestions appear for each question.")
        )
        self.message.setMaximumHeight(130)
        self.suggest_model = SuggestionModel(self)
        self.suggestions = QTreeView()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setModel(self.suggest_model)
        self.suggestions.setHeaderHidden(True)
        self.suggestions.setItemDelegate(
            ReplyDelegate(self.suggestions, chinese_first=self._chinese)
        )
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.message)
        self.language_bar = QWidget()
        bar_layout = QHBoxLayout(self.language_bar)
        bar_layout.setContentsMargins(4, 0, 4, 0)
        self.language_label = QLabel()
        self.language_label.setObjectName("messageLanguage")
        self.switch_country = QPushButton()
        self.switch_country.setObjectName("switchCountry")
        self.switch_country.setVisible(False)
        self.switch_country.clicked.connect(self._switch_to_offered)
        bar_layout.addWidget(self.language_label)
        bar_layout.addWidget(self.switch_country)
        bar_layout.addStretch(1)
        self.language_bar.setVisible(False)
        message_layout.addWidget(self.language_bar)
        message_layout.addWidget(self.suggestions, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.result_stack, self.tr("Replies"))
        self.tabs.addTab(message_page, self.tr("Buyer message"))
        self.fill = FillInForm(self._chinese)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.tabs, 1)
        center_layout.addWidget(self.fill)

        self.detail = DetailPane(self._chinese)
        self.splitter = QSplitter()
        self.splitter.setObjectName("panes")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230 if self._chinese else 280, 420, 560])
        self.setCentralWidget(self.splitter)
        self.buyer = BuyerPanel(self.services)
        self.buyer_dock = QDockWidget(self.tr("Buyer country"), self)
        self.buyer_dock.setObjectName("buyerDock")
        self.buyer_dock.setWidget(self.buyer)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.buyer_dock)
        self.buyer_dock.visibilityChanged.connect(self.act_buyer.setChecked)
        self.quote = QuotePanel(self.services)
        self.quote_dock = QDockWidget(self.tr("Quotation"), self)
        self.quote_dock.setObjectName("quoteDock")
        # the panel is tall; it scrolls so the window still fits a 768-pixel-high screen
        quote_scroll = QScrollArea()
        quote_scroll.setWidget(self.quote)
        quote_scroll.setWidgetResizable(True)
        quote_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.quote_dock.setWidget(quote_scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quote_dock)
        self.tabifyDockWidget(self.buyer_dock, self.quote_dock)
        self.buyer_dock.raise_()
        # the dock's default width; applied once shown (a restored window state overrides it)
        QTimer.singleShot(
            0,
            lambda: (
                self.resizeDocks([self.buyer_dock], [470], Qt.Orientation.Horizontal)
                if not self._settings.get("window_state")
                else None
            ),
        )
        self.undo = QPushButton(self.tr("Undo delete (Ctrl+Z)"))
        self.undo.setObjectName("undo")
        self.undo.hide()
        self.statusBar().addPermanentWidget(self.undo)
        self._apply_font()

    def _action(
        self, text: str, keys: str, slot: Callable[..., Any], checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(
            f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self._action_keys.append((keys, text))
        return action

    def _wire(self) -> None:
        self.search.textChanged.connect(self._query_changed)
        self.search.copyRequested.connect(lambda zh: self.copy_current(chinese=zh))
        self.search.moveSelection.connect(self._move)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(lambda _i: self.copy_current())
        self.suggestions.selectionModel().currentChanged.connect(self._current_changed)
        self.suggestions.activated.connect(lambda _i: self.copy_current())
        self.delegate.copyClicked.connect(lambda i: self.copy_entry(i.data(EntryRole)))
        suggest_delegate = self.suggestions.itemDelegate()
        assert isinstance(suggest_delegate, ReplyDelegate)
        suggest_delegate.copyClicked.connect(lambda i: self.copy_entry(i.data(EntryRole)))
        self.tree.selectionModel().currentChanged.connect(self._node_changed)
        self.tabs.currentChanged.connect(
            lambda _i: self._current_changed(QModelIndex(), QModelIndex())
        )
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._suggest)
        self.message.textChanged.connect(self._suggest_timer.start)
        self.fill.filled.connect(self._filled)
        self.fill.cancelled.connect(self.focus_search)
        d = self.detail
        d.copyRequested.connect(lambda zh: self.copy_current(chinese=zh))
        d.favoriteRequested.connect(self.toggle_favorite)
        d.editRequested.connect(self.edit_current)
        d.duplicateRequested.connect(self.duplicate_current)
        d.deleteRequested.connect(self.delete_current)
        d.restoreRequested.connect(self.restore_current)
        self.undo.clicked.connect(self.undo_delete)
        self.platform_box.activated.connect(
            lambda i: self.set_platform(str(self.platform_box.itemData(i)))
        )
        self.country_box.activated.connect(self._country_activated)
        hub = self.services.hub
        hub.quoteReply.connect(self.quote_to_reply)
        hub.openScenario.connect(self.open_scenario)
        hub.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self._bind("Ctrl+F / Ctrl+K", self.tr("Search"), self.focus_search)
        self._bind("Ctrl+L", self.tr("Paste a buyer message"), self.focus_message)
        # keys the search box handles itself (search_box.py)
        self._keymap += [
            ("↑ ↓ PgUp PgDn", self.tr("Move through the results")),
            ("Enter / Ctrl+C", self.tr("Copy the selected reply (English)")),
        ]
        self._bind(
            "Shift+Enter / Ctrl+Shift+C",
            self.tr("Copy the Chinese translation"),
            lambda: self.copy_current(chinese=True),
        )
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, self._copier(n))
        self._keymap.append(("Ctrl+1 … Ctrl+9", self.tr("Copy the n-th result")))
        # the search box clears on Esc, the fill-in form closes and moves between blanks
        self._keymap += [
            ("Esc", self.tr("Clear the search / close the fill-in form")),
            ("Tab", self.tr("Next blank in the fill-in form")),
        ]
        self._bind("Ctrl+D", self.tr("Favourite or unfavourite"), self.toggle_favorite)
        self._bind("Ctrl+E", self.tr("Edit the reply"), self.edit_current)
        self._bind("Ctrl+Z", self.tr("Undo the last delete"), self.undo_delete)
        for view in (self.results, self.suggestions):
            QShortcut(
                QKeySequence.StandardKey.Copy,
                view,
                self.copy_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.detail.copy_en)

    def _copier(self, n: int) -> Callable[[], None]:
        return lambda: self.copy_nth(n)

    def _bind(self, keys: str, what: str, slot: Callable[[], None]) -> None:
        """A window shortcut (``keys``: one or more, "A / B"), listed in the F1 help."""
        for sequence in keys.split(" / "):
            QShortcut(QKeySequence(sequence), self, slot)
        self._keymap.append((keys, what))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """The F1 table: every key bound here, the toolbar's actions last."""
        return [*self._keymap, *self._action_keys]

    # -- state -----------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self._settings
        if s.get("splitter"):
            self.splitter.restoreState(s.get("splitter"))
        if s.get("window_state"):
            self.restoreState(s.get("window_state"))
        self.set_on_top(s.get("always_on_top"))
        self.set_country(s.get("buyer_country"))
        self.set_platform(s.get("platform"), refresh=False)
        self.set_buyer_panel(s.get("buyer_panel"))
        self.set_compact(s.get("compact"), save=False)
        last = s.get("last_view")
        kind, _, key = last.partition(":") if ":" in last else ("view", "", last)
        index = self.tree_model.index_of((kind, key))
        if not index.isValid():
            index = self.tree_model.index_of(("view", "all"))
        self.tree.setCurrentIndex(index)
        self._node_changed(index, QModelIndex())

    def _save(self) -> None:
        s = self._settings
        s.set("compact_geometry" if self.is_compact() else "geometry", self.saveGeometry())
        if not self.is_compact():
            s.set("splitter", self.splitter.saveState())
        s.set("window_state", self.saveState())
        s.set("compact", self.is_compact())
        s.set("always_on_top", self.act_top.isChecked())
        s.set("last_view", f"{self._node[0]}:{self._node[1]}")
        s.set("buyer_panel", self.act_buyer.isChecked() or self.buyer_dock.isVisible())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save()
        super().closeEvent(event)

    def is_compact(self) -> bool:
        return self.act_compact.isChecked()

    def set_compact(self, on: bool, save: bool = True) -> None:
        """The narrow window: search, list and copy; tree and reply pane hidden."""
        if save and on != self._compact_shown():
            self._settings.set("geometry" if on else "compact_geometry", self.saveGeometry())
            if on:
                self._settings.set("splitter", self.splitter.saveState())
        self.act_compact.setChecked(on)
        self.tree.setVisible(not on)
        self.detail.setVisible(not on)
        self.buyer_dock.setVisible(not on and self._settings.get("buyer_panel"))
        if on:
            self.quote_dock.hide()
        for act in (self.act_new, self.act_settings):
            act.setVisible(not on)
        layout = self.layout()
        if layout is not None:  # recompute the minimum width now, before resizing
            layout.invalidate()
            layout.activate()
        geometry = self._settings.get("compact_geometry" if on else "geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        elif on:
            self.resize(COMPACT_WIDTH, max(self.height(), 640))
        else:
            self.resize(1480, 800)
        self._shown_compact = on

    def _compact_shown(self) -> bool:
        return getattr(self, "_shown_compact", False)

    def set_country(self, code: str) -> None:
        """One buyer country for the window: clock, card, {date} style, marked replies."""
        if code not in countries():
            code = "US"
        self.country = code
        index = self.country_box.findData(code)
        if index >= 0 and index != self.country_box.currentIndex():
            self.country_box.setCurrentIndex(index)
        c = countries()[code]
        for delegate in (self.delegate, self.suggestions.itemDelegate()):
            if isinstance(delegate, ReplyDelegate):
                delegate.country = code
                delegate.country_words = frozenset({code.lower(), c.name_en.lower(), c.name_zh})
        self.results.viewport().update()
        self.suggestions.viewport().update()
        self.countryChanged.emit(code)
        self.services.hub.countryChanged.emit(code)

    def _show_language(self, language: str | None, name: str) -> None:
        """Name the language the buyer wrote in, and offer a country that speaks it."""
        self.language_bar.setVisible(language is not None)
        self._offered = None
        if language is None:
            return
        self.language_label.setText(self.tr("Buyer writes in %1").replace("%1", name))
        offer = country_to_offer(language, countries()[self.country].locale)
        self._offered = offer
        self.switch_country.setVisible(offer is not None)
        if offer is not None:
            c = countries()[offer]
            name = c.name_zh if self._chinese else c.name_en
            self.switch_country.setText(self.tr("Switch buyer country to %1").replace("%1", name))
        self.languageShown.emit(language)

    def _switch_to_offered(self) -> None:
        if self._offered:
            self.set_country(self._offered)
            self._requery()
            self.switch_country.setVisible(False)

    def _country_activated(self, index: int) -> None:
        code = str(self.country_box.itemData(index))
        if code != self.country:
            self.set_country(code)
            self._requery()

    def _platform_names(self) -> dict[str, str]:
        return {**platform_names(), "all": self.tr("All platforms")}

    @property
    def platform(self) -> str | None:
        """The agent's platform, or None when they asked to see every platform's replies."""
        return None if self._platform == "all" else self._platform

    def set_platform(self, code: str, refresh: bool = True) -> None:
        """Hide replies marked for other platforms than ``code`` ("all": hide none)."""
        if code not in self._platform_names():
            code = "aliexpress"
        self._platform = code
        self._settings.set("platform", code)
        index = self.platform_box.findData(code)
        if index != self.platform_box.currentIndex():
            self.platform_box.setCurrentIndex(index)
        if refresh:
            self._requery()

    def _requery(self) -> None:
        """Run the current query and suggestions again (the platform or country changed)."""
        if self._busy:
            self._stale = True
        else:
            self._start_query(self.search.text())
        if self.message.toPlainText().strip():
            self._suggest()

    def show_quote(self) -> None:
        """Bring up the quotation panel (leaving compact mode if needed)."""
        if self.is_compact():
            self.set_compact(False)
        self.quote_dock.show()
        self.quote_dock.raise_()
        self.quote.fields["cost"].setFocus()

    def open_scenario(self, scenario: str) -> None:
        """Browse one scenario in the tree (from the bargaining helper)."""
        self.search.clear()
        self.tabs.setCurrentIndex(0)
        self.tree.setCurrentIndex(self.tree_model.index_of(("scenario", scenario)))

    def quote_to_reply(self, scenario: str, values: dict[str, str]) -> None:
        """Open the scenario's price reply in the fill-in form with the quote filled in.

        The reply is picked from the scenario's own replies, fetched by this task: the list
        on screen still shows the previous view until the browse started here comes back."""
        lib, platform, country = self._library, self.platform, self.country
        self.open_scenario(scenario)

        def done(entries: list[Entry]) -> None:
            best = next(
                (e for e in entries if "price" in e.placeholders), entries[0] if entries else None
            )
            if best is None:
                return
            self._wanted = best.id  # selected when the list of the scenario arrives
            self._select_wanted()
            self.fill.start(best, False, {**self._auto_values(), **values})

        self._tasks.submit(
            lambda: lib.browse(scenario, BROWSE_LIMIT, platform=platform, country=country), done
        )

    def _select_wanted(self) -> None:
        ids = [e.id for e in self.model.entries()]
        if self._wanted in ids:
            self._select_row(ids.index(self._wanted))
            self._wanted = None

    def set_buyer_panel(self, on: bool) -> None:
        self._settings.set("buyer_panel", on)
        self.buyer_dock.setVisible(on and not self.is_compact())
        self.act_buyer.setChecked(on)

    def set_on_top(self, on: bool) -> None:
        self.act_top.setChecked(on)
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()

    def _apply_font(self) -> None:
        size = self._settings.get("font_size")
        for widget in (self.detail.english, self.detail.chinese, self.fill.preview):
            font = QFont(widget.font())
            if size:
                font.setPointSize(size)
            widget.setFont(font)

    # -- searching and browsing ------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_message(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.message.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.message.selectAll()

    def _node_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NodeRole) if current.isValid() else None
        if node:
            self._node = (str(node[0]), str(node[1]))
            if self.search.text():
                self.search.clear()  # the tree browses; clearing starts the query
            else:
                self._start_query("")

    def _query_changed(self, text: str) -> None:
        self.tabs.setCurrentIndex(0)
        if self._busy:
            self._queued = text  # only the newest text runs next; older ones are dropped
            return
        self._start_query(text)

    def _start_query(self, text: str) -> None:
        self._busy = True
        self._seq += 1
        seq, lib, (kind, key) = self._seq, self._library, self._node
        platform, country = self.platform, self.country
        if text.strip():

            def job() -> list[Entry]:
                return lib.search(text, SEARCH_LIMIT, platform=platform, country=country)

        elif kind == "view":

            def job() -> list[Entry]:
                return lib.browse(None, BROWSE_LIMIT, key, platform=platform, country=country)

        else:

            def job() -> list[Entry]:
                return lib.browse(key, BROWSE_LIMIT, platform=platform, country=country)

        def marked() -> tuple[list[Entry], list[str]]:
            return job(), highlight_terms(text) if text.strip() else []

        self._tasks.submit(marked, lambda r: self._done(seq, text, *r), self._query_failed)

    def _done(self, seq: int, text: str, entries: list[Entry], terms: list[str]) -> None:
        self._busy = False
        queued, self._queued = self._queued, None
        stale, self._stale = self._stale, False
        if (queued is not None and queued != text) or stale:
            self._start_query(text if queued is None else queued)
            return
        if seq != self._seq:
            return
        tone = self._settings.get("default_tone")
        if tone and not text.strip():
            entries = sorted(entries, key=lambda e: e.tone != tone)
        self.delegate.highlights = tuple(t.lower() for t in terms)
        self.model.set_entries(entries)
        self.result_stack.setCurrentIndex(0 if entries else 1)
        if not entries:
            self.empty.setText(self._empty_text(text))
            if text.strip():
                self._offer_closest(seq, text)
        self._select_row(0 if entries else -1)
        self._select_wanted()
        self.resultsShown.emit(len(entries))

    def _offer_closest(self, seq: int, text: str) -> None:
        """Under "no replies found", the scenarios closest to the query, as links to browse."""
        lib, platform = self._library, self.platform

        def done(found: list[Entry]) -> None:
            if seq != self._seq or not found:
                return
            links = []
            for scenario in dict.fromkeys(e.scenario for e in found):
                sc = scenarios().get(scenario)
                name = (sc.zh if self._chinese else sc.en) if sc else scenario
                links.append(f'<a href="{html.escape(scenario)}">{html.escape(name)}</a>')
            heading = html.escape(self.tr("Closest situations:"))
            body = html.escape(self._empty_text(text)).replace("\n", "<br>")
            self.empty.setText(f"{body}<br><br>{heading}<br>" + "<br>".join(links))
            self.closestShown.emit(len(links))

        self._tasks.submit(lambda: lib.suggest(text, 3, platform=platform), done)

    def _empty_text(self, text: str) -> str:
        if text.strip():
            return self.tr(
                "No reply holds any word of “%1”.\nTry another word, English, Chinese or pinyin."
            ).replace("%1", text.strip())
        kind, key = self._node
        if kind == "view" and key == "favorites":
            return self.tr("No favourites yet.\nSelect a reply and press Ctrl+D to keep it here.")
        if kind == "view" and key in ("recent", "most_used"):
            return self.tr("Nothing copied yet.\nReplies you copy are listed here.")
        if kind == "view" and key == "mine":
            return self.tr("No replies of your own yet.\nPress Ctrl+N to write one.")
        return self.tr("No replies here yet.\nPress Ctrl+N to write one.")

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.results.selectionModel().clearSelection()
            self.detail.show_entry(None)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.results.selectionModel().setCurrentIndex(index, flags)
        self.results.scrollTo(index)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = self.results.currentIndex().row()
            self._select_row(max(0, min(count - 1, row + step)))

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.current_entry()
        # typing often keeps the same reply on top: laying out and repainting the unchanged
        # reply pane was most of a keystroke's paint time
        if entry is None or entry != self.detail.entry:
            self.detail.show_entry(entry)

    def current_entry(self) -> Entry | None:
        view = self.suggestions if self.tabs.currentIndex() == 1 else self.results
        entry = view.currentIndex().data(EntryRole)
        return entry if isinstance(entry, Entry) else None

    def visible_entries(self) -> list[Entry]:
        """The entries of the current tab, in order (what Ctrl+1..9 count)."""
        if self.tabs.currentIndex() == 0:
            return self.model.entries()
        found = []
        for row in range(self.suggest_model.rowCount()):
            parent = self.suggest_model.index(row, 0)
            for child in range(self.suggest_model.rowCount(parent)):
                found.append(self.suggest_model.index(child, 0, parent).data(EntryRole))
        return found

    # -- buyer message ---------------------------------------------------------------------
    def _suggest(self) -> None:
        message, lib = self.message.toPlainText(), self._library
        platform, country = self.platform, self.country
        ui = "zh_CN" if self._chinese else "en"
        Result = tuple[list[Any], dict[str, Entry], str | None, str]

        def job() -> Result:
            groups = lib.suggest_groups(message, platform=platform, country=country)
            ids = {i for g in groups for i in g.entry_ids}
            language = detect(message)
            # CLDR's language names load on first use: on the worker, not the GUI thread
            name = language_name(language, ui) if language else ""
            return groups, lib.existing(ids), language, name

        def done(result: Result) -> None:
            if message != self.message.toPlainText():
                return  # the text changed meanwhile; a newer run is coming
            self._show_language(result[2], result[3])
            self.suggest_model.set_groups(*result[:2])
            self.suggestions.expandAll()
            first = self.suggest_model.first_entry_index()
            if first.isValid():
                self.suggestions.setCurrentIndex(first)
            self.suggestionsShown.emit(len(result[0]))

        self._tasks.submit(job, done)

    # -- copying ---------------------------------------------------------------------------
    def _auto_values(self) -> dict[str, str]:
        s = self._settings
        return {
            "agent": s.get("agent_name"),
            "shop": s.get("shop_name"),
            "date": date_text(date.today(), date_locale(countries().get(self.country))),
            "buyer": self._buyer,
        }

    def copy_current(self, chinese: bool = False) -> None:
        self.copy_entry(self.current_entry(), chinese)

    def copy_nth(self, n: int) -> None:
        entries = self.visible_entries()
        if 0 < n <= len(entries):
            self.copy_entry(entries[n - 1])

    def copy_entry(self, entry: Entry | None, chinese: bool = False) -> None:
        """Copy a reply; one with blanks to fill opens the fill-in form first."""
        if entry is None:
            return
        values = self._auto_values()
        ask = [p for p in entry.placeholders if p not in AUTOMATIC or not values.get(p)]
        if ask:
            self.fill.start(entry, chinese, values)
            return
        self._finish_copy(entry, fill(entry.zh if chinese else entry.en, values), chinese)

    def _filled(self, entry: Entry, text: str, values: dict[str, str]) -> None:
        if values.get("buyer"):
            self._buyer = values["buyer"]
        self._finish_copy(entry, text, self.fill.chinese)
        self.focus_search()

    def _finish_copy(self, entry: Entry, text: str, chinese: bool) -> None:
        signature = self._settings.get("signature")
        if signature and not chinese and not {"agent", "shop"} & set(entry.placeholders):
            text = f"{text}\n\n{signature}"
        QGuiApplication.clipboard().setText(text)
        lib = self._library
        self._tasks.submit(lambda: lib.record_use(entry.id), lambda _ok: self.refresh_counts())
        label = entry.title_zh if self._chinese else entry.title_en
        self.statusBar().showMessage(self.tr("Copied ✓ %1").replace("%1", label or entry.id), 4000)
        self.copied.emit(entry.id)

    # -- editing ---------------------------------------------------------------------------
    def _after_write(self, message: str, select: str | None = None) -> None:
        self.statusBar().showMessage(message, 5000)
        self.refresh_counts()
        self._start_query(self.search.text())
        if select:
            lib = self._library
            self._tasks.submit(lambda: lib.get(select), self.detail.show_entry)

    def refresh_counts(self) -> None:
        lib = self._library
        self._tasks.submit(
            lambda: (lib.scenario_counts(), lib.view_counts()),
            lambda r: self.tree_model.set_counts(*r),
        )

    def toggle_favorite(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        lib, on = self._library, not entry.favorite

        def job() -> Entry | None:
            lib.set_favorite(entry.id, on)
            return lib.get(entry.id)

        def done(updated: Entry | None) -> None:
            if updated is not None:
                self.model.replace_entry(updated)
                self.detail.show_entry(updated)
                self.refresh_counts()

        self._tasks.submit(job, done)

    def new_reply(self) -> None:
        kind, key = self._node
        editor = ReplyEditor(
            self._chinese, scenario=key if kind == "scenario" else None, parent=self
        )
        if editor.exec():
            values, lib = editor.values(), self._library
            self._tasks.submit(
                lambda: lib.add(**values),
                lambda new_id: self._after_write(self.tr("Saved"), new_id),
            )

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        editor = ReplyEditor(self._chinese, entry=entry, parent=self)
        if editor.exec():
            values, lib = editor.values(), self._library
            self._tasks.submit(
                lambda: lib.update(entry.id, **values),
                lambda e: self._after_write(self.tr("Saved"), e.id),
            )

    def duplicate_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            lib = self._library
            self._tasks.submit(
                lambda: lib.duplicate(entry.id),
                lambda new_id: self._after_write(self.tr("Copied into My replies"), new_id),
            )

    def restore_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            lib = self._library
            self._tasks.submit(
                lambda: lib.restore_original(entry.id),
                lambda e: self._after_write(self.tr("Original text restored"), e.id),
            )

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        lib = self._library

        def done(deleted: Entry) -> None:
            self._deleted = deleted
            self.undo.show()
            self._after_write(self.tr("Deleted “%1”").replace("%1", deleted.title_zh or deleted.id))

        self._tasks.submit(lambda: lib.delete(entry.id), done)

    def undo_delete(self) -> None:
        deleted, self._deleted = self._deleted, None
        self.undo.hide()
        if deleted is not None:
            lib = self._library
            self._tasks.submit(
                lambda: lib.undelete(deleted),
                lambda _r: self._after_write(self.tr("Restored"), deleted.id),
            )

    # -- dialogs ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        before = self._settings.get("ui_language")
        if SettingsDialog(self._settings, self).exec():
            self._apply_font()
            self.services.hub.settingsChanged.emit()
            self.set_on_top(self._settings.get("always_on_top"))
            language = self._settings.get("ui_language")
            if language != before:
                self.languageChanged.emit(language)

    def show_help(self) -> None:
        ShortcutHelp(self.shortcut_list(), self).exec()

    def _failed(self, kind: str) -> None:
        """A task failed (its traceback is in the log): say what the agent can do about it."""
        self.statusBar().showMessage(self._error_text(kind), 10000)

    def _error_text(self, kind: str) -> str:
        texts = {
            "locked": self.tr("The library is in use by another program. Try again in a moment."),
            "read_only": self.tr(
                "The library file cannot be written: it or its folder is read-only."
            ),
            "disk_full": self.tr("The disk is full. Free some space and try again."),
            "not_a_library": self.tr("The file is not a BorderDesk library."),
        }
        return texts.get(kind) or self.tr(
            "Something went wrong inside BorderDesk; the details are in the log: %1"
        ).replace("%1", str(log_path()))

    def _query_failed(self, kind: str) -> None:
        self._busy = False  # only the query's own failure frees the query slot
        self._failed(kind)

    def view_label(self) -> str:
        kind, key = self._node
        return view_labels().get(key, key) if kind == "view" else key
