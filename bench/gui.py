"""How long a keystroke in the search box can block the event loop, on a large library.

Real key events are typed into the window's search box at about 12 keys a second. Two
figures: how long each key press keeps the GUI thread busy (its handler), and the longest
gap between ticks of a 5 ms heartbeat timer (any stall: results applied, rows painted). The
baseline is the same typing with the library work done on the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The offscreen plugin warns on every window resize; it says nothing about the app.
os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")

WORDS = ["shipping", "refund damaged", "运费", "关税", "物流查询", "where is my order", "discount"]
KEY_GAP_MS = 80
_APP: list[object] = []


def _measure(db: Path, synchronous: bool) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.core import open_library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.services import Services
    from desktop.ui.settings import Settings
    from desktop.ui.tasks import TaskRunner

    if not _APP:  # one application for every run, kept alive between them
        _APP.append(QApplication.instance() or QApplication([]))
    library = open_library(db)
    tasks = TaskRunner(synchronous=synchronous)
    settings = Settings(Path(tempfile.mkdtemp()) / "s.ini")
    window = MainWindow(Services(library, tasks, settings, chinese=False))
    window.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(tick)

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    pause(300)
    key_ms: list[float] = []
    heartbeat.start()
    last[0] = clock.elapsed()
    for word in WORDS:
        window.search.clear()
        pause(KEY_GAP_MS)
        for ch in word:
            t = time.perf_counter()
            if ch.isascii():
                QTest.keyClick(window.search, ch if ch != " " else Qt.Key.Key_Space)
            else:  # Chinese arrives from the input method as a commit
                event = QInputMethodEvent()
                event.setCommitString(ch)
                QApplication.sendEvent(window.search, event)
            key_ms.append((time.perf_counter() - t) * 1000)
            pause(KEY_GAP_MS)
        pause(200)
    heartbeat.stop()
    window.close()
    tasks.shutdown()
    library.close()
    key_ms.sort()
    gaps.sort()
    return {
        "keys": len(key_ms),
        "key_p95_ms": round(key_ms[int(0.95 * (len(key_ms) - 1))], 2),
        "key_max_ms": round(key_ms[-1], 2),
        "stall_max_ms": round(max(0.0, gaps[-1] - 5), 2),
    }


def bench_keystrokes(db: Path) -> dict[str, dict[str, float]]:
    return {
        "worker thread (the app)": _measure(db, synchronous=False),
        "baseline: search on the GUI thread": _measure(db, synchronous=True),
    }
