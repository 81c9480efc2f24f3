"""The quotation panel through real widgets: results, validation, tiers, bargaining, reply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.ui.main_window import MainWindow

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


def type_example(qtbot: QtBot, window: MainWindow, **changes: str) -> None:
    window.set_country("US")
    window.show_quote()
    for name, value in {**EXAMPLE, **changes}.items():
        field = window.quote.fields[name]
        field.clear()
        qtbot.keyClicks(field, value)


def test_worked_example_in_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    text = window.quote.result.text()
    for figure in ("$11.29", "$16.12", "$9.43", "80.13", "15.00%", "19.74%"):
        assert figure in text, figure
    assert window.quote.problems.text() == ""
    assert set(window.quote.bar.parts) == {
        "cost",
        "shipping",
        "loss",
        "commission",
        "payout",
        "profit",
    }


def test_validation_names_the_field_in_chinese(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window, cost="-1")
    assert "成本" in window.quote.problems.text() and window.quote.result.text() == ""
    assert not window.quote.to_reply.isEnabled()
    type_example(qtbot, window, fx="abc")
    assert "汇率" in window.quote.problems.text()
    type_example(qtbot, window, margin="95")
    assert "100%" in window.quote.problems.text()
    type_example(qtbot, window, margin="75")
    assert "⚠" in window.quote.problems.text() and "$" in window.quote.result.text()


def test_currency_follows_the_buyer_country(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    window.set_country("KR")
    window.quote.fields["fx"].setText("0.0054")
    assert window.quote.country.currency == "KRW"
    assert "₩14,839" in window.quote.result.text()
    window.set_country("DE")
    window.quote.fields["fx"].setText("7.70")
    assert "€" in window.quote.result.text() and "," in window.quote.result.text()


def test_charm_and_reverse_mode(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    window.quote.charm_box.setChecked(True)
    assert "$11.99" in window.quote.result.text()
    window.quote.charm_box.setChecked(False)
    window.quote.reverse.setChecked(True)
    qtbot.keyClicks(window.quote.price, "11.29")
    assert "15.03%" in window.quote.result.text()


def test_quantity_tiers(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    model = window.quote.tiers_model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == ["1", "10", "50", "100"]
    # the buyer pays the listed unit price times the quantity
    assert model.item(0, 3).text() == "$11.29" and model.item(1, 4).text() == "$112.90"
    model.item(3, 1).setText("18")  # bulk ships cheaper per unit
    model.item(3, 2).setText("10")
    # (30 + 3 + 18) * 1.05 = 53.55 landed; 53.55 / (1 - 0.09 - 0.10) = 66.11 CNY; / 7.10
    assert model.item(3, 3).text() == "$9.31"


def test_bargaining_helper(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    qtbot.keyClicks(window.quote.counter, "10.50")
    text = window.quote.bargain_result.text()
    assert "9.31%" in text and "不亏本" in text and "$9.97" in text and "多买优惠" in text
    window.quote.counter.setText("9.00")
    text = window.quote.bargain_result.text()
    assert "会亏本" in text and "价格无法优惠" in text
    with qtbot.waitSignal(window.services.hub.openScenario) as blocker:
        qtbot.mouseClick(window.quote.open_bargain, Qt.MouseButton.LeftButton)
    assert blocker.args == ["price.cannot_discount"]
    assert {e.scenario for e in window.model.entries()} == {"price.cannot_discount"}


def test_quote_into_a_reply(qtbot: QtBot, window: MainWindow) -> None:
    type_example(qtbot, window)
    qtbot.mouseClick(window.quote.to_reply, Qt.MouseButton.LeftButton)
    assert window.fill.isVisible()
    assert window.fill.entry is not None and window.fill.entry.scenario == "price.price_adjusted"
    assert window.fill.fields["price"].text() == "$11.29"
    window.quote.reply_kind.setCurrentIndex(window.quote.reply_kind.findData("price.bulk_quote"))
    window.quote.tiers.setCurrentIndex(window.quote.tiers_model.index(2, 0))
    qtbot.mouseClick(window.quote.to_reply, Qt.MouseButton.LeftButton)
    assert window.fill.entry.scenario == "price.bulk_quote"
    fields = window.fill.fields
    assert (fields["price"].text() == "$11.29" and fields.get("qty", None) is None) or (
        fields["qty"].text() == "50"
    )


def test_presets_and_rate_age(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    type_example(qtbot, window)
    panel = window.quote
    panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
    assert panel.fields["commission"].text() == "15"
    panel.fields["commission"].setText("12")
    qtbot.mouseClick(panel.save_platform, Qt.MouseButton.LeftButton)
    panel.platform.setCurrentIndex(panel.platform.findData("aliexpress"))
    assert panel.fields["commission"].text() == "8"
    panel.platform.setCurrentIndex(panel.platform.findData("amazon"))
    assert panel.fields["commission"].text() == "12"  # the edited default is kept
    panel.fields["fx"].setText("7.20")
    panel.fields["fx"].editingFinished.emit()
    assert "0 天前" in panel.fx_age.text() or "0 days" in panel.fx_age.text()
    panel.product.setEditText("Earbuds X1")
    qtbot.mouseClick(panel.save_product, Qt.MouseButton.LeftButton)
    panel.fields["cost"].setText("1")
    panel.product.activated.emit(panel.product.findText("Earbuds X1"))
    assert panel.fields["cost"].text() == "30"
    from desktop.core.presets import rate

    assert rate(lib, "USD") is not None and rate(lib, "USD").cny_per_unit == "7.20"  # type: ignore[union-attr]


def test_window_fits_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.show_quote()
    window.resize(1280, 720)
    qtbot.wait(50)
    assert window.minimumSizeHint().height() <= 720
    assert window.height() <= 740
