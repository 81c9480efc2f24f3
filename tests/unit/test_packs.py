"""Pack import and export: encodings, all-or-nothing, row errors, CSV injection round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.core import Library, open_library
from desktop.core.library.packs import (
    PackError,
    escape_cell,
    export_pack,
    import_pack,
    read_pack,
    unescape_cell,
)

HEADER = "id,scenario,title_en,title_zh,en,zh,tags,examples\n"
ROWS = (
    'm1,shipping.tracking,Tracking,查物流,"Hi {buyer}, your tracking number is {tracking}.",'
    '"您好 {buyer}，运单号是 {tracking}。",tracking|单号|物流,where is my parcel|tracking?\n'
    'm2,price.cannot_discount,No discount,不能优惠,"Sorry, the price is already low.",'
    "抱歉，价格已经很低了。,price|价格|砍价,cheaper?|discount pls\n"
)


def snapshot(lib: Library) -> list[tuple[str, str, str]]:
    return sorted((e.id, e.en, e.zh) for e in lib.iter_entries())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_encodings_import_identically(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"pack-{encoding}.csv"
    path.write_bytes((HEADER + ROWS).encode(encoding))
    entries = read_pack(path)
    assert [(e.id, e.en, e.zh, e.tags) for e in entries] == [
        (
            "m1",
            "Hi {buyer}, your tracking number is {tracking}.",
            "您好 {buyer}，运单号是 {tracking}。",
            ("tracking", "单号", "物流"),
        ),
        (
            "m2",
            "Sorry, the price is already low.",
            "抱歉，价格已经很低了。",
            ("price", "价格", "砍价"),
        ),
    ]


def test_import_adds_and_is_searchable(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    report = import_pack(lib, path)
    assert report.added == 2
    assert lib.get("m1") is not None and lib.get("m1").examples == (
        "where is my parcel",
        "tracking?",
    )
    assert "m1" in {e.id for e in lib.search("单号", 200)}
    again = import_pack(lib, path)
    assert again.added == 0 and again.unchanged == 2


def test_dry_run_changes_nothing(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    before = snapshot(lib)
    report = import_pack(lib, path, dry_run=True)
    assert report.added == 2 and snapshot(lib) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (HEADER + ROWS + 'm3,closing.thanks,,,"unterminated,x,,\n', "malformed CSV"),
        (HEADER + ROWS + "m3,no.such,,,hello,你好,,\n", "line 4: scenario"),
        (HEADER + ROWS + "m3,closing.thanks,,,,你好,,\n", "line 4: en"),
        (HEADER + ROWS + "m3,closing.thanks,,,Hi {who},你好,,\n", "placeholder"),
        (HEADER + ROWS + "m3,closing.thanks,,,hi\n", "cells"),
        ("scenario,english,zh\nclosing.thanks,hi,你好\n", "bad header"),
        ("", "empty"),
        (HEADER, "no replies"),
        (HEADER + ROWS + ROWS, "appears twice"),
    ],
)
def test_bad_file_is_rejected_whole(
    lib: Library, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = snapshot(lib)
    with pytest.raises(PackError, match=message):
        import_pack(lib, path)
    assert snapshot(lib) == before


def test_row_errors_name_every_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "a,nope,,,x,y,,\nb,closing.thanks,,,ok,好,,\nc,closing.thanks,,,,,,\n")
    with pytest.raises(PackError) as info:
        read_pack(path)
    text = str(info.value)
    assert "line 2" in text and "line 4" in text and "line 3" not in text


def test_binary_garbage_is_rejected(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(PackError):
        import_pack(lib, path)


@pytest.mark.parametrize(
    "text", ["=1+2", "+cmd", "-3", "@SUM(A1)", "\tlead", "\rcr", "'=quoted", "''+x", "plain", "'"]
)
def test_escape_round_trips(text: str) -> None:
    escaped = escape_cell(text)
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unescape_cell(escaped) == text


def test_formula_cells_round_trip_through_export_and_import(tmp_path: Path) -> None:
    src = open_library(tmp_path / "src.sqlite")
    texts = ['=HYPERLINK("x")', "+1 for fast shipping", "-10% today", "@team {buyer}", "'=kept"]
    ids = [
        src.add("closing.thanks", t, "谢谢 " + str(i), tags=["=tag", "好"])
        for i, t in enumerate(texts)
    ]
    out = tmp_path / "out.csv"
    export_pack(src, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row
    )
    dst = open_library(tmp_path / "dst.sqlite")
    report = import_pack(dst, out)
    assert report.added == len(texts)
    for i, t in zip(ids, texts, strict=True):
        got = dst.get(i)
        assert got is not None and got.en == t and got.tags == ("=tag", "好")


def test_json_pack_round_trip(tmp_path: Path) -> None:
    src = open_library(tmp_path / "src.sqlite")
    mine = src.add("order.cancel", "Sure, {buyer}.", "好的，{buyer}。", examples=["cancel pls"])
    out = tmp_path / "out.json"
    count = export_pack(src, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "borderdesk-pack" and data["version"] == 1
    assert len(data["entries"]) == count
    flags = {e["id"]: e["builtin"] for e in data["entries"]}
    assert flags[mine] is False and sum(flags.values()) == count - 1
    dst = open_library(tmp_path / "dst.sqlite")
    report = import_pack(dst, out)
    assert report.added == 1 and report.unchanged == count - 1
    assert dst.get(mine).examples == ("cancel pls",)


def test_conflicting_id_gets_a_new_one(lib: Library, tmp_path: Path) -> None:
    existing = next(lib.iter_entries())
    path = tmp_path / "p.csv"
    path.write_text(HEADER + f"{existing.id},closing.thanks,,,different,不同,,\n", encoding="utf-8")
    report = import_pack(lib, path)
    assert report.added == 1 and report.renamed == 1
    assert lib.get(existing.id).en == existing.en  # the user's library is not overwritten


def test_countries_and_platforms_round_trip_through_csv_and_json(
    lib: Library, tmp_path: Path
) -> None:
    lib.add(
        "customs.tax_id",
        "Please enter your CPF in your account, never in this chat.",
        "请在账户里填写CPF，不要发在聊天里。",
        countries=["br"],
        platforms=["aliexpress", "shopee"],
        entry_id="m-cpf",
    )
    for fmt in ("csv", "json"):
        out = tmp_path / f"all.{fmt}"
        export_pack(lib, out, fmt)
        entry = next(e for e in read_pack(out) if e.id == "m-cpf")
        assert entry.countries == ("BR",)
        assert entry.platforms == ("aliexpress", "shopee")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text("utf-8-sig"))))
    assert next(r for r in rows if r["id"] == "m-cpf")["platforms"] == "aliexpress|shopee"
    data = json.loads((tmp_path / "all.json").read_text("utf-8"))
    cpf = next(e for e in data["entries"] if e["id"] == "m-cpf")
    assert cpf["countries"] == ["BR"] and cpf["platforms"] == ["aliexpress", "shopee"]


def test_unknown_countries_and_platforms_are_rejected_with_their_rows(
    lib: Library, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "scenario,en,zh,countries,platforms\n"
        "closing.thanks,Thanks!,谢谢！,BR|US,amazon\n"
        "closing.thanks,Thanks a lot!,非常感谢！,XY,ebay\n"
        "closing.thanks,Thank you!,谢谢您！,EU,\n",
        encoding="utf-8",
    )
    before = snapshot(lib)
    with pytest.raises(PackError) as info:
        import_pack(lib, path)
    text = str(info.value)
    assert "line 3: countries: unknown country code XY" in text
    assert "line 3: " in text and "platforms: unknown platform ebay" in text
    assert "line 4: countries: unknown country code EU" in text
    assert "line 2" not in text
    assert snapshot(lib) == before
    bad_json = tmp_path / "bad.json"
    bad_json.write_text(
        json.dumps(
            {
                "format": "borderdesk-pack",
                "version": 1,
                "entries": [
                    {"scenario": "closing.thanks", "en": "Hi", "zh": "你好", "platforms": "amazon"}
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="entry 1: platforms: must be a list"):
        read_pack(bad_json)
