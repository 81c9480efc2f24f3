"""The first window, driven through real widgets."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.models import ReplyListModel
from desktop.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


def commit_chinese(widget: object, text: str) -> None:
    """Type Chinese the way an input method does: one commit string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_search_box_has_focus_at_start(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_typing_shows_results_and_detail(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "refund")
    assert window.model.rowCount() > 0
    entry = window.current_entry()
    assert entry is not None
    assert "refund" in (entry.en + " ".join(entry.examples) + entry.title_en).lower()
    assert window.english.toPlainText() == entry.en
    assert window.chinese.toPlainText() == entry.zh


def test_enter_copies_english_and_counts_use(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    qtbot.keyClicks(window.search, "tracking")
    entry = window.current_entry()
    assert entry is not None
    with qtbot.waitSignal(window.copied, timeout=2000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == entry.en
    stored = lib.get(entry.id)
    assert stored is not None and stored.uses == 1


def test_copy_chinese_button(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "discount")
    entry = window.current_entry()
    assert entry is not None
    qtbot.mouseClick(window.copy_zh, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == entry.zh


def test_chinese_input_method_commit_searches(qtbot: QtBot, window: MainWindow) -> None:
    commit_chinese(window.search, "运费")
    assert window.search.text() == "运费"
    assert window.model.rowCount() > 0
    entry = window.current_entry()
    assert entry is not None and "运费" in entry.zh + entry.title_zh + "".join(entry.tags)


def test_arrow_keys_move_through_results(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "ship")
    first = window.current_entry()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    second = window.current_entry()
    assert first is not None and second is not None and first.id != second.id
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    assert window.current_entry() == first


def test_no_results_shows_a_hint_and_disables_copy(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "zqxjv")
    assert window.model.rowCount() == 0
    assert window.empty.isVisible() and "zqxjv" in window.empty.text()
    assert not window.copy_en.isEnabled()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.model.rowCount() > 0


def test_threaded_runner_delivers_on_gui_thread(qtbot: QtBot, lib: Library) -> None:
    tasks = TaskRunner()
    win = MainWindow(lib, tasks)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.resultsShown, timeout=5000):
        win.search.setText("customs")
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and not win._busy, timeout=5000)
    assert any("custom" in (e.en + e.title_en).lower() for e in win.model._entries)
    tasks.shutdown()


def test_reply_model_passes_modeltester(qtmodeltester, lib: Library) -> None:  # type: ignore[no-untyped-def]
    model = ReplyListModel()
    model.set_entries(lib.search("shipping", 30))
    qtmodeltester.check(model)


def test_selftest_passes_offscreen(run_cli) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli("gui", "--selftest")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["ok"] and report["results"] > 0 and report["copied_id"]
