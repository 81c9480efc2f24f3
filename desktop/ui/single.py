"""One window per library: a second launch asks the running one (over a local socket, never
the network) to come to the front, and exits."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.core.errors import LOG
from desktop.core.paths import default_db_path

#: How long a second launch waits for the first to answer.
TIMEOUT_MS = 1500


def server_name(db: str | None) -> str:
    """A name per library file (two libraries may each have their window)."""
    path = Path(db) if db else default_db_path()
    return "borderdesk-" + hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]


def ask_running(name: str) -> bool:
    """True when a window already runs for this library and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(b"raise\n")
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for second launches; ``on_raise`` brings the window forward."""

    def __init__(self, name: str, on_raise: Callable[[], None]) -> None:
        super().__init__()
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        if not self.server.listen(name):  # a stale name from a crash: take it over
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"raise"):
            LOG.info("a second launch brought the window to the front")
            self._on_raise()
        socket.disconnectFromServer()
