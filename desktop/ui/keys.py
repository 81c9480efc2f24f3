"""The window's keys: every binding is made here and recorded, so the F1 table lists exactly
the keys that work (it once advertised Ctrl+P, which nothing bound)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class Keymap:
    """Binds shortcuts and actions on ``window`` and remembers them for the help table."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._keys: list[tuple[str, str]] = []
        self._actions: list[tuple[str, str]] = []  # the toolbar's, listed last

    def bind(self, keys: str, what: str, slot: Callable[[], Any]) -> None:
        """A window shortcut (``keys``: one or more, "A / B"), listed in the F1 help."""
        for sequence in keys.split(" / "):
            QShortcut(QKeySequence(sequence), self._window, slot)
        self._keys.append((keys, what))

    def handled(self, keys: str, what: str) -> None:
        """List keys that a widget handles itself (the search box, the fill-in form)."""
        self._keys.append((keys, what))

    def action(
        self, text: str, keys: str, slot: Callable[..., Any], checkable: bool = False
    ) -> QAction:
        """A toolbar action with its shortcut in its tooltip, listed in the F1 help."""
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        # on the window too: the key works while the toolbar hides the button in its overflow
        self._window.addAction(action)
        self._actions.append((keys, text))
        return action

    def table(self) -> list[tuple[str, str]]:
        """The F1 table: every key bound here, the toolbar's actions last."""
        return [*self._keys, *self._actions]
