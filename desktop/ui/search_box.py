"""The search field: arrows move through results, Enter and Ctrl+C copy, Esc clears.

Chinese input methods use Enter to commit a candidate. That Enter must never copy a reply:
while a composition is open, and for a short grace period after it is committed (some input
methods deliver the key after the commit), Enter only ends the composition.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

#: An Enter this soon after an input-method commit belongs to the input method.
IME_GRACE_MS = 150


class SearchBox(QLineEdit):
    moveSelection = Signal(int)
    copyRequested = Signal(bool)  # chinese?

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._composing = False
        self._committed = QElapsedTimer()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.preeditString():
            self._composing = True
        else:
            if self._composing:
                self._committed.start()
            self._composing = False
        super().inputMethodEvent(event)

    def composing(self) -> bool:
        """True while an input-method composition is open or has just been committed."""
        recent = self._committed.isValid() and self._committed.elapsed() < IME_GRACE_MS
        return self._composing or recent

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.composing():
                self.copyRequested.emit(bool(mods & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        ctrl_c = key == Qt.Key.Key_C and mods & Qt.KeyboardModifier.ControlModifier
        if ctrl_c and not self.hasSelectedText():
            self.copyRequested.emit(bool(mods & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            self.moveSelection.emit(1)
        elif key == Qt.Key.Key_Up:
            self.moveSelection.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.moveSelection.emit(8)
        elif key == Qt.Key.Key_PageUp:
            self.moveSelection.emit(-8)
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)
