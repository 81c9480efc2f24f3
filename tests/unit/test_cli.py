"""The command line: contracts from design.md, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.buyer.cards import TOPICS
from desktop.core.buyer.countries import countries

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    code, out, _ = run(capsys, "--db", db, "search", "运费", "--limit", "5", "--json")
    data = json.loads(out)
    assert code == 0 and 1 <= len(data) <= 5
    assert {
        "id",
        "scenario",
        "stage",
        "en",
        "zh",
        "title_en",
        "title_zh",
        "placeholders",
        "tags",
        "countries",
        "platforms",
        "builtin",
        "favorite",
        "uses",
    } <= set(data[0])


def test_platform_and_country_options(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    code, out, _ = run(
        capsys,
        *("--db", db, "add", "--scenario", "closing.share_store", "--en", "Follow our shop!"),
        *("--zh", "关注店铺！", "--platform", "shopee", "--country", "ph", "--json"),
    )
    added = json.loads(out)
    assert code == 0 and added["platforms"] == ["shopee"] and added["countries"] == ["PH"]
    code, out, _ = run(capsys, "--db", db, "search", "follow our shop", "--json")
    assert added["id"] in {e["id"] for e in json.loads(out)}
    code, out, _ = run(
        capsys, "--db", db, "search", "follow our shop", "--platform", "amazon", "--json"
    )
    assert code == 0 and added["id"] not in {e["id"] for e in json.loads(out)}
    code, _, err = run(capsys, "--db", db, "search", "tax", "--country", "XX")
    assert code == 1 and err.count("\n") == 1 and "unknown country" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "add",
        "--scenario",
        "closing.thanks",
        "--en",
        "Hi",
        "--zh",
        "你好",
        "--country",
        "QQ",
    )
    assert code == 1 and "unknown country code QQ" in err


def test_add_then_show(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "add",
        "--scenario",
        "closing.thanks",
        "--en",
        "Thanks, {buyer}!",
        "--zh",
        "谢谢，{buyer}！",
    )
    new_id = out.strip()
    assert code == 0 and new_id
    code, out, _ = run(capsys, "--db", db, "show", new_id, "--json")
    assert code == 0 and json.loads(out)["en"] == "Thanks, {buyer}!"
    assert json.loads(out)["placeholders"] == ["buyer"]


def test_errors_are_one_line_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    code, _, err = run(capsys, "--db", db, "show", "missing-id")
    assert code == 1 and err.count("\n") == 1 and "missing-id" in err
    code, _, err = run(capsys, "--db", db, "add", "--scenario", "x.y", "--en", "a", "--zh", "b")
    assert code == 1 and err.count("\n") == 1 and "scenario" in err
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "nope.csv"))
    assert code == 1 and err.count("\n") == 1
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--db", str(junk), "search", "x")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["search"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["search", "x", "--limit", "0"])
    assert info.value.code == 2


def test_import_export_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    pack = tmp_path / "p.csv"
    pack.write_text(
        'scenario,en,zh\nclosing.thanks,"=Thanks, {buyer}",谢谢 {buyer}\n', encoding="utf-8"
    )
    code, out, _ = run(capsys, "--db", db, "import", str(pack), "--dry-run")
    assert code == 0 and "would add 1" in out
    code, out, _ = run(capsys, "--db", db, "import", str(pack))
    assert code == 0 and "added 1" in out
    for fmt in ("csv", "json"):
        target = tmp_path / f"out.{fmt}"
        code, out, _ = run(capsys, "--db", db, "export", str(target), "--format", fmt)
        assert code == 0 and target.exists()
    fresh = str(tmp_path / "fresh.sqlite")
    code, out, _ = run(capsys, "--db", fresh, "import", str(tmp_path / "out.csv"))
    assert code == 0 and "added 1" in out


def test_suggest_stdin_batch_one_array_per_line(run_cli) -> None:  # type: ignore[no-untyped-def]
    messages = ["where is my package??", "", "can u give discount", "运费多少"]
    proc = run_cli("suggest", "--limit", "2", stdin="\n".join(messages) + "\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(messages)
    arrays = [json.loads(line) for line in lines]
    assert arrays[1] == [] and all(len(a) <= 2 for a in arrays)
    assert arrays[0][0]["scenario"].startswith("shipping.")


def test_module_entry_point_and_env_db(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "env.sqlite"
    proc = run_cli("search", "refund", "--json", db=db)
    assert proc.returncode == 0 and json.loads(proc.stdout)
    assert db.exists()


def test_clock_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clock", "US", "CL", "--at", "2026-03-08T12:00:00+08:00", "--json")
    data = json.loads(out)
    assert code == 0 and [c["country"] for c in data["countries"]] == ["US", "CL"]
    us = data["countries"][0]
    assert us["name_zh"] == "美国" and len(us["zones"]) == 29  # every pytz zone of the US
    ny = next(z for z in us["zones"] if z["zone"] == "America/New_York")
    assert {
        "zone",
        "city_zh",
        "local",
        "utc_offset",
        "business_hours",
        "state",
        "next_business_start",
    } <= set(ny)
    assert ny["city_zh"] == "纽约" and ny["local"] == "2026-03-07T23:00:00-05:00"
    assert ny["state"] == "weekend" and ny["business_hours"] is False
    assert ny["next_business_start"] == "2026-03-09T09:00:00-04:00"  # after the DST change


def test_card_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "card", "BR", "--json")
    data = json.loads(out)
    assert code == 0
    for key in (
        "name_zh",
        "name_en",
        "currency",
        "greeting",
        "communication",
        "taboos",
        "payment",
        "shopping",
        "holidays",
        "weekend",
    ):
        assert key in data, key
    assert data["name_zh"] == "巴西" and data["currency"] == "BRL"
    assert data["weekend"] == ["周六", "周日"]


def test_clock_and_card_text_word_the_cores_codes_in_chinese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The core gives codes; the CLI's words (desktop/cli_words.py) are the ones it always
    printed."""
    at = "2026-11-26T23:00:00+08:00"  # Thanksgiving in New York
    code, out, _ = run(capsys, "clock", "US", "KR", "IN", "SA", "--at", at)
    lines = out.splitlines()
    assert code == 0 and lines[0] == (
        "美国 纽约       2026-11-26 10:00 (-05:00, 晚 13 小时)  节假日：Thanksgiving Day"
    )
    assert lines[-3:] == [  # after the six main zones of the US
        "韩国 首尔       2026-11-27 00:00 (+09:00, 早 1 小时)  夜间",
        "印度 加尔各答     2026-11-26 20:30 (+05:30, 晚 2.5 小时)  已下班",
        "沙特阿拉伯 利雅得      2026-11-26 18:00 (+03:00, 晚 5 小时)  已下班",
    ]
    _, out, _ = run(capsys, "clock", "US", "--at", at, "--json")
    ny = json.loads(out)["countries"][0]["zones"][0]
    assert ny["state"] == "holiday" and ny["state_zh"] == "节假日：Thanksgiving Day"
    code, out, _ = run(capsys, "card", "SA")
    lines = out.splitlines()
    assert code == 0 and lines[1].startswith("问候: ") and lines[2].startswith("结尾: ")
    assert "周末: 周五、周六" in lines and any(x.startswith("[沟通风格] ") for x in lines)
    assert any(x.startswith("[颜色与数字] ") for x in lines)


def test_clock_and_card_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clock", "XX")
    assert code == 1 and "unknown country" in err and err.count("\n") == 1
    code, _, err = run(capsys, "clock", "US", "--at", "yesterday")
    assert code == 1 and "--at" in err
    code, _, err = run(capsys, "clock", "US", "--at", "2026-03-08T12:00")
    assert code == 1 and "offset" in err


def test_quote_cli_worked_example_and_reverse(capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "quote",
        "--cost",
        "30",
        "--domestic",
        "3",
        "--international",
        "25",
        "--loss",
        "5",
        "--commission",
        "8",
        "--payout",
        "1",
        "--fx",
        "7.10",
        "--discount",
        "30",
        "--currency",
        "USD",
        "--json",
    ]
    code, out, _ = run(capsys, *args, "--margin", "15")
    data = json.loads(out)
    assert code == 0
    assert {k: data[k] for k in ("price_cny", "price", "list_price", "floor", "currency")} == {
        "price_cny": "80.13",
        "price": "11.29",
        "list_price": "16.12",
        "floor": "9.43",
        "currency": "USD",
    }
    code, out, _ = run(capsys, *args, "--price", "11.29")
    assert code == 0 and json.loads(out)["margin"] == "15.03"


def test_quote_cli_bad_input_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "quote", "--cost", "-3", "--fx", "7.1")
    assert code == 1 and out == "" and err.count("\n") == 1 and "cost" in err
    code, _, err = run(
        capsys, "quote", "--cost", "3", "--fx", "7.1", "--margin", "60", "--commission", "45"
    )
    assert code == 1 and "100%" in err


def _cli_under(lang: str | None, *commands: tuple[str, ...], db: str) -> bytes:
    """What the command lines print in one new process under the system locale ``lang``
    (None: no LANG at all); each must succeed."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    if lang is not None:
        env["LANG"] = lang
    env["BORDERDESK_DB"] = db
    code = (
        "from desktop.cli import main\n"
        f"for argv in {[list(argv) for argv in commands]!r}:\n"
        "    assert main(argv) == 0, argv\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    return done.stdout


def test_json_is_the_same_whatever_the_system_locale(tmp_path: Path) -> None:
    """An agent's PC is Chinese: holiday names must not follow it (they used to, and China's
    festivals vanished)."""
    db = str(tmp_path / "lib.sqlite")
    commands = (
        ("card", "US", "--json"),  # China's own closures are on every card
        ("card", "MX", "--json"),
        ("clock", "US", "BR", "RU", "--at", "2027-01-01T20:00:00+08:00", "--json"),
    )
    outputs = {
        lang: _cli_under(lang, *commands, db=db) for lang in ("zh_CN.UTF-8", "C.UTF-8", None)
    }
    assert outputs["C.UTF-8"].count(b'"countries"') == 1  # the clock's, after both cards
    assert len(set(outputs.values())) == 1, outputs


def test_chinese_ui_names_holidays_in_chinese_where_the_package_can() -> None:
    from datetime import date

    from desktop.core.buyer.cards import card_json
    from desktop.core.buyer.countries import countries

    new_year = date(2027, 1, 1)
    english = card_json(countries()["RU"], new_year)
    chinese = card_json(countries()["RU"], new_year, "zh_CN")
    assert any("New Year" in h["name"] for h in english["holidays"])
    assert any("元旦" in h["name"] for h in chinese["holidays"])
    # a country the package does not translate into Chinese falls back to English, not German
    german = card_json(countries()["DE"], date(2027, 12, 20), "zh_CN")
    assert any("Christmas" in h["name"] for h in german["holidays"])
    # the closure keyed to China's holiday calendar is found (it vanished on Chinese PCs)
    us = card_json(countries()["US"], date(2027, 1, 20), "zh_CN")
    assert any("春节" in f["name_zh"] for f in us["festivals"])


FORTY = [c for c in countries()]
CARD_FIELDS = (
    "name_zh",
    "name_en",
    "currency",
    "currency_sample",
    "greeting",
    "greeting_zh",
    "closing",
    "closing_zh",
    *TOPICS,
    "festivals",
    "holidays",
    "weekend",
    "business_hours",
    "zones",
)


def test_card_json_for_all_forty_countries_has_every_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert len(FORTY) == 40
    for code in FORTY:
        status, out, _ = run(capsys, "card", code, "--json")
        data = json.loads(out)
        assert status == 0, code
        missing = [key for key in CARD_FIELDS if not data.get(key) and data.get(key) != []]
        assert not missing, (code, missing)
        assert all(data[topic] for topic in TOPICS), code
        assert data["greeting"] and "{buyer}" in data["greeting"], code
        # the next public holidays of the coming year, where the country has any (Ukraine has
        # none under martial law: the holidays package lists none)
        assert len(data["holidays"]) >= 3 or code == "UA", (code, data["holidays"])


def test_all_forty_cards_are_the_same_whatever_the_system_locale(tmp_path: Path) -> None:
    script = (
        "from desktop.cli import main\n"
        f"for code in {FORTY!r}:\n"
        "    main(['card', code, '--json'])\n"
    )
    outputs = set()
    for lang in ("zh_CN.UTF-8", "C.UTF-8"):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
        env["LANG"] = lang
        env["BORDERDESK_DB"] = str(tmp_path / "lib.sqlite")
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("code", "zone", "at", "state"),
    [
        ("CA", "America/Toronto", "2026-10-12T11:00:00-04:00", "holiday"),  # Thanksgiving
        ("GB", "Europe/London", "2026-04-06T11:00:00+01:00", "holiday"),  # Easter Monday
        ("GB", "Europe/London", "2026-08-31T11:00:00+01:00", "holiday"),  # August bank holiday
        ("BR", "America/Sao_Paulo", "2026-02-16T11:00:00-03:00", "holiday"),  # Carnival Monday
        ("JP", "Asia/Tokyo", "2026-05-04T11:00:00+09:00", "holiday"),  # Greenery Day
        ("AU", "Australia/Sydney", "2026-01-26T11:00:00+11:00", "holiday"),  # Australia Day
        ("AE", "Asia/Dubai", "2026-03-07T11:00:00+04:00", "weekend"),  # a Saturday
        ("AE", "Asia/Dubai", "2026-03-06T10:00:00+04:00", "business"),  # a Friday morning
    ],
)
def test_clock_reads_closures_as_buyers_live_them(
    capsys: pytest.CaptureFixture[str], code: str, zone: str, at: str, state: str
) -> None:
    status, out, _ = run(capsys, "clock", code, "--at", at, "--json")
    zones = {z["zone"]: z for z in json.loads(out)["countries"][0]["zones"]}
    assert status == 0 and zones[zone]["state"] == state


def test_clock_names_government_only_holidays_and_the_agents_own_closures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _status, out, _ = run(capsys, "clock", "US", "--at", "2026-10-12T11:00:00-04:00", "--json")
    data = json.loads(out)
    ny = next(z for z in data["countries"][0]["zones"] if z["zone"] == "America/New_York")
    assert ny["state"] == "business" and ny["government_holiday"] == "Columbus Day"
    _status, out, _ = run(capsys, "clock", "US", "--at", "2026-02-01T12:00:00+08:00", "--json")
    assert [c["id"] for c in json.loads(out)["agent_closures"]] == ["cn_spring_festival"]
    _status, out, _ = run(capsys, "clock", "US", "--at", "2026-02-01T12:00:00+08:00")
    assert "提醒：中国春节" in out and "02-15 至 02-23" in out
