"""Etiquette cards: our facts per country (``data/countries/cards.toml``) joined with what the
libraries know (names, currency format, weekend, zones, holidays, festivals).

Topics and weekdays are codes (:data:`TOPICS`, Monday = 0): the CLI and the UI word them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

import pytz

from desktop.core.buyer.countries import AGENT_ZONE, Country, countries
from desktop.core.buyer.festivals import ENGLISH, public_holidays, upcoming
from desktop.core.paths import resource

TOPICS = ("communication", "taboos", "colours_numbers", "values", "payment", "shopping")


#: How far ahead a card lists public holidays.
HOLIDAY_DAYS = 365


@dataclass(frozen=True)
class Fact:
    topic: str
    zh: str
    source: str


@dataclass(frozen=True)
class Card:
    country: str
    greeting: str
    greeting_zh: str
    closing: str
    closing_zh: str
    facts: tuple[Fact, ...]

    def facts_of(self, topic: str) -> list[Fact]:
        return [f for f in self.facts if f.topic == topic]


@cache
def cards() -> dict[str, Card]:
    """Every card of ``data/countries/cards*.toml`` (one file per group of countries)."""
    found: list[dict[str, Any]] = []
    for path in sorted(resource("data", "countries").glob("cards*.toml")):
        with path.open("rb") as fh:
            found += tomllib.load(fh).get("card", [])
    return {
        str(c["country"]): Card(
            country=str(c["country"]),
            greeting=str(c["greeting"]),
            greeting_zh=str(c["greeting_zh"]),
            closing=str(c["closing"]),
            closing_zh=str(c["closing_zh"]),
            facts=tuple(
                Fact(str(f["topic"]), str(f["zh"]).strip(), str(f["source"]).strip())
                for f in c.get("facts", [])
            ),
        )
        for c in found
    }


def card_json(country: Country, today: date, language: str = ENGLISH) -> dict[str, Any]:
    """The card's data: codes, numbers and our content (``weekend``: weekday indexes, Monday
    = 0). Public holidays are named in ``language`` where the holidays package has it (the
    CLI: always US English)."""
    card = cards().get(country.code)
    facts: dict[str, list[dict[str, str]]] = {
        topic: [{"zh": f.zh, "source": f.source} for f in (card.facts_of(topic) if card else [])]
        for topic in TOPICS
    }
    return {
        "country": country.code,
        "name_zh": country.name_zh,
        "name_en": country.name_en,
        "currency": country.currency,
        "currency_sample": country.currency_sample(),
        "locale": country.locale,
        "greeting": card.greeting if card else "",
        "greeting_zh": card.greeting_zh if card else "",
        "closing": card.closing if card else "",
        "closing_zh": card.closing_zh if card else "",
        **facts,
        "festivals": [
            {
                "name_zh": o.festival.name_zh,
                "name_en": o.festival.name_en,
                "start": o.start.isoformat(),
                "end": o.end.isoformat(),
                "note_zh": o.festival.note_zh,
            }
            for o in upcoming(country.code, today, days=120)
        ],
        "holidays": _holidays(country, today, language),
        "weekend": list(country.weekend),
        "clock_12h": country.clock_12h,
        "business_hours": f"{country.business_start:%H:%M}-{country.business_end:%H:%M}",
        "zones": list(country.main_zones),
        "zone_facts": [zone_facts(zone, today) for zone in country.main_zones],
    }


def get_country(code: str) -> Country:
    """A country by code or name; ValueError with the known codes otherwise."""
    from desktop.core.buyer.countries import find_country

    found = find_country(code)
    if found is None:
        known = ", ".join(countries())
        raise ValueError(f"unknown country {code!r}: use one of {known}")
    return found


def _holidays(country: Country, today: date, language: str) -> list[dict[str, str]]:
    """The country's public holidays of the coming year, named in ``language``; ``kind``
    "government" where offices close but most buyers work."""
    english = dict(public_holidays(country.code, today, days=HOLIDAY_DAYS))
    named = (
        english
        if language == ENGLISH
        else dict(public_holidays(country.code, today, days=HOLIDAY_DAYS, language=language))
    )
    return [
        {
            "date": day.isoformat(),
            "name": named.get(day, name),
            "kind": "government"
            if all(n.strip() in country.government_only for n in name.split(";"))
            else "public",
        }
        for day, name in sorted(english.items())
    ]


def zone_facts(zone: str, today: date) -> dict[str, Any]:
    """What a card says of a zone, computed from pytz for ``today`` (never typed into the
    data): its UTC offset, its hours from Beijing, and whether its clocks change this year."""

    def offset_at(name: str, moment: datetime) -> timedelta:
        return pytz.timezone(name).localize(moment).utcoffset() or timedelta(0)

    noon = datetime.combine(today, time(12))
    offset = offset_at(zone, noon)
    gap = offset - offset_at(AGENT_ZONE, noon)
    january, july = (datetime(today.year, month, 1, 12) for month in (1, 7))
    changes = offset_at(zone, january) != offset_at(zone, july)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return {
        "zone": zone,
        "utc_offset": f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}",
        "hours_from_beijing": gap.total_seconds() / 3600,
        "dst": changes,
    }
