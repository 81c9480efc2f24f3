"""The quotation: from cost to selling price, list price and bargaining floor (design.md).

All money is CNY per unit and every rate a fraction of the selling price, except loss, which
inflates the landed cost. Decimal throughout, never float; rounding half-up to the currency's
minor units (Babel) happens only on the results. Bad input is reported as :class:`Problem`
values naming the field, never raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision

HUNDRED = Decimal(100)
ONE = Decimal(1)

#: The typed inputs of a quotation, in form order (amounts in CNY, rates in percent).
INPUT_FIELDS = (
    "cost",
    "domestic",
    "international",
    "loss",
    "commission",
    "payout",
    "margin",
    "fx",
    "discount",
)
#: Field names for the English messages of the CLI (the UI words problems itself, by code).
FIELDS: dict[str, str] = {
    "cost": "cost",
    "domestic": "domestic shipping",
    "international": "international shipping",
    "loss": "loss rate",
    "commission": "commission",
    "payout": "payout fee",
    "margin": "margin",
    "fx": "exchange rate",
    "discount": "store discount",
    "price": "price",
    "currency": "currency",
    "qty": "quantity",
    "counter": "counter-offer",
    "min_margin": "minimum margin",
}
_MESSAGES: dict[str, str] = {
    "number": "{f}: not a number",
    "finite": "{f}: must be a finite number",
    "negative": "{f}: must not be negative",
    "positive": "{f}: must be greater than 0",
    "percent": "{f}: must be below 100%",
    "rates": "commission + payout fee + margin must be below 100% (now {v}%)",
    "below_fees": "price: too low to cover commission and payout fee",
    "currency": "currency: unknown currency code {v}",
    "high_margin": "margin above 70%: check it is intended",
    "high_fees": "commission + payout fee above 30%: check the rates",
    "margin_range": "{f}: must be from 0 to below 100%, and below 100% with the fees",
}
#: Every problem code, for the UI's translated wording of each.
CODES = tuple(_MESSAGES)


@dataclass(frozen=True)
class Problem:
    """A rejected input (``error``) or a doubtful one (``warning``), naming the field.

    ``field`` and ``code`` are stable identifiers; ``value`` is the offending input or figure.
    The UI words them in its language; :meth:`message` is the English of the CLI.
    """

    field: str
    code: str
    value: str = ""
    warning: bool = False

    def message(self) -> str:
        """The problem as one English sentence (the CLI's wording)."""
        label = FIELDS.get(self.field, self.field)
        return _MESSAGES[self.code].format(f=label, v=self.value)


@dataclass(frozen=True)
class QuoteInput:
    """Raw inputs as typed (strings or Decimals); rates in percent (5 means 5%)."""

    cost: object
    domestic: object = "0"
    international: object = "0"
    loss: object = "0"
    commission: object = "0"
    payout: object = "0"
    margin: object = "0"
    fx: object = "1"
    discount: object = "0"
    currency: str = "USD"
    price: object | None = None
    """A selling price in the currency: reverse mode, replaces margin."""


@dataclass(frozen=True)
class Quote:
    currency: str
    landed: Decimal
    price_cny: Decimal
    price: Decimal
    list_price: Decimal
    floor: Decimal
    margin: Decimal
    """Profit as a fraction of the selling price."""
    markup: Decimal
    """Profit as a fraction of the landed cost."""
    parts_cny: dict[str, Decimal] = field(default_factory=dict)
    """Where the price goes, CNY per unit: cost, shipping, loss, commission, payout, profit."""
    warnings: tuple[Problem, ...] = ()
    exact: dict[str, Decimal] = field(default_factory=dict, compare=False)
    """Unrounded values, for further arithmetic (tiers, bargaining)."""

    def json(self) -> dict[str, str]:
        """The CLI's JSON: decimal strings, margin and markup in percent."""
        return {
            "currency": self.currency,
            "landed_cny": str(self.landed),
            "price_cny": str(self.price_cny),
            "price": str(self.price),
            "list_price": str(self.list_price),
            "floor": str(self.floor),
            "margin": percent(self.margin),
            "markup": percent(self.markup),
        }


def percent(fraction: Decimal) -> str:
    """A fraction as a percent string with two decimals (0.15 -> "15.00")."""
    return str((fraction * HUNDRED).quantize(Decimal("0.01"), ROUND_HALF_UP))


@dataclass(frozen=True)
class Result:
    quote: Quote | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.quote is not None


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[ord("\u3002")] = ord(".")  # the ideographic full stop of Chinese punctuation mode
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?", re.ASCII)
_SPECIAL = re.compile(r"[+-]?(?:nan|snan|inf|infinity)", re.IGNORECASE)


def parse_decimal(text: str, *, finite: bool = True) -> Decimal | None:
    """A typed number as a Decimal, or None if it is not one (never goes through float).

    Accepts what agents type and paste: surrounding and inner spaces (``"1 234.5"``), thousands
    separators in their places (``"1,234.5"``; ``"1,5"`` is refused, not read as 15),
    full-width digits and punctuation of a Chinese input method (``"７．１０"``, ``"7。10"``)
    and a trailing percent sign. No exponents. NaN and infinities give None unless ``finite``
    is False, when they are returned so that the caller can say what is wrong.
    """
    cleaned = "".join(text.translate(_FULL_WIDTH).split())
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if _PLAIN.fullmatch(cleaned) or (not finite and _SPECIAL.fullmatch(cleaned)):
        return Decimal(cleaned)
    return None


def to_decimal(value: object, name: str, problems: list[Problem]) -> Decimal | None:
    """Parse one input without ever going through float; record a problem on failure."""
    if isinstance(value, Decimal):
        number: Decimal | None = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, str):
        number = parse_decimal(value, finite=False)
    else:
        problems.append(Problem(name, "number", repr(value)))
        return None
    if number is None:
        problems.append(Problem(name, "number", str(value)))
        return None
    if not number.is_finite():
        problems.append(Problem(name, "finite", str(value)))
        return None
    return number


def precision(currency: str) -> int:
    """Minor units of a currency from CLDR (2 for USD, 0 for KRW, CLP, JPY)."""
    return int(get_currency_precision(currency))


def money(value: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor units."""
    return value.quantize(Decimal(1).scaleb(-precision(currency)), ROUND_HALF_UP)


def _known_currency(code: str) -> bool:
    from babel import Locale

    return code in Locale.parse("en").currencies


def calculate(raw: QuoteInput) -> Result:
    """Compute a quote, or the problems that prevent one (never raises on input)."""
    problems: list[Problem] = []
    v: dict[str, Decimal] = {}
    names = [n for n in INPUT_FIELDS if n != "margin"]
    names.append("margin" if raw.price is None else "price")
    for name in names:
        number = to_decimal(getattr(raw, name), name, problems)
        if number is not None:
            v[name] = number
    currency = (raw.currency or "").strip().upper()
    if not _known_currency(currency):
        problems.append(Problem("currency", "currency", currency))
    for name in INPUT_FIELDS:
        if name != "fx" and name in v and v[name] < 0:  # fx is checked below: it must be > 0
            problems.append(Problem(name, "negative", str(v[name])))
    for name in ("fx", "price"):
        if name in v and v[name] <= 0:
            problems.append(Problem(name, "positive", str(v[name])))
    for name in ("loss", "commission", "payout", "discount", "margin"):
        if name in v and v[name] >= HUNDRED:
            problems.append(Problem(name, "percent", str(v[name])))
    if problems:
        return Result(None, tuple(problems))
    rate = {k: v[k] / HUNDRED for k in ("loss", "commission", "payout", "discount")}
    fees = rate["commission"] + rate["payout"]
    base = v["cost"] + v["domestic"] + v["international"]
    landed = base * (ONE + rate["loss"])
    if raw.price is None:
        margin = v["margin"] / HUNDRED
        if fees + margin >= ONE:
            return Result(None, (Problem("margin", "rates", str((fees + margin) * HUNDRED)),))
        price_cny = landed / (ONE - fees - margin)
    else:
        price_cny = v["price"] * v["fx"]
        if price_cny * (ONE - fees) <= 0 or fees >= ONE:
            return Result(None, (Problem("price", "below_fees"),))
        margin = ONE - fees - landed / price_cny
    price = price_cny / v["fx"]
    list_price = price / (ONE - rate["discount"])
    floor = landed / (ONE - fees) / v["fx"]
    profit = price_cny * margin
    markup = profit / landed if landed else Decimal(0)
    warnings = []
    if margin > Decimal("0.70"):
        warnings.append(Problem("margin", "high_margin", warning=True))
    if fees > Decimal("0.30"):
        warnings.append(Problem("commission", "high_fees", warning=True))
    cent = Decimal("0.01")
    parts = {
        "cost": v["cost"],
        "shipping": v["domestic"] + v["international"],
        "loss": landed - base,
        "commission": price_cny * rate["commission"],
        "payout": price_cny * rate["payout"],
        "profit": profit,
    }
    return Result(
        Quote(
            currency=currency,
            landed=landed.quantize(cent, ROUND_HALF_UP),
            price_cny=price_cny.quantize(cent, ROUND_HALF_UP),
            price=money(price, currency),
            list_price=money(list_price, currency),
            floor=money(floor, currency),
            margin=margin,
            markup=markup,
            parts_cny={k: p.quantize(cent, ROUND_HALF_UP) for k, p in parts.items()},
            warnings=tuple(warnings),
            exact={
                "landed": landed,
                "price_cny": price_cny,
                "price": price,
                "floor": floor,
                "fees": fees,
                "fx": v["fx"],
            },
        )
    )


def charm(price: Decimal, currency: str) -> Decimal:
    """The next "charm" price at or above ``price``: x.99, or ...99 without minor units."""
    if precision(currency) == 0:
        step = Decimal(100)
        return (price / step).to_integral_value(ROUND_CEILING) * step - ONE
    whole = price.to_integral_value(ROUND_CEILING)
    candidate = whole - Decimal("0.01")
    return candidate if candidate >= price else whole + Decimal("0.99")


def margin_at(quote: Quote, price: Decimal) -> Decimal:
    """The margin left at another selling price (reverse mode on a computed quote)."""
    fees, fx = quote.exact["fees"], quote.exact["fx"]
    return ONE - fees - quote.exact["landed"] / (price * fx)


def price_for_margin(quote: Quote, margin: Decimal) -> Decimal:
    """The selling price (unrounded) that leaves ``margin``."""
    fees, fx = quote.exact["fees"], quote.exact["fx"]
    return quote.exact["landed"] / (ONE - fees - margin) / fx
