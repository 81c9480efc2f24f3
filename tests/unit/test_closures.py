"""Closures as buyers live them: regional holidays by zone, customary days off, government-only
holidays, modern weekends, and the seller's own closures (issue 11)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import pytz

from desktop.core.buyer.clock import status
from desktop.core.buyer.closures import agent_closures, closure
from desktop.core.buyer.countries import countries
from desktop.core.buyer.festivals import closure_block


def local(zone: str, text: str) -> datetime:
    """A wall-clock time in ``zone`` as a UTC instant."""
    tz = pytz.timezone(zone)
    return tz.localize(datetime.fromisoformat(text)).astimezone(pytz.utc)


#: (country, zone, local time, state, public holiday or None, government-only holiday or None)
CASES = [
    # regional public holidays: the zone's own region decides
    ("CA", "America/Toronto", "2026-10-12 11:00", "holiday", "Thanksgiving Day", None),
    ("CA", "America/Toronto", "2026-08-03 11:00", "business", None, None),  # BC Day elsewhere
    ("CA", "America/Vancouver", "2026-08-03 11:00", "holiday", "British Columbia Day", None),
    ("CA", "America/Toronto", "2026-02-16 11:00", "holiday", "Family Day", None),
    ("GB", "Europe/London", "2026-04-06 11:00", "holiday", "Easter Monday", None),
    ("GB", "Europe/London", "2026-08-31 11:00", "holiday", "Late Summer Bank Holiday", None),
    ("AU", "Australia/Sydney", "2026-01-26 11:00", "holiday", "Australia Day", None),
    ("AU", "Australia/Melbourne", "2026-11-03 11:00", "holiday", "Melbourne Cup Day", None),
    ("AU", "Australia/Sydney", "2026-11-03 11:00", "business", None, None),
    ("DE", "Europe/Berlin", "2026-03-09 11:00", "business", None, None),
    ("JP", "Asia/Tokyo", "2026-05-04 11:00", "holiday", "Greenery Day", None),
    ("ES", "Europe/Madrid", "2026-05-02 11:00", "holiday", "Madrid Day", None),
    ("ES", "Atlantic/Canary", "2026-05-30 11:00", "holiday", "Day of the Canary Islands", None),
    ("ES", "Europe/Madrid", "2026-05-30 11:00", "weekend", None, None),
    # customary closures the package files as optional or de facto
    ("BR", "America/Sao_Paulo", "2026-02-16 11:00", "holiday", "Carnival", None),
    ("BR", "America/Sao_Paulo", "2026-02-17 11:00", "holiday", "Carnival", None),
    ("SE", "Europe/Stockholm", "2026-06-19 11:00", "holiday", "Midsummer Eve", None),
    # government-only: offices close, most buyers work
    ("US", "America/New_York", "2026-10-12 11:00", "business", None, "Columbus Day"),
    ("US", "America/New_York", "2026-11-11 11:00", "business", None, "Veterans Day"),
    ("US", "America/Chicago", "2026-11-26 11:00", "holiday", "Thanksgiving Day", None),
    # weekends from CLDR: the UAE works Monday to Friday since 2022
    ("AE", "Asia/Dubai", "2026-03-07 11:00", "weekend", None, None),
    ("AE", "Asia/Dubai", "2026-03-06 10:00", "business", None, None),
    ("SA", "Asia/Riyadh", "2026-03-06 10:00", "weekend", None, None),  # Friday
    ("IL", "Asia/Jerusalem", "2026-03-08 10:00", "business", None, None),  # Sunday
    ("IL", "Asia/Jerusalem", "2026-03-07 10:00", "weekend", None, None),  # Saturday
    ("IN", "Asia/Kolkata", "2026-03-07 11:00", "business", None, None),  # Saturday works
]


@pytest.mark.parametrize(("code", "zone", "at", "state", "public", "government"), CASES)
def test_closure_states(
    code: str, zone: str, at: str, state: str, public: str | None, government: str | None
) -> None:
    s = status(countries()[code], zone, local(zone, at))
    assert (s.state, s.holiday, s.government_holiday) == (state, public, government)


def test_every_main_zone_of_the_forty_countries_has_a_reading() -> None:
    assert len(countries()) == 40
    day = date(2026, 12, 25)
    for country in countries().values():
        for zone in country.main_zones:
            assert zone in pytz.all_timezones_set, zone
            found = closure(country, zone, day)
            assert found is None or found.kind in ("public", "government")
            subdiv = country.subdivisions.get(zone)
            assert subdiv is None or zone in country.main_zones


def test_chinas_closures_are_the_official_blocks() -> None:
    assert closure_block("CN", "Chinese New Year", 2026) == (date(2026, 2, 15), date(2026, 2, 23))
    assert closure_block("CN", "National Day", 2026) == (date(2026, 10, 1), date(2026, 10, 7))
    assert closure_block("RU", "New Year Holidays", 2026) == (date(2026, 1, 1), date(2026, 1, 11))


def test_the_agent_is_reminded_of_their_own_closures() -> None:
    ahead = agent_closures(date(2026, 2, 1))
    assert [(o.festival.id, o.start, o.end) for o in ahead] == [
        ("cn_spring_festival", date(2026, 2, 15), date(2026, 2, 23))
    ]
    assert agent_closures(date(2026, 4, 1)) == []
