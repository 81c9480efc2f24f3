"""Closures as buyers live them: the public holidays of the buyer's region, the customary days
off the holidays package files as optional, and government-only holidays told apart.

A zone's region comes from ``data/countries/countries.toml`` (``subdivisions``: Toronto is
Ontario, London is England, Sydney is New South Wales), so a regional holiday closes only the
zones that keep it. ``customary`` names optional-category holidays most people take off
(Brazil's Carnival); ``government_only`` names public holidays when offices close but most
shops and buyers work (US Columbus Day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from desktop.core.buyer.countries import Country
from desktop.core.buyer.festivals import ENGLISH, Occurrence, country_holidays, upcoming

#: What a closure means for a reply: ``public``, most buyers have the day off (the clock says
#: holiday); ``government``, offices close but most buyers work (the clock keeps its state).
KINDS = ("public", "government")


@dataclass(frozen=True)
class Closure:
    name: str
    """The holiday's name in US English (the holidays package)."""
    kind: str
    """One of :data:`KINDS`."""


@cache
def _calendar(
    code: str, subdiv: str | None, year: int, categories: tuple[str, ...]
) -> dict[date, str]:
    try:
        cal = country_holidays(
            code, subdiv=subdiv, years=year, language=ENGLISH, categories=categories
        )
    except NotImplementedError:  # a country the package does not cover
        return {}
    return {d: str(n) for d, n in cal.items()}


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.split(";") if n.strip()]


def closure(country: Country, zone: str, day: date) -> Closure | None:
    """The closure on ``day`` in ``zone`` of ``country``, if any."""
    subdiv = country.subdivisions.get(zone)
    public = _calendar(country.code, subdiv, day.year, ("public",))
    names = _names(public.get(day, ""))
    if country.customary:
        optional = _optional(country.code, subdiv, day.year)
        names += [n for n in _names(optional.get(day, "")) if _listed(n, country.customary)]
    if not names:
        return None
    closed = [n for n in names if not _listed(n, country.government_only)]
    if closed:
        return Closure("; ".join(closed), "public")
    return Closure("; ".join(names), "government")


def _optional(code: str, subdiv: str | None, year: int) -> dict[date, str]:
    """The package's other categories where customary days off are filed (optional,
    de facto): Brazil's Carnival, Sweden's Midsummer Eve."""
    found: dict[date, str] = {}
    for category in ("optional", "de_facto"):
        try:
            calendar = _calendar(code, subdiv, year, (category,))
        except ValueError:  # the country has no such category
            continue
        for day, name in calendar.items():
            found[day] = f"{found[day]}; {name}" if day in found else name
    return found


def _listed(name: str, listed: tuple[str, ...]) -> bool:
    """``name`` is one of ``listed`` (an "(observed)" day counts as its holiday)."""
    base = name.removesuffix(" (observed)").strip()
    return base in listed


#: How many days ahead the clock reminds the agent of their own closures.
AGENT_NOTICE_DAYS = 30


def agent_closures(today: date, days: int = AGENT_NOTICE_DAYS) -> list[Occurrence]:
    """The seller's own closures (Spring Festival, Golden Week, from China's official schedule
    where the holidays package has the year) running today or starting within ``days``: the
    agent should tell buyers before them."""
    return [o for o in upcoming("CN", today, days) if o.festival.countries == ("CN",)]
