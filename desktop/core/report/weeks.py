"""Report weeks: Monday 00:00 to the next Monday 00:00 in the agent's time zone (Beijing time
unless set otherwise), named by ISO week ("2026-W48")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytz

DEFAULT_ZONE = "Asia/Shanghai"
#: The library setting holding the agent's time zone for report weeks (CLI and window share it).
ZONE_SETTING = "report_zone"
_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Week:
    year: int
    number: int
    zone: str = DEFAULT_ZONE

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def bounds(self) -> tuple[int, int]:
        """[start, end) in UTC seconds: Monday 00:00 to the next Monday 00:00, local time."""
        tz = pytz.timezone(self.zone)
        start = tz.localize(datetime.combine(self.monday, datetime.min.time()))
        end = tz.localize(datetime.combine(self.monday + timedelta(days=7), datetime.min.time()))
        return int(start.timestamp()), int(end.timestamp())

    def previous(self) -> Week:
        return week_of_date(self.monday - timedelta(days=7), self.zone)

    def next(self) -> Week:
        return week_of_date(self.monday + timedelta(days=7), self.zone)


def week_of_date(day: date, zone: str = DEFAULT_ZONE) -> Week:
    year, number, _ = day.isocalendar()
    return Week(year, number, zone)


def week_of(moment: float, zone: str = DEFAULT_ZONE) -> Week:
    """The week holding a UTC timestamp, in ``zone``."""
    local = datetime.fromtimestamp(moment, pytz.timezone(zone))
    return week_of_date(local.date(), zone)


def parse_week(text: str, zone: str = DEFAULT_ZONE) -> Week:
    """ "2026-W48" (or "2026W48"); ValueError with a one-line reason otherwise."""
    found = _WEEK.match(text.strip())
    if not found:
        raise ValueError(f"not a week: {text!r} (write it as 2026-W48)")
    year, number = int(found.group(1)), int(found.group(2))
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        raise ValueError(f"{year} has no week {number}") from None
    return Week(year, number, zone)


def local_iso(moment: int, zone: str = DEFAULT_ZONE) -> str:
    """A UTC timestamp as local ISO 8601 with its offset (seconds dropped)."""
    return datetime.fromtimestamp(moment, pytz.timezone(zone)).isoformat(timespec="minutes")


def parse_moment(text: str, zone: str = DEFAULT_ZONE) -> int:
    """An ISO 8601 time to UTC seconds; one without an offset is read in ``zone``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 time: {text!r} (e.g. 2026-11-30T09:15)") from None
    if moment.tzinfo is None:
        moment = pytz.timezone(zone).localize(moment)
    return int(moment.timestamp())
