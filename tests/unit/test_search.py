"""Search: English stems and prefixes, Chinese of any length, substrings, ranking, bad input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import Library


def scenarios_of(lib: Library, text: str, limit: int = 20) -> set[str]:
    return {e.scenario for e in lib.search(text, limit)}


def test_english_stems_match_each_other(shared_lib: Library) -> None:
    ids = lambda q: {e.id for e in shared_lib.search(q, 500)}  # noqa: E731
    shipped, ships, ship = ids("shipped"), ids("ships"), ids("ship")
    assert shipped and shipped == ships
    assert ships <= ship
    # "shipping" also finds its synonyms (postage, freight ...): a superset
    assert shipped <= ids("shipping")


def test_prefix_as_you_type(shared_lib: Library) -> None:
    assert "shipping.tracking" in scenarios_of(shared_lib, "track")
    assert "shipping.tracking" in scenarios_of(shared_lib, "tracki")
    # a prefix the stemmer cannot complete falls back to substrings
    assert shared_lib.search("shipp", 5)
    # a long word still being typed is tried as a prefix ("delive" -> delivery, delivered)
    found = shared_lib.search("delive", 5)
    assert found
    assert all(
        "deliver" in (e.en + e.title_en + " ".join(e.examples + e.tags)).lower() for e in found
    )


def test_replies_with_every_word_come_first(shared_lib: Library) -> None:
    import re

    def has(e, word: str) -> bool:  # type: ignore[no-untyped-def]
        text = (e.en + e.title_en + " ".join(e.tags + e.examples)).lower()
        return re.search(word, text) is not None

    found = shared_lib.search("battery charger", 60)
    both = [has(e, r"\bbatter(y|ies)\b") and has(e, r"\bchargers?\b") for e in found]
    assert both[0] and True in both and False in both
    first_partial = both.index(False)
    assert not any(both[first_partial:]), "an all-words match ranked after a partial one"


def _chinese_text(e) -> str:  # type: ignore[no-untyped-def]
    from desktop.core.library.scenarios import scenarios

    return e.zh + e.title_zh + "".join(e.tags) + scenarios()[e.scenario].zh


def test_two_character_chinese_finds_replies(shared_lib: Library) -> None:
    from desktop.core.search.lexicon import lexicon

    for query, scenario in [
        ("运费", "shipping"),
        ("关税", "customs.import_tax"),
        ("退款", "aftersales"),
    ]:
        found = shared_lib.search(query, 50)
        assert found, query
        assert any(e.scenario.startswith(scenario) for e in found[:5]), query
        literal = [query in _chinese_text(e) for e in found]
        assert all(any(w in _chinese_text(e) for w in lexicon().synonyms(query)) for e in found)
        # replies holding the word as typed come before those holding only a synonym
        assert literal[0] and literal == sorted(literal, reverse=True), query


def test_one_and_many_character_chinese(shared_lib: Library) -> None:
    one = shared_lib.search("税", 100)
    assert one and all("税" in _chinese_text(e) for e in one)
    long = shared_lib.search("物流查询", 20)
    assert long and long[0].scenario == "shipping.tracking"


def test_chinese_run_must_be_adjacent(shared_lib: Library) -> None:
    # Both characters occur in the library, but never as this pair.
    found = shared_lib.search("税单", 50)
    assert found == [] or "税单" in _chinese_text(found[0])


def test_mixed_english_and_chinese(shared_lib: Library) -> None:
    found = shared_lib.search("tracking 单号", 20)
    assert found
    assert all("单号" in _chinese_text(e) for e in found[:5])


def test_english_substring(shared_lib: Library) -> None:
    assert shared_lib.search("ckin", 5)  # inside "tracking", "checking" ...


def test_favourite_and_usage_lift_a_reply(lib: Library) -> None:
    results = lib.search("refund", 20)
    last = results[-1]
    lib.set_favorite(last.id)
    for _ in range(30):
        lib.record_use(last.id)
    assert [e.id for e in lib.search("refund", 20)].index(last.id) <= 10


def test_limit_is_honoured(shared_lib: Library) -> None:
    assert len(shared_lib.search("the", 3)) == 3
    assert shared_lib.search("the", 0) == []


FTS_SYNTAX = [
    '"',
    '""',
    "'",
    "NEAR(",
    "NEAR(a b)",
    "-x",
    "*",
    "a*",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "(",
    ")",
    "^",
    ":",
    "col:word",
    "title_en:ship",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "%",
    "_",
    "%%",
    "' OR 1=1 --",
    "\x00",
    "\u200b",
    "\ud800",
    "🙂",
    "　",
    "运",
    "a" * 5000,
    "运费" * 500,
    "\n\t",
    "ship*)",
]


def test_fts_syntax_never_raises(shared_lib: Library) -> None:
    for text in FTS_SYNTAX:
        assert isinstance(shared_lib.search(text, 10), list), repr(text)
        assert isinstance(shared_lib.suggest(text, 3), list), repr(text)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_text_returns_results_or_nothing(shared_lib: Library, text: str) -> None:
    assert isinstance(shared_lib.search(text, 5), list)
    assert isinstance(shared_lib.suggest(text, 3), list)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from('运费关税退款物流"*()-: ANDORNEAR^ab'), max_size=20))
def test_syntax_heavy_text_never_raises(shared_lib: Library, text: str) -> None:
    assert isinstance(shared_lib.search(text, 5), list)


def test_natural_language_query_falls_back_to_any_word(shared_lib: Library) -> None:
    # No reply holds all of where/package; replies holding any of them follow, best first.
    found = shared_lib.search("where is my package", 10)
    assert len(found) == 10
    assert "shipping.tracking" in {e.scenario for e in found[:3]}
    every = shared_lib.search("tracking number", 50)
    assert all(
        "track" in (e.en + e.title_en + " ".join(e.tags + e.examples)).lower() for e in every[:5]
    )
