"""Buyer countries: names, currency, formats and weekends from Babel (CLDR), zones from pytz.

Only what no library holds is read from ``data/countries/countries.toml``: the zones shown on
the clock and the usual business hours.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop.core.paths import resource

if TYPE_CHECKING:
    from babel import Locale

AGENT_ZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Country:
    """One buyer country."""

    code: str
    name_zh: str
    name_en: str
    locale: str
    """The country's main locale (CLDR likely subtags), e.g. ``pt_BR``."""
    currency: str
    zones: tuple[str, ...]
    """Every pytz zone of the country."""
    main_zones: tuple[str, ...]
    business_start: time
    business_end: time
    weekend: tuple[int, ...]
    """Weekend weekdays, Monday = 0 (CLDR)."""
    clock_12h: bool
    """True where people read the time on a 12-hour clock (CLDR's short time pattern)."""
    subdivisions: dict[str, str] = field(default_factory=dict, compare=False)
    """Zone -> the holidays package's subdivision of its region (regional holidays)."""
    customary: tuple[str, ...] = ()
    """Optional-category holidays most people take off (Brazil's Carnival)."""
    government_only: tuple[str, ...] = ()
    """Public holidays when offices close but most buyers work (US Columbus Day)."""
    aliases: tuple[str, ...] = ()
    """Short names people type that CLDR does not give (阿联酋, UAE)."""

    def name(self, locale: str) -> str:
        """The country's name for a UI in ``locale``: Chinese for ``zh*``, else English."""
        return self.name_zh if locale.startswith("zh") else self.name_en

    def currency_sample(self, amount: Decimal = Decimal("1234.5")) -> str:
        from babel.numbers import format_currency

        return str(format_currency(amount, self.currency, locale=self.locale))


@cache
def city_name(zone: str, locale: str = "zh_CN") -> str:
    """The zone's city in ``locale`` (CLDR exemplar city, else CLDR's name from the zone id)."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    cldr = Locale.parse(locale)
    old_names = [old for old, new in get_global("zone_aliases").items() if new == zone]
    for key in (zone, *old_names):  # CLDR may still key a renamed zone by its old name
        city = cldr.time_zones.get(key, {}).get("city")
        if city:
            return str(city)
    try:
        return str(get_timezone_location(zone, cldr, return_city=True))
    except LookupError:
        return zone.rsplit("/", 1)[-1].replace("_", " ")


def city_zh(zone: str) -> str:
    """The zone's city in Chinese (what the CLI prints)."""
    return city_name(zone, "zh_CN")


def _weekend(locale: Locale) -> tuple[int, ...]:
    start, end = int(locale.weekend_start), int(locale.weekend_end)
    days, day = [start], start
    while day != end:
        day = (day + 1) % 7
        days.append(day)
    return tuple(days)


def _hhmm(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class CountryName:
    """What the country box needs: a country's code and names, without its CLDR data."""

    code: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...] = ()


@cache
def _table() -> dict[str, dict[str, Any]]:
    with resource("data", "countries", "countries.toml").open("rb") as fh:
        return tomllib.load(fh)


def codes() -> tuple[str, ...]:
    """Every supported buyer country's code, in data-file order (no CLDR data loaded)."""
    return tuple(_table())


@cache
def country_names() -> dict[str, CountryName]:
    """Every supported buyer country's names, in data-file order: cheap (two CLDR locales),
    for the window's first paint; :func:`countries` loads each country's own locale."""
    from babel import Locale  # ~30 ms with its two locales: not before the first paint

    zh, en = Locale.parse("zh_CN"), Locale.parse("en_US")
    return {
        code: CountryName(
            code,
            str(zh.territories[code]),
            str(en.territories[code]),
            tuple(item.get("aliases", ())),
        )
        for code, item in _table().items()
    }


def loaded_country_names() -> dict[str, CountryName] | None:
    """:func:`country_names` if they were loaded already, else None (loads nothing)."""
    return country_names() if country_names.cache_info().currsize else None


def _locale_facts(code: str) -> tuple[str, str, tuple[int, ...]]:
    """A country's main locale, short time pattern and weekend, from its CLDR locale data.

    Babel keeps every locale it loads (2-4 MB each); the clock shows several countries at
    once and needs only these three facts of each, so a locale loaded just for them is let
    go again (issue 15: peak memory). Babel's cache is private: if it changes shape, nothing
    is let go and nothing breaks.
    """
    from babel import localedata

    caches = [
        found
        for found in (getattr(localedata, "_cache", None), getattr(localedata, "_dict_cache", None))
        if isinstance(found, dict)
    ]
    before = [set(found) for found in caches]
    from babel import Locale

    locale = Locale.parse(f"und_{code}")
    facts = (str(locale), str(locale.time_formats["short"].pattern), _weekend(locale))
    for found, kept in zip(caches, before, strict=True):
        for name in set(found) - kept - _KEPT_LOCALES:
            found.pop(name, None)
    return facts


#: Locale data the window uses all day (its own languages): never let go.
_KEPT_LOCALES = frozenset({"root", "en", "en_US", "zh", "zh_Hans", "zh_Hans_CN"})


def _currency(code: str) -> str:
    from babel.numbers import get_territory_currencies

    return str(get_territory_currencies(code)[0])


@cache
def country(code: str) -> Country:
    """One buyer country (KeyError for an unsupported code), loading only its own locale."""
    import pytz

    item = _table()[code]
    names = country_names()[code]
    start, end = str(item.get("business_hours", "09:00-18:00")).split("-")
    locale, pattern, weekend = _locale_facts(code)
    return Country(
        code=code,
        name_zh=names.name_zh,
        name_en=names.name_en,
        locale=locale,
        currency=_currency(code),
        zones=tuple(pytz.country_timezones[code]),
        main_zones=tuple(item["main_zones"]),
        business_start=_hhmm(start),
        business_end=_hhmm(end),
        weekend=weekend,
        clock_12h="h" in pattern or "K" in pattern,
        subdivisions={str(k): str(v) for k, v in item.get("subdivisions", {}).items()},
        customary=tuple(item.get("customary", ())),
        government_only=tuple(item.get("government_only", ())),
        aliases=names.aliases,
    )


@cache
def countries() -> dict[str, Country]:
    """Every supported buyer country, in data-file order (loads 40 locales: ~0.4 s; the
    window asks :func:`country` or :func:`country_names` instead)."""
    return {code: country(code) for code in _table()}


def is_country(code: str) -> bool:
    """True for the code of a supported buyer country (no CLDR data loaded)."""
    return code in _table()


def find_country(text: str) -> Country | None:
    """A country by code, Chinese or English name (case-insensitive, prefix allowed)."""
    needle = text.strip().lower()
    if not needle:
        return None
    table = country_names()  # names only: the one country found loads its own locale
    if needle.upper() in table:
        return country(needle.upper())
    for exact in (True, False):
        for c in table.values():
            names = (c.name_zh.lower(), c.name_en.lower(), *(a.lower() for a in c.aliases))
            if (needle in names) if exact else any(n.startswith(needle) for n in names):
                return country(c.code)
    return None


def date_locale(country: Country | None) -> str:
    """The English locale whose dates a buyer of ``country`` reads most naturally.

    Replies are English, so the date is English; its order follows the country's habit:
    month first (en_US) where CLDR writes the month first, else day first (en_GB).
    """
    if country is None:
        return "en_US"
    return _date_order(country.locale)


def date_locale_for(code: str | None) -> str:
    """:func:`date_locale` from a country code (an unknown one: en_US), loading only that
    country's locale."""
    return date_locale(country(code) if code is not None and is_country(code) else None)


@cache
def _date_order(locale: str) -> str:
    from babel import Locale

    pattern = str(Locale.parse(locale).date_formats["short"].pattern).lower()
    return "en_US" if pattern.find("m") < pattern.find("d") else "en_GB"
