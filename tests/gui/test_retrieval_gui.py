"""The search box and the buyer-message tab with real widgets: Chinese as typed, pinyin,
marked words, the closest situations under an empty result, the buyer's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.test_main_window import commit_chinese


def test_hint_names_the_three_ways_to_search(make_window: MakeWindow) -> None:
    assert "拼音" in make_window("zh_CN").search.placeholderText()


def test_natural_chinese_typed_through_the_input_method(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.results_view.resultsShown):
        commit_chinese(window.search, "能不能便宜一点")
    scenarios = [e.scenario for e in window.model.entries()[:6]]
    assert any(s.startswith("price.") for s in scenarios)
    assert "便宜" in window.results_view.delegate.highlights


def test_pinyin_finds_replies_and_words_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "mianyou")
    assert window.model.rowCount() > 0
    assert window.model.entries()[0].scenario.startswith("shipping.")
    window.search.clear()
    qtbot.keyClicks(window.search, "refund")
    entry = window.model.entries()[0]
    spans = window.results_view.delegate.marked_spans(entry.title_en + " " + entry.en)
    assert spans  # "refund" is marked in the row that shows it


def test_empty_result_says_why_and_offers_closest_situations(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.results_view.closestShown):
        window.search.setText("refnud")  # no reply holds this misspelling
    assert window.model.rowCount() == 0 and window.results_view.currentIndex() == 1
    text = window.results_view.empty.text()
    assert "refnud" in text and 'href="aftersales.refund' in text
    window.results_view.empty.linkActivated.emit("aftersales.refund_request")
    assert {e.scenario for e in window.model.entries()} == {"aftersales.refund_request"}


def test_closest_situation_link_browses_it(qtbot: QtBot, window: MainWindow) -> None:
    window.open_scenario("shipping.tracking")
    assert {e.scenario for e in window.model.entries()} == {"shipping.tracking"}


def test_buyer_language_is_named_and_country_offered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("zh_CN")
    window.set_country("US")
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(window.message_page.languageShown) as signal:
        window.message.setPlainText("oi amigo, qual o prazo de entrega pro brasil? ja paguei")
    assert signal.args == ["pt"]
    assert "葡萄牙语" in window.message_page.language_label.text()
    assert (
        not window.message_page.switch_country.isHidden()
        and "巴西" in window.message_page.switch_country.text()
    )
    window.message_page.switch_country.click()
    assert window.country == "BR"
    assert window.message_page.switch_country.isHidden()
    QApplication.processEvents()
