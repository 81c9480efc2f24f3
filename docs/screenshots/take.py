"""Take the README screenshots: run under Xvfb with a CJK font installed.

    xvfb-run -s "-screen 0 1600x900x24" .venv/bin/python docs/screenshots/take.py

Each shot drives the real application and grabs the X screen with ImageMagick's ``import``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import App

OUT = Path(__file__).resolve().parent


def shoot(widget: QWidget, name: str, width: int | None = None) -> None:
    """Grab the widget's area of the X screen (or ``width`` pixels from its left edge)."""
    frame = widget.frameGeometry()
    crop = f"{width or frame.width()}x{frame.height()}+{frame.x()}+{frame.y()}"
    subprocess.run(["import", "-window", "root", "-crop", crop, str(OUT / name)], check=True)
    print(OUT / name)


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
    tmp = Path(tempfile.mkdtemp())
    app = App(str(tmp / "shots.sqlite"), tmp / "settings.ini")
    app.settings.set("agent_name", "Lily")
    app.settings.set("shop_name", "Sunny Gadgets")
    w = app.window
    w.resize(1280, 760)
    w.move(0, 0)
    w.show()
    steps: list[Callable[[], None]] = [
        lambda: w.search.setText("运费"),
        lambda: shoot(w, "main-window.png"),
    ]
    if "--all" in sys.argv:
        steps += [
            lambda: w.search.setText("tracking"),
            lambda: w.copy_current(),
            lambda: w.fill.fields["buyer"].setText("Anna") if "buyer" in w.fill.fields else None,
            lambda: shoot(w, "fill-in.png"),
        ]
    run_steps(app.qapp, steps)
    app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
