"""The quotation panel: inputs, live results in the buyer's currency, breakdown bar, quantity
tiers, bargaining helper, and the quote into a price reply.

The arithmetic is core.quote (Decimal, well under a millisecond), so it runs as you type.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.countries import Country, countries
from desktop.core.presets import (
    Product,
    platforms,
    products,
    rate,
    save_platform,
    save_product,
    save_rate,
)
from desktop.core.quote import (
    FIELDS,
    INPUT_FIELDS,
    Quote,
    QuoteInput,
    calculate,
    charm,
    margin_at,
    money,
    percent,
    price_for_margin,
)
from desktop.core.scenarios import scenarios
from desktop.ui.services import Services

PARTS = (
    ("cost", "成本", "#4c78a8"),
    ("shipping", "运费", "#72b7b2"),
    ("loss", "损耗", "#b279a2"),
    ("commission", "佣金", "#f58518"),
    ("payout", "手续费", "#e45756"),
    ("profit", "利润", "#54a24b"),
)
TIER_QTYS = (1, 10, 50, 100)
INPUTS = INPUT_FIELDS


class BreakdownBar(QWidget):
    """A stacked bar: the share of each part of the selling price, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: dict[str, Decimal] = {}
        self.setMinimumHeight(62)

    def set_parts(self, parts: dict[str, Decimal]) -> None:
        self.parts = parts
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        total = sum((v for v in self.parts.values() if v > 0), Decimal(0))
        if total <= 0:
            return
        p = QPainter(self)
        x, width = 0, self.width()
        for key, _label, colour in PARTS:
            share = max(self.parts.get(key, Decimal(0)), Decimal(0)) / total
            w = round(share * width)
            p.fillRect(QRect(x, 0, w, 20), QColor(colour))
            x += w
        # the legend: three parts per row, so it fits a narrow dock
        column = width // 3
        for i, (key, label, colour) in enumerate(PARTS):
            share = max(self.parts.get(key, Decimal(0)), Decimal(0)) / total
            lx, ly = (i % 3) * column, 26 + (i // 3) * 16
            p.fillRect(QRect(lx, ly, 10, 10), QColor(colour))
            p.setPen(QColor("#39404a"))
            p.drawText(lx + 14, ly + 10, f"{label} {percent(share)}%")
        p.end()


@dataclass(frozen=True)
class Bargain:
    margin: Decimal
    above_floor: bool
    min_price: Decimal
    max_discount: Decimal
    scenario: str


def bargain(quote: Quote, counter: Decimal, min_margin: Decimal) -> Bargain:
    """What a buyer's counter-offer means, and which reply fits."""
    margin = margin_at(quote, counter)
    min_price = price_for_margin(quote, min_margin)
    list_price = quote.exact["price"]
    max_discount = max(Decimal(0), 1 - min_price / list_price)
    if counter < quote.exact["floor"]:
        scenario = "price.cannot_discount"
    elif list_price <= min_price:
        scenario = "price.still_too_high"
    elif counter >= min_price:
        scenario = "price.quantity_discount"
    else:
        scenario = "price.gift_instead"
    return Bargain(margin, counter >= quote.exact["floor"], min_price, max_discount, scenario)


class QuotePanel(QWidget):
    """Inputs on the left, results on the right; the hub's ``quoteReply`` asks for a reply."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        library = self._library = services.library
        self.country: Country = countries()["US"]
        self.quote: Quote | None = None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.platform = QComboBox()
        for p in platforms(library):
            self.platform.addItem(f"{p.name_zh} {p.name_en}", p.key)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.setPlaceholderText(self.tr("product preset"))
        self.save_product = QPushButton(self.tr("Save product"))
        self.save_platform = QPushButton(self.tr("Save fees for this platform"))
        presets = QHBoxLayout()
        presets.addWidget(self.platform, 1)
        presets.addWidget(self.product, 1)
        presets.addWidget(self.save_product)
        defaults = {
            "loss": "3",
            "margin": "15",
            "discount": "0",
            "domestic": "0",
            "international": "0",
        }
        for name in INPUTS:
            edit = QLineEdit(defaults.get(name, ""))
            edit.setObjectName(f"quote_{name}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.fields[name] = edit
            unit = "%" if name in ("loss", "commission", "payout", "margin", "discount") else ""
            label = FIELDS[name][1] + (
                f"（{unit}）" if unit else "（元/件）" if name != "fx" else ""
            )
            form.addRow(label, edit)
        self.fx_label = form.labelForField(self.fields["fx"])
        self.fx_age = QLabel()
        self.fx_age.setObjectName("hint")
        form.addRow("", self.fx_age)
        form.addRow("", self.save_platform)
        self.reverse = QCheckBox(self.tr("Reverse: from a price to the margin"))
        self.price = QLineEdit()
        self.price.setObjectName("quote_price")
        self.price.setEnabled(False)
        self.charm_box = QCheckBox(self.tr("Charm price (.99)"))
        form.addRow(self.reverse, self.price)
        form.addRow("", self.charm_box)

        self.result = QLabel()
        self.result.setObjectName("quoteResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.bar = BreakdownBar()
        self.tiers_model = QStandardItemModel(self)
        self.tiers = QTableView()
        self.tiers.setModel(self.tiers_model)
        self.tiers.verticalHeader().hide()
        self.tiers.verticalHeader().setDefaultSectionSize(24)
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tiers.setMinimumHeight(4 * 24 + 30)
        self.tiers.setMaximumHeight(4 * 24 + 34)
        self.counter = QLineEdit()
        self.counter.setObjectName("quote_counter")
        self.counter.setPlaceholderText(self.tr("buyer's counter-offer"))
        self.min_margin = QLineEdit("5")
        self.min_margin.setObjectName("quote_min_margin")
        self.bargain_result = QLabel()
        self.bargain_result.setWordWrap(True)
        self.open_bargain = QPushButton(self.tr("Open the suggested reply"))
        self.reply_kind = QComboBox()
        for scenario, label in (
            ("price.price_adjusted", self.tr("Price adjusted")),
            ("price.quantity_discount", self.tr("Quantity discount")),
            ("price.bulk_quote", self.tr("Bulk quote")),
        ):
            self.reply_kind.addItem(label, scenario)
        self.to_reply = QPushButton(self.tr("Quote into a reply"))
        self.to_reply.setObjectName("primary")

        haggle = QGroupBox(self.tr("Bargaining"))
        hl = QGridLayout(haggle)
        hl.addWidget(QLabel(self.tr("Counter-offer")), 0, 0)
        hl.addWidget(self.counter, 0, 1)
        hl.addWidget(QLabel(self.tr("Minimum margin (%)")), 0, 2)
        hl.addWidget(self.min_margin, 0, 3)
        hl.addWidget(self.bargain_result, 1, 0, 1, 4)
        hl.addWidget(self.open_bargain, 2, 3)
        reply = QHBoxLayout()
        reply.addWidget(self.reply_kind, 1)
        reply.addWidget(self.to_reply)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.result)
        layout.addWidget(self.bar)
        layout.addWidget(self.tiers)
        layout.addWidget(haggle)
        layout.addLayout(reply)
        layout.addStretch(1)

        for edit in (*self.fields.values(), self.price, self.counter, self.min_margin):
            edit.textChanged.connect(self.recalculate)
        self.reverse.toggled.connect(self._mode_changed)
        self.charm_box.toggled.connect(self.recalculate)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.product.activated.connect(self._product_chosen)
        self.save_product.clicked.connect(self._save_product)
        self.save_platform.clicked.connect(self._save_platform)
        self.fields["fx"].editingFinished.connect(self._store_rate)
        self.tiers_model.itemChanged.connect(lambda _i: self._update_tiers())
        self.to_reply.clicked.connect(self._quote_reply)
        self.open_bargain.clicked.connect(self._open_bargain)
        self._load_products()
        self._platform_changed()
        services.hub.countryChanged.connect(lambda code: self.set_country(countries()[code]))

    # -- presets ---------------------------------------------------------------------------
    def _platform_changed(self) -> None:
        key = self.platform.currentData()
        for p in platforms(self._library):
            if p.key == key:
                self.fields["commission"].setText(p.commission)
                self.fields["payout"].setText(p.payout)

    def _save_platform(self) -> None:
        commission = _decimal(self.fields["commission"].text())
        payout = _decimal(self.fields["payout"].text())
        if (
            commission is None
            or payout is None
            or not (0 <= commission < 100 and 0 <= payout < 100)
        ):
            return  # the inline message names the field already
        save_platform(self._library, str(self.platform.currentData()), f"{commission}", f"{payout}")

    def _load_products(self) -> None:
        self.product.clear()
        for p in products(self._library):
            self.product.addItem(p.name)
        self.product.setCurrentIndex(-1)

    def _product_chosen(self, index: int) -> None:
        chosen = {p.name: p for p in products(self._library)}.get(self.product.itemText(index))
        if chosen is not None:
            self.fields["cost"].setText(chosen.cost)
            self.fields["domestic"].setText(chosen.domestic)
            self.fields["international"].setText(chosen.international)

    def _save_product(self) -> None:
        name = self.product.currentText().strip()
        if name:
            f = self.fields
            save_product(
                self._library,
                Product(name, f["cost"].text(), f["domestic"].text(), f["international"].text()),
            )
            self._load_products()
            self.product.setCurrentIndex(self.product.findText(name))

    def _store_rate(self) -> None:
        try:
            save_rate(self._library, self.country.currency, self.fields["fx"].text(), date.today())
        except ValueError:
            return  # the inline message already says what is wrong
        self._show_rate_age()

    def _show_rate_age(self) -> None:
        stored = rate(self._library, self.country.currency)
        if stored is None:
            self.fx_age.setText(self.tr("Type today's rate: it is kept with its date."))
            return
        age = stored.age_days(date.today())
        text = self.tr("Rate set %1 (%2 days ago)").replace("%1", stored.set_on)
        self.fx_age.setText(text.replace("%2", str(age)))

    def set_country(self, country: Country) -> None:
        """The buyer's country picks the currency, its format and the stored rate."""
        self.country = country
        if isinstance(self.fx_label, QLabel):
            self.fx_label.setText(f"汇率（1 {country.currency} = ? 元）")
        stored = rate(self._library, country.currency)
        self.fields["fx"].setText(stored.cny_per_unit if stored else "")
        self._show_rate_age()
        self.recalculate()

    # -- calculation -----------------------------------------------------------------------
    def _mode_changed(self, reverse: bool) -> None:
        self.price.setEnabled(reverse)
        self.fields["margin"].setEnabled(not reverse)
        self.recalculate()

    def inputs(self, **override: Any) -> QuoteInput:
        values: dict[str, Any] = {n: self.fields[n].text() for n in INPUTS}
        values["price"] = self.price.text() if self.reverse.isChecked() else None
        values.update(override)  # tiers override shipping and margin, and force forward mode
        return QuoteInput(**values, currency=self.country.currency)

    def fmt(self, amount: Decimal, locale: str | None = None) -> str:
        return str(
            format_currency(amount, self.country.currency, locale=locale or self.country.locale)
        )

    def recalculate(self) -> None:
        result = calculate(self.inputs())
        self.quote = result.quote
        if result.quote is None:
            self.problems.setText("\n".join(p.message("zh_CN") for p in result.problems))
            self.result.setText("")
            self.bar.set_parts({})
            self.bargain_result.setText("")
            self.to_reply.setEnabled(False)
            self.tiers_model.clear()
            return
        q = result.quote
        self.problems.setText("\n".join("⚠ " + w.message("zh_CN") for w in q.warnings))
        price = charm(q.price, q.currency) if self.charm_box.isChecked() else q.price
        margin = margin_at(q, price) if self.charm_box.isChecked() else q.margin
        self.result.setText(
            f"<b style='font-size:16px'>售价 {self.fmt(price)}</b>"
            f"　<span style='color:#6b7380'>{self.fmt(price, 'zh_CN')} · {q.price_cny} 元"
            "</span><br>"
            f"划线价 {self.fmt(q.list_price)}　底价（保本）{self.fmt(q.floor)}<br>"
            f"利润率 {percent(margin)}%　加价率 {percent(q.markup)}%　落地成本 {q.landed} 元"
        )
        self.bar.set_parts(q.parts_cny)
        self.to_reply.setEnabled(True)
        self._update_tiers()
        self._update_bargain()

    def shown_price(self) -> Decimal | None:
        if self.quote is None:
            return None
        return (
            charm(self.quote.price, self.quote.currency)
            if self.charm_box.isChecked()
            else self.quote.price
        )

    # -- tiers -----------------------------------------------------------------------------
    def _ensure_tier_rows(self) -> None:
        if self.tiers_model.rowCount():
            return
        self.tiers_model.setHorizontalHeaderLabels(
            [
                self.tr("Quantity"),
                self.tr("Int'l shipping / unit"),
                self.tr("Margin %"),
                self.tr("Unit price"),
                self.tr("Total"),
            ]
        )
        base_ship, base_margin = self.fields["international"].text(), self.fields["margin"].text()
        for qty in TIER_QTYS:
            row = [
                QStandardItem(str(qty)),
                QStandardItem(base_ship),
                QStandardItem(base_margin),
                QStandardItem(""),
                QStandardItem(""),
            ]
            for item in (row[0], row[3], row[4]):
                item.setEditable(False)
            self.tiers_model.appendRow(row)

    def _update_tiers(self) -> None:
        self._ensure_tier_rows()
        model = self.tiers_model
        model.blockSignals(True)
        for r in range(model.rowCount()):
            qty = int(model.item(r, 0).text())
            ship, margin = model.item(r, 1).text(), model.item(r, 2).text()
            tier = calculate(self.inputs(international=ship, margin=margin, price=None))
            if tier.quote is None:
                model.item(r, 3).setText("—")
                model.item(r, 4).setText(tier.problems[0].message("zh_CN"))
            else:
                unit = tier.quote.price
                model.item(r, 3).setText(self.fmt(unit))
                model.item(r, 4).setText(self.fmt(money(unit * qty, self.country.currency)))
        model.blockSignals(False)
        self.tiers.viewport().update()

    # -- bargaining and replies --------------------------------------------------------------
    def _update_bargain(self) -> None:
        self.open_bargain.setEnabled(False)
        q = self.quote
        counter = _decimal(self.counter.text())
        min_margin = _decimal(self.min_margin.text())
        if q is None or counter is None or counter <= 0 or min_margin is None:
            self.bargain_result.setText(self.tr("Type the buyer's counter-offer to check it."))
            return
        if not 0 <= min_margin < 100 or 1 - q.exact["fees"] - min_margin / 100 <= 0:
            self.bargain_result.setText("最低利润率：必须在 0 到 100% 之间，且加上费率小于 100%")
            return
        b = bargain(q, counter, min_margin / 100)
        self.last_bargain = b
        verdict = "高于底价，不亏本" if b.above_floor else "低于底价，会亏本"
        self.bargain_result.setText(
            f"此价利润率 {percent(b.margin)}%（{verdict}）。按最低利润率 {min_margin}% ，"
            f"最低可卖 {self.fmt(money(b.min_price, self.country.currency))}，"
            f"最多可让 {percent(b.max_discount)}%。建议回复：{scenarios()[b.scenario].zh}"
        )
        self.open_bargain.setEnabled(True)

    def _open_bargain(self) -> None:
        b = getattr(self, "last_bargain", None)
        if b is not None:
            self._services.hub.openScenario.emit(b.scenario)

    def reply_values(self) -> dict[str, str]:
        """{price}, {qty}, {discount} for a price reply, from the current calculation."""
        price = self.shown_price()
        if price is None:
            return {}
        values = {"price": self.fmt(price), "qty": "1"}
        index = self.tiers.currentIndex()
        if index.isValid() and index.row() > 0:
            row = index.row()
            values["qty"] = self.tiers_model.item(row, 0).text()
            values["price"] = self.tiers_model.item(row, 3).text()
        discount = _decimal(self.fields["discount"].text())
        if discount:
            values["discount"] = f"{discount.normalize():f}%"
        return values

    def _quote_reply(self) -> None:
        values = self.reply_values()
        if values:
            self._services.hub.quoteReply.emit(str(self.reply_kind.currentData()), values)


def _decimal(text: str) -> Decimal | None:
    from decimal import InvalidOperation

    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
