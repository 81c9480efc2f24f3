"""Parts of the quotation panel: the words (problems, labels, the bargaining sentence), the
breakdown bar and the quantity tiers table.

Core returns codes and Decimals (desktop.core.quote.pricing, desktop.core.quote.bargain);
everything the agent reads is worded here with ``tr()``, so the English UI is English and the
Chinese UI comes from the zh_CN catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.core.quote.bargain import Bargain
from desktop.core.quote.pricing import Problem, Result, percent

#: The parts of the selling price in the bar, with their colours.
PART_COLOURS = {
    "cost": "#4c78a8",
    "shipping": "#72b7b2",
    "loss": "#b279a2",
    "commission": "#f58518",
    "payout": "#e45756",
    "profit": "#54a24b",
}
TIER_QTYS = (1, 10, 50, 100)
_ARG = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """Qt-style ``%1``..``%9`` placeholders replaced in one pass (a value may contain ``%2``)."""
    return _ARG.sub(lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], template)


def plain(number: Decimal) -> str:
    """A Decimal without exponent or trailing zeros (``5.00`` -> ``5``, ``50`` stays ``50``)."""
    return f"{number.normalize():f}"


class QuoteWords(QObject):
    """The quotation panel's words in the UI language."""

    def field_label(self, name: str) -> str:
        """The form label of an input, with its unit (the exchange rate has its own)."""
        labels = {
            "cost": self.tr("Cost (CNY/unit)"),
            "domestic": self.tr("Domestic shipping (CNY/unit)"),
            "international": self.tr("International shipping (CNY/unit)"),
            "loss": self.tr("Loss rate (%)"),
            "commission": self.tr("Platform commission (%)"),
            "payout": self.tr("Payout fee (%)"),
            "margin": self.tr("Profit margin (%)"),
            "discount": self.tr("Store discount (%)"),
        }
        return labels.get(name, name)

    def fx_label(self, currency: str) -> str:
        return fill(self.tr("Exchange rate (1 %1 = ? CNY)"), currency)

    def field_name(self, name: str) -> str:
        """An input or figure named in a problem."""
        names = {
            "cost": self.tr("Cost"),
            "domestic": self.tr("Domestic shipping"),
            "international": self.tr("International shipping"),
            "loss": self.tr("Loss rate"),
            "commission": self.tr("Platform commission"),
            "payout": self.tr("Payout fee"),
            "margin": self.tr("Profit margin"),
            "fx": self.tr("Exchange rate"),
            "discount": self.tr("Store discount"),
            "price": self.tr("Selling price"),
            "qty": self.tr("Quantity"),
            "counter": self.tr("Counter-offer"),
            "min_margin": self.tr("Minimum margin"),
        }
        return names.get(name, name)

    def problem(self, problem: Problem) -> str:
        """One problem as a sentence: ``%1`` is the field, ``%2`` the value."""
        templates = {
            "number": self.tr("%1: not a number"),
            "finite": self.tr("%1: must be a finite number"),
            "negative": self.tr("%1: must not be negative"),
            "positive": self.tr("%1: must be greater than 0"),
            "percent": self.tr("%1: must be below 100%"),
            "rates": self.tr("Commission + payout fee + margin must be below 100% (now %2%)"),
            "below_fees": self.tr("%1: too low to cover commission and payout fee"),
            "currency": self.tr("Currency: unknown currency code %2"),
            "high_margin": self.tr("Margin above 70%: check it is intended"),
            "high_fees": self.tr("Commission + payout fee above 30%: check the rates"),
            "margin_range": self.tr(
                "%1: must be from 0 to below 100%, and below 100% with the fees"
            ),
        }
        template = templates.get(problem.code)
        if template is None:
            return problem.message()
        return fill(template, self.field_name(problem.field), problem.value)

    def parts(self) -> dict[str, str]:
        """The legend of the breakdown bar."""
        return {
            "cost": self.tr("Cost"),
            "shipping": self.tr("Shipping cost"),
            "loss": self.tr("Loss"),
            "commission": self.tr("Commission"),
            "payout": self.tr("Fee"),
            "profit": self.tr("Profit"),
        }

    def result(self, price: str, price_ui: str, price_cny: str, figures: dict[str, str]) -> str:
        """The result block (HTML): the price, list price, floor, margin, markup, landed cost.

        ``figures`` holds ``list_price``, ``floor`` (formatted), ``margin``, ``markup`` (percent
        numbers) and ``landed`` (CNY). ``price_ui`` is the price as the agent's locale writes
        it (empty when it reads the same as ``price``).
        """
        cny = fill(self.tr("%1 CNY"), price_cny)
        second = f"{price_ui} · {cny}" if price_ui else cny
        headline = fill(self.tr("Selling price %1"), price)
        list_price = fill(self.tr("List price %1"), figures["list_price"])
        floor = fill(self.tr("Floor (break-even) %1"), figures["floor"])
        margin = fill(self.tr("Margin %1%"), figures["margin"])
        markup = fill(self.tr("Markup %1%"), figures["markup"])
        landed = fill(self.tr("Landed cost %1 CNY"), figures["landed"])
        return (
            f"<b style='font-size:16px'>{headline}</b>"
            f"&emsp;<span style='color:#6b7380'>{second}</span><br>"
            f"{list_price}&emsp;{floor}<br>{margin}&emsp;{markup}&emsp;{landed}"
        )

    def bargain(self, b: Bargain, min_price: str, scenario_name: str) -> str:
        """What the counter-offer means and which reply fits, in one sentence."""
        verdict = (
            self.tr("above the floor, no loss")
            if b.above_floor
            else self.tr("below the floor, at a loss")
        )
        sentence = self.tr(
            "Margin at this price: %1% (%2). At the minimum margin of %3%, the lowest price"
            " is %4, a discount of at most %5%. Suggested reply: %6"
        )
        return fill(
            sentence,
            percent(b.margin),
            verdict,
            plain(b.min_margin * 100),
            min_price,
            percent(b.max_discount),
            scenario_name,
        )


class BreakdownBar(QWidget):
    """A stacked bar: the share of each part of the selling price, with a legend."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: dict[str, Decimal] = {}
        self.labels = labels
        self.setMinimumHeight(62)

    def set_parts(self, parts: dict[str, Decimal]) -> None:
        self.parts = parts
        self.update()

    def legend(self) -> list[str]:
        """The legend's entries as drawn: label and share of each part."""
        shares = self.shares()
        return [f"{self.labels[key]} {percent(share)}%" for key, share in shares.items()]

    def shares(self) -> dict[str, Decimal]:
        """Each part's share of the price (negative parts count as none); empty if no price."""
        total = sum((v for v in self.parts.values() if v > 0), Decimal(0))
        if total <= 0:
            return {}
        return {
            key: max(self.parts.get(key, Decimal(0)), Decimal(0)) / total for key in PART_COLOURS
        }

    def paintEvent(self, _event: QPaintEvent) -> None:
        shares = self.shares()
        if not shares:
            return
        p = QPainter(self)
        x, width = 0, self.width()
        for key, colour in PART_COLOURS.items():
            w = round(shares[key] * width)
            p.fillRect(QRect(x, 0, w, 20), QColor(colour))
            x += w
        # the legend: three parts per row, so it fits a narrow dock
        column = width // 3
        for i, (text, colour) in enumerate(zip(self.legend(), PART_COLOURS.values(), strict=True)):
            lx, ly = (i % 3) * column, 26 + (i // 3) * 16
            p.fillRect(QRect(lx, ly, 10, 10), QColor(colour))
            p.setPen(QColor("#39404a"))
            p.drawText(lx + 14, ly + 10, text)
        p.end()


#: Computes one tier: (international shipping, margin) as typed -> a result.
TierCalc = Callable[[str, str], Result]


class TierTable(QTableView):
    """Unit price and total per quantity; each tier's shipping and margin can be edited."""

    #: The agent edited a tier's shipping or margin.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers_model = QStandardItemModel(self)
        self.setModel(self.tiers_model)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(4 * 24 + 30)
        self.setMaximumHeight(4 * 24 + 34)
        self.tiers_model.itemChanged.connect(lambda _item: self.edited.emit())

    def clear_rows(self) -> None:
        self.tiers_model.clear()

    def _ensure_rows(self, shipping: str, margin: str) -> None:
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
        for qty in TIER_QTYS:
            row = [QStandardItem(text) for text in (str(qty), shipping, margin, "", "")]
            for item in (row[0], row[3], row[4]):
                item.setEditable(False)
            self.tiers_model.appendRow(row)

    def refresh(
        self,
        calc: TierCalc,
        total: Callable[[Decimal, int], tuple[str, str]],
        problem_text: Callable[[Problem], str],
        defaults: tuple[str, str],
    ) -> None:
        """Recompute every tier; ``total(unit, qty)`` formats the unit price and the total;
        ``defaults`` (shipping, margin) fill the rows when they are first made."""
        self._ensure_rows(*defaults)
        model = self.tiers_model
        model.blockSignals(True)
        for r in range(model.rowCount()):
            qty = int(model.item(r, 0).text())
            tier = calc(model.item(r, 1).text(), model.item(r, 2).text())
            if tier.quote is None:
                model.item(r, 3).setText("—")
                model.item(r, 4).setText(problem_text(tier.problems[0]))
            else:
                unit, amount = total(tier.quote.price, qty)
                model.item(r, 3).setText(unit)
                model.item(r, 4).setText(amount)
        model.blockSignals(False)
        self.viewport().update()

    def chosen(self) -> tuple[str, str] | None:
        """(quantity, unit price) of the selected tier above one piece, or None."""
        index = self.currentIndex()
        if not index.isValid() or index.row() == 0:
            return None
        row = index.row()
        return self.tiers_model.item(row, 0).text(), self.tiers_model.item(row, 3).text()
