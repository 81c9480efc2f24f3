"""Nothing lost: verified backups and their rotation, restore, the doctor, the four kinds of
damage recovered with the damaged file kept, an interrupted recovery, a backup before a
migration, a newer file left untouched, and acknowledged adds surviving kill -9."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import open_library
from desktop.core.library.schema import SCHEMA_VERSION, NewerLibraryError
from desktop.core.safety.backups import (
    backups,
    fingerprint,
    is_sound,
    make_backup,
    restore,
    rotate,
)
from desktop.core.safety.doctor import examine
from desktop.core.safety.recovery import diagnose, open_safely, start_backup

MINE = ("closing.thanks", "Mine: thank you, friend", "我的：谢谢朋友")


def _library_with_mine(path: Path) -> str:
    lib = open_library(path)
    try:
        return lib.add(*MINE)
    finally:
        lib.close()


def test_a_start_backup_only_follows_a_real_change(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_mine(path)
    assert start_backup(path) is not None and start_backup(path) is None
    lib = open_library(path)
    try:
        lib.set_setting("agent", "Lily")
        first = fingerprint(path)
        lib.set_setting("agent", "Lily")  # saved again (a new rowid), the same value
        assert fingerprint(path) == first
        lib.set_setting("agent", "Mei")
        assert fingerprint(path) != first
    finally:
        lib.close()
    assert start_backup(path) is not None and len(backups(path)) == 2


def test_a_backup_is_verified_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    made = make_backup(path, "manual")
    assert made.parent == tmp_path / "backups" / "lib" and is_sound(made)
    assert not list(made.parent.glob("*-wal")) and not list(made.parent.glob("*.part*"))
    copy = open_library(made, seed=False)
    try:
        assert copy.get(ident) is not None
    finally:
        copy.close()
    report = examine(path)
    assert report.healthy and report.integrity == "ok" and report.version == SCHEMA_VERSION
    assert [b["name"] for b in report.backups] == [made.name]


def test_rotation_keeps_ten_then_days_then_weeks(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_mine(path)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    for hours in range(0, 24 * 40, 6):  # four a day for 40 days
        make_backup(path, "start", now - timedelta(hours=hours))
    rotate(path, now)
    kept = [b.made for b in backups(path)]
    assert kept[:10] == [now - timedelta(hours=6 * n) for n in range(10)]
    older = kept[10:]
    days = {m.date() for m in older if m >= now - timedelta(days=7)}
    assert len([m for m in older if m >= now - timedelta(days=7)]) == len(days)  # one a day
    assert all(m >= now - timedelta(weeks=4, days=1) for m in kept)  # nothing past 4 weeks
    assert len(kept) <= 10 + 7 + 4


def test_restore_takes_the_newest_sound_backup_and_keeps_the_replaced_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    good = make_backup(path, "manual", datetime(2026, 11, 1, tzinfo=UTC))
    bad = make_backup(path, "manual", datetime(2026, 11, 2, tzinfo=UTC))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # the newest fails its check
    lib = open_library(path)
    lib.delete(ident)
    lib.close()
    before = path.read_bytes()
    chosen, old = restore(path)
    assert chosen == good and old is not None and old.read_bytes() == before
    lib = open_library(path)
    try:
        assert lib.get(ident) is not None
    finally:
        lib.close()


def _damage(path: Path, kind: str) -> None:
    data = path.read_bytes()
    if kind == "bad_header":
        path.write_bytes(b"NOT A DATABASE!!" + data[16:])
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 2 + 100])
    elif kind == "corrupt":
        with path.open("r+b") as fh:
            fh.seek(4096 * 3)
            fh.write(random.Random(3).randbytes(4096 * 3))
    else:
        path.write_bytes(b"")


@pytest.mark.parametrize("kind", ["bad_header", "truncated", "corrupt", "emptied"])
def test_each_kind_of_damage_is_recovered_and_the_damaged_file_kept(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    make_backup(path, "manual")
    lib = open_library(path)
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    _damage(path, kind)
    damaged_bytes = path.read_bytes()
    assert diagnose(path) == kind
    opened = open_safely(path)
    try:
        assert opened.library.get(ident) is not None  # the backup's replies are back
        assert opened.kind == kind and opened.damaged is not None
        assert opened.damaged.read_bytes() == damaged_bytes  # moved aside byte for byte
        assert str(opened.damaged) in (opened.notice or "") and "restored" in (opened.notice or "")
    finally:
        opened.library.close()
    assert diagnose(path) is None


def test_no_sound_backup_gives_a_fresh_library_with_the_built_ins(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    made = make_backup(path, "manual")
    made.write_bytes(b"broken")
    _damage(path, "bad_header")
    opened = open_safely(path)
    try:
        assert opened.restored == "fresh" and "fresh library" in (opened.notice or "")
        assert opened.library.get(ident) is None and opened.library.count() > 100
    finally:
        opened.library.close()


def test_an_interrupted_recovery_finishes_on_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    make_backup(path, "manual")
    # the last run moved the damaged file aside and stopped before restoring
    os.replace(path, tmp_path / "lib.sqlite.damaged-earlier")
    (tmp_path / "lib.sqlite.recovering").write_text("corrupt", encoding="utf-8")
    opened = open_safely(path)
    try:
        assert opened.library.get(ident) is not None
        assert not (tmp_path / "lib.sqlite.recovering").exists()
    finally:
        opened.library.close()


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ident = _library_with_mine(path)
    conn = sqlite3.connect(path)
    for table in ("inquiries", "pack_items", "pack_hidden"):  # as version 5 left the file
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    opened = open_safely(path)
    try:
        assert opened.library.get(ident) is not None and opened.library.inquiry_total() == 0
    finally:
        opened.library.close()
    (before,) = [b for b in backups(path) if b.reason == "migration"]
    old = sqlite3.connect(before.path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    old.close()


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _library_with_mine(path)
    make_backup(path, "manual")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError):
        open_safely(path)
    assert path.read_bytes() == before and not list(tmp_path.glob("*.damaged-*"))


def test_cli_backup_doctor_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "lib.sqlite")]
    assert main([*db, "backup", "--json"]) == 0
    made = Path(json.loads(capsys.readouterr().out)["backup"])
    assert made.exists() and is_sound(made)
    assert main([*db, "doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] and report["backups"][0]["sound"]
    assert main([*db, "restore", str(made)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "kept as" in out
    assert main([*db, "restore", str(tmp_path / "nope.sqlite")]) == 1
    _damage(tmp_path / "lib.sqlite", "bad_header")
    assert main([*db, "doctor"]) == 1
    assert "DAMAGED" in capsys.readouterr().out
    assert main([*db, "search", "refund", "--limit", "1"]) == 0  # recovered on open
    assert "could not be read" in capsys.readouterr().err


ADDER = """
import sys
from desktop.cli import main
db = sys.argv[1]
n = 0
while True:
    n += 1
    main(["--db", db, "add", "--scenario", "closing.thanks", "--en", f"kill test {n}",
          "--zh", f"测试 {n}"])
    sys.stdout.flush()
"""


def test_acknowledged_adds_survive_kill_9(tmp_path: Path) -> None:
    """Rounds of a process adding replies through the CLI, killed with SIGKILL at a random
    moment; afterwards the file passes integrity_check and holds every acknowledged add."""
    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    rng = random.Random(14)
    acknowledged: list[str] = []
    rounds, kills = 12, 0
    root = Path(__file__).resolve().parents[2]
    for _ in range(rounds):
        proc = subprocess.Popen(
            [sys.executable, "-c", ADDER, str(path)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()  # adding has begun, however slow the machine
        time.sleep(rng.uniform(0.02, 0.4))  # then a random moment in the stream of adds
        proc.send_signal(signal.SIGKILL)
        kills += 1
        out, _ = proc.communicate()
        acknowledged += [first, *(line.strip() for line in out.splitlines() if line.strip())]
    assert is_sound(path)
    lib = open_library(path)
    try:
        missing = [i for i in acknowledged if lib.get(i) is None]
    finally:
        lib.close()
    assert kills == rounds and len(acknowledged) > rounds and missing == []


def test_a_version_1_library_with_1000_replies_upgrades_with_their_content_intact(
    tmp_path: Path,
) -> None:
    """A file as version 1 wrote it, 1,000 of the agent's replies: after the stepwise
    migrations their content hashes the same, and a backup of the old file was made first."""
    import hashlib

    from desktop.core.library.schema import MIGRATIONS

    path = tmp_path / "lib.sqlite"
    conn = sqlite3.connect(path)
    MIGRATIONS[0](conn)
    rows = [
        (
            f"my-{n:05d}",
            "closing.thanks" if n % 2 else "shipping.delay",
            "friendly",
            f"Mine {n}",
            f"我的 {n}",
            f"Thank you, friend number {n}! {{buyer}}",
            f"谢谢第 {n} 位朋友！{{buyer}}",
            json.dumps([f"tag{n % 7}"]),
            json.dumps([f"where is my parcel {n}"]),
            "[]",
            n % 3 == 0,
            n % 5,
            "2025-01-01T00:00:00Z",
            "2025-01-02T00:00:00Z",
        )
        for n in range(1000)
    ]
    conn.executemany(
        "INSERT INTO entries(id, scenario, tone, title_en, title_zh, en, zh, tags, examples, "
        "countries, favorite, uses, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    def content(db: sqlite3.Connection) -> str:
        cols = "id, scenario, tone, title_en, title_zh, en, zh, tags, examples, favorite, uses"
        query = f"SELECT {cols} FROM entries WHERE id LIKE 'my-%' ORDER BY id"
        return hashlib.sha256(repr(db.execute(query).fetchall()).encode()).hexdigest()

    before_conn = sqlite3.connect(path)
    before = content(before_conn)
    before_conn.close()
    opened = open_safely(path)
    try:
        after = content(opened.library.db.conn)
        assert opened.library.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [e.id for e in opened.library.search("friend number 512", 3)][:1] == ["my-00512"]
    finally:
        opened.library.close()
    assert after == before
    assert [b.reason for b in backups(path)] == ["migration"]


def _pack(tmp_path: Path, entries: list[dict[str, object]], name: str = "p.json") -> Path:
    target = tmp_path / name
    target.write_text(
        json.dumps({"format": "borderdesk-pack", "version": 1, "entries": entries}),
        encoding="utf-8",
    )
    return target


def test_import_conflict_policies_and_edited_built_ins(tmp_path: Path) -> None:
    from desktop.core.library.packs import import_pack

    lib = open_library(tmp_path / "lib.sqlite")
    try:
        mine = lib.add(*MINE)
        builtin = next(e for e in lib.iter_entries() if e.builtin)
        lib.update(builtin.id, en=builtin.en + " (my edit)")
        rows: list[dict[str, object]] = [
            {"id": mine, "scenario": "closing.thanks", "en": "Theirs", "zh": "他们的"},
            {"id": builtin.id, "scenario": builtin.scenario, "en": "Pack text", "zh": "包里的"},
            {"scenario": "closing.thanks", "en": "Brand new", "zh": "全新的"},
        ]
        pack = _pack(tmp_path, rows)
        preview = import_pack(lib, pack, dry_run=True, policy="overwrite")
        assert (preview.updated, preview.protected, len(preview.conflicts)) == (1, 1, 2)
        assert lib.get(mine).en == MINE[1]  # type: ignore[union-attr]  # a preview writes nothing
        skip = import_pack(lib, pack, dry_run=True, policy="skip")
        assert (skip.skipped, skip.added) == (2, 1)
        done = import_pack(lib, pack, policy="overwrite")
        assert done.updated == 1 and lib.get(mine).en == "Theirs"  # type: ignore[union-attr]
        kept = lib.get(builtin.id)
        assert kept is not None and kept.en.endswith("(my edit)")  # never overwritten silently
        assert any(e.en == "Pack text" and not e.builtin for e in lib.iter_entries())
    finally:
        lib.close()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"format": "borderdesk-pack", "format": "x", "version": 1, "entries": []}', "twice"),
        ('{"format": "borderdesk-pack", "version": 1, "entries": [{"en": NaN}]}', "NaN"),
        (
            '{"format": "borderdesk-pack", "version": 1, "entries": [' + "[" * 50 + "]" * 50 + "]}",
            "nested",
        ),
    ],
)
def test_malformed_json_packs_are_refused_and_change_nothing(
    tmp_path: Path, text: str, reason: str
) -> None:
    from desktop.core.library.packs import PackError, import_pack

    lib = open_library(tmp_path / "lib.sqlite")
    try:
        before = lib.count()
        target = tmp_path / "bad.json"
        target.write_text(text, encoding="utf-8")
        with pytest.raises(PackError, match=reason):
            import_pack(lib, target)
        assert lib.count() == before
    finally:
        lib.close()


def test_cli_import_makes_a_backup_first_and_previews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    _library_with_mine(db)
    pack = _pack(tmp_path, [{"scenario": "closing.thanks", "en": "From the team", "zh": "团队的"}])
    assert main(["--db", str(db), "import", str(pack), "--dry-run"]) == 0
    assert "would add 1" in capsys.readouterr().out and not backups(db)
    assert main(["--db", str(db), "import", str(pack), "--on-conflict", "skip"]) == 0
    assert [b.reason for b in backups(db)] == ["import"]
