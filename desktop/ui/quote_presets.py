"""The quotation panel's presets: platform fees, products and exchange rates in the library.

Every read and write goes through the task runner, never on the GUI thread (the library lock
can be held by a long worker job). The form stays usable meanwhile: a result that arrives after
the agent moved on (another currency, a newer request, a rate typed by hand) is dropped, and a
write is followed by the hub's ``libraryChanged``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.core.quote.presets import (
    DEFAULT_PLATFORMS,
    Platform,
    Product,
    Rate,
    platform_fees,
    platforms,
    products,
    rate,
    save_platform,
    save_product,
    save_rate,
)
from desktop.core.quote.pricing import parse_decimal
from desktop.ui.quote_widgets import fill
from desktop.ui.services import Services

Presets = tuple[list[Platform], list[Product]]
T = TypeVar("T")


class QuotePresets(QObject):
    """The preset widgets (platform and product pickers, save buttons, the rate's age) and
    what they do to the form's ``fields``."""

    #: The stored rate for the current currency arrived (or there is none): recalculate.
    rateSettled = Signal()

    def __init__(self, services: Services, fields: dict[str, QLineEdit], parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._fields = fields
        self._platforms = {p.key: p for p in DEFAULT_PLATFORMS}
        self._products: dict[str, Product] = {}
        self._shown_fees = ("", "")  # the fees last put in the form from a preset
        self._currency = ""
        self._request = 0  # the newest rate asked for; older answers are dropped
        self._stored: Rate | None = None  # the current currency's rate as stored
        self._typed = False  # the agent typed a rate since the currency changed
        self.rate_pending = False
        self.platform = QComboBox()
        for p in DEFAULT_PLATFORMS:
            self.platform.addItem(p.name_zh if services.chinese else p.name_en, p.key)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.setPlaceholderText(self.tr("product preset"))
        self.save_product = QPushButton(self.tr("Save product"))
        self.save_platform = QPushButton(self.tr("Save fees for this platform"))
        self.fx_age = QLabel()
        self.fx_age.setObjectName("hint")
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.product.activated.connect(self._product_chosen)
        self.save_product.clicked.connect(self._save_product)
        self.save_platform.clicked.connect(self._save_platform)
        fields["fx"].textEdited.connect(self._fx_typed)
        fields["fx"].editingFinished.connect(self._store_rate)
        services.hub.libraryChanged.connect(self.load)
        self._platform_changed()

    def _submit(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._services.tasks.submit(job, done, on_error or self._failed)

    def _failed(self, kind: str) -> None:
        self._services.tasks.failed.emit(kind)  # the window says what the agent can do

    # -- platforms and products -------------------------------------------------------------
    def load(self) -> None:
        """Read the platform fees and products (again: the library changed)."""
        lib = self._services.library
        self._submit(lambda: (platforms(lib), products(lib)), self._show)

    def _written(self, presets: Presets) -> None:
        self._show(presets)
        self._services.hub.libraryChanged.emit()

    def _show(self, presets: Presets) -> None:
        saved, items = presets
        self._platforms = {p.key: p for p in saved}
        fees = (self._fields["commission"].text(), self._fields["payout"].text())
        if fees == self._shown_fees:  # not edited since: show the stored fees
            self._platform_changed()
        self._products = {p.name: p for p in items}
        names = list(self._products)
        if [self.product.itemText(i) for i in range(self.product.count())] == names:
            return
        typed = self.product.currentText()
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItems(names)
        self.product.setCurrentIndex(self.product.findText(typed) if typed else -1)
        if typed and self.product.currentIndex() < 0:
            self.product.setEditText(typed)
        self.product.blockSignals(False)

    def _platform_changed(self) -> None:
        chosen = self._platforms.get(str(self.platform.currentData()))
        if chosen is not None:
            self._shown_fees = (chosen.commission, chosen.payout)
            self._fields["commission"].setText(chosen.commission)
            self._fields["payout"].setText(chosen.payout)

    def _save_platform(self) -> None:
        fees = platform_fees(self._fields["commission"].text(), self._fields["payout"].text())
        if fees is None:
            return  # the inline message names the field already
        lib, key = self._services.library, str(self.platform.currentData())
        self._shown_fees = fees
        self._fields["commission"].setText(fees[0])
        self._fields["payout"].setText(fees[1])

        def job() -> Presets:
            save_platform(lib, key, *fees)
            return platforms(lib), products(lib)

        self._submit(job, self._written)

    def _product_chosen(self, index: int) -> None:
        chosen = self._products.get(self.product.itemText(index))
        if chosen is not None:
            self._fields["cost"].setText(chosen.cost)
            self._fields["domestic"].setText(chosen.domestic)
            self._fields["international"].setText(chosen.international)

    def _save_product(self) -> None:
        name = self.product.currentText().strip()
        if not name:
            return
        f, lib = self._fields, self._services.library
        product = Product(name, f["cost"].text(), f["domestic"].text(), f["international"].text())
        self.product.setEditText(name)

        def job() -> Presets:
            save_product(lib, product)
            return platforms(lib), products(lib)

        self._submit(job, self._written)

    # -- exchange rates ---------------------------------------------------------------------
    def set_currency(self, currency: str) -> None:
        """Clear the rate field and ask for the currency's stored rate."""
        self._currency = currency
        self._request += 1
        request, self.rate_pending, self._typed, self._stored = self._request, True, False, None
        self.fx_age.setText("")
        self._fields["fx"].setText("")  # the last currency's rate is not this one's
        lib = self._services.library

        def failed(kind: str) -> None:
            self._rate_arrived(request, None)
            self._failed(kind)

        self._submit(
            lambda: rate(lib, currency), lambda stored: self._rate_arrived(request, stored), failed
        )

    def _rate_arrived(self, request: int, stored: Rate | None) -> None:
        if request != self._request:
            return  # the agent picked another currency since
        self.rate_pending, self._stored = False, stored
        if not self._typed:
            self._fields["fx"].setText(stored.cny_per_unit if stored else "")
        self._show_age(stored)
        self.rateSettled.emit()

    def _fx_typed(self) -> None:
        self._typed = True

    def _store_rate(self) -> None:
        value = parse_decimal(self._fields["fx"].text())
        if value is None or value <= 0:
            return  # the inline message already says what is wrong
        if self._stored and parse_decimal(self._stored.cny_per_unit) == value:
            return  # unchanged: keep the date it was set
        lib, currency, today, request = (
            self._services.library,
            self._currency,
            date.today(),
            self._request,
        )

        def stored(entry: Rate) -> None:
            if request == self._request:  # still the same currency
                self._stored = entry
                self._show_age(entry)
            self._services.hub.libraryChanged.emit()

        self._submit(lambda: save_rate(lib, currency, str(value), today), stored)

    def _show_age(self, stored: Rate | None) -> None:
        if stored is None:
            self.fx_age.setText(self.tr("Type today's rate: it is kept with its date."))
            return
        age = stored.age_days(date.today())
        self.fx_age.setText(fill(self.tr("Rate set %1 (%2 days ago)"), stored.set_on, str(age)))
