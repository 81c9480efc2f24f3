"""What the window remembers between runs, and its two sizes.

Compact mode is the narrow window beside the seller console: search, list and copy, with the
tree, the reply pane and the panels that are not marked compact hidden. Each mode keeps its own
geometry; the full window also keeps its pane sizes and docks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COMPACT_WIDTH = 420
FULL_SIZE = (1480, 800)


class WindowState:
    """Restores and saves ``window``'s state in its settings."""

    def __init__(self, window: MainWindow) -> None:
        self._w = window
        self._settings = window.services.settings
        self._shown_compact = False

    def restore(self) -> None:
        s, w = self._settings, self._w
        if s.get("splitter"):
            w.splitter.restoreState(s.get("splitter"))
        if s.get("window_state"):
            w.restoreState(s.get("window_state"))
        self.set_on_top(s.get("always_on_top"))
        self.set_compact(s.get("compact"), save=False)
        last = s.get("last_view")
        kind, _, key = last.partition(":") if ":" in last else ("view", "", last)
        w.browse_node((kind, key))

    def save(self) -> None:
        s, w = self._settings, self._w
        s.set("compact_geometry" if self.is_compact() else "geometry", w.saveGeometry())
        if not self.is_compact():
            s.set("splitter", w.splitter.saveState())
        s.set("window_state", w.saveState())
        s.set("compact", self.is_compact())
        s.set("always_on_top", w.act_top.isChecked())
        kind, key = w.results_view.node
        s.set("last_view", f"{kind}:{key}")
        s.sync()

    def is_compact(self) -> bool:
        return self._w.act_compact.isChecked()

    def set_compact(self, on: bool, save: bool = True) -> None:
        """Switch between the narrow and the full window, each at its own remembered size."""
        s, w = self._settings, self._w
        if save and on != self._shown_compact:
            s.set("geometry" if on else "compact_geometry", w.saveGeometry())
            if on:
                s.set("splitter", w.splitter.saveState())
        w.act_compact.setChecked(on)
        w.tree.setVisible(not on)
        w.detail.setVisible(not on)
        w.panels.set_compact(on)
        for act in (w.act_new, w.act_settings):
            act.setVisible(not on)
        # The splitter learns of its hidden panes from a posted layout request: let it take that
        # now, or the window's minimum still holds the hidden detail pane and the resize stops
        # there.
        QCoreApplication.sendPostedEvents(w.splitter, QEvent.Type.LayoutRequest)
        layout = w.layout()
        if layout is not None:  # recompute the minimum width now, before resizing
            layout.invalidate()
            layout.activate()
        geometry = s.get("compact_geometry" if on else "geometry")
        if not geometry.isEmpty():
            w.restoreGeometry(geometry)
        elif on:
            w.resize(COMPACT_WIDTH, max(w.height(), 640))
        else:
            w.resize(*FULL_SIZE)
        self._shown_compact = on

    def set_on_top(self, on: bool) -> None:
        """Keep the window above the seller console."""
        w = self._w
        w.act_top.setChecked(on)
        visible = w.isVisible()
        w.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            w.show()

    def apply_font(self) -> None:
        """The reply text at the agent's chosen size (0: the system's)."""
        size = self._settings.get("font_size")
        w = self._w
        for widget in (w.detail.english, w.detail.chinese, w.fill.preview):
            font = QFont(widget.font())
            if size:
                font.setPointSize(size)
            widget.setFont(font)
