"""The built-in phrasebook: every scenario covered, complete replies, platform rules."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.content import load_builtin
from desktop.core.placeholders import PLACEHOLDERS, placeholders_in, unknown_placeholders
from desktop.core.scenarios import scenarios
from desktop.core.text import has_cjk

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "scenarios.toml"
ENTRIES = load_builtin().entries


def test_at_least_three_replies_for_every_scenario_and_180_in_all() -> None:
    counts = Counter(e.scenario for e in ENTRIES)
    assert set(counts) == set(scenarios())
    thin = {s: n for s, n in counts.items() if n < 3}
    assert not thin, f"scenarios with fewer than 3 replies: {thin}"
    assert len(ENTRIES) >= 180


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
    path = ROOT / "tests" / "data" / "suggest_eval.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    examples = {norm(x) for e in ENTRIES for x in e.examples}
    overlap = [r["message"] for r in rows if norm(r["message"]) in examples]
    assert len(rows) >= 200
    assert not overlap
    assert {r["scenario"] for r in rows} <= set(scenarios())
