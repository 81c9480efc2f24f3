"""Shopping festivals and closures, computed for any year from ``data/countries/festivals.toml``.

Dates come from the ``holidays`` package wherever it knows the day (Thanksgiving, Eid, Diwali,
China's official closures); the file holds only rules.
"""

from __future__ import annotations

import calendar
import importlib.util
import sys
import threading
import tomllib
import types
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from desktop.core.paths import resource


def country_holidays(country: str, **options: Any) -> Any:
    """``holidays.country_holidays``, imported on first use: the package and its calendars
    cost ~0.1 s, paid by the buyer panel's job on its worker, not before the window paints."""
    holidays = _holidays()
    try:
        return holidays.country_holidays(country, **options)
    except ImportError:  # the package's layout changed: import it whole, as it expects
        with _IMPORT:
            if not hasattr(sys.modules.get("holidays.countries"), "__file__"):
                sys.modules.pop("holidays.countries", None)
                importlib.import_module("holidays.countries")
        return holidays.country_holidays(country, **options)


_IMPORT = threading.Lock()


def _holidays() -> Any:
    """The ``holidays`` package, with only the country modules asked for.

    Its registry imports a country's module when the country is first asked for, but that
    import runs ``holidays/countries/__init__.py`` first, which imports all ~250 countries:
    +17 MB and ~0.1 s for the one buyer country shown at start-up. The package's folder is
    put in place as a bare namespace instead, so a country's module (and the neighbours it
    imports itself) load alone: +9.5 MB and ~45 ms, with the same holidays for all 40
    markets (a test compares them). Should a country's module not import this way (the
    package's layout changed), the package is imported whole and asked again.
    """
    with _IMPORT:
        import holidays

        if "holidays.countries" not in sys.modules:
            spec = importlib.util.find_spec("holidays.countries")
            folders = list(spec.submodule_search_locations or ()) if spec else []
            if folders:
                package = types.ModuleType("holidays.countries", "holidays' country modules")
                package.__path__ = folders
                sys.modules["holidays.countries"] = package
        return holidays


@dataclass(frozen=True)
class Festival:
    id: str
    name_zh: str
    name_en: str
    countries: tuple[str, ...]
    note_zh: str
    rule: dict[str, Any]


@dataclass(frozen=True)
class Occurrence:
    festival: Festival
    start: date
    end: date
    """Last day, inclusive."""


@cache
def festivals() -> tuple[Festival, ...]:
    """Every festival of ``data/countries/festivals*.toml`` (one file per group of countries)."""
    found: list[dict[str, Any]] = []
    for path in sorted(resource("data", "countries").glob("festivals*.toml")):
        with path.open("rb") as fh:
            found += tomllib.load(fh).get("festival", [])
    return tuple(
        Festival(
            id=str(f["id"]),
            name_zh=str(f["name_zh"]),
            name_en=str(f["name_en"]),
            countries=tuple(f["countries"]),
            note_zh=str(f.get("note_zh", "")),
            rule=dict(f["rule"]),
        )
        for f in found
    )


#: The language holiday names are matched and reported in unless a caller asks for another.
#: Always named: without it the holidays package follows the system locale (gettext), so on a
#: Chinese PC China's holidays came back in Chinese and the festivals keyed to them vanished.
ENGLISH = "en_US"


@cache
def _language(country: str, wanted: str) -> str:
    """``wanted`` where the holidays package translates ``country``'s names into it, else US
    English, else the country's own language."""
    entity = country_holidays(country)
    supported = entity.supported_languages or ()
    if wanted in supported:
        return wanted
    return ENGLISH if ENGLISH in supported else str(entity.default_language)


@cache
def _holiday_calendar(country: str, year: int, language: str = ENGLISH) -> dict[date, str]:
    names = country_holidays(country, years=year, language=_language(country, language))
    return dict(names.items())


def _holiday_start(country: str, name: str, year: int) -> date | None:
    days = sorted(d for d, n in _holiday_calendar(country, year).items() if name in n)
    return days[0] if days else None


@cache
def _weekend_workdays(country: str, year: int) -> frozenset[date]:
    """Weekend days worked instead of a bridge day (China's transferred working days)."""
    cal = country_holidays(country, years=year, language=ENGLISH)
    return frozenset(getattr(cal, "weekend_workdays", ()) or ())


def closure_block(country: str, name: str, year: int) -> tuple[date, date] | None:
    """The days off around the holiday ``name`` as people live them: the holiday, the bridge
    days given in exchange, and the weekend days joined to them, but not a weekend day that is
    worked instead (China's Spring Festival 2026: 15 to 23 February)."""
    start = _holiday_start(country, name, year)
    if start is None:
        return None
    days_off = set(_holiday_calendar(country, year)) | set(
        _holiday_calendar(country, year + 1) if start.month == 12 else ()
    )
    workdays = _weekend_workdays(country, year)
    weekend = {5, 6}

    def off(day: date) -> bool:
        return day in days_off or (day.weekday() in weekend and day not in workdays)

    first, last = start, start
    while off(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while off(last + timedelta(days=1)):
        last += timedelta(days=1)
    return first, last


def _islamic(event: str, year: int) -> date | None:
    """The first day of Ramadan or of Eid al-Fitr / al-Adha in ``year`` (the holidays
    package's tabular dates; a day earlier or later where the moon is sighted otherwise)."""
    from holidays.calendars.islamic import _IslamicLunar  # its only home in the package

    dates = {
        "ramadan": _IslamicLunar().ramadan_beginning_dates,
        "eid_al_fitr": _IslamicLunar().eid_al_fitr_dates,
        "eid_al_adha": _IslamicLunar().eid_al_adha_dates,
    }[event](year)
    found = [d for d, _estimated in dates if d.year == year]
    return found[0] if found else None


def span(festival: Festival, year: int) -> tuple[date, date] | None:
    """First and last day (inclusive) of a festival starting in ``year``, or None."""
    rule = festival.rule
    kind = rule["kind"]
    days = int(rule.get("days", 1))
    if kind == "closure":
        block = closure_block(str(rule["country"]), str(rule["name"]), year)
        if block is not None:
            return block
        kind = "holiday"  # a year the package does not have yet: the rule's usual length
    if kind == "islamic" and rule["event"] == "ramadan":
        start, eid = _islamic("ramadan", year), _islamic("eid_al_fitr", year)
        if start is None or eid is None or eid < start:
            return None
        return start, eid - timedelta(days=1)
    if kind == "month":
        month = int(rule["month"])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if kind == "range":
        for first, last in rule["dates"]:
            if date.fromisoformat(first).year == year:
                return date.fromisoformat(first), date.fromisoformat(last)
        return None
    start = _first_day(festival, kind, year)
    return (start, start + timedelta(days=days - 1)) if start else None


def first_day(festival: Festival, year: int) -> date | None:
    """The first day of a festival in ``year`` (None when the rule has no date that year)."""
    found = span(festival, year)
    return found[0] if found else None


def _first_day(festival: Festival, kind: str, year: int) -> date | None:
    rule = festival.rule
    if kind == "fixed":
        return date(year, int(rule["month"]), int(rule["day"]))
    if kind == "holiday":
        anchor = _holiday_start(str(rule["country"]), str(rule["name"]), year)
        return anchor + timedelta(days=int(rule.get("offset", 0))) if anchor else None
    if kind == "islamic":
        return _islamic(str(rule["event"]), year)
    if kind == "nth_weekday":
        month, weekday, n = int(rule["month"]), int(rule["weekday"]), int(rule["n"])
        days = [
            d
            for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday
        ]
        return days[n - 1]
    raise ValueError(f"festival {festival.id}: unknown rule kind {kind!r}")


def occurrences(year: int, countries: set[str] | None = None) -> list[Occurrence]:
    """The festivals starting in ``year``; with ``countries``, only those of one of them. A
    festival's dates may load the holidays module of a country it names (Diwali: India's),
    so a US card does not work out the festivals of Vietnam or Kazakhstan: it loaded 13
    countries' modules, where the US, China's closures and the global festivals need 2."""
    found = []
    for f in festivals():
        if countries is not None and not countries & set(f.countries):
            continue
        dates = span(f, year)
        if dates is not None:
            found.append(Occurrence(f, *dates))
    return found


def upcoming(country: str, today: date, days: int = 90) -> list[Occurrence]:
    """Festivals for ``country``, global ones and China's closures (so agents can warn buyers),
    running today or starting within ``days``."""
    horizon = today + timedelta(days=days)
    wanted = {"*", "CN", country}  # CN: the seller's own closures
    found = [
        o
        for year in (today.year - 1, today.year, today.year + 1)
        for o in occurrences(year, wanted)
        if o.end >= today and o.start <= horizon
    ]
    return sorted(found, key=lambda o: o.start)


def public_holidays(
    country: str, today: date, days: int = 90, language: str = ENGLISH
) -> list[tuple[date, str]]:
    """Public holidays of ``country`` from today on, from the holidays package, named in
    ``language`` where the package has that translation (see :func:`_language`)."""
    horizon = today + timedelta(days=days)
    found: dict[date, str] = {}
    for year in {today.year, horizon.year}:
        found.update(_holiday_calendar(country, year, language))
    return sorted((d, n) for d, n in found.items() if today <= d <= horizon)


def holiday_name(country: str, day: date, language: str = ENGLISH) -> str | None:
    """The public holiday on ``day`` in ``country``, if any."""
    return _holiday_calendar(country, day.year, language).get(day)
