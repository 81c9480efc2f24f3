"""Opening, seeding, migrating and writing the library file."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from desktop.core import EntryError, Library, NewerLibraryError, open_library
from desktop.core.library.content import load_builtin
from desktop.core.library.schema import SCHEMA_VERSION

BUILTIN = load_builtin().entries


def test_new_file_is_migrated_and_seeded(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "a.sqlite")
    assert lib.count() == len(BUILTIN)
    version = lib.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    first = BUILTIN[0]
    got = lib.get(first.id)
    assert got is not None and got.en == first.en and got.builtin
    assert lib.get("no-such-id") is None


def test_reopening_does_not_reseed_or_duplicate(tmp_path: Path) -> None:
    open_library(tmp_path / "a.sqlite").close()
    lib = open_library(tmp_path / "a.sqlite")
    assert lib.count() == len(BUILTIN)
    assert lib.sync_builtin() == 0


def test_add_commits_and_validates(lib) -> None:  # type: ignore[no-untyped-def]
    new_id = lib.add(
        "shipping.tracking", "Hi {buyer}, here is {tracking}.", "您好 {buyer}，单号 {tracking}。"
    )
    reopened = open_library(lib.path)
    entry = reopened.get(new_id)
    assert entry is not None and not entry.builtin and entry.placeholders == ["buyer", "tracking"]
    with pytest.raises(EntryError, match="scenario"):
        lib.add("nope.nope", "x", "y")
    with pytest.raises(EntryError, match="zh"):
        lib.add("shipping.tracking", "x", "  ")
    with pytest.raises(EntryError, match="placeholder"):
        lib.add("shipping.tracking", "Hi {name}", "你好")
    assert reopened.count() == len(BUILTIN) + 1


def test_favourites_and_usage_persist(lib) -> None:  # type: ignore[no-untyped-def]
    rid = BUILTIN[3].id
    assert lib.set_favorite(rid)
    assert lib.record_use(rid) and lib.record_use(rid)
    assert not lib.record_use("missing")
    entry = open_library(lib.path).get(rid)
    assert entry is not None and entry.favorite and entry.uses == 2


def test_user_edit_of_builtin_survives_a_content_upgrade(lib) -> None:  # type: ignore[no-untyped-def]
    edited, untouched = BUILTIN[0], BUILTIN[1]
    lib.update(edited.id, en="My own wording, {buyer}.", zh="我自己的说法，{buyer}。")
    lib.set_favorite(untouched.id)
    # Simulate an upgrade that changed the shipped text of both replies.
    lib.db.execute("UPDATE entries SET en = 'old text' WHERE id = ?", [untouched.id])
    lib.db.execute("DELETE FROM meta")
    assert lib.sync_builtin() >= 1
    mine = lib.get(edited.id)
    assert mine is not None and mine.en == "My own wording, {buyer}." and mine.edited
    other = lib.get(untouched.id)
    assert other is not None and other.en == untouched.en and other.favorite


def test_retired_builtin_is_kept_when_edited(lib) -> None:  # type: ignore[no-untyped-def]
    lib.db.execute(
        "INSERT INTO entries(id, scenario, en, zh, builtin, edited, created, updated) "
        "VALUES ('greeting.first_inquiry.gone', 'greeting.first_inquiry', 'a', 'b', 1, 1, '', '')"
    )
    lib.db.execute(
        "INSERT INTO entries(id, scenario, en, zh, builtin, edited, created, updated) "
        "VALUES ('greeting.first_inquiry.gone2', 'greeting.first_inquiry', 'a', 'b', 1, 0, '', '')"
    )
    lib.db.execute("DELETE FROM meta")
    lib.sync_builtin()
    kept = lib.get("greeting.first_inquiry.gone")
    assert kept is not None and not kept.builtin
    assert lib.get("greeting.first_inquiry.gone2") is None


def test_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError):
        open_library(path)
    assert path.read_bytes() == before


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        open_library(path)


def test_failed_write_rolls_back(lib) -> None:  # type: ignore[no-untyped-def]
    before = lib.count()
    with pytest.raises(sqlite3.IntegrityError), lib.db.atomic():
        lib.db.execute(
            "INSERT INTO entries(id, scenario, en, zh, created, updated) "
            "VALUES ('x1', 'closing.thanks', 'a', 'b', '', '')"
        )
        lib.db.execute(
            "INSERT INTO entries(id, scenario, en, zh, created, updated) "
            "VALUES ('x1', 'closing.thanks', 'a', 'b', '', '')"
        )
    assert lib.count() == before


def test_a_write_survives_a_crash(tmp_path: Path) -> None:
    """Each change is committed at once: a process killed right after add() loses nothing."""
    import subprocess
    import sys

    path = tmp_path / "crash.sqlite"
    script = (
        "import os, sys\n"
        "from desktop.core import open_library\n"
        f"lib = open_library({str(path)!r})\n"
        "new = lib.add('closing.thanks', 'Survivor, {buyer}!', '幸存，{buyer}！')\n"
        "lib.set_favorite(new)\n"
        "print(new, flush=True)\n"
        "os._exit(9)  # no close, no checkpoint: as if the machine lost power to the app\n"
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=False
    )
    assert proc.returncode == 9, proc.stderr
    new_id = proc.stdout.strip()
    entry = open_library(path).get(new_id)
    assert entry is not None and entry.en == "Survivor, {buyer}!" and entry.favorite


def test_platform_hides_replies_marked_for_other_platforms(lib: Library) -> None:
    lib.add(
        "closing.share_store",
        "Follow our store for the new season arrivals.",
        "关注店铺看新品。",
        platforms=["aliexpress", "shopee"],
        entry_id="m-follow",
    )
    assert "m-follow" in {e.id for e in lib.search("new season arrivals")}
    assert "m-follow" in {e.id for e in lib.search("new season arrivals", platform="shopee")}
    assert "m-follow" not in {e.id for e in lib.search("new season arrivals", platform="amazon")}
    shown = {e.id for e in lib.browse("closing.share_store", platform="amazon")}
    assert "m-follow" not in shown
    assert all(e.applies_to("amazon") for e in lib.browse(platform="amazon", limit=1000))
    for entry in lib.suggest("do you have a store i can follow", 5, platform="amazon"):
        assert entry.applies_to("amazon")


def test_buyer_country_versions_rank_first(lib: Library) -> None:
    lib.add(
        "customs.import_tax",
        "Brazilian buyers: the import tax of your order was paid at checkout.",
        "巴西买家：订单的进口税已在结账时支付。",
        countries=["BR"],
        examples=["will i pay import tax in brazil for this parcel"],
        entry_id="m-br",
    )
    first = lib.suggest("will I have to pay import tax for this?", 1, country="BR")[0]
    assert "BR" in first.countries
    other = lib.suggest("will I have to pay import tax for this?", 1, country="DE")[0]
    assert other.scenario == "customs.import_tax" and "BR" not in other.countries
    found = lib.search("import tax", country="BR")
    # Among replies holding both words, Brazil's versions come first, other countries' last.
    full = [e for e in found if {"import", "tax"} <= set(re.findall(r"[a-z]+", e.en.lower()))]
    tiers = [e.country_tier("BR") for e in full]
    assert "m-br" in {e.id for e in full if "BR" in e.countries}
    assert tiers == sorted(tiers) and tiers[0] == 0
    browsed = lib.browse("customs.import_tax", country="BR")
    assert "BR" in browsed[0].countries


def test_version_1_file_gains_the_platforms_column(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path)
    from desktop.core.library.schema import MIGRATIONS

    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    lib = open_library(path)
    try:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.count() > 0
        marked = [e for e in lib.iter_entries() if e.platforms]
        assert marked and all(
            set(e.platforms) <= {"aliexpress", "amazon", "shopee", "own_store"} for e in marked
        )
    finally:
        lib.close()


def _indexes_are_sound(lib: Library) -> None:
    for table in ("fts_en", "fts_tri", "fts_cjk", "fts_py"):
        lib.db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_edits_and_deletes_leave_the_contentless_indexes_exact(lib: Library) -> None:
    new = lib.add(
        "product.specifications",
        "Hi {buyer}, the quuxphone adapter fits.",
        "您好，这款琥珀转接头适配。",
        title_en="Phone adapter",
        title_zh="转接头",
        tags=["quux", "转接头"],
    )
    assert [e.id for e in lib.search("quuxphone", 5)] == [new]
    assert new in [e.id for e in lib.search("琥珀转接头", 5)]
    lib.update(new, en="Hi {buyer}, the zorblax adapter fits.", zh="您好，这款翡翠转接头适配。")
    assert lib.search("quuxphone", 5) == []  # the old words left the index
    assert new not in [e.id for e in lib.search("琥珀", 5)]
    assert new in [e.id for e in lib.search("zorblax", 5)]
    assert new in [e.id for e in lib.search("翡翠", 5)]
    deleted = lib.delete(new)
    assert new not in [e.id for e in lib.search("zorblax", 5)]
    lib.undelete(deleted)
    assert new in [e.id for e in lib.search("zorblax", 5)]
    _indexes_are_sound(lib)


def test_changed_index_rows_make_the_library_reindex(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    lib = open_library(path)
    assert lib.ensure_index() == 0
    # as if an older BorderDesk (other synonyms, other character pairs) had indexed the file
    lib.db.execute("UPDATE meta SET value = '3:older' WHERE key = 'index_version'")
    lib.db.conn.commit()
    lib.close()
    lib = open_library(path)
    assert lib.ensure_index() == 0  # opening re-indexed it already
    assert lib.search("refund", 3)
    _indexes_are_sound(lib)
    lib.close()


def test_how_contentless_rows_are_made_is_pinned() -> None:
    """The contentless indexes forget a row by the values it was indexed with. If this hash
    changes, raise INDEX_VERSION in library.py (every file is then re-indexed on opening) and
    update the hash here."""
    from desktop.core.library import INDEX_VERSION
    from desktop.core.library.indexing import canary_hash

    assert (INDEX_VERSION, canary_hash()) == (3, "c2e5f1e877d73e04")


def test_opening_a_library_does_not_load_pinyin(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "lib.sqlite"
    open_library(path).close()  # created and indexed here
    code = (
        "import sys; from desktop.core import open_library; "
        f"lib = open_library({str(path)!r}); lib.search('refund', 3); "
        "print('pypinyin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("content", [b"x", b"notes\n", b"\x00" * 50])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "lib.sqlite"
    path.write_bytes(content)
    with pytest.raises(sqlite3.DatabaseError, match="not a BorderDesk library"):
        open_library(path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, buyer TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="another program"):
        open_library(path)
    assert path.read_bytes() == before
