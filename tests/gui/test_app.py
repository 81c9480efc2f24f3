"""The application object: start-up on a fresh library, language switch rebuilds the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.app import App


def test_language_switch_rebuilds_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    app = App(str(tmp_path / "lib.sqlite"), tmp_path / "settings.ini")
    try:
        first = app.window
        assert first.act_new.text() == "新建回复"  # Chinese by default
        app.settings.set("ui_language", "en")
        first.languageChanged.emit("en")
        qtbot.waitUntil(lambda: app.window is not first, timeout=3000)
        assert app.window.act_new.text() == "New reply"
        assert app.window.tree_model.index_of(("stage", "price")).data().startswith("Price")
    finally:
        app.translations.apply("en")
        app.window.close()
        app.close()
