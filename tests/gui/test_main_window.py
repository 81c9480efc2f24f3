"""The agent's window, driven through real widgets: search, copy, IME, keyboard, models."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.models import NodeRole, ReplyListModel, ScenarioTreeModel, SuggestionModel
from desktop.ui.search_box import IME_GRACE_MS


def commit_chinese(widget: object, text: str, preedit: str = "") -> None:
    """Type the way an input method does: a preedit (composition), then a commit string."""
    event = QInputMethodEvent(preedit, [])
    if not preedit:
        event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


PLAIN_EN = "Thanks a lot for the zebra order, have a lovely day!"
PLAIN_ZH = "非常感谢您的斑马订单，祝您愉快！"


def plain_row(window: MainWindow) -> int:
    """The row of the first visible reply without placeholders (copies without a form)."""
    return next(i for i, e in enumerate(window.model.entries()) if not e.placeholders)


def search_plain(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    """Add a reply with no blanks (it copies without the form) and search for it."""
    lib.add("closing.thanks", PLAIN_EN, PLAIN_ZH, title_en="Zebra thanks", title_zh="斑马致谢")
    qtbot.keyClicks(window.search, "zebra")
    window.results_view.select_row(plain_row(window))


def test_search_box_has_focus_at_start(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)


def test_typing_shows_results_and_detail(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "refund")
    assert window.model.rowCount() > 0
    entry = window.current_entry()
    assert entry is not None
    assert "refund" in (entry.en + " ".join(entry.examples) + entry.title_en).lower()
    assert window.detail.english.toPlainText() == entry.en
    assert window.detail.chinese.toPlainText() == entry.zh
    assert "#fde9b3" in window.detail.english.toHtml() or not entry.placeholders


def test_enter_copies_exact_english_and_counts_use(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    search_plain(qtbot, window, lib)
    entry = window.current_entry()
    assert entry is not None and not entry.placeholders
    with qtbot.waitSignal(window.copier.copied, timeout=2000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == entry.en
    stored = lib.get(entry.id)
    assert stored is not None and stored.uses == 1
    assert "✓" in window.statusBar().currentMessage()


def test_ctrl_c_and_shift_enter_copy(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    search_plain(qtbot, window, lib)
    entry = window.current_entry()
    assert entry is not None
    window.search.deselect()
    qtbot.keyClick(window.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == entry.en
    qtbot.keyClick(window.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == entry.zh


def test_ctrl_number_copies_nth_result(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    search_plain(qtbot, window, lib)
    row = plain_row(window)
    assert row < 9
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == window.model.entry(row).en  # type: ignore[union-attr]


def test_copy_button_on_a_row(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    search_plain(qtbot, window, lib)
    row = plain_row(window)
    index = window.model.index(row, 0)
    option = QStyleOptionViewItem()
    option.rect = window.results.visualRect(index)
    option.font = window.results.font()
    center = window.results_view.delegate.button_center(option)
    assert isinstance(center, QPoint)
    with qtbot.waitSignal(window.copier.copied, timeout=2000):
        qtbot.mouseClick(window.results.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert QGuiApplication.clipboard().text() == window.model.entry(row).en  # type: ignore[union-attr]


def test_chinese_input_method_commit_searches(qtbot: QtBot, window: MainWindow) -> None:
    commit_chinese(window.search, "运费")
    assert window.search.text() == "运费"
    assert window.model.rowCount() > 0
    entry = window.current_entry()
    assert entry is not None and "运费" in entry.zh + entry.title_zh + "".join(entry.tags)


def test_enter_that_commits_an_ime_composition_never_copies(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    lib.add("closing.thanks", PLAIN_EN, "运费谢谢，祝您愉快！", title_zh="运费致谢")
    QGuiApplication.clipboard().setText("untouched")
    copies: list[str] = []
    window.copier.copied.connect(copies.append)
    commit_chinese(window.search, "", preedit="yunfei")  # composition open
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # the Enter that picks the candidate
    commit_chinese(window.search, "运费")  # the input method commits
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # delivered right after the commit
    assert copies == [] and QGuiApplication.clipboard().text() == "untouched"
    qtbot.wait(IME_GRACE_MS + 50)
    window.results_view.select_row(
        next(i for i, e in enumerate(window.model.entries()) if not e.placeholders)
    )
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # a real Enter, later: copies
    assert len(copies) == 1


def test_arrow_keys_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "ship")
    first = window.current_entry()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    second = window.current_entry()
    assert first is not None and second is not None and first.id != second.id
    qtbot.keyClick(window.search, Qt.Key.Key_Up)
    assert window.current_entry() == first
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.model.rowCount() > 0


def test_no_results_shows_a_hint(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "zqxjv")
    assert window.model.rowCount() == 0
    assert window.results_view.empty.isVisible() and "zqxjv" in window.results_view.empty.text()
    assert not window.detail.copy_en.isEnabled()


def test_tree_browses_scenarios_with_counts(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    index = window.tree_model.index_of(("scenario", "shipping.tracking"))
    assert index.data().endswith(f"({lib.scenario_counts()['shipping.tracking']})")
    window.tree.setCurrentIndex(index)
    assert window.model.rowCount() == lib.scenario_counts()["shipping.tracking"]
    assert {e.scenario for e in window.model.entries()} == {"shipping.tracking"}
    stage = window.tree_model.index_of(("stage", "customs"))
    window.tree.setCurrentIndex(stage)
    assert {e.stage for e in window.model.entries()} == {"customs"}


def test_favourites_view_and_empty_state(qtbot: QtBot, window: MainWindow) -> None:
    window.tree.setCurrentIndex(window.tree_model.index_of(("view", "favorites")))
    assert window.model.rowCount() == 0 and "Ctrl+D" in window.results_view.empty.text()
    window.tree.setCurrentIndex(window.tree_model.index_of(("view", "all")))
    entry = window.current_entry()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.tree.setCurrentIndex(window.tree_model.index_of(("view", "favorites")))
    assert [e.id for e in window.model.entries()] == [entry.id]  # type: ignore[union-attr]
    assert window.tree_model.index_of(("view", "favorites")).data().endswith("(1)")


def test_buyer_message_groups_suggestions_by_question(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_message()
    message = "Hi, do you have this dress in size L?\nHow much is shipping to Spain?"
    with qtbot.waitSignal(window.message_page.suggestionsShown, timeout=3000) as blocker:
        window.message.setPlainText(message)
    assert blocker.args[0] >= 2
    model = window.message_page.model
    assert model.rowCount() >= 2
    first_group = model.index(0, 0)
    assert model.rowCount(first_group) >= 1
    entry = window.current_entry()
    assert entry is not None and window.detail.entry == entry


def test_threaded_runner_delivers_on_gui_thread(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    win = make_window(threaded=True)
    with qtbot.waitSignal(win.results_view.resultsShown, timeout=5000):
        win.search.setText("customs")
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and not win.results_view.busy, timeout=5000)
    assert any("custom" in (e.en + e.title_en).lower() for e in win.model.entries())


def test_models_pass_modeltester(qtmodeltester, lib: Library) -> None:  # type: ignore[no-untyped-def]
    replies = ReplyListModel()
    replies.set_entries(lib.search("shipping", 30))
    qtmodeltester.check(replies)
    tree = ScenarioTreeModel(chinese=True)
    tree.set_counts(lib.scenario_counts(), lib.view_counts())
    qtmodeltester.check(tree)
    assert tree.index_of(("stage", "price")).data(NodeRole) == ("stage", "price")
    groups = lib.suggest_groups("where is my parcel? also can I get a discount for 10 pieces?")
    suggestions = SuggestionModel()
    suggestions.set_groups(groups, lib.existing(i for g in groups for i in g.entry_ids))
    qtmodeltester.check(suggestions)


def test_selftest_passes_offscreen(run_cli) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli("gui", "--selftest")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.strip().splitlines()]
    # the timings, the checker, the panels built, the suggestion step
    report, checker, built, suggested = lines
    assert "panels_rss_mb" in built
    assert report["ok"] and report["results"] > 0 and report["copied_id"]
    # "ok" holds only when the reply, its blanks typed into the form, reached the clipboard
    assert checker["compliance"] == {"patterns": True, "model": True}
    assert suggested["suggestions"] > 0


def test_a_failed_search_says_what_to_do_and_frees_the_next_one(
    qtbot: QtBot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = lib.search

    def locked(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(lib, "search", locked)
    qtbot.keyClicks(window.search, "refund")
    message = window.statusBar().currentMessage()
    assert "another program" in message and "OperationalError" not in message
    assert not window.results_view.busy
    monkeypatch.setattr(lib, "search", real)
    qtbot.keyClicks(window.search, "s")
    assert window.model.rowCount() > 0
