"""The library: one SQLite file with built-in and user replies, search and suggestion.

One writer connection; every write runs in one transaction (``db.atomic()``), so a crash or a
rejected import leaves the file as it was. Built-in content is synced from ``data/`` when the
shipped files change, without touching user replies or user edits of built-ins.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core import search as _search
from desktop.core.content import load_builtin
from desktop.core.entry import Entry, EntryError, validate
from desktop.core.schema import check_version, migrate
from desktop.core.suggest import SuggestionGroup, SuggestModel
from desktop.core.text import cjk_unigrams, clean

_CONTENT_KEY = "content_fingerprint"
_ENTRY_COLUMNS = (
    "id, scenario, tone, title_en, title_zh, en, zh, tags, examples, countries, "
    "builtin, edited, favorite, uses, last_used"
)
_MAX_LIMIT = 1000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_entry(row: Sequence[Any]) -> Entry:
    return Entry(
        id=row[0],
        scenario=row[1],
        tone=row[2],
        title_en=row[3],
        title_zh=row[4],
        en=row[5],
        zh=row[6],
        tags=tuple(json.loads(row[7])),
        examples=tuple(json.loads(row[8])),
        countries=tuple(json.loads(row[9])),
        builtin=bool(row[10]),
        edited=bool(row[11]),
        favorite=bool(row[12]),
        uses=int(row[13]),
        last_used=row[14],
    )


def _content_values(e: Entry) -> dict[str, Any]:
    return {
        "scenario": e.scenario,
        "tone": e.tone,
        "title_en": e.title_en,
        "title_zh": e.title_zh,
        "en": e.en,
        "zh": e.zh,
        "tags": json.dumps(list(e.tags), ensure_ascii=False),
        "examples": json.dumps(list(e.examples), ensure_ascii=False),
        "countries": json.dumps(list(e.countries), ensure_ascii=False),
    }


def _same_content(a: Entry, b: Entry) -> bool:
    return _content_values(a) == _content_values(b)


def new_user_id() -> str:
    """A fresh id for a user reply."""
    return "my-" + secrets.token_hex(5)


class Library:
    """A phrasebook library file. Create it with :func:`open_library`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._conn = conn
        self._lock = threading.RLock()
        self._model: SuggestModel | None = None

    # -- reading ---------------------------------------------------------------------------
    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (str(entry_id),)
            ).fetchone()
        return _row_to_entry(row) if row else None

    def _by_rowids(self, rowids: Iterable[int]) -> dict[int, Entry]:
        ids = list(rowids)
        found: dict[int, Entry] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT n, {_ENTRY_COLUMNS} FROM entries WHERE n IN ({marks})"
            for row in self._conn.execute(sql, chunk):
                found[int(row[0])] = _row_to_entry(row[1:])
        return found

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def scenario_counts(self) -> dict[str, int]:
        """How many replies each scenario has."""
        with self._lock:
            rows = self._conn.execute("SELECT scenario, count(*) FROM entries GROUP BY scenario")
            return {str(s): int(c) for s, c in rows}

    def iter_entries(self) -> Iterator[Entry]:
        """Every entry, built-ins first, in a stable order."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries ORDER BY builtin DESC, n"
            ).fetchall()
        for row in rows:
            yield _row_to_entry(row)

    def browse(self, scenario: str | None = None, limit: int = 200) -> list[Entry]:
        """Entries of one scenario (or the stage if ``scenario`` has no dot), or all."""
        limit = max(1, min(int(limit), _MAX_LIMIT))
        where, args = "", []
        if scenario:
            where = "WHERE scenario = ?" if "." in scenario else "WHERE scenario LIKE ?"
            args.append(scenario if "." in scenario else scenario + ".%")
        sql = (
            f"SELECT {_ENTRY_COLUMNS} FROM entries {where} "
            "ORDER BY favorite DESC, uses DESC, builtin DESC, n LIMIT ?"
        )
        with self._lock:
            return [_row_to_entry(r) for r in self._conn.execute(sql, [*args, limit])]

    # -- search and suggestion -------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[Entry]:
        """Entries matching ``text`` (English or Chinese), best first; never raises on input."""
        limit = max(0, min(int(limit), _MAX_LIMIT))
        if not isinstance(text, str) or limit == 0:
            return []
        with self._lock:
            hits = _search.candidates(self._conn, text, limit)
            entries = self._by_rowids(n for n, _ in hits)
        ranked = sorted(
            (
                (_search.boost(score, entries[n].favorite, entries[n].uses), i, entries[n])
                for i, (n, score) in enumerate(hits)
                if n in entries
            ),
        )
        return [e for _, _, e in ranked[:limit]]

    def _suggest_model(self) -> SuggestModel:
        with self._lock:
            if self._model is None:
                self._model = SuggestModel.build(self._conn)
            return self._model

    def suggest(self, message: str, limit: int = 3) -> list[Entry]:
        """The best replies for a pasted buyer message, one per scenario, best first."""
        limit = max(0, min(int(limit), 100))
        if not isinstance(message, str) or limit == 0:
            return []
        ids = self._suggest_model().rank(message, limit)
        return [e for e in (self.get(i) for i in ids) if e is not None]

    def suggest_groups(self, message: str, per_group: int = 3) -> list[SuggestionGroup]:
        """Suggestions grouped by the questions a message asks (one group per sentence)."""
        if not isinstance(message, str):
            return []
        return self._suggest_model().groups(message, per_group)

    # -- writing ---------------------------------------------------------------------------
    def _index(self, n: int, e: Entry) -> None:
        tags = " ".join(e.tags)
        self._conn.execute(
            "INSERT INTO fts_en(rowid, title_en, en, tags, examples) VALUES (?, ?, ?, ?, ?)",
            (n, e.title_en, e.en, tags, "\n".join(e.examples)),
        )
        self._conn.execute(
            "INSERT INTO fts_tri(rowid, title, body) VALUES (?, ?, ?)",
            (n, f"{e.title_en}\n{e.title_zh}", f"{e.en}\n{e.zh}\n{tags}"),
        )
        self._conn.execute(
            "INSERT INTO fts_cjk(rowid, title, body) VALUES (?, ?, ?)",
            (n, cjk_unigrams(e.title_zh), cjk_unigrams(e.zh, *e.tags)),
        )

    def _unindex(self, n: int) -> None:
        for table in ("fts_en", "fts_tri", "fts_cjk"):
            self._conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (n,))

    def _insert(self, e: Entry) -> int:
        now = _now()
        values = _content_values(e) | {
            "id": e.id,
            "builtin": int(e.builtin),
            "edited": int(e.edited),
            "favorite": int(e.favorite),
            "uses": e.uses,
            "created": now,
            "updated": now,
        }
        cols = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cur = self._conn.execute(
            f"INSERT INTO entries ({cols}) VALUES ({marks})", list(values.values())
        )
        n = int(cur.lastrowid or 0)
        self._index(n, e)
        return n

    def _update_content(self, n: int, e: Entry, *, edited: bool) -> None:
        values = _content_values(e) | {"edited": int(edited), "updated": _now()}
        sets = ", ".join(f"{k} = ?" for k in values)
        self._conn.execute(f"UPDATE entries SET {sets} WHERE n = ?", [*values.values(), n])
        self._unindex(n)
        self._index(n, e)

    def _rowid(self, entry_id: str) -> int | None:
        row = self._conn.execute("SELECT n FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return int(row[0]) if row else None

    def _changed(self) -> None:
        self._model = None

    def add(
        self,
        scenario: str,
        en: str,
        zh: str,
        *,
        title_en: str = "",
        title_zh: str = "",
        tone: str = "friendly",
        tags: Sequence[str] = (),
        examples: Sequence[str] = (),
        entry_id: str | None = None,
    ) -> str:
        """Validate and commit a new user reply; return its id. Raises :class:`EntryError`."""
        entry = Entry(
            id=entry_id or new_user_id(),
            scenario=clean(scenario),
            en=en.strip(),
            zh=zh.strip(),
            title_en=clean(title_en),
            title_zh=clean(title_zh),
            tone=tone,
            tags=tuple(clean(t) for t in tags if clean(t)),
            examples=tuple(clean(x) for x in examples if clean(x)),
        )
        validate(
            scenario=entry.scenario,
            en=entry.en,
            zh=entry.zh,
            tone=entry.tone,
            tags=entry.tags,
            examples=entry.examples,
        )
        with self._lock, self.db.atomic():
            if self._rowid(entry.id) is not None:
                raise EntryError(f"id: {entry.id!r} already exists")
            self._insert(entry)
        self._changed()
        return entry.id

    def add_many(self, entries: Sequence[Entry]) -> int:
        """Insert already validated entries in one transaction; all or nothing."""
        with self._lock, self.db.atomic():
            for e in entries:
                self._insert(e)
        self._changed()
        return len(entries)

    def update(self, entry_id: str, **fields: Any) -> Entry:
        """Change the text fields of an entry; an edited built-in keeps the user's text."""
        with self._lock:
            current = self.get(entry_id)
            if current is None:
                raise EntryError(f"id: no reply {entry_id!r}")
            allowed = {"scenario", "en", "zh", "title_en", "title_zh", "tone", "tags", "examples"}
            unknown = set(fields) - allowed
            if unknown:
                raise EntryError("unknown field: " + ", ".join(sorted(unknown)))
            for key in ("tags", "examples"):
                if key in fields:
                    fields[key] = tuple(clean(t) for t in fields[key] if clean(t))
            new = replace(current, **fields)
            validate(
                scenario=new.scenario,
                en=new.en,
                zh=new.zh,
                tone=new.tone,
                tags=new.tags,
                examples=new.examples,
            )
            n = self._rowid(entry_id)
            assert n is not None
            with self.db.atomic():
                self._update_content(n, new, edited=current.builtin)
        self._changed()
        return self.get(entry_id) or new

    def set_favorite(self, entry_id: str, favorite: bool = True) -> bool:
        """Mark or unmark a favourite; False when there is no such entry."""
        with self._lock, self.db.atomic():
            cur = self._conn.execute(
                "UPDATE entries SET favorite = ? WHERE id = ?", (int(favorite), entry_id)
            )
        return cur.rowcount > 0

    def record_use(self, entry_id: str) -> bool:
        """Count one copy of the entry; False when there is no such entry."""
        with self._lock, self.db.atomic():
            cur = self._conn.execute(
                "UPDATE entries SET uses = uses + 1, last_used = ? WHERE id = ?",
                (datetime.now(UTC).isoformat(timespec="microseconds"), entry_id),
            )
        return cur.rowcount > 0

    # -- built-in content ------------------------------------------------------------------
    def sync_builtin(self, *, force: bool = False) -> int:
        """Load shipped replies into the file; return how many entries changed."""
        content = load_builtin()
        with self._lock:
            row = self._conn.execute(
                "SELECT value FROM meta WHERE key = ?", (_CONTENT_KEY,)
            ).fetchone()
            if row and row[0] == content.fingerprint and not force:
                return 0
            changed = 0
            with self.db.atomic():
                removed = {r[0] for r in self._conn.execute("SELECT id FROM removed_builtins")}
                shipped_ids = set()
                for e in content.entries:
                    shipped_ids.add(e.id)
                    data = json.dumps(_content_values(e), ensure_ascii=False)
                    self._conn.execute(
                        "INSERT OR REPLACE INTO builtin_originals(id, data) VALUES (?, ?)",
                        (e.id, data),
                    )
                    if e.id in removed:
                        continue
                    n = self._rowid(e.id)
                    current = self.get(e.id) if n is not None else None
                    if n is None:
                        self._insert(e)
                        changed += 1
                    elif (
                        current is not None
                        and current.builtin
                        and not current.edited
                        and not _same_content(current, e)
                    ):
                        self._update_content(n, e, edited=False)
                        changed += 1
                changed += self._retire_builtins(shipped_ids)
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (_CONTENT_KEY, content.fingerprint),
                )
        if changed:
            self._changed()
        return changed

    def _retire_builtins(self, shipped_ids: set[str]) -> int:
        """Built-ins no longer shipped: drop untouched ones, keep edited ones as the user's."""
        gone = 0
        rows = self._conn.execute("SELECT n, id, edited FROM entries WHERE builtin = 1").fetchall()
        for n, eid, edited in rows:
            if eid in shipped_ids:
                continue
            if edited:
                self._conn.execute("UPDATE entries SET builtin = 0 WHERE n = ?", (n,))
            else:
                self._unindex(n)
                self._conn.execute("DELETE FROM entries WHERE n = ?", (n,))
            gone += 1
        self._conn.execute(
            "DELETE FROM builtin_originals"
            " WHERE id NOT IN (SELECT id FROM entries WHERE builtin = 1)"
            " AND id NOT IN (SELECT id FROM removed_builtins)"
        )
        return gone

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _connect(path: Path | None) -> sqlite3.Connection:
    """Open the file; refuse (and close) one written by a newer BorderDesk."""
    target = ":memory:" if path is None else str(path)
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    try:
        check_version(conn)
    except BaseException:
        conn.close()
        raise
    # The version check comes before any pragma that writes: a newer file stays byte-identical.
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if path is not None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_library(path: str | Path | None = None, *, seed: bool = True) -> Library:
    """Open (creating, migrating and seeding as needed) a library file.

    ``path`` None opens the default file in the user data dir; ``":memory:"`` an in-memory one.
    Raises :class:`~desktop.core.schema.NewerLibraryError` for a file from a newer version and
    ``sqlite3.DatabaseError`` for a file that is not a library.
    """
    from desktop.core.paths import default_db_path

    if path == ":memory:":
        file: Path | None = None
    else:
        file = Path(path) if path is not None else default_db_path()
        file.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(file)
    try:
        migrate(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"entries", "fts_en", "fts_tri", "fts_cjk", "settings"} - tables
        if missing:
            raise sqlite3.DatabaseError(
                f"library file is damaged: missing {', '.join(sorted(missing))}"
            )
        lib = Library(conn, file)
        if seed:
            lib.sync_builtin()
    except BaseException:
        conn.close()
        raise
    return lib
