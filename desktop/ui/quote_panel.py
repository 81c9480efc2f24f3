"""The quotation panel: inputs, live results in the buyer's currency, breakdown bar, quantity
tiers, bargaining helper, and the quote into a price reply.

The arithmetic is core (desktop.core.quote.pricing and .bargain: Decimal, well under a
millisecond), so it runs as you type. The presets (platform fees, products, exchange rates)
live in the library: they are read and written through the task runner, never on the GUI
thread, and a result that arrives after the agent moved on (another country, a newer request)
is dropped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.countries import Country, country
from desktop.core.library.scenarios import scenarios
from desktop.core.quote.bargain import Bargain, check_offer
from desktop.core.quote.pricing import (
    INPUT_FIELDS,
    Problem,
    Quote,
    QuoteInput,
    calculate,
    charm,
    margin_at,
    money,
    parse_decimal,
    percent,
)
from desktop.ui.quote_presets import QuotePresets
from desktop.ui.quote_widgets import BreakdownBar, QuoteWords, TierTable, plain
from desktop.ui.services import Services

INPUTS = INPUT_FIELDS
DEFAULTS = {"loss": "3", "margin": "15", "discount": "0", "domestic": "0", "international": "0"}


class QuotePanel(QWidget):
    """Inputs on the left, results on the right; the hub's ``quoteReply`` asks for a reply."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._words = QuoteWords(self)
        self.country: Country = country("US")
        self.quote: Quote | None = None
        self.last_bargain: Bargain | None = None
        self.fields: dict[str, QLineEdit] = {}
        form = self._build_form()
        self.presets = QuotePresets(services, self.fields, self)
        self._build_options(form)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_preset_row())
        layout.addLayout(form)
        self._build_results(layout)
        layout.addWidget(self._build_bargaining())
        layout.addLayout(self._build_reply())
        layout.addStretch(1)
        self._wire()
        self.setFocusProxy(self.fields["cost"])  # opening the panel starts at the cost
        self.set_country(self.country)
        self.presets.load()

    # -- building ---------------------------------------------------------------------------
    def _build_preset_row(self) -> QHBoxLayout:
        self.platform, self.product = self.presets.platform, self.presets.product
        self.save_product = self.presets.save_product
        row = QHBoxLayout()
        row.addWidget(self.platform, 1)
        row.addWidget(self.product, 1)
        row.addWidget(self.save_product)
        return row

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        for name in INPUTS:
            edit = QLineEdit(DEFAULTS.get(name, ""))
            edit.setObjectName(f"quote_{name}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.fields[name] = edit
            words = self._words
            text = (
                words.fx_label(self.country.currency) if name == "fx" else words.field_label(name)
            )
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            if name == "fx":
                self.fx_label = label
        return form

    def _build_options(self, form: QFormLayout) -> None:
        self.fx_age, self.save_platform = self.presets.fx_age, self.presets.save_platform
        self.reverse = QCheckBox(self.tr("Reverse: from a price to the margin"))
        self.price = QLineEdit()
        self.price.setObjectName("quote_price")
        self.price.setEnabled(False)
        self.charm_box = QCheckBox(self.tr("Charm price (.99)"))
        form.addRow("", self.fx_age)
        form.addRow("", self.save_platform)
        form.addRow(self.reverse, self.price)
        form.addRow("", self.charm_box)

    def _build_results(self, layout: QVBoxLayout) -> None:
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("quoteResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = BreakdownBar(self._words.parts())
        self.tiers = TierTable()
        self.tiers_model = self.tiers.tiers_model
        for widget in (self.problems, self.result, self.bar, self.tiers):
            layout.addWidget(widget)

    def _build_bargaining(self) -> QGroupBox:
        self.counter = QLineEdit()
        self.counter.setObjectName("quote_counter")
        self.counter.setPlaceholderText(self.tr("buyer's counter-offer"))
        self.min_margin = QLineEdit("5")
        self.min_margin.setObjectName("quote_min_margin")
        self.bargain_result = QLabel()
        self.bargain_result.setWordWrap(True)
        self.open_bargain = QPushButton(self.tr("Open the suggested reply"))
        haggle = QGroupBox(self.tr("Bargaining"))
        grid = QGridLayout(haggle)
        grid.addWidget(QLabel(self.tr("Counter-offer")), 0, 0)
        grid.addWidget(self.counter, 0, 1)
        grid.addWidget(QLabel(self.tr("Minimum margin (%)")), 0, 2)
        grid.addWidget(self.min_margin, 0, 3)
        grid.addWidget(self.bargain_result, 1, 0, 1, 4)
        grid.addWidget(self.open_bargain, 2, 3)
        return haggle

    def _build_reply(self) -> QHBoxLayout:
        self.reply_kind = QComboBox()
        for scenario, label in (
            ("price.price_adjusted", self.tr("Price adjusted")),
            ("price.quantity_discount", self.tr("Quantity discount")),
            ("price.bulk_quote", self.tr("Bulk quote")),
        ):
            self.reply_kind.addItem(label, scenario)
        self.to_reply = QPushButton(self.tr("Quote into a reply"))
        self.to_reply.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self.reply_kind, 1)
        row.addWidget(self.to_reply)
        return row

    def _wire(self) -> None:
        for edit in (*self.fields.values(), self.price, self.counter, self.min_margin):
            edit.textChanged.connect(self.recalculate)
        self.reverse.toggled.connect(self._mode_changed)
        self.charm_box.toggled.connect(self.recalculate)
        self.presets.rateSettled.connect(self.recalculate)
        self.tiers.edited.connect(self._update_tiers)
        self.to_reply.clicked.connect(self._quote_reply)
        self.open_bargain.clicked.connect(self._open_bargain)
        hub = self.services.hub
        hub.countryChanged.connect(lambda code: self.set_country(country(code)))

    def set_country(self, country: Country) -> None:
        """The buyer's country picks the currency, its format and the stored rate."""
        self.country = country
        self.fx_label.setText(self._words.fx_label(country.currency))
        self.presets.set_currency(country.currency)
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
        currency = self.country.currency
        return str(format_currency(amount, currency, locale=locale or self.country.locale))

    def _clear_results(self, problems: str) -> None:
        self.quote = None
        self.problems.setText(problems)
        self.result.setText("")
        self.bar.set_parts({})
        self.bargain_result.setText("")
        self.open_bargain.setEnabled(False)
        self.to_reply.setEnabled(False)
        self.tiers.clear_rows()

    def recalculate(self) -> None:
        if self.presets.rate_pending and not self.fields["fx"].text():
            self._clear_results("")  # the stored rate is on its way
            return
        result = calculate(self.inputs())
        if result.quote is None:
            self._clear_results("\n".join(self._words.problem(p) for p in result.problems))
            return
        q = self.quote = result.quote
        self.problems.setText("\n".join("⚠ " + self._words.problem(w) for w in q.warnings))
        price = self.shown_price() or q.price
        margin = margin_at(q, price) if self.charm_box.isChecked() else q.margin
        shown, in_ui = self.fmt(price), self.fmt(price, self.services.ui_locale)
        figures = {
            "list_price": self.fmt(q.list_price),
            "floor": self.fmt(q.floor),
            "margin": percent(margin),
            "markup": percent(q.markup),
            "landed": str(q.landed),
        }
        text = self._words.result(shown, "" if in_ui == shown else in_ui, str(q.price_cny), figures)
        self.result.setText(text)
        self.bar.set_parts(q.parts_cny)
        self.to_reply.setEnabled(True)
        self._update_tiers()
        self._update_bargain()

    def shown_price(self) -> Decimal | None:
        if self.quote is None:
            return None
        q = self.quote
        return charm(q.price, q.currency) if self.charm_box.isChecked() else q.price

    def _update_tiers(self) -> None:
        if self.quote is None:
            return
        currency = self.country.currency

        def total(unit: Decimal, qty: int) -> tuple[str, str]:
            return self.fmt(unit), self.fmt(money(unit * qty, currency))

        self.tiers.refresh(
            lambda ship, margin: calculate(
                self.inputs(international=ship, margin=margin, price=None)
            ),
            total,
            self._words.problem,
            (self.fields["international"].text(), self.fields["margin"].text()),
        )

    # -- bargaining and replies --------------------------------------------------------------
    def _update_bargain(self) -> None:
        self.open_bargain.setEnabled(False)
        self.last_bargain = None
        q = self.quote
        checked = None if q is None else check_offer(q, self.counter.text(), self.min_margin.text())
        if checked is None:
            self.bargain_result.setText(self.tr("Type the buyer's counter-offer to check it."))
        elif isinstance(checked, Problem):
            self.bargain_result.setText(self._words.problem(checked))
        else:
            self.last_bargain = checked
            scenario = scenarios()[checked.scenario]
            name = scenario.zh if self.services.chinese else scenario.en
            lowest = self.fmt(money(checked.min_price, self.country.currency))
            self.bargain_result.setText(self._words.bargain(checked, lowest, name))
            self.open_bargain.setEnabled(True)

    def _open_bargain(self) -> None:
        if self.last_bargain is not None:
            self.services.hub.openScenario.emit(self.last_bargain.scenario)

    def reply_values(self) -> dict[str, str]:
        """{price}, {qty}, {discount} for a price reply, from the current calculation."""
        price = self.shown_price()
        if price is None:
            return {}
        values = {"price": self.fmt(price), "qty": "1"}
        tier = self.tiers.chosen()
        if tier is not None:
            values["qty"], values["price"] = tier
        discount = parse_decimal(self.fields["discount"].text())
        if discount:
            values["discount"] = f"{plain(discount)}%"
        return values

    def _quote_reply(self) -> None:
        values = self.reply_values()
        if values:
            self.services.hub.quoteReply.emit(str(self.reply_kind.currentData()), values)
