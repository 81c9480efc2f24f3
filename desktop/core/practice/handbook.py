"""The trainee's handbook (``data/handbook/handbook.toml``): sections in reading order."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from desktop.core.paths import resource


@dataclass(frozen=True)
class Section:
    id: str
    title_zh: str
    title_en: str
    scenarios: tuple[str, ...]
    practice: str
    """The quiz that trains this section (a :data:`desktop.core.practice.quiz.KINDS` code)."""
    body_zh: str


@cache
def handbook() -> tuple[Section, ...]:
    with resource("data", "handbook", "handbook.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Section(
            str(s["id"]),
            str(s["title_zh"]),
            str(s["title_en"]),
            tuple(s.get("scenarios", ())),
            str(s.get("practice", "scenario")),
            str(s["body_zh"]).strip(),
        )
        for s in data["section"]
    )
