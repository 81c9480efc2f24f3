"""A trainee's practice record, kept in the library file (the ``settings`` table): answers per
quiz and per scenario, and the days practised (for the streak)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.core.library.phrasebook import Library

KEY = "practice_progress"


@dataclass
class Progress:
    kinds: dict[str, list[int]] = field(default_factory=dict)
    """Quiz -> [right, answered]."""
    scenarios: dict[str, list[int]] = field(default_factory=dict)
    """Scenario -> [right, answered]."""
    days: list[str] = field(default_factory=list)
    """ISO dates with at least one answer, oldest first."""

    def record(self, kind: str, scenario: str, right: bool, day: date) -> None:
        for table, key in ((self.kinds, kind), (self.scenarios, scenario)):
            if key:
                score = table.setdefault(key, [0, 0])
                score[0] += int(right)
                score[1] += 1
        if day.isoformat() not in self.days:
            self.days.append(day.isoformat())

    def streak(self, today: date) -> int:
        """Days in a row practised, up to today (or yesterday, if not yet today)."""
        practised = set(self.days)
        day = today if today.isoformat() in practised else today - timedelta(days=1)
        count = 0
        while day.isoformat() in practised:
            count += 1
            day -= timedelta(days=1)
        return count

    def accuracy(self, kind: str) -> float | None:
        right, answered = self.kinds.get(kind, [0, 0])
        return right / answered if answered else None

    def weak_scenarios(self, count: int = 5, minimum: int = 2) -> list[str]:
        """The scenarios answered wrong most often (at least ``minimum`` answers each)."""
        scored = [
            (right / answered, sid)
            for sid, (right, answered) in self.scenarios.items()
            if answered >= minimum and right < answered
        ]
        return [sid for _rate, sid in sorted(scored)[:count]]

    def to_json(self) -> dict[str, Any]:
        return {"kinds": self.kinds, "scenarios": self.scenarios, "days": self.days}


def load(lib: Library) -> Progress:
    data = lib.get_setting(KEY) or {}
    return Progress(
        {str(k): [int(v[0]), int(v[1])] for k, v in dict(data.get("kinds", {})).items()},
        {str(k): [int(v[0]), int(v[1])] for k, v in dict(data.get("scenarios", {})).items()},
        [str(d) for d in data.get("days", [])],
    )


def save(lib: Library, progress: Progress) -> None:
    lib.set_setting(KEY, progress.to_json())
