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


def test_the_start_backup_is_made_after_the_window_and_only_when_the_library_changed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.core.safety.backups import backups

    db = tmp_path / "lib.sqlite"
    app = App(str(db), tmp_path / "settings.ini")  # the real threaded task runner
    try:
        assert app.tasks.threaded and backups(db) == []  # nothing before the window is up
        qtbot.waitUntil(lambda: [b.reason for b in backups(db)] == ["start"], timeout=10000)
    finally:
        app.window.close()
        app.close()
    # The first close wrote the agent's settings into the library: the next start backs up
    # that change; a start after it finds nothing new.
    for _ in range(2):
        before = [b.path for b in backups(db)]
        app = App(str(db), tmp_path / "settings.ini")
        try:
            qtbot.wait(300)
        finally:
            app.window.close()
            app.close()  # waits for the background worker: a backup under way finishes
    assert len(before) == 2 and [b.path for b in backups(db)] == before
