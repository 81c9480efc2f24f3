"""Every key the F1 help lists is pressed here and does what the help says.

The help table is built from the bindings themselves (MainWindow.shortcut_list); this test
fails when a listed key has no check below, so a key cannot be listed without being pressed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui import dialogs, editor, log_dialog
from desktop.ui.main_window import MainWindow
from tests.gui.test_main_window import PLAIN_EN, PLAIN_ZH, plain_row, search_plain

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Check = Callable[[QtBot, MainWindow, Library, list[str]], None]


def _focus_search(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    for key in (Qt.Key.Key_F, Qt.Key.Key_K):
        w.results.setFocus()
        qtbot.keyClick(w, key, Ctrl)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search)


def _focus_message(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClick(w, Qt.Key.Key_L, Ctrl)
    assert w.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.message)


def _move(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    assert w.results.currentIndex().row() == 0
    qtbot.keyClick(w.search, Qt.Key.Key_Down)
    assert w.results.currentIndex().row() == 1
    qtbot.keyClick(w.search, Qt.Key.Key_PageDown)
    assert w.results.currentIndex().row() == 9
    qtbot.keyClick(w.search, Qt.Key.Key_PageUp)
    qtbot.keyClick(w.search, Qt.Key.Key_Up)
    assert w.results.currentIndex().row() == 0


def _copy_english(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    search_plain(qtbot, w, lib)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == PLAIN_EN
    QGuiApplication.clipboard().clear()
    w.search.deselect()
    qtbot.keyClick(w.search, Qt.Key.Key_C, Ctrl)
    assert QGuiApplication.clipboard().text() == PLAIN_EN


def _copy_chinese(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    search_plain(qtbot, w, lib)
    qtbot.keyClick(w.search, Qt.Key.Key_Return, Shift)
    assert QGuiApplication.clipboard().text() == PLAIN_ZH
    QGuiApplication.clipboard().clear()
    w.results.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_C, Ctrl | Shift)
    assert QGuiApplication.clipboard().text() == PLAIN_ZH


def _copy_nth(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    search_plain(qtbot, w, lib)
    row = plain_row(w)
    qtbot.keyClick(w, Qt.Key(Qt.Key.Key_1 + row), Ctrl)
    assert QGuiApplication.clipboard().text() == PLAIN_EN


def _escape(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    assert w.search.text() == ""
    entry = next(e for e in w.model.entries() if e.placeholders)
    w.copier.copy(entry)
    assert w.fill.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not w.fill.isVisible()


def _tab(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    entry = next(e for e in w.model.entries() if len(e.placeholders) >= 2)
    w.copier.copy(entry)
    first = QApplication.focusWidget()
    assert w.fill.isAncestorOf(first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not first and w.fill.isAncestorOf(second)


def _favourite(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    entry = w.current_entry()
    assert entry is not None and not entry.favorite
    qtbot.keyClick(w, Qt.Key.Key_D, Ctrl)
    stored = lib.get(entry.id)
    assert stored is not None and stored.favorite


def _edit(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    qtbot.keyClick(w, Qt.Key.Key_E, Ctrl)
    assert opened == ["editor: Edit reply"]


def _new(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClick(w, Qt.Key.Key_N, Ctrl)
    assert opened == ["editor: New reply"]


def _undo(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClicks(w.search, "refund")
    entry = w.current_entry()
    assert entry is not None
    w.editing.delete()
    assert lib.get(entry.id) is None
    qtbot.keyClick(w, Qt.Key.Key_Z, Ctrl)
    assert lib.get(entry.id) is not None


def _toggle(action: str, shown: Callable[[MainWindow], bool], key: Qt.Key) -> Check:
    def check(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
        before = shown(w)
        qtbot.keyClick(w, key, Ctrl)
        qtbot.waitUntil(lambda: shown(w) != before)

    check.__name__ = action
    return check


def _opens(panel: str, key: Qt.Key, focused: Callable[[QWidget], QWidget]) -> Check:
    """The panel's key shows its dock on screen with the cursor in its first field."""

    def check(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
        qtbot.keyClick(w, key, Ctrl)
        dock = w.panels.docks[panel]
        qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
        assert QApplication.focusWidget() is focused(w.panels.widgets[panel])

    check.__name__ = f"opens_{panel}"
    return check


_quote = _opens("quote", Qt.Key.Key_P, lambda p: p.fields["cost"])  # type: ignore[attr-defined]
_draft = _opens("draft", Qt.Key.Key_J, lambda p: p.editor)  # type: ignore[attr-defined]
_handbook = _opens("handbook", Qt.Key.Key_H, lambda p: p.view)  # type: ignore[attr-defined]
_practice = _opens("practice", Qt.Key.Key_R, lambda p: p.kind)  # type: ignore[attr-defined]
_report = _opens("report", Qt.Key.Key_W, lambda p: p.log_button)  # type: ignore[attr-defined]


def _safety(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClick(w, Qt.Key.Key_S, Ctrl | Shift)
    dock = w.panels.docks["safety"]
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert QApplication.focusWidget() is w.panels.widgets["safety"].backup_button  # type: ignore[attr-defined]


def _log(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    """Ctrl+G opens "log an inquiry" (the panel closed) and what it saves is in the log."""
    before = lib.inquiry_total()
    qtbot.keyClick(w, Qt.Key.Key_G, Ctrl)
    assert opened == ["log: Log an inquiry"]
    assert lib.inquiry_total() == before + 1


def _settings(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClick(w, Qt.Key.Key_Comma, Ctrl)
    assert opened == ["settings"]


def _help(qtbot: QtBot, w: MainWindow, lib: Library, opened: list[str]) -> None:
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert opened == ["help"]


CHECKS: dict[str, Check] = {
    "Ctrl+F / Ctrl+K": _focus_search,
    "Ctrl+L": _focus_message,
    "↑ ↓ PgUp PgDn": _move,
    "Enter / Ctrl+C": _copy_english,
    "Shift+Enter / Ctrl+Shift+C": _copy_chinese,
    "Ctrl+1 … Ctrl+9": _copy_nth,
    "Esc": _escape,
    "Tab": _tab,
    "Ctrl+D": _favourite,
    "Ctrl+E": _edit,
    "Ctrl+Z": _undo,
    "Ctrl+N": _new,
    "Ctrl+M": _toggle("compact", lambda w: w.state.is_compact(), Qt.Key.Key_M),
    "Ctrl+T": _toggle(
        "on top",
        lambda w: bool(w.windowFlags() & Qt.WindowType.WindowStaysOnTopHint),
        Qt.Key.Key_T,
    ),
    "Ctrl+,": _settings,
    "F1": _help,
    "Ctrl+B": _toggle("buyer panel", lambda w: w.panels.docks["buyer"].isVisible(), Qt.Key.Key_B),
    "Ctrl+P": _quote,
    "Ctrl+J": _draft,
    "Ctrl+H": _handbook,
    "Ctrl+R": _practice,
    "Ctrl+W": _report,
    "Ctrl+G": _log,
    "Ctrl+Shift+S": _safety,
}


def test_every_listed_key_has_a_check(window: MainWindow) -> None:
    listed = [keys for keys, _ in window.shortcut_list()]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(CHECKS)


@pytest.mark.parametrize("keys", list(CHECKS))
def test_each_listed_key_does_what_the_help_says(
    keys: str,
    qtbot: QtBot,
    window: MainWindow,
    lib: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        editor.ReplyEditor,
        "exec",
        lambda self: opened.append("editor: " + self.windowTitle()) or 0,
    )
    monkeypatch.setattr(dialogs.SettingsDialog, "exec", lambda self: opened.append("settings") or 0)
    monkeypatch.setattr(dialogs.ShortcutHelp, "exec", lambda self: opened.append("help") or 0)
    monkeypatch.setattr(
        log_dialog.LogDialog, "exec", lambda self: opened.append("log: " + self.windowTitle()) or 1
    )
    window.activateWindow()
    window.focus_search()
    CHECKS[keys](qtbot, window, lib, opened)
