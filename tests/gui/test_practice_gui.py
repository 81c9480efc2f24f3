"""A whole practice session in the panel, with both task runners; the handbook's links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.practice.progress import load
from desktop.ui.handbook_panel import HandbookPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.practice_panel import SESSION, PracticePanel


def practice(qtbot: QtBot, window: MainWindow) -> PracticePanel:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel = window.panels.widgets["practice"]
    assert isinstance(panel, PracticePanel)
    qtbot.waitUntil(lambda: panel.start.isVisible() and bool(panel._entries), timeout=10_000)
    return panel


def test_a_session_is_answered_summarised_and_saved(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    panel = practice(qtbot, any_window)
    panel.kind.setCurrentIndex(panel.kind.findData("flashcards"))
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    for n in range(SESSION):
        q = panel.current()
        assert q is not None and panel.options[q.answer].text() == q.options[q.answer]
        pick = q.answer if n % 2 == 0 else (q.answer + 1) % 4  # half right
        with qtbot.waitSignal(panel.answered) as blocker:
            qtbot.mouseClick(panel.options[pick], Qt.MouseButton.LeftButton)
        assert blocker.args == [pick == q.answer]
        assert not panel.options[pick].isEnabled() and panel.next.isEnabled()
        if n < SESSION - 1:
            qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.sessionFinished) as done:
        qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert done.args == [SESSION // 2, SESSION]
    assert "5" in panel.prompt.text() and "10" in panel.prompt.text()
    qtbot.waitUntil(lambda: load(lib).kinds.get("flashcards") == [5, 10], timeout=10_000)
    qtbot.waitUntil(lambda: "1" in panel.status.text(), timeout=10_000)  # a one-day streak


def test_handbook_links_open_situations_and_quizzes(qtbot: QtBot, window: MainWindow) -> None:
    handbook = window.panels.widgets["handbook"]
    assert isinstance(handbook, HandbookPanel)
    text = handbook.view.toPlainText()
    assert "售前四大关注点" in text or "four" in text.lower()
    with qtbot.waitSignal(window.services.hub.openScenario) as opened:
        handbook.view.anchorClicked.emit(QUrl("scenario:price.bulk_quote"))
    assert opened.args == ["price.bulk_quote"]
    assert window.results_view.node == ("scenario", "price.bulk_quote")
    practice_panel = window.panels.widgets["practice"]
    assert isinstance(practice_panel, PracticePanel)
    handbook.view.anchorClicked.emit(QUrl("practice:tone"))
    assert window.panels.docks["practice"].isVisible()
    assert practice_panel.current() is not None and practice_panel.current().kind == "tone"  # type: ignore[union-attr]
