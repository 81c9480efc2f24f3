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
from desktop.core.content import fingerprint, load_builtin
from desktop.core.entry import LIST_FIELDS, Entry, EntryError, validate_entry
from desktop.core.indexing import (
    CONTENTLESS,
    Statement,
    data_fingerprint,
    delete_statements,
    index_statements,
)
from desktop.core.paths import default_db_path
from desktop.core.schema import check_version, migrate
from desktop.core.suggest import SuggestionGroup, SuggestModel, Where
from desktop.core.text import clean

_CONTENT_KEY = "content_fingerprint"
#: What the search indexes hold changes now and then (version 2: Chinese search phrases beside
#: titles, and pinyin); a file indexed by an older version is re-indexed once when opened.
INDEX_VERSION = 3
_INDEX_KEY = "index_version"
_INDEXES = ("fts_en", "fts_tri", "fts_cjk", "fts_py")
#: The stored content of an entry, in column order; lists are stored as JSON text.
_CONTENT_KEYS = (
    "scenario",
    "tone",
    "title_en",
    "title_zh",
    "en",
    "zh",
    "tags",
    "examples",
    "countries",
    "platforms",
)
_LIST_KEYS = LIST_FIELDS
_STATE_KEYS = ("builtin", "edited", "favorite", "uses", "last_used")
_ENTRY_COLUMNS = ", ".join(("id", *_CONTENT_KEYS, *_STATE_KEYS))
#: Where the state columns start in a row of ``_ENTRY_COLUMNS``.
_STATE = 1 + len(_CONTENT_KEYS)
_MAX_LIMIT = 1000
_SQLITE_HEADER = b"SQLite format 3\x00"
#: FTS5 keeps this many bytes of new index data in memory per index before writing a segment
#: during an import (default 1 MB).
_BULK_HASH = 64 * 1024 * 1024
#: How many of a search's best candidates are re-ranked by favourites and use.
_WEIGHED = 150
_BROWSE_ORDER = "favorite DESC, uses DESC, builtin DESC, n"
#: The browsing views: a WHERE condition and an ORDER BY for each.
VIEWS: dict[str, tuple[str, str]] = {
    "all": ("", _BROWSE_ORDER),
    "favorites": ("favorite = 1", "last_used DESC, " + _BROWSE_ORDER),
    "recent": ("last_used IS NOT NULL", "last_used DESC"),
    "most_used": ("uses > 0", "uses DESC, last_used DESC"),
    "mine": ("builtin = 0", "updated DESC, n DESC"),
}
_CHECKPOINT_AFTER = 1000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _from_content(entry_id: str, content: dict[str, Any], **state: Any) -> Entry:
    """An entry from its stored content columns (the inverse of :func:`_content_values`)."""
    fields: dict[str, Any] = {
        k: (() if v == "[]" else tuple(json.loads(v))) if k in _LIST_KEYS else v
        for k, v in content.items()
    }
    return Entry(id=entry_id, **fields, **state)


#: Positions of the list columns in a row of ``_ENTRY_COLUMNS``.
_LIST_AT = frozenset(1 + _CONTENT_KEYS.index(k) for k in _LIST_KEYS)


def _row_to_entry(row: Sequence[Any]) -> Entry:
    """An entry from a row of ``_ENTRY_COLUMNS`` (id, the content columns, then state).
    A search reads 50 of these per keystroke, hence no intermediate dict."""
    content: dict[str, Any] = {
        key: (() if row[i] == "[]" else tuple(json.loads(row[i]))) if i in _LIST_AT else row[i]
        for i, key in enumerate(_CONTENT_KEYS, start=1)
    }
    return Entry(
        row[0],
        **content,
        builtin=bool(row[_STATE]),
        edited=bool(row[_STATE + 1]),
        favorite=bool(row[_STATE + 2]),
        uses=int(row[_STATE + 3]),
        last_used=row[_STATE + 4],
    )


def _content_values(e: Entry) -> dict[str, Any]:
    """An entry's content as stored: the :data:`_CONTENT_KEYS` columns, lists as JSON."""
    return {k: _stored(getattr(e, k)) if k in _LIST_KEYS else getattr(e, k) for k in _CONTENT_KEYS}


def _stored(items: tuple[str, ...]) -> str:
    """A list column as stored (most are empty: no JSON encoder for those)."""
    return json.dumps(list(items), ensure_ascii=False) if items else "[]"


def _entry_statement(rows: Sequence[tuple[int, Entry]], now: str) -> Statement:
    """The insert of new entries (rowid, entry) into the entries table."""
    params = [
        (
            n,
            e.id,
            *_content_values(e).values(),
            int(e.builtin),
            int(e.edited),
            int(e.favorite),
            e.uses,
            e.last_used,
            now,
            now,
        )
        for n, e in rows
    ]
    cols = ", ".join(("n", "id", *_CONTENT_KEYS, *_STATE_KEYS, "created", "updated"))
    marks = ", ".join("?" * (len(_CONTENT_KEYS) + len(_STATE_KEYS) + 4))
    return f"INSERT INTO entries ({cols}) VALUES ({marks})", params


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
        self._model_lock = threading.Lock()
        self._generation = 0
        self._marked_cache: dict[int, Entry] | None = None
        self._pinned_cache: dict[int, tuple[bool, int]] | None = None

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

    def existing(self, ids: Iterable[str]) -> dict[str, Entry]:
        """The entries among ``ids`` that exist, by id (one query per 500 ids)."""
        wanted = [i for i in ids if i]
        found: dict[str, Entry] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id IN ({marks})"
                for row in self._conn.execute(sql, chunk):
                    found[row[0]] = _row_to_entry(row)
        return found

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def scenario_counts(self) -> dict[str, int]:
        """How many replies each scenario has."""
        with self._lock:
            rows = self._conn.execute("SELECT scenario, count(*) FROM entries GROUP BY scenario")
            return {str(s): int(c) for s, c in rows}

    def view_counts(self) -> dict[str, int]:
        """How many replies each browsing view holds."""
        sql = (
            "SELECT count(*), coalesce(sum(favorite = 1), 0), "
            "coalesce(sum(last_used IS NOT NULL), 0), coalesce(sum(uses > 0), 0), "
            "coalesce(sum(builtin = 0), 0) FROM entries"
        )
        with self._lock:
            row = self._conn.execute(sql).fetchone()
        return dict(zip(VIEWS, (int(v) for v in row), strict=True))

    def iter_entries(self) -> Iterator[Entry]:
        """Every entry, built-ins first, in a stable order."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries ORDER BY builtin DESC, n"
            ).fetchall()
        for row in rows:
            yield _row_to_entry(row)

    def browse(
        self,
        scenario: str | None = None,
        limit: int = 200,
        view: str = "all",
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[Entry]:
        """Entries of a view (see :data:`VIEWS`), optionally of one scenario or stage.

        ``scenario`` with a dot is a scenario id, without one a stage id. ``platform`` and
        ``country`` work as in :meth:`search`.
        """
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        limit = max(1, min(int(limit), _MAX_LIMIT))
        where, order = VIEWS[view]
        conds, args = ([where] if where else []), []
        if scenario:
            conds.append("scenario = ?" if "." in scenario else "scenario LIKE ?")
            args.append(scenario if "." in scenario else scenario + ".%")
        if platform is not None:
            conds.append("(platforms = '[]' OR instr(platforms, ?) > 0)")
            args.append(json.dumps(platform))
        clause = ("WHERE " + " AND ".join(conds)) if conds else ""
        sql = f"SELECT {_ENTRY_COLUMNS} FROM entries {clause} ORDER BY {order} LIMIT ?"
        with self._lock:
            found = [_row_to_entry(r) for r in self._conn.execute(sql, [*args, limit])]
        found.sort(key=lambda e: e.country_tier(country))
        return found

    # -- search and suggestion -------------------------------------------------------------
    def search(
        self,
        text: str,
        limit: int = 50,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[Entry]:
        """Entries matching ``text`` (English or Chinese), best first; never raises on input.

        With ``platform``, replies marked for other platforms are left out; with ``country``,
        replies written for the buyer's country come first and those for other countries last.
        """
        limit = max(0, min(int(limit), _MAX_LIMIT))
        if not isinstance(text, str) or limit == 0:
            return []
        with self._lock:
            marked = self._marked()
            hidden = {n for n, e in marked.items() if not e.applies_to(platform)}
            hits = _search.candidates(self._conn, text, limit + len(hidden))
            scene = _search.scene_tiers(text)
            if scene and sum(1 for h in hits if h[2] == 0) < limit:
                hits += self._scene_hits(scene, {h[0] for h in hits}, limit + len(hidden))
            hits = [h for h in hits if h[0] not in hidden]
            # Favourites and use counts reorder the head of the list; far down it they cannot
            # lift a reply into view, so only the head is looked up (a lookup per reply).
            hits.sort(key=lambda h: (h[2], h[1]))
            hits = hits[: max(_WEIGHED, 3 * limit)]
            pinned = self._pinned()
            scenario_of = self._scenarios(n for n, _, _ in hits) if scene else {}
            ranked = []
            for i, (n, score, tier) in enumerate(hits):
                favorite, uses = pinned.get(n, (False, 0))
                scenario = scenario_of.get(n, "")
                ranked.append(
                    (
                        min(tier, scene.get(scenario, tier)),
                        marked[n].country_tier(country) if n in marked else 1,
                        _search.boost(score, favorite, uses),
                        i,
                        n,
                    )
                )
            ranked.sort()
            top = [n for *_, n in ranked[:limit]]
            entries = self._by_rowids(top)
        return [entries[n] for n in top if n in entries]

    def _scene_hits(
        self, scene: dict[str, float], have: set[int], limit: int
    ) -> list[tuple[int, float, float]]:
        """Replies of the scenarios the query names best, when their own text did not match."""
        best = min(scene.values())
        chosen = [s for s, tier in scene.items() if tier == best][:5]
        # one scenario at a time, so each reads its head from entries_scene_rank in order
        rows: list[tuple[int, int, int, int]] = []
        for scenario in chosen:
            rows += self._conn.execute(
                "SELECT -builtin, -favorite, -uses, n FROM entries WHERE scenario = ? "
                "ORDER BY builtin DESC, favorite DESC, uses DESC, n LIMIT ?",
                (scenario, limit),
            ).fetchall()
        rows.sort()
        return [(int(n), 0.0, best) for *_, n in rows[:limit] if int(n) not in have]

    def _marked(self) -> dict[int, Entry]:
        """Entries marked for some countries or platforms, by rowid (cached until a write)."""
        if self._marked_cache is None:
            rows = self._conn.execute(
                f"SELECT n, {_ENTRY_COLUMNS} FROM entries "
                "WHERE countries != '[]' OR platforms != '[]'"
            ).fetchall()
            self._marked_cache = {int(r[0]): _row_to_entry(r[1:]) for r in rows}
        return self._marked_cache

    def _pinned(self) -> dict[int, tuple[bool, int]]:
        """Favourite flag and use count of every favourite or used reply, by rowid (cached
        until the next write: a few hundred rows at most, read from entries_pinned)."""
        if self._pinned_cache is None:
            rows = self._conn.execute(
                "SELECT n, favorite, uses FROM entries WHERE favorite = 1 OR uses > 0"
            )
            self._pinned_cache = {int(n): (bool(fav), int(uses)) for n, fav, uses in rows}
        return self._pinned_cache

    def _scenarios(self, rowids: Iterable[int]) -> dict[int, str]:
        """The scenario of each rowid."""
        ids = list(rowids)
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT n, scenario FROM entries WHERE n IN ({marks})"
            found.update((int(n), str(sc)) for n, sc in self._conn.execute(sql, chunk))
        return found

    def _suggest_model(self) -> SuggestModel:
        """The suggestion model, built on first use. Only reading its rows holds the library
        lock (~0.1 s); the build itself (seconds at 100k replies) does not, so searches on
        another thread go on meanwhile. A write during the build makes it start over."""
        with self._model_lock:
            while True:
                with self._lock:
                    if self._model is not None:
                        return self._model
                    generation = self._generation
                    rows = SuggestModel.read(self._conn)
                model = SuggestModel.from_rows(rows)
                with self._lock:
                    if generation == self._generation:
                        self._model = model
                        return model

    def warm(self) -> None:
        """Build the suggestion model now (about a second), so the first pasted message is
        answered at once; the window asks for it on the worker once it has been painted."""
        self._suggest_model()

    def suggest(
        self,
        message: str,
        limit: int = 3,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[Entry]:
        """The best replies for a pasted buyer message, one per scenario, best first.

        ``platform`` and ``country`` work as in :meth:`search`: a scenario's reply for the
        buyer's country is picked first, and replies for other platforms are never picked.
        """
        limit = max(0, min(int(limit), 100))
        if not isinstance(message, str) or limit == 0:
            return []
        ids = self._suggest_model().rank(message, limit, Where(platform, country))
        return [e for e in (self.get(i) for i in ids) if e is not None]

    def suggest_groups(
        self,
        message: str,
        per_group: int = 3,
        *,
        platform: str | None = None,
        country: str | None = None,
    ) -> list[SuggestionGroup]:
        """Suggestions grouped by the questions a message asks (one group per sentence)."""
        if not isinstance(message, str):
            return []
        return self._suggest_model().groups(message, per_group, Where(platform, country))

    # -- writing ---------------------------------------------------------------------------
    def _index_many(self, rows: Sequence[tuple[int, Entry]]) -> None:
        """Add entries to the four search indexes (see :mod:`desktop.core.indexing`)."""
        self._execute(index_statements(rows))

    def _execute(self, statements: Sequence[Statement]) -> None:
        for sql, params in statements:
            self._conn.executemany(sql, params)

    def ensure_index(self) -> int:
        """Re-index every entry when the file was indexed by an older :data:`INDEX_VERSION`
        or with other shipped search data (:func:`indexing.data_fingerprint`); return how many
        entries were indexed (0 when the indexes were current)."""
        current = f"{INDEX_VERSION}:{data_fingerprint()}"
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (_INDEX_KEY,))
            stored = row.fetchone()
            if stored and stored[0] == current:
                return 0
            count = 0
            with self.db.atomic():
                for table in _INDEXES:
                    if table in CONTENTLESS:
                        self._conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
                    else:
                        self._conn.execute(f"DELETE FROM {table}")
                cursor = self._conn.execute(f"SELECT n, {_ENTRY_COLUMNS} FROM entries ORDER BY n")
                while batch := cursor.fetchmany(1000):
                    self._index_many([(int(r[0]), _row_to_entry(r[1:])) for r in batch])
                    count += len(batch)
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (_INDEX_KEY, current),
                )
        return count

    def _index(self, n: int, e: Entry) -> None:
        self._index_many([(n, e)])

    def _unindex(self, n: int) -> None:
        """Take entry ``n`` out of the indexes; call before its row changes (contentless
        indexes are told the values it was indexed with)."""
        row = self._conn.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE n = ?", (n,))
        found = row.fetchone()
        if found is not None:
            self._execute(delete_statements([(n, _row_to_entry(found))]))

    def _insert_many(self, entries: Sequence[Entry]) -> list[int]:
        """Insert entries and index them; return their rowids. Call inside a transaction."""
        if not entries:
            return []
        now = _now()
        first = int(self._conn.execute("SELECT coalesce(max(n), 0) + 1 FROM entries").fetchone()[0])
        rows = [(first + i, e) for i, e in enumerate(entries)]
        self._execute([_entry_statement(rows, now), *index_statements(rows)])
        return [n for n, _ in rows]

    def _insert(self, e: Entry) -> int:
        return self._insert_many([e])[0]

    def _update_content(self, n: int, e: Entry, *, edited: bool) -> None:
        values = _content_values(e) | {"edited": int(edited), "updated": _now()}
        sets = ", ".join(f"{k} = ?" for k in values)
        self._unindex(n)
        self._conn.execute(f"UPDATE entries SET {sets} WHERE n = ?", [*values.values(), n])
        self._index(n, e)

    def _rowid(self, entry_id: str) -> int | None:
        row = self._conn.execute("SELECT n FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return int(row[0]) if row else None

    def _changed(self) -> None:
        self._model = None
        self._generation += 1
        self._marked_cache = None
        self._pinned_cache = None

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
        countries: Sequence[str] = (),
        platforms: Sequence[str] = (),
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
            countries=tuple(clean(c).upper() for c in countries if clean(c)),
            platforms=tuple(clean(p).lower() for p in platforms if clean(p)),
        )
        validate_entry(entry)
        with self._lock, self.db.atomic():
            if self._rowid(entry.id) is not None:
                raise EntryError(f"id: {entry.id!r} already exists")
            self._insert(entry)
        self._changed()
        return entry.id

    def add_many(self, entries: Sequence[Entry]) -> int:
        """Insert already validated entries in one transaction; all or nothing."""
        bulk = len(entries) >= _CHECKPOINT_AFTER
        with self._lock:
            if bulk:
                self._bulk_mode(True)
            try:
                with self.db.atomic():
                    self._insert_many(entries)
            finally:
                if bulk:
                    self._bulk_mode(False)
            if bulk:
                # Fold a large write-ahead log back into the file now: reads through a
                # log of hundreds of MB are several times slower.
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._changed()
        return len(entries)

    def update(self, entry_id: str, **fields: Any) -> Entry:
        """Change the text fields of an entry; an edited built-in keeps the user's text."""
        with self._lock:
            current = self.get(entry_id)
            if current is None:
                raise EntryError(f"id: no reply {entry_id!r}")
            allowed = {*_CONTENT_KEYS}
            unknown = set(fields) - allowed
            if unknown:
                raise EntryError("unknown field: " + ", ".join(sorted(unknown)))
            for key in _LIST_KEYS:
                if key in fields:
                    fields[key] = tuple(clean(t) for t in fields[key] if clean(t))
            new = replace(current, **fields)
            validate_entry(new)
            n = self._rowid(entry_id)
            assert n is not None
            with self.db.atomic():
                self._update_content(n, new, edited=current.builtin)
        self._changed()
        return self.get(entry_id) or new

    def _bulk_mode(self, on: bool) -> None:
        """Tune for a large import: a bigger page cache, and no incremental FTS5 merging while
        rows pour in (FTS5's crisis merge still bounds the segments); back to the defaults
        after. Measured on 20k rows: 8.7 s with automerge 16, 7.2 s with 0, searches no slower."""
        self._conn.execute(f"PRAGMA cache_size = {-200_000 if on else -2_000}")
        for table in _INDEXES:
            self._conn.execute(
                f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)", (0 if on else 4,)
            )
            self._conn.execute(
                f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)",
                (_BULK_HASH if on else 1024 * 1024,),
            )

    def set_favorite(self, entry_id: str, favorite: bool = True) -> bool:
        """Mark or unmark a favourite; False when there is no such entry."""
        with self._lock, self.db.atomic():
            cur = self._conn.execute(
                "UPDATE entries SET favorite = ? WHERE id = ?", (int(favorite), entry_id)
            )
            self._pinned_cache = None
        return cur.rowcount > 0

    def delete(self, entry_id: str) -> Entry:
        """Delete an entry and return it as it was, for :meth:`undelete`.

        A deleted built-in is remembered, so a content upgrade does not bring it back.
        """
        with self._lock:
            entry = self.get(entry_id)
            n = self._rowid(entry_id)
            if entry is None or n is None:
                raise EntryError(f"id: no reply {entry_id!r}")
            with self.db.atomic():
                self._unindex(n)
                self._conn.execute("DELETE FROM entries WHERE n = ?", (n,))
                if entry.builtin:
                    self._conn.execute(
                        "INSERT OR REPLACE INTO removed_builtins(id, removed) VALUES (?, ?)",
                        (entry.id, _now()),
                    )
        self._changed()
        return entry

    def undelete(self, entry: Entry) -> None:
        """Put back an entry returned by :meth:`delete`, with its id, favourite and uses."""
        with self._lock, self.db.atomic():
            if self._rowid(entry.id) is not None:
                raise EntryError(f"id: {entry.id!r} already exists")
            self._conn.execute("DELETE FROM removed_builtins WHERE id = ?", (entry.id,))
            self._insert_many([entry])
        self._changed()

    def duplicate(self, entry_id: str) -> str:
        """Copy an entry (typically a built-in) as the user's own; return the new id."""
        source = self.get(entry_id)
        if source is None:
            raise EntryError(f"id: no reply {entry_id!r}")
        copy = replace(
            source,
            id=new_user_id(),
            builtin=False,
            edited=False,
            favorite=False,
            uses=0,
            last_used=None,
        )
        self.add_many([copy])
        return copy.id

    def original(self, entry_id: str) -> Entry | None:
        """The shipped text of a built-in entry, or None for the user's own replies."""
        with self._lock:
            row = self._conn.execute(
                "SELECT data FROM builtin_originals WHERE id = ?", (entry_id,)
            ).fetchone()
        if row is None:
            return None
        return _from_content(entry_id, json.loads(row[0]), builtin=True)

    def restore_original(self, entry_id: str) -> Entry:
        """Undo the user's edits of a built-in: back to the shipped text."""
        with self._lock:
            original = self.original(entry_id)
            n = self._rowid(entry_id)
            if original is None or n is None:
                raise EntryError(f"id: {entry_id!r} is not a built-in reply")
            with self.db.atomic():
                self._update_content(n, original, edited=False)
        self._changed()
        restored = self.get(entry_id)
        assert restored is not None
        return restored

    def record_use(self, entry_id: str) -> bool:
        """Count one copy of the entry; False when there is no such entry."""
        with self._lock, self.db.atomic():
            cur = self._conn.execute(
                "UPDATE entries SET uses = uses + 1, last_used = ? WHERE id = ?",
                (datetime.now(UTC).isoformat(timespec="microseconds"), entry_id),
            )
            self._pinned_cache = None
        return cur.rowcount > 0

    # -- built-in content ------------------------------------------------------------------
    def sync_builtin(self, *, force: bool = False) -> int:
        """Load shipped replies into the file; return how many entries changed.

        At a start with unchanged files only their hash is computed; nothing is parsed.
        """
        with self._lock:
            row = self._conn.execute(
                "SELECT value FROM meta WHERE key = ?", (_CONTENT_KEY,)
            ).fetchone()
            if row and row[0] == fingerprint() and not force:
                return 0
            content = load_builtin()
            changed = 0
            with self.db.atomic():
                removed = {r[0] for r in self._conn.execute("SELECT id FROM removed_builtins")}
                shipped_ids = {e.id for e in content.entries}
                self._conn.executemany(
                    "INSERT OR REPLACE INTO builtin_originals(id, data) VALUES (?, ?)",
                    [
                        (e.id, json.dumps(_content_values(e), ensure_ascii=False))
                        for e in content.entries
                    ],
                )
                present = self.existing(shipped_ids)
                fresh = [e for e in content.entries if e.id not in removed and e.id not in present]
                self._insert_many(fresh)
                changed += len(fresh)
                for e in content.entries:
                    current = present.get(e.id)
                    # Only untouched built-ins follow the shipped text; user edits stay.
                    if current is None or not current.builtin:
                        continue
                    if not current.edited and not _same_content(current, e):
                        n = self._rowid(e.id)
                        assert n is not None
                        self._update_content(n, e, edited=False)
                        changed += 1
                    elif current.edited and (current.countries, current.platforms) != (
                        e.countries,
                        e.platforms,
                    ):
                        # The user's text stays; where the reply applies is ours to keep right.
                        values = _content_values(e)
                        self._conn.execute(
                            "UPDATE entries SET countries = ?, platforms = ? WHERE id = ?",
                            (values["countries"], values["platforms"], e.id),
                        )
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

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A JSON value the user stored in the library (rates, presets), or ``default``."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value in the library, committed at once."""
        with self._lock, self.db.atomic():
            self._conn.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                (key, json.dumps(value, ensure_ascii=False)),
            )

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
    # Reading the indexes through a memory map instead of read() calls: search p95 at 100k
    # replies measured 7 ms instead of 15 for prefixes (pages are the OS's file cache, shared).
    conn.execute(f"PRAGMA mmap_size = {256 * 1024 * 1024}")
    if path is not None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _refuse_foreign(file: Path) -> None:
    """Refuse an existing file that is not an SQLite database (SQLite would write over a
    file too short to hold its header, such as a 1-byte one) or is another program's."""
    if file.is_file() and file.stat().st_size > 0:
        with file.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
        if header != _SQLITE_HEADER:
            raise sqlite3.DatabaseError(
                f"{file} is not a BorderDesk library (not an SQLite file); nothing was changed"
            )
        # read-only, before anything (even the switch to WAL) writes to it
        probe = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        finally:
            probe.close()
        if version == 0 and tables:
            raise sqlite3.DatabaseError(
                f"{file} is another program's SQLite database, not a BorderDesk library; "
                "nothing was changed"
            )


def open_library(path: str | Path | None = None, *, seed: bool = True) -> Library:
    """Open (creating, migrating and seeding as needed) a library file.

    ``path`` None opens the default file in the user data dir; ``":memory:"`` an in-memory one.
    Raises :class:`~desktop.core.schema.NewerLibraryError` for a file from a newer version and
    ``sqlite3.DatabaseError`` for a file that is not a library.
    """
    if path == ":memory:":
        file: Path | None = None
    else:
        file = Path(path) if path is not None else default_db_path()
        _refuse_foreign(file)
        file.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(file)
    try:
        migrate(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"entries", *_INDEXES, "settings"} - tables
        if missing:
            raise sqlite3.DatabaseError(
                f"library file is damaged: missing {', '.join(sorted(missing))}"
            )
        lib = Library(conn, file)
        lib.ensure_index()
        if seed:
            lib.sync_builtin()
    except BaseException:
        conn.close()
        raise
    return lib
