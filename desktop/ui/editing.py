"""Changing the phrasebook: new, edit, duplicate, restore, favourite, delete and undo.

Every write runs on the worker; afterwards the hub's ``libraryChanged`` tells the window and the
panels, and ``saved`` carries the reply to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.library.entry import Entry
from desktop.ui.editor import ReplyEditor
from desktop.ui.failures import failure_text
from desktop.ui.services import Services


class EditController(QObject):
    """Acts on the reply ``current()`` gives; dialogs open over ``parent``."""

    #: A write finished: the reply to show (None when it is gone).
    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        current: Callable[[], Entry | None],
        scenario: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        """``scenario()`` gives the scenario a new reply starts in (the one browsed)."""
        super().__init__(parent)
        self._services, self._current, self._scenario = services, current, scenario
        self._parent = parent
        self._deleted: Entry | None = None
        self.undo = QPushButton(self.tr("Undo delete (Ctrl+Z)"))
        self.undo.setObjectName("undo")
        self.undo.hide()
        self.undo.clicked.connect(self.undo_delete)

    def _write(
        self,
        job: Callable[[], str | None],
        message: str,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run a write returning the id of the reply to show, then tell everyone."""
        lib, hub = self._services.library, self._services.hub

        def read_back() -> Entry | None:
            shown = job()
            return lib.get(shown) if shown else None

        def done(entry: Entry | None) -> None:
            hub.status.emit(message)
            hub.libraryChanged.emit()
            self.saved.emit(entry)

        self._services.tasks.submit(read_back, done, on_error)

    def _save_from(self, editor: ReplyEditor, write: Callable[[dict[str, Any]], str]) -> None:
        """Save what the editor holds; a failed write (disk full, read-only folder) opens the
        editor again with the agent's text still in it and the reason above the buttons."""
        if not editor.exec():
            return
        values = editor.values()

        def failed(kind: str) -> None:
            editor.error.setText(failure_text(kind))
            self._save_from(editor, write)

        self._write(lambda: write(values), self.tr("Saved"), failed)

    def new_reply(self) -> None:
        editor = ReplyEditor(
            self._services.chinese,
            scenario=self._scenario(),
            parent=self._parent,
            platform=lambda: self._services.platform,
        )
        lib = self._services.library
        self._save_from(editor, lambda values: lib.add(**values))

    def edit(self) -> None:
        entry = self._current()
        if entry is None:
            return
        editor = ReplyEditor(
            self._services.chinese,
            entry=entry,
            parent=self._parent,
            platform=lambda: self._services.platform,
        )
        lib = self._services.library
        self._save_from(editor, lambda values: lib.update(entry.id, **values).id)

    def duplicate(self) -> None:
        entry, lib = self._current(), self._services.library
        if entry is not None:
            self._write(lambda: lib.duplicate(entry.id), self.tr("Copied into My replies"))

    def restore(self) -> None:
        entry, lib = self._current(), self._services.library
        if entry is not None:
            message = self.tr("Original text restored")
            self._write(lambda: lib.restore_original(entry.id).id, message)

    def toggle_favorite(self) -> None:
        entry, lib = self._current(), self._services.library
        if entry is not None:
            on = not entry.favorite
            message = self.tr("Added to favourites") if on else self.tr("Removed from favourites")

            def job() -> str:
                lib.set_favorite(entry.id, on)
                return entry.id

            self._write(job, message)

    def delete(self) -> None:
        entry, lib = self._current(), self._services.library
        if entry is None:
            return

        def job() -> None:
            self._deleted = lib.delete(entry.id)

        title = entry.title_zh if self._services.chinese else entry.title_en
        message = self.tr("Deleted “%1”").replace("%1", title or entry.id)
        self._write(job, message)
        self.undo.show()

    def undo_delete(self) -> None:
        deleted, self._deleted = self._deleted, None
        self.undo.hide()
        if deleted is not None:
            lib = self._services.library

            def job() -> str:
                lib.undelete(deleted)
                return deleted.id

            self._write(job, self.tr("Restored"))
