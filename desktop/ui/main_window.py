"""The main window: a composition of the scenario tree, the reply list or the buyer-message
suggestions, the reply pane, the fill-in form and the dock panels of :mod:`desktop.ui.panels`.

The window owns the agent's two filters (buyer's country, platform) and routes between its
parts, which do the work: ResultsView queries, MessagePage suggests, Copier copies,
EditController writes, WindowState remembers, LibraryWatcher notices other processes."""

from __future__ import annotations

import gc

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.countries import CountryName, country_names, is_country
from desktop.core.library.entry import Entry
from desktop.ui.copying import Copier
from desktop.ui.detail import DetailPane
from desktop.ui.dialogs import SettingsDialog, ShortcutHelp
from desktop.ui.editing import EditController
from desktop.ui.failures import failure_text
from desktop.ui.fillin import FillInForm
from desktop.ui.keys import Keymap
from desktop.ui.message_page import MessagePage
from desktop.ui.models import EntryRole, NodeRole, ScenarioTreeModel
from desktop.ui.panels import PanelDocks
from desktop.ui.results import Node, ResultsView
from desktop.ui.services import Services
from desktop.ui.startup import after_first_paint
from desktop.ui.toolbar import MainToolbar
from desktop.ui.watcher import LibraryWatcher
from desktop.ui.window_state import WindowState


class MainWindow(QMainWindow):
    """The phrasebook window, built from the services it is given."""

    languageChanged = Signal(str)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.country = "US"
        self._platform: str = services.settings.get("platform")
        self.setWindowTitle(self.tr("BorderDesk · cross-border replies"))
        self.keys = Keymap(self)
        self._build_panes()
        self.act_new = self.keys.action(self.tr("New reply"), "Ctrl+N", self.editing.new_reply)
        self.state = WindowState(self)
        self.panels = PanelDocks(self, services, self.keys, lambda: self.state.set_compact(False))
        self._build_actions()
        self.statusBar().addPermanentWidget(self.editing.undo)
        self._wire()
        self._bind_keys()
        self.set_country(services.settings.get("buyer_country"))
        services.tasks.submit(country_names, self._names_loaded, background=True)
        self.set_platform(self._platform, refresh=False)
        self.state.restore()
        self.state.apply_font()
        self.refresh_counts()
        QTimer.singleShot(0, self.focus_search)
        self.watcher = LibraryWatcher(services, self)  # another process's writes show up
        after_first_paint(services)  # team packs, then warming (off the GUI thread)
        # What start-up made lives as long as the window: keep it out of the cyclic collector's
        # full runs, which otherwise scan it all (~80 ms) while the agent types.
        gc.freeze()

    # -- construction ----------------------------------------------------------------------
    def _build_panes(self) -> None:
        chinese = self.services.chinese
        self.toolbar = MainToolbar(chinese)
        self.search = self.toolbar.search
        self.addToolBar(self.toolbar)
        self.tree_model = ScenarioTreeModel(chinese, self)
        self.tree = QTreeView()
        self.tree.setObjectName("scenarioTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view = ResultsView(self.services, self._where)
        self.results, self.model = self.results_view.list, self.results_view.model
        self.message_page = MessagePage(self.services, self._where)
        self.message = self.message_page.message
        self.tabs = QTabWidget()
        self.tabs.addTab(self.results_view, self.tr("Replies"))
        self.tabs.addTab(self.message_page, self.tr("Buyer message"))
        self.fill = FillInForm(chinese, lambda: self.services.platform, tasks=self.services.tasks)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.tabs, 1)
        center_layout.addWidget(self.fill)
        self.detail = DetailPane(chinese)
        self.splitter = QSplitter()
        self.splitter.setObjectName("panes")
        for pane in (self.tree, center, self.detail):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230 if chinese else 280, 420, 560])
        self.setCentralWidget(self.splitter)
        self.copier = Copier(self.services, self.fill, lambda: self.country)
        self.editing = EditController(self.services, self.current_entry, self._scenario, self)

    def _build_actions(self) -> None:
        k = self.keys
        self.act_compact = k.action(self.tr("Compact"), "Ctrl+M", self.state.set_compact, True)
        self.act_top = k.action(self.tr("On top"), "Ctrl+T", self.state.set_on_top, True)
        self.act_settings = k.action(self.tr("Settings"), "Ctrl+,", self.open_settings)
        self.act_help = k.action(self.tr("Help"), "F1", self.show_help)
        for act in (self.act_new, *self.panels.actions.values(), self.act_compact, self.act_top):
            self.toolbar.addAction(act)
        self.toolbar.addAction(self.act_settings)
        self.toolbar.addAction(self.act_help)

    def _wire(self) -> None:
        hub, results, page = self.services.hub, self.results_view, self.message_page
        self.search.textChanged.connect(self._query_changed)
        self.search.copyRequested.connect(lambda zh: self.copy_current(chinese=zh))
        self.search.moveSelection.connect(results.step)
        results.entryChanged.connect(lambda _e: self._current_changed())
        results.empty.linkActivated.connect(self.open_scenario)
        self.results.activated.connect(lambda _i: self.copy_current())
        page.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._current_changed())
        page.tree.activated.connect(lambda _i: self.copy_current())
        page.countryRequested.connect(self._choose_country)
        for delegate in (results.delegate, page.delegate):
            delegate.copyClicked.connect(lambda i: self.copier.copy(i.data(EntryRole)))
        self.tree.selectionModel().currentChanged.connect(self._node_changed)
        self.tabs.currentChanged.connect(lambda _i: self._current_changed())
        self.fill.cancelled.connect(self.focus_search)
        self.copier.filled.connect(self.focus_search)
        d, e = self.detail, self.editing
        d.copyRequested.connect(lambda zh: self.copy_current(chinese=zh))
        d.favoriteRequested.connect(e.toggle_favorite)
        d.editRequested.connect(e.edit)
        d.duplicateRequested.connect(e.duplicate)
        d.deleteRequested.connect(e.delete)
        d.restoreRequested.connect(e.restore)
        e.saved.connect(self._show_saved)
        self.toolbar.platform_box.activated.connect(
            lambda i: self.set_platform(str(self.toolbar.platform_box.itemData(i)))
        )
        self.toolbar.country_box.activated.connect(
            lambda i: self._choose_country(str(self.toolbar.country_box.itemData(i)))
        )
        hub.quoteReply.connect(self._quote_reply)
        hub.openScenario.connect(self.open_scenario)
        hub.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        hub.libraryChanged.connect(self._library_changed)
        hub.usageRecorded.connect(lambda _id: self.refresh_counts())
        self.services.tasks.failed.connect(
            lambda kind: self.statusBar().showMessage(failure_text(kind), 10000)
        )

    def _bind_keys(self) -> None:
        k, e = self.keys, self.editing
        k.bind("Ctrl+F / Ctrl+K", self.tr("Search"), self.focus_search)
        k.bind("Ctrl+L", self.tr("Paste a buyer message"), self.focus_message)
        k.handled("↑ ↓ PgUp PgDn", self.tr("Move through the results"))  # search_box.py
        k.handled("Enter / Ctrl+C", self.tr("Copy the selected reply (English)"))
        k.bind(
            "Shift+Enter / Ctrl+Shift+C",
            self.tr("Copy the Chinese translation"),
            lambda: self.copy_current(chinese=True),
        )
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda n=n: self.copy_nth(n))
        k.handled("Ctrl+1 … Ctrl+9", self.tr("Copy the n-th result"))
        k.handled("Esc", self.tr("Clear the search / close the fill-in form"))
        k.handled("Tab", self.tr("Next blank in the fill-in form"))
        k.bind("Ctrl+D", self.tr("Favourite or unfavourite"), e.toggle_favorite)
        k.bind("Ctrl+E", self.tr("Edit the reply"), e.edit)
        k.bind("Ctrl+Z", self.tr("Undo the last delete"), e.undo_delete)
        for view in (self.results, self.message_page.tree):
            QShortcut(
                QKeySequence.StandardKey.Copy,
                view,
                self.copy_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.detail.copy_en)

    def shortcut_list(self) -> list[tuple[str, str]]:
        """The F1 table: every key bound, the toolbar's and the panels' actions last."""
        return self.keys.table()

    # -- the agent's filters ---------------------------------------------------------------
    def _where(self) -> tuple[str | None, str]:
        return self.platform, self.country

    @property
    def platform(self) -> str | None:
        """The agent's platform, or None when they asked to see every platform's replies."""
        return None if self._platform == "all" else self._platform

    def _names_loaded(self, names: dict[str, CountryName]) -> None:
        """CLDR's country names are in: name the country box, mark the country's replies."""
        self.toolbar.show_names(names)
        self.detail.show_entry(self.detail.entry)  # its countries by name
        self.results_view.mark_country(self.country)
        self.message_page.mark_country(self.country)

    def set_country(self, code: str) -> None:
        """One buyer country for the window: clock, card, {date} style, marked replies."""
        if not is_country(code):
            code = "US"
        self.country = code
        self.services.settings.set("buyer_country", code)
        self.toolbar.show_country(code)
        self.services.hub.countryChanged.emit(code)

    def _choose_country(self, code: str) -> None:
        if code != self.country:
            self.set_country(code)
            self._requery()

    def set_platform(self, code: str, refresh: bool = True) -> None:
        """Hide replies marked for other platforms than ``code`` ("all": hide none)."""
        if code not in self.toolbar.platform_names():
            code = "aliexpress"
        self._platform = code
        self.services.settings.set("platform", code)
        self.toolbar.show_platform(code)
        if refresh:
            self._requery()

    def _requery(self) -> None:
        """Run the current query and suggestions again (a filter or the library changed)."""
        self.results_view.requery()
        if self.message_page.text().strip():
            self.message_page.suggest()

    def _library_changed(self) -> None:
        self.refresh_counts()
        self._requery()

    def refresh_counts(self) -> None:
        lib = self.services.library
        self.services.tasks.submit(
            lambda: (lib.scenario_counts(), lib.view_counts()),
            lambda r: self.tree_model.set_counts(*r),
        )

    # -- browsing and searching ------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_message(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.message.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.message.selectAll()

    def browse_node(self, node: Node) -> None:
        """Select a view, stage or scenario in the tree (all replies when it is unknown)."""
        index = self.tree_model.index_of(node)
        if not index.isValid():
            index = self.tree_model.index_of(("view", "all"))
        self.tree.setCurrentIndex(index)
        self._node_changed(index, QModelIndex())

    def _node_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NodeRole) if current.isValid() else None
        if node:
            self.results_view.node = (str(node[0]), str(node[1]))
            if self.search.text():
                self.search.clear()  # the tree browses; clearing starts the query
            else:
                self.results_view.query("")

    def _query_changed(self, text: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.results_view.query(text)

    def _scenario(self) -> str | None:
        kind, key = self.results_view.node
        return key if kind == "scenario" else None

    def open_scenario(self, scenario: str) -> None:
        """Browse one scenario in the tree (from a link or the bargaining helper)."""
        self.search.clear()
        self.tabs.setCurrentIndex(0)
        self.tree.setCurrentIndex(self.tree_model.index_of(("scenario", scenario)))

    def _current_changed(self) -> None:
        entry = self.current_entry()
        # typing often keeps the same reply on top: laying out and repainting the unchanged
        # reply pane was most of a keystroke's paint time
        if entry is None or entry != self.detail.entry:
            self.detail.show_entry(entry)

    def current_entry(self) -> Entry | None:
        if self.tabs.currentIndex() == 1:
            return self.message_page.current_entry()
        return self.results_view.current_entry()

    def visible_entries(self) -> list[Entry]:
        """The entries of the current tab, in order (what Ctrl+1..9 count)."""
        if self.tabs.currentIndex() == 0:
            return self.model.entries()
        return self.message_page.entries()

    def _quote_reply(self, scenario: str, values: dict[str, str]) -> None:
        """Browse the scenario and open its price reply with the quote filled in."""
        self.open_scenario(scenario)
        self.copier.quote_reply(scenario, values, self._where(), self.results_view)

    def _show_saved(self, entry: Entry | None) -> None:
        self.detail.show_entry(entry)
        if entry is not None:
            self.results_view.select_when_shown(entry.id)

    # -- copying ---------------------------------------------------------------------------
    def copy_current(self, chinese: bool = False) -> None:
        self.copier.copy(self.current_entry(), chinese)

    def copy_nth(self, n: int) -> None:
        entries = self.visible_entries()
        if 0 < n <= len(entries):
            self.copier.copy(entries[n - 1])

    # -- window ----------------------------------------------------------------------------
    def open_settings(self) -> None:
        settings = self.services.settings
        before = settings.get("ui_language")
        if SettingsDialog(settings, self).exec():
            self.state.apply_font()
            self.services.hub.settingsChanged.emit()
            self.state.set_on_top(settings.get("always_on_top"))
            language = settings.get("ui_language")
            if language != before:
                self.languageChanged.emit(language)

    def show_help(self) -> None:
        ShortcutHelp(self.shortcut_list(), self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.state.save()
        super().closeEvent(event)
