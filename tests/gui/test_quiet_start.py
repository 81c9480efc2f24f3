"""Start-up's background work waits for the agent's first pause (the real threaded runner)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from desktop.ui import startup
from desktop.ui.app import App
from desktop.ui.tasks import TaskRunner


def test_held_background_tasks_start_at_release_in_order_and_library_tasks_do_not_wait(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    scope = runner.scope()
    got: list[str] = []
    try:
        runner.hold()
        assert runner.holding and scope.holding  # one hold for every scope of it
        scope.submit(lambda: "warm 1", got.append, background=True)
        scope.when_released(lambda: got.append("callback"))
        scope.submit(lambda: "warm 2", got.append, background=True)
        scope.submit(lambda: "search", got.append)  # the agent's own work: never held
        qtbot.waitUntil(lambda: got == ["search"], timeout=3000)
        qtbot.wait(100)
        assert got == ["search"]
        runner.release()
        qtbot.waitUntil(lambda: len(got) == 4, timeout=3000)
        assert sorted(got) == ["callback", "search", "warm 1", "warm 2"]
        assert got.index("warm 1") < got.index("warm 2")  # one worker, in the order held
        assert not runner.holding
        scope.when_released(lambda: got.append("now"))  # not held: at once
        assert got[-1] == "now"
    finally:
        runner.shutdown()


def test_what_a_shut_scope_had_held_never_runs(qtbot: QtBot) -> None:
    runner = TaskRunner()
    scope = runner.scope()
    ran = threading.Event()
    try:
        runner.hold()
        scope.submit(ran.set, lambda _: None, background=True)
        scope.when_released(ran.set)
        scope.shutdown()  # the window went (a language switch) before the pause
        runner.release()
        qtbot.wait(200)
        assert not ran.is_set()
    finally:
        runner.shutdown()


def test_a_synchronous_runner_holds_nothing() -> None:
    runner = TaskRunner(synchronous=True)
    got: list[int] = []
    runner.hold()
    runner.submit(lambda: 1, got.append, background=True)
    assert got == [1] and not runner.holding


def test_the_pause_starts_again_with_each_key_and_the_hold_ends_at_the_latest_cap(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLineEdit, QWidget

    monkeypatch.setattr(startup, "QUIET_MS", 150)
    monkeypatch.setattr(startup, "MAX_HOLD_MS", 5000)
    runner, parent, box = TaskRunner(), QObject(), QLineEdit()
    qtbot.addWidget(box)
    box.show()
    try:
        quiet = startup.QuietStart(runner, parent)
        window = QWidget()
        qtbot.addWidget(window)
        quiet.watch(window)
        qtbot.wait(400)
        assert runner.holding  # the pause is counted from the window's first show
        window.show()
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 0.5:  # typing for half a second, a key every 50 ms
            qtbot.keyClick(box, Qt.Key.Key_A)
            qtbot.wait(50)
            assert runner.holding
        qtbot.waitUntil(lambda: not runner.holding, timeout=2000)  # the pause came
        quiet.nudge()  # after the release: nothing to hold
        assert not runner.holding
    finally:
        runner.shutdown()

    monkeypatch.setattr(startup, "MAX_HOLD_MS", 300)
    capped = TaskRunner()
    try:
        quiet = startup.QuietStart(capped, parent)
        t0 = time.perf_counter()
        while capped.holding and time.perf_counter() - t0 < 3:  # busy all along
            quiet.nudge()
            qtbot.wait(20)
        assert not capped.holding and time.perf_counter() - t0 < 1.5
    finally:
        capped.shutdown()


def test_app_start_holds_the_warming_until_the_first_search_and_copy_are_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The real App: searching and copying right after the start (as the selftest does)
    keeps the background worker idle; the pause after them starts it."""
    app = App(str(tmp_path / "lib.sqlite"), tmp_path / "settings.ini")
    try:
        window = app.window
        window.show()
        assert app.tasks.holding
        shown: list[int] = []
        window.results_view.resultsShown.connect(shown.append)
        window.search.setText("shipping")
        qtbot.waitUntil(lambda: bool(shown) and window.current_entry() is not None, timeout=5000)
        assert app.tasks.holding  # the search came within the pause
        qtbot.waitUntil(lambda: not app.tasks.holding, timeout=5000)
    finally:
        app.window.close()
        app.close()


def test_a_panel_open_at_start_says_it_is_loading_until_the_pause_then_is_built(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.buyer import BuyerPanel

    app = App(str(tmp_path / "lib.sqlite"), tmp_path / "settings.ini")
    try:
        window = app.window
        window.show()
        dock = window.panels.docks["buyer"]  # open by default
        assert app.tasks.holding
        waiting = dock.widget()
        assert isinstance(waiting, QLabel) and waiting.text() == "正在载入…"
        qtbot.waitUntil(lambda: isinstance(dock.widget(), BuyerPanel), timeout=10000)
        assert not app.tasks.holding
    finally:
        app.window.close()
        app.close()
