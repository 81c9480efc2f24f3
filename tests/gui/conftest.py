"""GUI fixtures: a main window on a fresh library and fresh settings, synchronous tasks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.tasks import TaskRunner

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings in a temporary INI file, never the user's."""
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot: QtBot, lib: Library, settings: Settings) -> Iterator[MakeWindow]:
    """Build a shown main window; ``language`` picks the UI translation (default English)."""
    made: list[tuple[MainWindow, TaskRunner]] = []
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]

    def make(language: str = "en", library: Library | None = None) -> MainWindow:
        translations.apply(language)
        tasks = TaskRunner(synchronous=True)
        win = MainWindow(library or lib, tasks, settings, chinese_ui=language != "en")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        made.append((win, tasks))
        return win

    yield make
    translations.apply("en")
    for win, tasks in made:
        win.close()
        tasks.shutdown()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
