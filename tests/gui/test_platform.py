"""The agent's platform: replies marked for other platforms are hidden, and the choice is kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import Library
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


def test_detail_names_platforms_and_countries(
    qtbot: QtBot, make_window: MakeWindow, lib: Library
) -> None:
    lib.add(
        "customs.tax_id",
        "Please enter your CPF in your account.",
        "请在账户里填写CPF。",
        countries=["BR"],
        platforms=["shopee"],
        title_en="Zebra CPF",
        title_zh="斑马CPF",
    )
    window = make_window("zh_CN")
    _choose(window, "shopee")
    qtbot.keyClicks(window.search, "zebra")
    assert window.current_entry() is not None
    meta = window.detail.meta.text()
    assert "仅限Shopee" in meta and "◆ 巴西" in meta
