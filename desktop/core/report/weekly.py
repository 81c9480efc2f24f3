"""The weekly pre-sales report: totals beside the previous week's, by stage, scenario, country
and department with the agents' notes, and the scenarios rising fastest. Built from the log in
a few grouped queries on the time index; several agents' JSON exports add up into one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desktop.core.library import Library
from desktop.core.library.scenarios import STAGES, stage_of
from desktop.core.report.weeks import Week, local_iso, parse_week

#: How many rising scenarios the report names.
RISING = 5


@dataclass(frozen=True)
class ScenarioRow:
    scenario: str
    count: int
    previous: int

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass(frozen=True)
class Note:
    department: str
    scenario: str
    note: str
    at: str


@dataclass
class WeeklyReport:
    week: str
    start: str
    end: str
    total: int = 0
    previous_total: int = 0
    by_scenario: list[ScenarioRow] = field(default_factory=list)
    by_country: dict[str, int] = field(default_factory=dict)
    by_department: dict[str, int] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    department_scenarios: dict[str, dict[str, int]] = field(default_factory=dict)
    """Each department's own list: its scenarios and their counts this week."""
    agents: int = 1
    """How many agents' logs are added up in it."""

    @property
    def by_stage(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for row in self.by_scenario:
            counts[stage_of(row.scenario)] += row.count
        return {stage: counts[stage] for stage in STAGES if counts[stage]}

    @property
    def rising(self) -> list[ScenarioRow]:
        """The scenarios that grew most over the previous week (most new inquiries first)."""
        grown = [row for row in self.by_scenario if row.change > 0]
        return sorted(grown, key=lambda r: (-r.change, -r.count, r.scenario))[:RISING]

    def to_json(self) -> dict[str, Any]:
        """The CLI and export contract."""
        return {
            "week": self.week,
            "start": self.start,
            "end": self.end,
            "total": self.total,
            "previous_total": self.previous_total,
            "by_stage": self.by_stage,
            "by_scenario": [
                {"scenario": r.scenario, "count": r.count, "previous": r.previous}
                for r in self.by_scenario
            ],
            "by_country": self.by_country,
            "by_department": self.by_department,
            "notes": [
                {"department": n.department, "scenario": n.scenario, "note": n.note, "at": n.at}
                for n in self.notes
            ],
            "rising": [r.scenario for r in self.rising],
            "department_scenarios": self.department_scenarios,
            "agents": self.agents,
        }


def build(library: Library, week: Week) -> WeeklyReport:
    """The report of ``week`` from the agent's own log."""
    start, end = week.bounds()
    before, _ = week.previous().bounds()
    now = library.inquiry_counts(start, end, "scenario")
    then = library.inquiry_counts(before, start, "scenario")
    rows = [ScenarioRow(s, now.get(s, 0), then.get(s, 0)) for s in set(now) | set(then)]
    return WeeklyReport(
        week=week.label,
        start=week.monday.isoformat(),
        end=week.sunday.isoformat(),
        total=sum(now.values()),
        previous_total=sum(then.values()),
        by_scenario=_ordered(rows),
        by_country=_sorted(
            {c: n for c, n in library.inquiry_counts(start, end, "country").items() if c}
        ),
        by_department=_sorted(library.inquiry_counts(start, end, "department")),
        notes=[
            Note(i.department, i.scenario, i.note, local_iso(i.at, week.zone))
            for i in library.inquiry_notes(start, end)
        ],
        department_scenarios=_nested(library.inquiry_pairs(start, end)),
    )


def merge(reports: list[WeeklyReport]) -> WeeklyReport:
    """Several agents' reports of one week added up; ValueError when the weeks differ."""
    weeks = {r.week for r in reports}
    if len(weeks) != 1:
        raise ValueError(f"the reports are of different weeks: {', '.join(sorted(weeks))}")
    first = reports[0]
    now: Counter[str] = Counter()
    then: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    depts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for report in reports:
        for dept, counts in report.department_scenarios.items():
            pairs.update({(dept, s): n for s, n in counts.items()})
        for row in report.by_scenario:
            now[row.scenario] += row.count
            then[row.scenario] += row.previous
        countries.update(report.by_country)
        depts.update(report.by_department)
    rows = [ScenarioRow(s, now[s], then[s]) for s in set(now) | set(then)]
    return WeeklyReport(
        week=first.week,
        start=first.start,
        end=first.end,
        total=sum(r.total for r in reports),
        previous_total=sum(r.previous_total for r in reports),
        by_scenario=_ordered(rows),
        by_country=_sorted(dict(countries)),
        by_department=_sorted(dict(depts)),
        notes=sorted((n for r in reports for n in r.notes), key=lambda n: n.at),
        department_scenarios=_nested(dict(pairs)),
        agents=sum(r.agents for r in reports),
    )


def from_json(data: Any) -> WeeklyReport:
    """A report read back from its JSON export; ValueError (one line) when it is not one."""
    try:
        week = parse_week(str(data["week"])).label
        rows = [
            ScenarioRow(str(r["scenario"]), _count(r["count"]), _count(r["previous"]))
            for r in data["by_scenario"]
        ]
        report = WeeklyReport(
            week=week,
            start=str(data["start"]),
            end=str(data["end"]),
            total=_count(data["total"]),
            previous_total=_count(data["previous_total"]),
            by_scenario=_ordered(rows),
            by_country={str(k): _count(v) for k, v in dict(data["by_country"]).items()},
            by_department={str(k): _count(v) for k, v in dict(data["by_department"]).items()},
            notes=[
                Note(str(n["department"]), str(n["scenario"]), str(n["note"]), str(n["at"]))
                for n in data["notes"]
            ],
            department_scenarios={
                str(d): {str(s): _count(n) for s, n in dict(counts).items()}
                for d, counts in dict(data.get("department_scenarios", {})).items()
            },
            agents=_count(data.get("agents", 1)) or 1,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a BorderDesk weekly report (missing or wrong {exc})") from None
    return report


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"not a BorderDesk weekly report (bad count {value!r})")
    return value


def _ordered(rows: list[ScenarioRow]) -> list[ScenarioRow]:
    return sorted(rows, key=lambda r: (-r.count, -r.previous, r.scenario))


def _nested(pairs: dict[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    """(department, scenario) counts as each department's scenarios, busiest first."""
    result: dict[str, dict[str, int]] = {}
    for (dept, scenario), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        result.setdefault(dept, {})[scenario] = n
    return dict(sorted(result.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))


def _sorted(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
