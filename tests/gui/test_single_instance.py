"""A second ``borderdesk`` launch on the same library brings the running window to the front
and exits (two real processes, a local socket, no network)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.ui.single import ask_running, server_name


def test_a_second_launch_raises_the_first_window_and_exits(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "desktop", "--db", str(db)]
    first = subprocess.Popen(
        command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        name = server_name(str(db))
        deadline = time.monotonic() + 60
        while not _listening(name) and time.monotonic() < deadline:
            assert first.poll() is None, "the first window did not start"
            time.sleep(0.2)
        started = time.monotonic()
        second = subprocess.run(
            command, cwd=root, env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0 and "already running" in second.stdout
        assert time.monotonic() - started < 30
        assert first.poll() is None  # the first window is still there
        logs = list(home.rglob("borderdesk.log"))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            "brought the window to the front" in p.read_text(encoding="utf-8") for p in logs
        ):
            time.sleep(0.2)
            logs = list(home.rglob("borderdesk.log"))
        assert any("brought the window to the front" in p.read_text(encoding="utf-8") for p in logs)
    finally:
        first.kill()
        first.wait(timeout=30)


def _listening(name: str) -> bool:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket

    _app = QCoreApplication.instance() or QCoreApplication([])
    socket = QLocalSocket()
    socket.connectToServer(name)
    ok = socket.waitForConnected(200)
    socket.abort()  # only looking: no "raise" sent
    return ok


def test_no_window_no_answer(tmp_path: Path) -> None:
    assert not ask_running(server_name(str(tmp_path / "none.sqlite")))
