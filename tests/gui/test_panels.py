"""The panel registry: one row builds a dock, its action and shortcut, its help line and its
remembered state; panels hear the hub's countryChanged and libraryChanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui import panels
from desktop.ui.main_window import MainWindow
from desktop.ui.services import Services


class NotesPanel(QLabel):
    """A throwaway panel: it only writes down what the hub told it."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.heard: list[str] = []
        services.hub.countryChanged.connect(lambda code: self.heard.append(f"country {code}"))
        services.hub.libraryChanged.connect(lambda: self.heard.append("library"))


@pytest.fixture
def with_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    row = panels.Panel("notes", "Notes", "F9", NotesPanel)
    monkeypatch.setattr(panels, "PANELS", (*panels.PANELS, row))


def test_every_registered_panel_has_a_dock_an_action_and_a_help_line(window: MainWindow) -> None:
    help_keys = dict(window.shortcut_list())
    toolbar = window.toolbar.actions()
    for row in panels.PANELS:
        dock = window.panels.docks[row.name]
        assert dock.objectName() == f"{row.name}Dock"
        assert isinstance(window.panels.widgets[row.name], QWidget)
        action = window.panels.actions[row.name]
        assert action in toolbar and action.shortcut().toString() == row.shortcut
        assert help_keys[row.shortcut] == action.text()


def test_a_new_panel_is_one_row(
    qtbot: QtBot,
    with_notes: None,
    make_window,
    lib: Library,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    notes = window.panels.widgets["notes"]
    assert isinstance(notes, NotesPanel)
    assert ("F9", "Notes") in window.shortcut_list()
    assert not window.panels.docks["notes"].isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)  # the window is active
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.panels.docks["notes"].isVisible())
    window.set_country("BR")
    assert "country BR" in notes.heard
    lib_id = lib.browse("closing.thanks")[0].id
    window.results_view.select_when_shown(lib_id)
    window.open_scenario("closing.thanks")
    qtbot.waitUntil(lambda: window.current_entry() is not None)
    with qtbot.waitSignal(window.services.hub.libraryChanged):
        window.editing.duplicate()
    assert "library" in notes.heard
    window.close()
    again = make_window()
    assert again.panels.is_open("notes") and again.panels.docks["notes"].isVisible()


def test_closing_a_dock_is_remembered_and_compact_mode_hides_panels(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    dock = window.panels.docks["buyer"]
    assert dock.isVisible() and window.panels.actions["buyer"].isChecked()
    window.state.set_compact(True)
    assert not dock.isVisible() and window.panels.is_open("buyer")
    window.panels.set_open("quote", True)  # a panel that compact mode hides: full window
    assert not window.state.is_compact() and window.panels.docks["quote"].isVisible()
    dock.close()  # the dock's own close button
    assert not window.panels.is_open("buyer") and not window.panels.actions["buyer"].isChecked()
    window.close()
    again = make_window()
    assert not again.panels.docks["buyer"].isVisible() and again.panels.is_open("quote")


def test_a_panel_open_at_start_is_imported_on_the_worker_then_built(
    qtbot: QtBot,
    make_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """With the real threaded runner, the buyer panel (open at start) has its modules imported
    on the background worker, then is built on the GUI thread after the first paint."""
    import importlib
    import threading

    imported_on: list[str] = []
    real = importlib.import_module

    def watch(name: str, package: str | None = None):  # type: ignore[no-untyped-def]
        if name == "desktop.ui.buyer":
            imported_on.append(threading.current_thread().name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", watch)
    window = make_window(threaded=True)
    qtbot.waitUntil(lambda: window.panels.widgets.built("buyer"), timeout=20_000)
    assert imported_on and imported_on[0].startswith("background")
    assert window.panels.widgets["buyer"].isVisible()
