"""Quote into a reply, with the synchronous runner of the other GUI tests and with the real
threaded one: the threaded runner opened the previous view's reply (refund_request with the
price filled in) because the reply was picked before the scenario's list came back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


@pytest.mark.parametrize("scenario", ["price.bulk_quote", "price.counter_offer"])
def test_quote_opens_the_price_reply_of_the_asked_scenario(
    qtbot: QtBot, any_window: MainWindow, scenario: str
) -> None:
    window = any_window
    # another view is on screen, with other replies that take a {price}
    qtbot.keyClicks(window.search, "refund")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.services.hub.quoteReply.emit(scenario, {"price": "US$12.34"})
    qtbot.waitUntil(lambda: window.fill.isVisible() and window.fill.entry is not None)
    entry = window.fill.entry
    assert entry is not None and entry.scenario == scenario
    assert "price" in entry.placeholders
    qtbot.waitUntil(lambda: (window.current_entry() or entry).id == entry.id)
    current = window.current_entry()
    assert current is not None and current.id == entry.id
    assert "US$12.34" in window.fill.preview.toPlainText()
