"""The library: one SQLite file with built-in and user replies, search and suggestion.

One writer connection; every write runs in one transaction (``db.atomic()``), so a crash or a
rejected import leaves the file as it was. Built-in content is synced from ``data/`` when the
shipped files change, without touching user replies or user edits of built-ins.

:class:`Library` is put together from parts, each in its own module of this package:
``store`` (connection, row lookups, index upkeep), ``reads`` (counts and browsing),
``retrieval`` (search and suggestion), ``writes`` (the user's changes) and ``builtin_sync``
(shipped replies). Rows are converted in ``rows``; the connection is opened by ``connection``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop.core.library.builtin_sync import BuiltinSync
from desktop.core.library.connection import connect, refuse_foreign
from desktop.core.library.inquiries import Inquiries
from desktop.core.library.reads import VIEWS, Reads
from desktop.core.library.retrieval import Retrieval
from desktop.core.library.rows import new_user_id
from desktop.core.library.schema import migrate
from desktop.core.library.store import INDEX_VERSION, INDEXES
from desktop.core.library.writes import Writes
from desktop.core.paths import default_db_path

__all__ = ["INDEX_VERSION", "VIEWS", "Library", "new_user_id", "open_library"]


class Library(Reads, Retrieval, Writes, BuiltinSync, Inquiries):
    """A phrasebook library file. Create it with :func:`open_library`."""

    # -- settings --------------------------------------------------------------------------
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


def open_library(path: str | Path | None = None, *, seed: bool = True) -> Library:
    """Open (creating, migrating and seeding as needed) a library file.

    ``path`` None opens the default file in the user data dir; ``":memory:"`` an in-memory one.
    Raises :class:`~desktop.core.library.schema.NewerLibraryError` for a file from a newer
    version and ``sqlite3.DatabaseError`` for a file that is not a library.
    """
    if path == ":memory:":
        file: Path | None = None
    else:
        file = Path(path) if path is not None else default_db_path()
        refuse_foreign(file)
        file.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(file)
    try:
        migrate(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"entries", *INDEXES, "settings"} - tables
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
