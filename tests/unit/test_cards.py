"""Etiquette cards: every country and topic covered, with sources, in the buyer's language."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.buyer.cards import TOPICS, card_json, cards
from desktop.core.buyer.countries import countries
from desktop.core.search.text import has_cjk


def test_a_card_for_each_of_the_forty_countries() -> None:
    assert set(cards()) == set(countries()) and len(cards()) == 40


def test_every_card_covers_every_topic_with_sources() -> None:
    for code, card in cards().items():
        assert {f.topic for f in card.facts} == set(TOPICS), code
        for fact in card.facts:
            assert has_cjk(fact.zh) and fact.source, (code, fact)
        assert len(card.facts) >= 8, code


def test_greeting_and_closing_in_the_buyers_language() -> None:
    scripts = {
        "RU": "[А-я]",
        "UA": "[А-яіїєґ]",
        "KZ": "[А-я]",
        "KR": "[가-힣]",
        "IL": "[א-ת]",
        "SA": "[ء-ي]",
        "AE": "[ء-ي]",
        "JP": "[ぁ-んァ-ン]",
        "TH": "[ก-๛]",
        "VN": "[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]",
    }
    for code, card in cards().items():
        assert "{buyer}" in card.greeting and "{buyer}" in card.greeting_zh, code
        assert card.closing and has_cjk(card.closing_zh), code
        if code in scripts:
            assert re.search(scripts[code], card.greeting), code
    assert "Olá" in cards()["BR"].greeting


def test_domain_facts_are_on_the_cards() -> None:
    text = {code: " ".join(f.zh for f in card.facts) for code, card in cards().items()}
    assert "13" in text["US"] and "4" in text["KR"]
    assert "政治" in text["RU"] and "苏联" in text["RU"]
    assert "12月25日" in text["UA"]
    assert "斋月" in text["SA"]


def test_card_json_joins_library_facts() -> None:
    data = card_json(countries()["SA"], date(2026, 2, 1))
    assert data["weekend"] == [4, 5] and data["currency"] == "SAR"  # Friday, Saturday
    assert any(f["name_zh"] == "斋月" for f in data["festivals"])
    assert data["zones"] == ["Asia/Riyadh"] and data["communication"]


def test_no_emoji_in_card_text() -> None:
    # Agents' machines may have no emoji font: an emoji would show as an empty box.
    emoji = re.compile("[\U0001f000-\U0001ffff\u2600-\u27bf\ufe0f]")
    for code, card in cards().items():
        texts = [card.greeting, card.closing, card.greeting_zh, *(f.zh for f in card.facts)]
        assert not any(emoji.search(t) for t in texts), code


def test_card_json_gives_codes_the_cli_and_the_ui_word() -> None:
    """Topics and weekdays are codes; the only Chinese is our content and CLDR's name_zh."""
    import desktop.core.buyer.cards as module

    data = card_json(countries()["BR"], date(2026, 11, 1))
    assert data["weekend"] == [5, 6] and data["clock_12h"] is False
    assert all(t in data for t in TOPICS) and not hasattr(module, "TOPICS_ZH")
    content = {"name_zh", "greeting_zh", "closing_zh", *TOPICS, "festivals"}
    assert not [k for k, v in data.items() if k not in content and has_cjk(str(v))]


def test_card_text_types_no_fact_a_library_computes() -> None:
    """Offsets, gaps to Beijing, clock changes, zone counts and weekend days go stale when typed
    (the fact check found several): the card computes them from pytz and CLDR instead."""
    typed = re.compile(
        r"UTC\s*[+\-−]\s*\d|[早晚]\s*\d+(\.\d+)?\s*个?小时|\d+\s*个时区|夏令时|冬令时"
        r"|周[一二三四五六日]至周[一二三四五六日]|周末是"
    )
    assert typed.search("比北京晚 5 小时") and typed.search("全国有 11 个时区")  # the check works
    for code, card in cards().items():
        for fact in card.facts:
            assert not typed.search(fact.zh), (code, fact.zh)
