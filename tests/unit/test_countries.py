"""Country data from the libraries that own it, and the festivals computed from rules."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
import pytz

from desktop.core.buyer.countries import countries, find_country
from desktop.core.buyer.festivals import (
    festivals,
    first_day,
    occurrences,
    public_holidays,
    span,
    upcoming,
)

#: The 16 first countries, then the 24 of issue 11, in the data file's order.
CARD_COUNTRIES = (
    "US BR RU CA UA CL KR IN ES FR GB DE PL IL MX SA "
    "JP AU NZ IT NL BE PT SE CZ AT CH IE TR AE KZ CO PE AR ID PH TH MY SG VN"
).split()


def test_the_forty_countries_come_from_cldr_and_pytz() -> None:
    table = countries()
    assert list(table) == CARD_COUNTRIES
    for c in table.values():
        assert c.zones == tuple(pytz.country_timezones[c.code])
        assert set(c.main_zones) <= set(c.zones), c.code
        assert c.name_zh and c.name_en and len(c.currency) == 3
        assert c.business_start < c.business_end
    assert table["BR"].name_zh == "巴西" and table["BR"].currency == "BRL"
    assert table["CL"].currency_sample() == "$1.234"  # CLP has no minor units
    assert "\u00a0" in table["FR"].currency_sample()  # CLDR's no-break space


@pytest.mark.parametrize(
    "code, weekend",
    [("US", (5, 6)), ("SA", (4, 5)), ("IL", (4, 5)), ("IN", (6,)), ("AE", (5, 6))],
)
def test_weekends_from_cldr(code: str, weekend: tuple[int, ...]) -> None:
    assert countries()[code].weekend == weekend


def test_find_by_code_chinese_or_english_name() -> None:
    assert find_country("br").code == "BR"  # type: ignore[union-attr]
    assert find_country("巴西").code == "BR"  # type: ignore[union-attr]
    assert find_country("Saudi").code == "SA"  # type: ignore[union-attr]
    assert find_country("沙特").code == "SA"  # type: ignore[union-attr]
    for text, code in (("日本", "JP"), ("Japan", "JP"), ("阿联酋", "AE"), ("United Arab", "AE")):
        assert find_country(text).code == code, text  # type: ignore[union-attr]
    for text, code in (("哈萨克斯坦", "KZ"), ("vn", "VN"), ("Schweiz", None), ("瑞士", "CH")):
        found = find_country(text)
        assert (found.code if found else None) == code, text
    assert find_country("Atlantis") is None and find_country("") is None


def test_every_festival_has_dates_for_2026_to_2028() -> None:
    for year in (2026, 2027, 2028):
        found = {o.festival.id: o for o in occurrences(year)}
        assert set(found) == {f.id for f in festivals()}, year
        for o in found.values():
            assert o.start <= o.end and o.start.year in (year - 1, year, year + 1)


def test_festival_dates_follow_the_holidays_package() -> None:
    by_id = {f.id: f for f in festivals()}
    assert [first_day(by_id["black_friday"], y) for y in (2026, 2027, 2028)] == [
        date(2026, 11, 27),
        date(2027, 11, 26),
        date(2028, 11, 24),
    ]
    for year in (2026, 2027, 2028):
        thanksgiving = next(
            d for d, n in holidays.US(years=year, language="en_US").items() if "Thanksgiving" in n
        )
        assert first_day(by_id["cyber_monday"], year) == thanksgiving + timedelta(days=4)
        assert first_day(by_id["black_friday"], year).weekday() == 4  # type: ignore[union-attr]
        assert first_day(by_id["buen_fin"], year).weekday() == 3  # type: ignore[union-attr]
        cny = min(
            d
            for d, n in holidays.CN(years=year, language="en_US").items()
            if "Spring Festival" in n
        )
        # the closure is the official block: it starts on or before New Year's Eve
        start = first_day(by_id["cn_spring_festival"], year)
        assert start is not None and start <= cny - timedelta(days=1)
    assert first_day(by_id["singles_day"], 2027) == date(2027, 11, 11)
    # fixed by the fact check: Buen Fin 2025 ran Thursday 13 to Monday 17 November; Ramadan
    # 2026 begins on 18 February and Eid al-Fitr is on 20 March (not the day-off before it)
    assert span(by_id["buen_fin"], 2025) == (date(2025, 11, 13), date(2025, 11, 17))
    assert span(by_id["ramadan"], 2026) == (date(2026, 2, 18), date(2026, 3, 19))
    assert first_day(by_id["eid_al_fitr"], 2026) == date(2026, 3, 20)
    assert span(by_id["korea_sale_festa"], 2026) == (date(2026, 11, 1), date(2026, 11, 30))
    diwali = next(d for d, n in holidays.IN(years=2026, language="en_US").items() if n == "Diwali")
    assert 28 <= (diwali - first_day(by_id["diwali_sale"], 2026)).days <= 35  # type: ignore[operator]


def test_upcoming_for_a_country_includes_global_festivals() -> None:
    names = [o.festival.id for o in upcoming("BR", date(2026, 11, 1), days=40)]
    assert "singles_day" in names and "black_friday" in names and "boxing_day" not in names
    assert [o.festival.id for o in upcoming("RU", date(2026, 12, 20), days=20)] == ["ru_new_year"]


def test_public_holidays_come_from_the_holidays_package() -> None:
    found = dict(public_holidays("PL", date(2026, 12, 1), days=40))
    assert date(2026, 12, 25) in found and date(2026, 12, 26) in found
    # Ukraine's public holidays are suspended under martial law, and the package says so
    assert public_holidays("UA", date(2026, 1, 1), days=365) == []


def test_chinas_closures_show_for_every_buyer_country() -> None:
    for code in ("US", "BR", "SA"):
        names = [o.festival.id for o in upcoming(code, date(2027, 1, 20), days=30)]
        assert "cn_spring_festival" in names, code


def test_a_country_lets_go_of_the_locale_data_it_loaded() -> None:
    """The clock asks several countries for three facts each; their 2-4 MB locales are not
    kept (issue 15), the window's own Chinese and English ones are."""
    from babel import localedata

    from desktop.core.buyer.countries import country

    localedata.clear_caches()
    country.cache_clear()
    brazil = country("BR")
    assert brazil.locale == "pt_BR" and brazil.weekend == (5, 6) and not brazil.clock_12h
    assert "pt_BR" not in localedata._cache and "pt" not in localedata._cache
    assert "pt_BR" not in localedata._dict_cache
    assert country("US").clock_12h and "en_US" in localedata._cache
