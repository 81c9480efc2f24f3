"""A second ``borderdesk`` launch on the same library brings the running window to the front
and exits (two real processes, a lock file and a request file, no network)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.ui.single import ask_running, claim, running, server_name


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
        while not _listening(name, home) and time.monotonic() < deadline:
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


def _listening(name: str, home: Path) -> bool:
    """The first window holds its lock and has made its request file."""
    requests = list(home.rglob(f"{name}.raise"))
    return bool(requests) and running_in(home, name)


def running_in(home: Path, name: str) -> bool:
    saved = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    try:
        return running(name)
    finally:
        if saved is None:
            del os.environ["XDG_STATE_HOME"]
        else:
            os.environ["XDG_STATE_HOME"] = saved


def test_no_window_no_answer(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert not ask_running(server_name(str(tmp_path / "none.sqlite")))


def test_a_lock_is_held_once_and_taken_over_when_released(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    name = server_name(str(tmp_path / "lib.sqlite"))
    lock = claim(name)
    assert lock is not None and running(name) and claim(name) is None
    lock.unlock()
    assert not running(name)
    again = claim(name)
    assert again is not None
    again.unlock()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    name = server_name(str(tmp_path / "lib.sqlite"))
    code = (
        "import os, sys; from desktop.ui.single import claim; "
        f"lock = claim({name!r}); sys.stdout.write('held' if lock else 'no'); sys.stdout.flush(); "
        "os._exit(0)"  # a crash: the lock file stays behind
    )
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout == "held" and list((tmp_path / "state").rglob(f"{name}.lock"))
    lock = claim(name)
    assert lock is not None
    lock.unlock()
