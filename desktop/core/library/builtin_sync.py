"""Keeping the built-in replies in step with the shipped files in ``data/``.

New shipped replies are added, untouched built-ins follow the shipped text, the user's edits
and deletions stay, and built-ins no longer shipped are dropped (or kept as the user's own when
edited). Nothing is parsed when the shipped files' fingerprint is unchanged.
"""

from __future__ import annotations

import json

from desktop.core.library.content import fingerprint, load_builtin
from desktop.core.library.rows import content_values, same_content
from desktop.core.library.store import Store

_CONTENT_KEY = "content_fingerprint"


class BuiltinSync(Store):
    """Syncs the shipped replies into the library file."""

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
                        (e.id, json.dumps(content_values(e), ensure_ascii=False))
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
                    if not current.edited and not same_content(current, e):
                        n = self._rowid(e.id)
                        assert n is not None
                        self._update_content(n, e, edited=False)
                        changed += 1
                    elif current.edited and (current.countries, current.platforms) != (
                        e.countries,
                        e.platforms,
                    ):
                        # The user's text stays; where the reply applies is ours to keep right.
                        values = content_values(e)
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
