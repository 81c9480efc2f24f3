"""The agent's platform: replies marked for other platforms are hidden, and the choice is kept."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.buyer.countries import country_names
from desktop.ui.settings import Settings
from tests.gui.conftest import MakeWindow


def _choose(window, code: str) -> None:  # type: ignore[no-untyped-def]
    box = window.toolbar.platform_box
    index = box.findData(code)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_platform_box_hides_other_platforms_and_is_remembered(
    qtbot: QtBot, make_window: MakeWindow, lib: Library, settings: Settings
) -> None:
    window = make_window()
    assert window.toolbar.platform_box.currentData() == "aliexpress"  # the default
    qtbot.keyClicks(window.search, "follow our store")
    shown = {e.id for e in window.model.entries()}
    assert any(i.startswith("closing.share_store.") for i in shown)

    with qtbot.waitSignal(window.results_view.resultsShown):
        _choose(window, "amazon")
    shown = [e for e in window.model.entries()]
    assert shown and all(e.applies_to("amazon") for e in shown)
    assert not any(e.id.startswith("closing.share_store.") for e in shown)
    assert settings.get("platform") == "amazon"

    with qtbot.waitSignal(window.results_view.resultsShown):
        _choose(window, "all")
    assert any(e.id.startswith("closing.share_store.") for e in window.model.entries())

    window.close()
    settings.set("platform", "amazon")
    again = make_window()
    assert again.toolbar.platform_box.currentData() == "amazon"
    assert again.platform == "amazon"


@pytest.mark.parametrize("threaded", [False, True])
def test_detail_names_platforms_and_countries(
    qtbot: QtBot, make_window: MakeWindow, lib: Library, threaded: bool
) -> None:
    """The countries are named once CLDR's names are read (on the background worker, after
    the first paint, with the real runner): the reply shown is shown again with them."""
    country_names.cache_clear()
    lib.add(
        "customs.tax_id",
        "Please enter your CPF in your account.",
        "请在账户里填写CPF。",
        countries=["BR"],
        platforms=["shopee"],
        title_en="Zebra CPF",
        title_zh="斑马CPF",
    )
    window = make_window("zh_CN", threaded=threaded)
    _choose(window, "shopee")
    qtbot.keyClicks(window.search, "zebra")
    qtbot.waitUntil(lambda: "◆ 巴西" in window.detail.meta.text(), timeout=10_000)
    assert "仅限Shopee" in window.detail.meta.text()


def test_a_reply_shown_before_the_country_names_are_read_is_named_when_they_are(
    qtbot: QtBot, make_window: MakeWindow, lib: Library
) -> None:
    lib.add("customs.tax_id", "Enter your CPF.", "请填写CPF。", countries=["BR"], title_en="Yak")
    window = make_window("zh_CN")
    qtbot.keyClicks(window.search, "yak")
    country_names.cache_clear()  # as right after start-up: not read yet
    window.detail.show_entry(window.current_entry())
    assert "◆ BR" in window.detail.meta.text()  # the code: nothing is read on the GUI thread
    assert country_names.cache_info().currsize == 0
    window._names_loaded(country_names())  # the background worker's names arrive
    assert "◆ 巴西" in window.detail.meta.text()
