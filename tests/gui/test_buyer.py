"""Buyer-country context in the window: one country drives clock, card, {date}; converter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont, QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core.countries import countries
from desktop.core.placeholders import date_text
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def bold_rows(window: MainWindow) -> list[str]:
    model = window.buyer.clock_model
    return [
        model.item(r, 0).text()
        for r in range(model.rowCount())
        if model.item(r, 0).font().weight() >= QFont.Weight.Bold
    ]


def test_clock_lists_pinned_countries_with_the_buyer_first(window: MainWindow) -> None:
    window.set_country("BR")
    model = window.buyer.clock_model
    expected = sum(len(countries()[c].main_zones) for c in ("BR", "US", "RU", "ES", "GB"))
    assert model.rowCount() == expected
    assert model.item(0, 0).text().startswith("巴西·")
    assert bold_rows(window) and all(r.startswith("巴西") for r in bold_rows(window))
    states = {model.item(r, 3).text().split("：")[0] for r in range(model.rowCount())}
    assert states <= {"工作时间", "已下班", "夜间", "周末", "节假日"}


def test_country_box_is_searchable_and_drives_everything(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    box = window.country_box
    assert box.completer().filterMode() == Qt.MatchFlag.MatchContains
    index = next(i for i in range(box.count()) if "沙特" in box.itemText(i))
    with qtbot.waitSignal(window.countryChanged) as blocker:
        box.activated.emit(index)
    assert blocker.args == ["SA"]
    assert window.buyer.country == "SA" and settings.get("buyer_country") == "SA"
    assert window.buyer.card_data()["name_zh"] == "沙特阿拉伯"
    assert window.buyer.card_data()["weekend"] == ["周五", "周六"]
    assert window.buyer.buyer_zone.currentData() == "Asia/Riyadh"


def test_buyer_country_sets_the_date_style(window: MainWindow) -> None:
    window.set_country("GB")
    assert window._auto_values()["date"] == date_text(date.today(), "en_GB")
    window.set_country("US")
    assert window._auto_values()["date"] == date_text(date.today(), "en_US")
    assert date_text(date(2026, 11, 22), "en_GB") == "22 November 2026"
    assert date_text(date(2026, 11, 22), "en_US") == "November 22, 2026"


def test_country_survives_a_restart(make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.set_country("KR")
    first.close()
    second = make_window()
    assert second.buyer.country == "KR" and second.country_box.currentData() == "KR"


def test_converter_both_ways(window: MainWindow) -> None:
    window.set_country("US")
    panel = window.buyer
    panel.buyer_zone.setCurrentIndex(panel.buyer_zone.findData("America/New_York"))
    panel.beijing_time.setTime(QTime(9, 0))
    hour = panel.buyer_time.time().hour()
    assert hour in (20, 21)  # 13 h behind in winter, 12 h in summer
    panel.buyer_time.setTime(QTime(10, 0))
    assert panel.beijing_time.time().hour() in (22, 23)


def test_timers_run_only_while_the_panel_is_visible(qtbot: QtBot, window: MainWindow) -> None:
    window.set_buyer_panel(True)
    qtbot.waitUntil(lambda: window.buyer.isVisible())
    assert window.buyer.timer_active()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.buyer_dock.isVisible() and not window.buyer.timer_active()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.buyer.timer_active()


def test_compact_mode_hides_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.set_buyer_panel(True)
    window.set_compact(True)
    assert not window.buyer_dock.isVisible() and not window.buyer.timer_active()


def test_overlap_strip_has_a_cell_per_hour(window: MainWindow) -> None:
    window.set_country("DE")
    assert len(window.buyer.strip.states) == 24
    assert window.buyer.strip.shift == (9, 18)


def test_copy_greeting_in_the_buyers_language(qtbot: QtBot, window: MainWindow) -> None:
    window.set_country("BR")
    card = window.buyer.card_data()
    if not card["greeting"]:
        return  # no card for this country in the data: the buttons are disabled
    assert window.buyer.copy_greeting.isEnabled()
    qtbot.mouseClick(window.buyer.copy_greeting, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == card["greeting"]
    assert "{buyer}" in card["greeting"]


def test_replies_tagged_for_the_country_are_marked(window: MainWindow, lib) -> None:  # type: ignore[no-untyped-def]
    mine = lib.add(
        "payment.methods",
        "Boleto works, {buyer}.",
        "可以用 Boleto，{buyer}。",
        tags=["boleto", "巴西"],
    )
    entry = lib.get(mine)
    window.set_country("BR")
    assert window.delegate.for_country(entry)
    window.set_country("US")
    assert not window.delegate.for_country(entry)


def test_settings_edit_pinned_countries_and_shift(qtbot: QtBot, settings: Settings) -> None:
    from desktop.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.pinned.setText("us, xx")
    dialog.accept()
    assert "XX" in dialog.error.text() and settings.get("pinned_countries") == "US,BR,RU,ES,GB"
    dialog.pinned.setText("de,fr")
    dialog.shift.setText("9-18")
    dialog.accept()
    assert "09:00-18:00" in dialog.error.text()
    dialog.shift.setText("10:00-19:00")
    dialog.accept()
    assert (
        settings.get("pinned_countries") == "DE,FR" and settings.get("agent_shift") == "10:00-19:00"
    )


def test_clock_is_computed_once_at_start_and_not_while_hidden(qtbot: QtBot, lib, settings) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.buyer import BuyerPanel
    from desktop.ui.services import Services
    from desktop.ui.tasks import TaskRunner

    panel = BuyerPanel(Services(lib, TaskRunner(synchronous=True), settings))
    qtbot.addWidget(panel)
    calls: list[str] = []
    original = panel.refresh
    panel.refresh = lambda: (calls.append("refresh"), original())[1]  # type: ignore[method-assign]
    panel.set_country("BR")  # hidden: nothing to compute yet
    assert calls == [] and panel.clock_model.rowCount() == 0
    panel.show()
    qtbot.waitExposed(panel)
    assert calls == ["refresh"] and panel.clock_model.rowCount() > 0
