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


def test_a_windows_task_scope_drops_the_results_that_arrive_after_it_is_shut(
    qtbot: QtBot,
) -> None:
    """A window rebuilt for another language shuts its scope: work its predecessor asked
    for still runs (on the shared workers) but calls back nobody, while the next window's
    results arrive. With the real threads: the callback lands after the rebuild."""
    import threading

    from desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    old, new = runner.scope(), runner.scope()
    release, ran, got = threading.Event(), threading.Event(), []

    def slow() -> str:
        release.wait(5)
        ran.set()
        return "old"

    try:
        old.submit(slow, got.append)
        new.submit(lambda: "new", got.append)
        old.shutdown()  # the old window goes while its task is still running
        release.set()
        qtbot.waitUntil(lambda: got == ["new"] or len(got) > 1, timeout=5000)
        qtbot.wait(100)  # room for a late delivery to the old scope
        assert ran.is_set() and got == ["new"]
        assert old.threaded and new.threaded  # the workers are shared, still running
        new.submit(lambda: "after", got.append)
        qtbot.waitUntil(lambda: got == ["new", "after"], timeout=5000)
    finally:
        runner.shutdown()


def test_the_start_backup_is_made_after_the_window_and_only_when_the_library_changed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.core.safety.backups import backups

    db = tmp_path / "lib.sqlite"
    app = App(str(db), tmp_path / "settings.ini")  # the real threaded task runner
    app.window.show()
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
        app.window.show()
        try:
            qtbot.waitUntil(lambda a=app: not a.tasks.holding, timeout=10000)  # its pause
            qtbot.wait(300)
        finally:
            app.window.close()
            app.close()  # waits for the background worker: a backup under way finishes
    assert len(before) == 2 and [b.path for b in backups(db)] == before
