"""The buyer clock: local time, business state, next business hour, DST changes, conversion.

Codes and numbers only (state codes, hours from Beijing, weekday indexes): the CLI and the UI
each put them into words.

pytz rules (design.md): never build a datetime with ``tzinfo=<pytz zone>`` (that gives LMT);
use ``zone.localize()`` or ``astimezone(zone)``, and ``normalize()`` after arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytz

from desktop.core.buyer.closures import closure
from desktop.core.buyer.countries import AGENT_ZONE, Country

UTC = pytz.utc
#: Local hours counted as night (22:00-07:00): a message then sits unread.
NIGHT_START, NIGHT_END = 22, 7
#: The business states of a zone, as :attr:`ZoneStatus.state` gives them.
STATES = ("business", "after_hours", "night", "weekend", "holiday")


@dataclass(frozen=True)
class ZoneStatus:
    zone: str
    local: datetime
    state: str
    """One of :data:`STATES`: business, after_hours, night, weekend or holiday."""
    holiday: str | None
    """The public holiday's name (US English, from the holidays package) on a holiday."""
    government_holiday: str | None
    """A holiday when offices close but most buyers work (the state is not ``holiday``)."""
    next_business_start: datetime
    """When business hours next begin (now, if they are on), in the buyer's zone."""
    day_offset: int
    """The buyer's calendar day minus Beijing's: -1 yesterday, 0 today, 1 tomorrow."""
    hours_from_beijing: float
    """Buyer offset minus Beijing offset, e.g. -13.0 for New York in winter."""

    @property
    def business_hours(self) -> bool:
        return self.state == "business"

    @property
    def weekday(self) -> int:
        """The buyer's local weekday, Monday = 0."""
        return self.local.weekday()

    @property
    def utc_offset(self) -> str:
        offset = self.local.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_zone(moment: datetime, zone: str) -> datetime:
    """An aware datetime shown in ``zone`` (pytz-correct)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no time zone: give an aware one")
    return moment.astimezone(pytz.timezone(zone))


def localize(naive: datetime, zone: str) -> datetime:
    """A wall-clock time in ``zone`` as an aware datetime (ambiguous times take standard time)."""
    tz = pytz.timezone(zone)
    try:
        return tz.localize(naive, is_dst=None)
    except pytz.AmbiguousTimeError:
        return tz.localize(naive, is_dst=False)
    except pytz.NonExistentTimeError:
        return tz.normalize(tz.localize(naive, is_dst=False))


def _is_day_off(country: Country, zone: str, day: date) -> tuple[bool, str | None, str | None]:
    """Whether ``day`` is off in ``zone``, the public holiday and the government-only one."""
    found = closure(country, zone, day)
    public = found.name if found and found.kind == "public" else None
    government = found.name if found and found.kind == "government" else None
    return (public is not None or day.weekday() in country.weekend), public, government


def next_business_start(country: Country, zone: str, moment: datetime) -> datetime:
    """When the buyer's business hours next begin; ``moment`` itself if they are on."""
    local = to_zone(moment, zone)
    day = local.date()
    for _ in range(30):
        off, _public, _government = _is_day_off(country, zone, day)
        if not off:
            start = localize(datetime.combine(day, country.business_start), zone)
            end = localize(datetime.combine(day, country.business_end), zone)
            if local < start:
                return start
            if local < end:
                return local
        day += timedelta(days=1)
    raise RuntimeError(f"no business day within 30 days for {country.code}")


def status(country: Country, zone: str, moment: datetime) -> ZoneStatus:
    """Everything the clock shows for one zone at one instant."""
    local = to_zone(moment, zone)
    beijing = to_zone(moment, AGENT_ZONE)
    off, holiday, government = _is_day_off(country, zone, local.date())
    hour = local.time()
    if holiday:
        state = "holiday"
    elif off:
        state = "weekend"
    elif country.business_start <= hour < country.business_end:
        state = "business"
    elif local.hour >= NIGHT_START or local.hour < NIGHT_END:
        state = "night"
    else:
        state = "after_hours"
    diff = (local.utcoffset() or timedelta(0)) - (beijing.utcoffset() or timedelta(0))
    return ZoneStatus(
        zone=zone,
        local=local,
        state=state,
        holiday=holiday,
        government_holiday=government,
        next_business_start=next_business_start(country, zone, moment),
        day_offset=(local.date() - beijing.date()).days,
        hours_from_beijing=diff.total_seconds() / 3600,
    )


@dataclass(frozen=True)
class DstChange:
    zone: str
    day: date
    """The buyer's local date of the change."""
    hours_from_beijing: float
    """The difference from Beijing after the change (negative: behind)."""
    previous_hours_from_beijing: float
    """The difference from Beijing before the change."""


def upcoming_dst_change(zone: str, moment: datetime, days: int = 14) -> DstChange | None:
    """The zone's next offset change within ``days`` of ``moment``, if any (hour resolution)."""
    tz, beijing = pytz.timezone(zone), pytz.timezone(AGENT_ZONE)
    start = moment.astimezone(UTC)
    before = start.astimezone(tz).utcoffset()
    for hour in range(1, days * 24 + 1):
        instant = start + timedelta(hours=hour)
        after = instant.astimezone(tz).utcoffset()
        if after != before:
            china = instant.astimezone(beijing).utcoffset()
            return DstChange(
                zone, instant.astimezone(tz).date(), _hours(after, china), _hours(before, china)
            )
    return None


def _hours(offset: timedelta | None, beijing: timedelta | None) -> float:
    """A UTC offset minus Beijing's, in hours."""
    return ((offset or timedelta(0)) - (beijing or timedelta(0))).total_seconds() / 3600


def convert(naive: datetime, from_zone: str, to_zone_name: str) -> datetime:
    """A wall-clock time in one zone as the wall-clock time in another."""
    return to_zone(localize(naive, from_zone), to_zone_name)


def overlap_strip(country: Country, zone: str, beijing_day: date) -> list[str]:
    """For each hour of the agent's (Beijing) day, the buyer's state at that hour's start."""
    states = []
    for hour in range(24):
        moment = localize(
            datetime.combine(beijing_day, datetime.min.time()) + timedelta(hours=hour), AGENT_ZONE
        )
        states.append(status(country, zone, moment).state)
    return states


def clock_rows(codes: list[str], moment: datetime) -> list[tuple[Country, ZoneStatus]]:
    """The main zones of each country, with their status at ``moment``."""
    from desktop.core.buyer.countries import country, is_country

    places = [country(code) for code in codes if is_country(code)]
    return [(place, status(place, zone, moment)) for place in places for zone in place.main_zones]


def dst_changes(codes: list[str], moment: datetime) -> list[DstChange]:
    """The offset changes within 14 days of the countries' main zones."""
    from desktop.core.buyer.countries import country, is_country

    changes = (
        upcoming_dst_change(zone, moment)
        for code in codes
        if is_country(code)
        for zone in country(code).main_zones
    )
    return [c for c in changes if c is not None]
