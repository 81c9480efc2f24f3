"""The built-in phrasebook: every scenario covered, complete replies, platform rules."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.library.content import load_builtin
from desktop.core.library.placeholders import PLACEHOLDERS, placeholders_in, unknown_placeholders
from desktop.core.library.scenarios import scenarios
from desktop.core.search.text import has_cjk

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "scenarios.toml"
ENTRIES = load_builtin().entries


def test_at_least_three_replies_for_every_scenario_and_270_in_all() -> None:
    counts = Counter(e.scenario for e in ENTRIES)
    assert set(counts) == set(scenarios())
    assert len(scenarios()) == 86
    thin = {s: n for s, n in counts.items() if n < 3}
    assert not thin, f"scenarios with fewer than 3 replies: {thin}"
    assert len(ENTRIES) >= 270


def test_every_scenario_mixes_tones() -> None:
    tones: dict[str, set[str]] = {}
    for e in ENTRIES:
        tones.setdefault(e.scenario, set()).add(e.tone)
    assert all(len(t) >= 2 for t in tones.values())
    assert {t for ts in tones.values() for t in ts} == {"formal", "friendly", "short"}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_reply_is_complete(entry) -> None:  # type: ignore[no-untyped-def]
    assert entry.en and entry.zh and entry.title_en and entry.title_zh
    assert has_cjk(entry.zh) and has_cjk(entry.title_zh)
    assert not has_cjk(entry.en) and not has_cjk(entry.title_en)
    assert len(entry.examples) >= 3
    assert all(not has_cjk(x) for x in entry.examples)
    assert sum(1 for t in entry.tags if has_cjk(t)) >= 2, "needs >= 2 Chinese search phrases"
    assert entry.id.startswith(entry.scenario + ".")
    assert not unknown_placeholders(entry.en + entry.zh)
    assert set(placeholders_in(entry.en)) == set(placeholders_in(entry.zh))


#: What the platforms punish: off-platform contact, guaranteed dates, absolute claims.
FORBIDDEN = [
    r"whats\s*app",
    r"we\s*chat",
    r"telegram",
    r"\bqq\b",
    r"https?://|www\.",
    r"[\w.+-]+@[\w-]+\.\w+",
    r"\+?\d[\d\s-]{7,}\d",
    r"100\s*%",
    r"absolutely no problem",
    r"best in the world",
    r"\bguarantee(d)? (delivery|arrival)",
    r"5 stars?|five stars?",
]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_reply_follows_platform_rules(entry) -> None:  # type: ignore[no-untyped-def]
    text = entry.en.lower()
    hits = [p for p in FORBIDDEN if re.search(p, text)]
    assert not hits, f"{entry.id} breaks platform rules: {hits}"


def test_placeholder_list_is_documented() -> None:
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for name in PLACEHOLDERS:
        assert f"`{{{name}}}`" in readme


def test_ids_are_unique_and_examples_not_repeated() -> None:
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids))
    examples = Counter(x.lower() for e in ENTRIES for x in e.examples)
    assert not [x for x, n in examples.items() if n > 1]


@pytest.mark.skipif(not SHARED.exists(), reason="shared/ is not beside this checkout")
def test_scenarios_copy_matches_the_shared_contract() -> None:
    assert (ROOT / "data" / "scenarios.toml").read_bytes() == SHARED.read_bytes()


def test_evaluation_messages_are_not_examples() -> None:
    from desktop.core.library.content import buyer_examples

    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    examples = {norm(x) for e in ENTRIES for x in e.examples}
    examples |= {norm(m) for lang in buyer_examples().values() for ms in lang.values() for m in ms}
    sizes = {"en": 400, "zh": 200, "pinyin": 60, "pt": 60, "es": 60, "ru": 60, "fr": 60}
    for name, least in sizes.items():
        rows = [
            json.loads(line)
            for half in ("dev", "test")
            for line in (ROOT / "tests" / "data" / "eval" / f"{name}.{half}.jsonl")
            .read_text(encoding="utf-8")
            .splitlines()
            if line
        ]
        assert len(rows) >= least, name
        assert {r["scenario"] for r in rows} <= set(scenarios()), name
        assert not [r["text"] for r in rows if norm(r["text"]) in examples], name


def test_buyer_examples_in_other_languages_cover_every_scenario() -> None:
    from desktop.core.library.content import buyer_examples

    found = buyer_examples()
    for language in ("pt", "es", "ru", "fr"):
        assert set(found[language]) == set(scenarios()), language
        assert all(len(v) >= 4 for v in found[language].values()), language


#: Asking the buyer to put an address, a tax number, an ID or contact details into the chat.
ASKS_IN_CHAT = [
    r"\b(send|give|tell|write|share|provide|leave)\b[^.?!]{0,30}\byour\b[^.?!]{0,25}"
    r"\b(address|phone|mobile|e-?mail|cpf|rut|pccc|passport|tax (number|id)|id number|vat number)",
    r"\b(address|phone number|cpf|passport|tax number)\b[^.?!]{0,30}\b(here|in (this|the) chat|"
    r"in a message|to (me|us))\b(?!.{0,20}\bnot\b)",
]
ASKS_IN_CHAT_ZH = [
    r"(发|告诉|提供|留)(给)?(我|我们)[^。！？]{0,12}(地址|电话|手机号|邮箱|税号|护照|CPF)"
]
NEGATION = re.compile(
    r"\b(never|not|don't|do not|no need|please don't|without)\b|不要|无需|不用|请勿|别"
)


def _asks_in_chat(text: str, patterns: list[str]) -> list[str]:
    found = []
    for sentence in re.split(r"(?<=[.!?。！？\n])", text):
        if NEGATION.search(sentence.lower()):
            continue
        found += [sentence.strip() for p in patterns if re.search(p, sentence, re.I)]
    return found


@pytest.mark.parametrize(
    "bad",
    [
        "Please send us your new address and we will update it.",
        "Could you tell me your phone number?",
        "Kindly provide your CPF here so customs can clear it.",
        "Write your full address in this chat.",
    ],
)
def test_the_chat_guard_catches_requests_for_personal_data(bad: str) -> None:
    assert _asks_in_chat(bad, ASKS_IN_CHAT)


def test_the_chat_guard_lets_refusals_through() -> None:
    ok = "Please do not send your CPF in this chat; enter it in your account."
    assert not _asks_in_chat(ok, ASKS_IN_CHAT)
    assert _asks_in_chat("请把新地址发给我们", ASKS_IN_CHAT_ZH) == []  # word order differs
    assert _asks_in_chat("请发给我们您的新地址", ASKS_IN_CHAT_ZH)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_no_reply_collects_an_address_tax_number_or_contact_in_chat(entry) -> None:  # type: ignore[no-untyped-def]
    assert not _asks_in_chat(entry.en, ASKS_IN_CHAT), entry.id
    assert not _asks_in_chat(entry.zh, ASKS_IN_CHAT_ZH), entry.id


def test_a_letter_closing_with_cizhi_has_jingli() -> None:
    bad = [e.id for e in ENTRIES if "此致" in e.zh and not re.search(r"此致\s*\n\s*敬礼", e.zh)]
    assert not bad


def test_every_placeholder_used_is_documented() -> None:
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    used = {p for e in ENTRIES for p in placeholders_in(e.en + "\n" + e.zh)}
    assert used <= set(PLACEHOLDERS)
    assert not [p for p in used if f"`{{{p}}}`" not in readme]


def _four_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+|\{[a-z]+\}", text.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def test_replies_of_one_scenario_read_differently() -> None:
    by_scenario: dict[str, list] = {}  # type: ignore[type-arg]
    for e in ENTRIES:
        by_scenario.setdefault(e.scenario, []).append(e)
    close = []
    for entries in by_scenario.values():
        for i, a in enumerate(entries):
            for b in entries[i + 1 :]:
                ga, gb = _four_grams(a.en), _four_grams(b.en)
                if ga and gb and len(ga & gb) / min(len(ga), len(gb)) > 0.6:
                    close.append((a.id, b.id))
    assert not close


def test_platform_and_country_marks_are_known_and_used() -> None:
    from desktop.core.library.entry import PLATFORMS, country_codes

    assert all(set(e.platforms) <= set(PLATFORMS) for e in ENTRIES)
    assert all(set(e.countries) <= country_codes() for e in ENTRIES)
    assert sum(1 for e in ENTRIES if e.countries) >= 15
    assert sum(1 for e in ENTRIES if e.platforms) >= 10
    # Amazon forbids promotional messages: inviting buyers to follow the store is not for it.
    share = [e for e in ENTRIES if e.scenario == "closing.share_store"]
    assert share and not any(e.applies_to("amazon") for e in share)


def test_every_v2_scenario_has_three_tones_and_four_examples_a_reply() -> None:
    new = [e for e in ENTRIES if e.scenario in V2_SCENARIOS]
    assert {e.scenario for e in new} == V2_SCENARIOS
    for scenario in V2_SCENARIOS:
        tones = {e.tone for e in new if e.scenario == scenario}
        assert tones == {"formal", "friendly", "short"}, scenario
    assert all(len(e.examples) >= 4 for e in new)


V2_SCENARIOS = {
    "greeting.please_wait",
    "greeting.off_platform_contact",
    "product.real_photos",
    "product.authenticity",
    "product.certificates",
    "product.recommendation",
    "price.counter_offer",
    "price.price_dropped",
    "payment.off_platform_payment",
    "payment.cash_on_delivery",
    "payment.charged_twice",
    "shipping.pickup_point",
    "shipping.address_problem",
    "shipping.returned_or_lost",
    "shipping.restricted_item",
    "shipping.holiday_cutoff",
    "shipping.promised_free_shipping",
    "customs.vat_paid",
    "customs.tax_id",
    "customs.scam_fee",
    "order.close_request",
    "order.seller_cannot_fulfil",
    "order.other_account",
    "aftersales.stopped_working",
    "aftersales.how_to_return",
    "aftersales.review_for_refund",
    "aftersales.close_dispute",
}
