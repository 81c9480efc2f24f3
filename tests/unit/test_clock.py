"""The buyer clock against an independent oracle (zoneinfo over the pip tzdata package)."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta

import pytest
import pytz
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.buyer.clock import (
    STATES,
    clock_rows,
    convert,
    dst_changes,
    next_business_start,
    overlap_strip,
    status,
    to_zone,
    upcoming_dst_change,
)
from desktop.core.buyer.countries import city_name, city_zh, countries
from desktop.core.search.text import has_cjk

ZONES = sorted({z for c in countries().values() for z in c.zones})
#: The 2026 offset changes of the 16 countries: US and Canada, EU and UK, Chile, plus Chile's
#: and Mexico's border zones which follow the US.
DST_DAYS_2026 = [
    date(2026, 3, 8),
    date(2026, 11, 1),
    date(2026, 3, 29),
    date(2026, 10, 25),
    date(2026, 4, 5),
    date(2026, 9, 6),
]


@pytest.fixture(scope="module")
def oracle() -> dict[str, zoneinfo.ZoneInfo]:
    """zoneinfo reading only the tzdata package, never the system's copy."""
    zoneinfo.reset_tzpath(to=[])
    try:
        return {z: zoneinfo.ZoneInfo(z) for z in ZONES}
    finally:
        zoneinfo.reset_tzpath()


def check(zone: str, instant: datetime, oracle: dict[str, zoneinfo.ZoneInfo]) -> None:
    ours = to_zone(instant, zone)
    theirs = instant.astimezone(oracle[zone])
    assert ours.replace(tzinfo=None) == theirs.replace(tzinfo=None), (zone, instant)
    assert ours.utcoffset() == theirs.utcoffset(), (zone, instant)


def test_every_zone_across_the_2026_dst_changes(oracle) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for day in DST_DAYS_2026:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=1)
        for hour in range(72):
            instant = start + timedelta(hours=hour, minutes=30)
            for zone in ZONES:
                check(zone, instant, oracle)
                checked += 1
    assert checked == len(DST_DAYS_2026) * 72 * len(ZONES) > 50_000


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31)),
    st.sampled_from(ZONES),
)
def test_random_instants_match_the_oracle(instant: datetime, zone: str) -> None:
    zoneinfo.reset_tzpath(to=[])
    try:
        check(zone, instant.replace(tzinfo=UTC), {zone: zoneinfo.ZoneInfo(zone)})
    finally:
        zoneinfo.reset_tzpath()


def test_shanghai_is_plus_eight_not_lmt() -> None:
    moment = to_zone(datetime(2026, 6, 1, tzinfo=UTC), "Asia/Shanghai")
    assert moment.utcoffset() == timedelta(hours=8)
    assert moment.isoformat().endswith("+08:00")


def test_kyiv_and_kolkata_have_chinese_names() -> None:
    assert city_zh("Europe/Kyiv") == "基辅"
    assert city_zh("Asia/Kolkata") == "加尔各答"


def test_cities_are_named_in_the_ui_language() -> None:
    assert city_name("America/New_York", "en_US") == "New York"  # CLDR en derives it from the id
    assert city_name("America/Sao_Paulo", "en_US") == "São Paulo"
    assert city_name("Asia/Kolkata", "en_US") == "Kolkata"
    assert city_name("America/Sao_Paulo", "zh_CN") == city_zh("America/Sao_Paulo") == "圣保罗"
    zones = {z for c in countries().values() for z in c.zones}
    assert not [z for z in zones if has_cjk(city_name(z, "en_US"))]
    assert all(has_cjk(city_name(z, "zh_CN")) for z in zones)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_sat_sun_weekend_and_business_hours() -> None:
    us = countries()["US"]
    assert status(us, "America/New_York", at("2026-11-21T15:00:00+00:00")).state == "weekend"
    monday = status(us, "America/New_York", at("2026-11-23T15:00:00+00:00"))
    assert monday.state == "business" and monday.business_hours
    assert status(us, "America/New_York", at("2026-11-23T23:30:00+00:00")).state == "after_hours"
    assert status(us, "America/New_York", at("2026-11-24T05:00:00+00:00")).state == "night"


@pytest.mark.parametrize("code, zone", [("SA", "Asia/Riyadh"), ("IL", "Asia/Jerusalem")])
def test_fri_sat_weekend(code: str, zone: str) -> None:
    country = countries()[code]
    friday = status(country, zone, at("2026-11-20T09:00:00+00:00"))
    sunday = status(country, zone, at("2026-11-22T09:00:00+00:00"))
    assert friday.state == "weekend" and sunday.state == "business"


def test_sunday_only_weekend_india() -> None:
    india = countries()["IN"]
    saturday = status(india, "Asia/Kolkata", at("2026-11-21T06:30:00+00:00"))
    assert saturday.state == "business"


def test_public_holiday_state_and_next_opening() -> None:
    us = countries()["US"]
    thanksgiving = status(us, "America/New_York", at("2026-11-26T16:00:00+00:00"))
    assert thanksgiving.state == "holiday" and thanksgiving.holiday == "Thanksgiving Day"
    assert thanksgiving.next_business_start.isoformat() == "2026-11-27T09:00:00-05:00"


def test_next_business_start() -> None:
    us = countries()["US"]
    friday_evening = at("2026-11-20T23:00:00+00:00")  # 18:00 in New York
    start = next_business_start(us, "America/New_York", friday_evening)
    assert start.isoformat() == "2026-11-23T09:00:00-05:00"
    during = at("2026-11-23T16:00:00+00:00")
    assert next_business_start(us, "America/New_York", during) == to_zone(
        during, "America/New_York"
    )


def test_day_offset_and_gap_from_beijing() -> None:
    us = countries()["US"]
    s = status(us, "America/Los_Angeles", at("2026-11-23T02:00:00+00:00"))  # Beijing 10:00 Mon
    assert s.day_offset == -1 and s.hours_from_beijing == -16
    assert s.weekday == 6  # Sunday 18:00 in Los Angeles
    kr = status(countries()["KR"], "Asia/Seoul", at("2026-11-23T02:00:00+00:00"))
    assert kr.hours_from_beijing == 1 and kr.day_offset == 0 and kr.weekday == 0
    india = status(countries()["IN"], "Asia/Kolkata", at("2026-11-23T02:00:00+00:00"))
    assert india.hours_from_beijing == -2.5


def test_dst_notice_14_days_ahead() -> None:
    change = upcoming_dst_change("America/New_York", at("2026-02-23T00:00:00+00:00"))
    assert change is not None and change.day == date(2026, 3, 8)
    assert (change.previous_hours_from_beijing, change.hours_from_beijing) == (-13, -12)
    assert upcoming_dst_change("America/New_York", at("2026-02-15T00:00:00+00:00")) is None
    assert upcoming_dst_change("Asia/Shanghai", at("2026-03-01T00:00:00+00:00")) is None
    london = upcoming_dst_change("Europe/London", at("2026-10-20T00:00:00+00:00"))
    assert london is not None and london.day == date(2026, 10, 25)
    assert (london.previous_hours_from_beijing, london.hours_from_beijing) == (-7, -8)


def test_core_clock_gives_codes_and_numbers_not_words() -> None:
    """The CLI and the UI word the clock; the core hands them codes (issue: the English UI
    showed the core's Chinese)."""
    moment = at("2026-11-26T16:00:00+00:00")  # Thanksgiving; Fri-Sat and Sunday weekends too
    rows = clock_rows(list(countries()), moment)
    assert {s.state for _c, s in rows} <= set(STATES)
    assert {"holiday", "business"} <= {s.state for _c, s in rows}
    for _country, s in rows:
        assert not has_cjk(s.zone + (s.holiday or "")), s
        assert s.weekday == s.local.weekday() and s.day_offset in (-1, 0, 1)
    changes = dst_changes(["US", "GB"], at("2026-10-12T00:00:00+00:00"))
    assert [c.zone for c in changes] == ["Europe/London"]  # the US changes on 1 November
    assert isinstance(changes[0].hours_from_beijing, float)
    import desktop.core.buyer.clock as clock

    assert not {"STATES_ZH", "WEEKDAYS_ZH", "gap_text_zh", "dst_notices"} & set(vars(clock))


def test_converter_both_ways() -> None:
    ny = convert(datetime(2026, 11, 23, 9, 0), "Asia/Shanghai", "America/New_York")
    assert ny.isoformat() == "2026-11-22T20:00:00-05:00"
    back = convert(datetime(2026, 11, 22, 20, 0), "America/New_York", "Asia/Shanghai")
    assert back.isoformat() == "2026-11-23T09:00:00+08:00"
    # a time that does not exist in New York (spring forward) still converts
    assert convert(datetime(2026, 3, 8, 2, 30), "America/New_York", "Asia/Shanghai").hour == 15


def test_overlap_strip_for_a_monday() -> None:
    strip = overlap_strip(countries()["US"], "America/New_York", date(2026, 11, 24))
    assert len(strip) == 24
    # Beijing 22:00-24:00 on Tuesday is New York 09:00-11:00 on Tuesday
    assert strip[22] == strip[23] == "business"
    assert strip[10] == "after_hours" and strip[12] == "night"  # 21:00 and 23:00 in New York


def test_pytz_zone_is_never_passed_as_tzinfo() -> None:
    # design.md: tzinfo=<pytz zone> gives local mean time (+08:06 for Shanghai)
    import ast
    from pathlib import Path

    for path in (Path(__file__).resolve().parents[2] / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "tzinfo":
                assert isinstance(node.value, ast.Constant), (
                    f"{path}: tzinfo= {ast.dump(node.value)}"
                )
    assert pytz.timezone("Asia/Shanghai").localize(datetime(2026, 1, 1)).utcoffset() == timedelta(
        hours=8
    )
