"""The main flows, each run twice (``any_window``): with the synchronous task runner and with
the real worker thread, where replies come back after the GUI has moved on. Tests wait on
signals and conditions, never on time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.editor import ReplyEditor
from desktop.ui.main_window import MainWindow
from tests.gui.test_editing_gui import with_modal
from tests.gui.test_main_window import PLAIN_EN, PLAIN_ZH

TIMEOUT = 10_000


def current_text(window: MainWindow) -> str:
    entry = window.current_entry()
    return (entry.en + entry.title_en).lower() if entry else ""


def shown(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type ``text`` in the search box and wait until its results are on screen."""
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(
        lambda: (
            not window.results_view.busy
            and window.model.rowCount() > 0
            and window.current_entry() is not None
            and text in current_text(window)
        ),
        timeout=TIMEOUT,
    )


def test_search_shows_replies_and_the_reply_pane(qtbot: QtBot, any_window: MainWindow) -> None:
    window = any_window
    shown(qtbot, window, "refund")
    assert any(h and "refund".startswith(h) for h in window.results_view.delegate.highlights)
    qtbot.waitUntil(lambda: window.detail.entry == window.current_entry(), timeout=TIMEOUT)


def test_buyer_message_gets_suggestions(qtbot: QtBot, any_window: MainWindow) -> None:
    window = any_window
    window.focus_message()
    page = window.message_page
    with qtbot.waitSignal(page.suggestionsShown, timeout=TIMEOUT) as blocker:
        page.message.setPlainText("where is my package? it has been three weeks")
    assert blocker.args[0] >= 1
    entry = window.current_entry()
    assert entry is not None and entry.stage == "shipping"
    qtbot.waitUntil(lambda: window.detail.entry == entry, timeout=TIMEOUT)


def test_copy_puts_the_reply_on_the_clipboard(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    window = any_window
    lib.add("closing.thanks", PLAIN_EN, PLAIN_ZH, title_en="Zebra thanks", title_zh="斑马致谢")
    shown(qtbot, window, "zebra")
    with qtbot.waitSignal(window.copier.copied, timeout=TIMEOUT):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == PLAIN_EN
    qtbot.keyClick(window.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == PLAIN_ZH


def test_fill_in_then_copy(qtbot: QtBot, any_window: MainWindow, lib: Library) -> None:
    window = any_window
    lib.add(
        "shipping.tracking",
        "Hi {buyer}, your tracking is {tracking}.",
        "{buyer}您好，单号是{tracking}。",
        title_en="Quagga tracking",
    )
    shown(qtbot, window, "quagga")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.fill.isVisible()
    qtbot.keyClicks(window.fill.fields["buyer"], "Anna")
    qtbot.keyClicks(window.fill.fields["tracking"], "LX123CN")
    with qtbot.waitSignal(window.copier.copied, timeout=TIMEOUT):
        qtbot.keyClick(window.fill.fields["tracking"], Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Hi Anna, your tracking is LX123CN."
    assert not window.fill.isVisible()


def test_edit_saves_and_shows_the_edited_reply(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    window = any_window
    shown(qtbot, window, "refund")
    entry = window.current_entry()
    assert entry is not None

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyEditor)
        dialog.en.setPlainText("Your refund is on its way, {buyer}.")
        dialog.zh.setPlainText("{buyer}，您的退款已经在路上了。")
        dialog.accept()

    errors = with_modal(qtbot, edit)
    with qtbot.waitSignal(window.services.hub.libraryChanged, timeout=TIMEOUT):
        window.editing.edit()
    assert errors == []
    stored = lib.get(entry.id)
    assert stored is not None and stored.en == "Your refund is on its way, {buyer}."
    qtbot.waitUntil(
        lambda: window.detail.entry is not None and window.detail.entry.en == stored.en,
        timeout=TIMEOUT,
    )
    # the list was queried again: the edited reply is still the selected one
    qtbot.waitUntil(lambda: current_text(window).startswith("your refund is on"), timeout=TIMEOUT)


def test_delete_and_undo(qtbot: QtBot, any_window: MainWindow, lib: Library) -> None:
    window = any_window
    shown(qtbot, window, "refund")
    entry = window.current_entry()
    assert entry is not None
    with qtbot.waitSignal(window.editing.saved, timeout=TIMEOUT):
        qtbot.mouseClick(window.detail.delete, Qt.MouseButton.LeftButton)
    assert lib.get(entry.id) is None
    qtbot.waitUntil(
        lambda: (
            not window.results_view.busy and entry.id not in [e.id for e in window.model.entries()]
        ),
        timeout=TIMEOUT,
    )
    assert window.editing.undo.isVisible()
    with qtbot.waitSignal(window.editing.saved, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.get(entry.id) is not None
    qtbot.waitUntil(lambda: entry.id in [e.id for e in window.model.entries()], timeout=TIMEOUT)
    assert not window.editing.undo.isVisible()
