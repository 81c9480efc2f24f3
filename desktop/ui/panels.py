"""The dock panels, one row each (Vorta's ``BaseTab`` idea).

A panel is a ``QWidget`` module built from :class:`~desktop.ui.services.Services`; it listens to
the hub (``countryChanged``, ``libraryChanged``, ``settingsChanged``) and asks the window for
things through the hub's request signals. :class:`PanelDocks` builds from each row the dock, the
toolbar action with its shortcut (so the F1 help lists it), and the open/closed state kept in the
settings. To add a panel, write its module and add one row to :data:`PANELS`.

A panel's module is imported and its widget built when the panel is first shown (or a test or
a key asks for it), not at start: the window paints without the calculator, the checker, the
practice and report panels.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea, QWidget
from shiboken6 import isValid as shiboken_alive

from desktop.ui.keys import Keymap
from desktop.ui.services import Services

#: A panel open at start is built this long after the window is shown (it is painted first);
#: its modules are imported on the background worker, then the GUI thread builds it.
AFTER_PAINT_MS = 30
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


class later:
    """A factory importing ``desktop.ui.<module>`` only when the panel is first built;
    :attr:`module` lets the window import it on a worker first."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self._name = f"desktop.ui.{module}", name

    def __call__(self, services: Services) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(self.module), self._name)(services)
        return widget


PANELS: tuple[Panel, ...] = (
    Panel(
        "buyer",
        str(QT_TRANSLATE_NOOP("Panels", "Buyer country")),
        "Ctrl+B",
        later("buyer", "BuyerPanel"),
    ),
    Panel(
        "quote",
        str(QT_TRANSLATE_NOOP("Panels", "Quotation")),
        "Ctrl+P",
        later("quote_panel", "QuotePanel"),
        scroll=True,
    ),
    Panel(
        "draft",
        str(QT_TRANSLATE_NOOP("Panels", "Check a draft")),
        "Ctrl+J",
        later("draft_panel", "DraftPanel"),
    ),
    Panel(
        "handbook",
        str(QT_TRANSLATE_NOOP("Panels", "Handbook")),
        "Ctrl+H",
        later("handbook_panel", "HandbookPanel"),
    ),
    Panel(
        "report",
        str(QT_TRANSLATE_NOOP("Panels", "Weekly report")),
        "Ctrl+W",
        later("report_panel", "ReportPanel"),
        scroll=True,
        width=520,
        keys=(("Ctrl+G", str(QT_TRANSLATE_NOOP("Panels", "Log an inquiry")), "log_inquiry"),),
    ),
    Panel(
        "safety",
        str(QT_TRANSLATE_NOOP("Panels", "Backups")),
        "Ctrl+Shift+S",
        later("safety_panel", "SafetyPanel"),
    ),
    Panel(
        "practice",
        str(QT_TRANSLATE_NOOP("Panels", "Practice")),
        "Ctrl+R",
        later("practice_panel", "PracticePanel"),
        scroll=True,
    ),
)


class _Built(Mapping[str, QWidget]):
    """The panels' widgets by name, each built when first asked for."""

    def __init__(self, names: list[str], build: Callable[[str], QWidget]) -> None:
        self._names, self._build = names, build
        self._made: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._made:
            self._made[name] = self._build(name)
        return self._made[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def built(self, name: str) -> bool:
        return name in self._made


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
        self._services = services
        self.widgets = _Built([p.name for p in panels], self._build)
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
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"{panel.name}Dock")
        # the panel itself is built when the dock is first shown (one open at start: after
        # the agent's first pause, see startup.QuietStart); until then it says so
        waiting = QLabel(QCoreApplication.translate("Panels", "Loading…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setObjectName("panelLoading")
        dock.setWidget(waiting)
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        action = keys.action(title, panel.shortcut, lambda on: self.set_open(panel.name, on), True)
        for shortcut, text, method in panel.keys:
            keys.bind(
                shortcut, QCoreApplication.translate(CONTEXT, text), self._call(panel, method)
            )
        dock.visibilityChanged.connect(lambda v: self._shown(panel.name, v))
        self.docks[panel.name] = dock
        self.actions[panel.name] = action

    def _call(self, panel: Panel, method: str) -> Callable[[], object]:
        """A key's slot: the panel's method, the panel built first if need be."""
        return lambda: getattr(self.widgets[panel.name], method)()

    def _shown(self, name: str, visible: bool) -> None:
        if visible and not self.widgets.built(name):
            # just after the window is on screen: a panel open at start waits for the paint;
            # the dock is the timer's context, so a window closed meanwhile builds nothing
            QTimer.singleShot(AFTER_PAINT_MS, self.docks[name], lambda: self._preload(name))
        self._sync(name)

    def _preload(self, name: str) -> None:
        """Import the panel's modules on the background worker (~0.1-0.2 s of Python the GUI
        thread would otherwise spend in one piece while the agent types), then build it."""
        factory = self.panels[name].factory
        if not isinstance(factory, later) or not self._services.tasks.threaded:
            self.widgets[name]
            return
        dock = self.docks[name]

        def imported(_module: object) -> None:
            if shiboken_alive(dock):
                self.widgets[name]

        self._services.tasks.submit(
            lambda: importlib.import_module(factory.module), imported, background=True
        )

    def _build(self, name: str) -> QWidget:
        panel, dock = self.panels[name], self.docks[name]
        widget = panel.factory(self._services)
        if panel.scroll:
            scroll = QScrollArea()
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            dock.setWidget(scroll)
        else:
            dock.setWidget(widget)
        return widget

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
