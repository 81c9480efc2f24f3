"""``borderdesk log`` and ``borderdesk report``: the inquiry log and the weekly pre-sales report
from the command line (issue 13)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from desktop.cli_safety import open_checked


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("log", cmd_log, "log one inquiry (scenario, country, department, a note)")
    p.add_argument("scenario", metavar="SCENARIO")
    p.add_argument("--country", default="", help="the buyer's country code (US, BR, DE ...)")
    p.add_argument(
        "--department", default=None, help="department id or name (default: the scenario's)"
    )
    p.add_argument("--note", default="", help="a short note of your own (never the buyer's words)")
    p.add_argument("--at", default=None, help="ISO 8601 time (default: now; no offset: your zone)")
    p = command("report", cmd_report, "the weekly pre-sales report (Monday to Sunday)")
    p.add_argument("--week", default=None, help="YYYY-Www (default: this week)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", default=None, help="write FILE.pdf, FILE.csv or FILE.json")
    p.add_argument(
        "--merge",
        nargs="+",
        default=[],
        metavar="FILE",
        help="colleagues' JSON exports to add to this report",
    )


def cmd_log(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.report.log import InquiryLog
    from desktop.core.report.weeks import DEFAULT_ZONE, ZONE_SETTING, parse_moment

    lib = open_checked(args)
    try:
        zone = str(lib.get_setting(ZONE_SETTING, DEFAULT_ZONE))
        at = parse_moment(args.at, zone) if args.at else None
        ident = InquiryLog(lib).log(args.scenario, args.department, args.note, args.country, at=at)
    finally:
        lib.close()
    out.write(f"{ident}\n")
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    import time

    from desktop.core.report.exports import read_json, write_csv, write_json
    from desktop.core.report.weekly import build, merge
    from desktop.core.report.weeks import DEFAULT_ZONE, ZONE_SETTING, parse_week, week_of

    others = [read_json(Path(f)) for f in args.merge]  # a bad file: nothing is written
    lib = open_checked(args)
    try:
        zone = str(lib.get_setting(ZONE_SETTING, DEFAULT_ZONE))
        week = parse_week(args.week, zone) if args.week else week_of(time.time(), zone)
        report = build(lib, week)
    finally:
        lib.close()
    if others:
        report = merge([report, *others])
    if args.out:
        target = Path(args.out)
        suffix = target.suffix.lower()
        if suffix == ".json":
            write_json(report, target)
        elif suffix == ".csv":
            write_csv(report, target)
        elif suffix == ".pdf":
            from desktop.ui.report_pdf import write_pdf_offscreen

            write_pdf_offscreen(report, target)
        else:
            raise ValueError(f"cannot write {target.name}: use .pdf, .csv or .json")
    if args.json:
        out.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    elif not args.out:
        _print(report, out)
    return 0


def _print(report: Any, out: TextIO) -> None:
    from desktop.core.report.exports import department_name, scenario_name

    change = report.total - report.previous_total
    out.write(
        f"{report.week} ({report.start} - {report.end}): {report.total} inquiries, "
        f"previous week {report.previous_total} ({change:+d})\n"
    )
    for row in report.by_scenario:
        name = scenario_name(row.scenario, False)
        out.write(
            f"  {row.count:4d}  {row.previous:4d}  {row.change:+4d}  {row.scenario}  {name}\n"
        )
    if report.by_department:
        depts = ", ".join(
            f"{department_name(d, False)} {n}" for d, n in report.by_department.items()
        )
        out.write(f"departments: {depts}\n")
    if report.by_country:
        out.write(
            "countries: "
            + ", ".join(f"{c or '-'} {n}" for c, n in report.by_country.items())
            + "\n"
        )
    for note in report.notes:
        out.write(
            f"  note [{department_name(note.department, False)}] {note.at} "
            f"{note.scenario}: {note.note}\n"
        )
