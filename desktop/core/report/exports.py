"""The report as files: JSON (the CLI contract, which colleagues' reports merge from) and a CSV
Excel opens as it is (UTF-8 with a byte-order mark; a cell that starts like a formula is
prefixed with an apostrophe so a spreadsheet shows it as text and never runs it)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from desktop.core.library.packs import escape_cell
from desktop.core.library.scenarios import STAGES, scenarios
from desktop.core.report.departments import departments
from desktop.core.report.weekly import WeeklyReport, from_json

#: The largest report file read back (a year of one agent's notes is far smaller).
MAX_BYTES = 5 * 1024 * 1024


def scenario_name(scenario: str, chinese: bool) -> str:
    found = scenarios().get(scenario)
    return (found.zh if chinese else found.en) if found else scenario


def stage_name(stage: str, chinese: bool) -> str:
    names = STAGES.get(stage)
    return names[0 if chinese else 1] if names else stage


def department_name(dept: str, chinese: bool) -> str:
    found = departments().get(dept)
    return found.name(chinese) if found else dept


def to_csv(report: WeeklyReport, chinese: bool = True) -> str:
    """One table: section, key, name, count, previous, change, note, time; every cell that
    starts like a formula is neutralised as the reply export does it."""
    rows: list[list[object]] = [
        ["section", "key", "name", "count", "previous", "change", "note", "at"],
        [
            "week",
            report.week,
            f"{report.start} - {report.end}",
            report.total,
            report.previous_total,
            report.total - report.previous_total,
            "",
            "",
        ],
    ]
    for stage, n in report.by_stage.items():
        rows.append(["stage", stage, STAGES[stage][0 if chinese else 1], n, "", "", "", ""])
    for row in report.by_scenario:
        name = scenario_name(row.scenario, chinese)
        rows.append(["scenario", row.scenario, name, row.count, row.previous, row.change, "", ""])
    for code, n in report.by_country.items():
        rows.append(["country", code or "-", "", n, "", "", "", ""])
    for dept, n in report.by_department.items():
        rows.append(["department", dept, department_name(dept, chinese), n, "", "", "", ""])
    for dept, counts in report.department_scenarios.items():
        for scenario, n in counts.items():
            name = f"{department_name(dept, chinese)}: {scenario_name(scenario, chinese)}"
            rows.append(["department_scenario", f"{dept}/{scenario}", name, n, "", "", "", ""])
    for note in report.notes:
        name = department_name(note.department, chinese)
        rows.append(["note", note.scenario, name, "", "", "", note.note, note.at])
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(
        [[escape_cell(str(cell)) for cell in row] for row in rows]
    )
    return out.getvalue()


def write_text(path: Path, text: str, bom: bool = False) -> None:
    """Write a file whole or not at all (a temporary file renamed over the target)."""
    temp = path.with_name(path.name + ".part")
    with temp.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        fh.write(text)
    os.replace(temp, path)


def write_csv(report: WeeklyReport, path: Path, chinese: bool = True) -> None:
    write_text(path, to_csv(report, chinese), bom=True)


def write_json(report: WeeklyReport, path: Path) -> None:
    write_text(path, json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")


def read_json(path: Path) -> WeeklyReport:
    """A colleague's JSON export; ValueError (one line) for anything else."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"{path.name} is larger than a weekly report can be")
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError(f"{path.name} is not a JSON file") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a BorderDesk weekly report")
    try:
        return from_json(data)
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from None
