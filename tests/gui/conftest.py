"""GUI fixtures: a main window on a fresh library and fresh settings; synchronous tasks, or the
real threaded runner for the main flows (``any_window``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.services import Services
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

    def make(
        language: str = "en", library: Library | None = None, threaded: bool = False
    ) -> MainWindow:
        translations.apply(language)
        tasks = TaskRunner(synchronous=not threaded)
        win = MainWindow(Services(library or lib, tasks, settings, chinese=language != "en"))
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


@pytest.fixture(params=["synchronous", "threaded"])
def any_window(request: pytest.FixtureRequest, make_window: MakeWindow) -> MainWindow:
    """The main flows run twice: with the synchronous runner and with the real worker thread,
    which finds replies arriving after the GUI moved on (tests wait on signals, never sleep)."""
    return make_window(threaded=request.param == "threaded")
