"""A full disk or a read-only data folder: a clear sentence, the window keeps running and the
agent's edit stays in its dialog (both runners)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.core import Library, open_library
from desktop.ui import editor
from desktop.ui.main_window import MainWindow

#: Many distinct words: the search indexes need new pages for them.
LONG = "A long reply: " + " ".join(f"word{i}" for i in range(550))


def test_disk_full_keeps_the_edit_in_its_dialog(
    qtbot: QtBot, any_window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = any_window
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
    shown: list[tuple[str, str]] = []

    def fake_exec(self: editor.ReplyEditor) -> int:
        shown.append((self.en.toPlainText(), self.error.text()))
        if len(shown) == 1:
            self.en.setPlainText(LONG)
            self.zh.setPlainText("代理花了十分钟写的长回复" * 300)
            return 1  # the agent presses Save
        return 0  # the second time, the agent sees the reason and closes it

    monkeypatch.setattr(editor.ReplyEditor, "exec", fake_exec)
    w.editing.new_reply()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    text, reason = shown[1]
    assert text == LONG.strip()  # the edit is still in the dialog
    assert "disk is full" in reason
    assert w.isVisible()
    lib.db.execute("PRAGMA max_page_count = 1073741823")


def test_read_only_data_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library SQLite may only read (a read-only folder or file; simulated with a read-only
    connection, since the tests run as root, whom file modes do not stop)."""
    from desktop.core.library import connection

    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    real_connect = sqlite3.connect

    def read_only(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if target == str(path):
            kwargs["uri"] = True
            return real_connect(f"{path.as_uri()}?mode=ro", *args, **kwargs)  # type: ignore[arg-type]
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(connection.sqlite3, "connect", read_only)
    code = main(
        ["--db", str(path), "add", "--scenario", "closing.thanks", "--en", "x", "--zh", "y"]
    )
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "read-only" in err  # said plainly, not only in SQLite's words


def test_disk_full_in_the_cli_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    real_connect = sqlite3.connect

    def full_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if pages:
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", full_connect)
    code = main(
        [
            "--db",
            str(path),
            "add",
            "--scenario",
            "closing.thanks",
            "--en",
            LONG,
            "--zh",
            "长回复" * 400,
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "full" in err and len(err.strip().splitlines()) == 1


def test_read_only_data_keeps_the_edit_in_its_dialog(
    qtbot: QtBot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder turned read-only under the running window (root ignores modes, so the
    library's write fails the way SQLite fails it there)."""

    def read_only(*_args: object, **_kwargs: object) -> str:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(lib, "add", read_only)
    shown: list[tuple[str, str]] = []

    def fake_exec(self: editor.ReplyEditor) -> int:
        shown.append((self.en.toPlainText(), self.error.text()))
        if len(shown) == 1:
            self.en.setPlainText("My careful reply")
            self.zh.setPlainText("我认真写的回复")
            return 1
        return 0

    monkeypatch.setattr(editor.ReplyEditor, "exec", fake_exec)
    window.editing.new_reply()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert shown[1][0] == "My careful reply" and "read-only" in shown[1][1]
    assert window.isVisible()
