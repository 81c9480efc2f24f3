"""The library's storage layer: the connection, its lock and caches, row lookups, and the
primitives that insert, change and remove rows while keeping the search indexes in step.

:class:`Store` is the base of the :class:`~desktop.core.library.Library` mixins; every write
primitive here runs inside a transaction its caller opened (``db.atomic()``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.core.library.entry import Entry
from desktop.core.library.indexing import (
    CONTENTLESS,
    Statement,
    data_fingerprint,
    delete_statements,
    index_statements,
)
from desktop.core.library.rows import (
    ENTRY_COLUMNS,
    content_values,
    entry_statement,
    row_to_entry,
    utc_now,
)
from desktop.core.search.suggest import SuggestModel

#: What the search indexes hold changes now and then (version 2: Chinese search phrases beside
#: titles, and pinyin); a file indexed by an older version is re-indexed once when opened.
INDEX_VERSION = 3
_INDEX_KEY = "index_version"
INDEXES = ("fts_en", "fts_tri", "fts_cjk", "fts_py")
#: FTS5 keeps this many bytes of new index data in memory per index before writing a segment
#: during an import (default 1 MB).
_BULK_HASH = 64 * 1024 * 1024


class Store:
    """An open library file: its connection, lock and caches, and the row-level operations."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        self._conn = conn
        self._db: Any = None
        self._lock = threading.RLock()
        self._model: SuggestModel | None = None
        self._model_lock = threading.Lock()
        self._generation = 0
        self._marked_cache: dict[int, Entry] | None = None
        self._pinned_cache: dict[int, tuple[bool, int]] | None = None
        self._seen_version: int | None = None

    @property
    def db(self) -> Any:
        """sqlite-utils over the connection, made at the first write: importing sqlite-utils
        (click, dateutil, pluggy, its plugins' metadata) cost ~0.2 s before the window."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn)
        return self._db

    # -- reading rows ----------------------------------------------------------------------
    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?", (str(entry_id),)
            ).fetchone()
        return row_to_entry(row) if row else None

    def _by_rowids(self, rowids: Iterable[int]) -> dict[int, Entry]:
        ids = list(rowids)
        found: dict[int, Entry] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT n, {ENTRY_COLUMNS} FROM entries WHERE n IN ({marks})"
            for row in self._conn.execute(sql, chunk):
                found[int(row[0])] = row_to_entry(row[1:])
        return found

    def existing(self, ids: Iterable[str]) -> dict[str, Entry]:
        """The entries among ``ids`` that exist, by id (one query per 500 ids)."""
        wanted = [i for i in ids if i]
        found: dict[str, Entry] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id IN ({marks})"
                for row in self._conn.execute(sql, chunk):
                    found[row[0]] = row_to_entry(row)
        return found

    def _rowid(self, entry_id: str) -> int | None:
        row = self._conn.execute("SELECT n FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return int(row[0]) if row else None

    def changed_elsewhere(self) -> bool:
        """Whether another connection (the CLI, a second process) committed to the file since
        the last call; the search and suggestion caches are dropped when one did."""
        with self._lock:
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        seen, self._seen_version = self._seen_version, version
        if seen is None or seen == version:
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        """Forget the caches of search and suggestion after a write."""
        self._model = None
        self._generation += 1
        self._marked_cache = None
        self._pinned_cache = None

    # -- writing rows (inside the caller's transaction) -------------------------------------
    def _index_many(self, rows: Sequence[tuple[int, Entry]]) -> None:
        """Add entries to the four search indexes (see :mod:`desktop.core.library.indexing`)."""
        self._execute(index_statements(rows))

    def _execute(self, statements: Sequence[Statement]) -> None:
        for sql, params in statements:
            self._conn.executemany(sql, params)

    def _index(self, n: int, e: Entry) -> None:
        self._index_many([(n, e)])

    def _unindex(self, n: int) -> None:
        """Take entry ``n`` out of the indexes; call before its row changes (contentless
        indexes are told the values it was indexed with)."""
        row = self._conn.execute(f"SELECT {ENTRY_COLUMNS} FROM entries WHERE n = ?", (n,))
        found = row.fetchone()
        if found is not None:
            self._execute(delete_statements([(n, row_to_entry(found))]))

    def _insert_many(self, entries: Sequence[Entry]) -> list[int]:
        """Insert entries and index them; return their rowids. Call inside a transaction."""
        if not entries:
            return []
        now = utc_now()
        first = int(self._conn.execute("SELECT coalesce(max(n), 0) + 1 FROM entries").fetchone()[0])
        rows = [(first + i, e) for i, e in enumerate(entries)]
        self._execute([entry_statement(rows, now), *index_statements(rows)])
        return [n for n, _ in rows]

    def _insert(self, e: Entry) -> int:
        return self._insert_many([e])[0]

    def _update_content(self, n: int, e: Entry, *, edited: bool) -> None:
        values = content_values(e) | {"edited": int(edited), "updated": utc_now()}
        sets = ", ".join(f"{k} = ?" for k in values)
        self._unindex(n)
        self._conn.execute(f"UPDATE entries SET {sets} WHERE n = ?", [*values.values(), n])
        self._index(n, e)

    def _bulk_mode(self, on: bool) -> None:
        """Tune for a large import: a bigger page cache, and no incremental FTS5 merging while
        rows pour in (FTS5's crisis merge still bounds the segments); back to the defaults
        after. Measured on 20k rows: 8.7 s with automerge 16, 7.2 s with 0, searches no slower."""
        self._conn.execute(f"PRAGMA cache_size = {-200_000 if on else -2_000}")
        for table in INDEXES:
            self._conn.execute(
                f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)", (0 if on else 4,)
            )
            self._conn.execute(
                f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)",
                (_BULK_HASH if on else 1024 * 1024,),
            )

    # -- the search indexes ----------------------------------------------------------------
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
                for table in INDEXES:
                    if table in CONTENTLESS:
                        self._conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
                    else:
                        self._conn.execute(f"DELETE FROM {table}")
                cursor = self._conn.execute(f"SELECT n, {ENTRY_COLUMNS} FROM entries ORDER BY n")
                while batch := cursor.fetchmany(1000):
                    self._index_many([(int(r[0]), row_to_entry(r[1:])) for r in batch])
                    count += len(batch)
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (_INDEX_KEY, current),
                )
        return count

    def close(self) -> None:
        with self._lock:
            self._conn.close()
