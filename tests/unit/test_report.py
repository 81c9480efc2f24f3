"""The inquiry log and the weekly report: logging and its ten-minute rule, departments, weeks in
Beijing time, the JSON contract, merging colleagues' exports, CSV for Excel, the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import Library
from desktop.core.library.packs import escape_cell
from desktop.core.library.scenarios import scenarios
from desktop.core.report.departments import default_department, departments, find_department
from desktop.core.report.exports import read_json, to_csv, write_csv, write_json
from desktop.core.report.log import SAME_INQUIRY_SECONDS, InquiryLog
from desktop.core.report.weekly import build, from_json, merge
from desktop.core.report.weeks import parse_moment, parse_week, week_of

W48 = parse_week("2026-W48")  # Mon 23 Nov - Sun 29 Nov 2026, Beijing time
MON_W48 = parse_moment("2026-11-23T10:00")


def test_every_scenario_has_a_known_department() -> None:
    known = set(departments())
    assert known == {"sales", "product", "warehouse", "logistics", "lead", "finance"}
    assert {default_department(s) for s in scenarios()} <= known
    assert default_department("price.still_too_high") == "lead"  # pricing pressure: the manager
    assert default_department("shipping.delay") == "logistics"
    assert find_department("采购/产品") == "product"
    assert find_department("Logistics") == "logistics"
    assert find_department("hr") is None


def test_a_second_copy_within_ten_minutes_counts_once(lib: Library) -> None:
    log = InquiryLog(lib)
    first = log.record_copy("shipping.tracking", "r1", "US", "aliexpress", at=MON_W48)
    assert first is not None
    assert log.record_copy("shipping.tracking", "r2", "US", at=MON_W48 + 300) is None
    assert log.record_copy("shipping.delay", "r3", "US", at=MON_W48 + 300) is not None
    assert log.record_copy("shipping.tracking", "r1", at=MON_W48 + SAME_INQUIRY_SECONDS + 1)
    assert lib.inquiry_total() == 3
    saved = lib.last_inquiry()
    assert saved is not None and saved.reply == "r1" and saved.department == "logistics"


def test_manual_entries_validate_and_store_no_more_than_asked(lib: Library) -> None:
    log = InquiryLog(lib)
    ident = log.log("product.real_photos", "采购/产品", "  颜色色差，\n 转采购 ", "br", at=MON_W48)
    entry = lib.last_inquiry()
    assert entry is not None and entry.id == ident and entry.manual
    assert (entry.department, entry.note, entry.country) == ("product", "颜色色差， 转采购", "BR")
    for bad in (
        dict(scenario="nope"),
        dict(scenario="price.bulk_quote", department="hr"),
        dict(scenario="price.bulk_quote", country="ZZ"),
        dict(scenario="price.bulk_quote", note="x" * 201),
    ):
        with pytest.raises(ValueError):
            log.log(**bad)  # type: ignore[arg-type]
    assert lib.inquiry_total() == 1


def test_correcting_and_deleting_the_last_entry(lib: Library) -> None:
    log = InquiryLog(lib)
    ident = log.log("price.still_too_high", at=MON_W48)
    assert log.correct(ident, "price.counter_offer", "sales", "还价到 9.5")
    entry = log.last()
    assert entry is not None and (entry.scenario, entry.department) == (
        "price.counter_offer",
        "sales",
    )
    assert log.delete(ident) and log.last() is None and not log.delete(ident)


def test_weeks_run_monday_to_sunday_in_beijing_time() -> None:
    sunday_late = parse_moment("2026-11-29T23:00+08:00")
    monday_early = parse_moment("2026-11-30T01:00+08:00")
    assert week_of(sunday_late).label == "2026-W48"
    assert week_of(monday_early).label == "2026-W49"
    # The same two instants in UTC are both Sunday there: the zone decides, not the machine.
    assert parse_moment("2026-11-29T17:00+00:00") == monday_early
    start, end = W48.bounds()
    assert end - start == 7 * 86400 and start == parse_moment("2026-11-23T00:00+08:00")
    assert parse_week("2026w48") == W48 and W48.previous().label == "2026-W47"
    assert parse_week("2020-W53").next().label == "2021-W01"
    for bad in ("2026-48", "W48", "2026-W54", ""):
        with pytest.raises(ValueError):
            parse_week(bad)


def _fill(lib: Library) -> None:
    log = InquiryLog(lib)
    prev = MON_W48 - 7 * 86400
    for n in range(3):
        log.log("shipping.delay", country="BR", at=prev + n)
    for n in range(5):
        log.log("shipping.delay", country="BR", at=MON_W48 + n)
    log.log("price.still_too_high", country="US", at=MON_W48 + 10)
    log.log("product.real_photos", "product", "色差，转采购", "ES", at=MON_W48 + 20)
    log.log("price.still_too_high", at=W48.bounds()[1])  # next Monday 00:00: next week


def test_the_report_json_contract(lib: Library) -> None:
    _fill(lib)
    data = build(lib, W48).to_json()
    assert {
        "week",
        "start",
        "end",
        "total",
        "previous_total",
        "by_stage",
        "by_scenario",
        "by_country",
        "by_department",
        "notes",
    } <= set(data)
    assert (data["week"], data["start"], data["end"]) == ("2026-W48", "2026-11-23", "2026-11-29")
    assert (data["total"], data["previous_total"]) == (7, 3)
    assert data["by_stage"] == {"product": 1, "price": 1, "shipping": 5}
    assert data["by_scenario"][0] == {"scenario": "shipping.delay", "count": 5, "previous": 3}
    assert data["by_country"] == {"BR": 5, "ES": 1, "US": 1}
    assert data["by_department"] == {"logistics": 5, "lead": 1, "product": 1}
    assert data["notes"] == [
        {
            "department": "product",
            "scenario": "product.real_photos",
            "note": "色差，转采购",
            "at": "2026-11-23T10:00+08:00",
        }
    ]
    assert data["rising"][0] == "shipping.delay"
    assert data["department_scenarios"] == {
        "logistics": {"shipping.delay": 5},
        "lead": {"price.still_too_high": 1},
        "product": {"product.real_photos": 1},
    }
    assert from_json(json.loads(json.dumps(data))).to_json() == data


def test_colleagues_reports_add_up(lib: Library, tmp_path: Path) -> None:
    _fill(lib)
    mine = build(lib, W48)
    write_json(mine, tmp_path / "a.json")
    both = merge([mine, read_json(tmp_path / "a.json")])
    assert (both.total, both.previous_total, both.agents) == (14, 6, 2)
    assert both.by_country["BR"] == 10 and len(both.notes) == 2
    assert both.by_scenario[0].count == 10
    assert both.department_scenarios["logistics"] == {"shipping.delay": 10}
    with pytest.raises(ValueError, match="different weeks"):
        merge([mine, build(lib, W48.previous())])
    for name, text in (("b.json", "{"), ("c.json", '{"week": "2026-W48"}'), ("d.json", "[]")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match=name):
            read_json(tmp_path / name)


def test_csv_opens_in_excel_and_runs_no_formula(lib: Library, tmp_path: Path) -> None:
    log = InquiryLog(lib)
    log.log("product.real_photos", note='=HYPERLINK("http://x")', at=MON_W48)
    log.log("shipping.delay", note="+1 more", at=MON_W48)
    target = tmp_path / "w.csv"
    write_csv(build(lib, W48), target, chinese=True)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    notes = [r[6] for r in rows if r[0] == "note"]
    assert notes == ['\'=HYPERLINK("http://x")', "'+1 more"]
    assert any(r[0] == "scenario" and r[2] == "买家要实拍图或视频" for r in rows)
    assert escape_cell("@SUM(A1)") == "'@SUM(A1)" and escape_cell("ok") == "ok"
    assert to_csv(build(lib, W48), chinese=False).splitlines()[0].startswith("section,key,name")


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_log_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "lib.sqlite")]
    code, out, _ = _cli(
        [
            *db,
            "log",
            "price.still_too_high",
            "--country",
            "us",
            "--note",
            "嫌贵",
            "--at",
            "2026-11-29T23:00",
        ],
        capsys,
    )
    assert code == 0 and out.strip().isdigit()
    assert (
        _cli(
            [
                *db,
                "log",
                "shipping.delay",
                "--department",
                "物流",
                "--at",
                "2026-11-30T01:00+08:00",
            ],
            capsys,
        )[0]
        == 0
    )
    for bad in (
        ["nope"],
        ["price.bulk_quote", "--country", "ZZ"],
        ["price.bulk_quote", "--department", "hr"],
        ["price.bulk_quote", "--at", "soon"],
    ):
        code, out, err = _cli([*db, "log", *bad], capsys)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    code, out, _ = _cli([*db, "report", "--week", "2026-W48", "--json"], capsys)
    w48 = json.loads(out)
    assert (
        code == 0
        and w48["total"] == 1
        and w48["by_scenario"][0]["scenario"] == "price.still_too_high"
    )
    code, out, _ = _cli([*db, "report", "--week", "2026-W49", "--json"], capsys)
    w49 = json.loads(out)
    assert (
        w49["total"] == 1
        and w49["previous_total"] == 1
        and w49["by_department"] == {"logistics": 1}
    )
    export = tmp_path / "w49.json"
    assert _cli([*db, "report", "--week", "2026-W49", "--out", str(export)], capsys)[0] == 0
    code, out, _ = _cli(
        [*db, "report", "--week", "2026-W49", "--json", "--merge", str(export)], capsys
    )
    assert json.loads(out)["total"] == 2 and json.loads(out)["agents"] == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    target = tmp_path / "x.csv"
    code, out, err = _cli([*db, "report", "--merge", str(broken), "--out", str(target)], capsys)
    assert code == 1 and "broken.json" in err and not target.exists()
    code, _, err = _cli([*db, "report", "--week", "2026-W60"], capsys)
    assert code == 1 and "no week 60" in err
    code, _, err = _cli([*db, "report", "--out", str(tmp_path / "x.txt")], capsys)
    assert code == 1 and ".pdf, .csv or .json" in err
