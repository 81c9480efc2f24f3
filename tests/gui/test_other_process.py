"""A reply added with the CLI (another process) while the window runs shows up in the window
without a restart (both runners)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow


def test_a_reply_added_by_the_cli_shows_up(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    w = any_window
    assert lib.path is not None
    qtbot.keyClicks(w.search, "quokka")
    qtbot.wait(100)
    assert not any("quokka" in e.en for e in w.model.entries())
    root = Path(__file__).resolve().parents[2]
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(lib.path),
            "add",
            "--scenario",
            "closing.thanks",
            "--en",
            "Thanks from the quokka team!",
            "--zh",
            "短尾矮袋鼠团队致谢！",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert added.returncode == 0, added.stderr
    w.watcher.look()  # the timer's next look, without waiting two seconds
    qtbot.waitUntil(lambda: any("quokka" in e.en for e in w.model.entries()), timeout=10000)
