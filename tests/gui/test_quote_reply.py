"""Quote into a reply, with the synchronous runner of the other GUI tests and with the real
threaded one: the threaded runner opened the previous view's reply (refund_request with the
price filled in) because the reply was picked before the scenario's list came back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.tasks import TaskRunner


@pytest.fixture(params=["synchronous", "threaded"])
def any_window(
    request: pytest.FixtureRequest, qtbot: QtBot, lib: Library, settings: Settings
) -> Iterator[MainWindow]:
    tasks = TaskRunner(synchronous=request.param == "synchronous")
    window = MainWindow(lib, tasks, settings, chinese_ui=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    tasks.shutdown()


@pytest.mark.parametrize("scenario", ["price.bulk_quote", "price.counter_offer"])
def test_quote_opens_the_price_reply_of_the_asked_scenario(
    qtbot: QtBot, any_window: MainWindow, scenario: str
) -> None:
    window = any_window
    # another view is on screen, with other replies that take a {price}
    qtbot.keyClicks(window.search, "refund")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.quote.quoteReply.emit(scenario, {"price": "US$12.34"})
    qtbot.waitUntil(lambda: window.fill.isVisible() and window.fill.entry is not None)
    entry = window.fill.entry
    assert entry is not None and entry.scenario == scenario
    assert "price" in entry.placeholders
    qtbot.waitUntil(lambda: (window.current_entry() or entry).id == entry.id)
    current = window.current_entry()
    assert current is not None and current.id == entry.id
    assert "US$12.34" in window.fill.preview.toPlainText()
