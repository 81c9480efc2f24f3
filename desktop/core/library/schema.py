"""The library schema and its stepwise migrations (``PRAGMA user_version``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE entries (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    scenario TEXT NOT NULL,
    tone TEXT NOT NULL DEFAULT 'friendly',
    title_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '',
    en TEXT NOT NULL,
    zh TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    examples TEXT NOT NULL DEFAULT '[]',
    countries TEXT NOT NULL DEFAULT '[]',
    builtin INTEGER NOT NULL DEFAULT 0,
    edited INTEGER NOT NULL DEFAULT 0,
    favorite INTEGER NOT NULL DEFAULT 0,
    uses INTEGER NOT NULL DEFAULT 0,
    last_used TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX entries_scenario ON entries(scenario);
-- Favourites and used replies: their views (library.VIEWS) and search's boost (Library._pinned).
CREATE INDEX entries_pinned ON entries(favorite DESC, uses DESC) WHERE favorite = 1 OR uses > 0;
CREATE INDEX entries_last_used ON entries(last_used) WHERE last_used IS NOT NULL;
-- The shipped text of every built-in reply, so "restore original" works after an edit.
CREATE TABLE builtin_originals (id TEXT PRIMARY KEY, data TEXT NOT NULL);
-- Built-ins the user deleted: a content upgrade does not bring them back.
CREATE TABLE removed_builtins (id TEXT PRIMARY KEY, removed TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Search indexes, keyed by entries.n and maintained by the library in the same transaction.
CREATE VIRTUAL TABLE fts_en USING fts5(
    title_en, en, tags, examples, tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
CREATE VIRTUAL TABLE fts_tri USING fts5(title, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE fts_cjk USING fts5(title, body, tokenize = 'unicode61');
"""

Migration = Callable[[sqlite3.Connection], None]


def _to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _to_v2(conn: sqlite3.Connection) -> None:
    """Version 2: replies can be marked for platforms (``[]``: every platform)."""
    conn.execute("ALTER TABLE entries ADD COLUMN platforms TEXT NOT NULL DEFAULT '[]'")


def _to_v3(conn: sqlite3.Connection) -> None:
    """Version 3: a pinyin index; the library rebuilds its indexes (see INDEX_VERSION there)."""
    conn.execute(
        "CREATE VIRTUAL TABLE fts_py USING fts5(py, syn, tokenize = 'unicode61', prefix = '2 3 4')"
    )


def _to_v4(conn: sqlite3.Connection) -> None:
    """Version 4: a scenario's replies in the order search shows them, read from the index
    alone (sorting a scenario's rows took ~2 ms each at 100k replies: every row is read)."""
    conn.execute("DROP INDEX IF EXISTS entries_scenario")
    conn.execute(
        "CREATE INDEX entries_scene_rank ON entries(scenario, builtin DESC, favorite DESC, "
        "uses DESC, n)"
    )


def _to_v5(conn: sqlite3.Connection) -> None:
    """Version 5: the English, trigram and Chinese indexes keep no copy of the text they index
    (contentless: a third of a 100k library's file); the library re-indexes once opened."""
    conn.execute("DROP TABLE fts_en")
    conn.execute("DROP TABLE fts_tri")
    conn.execute("DROP TABLE fts_cjk")
    conn.execute(
        "CREATE VIRTUAL TABLE fts_en USING fts5(title_en, en, tags, examples, content = '', "
        "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE fts_tri USING fts5(title, body, content = '', tokenize = 'trigram')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE fts_cjk USING fts5(title, body, content = '', tokenize = 'unicode61')"
    )


def _to_v6(conn: sqlite3.Connection) -> None:
    """Version 6: the inquiry log (what buyers asked, never their words): one row per inquiry,
    its time in UTC seconds, scenario, copied reply, buyer country, platform, department and
    the agent's own note."""
    conn.execute(
        "CREATE TABLE inquiries (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
        "scenario TEXT NOT NULL, reply TEXT, country TEXT NOT NULL DEFAULT '', "
        "platform TEXT NOT NULL DEFAULT '', department TEXT NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', manual INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute("CREATE INDEX inquiries_at ON inquiries(at)")


def _to_v7(conn: sqlite3.Connection) -> None:
    """Version 7: team packs. Which reply came from which pack and with what text (to tell an
    agent's edit from the pack's), and the pack replies a newer version removed (kept, with a
    note, out of the phrasebook)."""
    conn.execute(
        "CREATE TABLE pack_items (id TEXT PRIMARY KEY, pack TEXT NOT NULL, hash TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE pack_hidden (id TEXT NOT NULL, pack TEXT NOT NULL, data TEXT NOT NULL, "
        "note TEXT NOT NULL, hidden TEXT NOT NULL)"
    )


#: MIGRATIONS[i] takes a file from version i to i + 1.
MIGRATIONS: list[Migration] = [_to_v1, _to_v2, _to_v3, _to_v4, _to_v5, _to_v6, _to_v7]
SCHEMA_VERSION = len(MIGRATIONS)


class NewerLibraryError(RuntimeError):
    """The file was written by a newer BorderDesk; we refuse to touch it."""


def check_version(conn: sqlite3.Connection) -> int:
    """The file's schema version; raise :class:`NewerLibraryError` if we cannot read it."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            f"library schema version {version} is newer than this BorderDesk supports "
            f"({SCHEMA_VERSION}); upgrade BorderDesk to open it"
        )
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file to :data:`SCHEMA_VERSION` in one transaction; return the old version."""
    version = check_version(conn)
    if version == SCHEMA_VERSION:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
