"""The quotation panel through real widgets: results, validation, tiers, bargaining, reply,
presets, and its words in both UI languages (built on its own, with the synchronous runner)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.quote.presets import rate
from desktop.core.quote.pricing import CODES, Problem
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from desktop.ui.quote_panel import QuotePanel
from desktop.ui.quote_widgets import QuoteWords
from desktop.ui.services import Services
from desktop.ui.settings import Settings
from desktop.ui.tasks import TaskRunner

EXAMPLE = dict(
    cost="30",
    domestic="3",
    international="25",
    loss="5",
    commission="8",
    payout="1",
    margin="15",
    fx="7.10",
    discount="30",
)
#: Chinese characters, CJK punctuation and full-width forms.
CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
MakePanel = Callable[..., QuotePanel]


@pytest.fixture
def make_panel(qtbot: QtBot, lib: Library, settings: Settings) -> Iterator[MakePanel]:
    """A quotation panel in the UI ``language`` ("en" or "zh_CN"), synchronous tasks."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    runners: list[TaskRunner] = []

    def make(language: str = "en") -> QuotePanel:
        translations.apply(language)
        tasks = TaskRunner(synchronous=True)
        runners.append(tasks)
        panel = QuotePanel(Services(lib, tasks, settings, chinese=language != "en"))
        qtbot.addWidget(panel)
        panel.show()
        return panel

    yield make
    translations.apply("en")
    for tasks in runners:
        tasks.shutdown()


@pytest.fixture
def panel(make_panel: MakePanel) -> QuotePanel:
    return make_panel()


def type_example(qtbot: QtBot, panel: QuotePanel, **changes: str) -> None:
    panel.services.hub.countryChanged.emit("US")
    for name, value in {**EXAMPLE, **changes}.items():
        field = panel.fields[name]
        field.clear()
        qtbot.keyClicks(field, value)


def commit(widget: QLineEdit, text: str) -> None:
    """Type the way a Chinese input method does: one commit string."""
    widget.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def texts(panel: QuotePanel) -> list[str]:
    """Every text the panel shows: labels, buttons, titles, items, placeholders, legend, table."""
    shown = [w.text() for w in panel.findChildren(QLabel)]
    shown += [w.text() for w in panel.findChildren(QAbstractButton)]
    shown += [w.title() for w in panel.findChildren(QGroupBox)]
    shown += [w.placeholderText() for w in panel.findChildren(QLineEdit)]
    for box in panel.findChildren(QComboBox):
        shown += [box.placeholderText(), *(box.itemText(i) for i in range(box.count()))]
    shown += panel.bar.legend()
    model = panel.tiers_model
    for column in range(model.columnCount()):
        shown.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        shown += [model.item(row, column).text() for row in range(model.rowCount())]
    return [t for t in shown if t]


def test_worked_example_in_the_panel(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    text = panel.result.text()
    for figure in ("$11.29", "$16.12", "$9.43", "80.13", "15.00%", "19.74%", "60.90"):
        assert figure in text, figure
    assert panel.problems.text() == ""
    assert set(panel.bar.parts) == {"cost", "shipping", "loss", "commission", "payout", "profit"}
    assert sum(panel.bar.shares().values()) == 1


def test_validation_names_the_field(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel, cost="-1")
    assert panel.problems.text() == "Cost: must not be negative"
    assert panel.result.text() == "" and not panel.to_reply.isEnabled()
    type_example(qtbot, panel, fx="abc")
    assert panel.problems.text() == "Exchange rate: not a number"
    type_example(qtbot, panel, margin="95")
    assert "100% (now 104.00%)" in panel.problems.text()
    type_example(qtbot, panel, margin="75")
    assert panel.problems.text() == "⚠ Margin above 70%: check it is intended"
    assert "$" in panel.result.text()


def test_validation_in_the_chinese_ui(qtbot: QtBot, make_panel: MakePanel) -> None:
    panel = make_panel("zh_CN")
    type_example(qtbot, panel, cost="-1")
    assert panel.problems.text() == "成本：不能为负数"
    type_example(qtbot, panel, fx="abc")
    assert panel.problems.text() == "汇率：请输入数字"
    type_example(qtbot, panel, margin="95")
    assert panel.problems.text() == "平台佣金 + 提现手续费 + 利润率必须小于 100%（现在是 104.00%）"
    # a Chinese input method in full-width mode types full-width digits and its own stop
    type_example(qtbot, panel)
    commit(panel.fields["fx"], "７。１０")
    assert panel.problems.text() == "" and "$11.29" in panel.result.text()


def test_currency_follows_the_buyer_country(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    hub = panel.services.hub
    hub.countryChanged.emit("KR")
    assert panel.fx_label.text() == "Exchange rate (1 KRW = ? CNY)"
    assert panel.fields["fx"].text() == ""  # the dollar rate is not the won's
    panel.fields["fx"].setText("0.0054")
    assert panel.country.currency == "KRW"
    assert "₩14,839" in panel.result.text()
    hub.countryChanged.emit("DE")
    panel.fields["fx"].setText("7.70")
    assert "€" in panel.result.text() and "," in panel.result.text()


def test_charm_and_reverse_mode(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    panel.charm_box.setChecked(True)
    assert "$11.99" in panel.result.text()
    panel.charm_box.setChecked(False)
    panel.reverse.setChecked(True)
    qtbot.keyClicks(panel.price, "11.29")
    assert "15.03%" in panel.result.text()


def test_quantity_tiers(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    model = panel.tiers_model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == ["1", "10", "50", "100"]
    # the buyer pays the listed unit price times the quantity
    assert model.item(0, 3).text() == "$11.29" and model.item(1, 4).text() == "$112.90"
    model.item(3, 1).setText("18")  # bulk ships cheaper per unit
    model.item(3, 2).setText("10")
    # (30 + 3 + 18) * 1.05 = 53.55 landed; 53.55 / (1 - 0.09 - 0.10) = 66.11 CNY; / 7.10
    assert model.item(3, 3).text() == "$9.31"
    model.item(2, 2).setText("95")
    assert model.item(2, 3).text() == "—" and "must be below 100%" in model.item(2, 4).text()


def test_bargaining_helper_in_chinese_reads_as_before(qtbot: QtBot, make_panel: MakePanel) -> None:
    panel = make_panel("zh_CN")
    type_example(qtbot, panel)
    assert panel.bargain_result.text() == "输入买家的还价，检查是否可以接受。"
    qtbot.keyClicks(panel.counter, "10.50")
    assert panel.bargain_result.text() == (
        "此价利润率 9.31%（高于底价，不亏本）。按最低利润率 5% ，最低可卖 $9.97，"
        "最多可让 11.63%。建议回复：多买优惠"
    )
    panel.counter.setText("9.00")
    text = panel.bargain_result.text()
    assert "（低于底价，会亏本）" in text and text.endswith("建议回复：价格无法优惠")
    with qtbot.waitSignal(panel.services.hub.openScenario) as blocker:
        qtbot.mouseClick(panel.open_bargain, Qt.MouseButton.LeftButton)
    assert blocker.args == ["price.cannot_discount"]
    panel.min_margin.setText("95")
    assert panel.bargain_result.text() == "最低利润率：必须在 0 到 100% 之间，且加上费率小于 100%"
    assert not panel.open_bargain.isEnabled()


def test_bargaining_helper_in_english(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    qtbot.keyClicks(panel.counter, "10.50")
    assert panel.bargain_result.text() == (
        "Margin at this price: 9.31% (above the floor, no loss). At the minimum margin of 5%,"
        " the lowest price is $9.97, a discount of at most 11.63%."
        " Suggested reply: Discount for buying more pieces in one order"
    )
    panel.min_margin.setText("95")
    assert panel.bargain_result.text().startswith("Minimum margin: must be from 0")
    panel.counter.setText("0")
    panel.min_margin.setText("5")
    assert panel.bargain_result.text() == "Counter-offer: must be greater than 0"


def test_quote_into_a_reply(qtbot: QtBot, panel: QuotePanel) -> None:
    type_example(qtbot, panel)
    hub = panel.services.hub
    with qtbot.waitSignal(hub.quoteReply) as blocker:
        qtbot.mouseClick(panel.to_reply, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        "price.price_adjusted",
        {"price": "$11.29", "qty": "1", "discount": "30%"},
    ]
    panel.reply_kind.setCurrentIndex(panel.reply_kind.findData("price.bulk_quote"))
    panel.tiers_model.item(2, 1).setText("20")
    panel.tiers.setCurrentIndex(panel.tiers_model.index(2, 0))
    with qtbot.waitSignal(hub.quoteReply) as blocker:
        qtbot.mouseClick(panel.to_reply, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "price.bulk_quote"
    # the tier's own unit price: shipping 20 instead of 25 per piece
    assert blocker.args[1]["qty"] == "50" and blocker.args[1]["price"] == "$10.31"


def test_presets_and_rate_age(qtbot: QtBot, panel: QuotePanel, lib: Library) -> None:
    type_example(qtbot, panel)
    hub = panel.services.hub
    panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
    assert panel.fields["commission"].text() == "15"
    panel.fields["commission"].setText("12")
    with qtbot.waitSignal(hub.libraryChanged):
        qtbot.mouseClick(panel.save_platform, Qt.MouseButton.LeftButton)
    panel.platform.setCurrentIndex(panel.platform.findData("aliexpress"))
    assert panel.fields["commission"].text() == "8"
    panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
    assert panel.fields["commission"].text() == "12"  # the edited default is kept
    panel.fields["fx"].setText("7.20")
    with qtbot.waitSignal(hub.libraryChanged):
        panel.fields["fx"].editingFinished.emit()
    assert "(0 days ago)" in panel.fx_age.text()
    panel.product.setEditText("Earbuds X1")
    with qtbot.waitSignal(hub.libraryChanged):
        qtbot.mouseClick(panel.save_product, Qt.MouseButton.LeftButton)
    panel.fields["cost"].setText("1")
    panel.product.activated.emit(panel.product.findText("Earbuds X1"))
    assert panel.fields["cost"].text() == "30"
    stored = rate(lib, "USD")
    assert stored is not None and stored.cny_per_unit == "7.20"


def test_english_ui_shows_no_chinese(qtbot: QtBot, panel: QuotePanel) -> None:
    shown: list[str] = []
    type_example(qtbot, panel)
    qtbot.keyClicks(panel.counter, "10.50")
    panel.tiers_model.item(3, 2).setText("95")  # a tier with a problem
    shown += texts(panel)
    type_example(qtbot, panel, cost="-1", fx="abc")
    shown += texts(panel)
    type_example(qtbot, panel, margin="75")
    panel.min_margin.setText("95")
    shown += texts(panel)
    for text in shown:
        assert not CJK.search(text), text
    joined = "\n".join(shown)
    for words in (
        "Cost (CNY/unit)",
        "Exchange rate (1 USD = ? CNY)",
        "Selling price $11.29",
        "List price $16.12",
        "Floor (break-even) $9.43",
        "Markup 19.74%",
        "Landed cost 60.90 CNY",
        "Profit ",
        "Shipping cost ",
        "Suggested reply: Discount for buying more pieces in one order",
        "Cost: must not be negative",
        "Minimum margin: must be from 0",
    ):
        assert words in joined, words
    assert [panel.platform.itemText(i) for i in range(panel.platform.count())] == [
        "AliExpress",
        "Amazon",
        "Shopee",
        "Own store",
    ]


def test_chinese_ui_shows_the_words_of_today(qtbot: QtBot, make_panel: MakePanel) -> None:
    panel = make_panel("zh_CN")
    type_example(qtbot, panel)
    labels = {w.text() for w in panel.findChildren(QLabel)}
    assert {"成本（元/件）", "国际运费（元/件）", "损耗率（%）", "汇率（1 USD = ? 元）"} <= labels
    result = panel.result.text()
    for words in (
        "售价 $11.29",
        "US$11.29 · 80.13 元",
        "划线价 $16.12",
        "底价（保本）$9.43",
        "利润率 15.00%",
        "加价率 19.74%",
        "落地成本 60.90 元",
    ):
        assert words in result, words
    assert [t.split()[0] for t in panel.bar.legend()] == [
        "成本",
        "运费",
        "损耗",
        "佣金",
        "手续费",
        "利润",
    ]
    assert [panel.platform.itemText(i) for i in range(panel.platform.count())] == [
        "速卖通",
        "亚马逊",
        "Shopee",
        "独立站",
    ]
    assert panel.save_platform.text() == "保存为该平台的默认费率"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_problem_code_is_worded_in_the_ui_language(
    make_panel: MakePanel, language: str
) -> None:
    make_panel(language)  # installs the catalogue
    words = QuoteWords()
    for code in CODES:
        text = words.problem(Problem("cost", code, "12"))
        assert text and "%1" not in text and "%2" not in text, code
        assert bool(CJK.search(text)) == (language != "en"), text


def test_window_fits_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.panels.set_open("quote", True)
    window.resize(1280, 720)
    qtbot.wait(50)
    assert window.minimumSizeHint().height() <= 720
    assert window.height() <= 740
