"""The trainee's handbook (data/handbook): every section written, linked to real scenarios."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.core.library.scenarios import scenarios
from desktop.core.search.text import has_cjk

HANDBOOK = Path(__file__).resolve().parents[2] / "data" / "handbook" / "handbook.toml"
SECTIONS = [
    "focus_areas",
    "reception_flow",
    "communication",
    "platform_rules",
    "response_time",
    "after_sales",
    "country_habits",
]


def test_every_section_is_there_in_chinese_with_real_scenario_links() -> None:
    with HANDBOOK.open("rb") as fh:
        sections = tomllib.load(fh)["section"]
    assert [s["id"] for s in sections] == SECTIONS
    for section in sections:
        assert has_cjk(section["title_zh"]) and section["title_en"]
        assert len(section["body_zh"]) >= 300 and has_cjk(section["body_zh"]), section["id"]
        assert section["scenarios"] and set(section["scenarios"]) <= set(scenarios())
        assert section["practice"] in ("scenario", "compliance", "tone", "flashcards", "country")
