"""Own replies in the window: add, edit, restore, duplicate, delete with undo, favourites."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.editor import ReplyEditor
from desktop.ui.main_window import MainWindow


def with_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it is shown; return what went wrong, if any."""
    errors: list[str] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        try:
            act(dialog)
        except Exception as exc:  # reported to the test, the dialog is closed
            errors.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(20, handle)
    return errors


def test_new_reply_through_the_editor(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyEditor)
        dialog.scenario.setCurrentIndex(dialog.scenario.findData("closing.thanks"))
        dialog.title_en.setText("Platypus thanks")
        dialog.en.setPlainText("Thank you, {buyer}!")
        dialog.accept()  # Chinese missing: refused, the dialog stays open
        assert dialog.isVisible() and "zh" in dialog.error.text()
        dialog.zh.setPlainText("谢谢您，{buyer}！")
        dialog.tags.setText("thanks, 感谢")
        dialog.accept()

    errors = with_modal(qtbot, fill)
    before = lib.count()
    window.editing.new_reply()
    assert errors == []
    assert lib.count() == before + 1
    mine = lib.browse(view="mine")
    assert mine[0].title_en == "Platypus thanks" and mine[0].tags == ("thanks", "感谢")


def test_edit_builtin_keeps_text_then_restore(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    window.tree.setCurrentIndex(window.tree_model.index_of(("scenario", "closing.thanks")))
    entry = window.current_entry()
    assert entry is not None and entry.builtin

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyEditor) and dialog.en.toPlainText() == entry.en
        dialog.en.setPlainText("My own thanks, {buyer}.")
        dialog.zh.setPlainText("我自己的感谢，{buyer}。")
        dialog.accept()

    with_modal(qtbot, edit)
    window.editing.edit()
    edited = lib.get(entry.id)
    assert edited is not None and edited.en == "My own thanks, {buyer}." and edited.edited
    assert window.detail.restore.isVisible()
    qtbot.mouseClick(window.detail.restore, Qt.MouseButton.LeftButton)
    assert lib.get(entry.id).en == entry.en  # type: ignore[union-attr]


def test_delete_and_undo(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    window.tree.setCurrentIndex(window.tree_model.index_of(("scenario", "order.cancel")))
    entry = window.current_entry()
    assert entry is not None
    count = window.model.rowCount()
    qtbot.mouseClick(window.detail.delete, Qt.MouseButton.LeftButton)
    assert lib.get(entry.id) is None and window.model.rowCount() == count - 1
    assert window.editing.undo.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.get(entry.id) is not None and window.model.rowCount() == count
    assert not window.editing.undo.isVisible()


def test_duplicate_as_mine(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    window.tree.setCurrentIndex(window.tree_model.index_of(("scenario", "price.gift_instead")))
    entry = window.current_entry()
    qtbot.mouseClick(window.detail.duplicate, Qt.MouseButton.LeftButton)
    mine = lib.browse(view="mine")
    assert len(mine) == 1 and mine[0].en == entry.en and not mine[0].builtin  # type: ignore[union-attr]


def test_favourite_survives_a_restart(qtbot: QtBot, make_window, lib: Library) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    entry = first.current_entry()
    qtbot.mouseClick(first.detail.favorite, Qt.MouseButton.LeftButton)
    assert "★" in first.detail.favorite.text()
    first.close()
    second = make_window()
    second.tree.setCurrentIndex(second.tree_model.index_of(("view", "favorites")))
    assert [e.id for e in second.model.entries()] == [entry.id]
