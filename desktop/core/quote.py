"""The quotation: from cost to selling price, list price and bargaining floor (design.md).

All money is CNY per unit and every rate a fraction of the selling price, except loss, which
inflates the landed cost. Decimal throughout, never float; rounding half-up to the currency's
minor units (Babel) happens only on the results. Bad input is reported as :class:`Problem`
values naming the field, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

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
#: Field labels for messages: (English, Chinese).
FIELDS: dict[str, tuple[str, str]] = {
    "cost": ("cost", "成本"),
    "domestic": ("domestic shipping", "国内运费"),
    "international": ("international shipping", "国际运费"),
    "loss": ("loss rate", "损耗率"),
    "commission": ("commission", "平台佣金"),
    "payout": ("payout fee", "提现手续费"),
    "margin": ("margin", "利润率"),
    "fx": ("exchange rate", "汇率"),
    "discount": ("store discount", "店铺折扣"),
    "price": ("price", "售价"),
    "currency": ("currency", "币种"),
    "qty": ("quantity", "数量"),
}
_MESSAGES: dict[str, tuple[str, str]] = {
    "number": ("{f}: not a number", "{f}：请输入数字"),
    "finite": ("{f}: must be a finite number", "{f}：必须是有限的数字"),
    "negative": ("{f}: must not be negative", "{f}：不能为负数"),
    "positive": ("{f}: must be greater than 0", "{f}：必须大于 0"),
    "percent": ("{f}: must be below 100%", "{f}：必须小于 100%"),
    "rates": (
        "commission + payout fee + margin must be below 100% (now {v}%)",
        "平台佣金 + 提现手续费 + 利润率必须小于 100%（现在是 {v}%）",
    ),
    "below_fees": (
        "price: too low to cover commission and payout fee",
        "售价：低于平台佣金和手续费所需，无法计算",
    ),
    "currency": ("currency: unknown currency code {v}", "币种：无法识别的货币代码 {v}"),
    "high_margin": ("margin above 70%: check it is intended", "利润率超过 70%，请确认是否有误"),
    "high_fees": (
        "commission + payout fee above 30%: check the rates",
        "佣金与手续费合计超过 30%，请核对费率",
    ),
}


@dataclass(frozen=True)
class Problem:
    """A rejected input (``error``) or a doubtful one (``warning``), naming the field."""

    field: str
    code: str
    value: str = ""
    warning: bool = False

    def message(self, language: str = "en") -> str:
        en, zh = _MESSAGES[self.code]
        template = zh if language.startswith("zh") else en
        label_en, label_zh = FIELDS.get(self.field, (self.field, self.field))
        label = label_zh if language.startswith("zh") else label_en
        return template.format(f=label, v=self.value)


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


def to_decimal(value: object, name: str, problems: list[Problem]) -> Decimal | None:
    """Parse one input without ever going through float; record a problem on failure."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace("%", "").replace("，", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            problems.append(Problem(name, "number", value))
            return None
    else:
        problems.append(Problem(name, "number", repr(value)))
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
