"""Take the README screenshots: run under Xvfb with a CJK font installed.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take.py

Each shot drives the real window and grabs the X screen, not a widget rendering.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core import open_library
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner

OUT = Path(__file__).resolve().parent


def run_steps(app: QApplication, steps: list[Callable[[], None]], gap_ms: int = 700) -> None:
    """Run each step inside the event loop, a gap apart, so the window is painted in between."""
    pending = list(steps)

    def next_step() -> None:
        if not pending:
            app.quit()
            return
        pending.pop(0)()
        QTimer.singleShot(gap_ms, next_step)

    QTimer.singleShot(gap_ms, next_step)
    app.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    library = open_library(Path(tempfile.mkdtemp()) / "shots.sqlite")
    tasks = TaskRunner(synchronous=True)
    window = MainWindow(library, tasks)
    window.resize(1100, 680)
    window.move(0, 0)
    window.show()
    run_steps(
        app,
        [
            lambda: window.search.setText("运费"),
            lambda: shoot(window, "main-window.png"),
        ],
    )
    return 0


def shoot(window: MainWindow, name: str) -> None:
    """Grab the window's area of the X screen with ImageMagick's ``import``."""
    frame = window.frameGeometry()
    crop = f"{frame.width()}x{frame.height()}+{frame.x()}+{frame.y()}"
    subprocess.run(["import", "-window", "root", "-crop", crop, str(OUT / name)], check=True)
    print(OUT / name)


if __name__ == "__main__":
    raise SystemExit(main())
