"""One window per library: a second launch asks the running one to come to the front, and
exits.

QtCore only (the bundle ships without QtNetwork): the running window holds a lock file per
library (``QLockFile``: a lock left by a crashed process is taken over, as its process is
gone) and watches a request file beside it; a second launch that cannot take the lock writes
to the request file, which the watcher sees, and exits.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject

from desktop.core.errors import LOG
from desktop.core.paths import APP_NAME, default_db_path


def server_name(db: str | None) -> str:
    """A name per library file (two libraries may each have their window)."""
    path = Path(db) if db else default_db_path()
    return "borderdesk-" + hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]


def _folder() -> Path:
    folder = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "instances"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _paths(name: str) -> tuple[Path, Path]:
    folder = _folder()
    return folder / f"{name}.lock", folder / f"{name}.raise"


def claim(name: str) -> QLockFile | None:
    """The lock of this library's window, or None when another process holds it."""
    lock = QLockFile(str(_paths(name)[0]))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
    return lock if lock.tryLock(0) else None


def running(name: str) -> bool:
    """True when a window holds this library's lock (the lock is not kept)."""
    lock = claim(name)
    if lock is None:
        return True
    lock.unlock()
    return False


def ask_running(name: str) -> bool:
    """True when a window already runs for this library and was asked to come forward."""
    if not running(name):
        return False
    with _paths(name)[1].open("a", encoding="utf-8") as request:
        request.write(f"raise {time.time():.3f}\n")
    return True


class SingleInstance(QObject):
    """Holds the library's lock and watches for second launches; ``on_raise`` brings the
    window forward."""

    def __init__(self, lock: QLockFile, name: str, on_raise: Callable[[], None]) -> None:
        super().__init__()
        self.lock = lock
        self._on_raise = on_raise
        self._request = _paths(name)[1]
        self._request.write_text("", encoding="utf-8")
        self.watcher = QFileSystemWatcher([str(self._request)], self)
        self.watcher.fileChanged.connect(self._changed)

    def _changed(self, path: str) -> None:
        request = Path(path)
        if not request.exists():  # removed by hand: make it again and keep watching
            request.write_text("", encoding="utf-8")
        if path not in self.watcher.files():
            self.watcher.addPath(path)
        if request.read_text(encoding="utf-8").strip():
            request.write_text("", encoding="utf-8")
            LOG.info("a second launch brought the window to the front")
            self._on_raise()
