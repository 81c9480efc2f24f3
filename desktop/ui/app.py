"""Application start-up: QApplication, the library, the main window, and ``--selftest``."""

from __future__ import annotations

import json
import os
import sys
import time
from typing import TextIO

from desktop.core.paths import APP_NAME


def run_gui(db: str | None, selftest: bool = False, out: TextIO = sys.stdout) -> int:
    """Open the window and run the event loop; with ``selftest``, check and exit."""
    if selftest and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from desktop.core import open_library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    library = open_library(db)
    tasks = TaskRunner()
    window = MainWindow(library, tasks)
    window.show()
    startup_ms = (time.perf_counter() - t0) * 1000
    if not selftest:
        code = app.exec()
        tasks.shutdown()
        library.close()
        return int(code)
    return _selftest(app, window, tasks, library, startup_ms, out)


def _wait(app: object, predicate: object, timeout_s: float = 10.0) -> bool:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.002)
    return False


def _selftest(app, window, tasks, library, startup_ms: float, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    shown: list[int] = []
    window.resultsShown.connect(shown.append)
    t = time.perf_counter()
    window.search.setText("shipping")
    ok_search = _wait(app, lambda: bool(shown) and window.current_entry() is not None)
    search_ms = (time.perf_counter() - t) * 1000
    entry = window.current_entry()
    t = time.perf_counter()
    window.copy_selected()
    copy_ms = (time.perf_counter() - t) * 1000
    copied = QGuiApplication.clipboard().text()
    ok = ok_search and entry is not None and copied == entry.en
    report = {
        "ok": ok,
        "startup_ms": round(startup_ms, 1),
        "search_ms": round(search_ms, 1),
        "copy_ms": round(copy_ms, 1),
        "results": shown[-1] if shown else 0,
        "copied_id": entry.id if entry else None,
        "library_entries": library.count(),
    }
    out.write(json.dumps(report, ensure_ascii=False) + "\n")
    window.close()
    tasks.shutdown()
    library.close()
    return 0 if ok else 1
