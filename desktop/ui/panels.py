"""The dock panels, one row each (Vorta's ``BaseTab`` idea).

A panel is a ``QWidget`` module built from :class:`~desktop.ui.services.Services`; it listens to
the hub (``countryChanged``, ``libraryChanged``, ``settingsChanged``) and asks the window for
things through the hub's request signals. :class:`PanelDocks` builds from each row the dock, the
toolbar action with its shortcut (so the F1 help lists it), and the open/closed state kept in the
settings. To add a panel, write its module and add one row to :data:`PANELS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from desktop.ui.buyer import BuyerPanel
from desktop.ui.draft_panel import DraftPanel
from desktop.ui.handbook_panel import HandbookPanel
from desktop.ui.keys import Keymap
from desktop.ui.practice_panel import PracticePanel
from desktop.ui.quote_panel import QuotePanel
from desktop.ui.report_panel import ReportPanel
from desktop.ui.safety_panel import SafetyPanel
from desktop.ui.services import Services

#: The translation context of the panels' titles.
CONTEXT = "Panels"


@dataclass(frozen=True)
class Panel:
    """One dock panel: how to build it and how the window shows it."""

    name: str  # object names: "<name>Dock"; remembered open in the settings by this name
    title: str  # English; translated in CONTEXT (mark it with QT_TRANSLATE_NOOP)
    shortcut: str
    factory: Callable[[Services], QWidget]
    compact: bool = False  # stays visible in compact mode
    scroll: bool = False  # tall: scrolls so the window fits a 768-pixel-high screen
    width: int = 470  # the dock's first width, before a saved window state exists
    #: More window keys the panel serves: (keys, English title, method of the panel widget);
    #: they work with the panel closed and are listed in the F1 help.
    keys: tuple[tuple[str, str, str], ...] = ()


PANELS: tuple[Panel, ...] = (
    Panel("buyer", str(QT_TRANSLATE_NOOP("Panels", "Buyer country")), "Ctrl+B", BuyerPanel),
    Panel(
        "quote", str(QT_TRANSLATE_NOOP("Panels", "Quotation")), "Ctrl+P", QuotePanel, scroll=True
    ),
    Panel("draft", str(QT_TRANSLATE_NOOP("Panels", "Check a draft")), "Ctrl+J", DraftPanel),
    Panel("handbook", str(QT_TRANSLATE_NOOP("Panels", "Handbook")), "Ctrl+H", HandbookPanel),
    Panel(
        "report",
        str(QT_TRANSLATE_NOOP("Panels", "Weekly report")),
        "Ctrl+W",
        ReportPanel,
        scroll=True,
        width=520,
        keys=(("Ctrl+G", str(QT_TRANSLATE_NOOP("Panels", "Log an inquiry")), "log_inquiry"),),
    ),
    Panel("safety", str(QT_TRANSLATE_NOOP("Panels", "Backups")), "Ctrl+Shift+S", SafetyPanel),
    Panel(
        "practice",
        str(QT_TRANSLATE_NOOP("Panels", "Practice")),
        "Ctrl+R",
        PracticePanel,
        scroll=True,
    ),
)


class PanelDocks:
    """The docks of :data:`PANELS` in ``window``, tabbed together on the right."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        keys: Keymap,
        full_window: Callable[[], None],
        panels: tuple[Panel, ...] | None = None,
    ) -> None:
        """``full_window`` leaves compact mode (opening a panel that compact mode hides)."""
        self._window, self._settings = window, services.settings
        self._full_window = full_window
        panels = PANELS if panels is None else panels
        self._compact = False
        self.panels = {p.name: p for p in panels}
        self.widgets: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.actions: dict[str, QAction] = {}
        for panel in panels:
            self._add(panel, services, keys)
        services.hub.panelRequested.connect(
            lambda name: self.set_open(name, True) if name in self.docks else None
        )
        docks = list(self.docks.values())
        for first, other in pairwise(docks):
            window.tabifyDockWidget(first, other)
        if docks:
            docks[0].raise_()
            first_width = panels[0].width
            QTimer.singleShot(0, lambda: self._first_width(docks[0], first_width))

    def _add(self, panel: Panel, services: Services, keys: Keymap) -> None:
        title = QCoreApplication.translate(CONTEXT, panel.title)
        widget = panel.factory(services)
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"{panel.name}Dock")
        if panel.scroll:
            scroll = QScrollArea()
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            dock.setWidget(scroll)
        else:
            dock.setWidget(widget)
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        action = keys.action(title, panel.shortcut, lambda on: self.set_open(panel.name, on), True)
        for shortcut, text, method in panel.keys:
            keys.bind(shortcut, QCoreApplication.translate(CONTEXT, text), getattr(widget, method))
        dock.visibilityChanged.connect(lambda _v: self._sync(panel.name))
        self.widgets[panel.name], self.docks[panel.name] = widget, dock
        self.actions[panel.name] = action

    def _first_width(self, dock: QDockWidget, width: int) -> None:
        if not self._settings.get("window_state"):  # a restored window state overrides it
            self._window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    # -- open and closed ---------------------------------------------------------------------
    def open_names(self) -> list[str]:
        """The panels the agent keeps open (in the settings)."""
        saved = self._settings.get("open_panels").split(",")
        return [name for name in saved if name in self.panels]

    def is_open(self, name: str) -> bool:
        return name in self.open_names()

    def set_open(self, name: str, on: bool) -> None:
        """Open (and bring to the front, focused) or close a panel; remembered."""
        if on and self.needs_full_window(name):
            self._full_window()
        names = [n for n in self.open_names() if n != name] + ([name] if on else [])
        self._settings.set("open_panels", ",".join(names))
        dock = self.docks[name]
        self._apply(name)
        if on and not dock.isHidden():  # a tab behind another is not visible until raised
            dock.raise_()
            self.widgets[name].setFocus()  # its focus proxy: the field to type in first

    def needs_full_window(self, name: str) -> bool:
        """Opening this panel in compact mode first leaves compact mode."""
        return self._compact and not self.panels[name].compact

    def set_compact(self, on: bool) -> None:
        """Compact mode hides the panels not marked ``compact``."""
        self._compact = on
        for name in self.docks:
            self._apply(name)

    def _apply(self, name: str) -> None:
        shown = self.is_open(name) and (self.panels[name].compact or not self._compact)
        self.docks[name].setVisible(shown)
        self.actions[name].setChecked(shown)

    def _sync(self, name: str) -> None:
        """Keep the action's check mark on what is on screen (a dock behind another tab is
        not); a dock the agent closed with its own button is remembered closed."""
        dock = self.docks[name]
        closed = dock.isHidden() and self._window.isVisible() and not self._compact
        if closed and self.is_open(name):
            names = [n for n in self.open_names() if n != name]
            self._settings.set("open_panels", ",".join(names))
        self.actions[name].setChecked(dock.isVisible())
