"""Reading the library without a query: counts, the browsing views, and every entry in turn."""

from __future__ import annotations

import json
from collections.abc import Iterator

from desktop.core.library.entry import Entry
from desktop.core.library.rows import ENTRY_COLUMNS, row_to_entry
from desktop.core.library.store import Store

#: The most entries one browse or search returns.
MAX_LIMIT = 1000
_BROWSE_ORDER = "favorite DESC, uses DESC, builtin DESC, n"
#: The browsing views: a WHERE condition and an ORDER BY for each.
VIEWS: dict[str, tuple[str, str]] = {
    "all": ("", _BROWSE_ORDER),
    "favorites": ("favorite = 1", "last_used DESC, " + _BROWSE_ORDER),
    "recent": ("last_used IS NOT NULL", "last_used DESC"),
    "most_used": ("uses > 0", "uses DESC, last_used DESC"),
    "mine": ("builtin = 0", "updated DESC, n DESC"),
}


class Reads(Store):
    """Counts, browsing views and iteration over the entries."""

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
                f"SELECT {ENTRY_COLUMNS} FROM entries ORDER BY builtin DESC, n"
            ).fetchall()
        for row in rows:
            yield row_to_entry(row)

    def sample_entries(self, per_scenario: int = 20) -> list[Entry]:
        """Up to ``per_scenario`` entries of each scenario, built-in, favourite and most used
        first, in :meth:`iter_entries`' order: what practice draws its questions from,
        bounded however large the library (all 100,000 replies as entries took 220 MB)."""
        ranked = (
            "SELECT n FROM (SELECT n, row_number() OVER (PARTITION BY scenario "
            "ORDER BY builtin DESC, favorite DESC, uses DESC, n) AS k FROM entries) WHERE k <= ?"
        )
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries WHERE n IN ({ranked}) "
                "ORDER BY builtin DESC, n",
                (per_scenario,),
            ).fetchall()
        return [row_to_entry(row) for row in rows]

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
        limit = max(1, min(int(limit), MAX_LIMIT))
        where, order = VIEWS[view]
        conds, args = ([where] if where else []), []
        if scenario:
            conds.append("scenario = ?" if "." in scenario else "scenario LIKE ?")
            args.append(scenario if "." in scenario else scenario + ".%")
        if platform is not None:
            conds.append("(platforms = '[]' OR instr(platforms, ?) > 0)")
            args.append(json.dumps(platform))
        clause = ("WHERE " + " AND ".join(conds)) if conds else ""
        sql = f"SELECT {ENTRY_COLUMNS} FROM entries {clause} ORDER BY {order} LIMIT ?"
        with self._lock:
            found = [row_to_entry(r) for r in self._conn.execute(sql, [*args, limit])]
        found.sort(key=lambda e: e.country_tier(country))
        return found
