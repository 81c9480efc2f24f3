"""Buyer-country context in the window: one country drives clock, card, {date}; converter."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.buyer.cards import TOPICS
from desktop.core.buyer.countries import countries
from desktop.core.library.placeholders import date_text
from desktop.core.search.text import CJK_CLASS
from desktop.ui import buyer
from desktop.ui.buyer import BuyerPanel
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.services import Services
from desktop.ui.settings import Settings, languages
from desktop.ui.tasks import TaskRunner


def bold_rows(window: MainWindow) -> list[str]:
    model = window.panels.widgets["buyer"].clock_model
    return [
        model.item(r, 0).text()
        for r in range(model.rowCount())
        if model.item(r, 0).font().weight() >= QFont.Weight.Bold
    ]


def test_clock_lists_pinned_countries_with_the_buyer_first(window: MainWindow) -> None:
    window.set_country("BR")
    model = window.panels.widgets["buyer"].clock_model
    expected = sum(len(countries()[c].main_zones) for c in ("BR", "US", "RU", "ES", "GB"))
    assert model.rowCount() == expected
    assert model.item(0, 0).text().startswith("Brazil·")  # the window fixture: English UI
    assert bold_rows(window) and all(r.startswith("Brazil·") for r in bold_rows(window))
    states = {model.item(r, 3).text().split(":")[0] for r in range(model.rowCount())}
    assert states <= {"Working hours", "After hours", "Night", "Weekend", "Holiday"}


def test_country_box_is_searchable_and_drives_everything(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    box = window.toolbar.country_box
    assert box.completer().filterMode() == Qt.MatchFlag.MatchContains
    index = next(i for i in range(box.count()) if "Saudi" in box.itemText(i))  # English UI
    with qtbot.waitSignal(window.services.hub.countryChanged) as blocker:
        box.activated.emit(index)
    assert blocker.args == ["SA"]
    assert window.panels.widgets["buyer"].country == "SA" and settings.get("buyer_country") == "SA"
    assert window.panels.widgets["buyer"].card_data()["name_zh"] == "沙特阿拉伯"
    assert window.panels.widgets["buyer"].card_data()["weekend"] == [4, 5]  # Fri, Sat
    assert window.panels.widgets["buyer"].buyer_zone.currentData() == "Asia/Riyadh"


def test_buyer_country_sets_the_date_style(window: MainWindow) -> None:
    window.set_country("GB")
    assert window.copier.auto_values()["date"] == date_text(date.today(), "en_GB")
    window.set_country("US")
    assert window.copier.auto_values()["date"] == date_text(date.today(), "en_US")
    assert date_text(date(2026, 11, 22), "en_GB") == "22 November 2026"
    assert date_text(date(2026, 11, 22), "en_US") == "November 22, 2026"


def test_country_survives_a_restart(make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.set_country("KR")
    first.close()
    second = make_window()
    assert (
        second.panels.widgets["buyer"].country == "KR"
        and second.toolbar.country_box.currentData() == "KR"
    )


def test_converter_both_ways(window: MainWindow) -> None:
    window.set_country("US")
    panel = window.panels.widgets["buyer"]
    panel.buyer_zone.setCurrentIndex(panel.buyer_zone.findData("America/New_York"))
    panel.beijing_time.setTime(QTime(9, 0))
    hour = panel.buyer_time.time().hour()
    assert hour in (20, 21)  # 13 h behind in winter, 12 h in summer
    panel.buyer_time.setTime(QTime(10, 0))
    assert panel.beijing_time.time().hour() in (22, 23)


def test_timers_run_only_while_the_panel_is_visible(qtbot: QtBot, window: MainWindow) -> None:
    window.panels.set_open("buyer", True)
    qtbot.waitUntil(lambda: window.panels.widgets["buyer"].isVisible())
    assert window.panels.widgets["buyer"].timer_active()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert (
        not window.panels.docks["buyer"].isVisible()
        and not window.panels.widgets["buyer"].timer_active()
    )
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.panels.widgets["buyer"].timer_active()


def test_compact_mode_hides_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.panels.set_open("buyer", True)
    window.state.set_compact(True)
    assert (
        not window.panels.docks["buyer"].isVisible()
        and not window.panels.widgets["buyer"].timer_active()
    )


def test_overlap_strip_has_a_cell_per_hour(window: MainWindow) -> None:
    window.set_country("DE")
    assert len(window.panels.widgets["buyer"].strip.states) == 24
    assert window.panels.widgets["buyer"].strip.shift == (9, 18)


def test_copy_greeting_in_the_buyers_language(qtbot: QtBot, window: MainWindow) -> None:
    window.set_country("BR")
    card = window.panels.widgets["buyer"].card_data()
    if not card["greeting"]:
        return  # no card for this country in the data: the buttons are disabled
    assert window.panels.widgets["buyer"].copy_greeting.isEnabled()
    qtbot.mouseClick(window.panels.widgets["buyer"].copy_greeting, Qt.MouseButton.LeftButton)
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
    assert window.results_view.delegate.for_country(entry)
    window.set_country("US")
    assert not window.results_view.delegate.for_country(entry)


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


# -- the panel speaks the UI language (built directly, with a fixed clock) --------------------
#: Han characters and CJK punctuation/full-width forms (、，：（）): Chinese on screen.
CHINESE = re.compile(f"[{CJK_CLASS}\u3000-\u303f\uff00-\uffef]")
#: Beijing 11:00 on Sunday 1 March 2026: yesterday evening in the US, which changes to summer
#: time on 8 March (DST notices), Ramadan in Saudi Arabia (a festival with a Chinese note).
SUNDAY = "2026-03-01T03:00:00+00:00"
THANKSGIVING = "2026-11-26T16:00:00+00:00"


@pytest.fixture
def make_panel(
    qtbot: QtBot, lib: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., BuyerPanel]]:
    """A shown BuyerPanel in ``language`` at the instant ``at`` (the buyer's clock is fixed,
    nothing else is replaced), with the UI catalogue loaded as the app does."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]

    def make(language: str, country: str, at: str = SUNDAY) -> BuyerPanel:
        monkeypatch.setattr(buyer, "utc_now", lambda: datetime.fromisoformat(at))
        assert translations.apply(language)
        settings.set("pinned_countries", "US,BR,IN")
        services = Services(lib, TaskRunner(synchronous=True), settings, chinese=language != "en")
        panel = BuyerPanel(services)
        qtbot.addWidget(panel)
        panel.set_country(country)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    yield make
    translations.apply("en")


def screen_texts(panel: BuyerPanel) -> list[str]:
    """What the panel shows outside the card: headers, cells, notices, strip label, converter."""
    model = panel.clock_model
    return [
        *(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())),
        *(model.item(r, c).text() for r in range(model.rowCount()) for c in range(5)),
        panel.notices.text(),
        panel.strip_label.text(),
        *(panel.buyer_zone.itemText(i) for i in range(panel.buyer_zone.count())),
        panel.copy_greeting.text(),
        panel.copy_closing.text(),
    ]


def card_without_content(panel: BuyerPanel) -> str:
    """The card's text less our Chinese-only content (facts, festival notes)."""
    text, data = panel.card.toPlainText(), panel.card_data()
    content = [f["zh"] for topic in TOPICS for f in data[topic]]
    content += [f["note_zh"] for f in data["festivals"]]
    for piece in sorted(content, key=len, reverse=True):
        text = text.replace(piece, "")
    return text


def test_english_panel_shows_no_chinese_outside_card_content(make_panel) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel("en", "SA")
    texts = screen_texts(panel)
    assert not [t for t in texts if CHINESE.search(t)]
    model = panel.clock_model
    assert [model.item(0, c).text() for c in range(4)] == [
        "Saudi Arabia·Riyadh",
        "06:00 Sun",
        "5 h behind",
        "Night",
    ]
    new_york = next(r for r in range(model.rowCount()) if "New York" in model.item(r, 0).text())
    assert model.item(new_york, 1).text() == "yesterday 22:00 Sat"
    assert model.item(new_york, 2).text() == "13 h behind"
    assert model.item(new_york, 3).text() == "Weekend"
    assert "From Mar 8, New York is 12 h behind Beijing" in panel.notices.text()
    assert "against Riyadh's business hours" in panel.strip_label.text()
    assert panel.buyer_zone.itemText(0) == "Riyadh"
    card = card_without_content(panel)
    assert not CHINESE.search(card), CHINESE.findall(card)
    for heading in (
        "Greeting",
        "Closing",
        "Communication",
        "Taboos",
        "Colours and numbers",
        "What buyers value",
        "Payment",
        "Shopping seasons",
        "Upcoming shopping seasons",
        "Ramadan 2026-02-18 ~ 2026-03-19",
        "Upcoming public holidays",
        "Weekend Fri, Sat",
        "Business hours 09:00-17:00",
        "Currency format SAR",
        "Clock 12-hour",
        "Main time zones [CLDR, pytz]\nRiyadh (UTC+03:00, 5 h behind Beijing, no clock change)",
    ):
        assert heading in card, heading
    # the card's Chinese facts are content: still there, in Chinese
    assert panel.card_data()["taboos"][0]["zh"] in panel.card.toPlainText()


def test_english_panel_names_a_holiday_and_the_cities_in_english(make_panel) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel("en", "US", THANKSGIVING)
    model = panel.clock_model
    assert model.item(0, 0).text() == "United States·New York"
    assert model.item(0, 3).text() == "Holiday: Thanksgiving Day"
    assert [panel.buyer_zone.itemText(i) for i in range(3)] == ["New York", "Chicago", "Denver"]
    assert not [t for t in screen_texts(panel) if CHINESE.search(t)]
    card = card_without_content(panel)
    assert "New York (UTC-05:00, 13 h behind Beijing, clocks change)" in card
    assert "Phoenix (UTC-07:00, 15 h behind Beijing, no clock change)" in card
    assert not CHINESE.search(card)


def test_chinese_panel_shows_the_chinese_words(make_panel) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel("zh_CN", "SA")
    model = panel.clock_model
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
    assert headers == ["城市", "当地时间", "时差", "状态", "上班时间（北京）"]
    assert [model.item(0, c).text() for c in range(4)] == [
        "沙特阿拉伯·利雅得",
        "06:00 周日",
        "晚 5 小时",
        "夜间",
    ]
    new_york = next(r for r in range(model.rowCount()) if "纽约" in model.item(r, 0).text())
    assert [model.item(new_york, c).text() for c in range(4)] == [
        "美国·纽约",
        "昨天 22:00 周六",
        "晚 13 小时",
        "周末",
    ]
    assert "⚠ 3月8日起纽约与北京时差变为12小时" in panel.notices.text().splitlines()
    assert panel.strip_label.text() == (
        "你的一天（北京时间 0-24 点）对照利雅得的营业时间，方框是你的班次"
    )
    assert panel.buyer_zone.itemText(0) == "利雅得"
    card = panel.card.toPlainText()
    for words in (
        "沙特阿拉伯 Saudi Arabia",
        "（{buyer}你好，感谢你联系我们！）",
        "沟通风格",
        "颜色与数字",
        "买家看重",
        "近期购物季",
        "斋月（Ramadan）2026-02-18 ~ 2026-03-19",
        "近期公共假日 [holidays]",
        "周末 周五、周六",
        "营业时间 09:00-17:00",
        "货币 SAR",
        "时钟 12 小时制",
        "主要时区 [CLDR, pytz]\n利雅得（UTC+03:00，比北京晚 5 小时，无夏令时）",
    ):
        assert words in card, words


def test_chinese_panel_names_a_holiday_state(make_panel) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel("zh_CN", "US", THANKSGIVING)
    assert panel.clock_model.item(0, 3).text() == "节假日：Thanksgiving Day"
    assert panel.clock_model.item(0, 2).text() == "晚 13 小时"
    india = next(
        r
        for r in range(panel.clock_model.rowCount())
        if panel.clock_model.item(r, 0).text() == "印度·加尔各答"
    )
    assert panel.clock_model.item(india, 2).text() == "晚 2.5 小时"


def test_languages_are_named_in_their_own_language() -> None:
    assert languages() == {"zh_CN": "中文", "en": "English"}


def test_own_closures_and_government_only_holidays_are_shown(
    make_panel: Callable[..., BuyerPanel],
) -> None:
    # Beijing noon on 1 February 2026: Spring Festival (15-23 February) is coming
    panel = make_panel("en", "US", at="2026-02-01T04:00:00+00:00")
    assert (
        "Your own closure: Chinese New Year (sellers closed), Feb 15 to Feb 23."
        in panel.notices.text()
    )
    # New York 11:00 on Columbus Day: offices close, most buyers work
    zh = make_panel("zh_CN", "US", at="2026-10-12T15:00:00+00:00")
    model = zh.clock_model
    rows = {model.item(r, 0).text(): model.item(r, 3).text() for r in range(model.rowCount())}
    assert rows["美国·纽约"] == "工作时间 · Columbus Day（政府机构放假）"
    assert "提醒" not in zh.notices.text() and "你自己的假期" not in zh.notices.text()
