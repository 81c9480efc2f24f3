"""The user's writes: add, import, edit, favourite, delete and undelete, duplicate, restore a
built-in's shipped text, and count a use. Each runs in one transaction and then forgets the
caches (:meth:`~desktop.core.library.store.Store._changed`) where the text or the set of
replies changed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from desktop.core.errors import LOG
from desktop.core.library.entry import LIST_FIELDS, Entry, EntryError, validate_entry
from desktop.core.library.rows import CONTENT_KEYS, from_content, new_user_id, utc_now
from desktop.core.library.store import Store
from desktop.core.search.text import clean

#: From this many entries on, an import tunes the indexes for bulk and checkpoints after.
_CHECKPOINT_AFTER = 1000


class Writes(Store):
    """Changes the user makes to the library."""

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
        LOG.info("reply added %s", entry.id)
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
        LOG.info("replies imported: %d, first %s", len(entries), entries[0].id if entries else "-")
        return len(entries)

    def import_entries(self, new: Sequence[Entry], updates: Sequence[Entry]) -> None:
        """Add ``new`` and write ``updates`` over their entries in one transaction: all or
        nothing (an import with the overwrite policy)."""
        if not updates:
            self.add_many(new)
            return
        with self._lock, self.db.atomic():
            if new:
                self._insert_many(new)
            for entry in updates:
                validate_entry(entry)
                n = self._rowid(entry.id)
                if n is None:
                    raise EntryError(f"id: no reply {entry.id!r}")
                self._update_content(n, entry, edited=entry.builtin)
        self._changed()
        LOG.info("replies imported: %d new, %d overwritten", len(new), len(updates))

    def update(self, entry_id: str, **fields: Any) -> Entry:
        """Change the text fields of an entry; an edited built-in keeps the user's text."""
        with self._lock:
            current = self.get(entry_id)
            if current is None:
                raise EntryError(f"id: no reply {entry_id!r}")
            allowed = {*CONTENT_KEYS}
            unknown = set(fields) - allowed
            if unknown:
                raise EntryError("unknown field: " + ", ".join(sorted(unknown)))
            for key in LIST_FIELDS:
                if key in fields:
                    fields[key] = tuple(clean(t) for t in fields[key] if clean(t))
            new = replace(current, **fields)
            validate_entry(new)
            n = self._rowid(entry_id)
            assert n is not None
            with self.db.atomic():
                self._update_content(n, new, edited=current.builtin)
        self._changed()
        LOG.info("reply edited %s", entry_id)
        return self.get(entry_id) or new

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
                        (entry.id, utc_now()),
                    )
        self._changed()
        LOG.info("reply deleted %s", entry_id)
        return entry

    def undelete(self, entry: Entry) -> None:
        """Put back an entry returned by :meth:`delete`, with its id, favourite and uses."""
        with self._lock, self.db.atomic():
            if self._rowid(entry.id) is not None:
                raise EntryError(f"id: {entry.id!r} already exists")
            self._conn.execute("DELETE FROM removed_builtins WHERE id = ?", (entry.id,))
            self._insert_many([entry])
        self._changed()
        LOG.info("reply undeleted %s", entry.id)

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
        LOG.info("reply duplicated %s as %s", entry_id, copy.id)
        return copy.id

    def original(self, entry_id: str) -> Entry | None:
        """The shipped text of a built-in entry, or None for the user's own replies."""
        with self._lock:
            row = self._conn.execute(
                "SELECT data FROM builtin_originals WHERE id = ?", (entry_id,)
            ).fetchone()
        if row is None:
            return None
        return from_content(entry_id, json.loads(row[0]), builtin=True)

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
        LOG.info("reply restored to the original %s", entry_id)
        return restored

    def record_use(self, entry_id: str) -> bool:
        """Count one copy of the entry; False when there is no such entry. One statement,
        atomic on its own: no transaction of sqlite-utils, whose import (click, pluggy, its
        plugins' metadata: ~80 ms) would otherwise follow the agent's first copy."""
        with self._lock:
            cur = self._conn.execute(
                "UPDATE entries SET uses = uses + 1, last_used = ? WHERE id = ?",
                (datetime.now(UTC).isoformat(timespec="microseconds"), entry_id),
            )
            self._pinned_cache = None
        return cur.rowcount > 0
