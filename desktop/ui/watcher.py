"""Noticing what another process wrote to the library (the CLI while the window runs, a
second BorderDesk): every few seconds SQLite's ``data_version`` is read on the worker; a
change drops the library's caches and tells the window and panels (``libraryChanged``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop.ui.services import Services

#: How often the file is looked at.
INTERVAL_MS = 2000


class LibraryWatcher(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        self.look()  # the first look remembers where the file stands

    def look(self) -> None:
        lib, hub = self._services.library, self._services.hub
        self._services.tasks.submit(
            lib.changed_elsewhere, lambda changed: hub.libraryChanged.emit() if changed else None
        )
