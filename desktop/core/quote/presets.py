"""Quotation presets kept in the library: platform fees, products, exchange rates.

Exchange rates are typed by the agent (no network) and stored with the date they were set,
so the panel can show how old a rate is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from desktop.core.library import Library
from desktop.core.quote.pricing import parse_decimal


@dataclass(frozen=True)
class Platform:
    key: str
    name_zh: str
    name_en: str
    commission: str
    """Percent of the selling price."""
    payout: str
    """Percent of the selling price."""


#: Defaults from domain.md; the agent edits them (AliExpress commission runs 5-15% by
#: category, Amazon's referral fee ~15%, withdrawal fees ~0.4-1%).
DEFAULT_PLATFORMS = (
    Platform("aliexpress", "速卖通", "AliExpress", "8", "1"),
    Platform("amazon", "亚马逊", "Amazon", "15", "1"),
    Platform("shopee", "Shopee", "Shopee", "6", "2"),
    Platform("own_store", "独立站", "Own store", "0", "3"),
)


@dataclass(frozen=True)
class Product:
    name: str
    cost: str
    domestic: str
    international: str


@dataclass(frozen=True)
class Rate:
    currency: str
    cny_per_unit: str
    set_on: str
    """ISO date the agent typed it."""

    def age_days(self, today: date) -> int:
        return (today - date.fromisoformat(self.set_on)).days


def platforms(lib: Library) -> list[Platform]:
    saved: dict[str, Any] = lib.get_setting("quote.platforms", {})
    return [Platform(**{**asdict(p), **saved.get(p.key, {})}) for p in DEFAULT_PLATFORMS]


def platform_fees(commission: str, payout: str) -> tuple[str, str] | None:
    """Typed commission and payout fee (percent) as they are stored, or None unless both are
    numbers from 0 to below 100 (the quotation's own messages say which is wrong)."""
    fees = (parse_decimal(commission), parse_decimal(payout))
    if any(fee is None or not 0 <= fee < 100 for fee in fees):
        return None
    return (str(fees[0]), str(fees[1]))


def save_platform(lib: Library, key: str, commission: str, payout: str) -> None:
    saved: dict[str, Any] = lib.get_setting("quote.platforms", {})
    saved[key] = {"commission": commission, "payout": payout}
    lib.set_setting("quote.platforms", saved)


def products(lib: Library) -> list[Product]:
    return [Product(**p) for p in lib.get_setting("quote.products", [])]


def save_product(lib: Library, product: Product) -> None:
    """Add or replace (by name) a product preset."""
    kept = [p for p in products(lib) if p.name != product.name]
    lib.set_setting("quote.products", [asdict(p) for p in [*kept, product]])


def delete_product(lib: Library, name: str) -> None:
    lib.set_setting("quote.products", [asdict(p) for p in products(lib) if p.name != name])


def rate(lib: Library, currency: str) -> Rate | None:
    saved = lib.get_setting("quote.rates", {}).get(currency.upper())
    return Rate(**saved) if saved else None


def save_rate(lib: Library, currency: str, cny_per_unit: str, today: date) -> Rate:
    """Store a typed exchange rate (CNY per unit) with today's date; ValueError if not > 0."""
    value = parse_decimal(cny_per_unit)
    if value is None:
        raise ValueError("exchange rate: not a number")
    if value <= 0:
        raise ValueError("exchange rate: must be greater than 0")
    saved = lib.get_setting("quote.rates", {})
    entry = Rate(currency.upper(), str(value), today.isoformat())
    saved[entry.currency] = asdict(entry)
    lib.set_setting("quote.rates", saved)
    return entry
