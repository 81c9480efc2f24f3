"""The checker's shortcuts (anchors, required literals, branch-wise sentence tests) must never
change what it finds: each is compared with the plain regular expression it stands for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.compliance.anchors import AnyOf, all_parts, anchors, required
from desktop.core.compliance.check import check
from desktop.core.compliance.plan import plan
from desktop.core.compliance.rules import rules
from desktop.core.compliance.text import NUMBER, Text

ROOT = Path(__file__).resolve().parents[2]

DATA = Path(__file__).resolve().parents[1] / "data" / "compliance"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bthe\s+buyer\s+before\s+you\b", ("before",)),
        (r"\b(?:are|is)\s+(?:all\s+)?(?:perfect|flawless)\b", ("perfect", "flawless")),
        (r"\bmake\s+sure\b|\bwestern\s+union\b", ("make", "western")),
        (r"\bnew\s+colou?rs?\b", ("colo",)),
        (r"(?-i:COD)(?<![A-Za-z]COD)", ("cod",)),
        (r"[\u4e00-\u9fff]{2}先生", ("先生",)),
        (r"\d{3}[\s.\-]\d{4}", None),
        (r"\b(?:\w+\s+)?gift\b", ("gift",)),
        # a needed "/" says more than a needed "." (in nearly every text)
        (r"\b[\w\-]+\.[a-z]{2,10}/[\w\-/.]+", ("/",)),
        # a class of a few plain characters: one of them is needed
        (r"(?:\d|[一二三])\s*[号日]", ("号", "日")),
        (r"x[号日]?", ("x",)),
        # a literal and the group right after it: ".de" is rarer than "de" (in "order")
        (r"[a-z0-9]{2,}\.(?:de|fr|it)(?!\w)", (".de", ".fr", ".it")),
        (r"\bno\s+(?:(?:cod|cash)\b|pago)", ("cod", "cash", "pago")),
        # a branch that may start with a blank: no exact start, so no joined part
        (r"xy\.(?:\s*de|fr)", ("xy.",)),
    ],
)
def test_required_literals(pattern: str, needs: tuple[str, ...] | None) -> None:
    assert required(pattern) == needs


WORDS = [
    "arrive",
    "by",
    "Friday",
    "usually",
    "the",
    "ship",
    "3",
    "days",
    "保证",
    "到货",
    "周五",
    "前",
]


SENTENCE_TESTS = [
    (rule.id, test, re.compile(test.pattern, re.IGNORECASE))
    for rule in rules()
    for test in (rule.within, rule.unless_sentence)
    if test is not None
]


@given(st.lists(st.sampled_from([*WORDS, " ", ".", ","]), max_size=14).map("".join))
def test_any_of_agrees_with_the_whole_pattern(text: str) -> None:
    for rule_id, test, whole in SENTENCE_TESTS:
        assert test.search(text) == bool(whole.search(text)), (rule_id, text)


def test_any_of_on_a_sentence() -> None:
    hedge = AnyOf(r"(?i)\b(?:usually|normally)\b|一般|通常")
    assert hedge.search("We usually ship in 2 days")
    assert hedge.search("一般两天发货")
    assert not hedge.search("We ship in 2 days")


def test_a_branch_that_is_one_group_is_opened_into_its_branches() -> None:
    """Each alternative gets its own anchors: ``\\b(?:courier|upon\\s+delivery)\\b`` is not
    tried on a sentence holding neither word."""
    test = AnyOf(r"(?i)\b(?:courier|upon\s+delivery)\b|(?:天|小时)")
    assert [b[0].pattern for b in test.branches] == [
        r"\bcourier\b",
        r"\bupon\s+delivery\b",
        "天",
        "小时",
    ]
    assert test.search("the courier rings") and test.search("pay upon delivery")
    assert not test.search("a courierx") and not test.search("两周")
    assert not test._always


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "Leave 5 stars and email the screenshot to vip@example.com for a free gift.",
            "feedback_manipulation",
        ),
        ("Another customer, Mr. John Smith from Leeds, bought it too.", "buyer_details"),
    ],
)
def test_a_full_stop_inside_an_address_or_after_a_title_ends_no_sentence(
    text: str, family: str
) -> None:
    assert family in {f.family for f in check(text, "aliexpress")}


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?-i:\b(?:Mr|Ms)\.?\s+[A-Z][a-z]+)", ("mr", "ms")),  # inside a case-sensitive group
        (r"\b(?:we\s?chat|whats\s?app)\b", ("we", "whats")),
        (r"(?:gift)?\s+box", None),  # the group may be skipped
        (r"[A-Z][a-z]+\s+bought", None),
    ],
)
def test_anchors(pattern: str, words: tuple[str, ...] | None) -> None:
    assert anchors(pattern) == words


def test_the_plan_starts_number_patterns_at_numbers_and_word_patterns_at_word_starts() -> None:
    slots = {slot.pattern.pattern: slot for slot in plan(rules()).slots}
    assert slots[r"\b\d+\s+days\s+max\b"].anchors == (NUMBER,)
    text = Text("the weather: 3 days max, (555) 010-2030 x12", plan(rules()).automaton)
    # "3", "(", "555", "010", "2030": every number after a non-word character, not "12"
    assert text.positions(NUMBER) == [13, 25, 26, 31, 35]
    assert text.word_starts("he") == []  # "the", "weather"
    assert text.positions("he") == [1, 8]


def test_a_needed_string_marked_as_a_word_start_skips_sentences_holding_it_inside_words() -> None:
    automaton = plan(rules()).automaton
    inside = Text("Things become clear. Thanks.", automaton)
    assert inside._windows(("\\bcom",)) == []
    assert inside._windows(("com",)) == [(0, 20)]
    assert Text("Hi. Things become clear.", automaton)._windows(("com",)) == [(0, 24)]
    domain = Text("Hi. See shop.example. com now. Bye.", automaton)
    assert domain._windows(("\\bcom",)) == [(3, 30)]  # the two sentences the link spans
    assert [f.rule for f in check("See shop.example. com now", "aliexpress")] == [
        "off_platform.link"
    ]


def test_every_part_a_pattern_cannot_match_without_is_required_of_the_text() -> None:
    pattern = r"\bwe\s+(?:no|not)\s+(?:support|accept)\s+cards?(?!\s+machine)"
    assert all_parts(pattern) == (("we",), ("no", "not"), ("support", "accept"), ("card",))
    assert all_parts(r"a|b") == ()  # a choice at the top: nothing is required of both
    assert all_parts(r"\d+\s?(?:x|y)\s+days") == (("days",),)  # common characters left out
    assert all_parts(r"\w+\.(?:de|fr)\b") == (("de", "fr"), (".de", ".fr"))
    automaton = plan(rules()).automaton
    assert Text("We do not accept cards.", automaton).holds(all_parts(pattern))
    assert not Text("We do accept cards.", automaton).holds(all_parts(pattern))
    assert Text("anything", automaton).holds(())
