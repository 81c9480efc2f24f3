"""The bargaining helper and the one decimal parser of the quotation (core, no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.quote.bargain import (
    ACCEPTABLE,
    BELOW_FLOOR,
    BELOW_MINIMUM,
    NO_ROOM,
    Bargain,
    bargain,
    check_offer,
)
from desktop.core.quote.pricing import (
    Problem,
    Quote,
    QuoteInput,
    calculate,
    money,
    parse_decimal,
    percent,
)
from tests.unit.test_quote import EXAMPLE

FIVE = Decimal("0.05")


def quote(**changes: str) -> Quote:
    q = calculate(QuoteInput(**{**EXAMPLE, **changes})).quote
    assert q is not None
    return q


def test_a_counter_offer_above_the_minimum_gets_the_quantity_discount_reply() -> None:
    b = bargain(quote(), Decimal("10.50"), FIVE)
    assert isinstance(b, Bargain)
    assert b.above_floor and b.scenario == ACCEPTABLE
    assert (b.margin * 100).quantize(Decimal("0.01")) == Decimal("9.31")
    assert money(b.min_price, "USD") == Decimal("9.97")
    # 9.9738 (unrounded) is 11.63% off the quoted 11.2858
    assert percent(b.max_discount) == "11.63"
    assert b.min_margin == FIVE


def test_each_situation_has_its_reply() -> None:
    q = quote()  # floor 9.43, lowest price at 5% margin 9.97, quoted 11.29
    below_floor = bargain(q, Decimal("9.00"), FIVE)
    assert isinstance(below_floor, Bargain)
    assert not below_floor.above_floor and below_floor.margin < 0
    assert below_floor.scenario == BELOW_FLOOR
    between = bargain(q, Decimal("9.50"), FIVE)
    assert isinstance(between, Bargain) and between.above_floor
    assert between.scenario == BELOW_MINIMUM
    # the quote itself leaves less than the minimum margin: nothing to give
    no_room = bargain(q, Decimal("11.00"), Decimal("0.20"))
    assert isinstance(no_room, Bargain)
    assert no_room.scenario == NO_ROOM and no_room.max_discount == 0


@pytest.mark.parametrize(
    "counter, minimum, field, code",
    [
        ("0", "0.05", "counter", "positive"),
        ("-3", "0.05", "counter", "positive"),
        ("10", "1", "min_margin", "margin_range"),
        ("10", "-0.01", "min_margin", "margin_range"),
        ("10", "0.91", "min_margin", "margin_range"),  # + 9% fees = 100%
        ("10", "NaN", "min_margin", "margin_range"),
    ],
)
def test_bad_bargaining_input_is_a_problem_code(
    counter: str, minimum: str, field: str, code: str
) -> None:
    result = bargain(quote(), Decimal(counter), Decimal(minimum))
    assert isinstance(result, Problem) and (result.field, result.code) == (field, code)
    assert result.message()  # the English wording exists for every code


def test_check_offer_reads_typed_text() -> None:
    q = quote()
    assert check_offer(q, "", "5") is None  # nothing typed: nothing to check
    assert check_offer(q, "abc", "5") is None
    typed = check_offer(q, " １０.５０ ", "5%")
    assert isinstance(typed, Bargain) and typed.scenario == ACCEPTABLE
    bad = check_offer(q, "10.50", "five")
    assert isinstance(bad, Problem) and (bad.field, bad.code) == ("min_margin", "number")
    too_high = check_offer(q, "10.50", "95")
    assert isinstance(too_high, Problem) and too_high.code == "margin_range"


def test_a_quote_of_nothing_does_not_divide_by_zero() -> None:
    free = quote(cost="0", domestic="0", international="0")
    b = bargain(free, Decimal("1"), FIVE)
    assert isinstance(b, Bargain) and b.above_floor and b.max_discount == 0


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10000, places=2),
    st.decimals(min_value=0, max_value=40, places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=100000, places=2),
    st.decimals(min_value=0, max_value=Decimal("59.99"), places=2),
)
def test_the_verdict_agrees_with_the_margin(
    cost: Decimal, margin: Decimal, counter: Decimal, minimum: Decimal
) -> None:
    q = quote(cost=str(cost), margin=str(margin))
    b = bargain(q, counter, minimum / 100)
    assert isinstance(b, Bargain)
    assert b.scenario in (BELOW_FLOOR, NO_ROOM, ACCEPTABLE, BELOW_MINIMUM)
    assert 0 <= b.max_discount < 1
    tiny = Decimal("1e-20")
    # above the floor means no loss: the margin at the counter-offer is not negative
    assert (b.margin >= -tiny) if b.above_floor else (b.margin < tiny)
    if b.scenario == ACCEPTABLE:
        assert counter >= b.min_price and b.margin >= b.min_margin - tiny


# -- parse_decimal ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, number",
    [
        ("7.10", "7.10"),
        ("  7.10 ", "7.10"),
        ("1,234.5", "1234.5"),
        ("1,234,567", "1234567"),
        ("1 234.5", "1234.5"),
        ("1\u00a0234.5", "1234.5"),
        ("７．１０", "7.10"),
        ("7。10", "7.10"),
        ("１，２３４", "1234"),
        ("15%", "15"),
        ("１５％", "15"),
        ("-3", "-3"),
        ("+2", "2"),
        (".5", "0.5"),
        ("5.", "5"),
    ],
)
def test_parse_decimal_reads_what_agents_type(text: str, number: str) -> None:
    assert parse_decimal(text) == Decimal(number)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "abc",
        "1,5",
        "1,23",
        "12,34,567",
        "1e3",
        "1.2.3",
        "--1",
        "%",
        "NaN",
        "inf",
        "1_000",
    ],
)
def test_parse_decimal_refuses_what_is_not_a_plain_number(text: str) -> None:
    assert parse_decimal(text) is None


def test_parse_decimal_can_return_non_finite_values_to_name_them() -> None:
    nan = parse_decimal("NaN", finite=False)
    inf = parse_decimal("-Infinity", finite=False)
    assert nan is not None and nan.is_nan()
    assert inf is not None and inf.is_infinite()
    assert parse_decimal("abc", finite=False) is None


finite = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12)


@settings(max_examples=300, deadline=None)
@given(finite)
def test_parse_decimal_round_trips_plain_and_grouped_numbers(number: Decimal) -> None:
    assert parse_decimal(f"{number:f}") == number
    assert parse_decimal(f"{number:,f}") == number
    full_width = f"{number:f}".translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert parse_decimal(full_width) == number


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=16))
def test_parse_decimal_never_raises_and_gives_finite_numbers(text: str) -> None:
    number = parse_decimal(text)
    assert number is None or number.is_finite()
