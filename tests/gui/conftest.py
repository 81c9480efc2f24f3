"""GUI fixtures: a main window on a fresh library, with a synchronous task runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, lib: Library) -> Iterator[MainWindow]:
    tasks = TaskRunner(synchronous=True)
    win = MainWindow(lib, tasks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    tasks.shutdown()
