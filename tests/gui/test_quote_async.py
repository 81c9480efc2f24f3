"""The quotation panel with the real threaded task runner: no library call on the GUI thread,
usable while presets are on their way, and only the newest rate applied."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.quote.presets import platforms, products, rate, save_rate
from desktop.ui.quote_panel import QuotePanel
from desktop.ui.services import Services
from desktop.ui.settings import Settings
from desktop.ui.tasks import TaskRunner

TODAY = date.today()


def set_today() -> str:
    """What the panel shows for a rate saved on ``TODAY``, read now: a run that crosses
    midnight shows "1 days ago", and so must the expectation."""
    return f"Rate set {TODAY.isoformat()} ({(date.today() - TODAY).days} days ago)"


class RecordingLibrary:
    """The library, noting for each attribute used whether it was used on the GUI thread."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self.calls: list[tuple[str, bool]] = []

    def __getattr__(self, name: str) -> Any:
        self.calls.append((name, threading.current_thread() is threading.main_thread()))
        return getattr(self._library, name)


@pytest.fixture
def recorded(lib: Library) -> RecordingLibrary:
    for currency, value in (("EUR", "7.70"), ("KRW", "0.0054"), ("USD", "7.10")):
        save_rate(lib, currency, value, TODAY)
    return RecordingLibrary(lib)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def panel(
    qtbot: QtBot, recorded: RecordingLibrary, tasks: TaskRunner, settings: Settings
) -> QuotePanel:
    built = QuotePanel(Services(cast(Library, recorded), tasks, settings, chinese=False))
    qtbot.addWidget(built)
    built.show()
    return built


def settled(qtbot: QtBot, panel: QuotePanel) -> None:
    qtbot.waitUntil(lambda: not panel.presets.rate_pending and panel.fx_age.text() != "")


def hold_worker(tasks: TaskRunner) -> threading.Event:
    """Keep the library worker busy (a long job) until the returned event is set."""
    gate = threading.Event()
    tasks.submit(lambda: gate.wait(10), lambda _: None)
    return gate


def test_no_library_call_on_the_gui_thread(
    qtbot: QtBot, panel: QuotePanel, recorded: RecordingLibrary, lib: Library
) -> None:
    hub = panel.services.hub
    settled(qtbot, panel)
    assert panel.fields["fx"].text() == "7.10"
    hub.countryChanged.emit("DE")
    qtbot.waitUntil(lambda: panel.fields["fx"].text() == "7.70")
    assert panel.fx_label.text() == "Exchange rate (1 EUR = ? CNY)"
    # a product saved, then chosen
    for name, value in (("cost", "30"), ("domestic", "3"), ("international", "25")):
        panel.fields[name].setText(value)
    panel.product.setEditText("Earbuds X1")
    with qtbot.waitSignal(hub.libraryChanged):
        qtbot.mouseClick(panel.save_product, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.product.findText("Earbuds X1") >= 0)
    panel.fields["cost"].setText("1")
    panel.product.activated.emit(panel.product.findText("Earbuds X1"))
    assert panel.fields["cost"].text() == "30"
    # platform fees saved
    panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
    panel.fields["commission"].setText("12")
    with qtbot.waitSignal(hub.libraryChanged):
        qtbot.mouseClick(panel.save_platform, Qt.MouseButton.LeftButton)
    # a rate stored
    panel.fields["fx"].setText("7.80")
    with qtbot.waitSignal(hub.libraryChanged):
        panel.fields["fx"].editingFinished.emit()
    qtbot.waitUntil(lambda: panel.fx_age.text() == set_today())

    used = {name for name, _ in recorded.calls}
    assert {"get_setting", "set_setting"} <= used
    on_gui = [name for name, gui in recorded.calls if gui]
    assert not on_gui, f"library used on the GUI thread: {on_gui}"
    # and the writes landed
    assert next(p for p in platforms(lib) if p.key == "amazon").commission == "12"
    assert [p.name for p in products(lib)] == ["Earbuds X1"]
    stored = rate(lib, "EUR")
    assert stored is not None and stored.cny_per_unit == "7.80"


def test_only_the_newest_rate_is_applied(
    qtbot: QtBot, panel: QuotePanel, tasks: TaskRunner
) -> None:
    settled(qtbot, panel)
    seen: list[str] = []
    panel.fields["fx"].textChanged.connect(seen.append)
    gate = hold_worker(tasks)
    try:
        for code in ("DE", "KR", "US"):
            panel.services.hub.countryChanged.emit(code)
        assert panel.presets.rate_pending and panel.fields["fx"].text() == ""
    finally:
        gate.set()
    settled(qtbot, panel)
    assert panel.fields["fx"].text() == "7.10" and panel.country.currency == "USD"
    assert "7.70" not in seen and "0.0054" not in seen  # the older answers were dropped


def test_usable_while_the_rate_is_on_its_way(
    qtbot: QtBot, panel: QuotePanel, tasks: TaskRunner
) -> None:
    settled(qtbot, panel)
    gate = hold_worker(tasks)
    try:
        panel.services.hub.countryChanged.emit("DE")
        assert panel.problems.text() == ""  # no "not a number" while the rate is coming
        for name, value in (("cost", "30"), ("international", "25"), ("fx", "7.5")):
            panel.fields[name].clear()
            qtbot.keyClicks(panel.fields[name], value)
        assert "€" in panel.result.text()  # computed at once, the worker still busy
        panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
        assert panel.fields["commission"].text() == "15"  # fees come from memory
    finally:
        gate.set()
    settled(qtbot, panel)
    assert panel.fields["fx"].text() == "7.5"  # the agent's rate is not overwritten
    assert panel.fx_age.text() == set_today()
