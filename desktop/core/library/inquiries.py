"""The inquiry log's rows in the library file (schema version 6): what the agent handled, never
what the buyer wrote. The report (:mod:`desktop.core.report`) reads and writes through here."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.library.store import Store

#: The columns of a logged inquiry, in :class:`Inquiry` order.
_COLUMNS = "id, at, scenario, reply, country, platform, department, note, manual"
#: Columns a report counts by.
GROUPS = ("scenario", "country", "department")


@dataclass(frozen=True)
class Inquiry:
    id: int
    at: int
    """UTC seconds."""
    scenario: str
    reply: str | None
    """The reply copied for it; None for an entry logged by hand."""
    country: str
    platform: str
    department: str
    note: str
    manual: bool


class Inquiries(Store):
    """Adding, correcting and counting logged inquiries."""

    def add_inquiry(
        self,
        at: int,
        scenario: str,
        department: str,
        *,
        reply: str | None = None,
        country: str = "",
        platform: str = "",
        note: str = "",
        manual: bool = False,
    ) -> int:
        """Store one inquiry, committed at once; its id."""
        with self._lock, self.db.atomic():
            cursor = self._conn.execute(
                "INSERT INTO inquiries(at, scenario, reply, country, platform, department, note, "
                "manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (at, scenario, reply, country, platform, department, note, int(manual)),
            )
        return int(cursor.lastrowid or 0)

    def recent_copy(self, scenario: str, since: int) -> int | None:
        """The id of a copy of ``scenario`` logged at or after ``since``, if any."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id FROM inquiries WHERE at >= ? AND scenario = ? AND manual = 0 "
                "ORDER BY at DESC LIMIT 1",
                (since, scenario),
            ).fetchone()
        return int(row[0]) if row else None

    def last_inquiry(self) -> Inquiry | None:
        """The inquiry logged last (by the time it was logged)."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM inquiries ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return _inquiry(row) if row else None

    def update_inquiry(self, inquiry_id: int, scenario: str, department: str, note: str) -> bool:
        """Correct an inquiry's scenario, department and note; False if it is gone."""
        with self._lock, self.db.atomic():
            cursor = self._conn.execute(
                "UPDATE inquiries SET scenario = ?, department = ?, note = ? WHERE id = ?",
                (scenario, department, note, inquiry_id),
            )
        return cursor.rowcount > 0

    def delete_inquiry(self, inquiry_id: int) -> bool:
        with self._lock, self.db.atomic():
            cursor = self._conn.execute("DELETE FROM inquiries WHERE id = ?", (inquiry_id,))
        return cursor.rowcount > 0

    def inquiry_counts(self, start: int, end: int, column: str) -> dict[str, int]:
        """Inquiries logged in [start, end) counted by ``column`` (one of :data:`GROUPS`)."""
        if column not in GROUPS:
            raise ValueError(f"cannot count inquiries by {column!r}")
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {column}, count(*) FROM inquiries WHERE at >= ? AND at < ? "
                f"GROUP BY {column}",
                (start, end),
            ).fetchall()
        return {str(key): int(n) for key, n in rows}

    def inquiry_pairs(self, start: int, end: int) -> dict[tuple[str, str], int]:
        """Inquiries in [start, end) counted by (department, scenario)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT department, scenario, count(*) FROM inquiries WHERE at >= ? AND at < ? "
                "GROUP BY department, scenario",
                (start, end),
            ).fetchall()
        return {(str(d), str(s)): int(n) for d, s, n in rows}

    def inquiry_notes(self, start: int, end: int) -> list[Inquiry]:
        """The inquiries in [start, end) that carry a note, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM inquiries WHERE at >= ? AND at < ? AND note != '' "
                "ORDER BY at, id",
                (start, end),
            ).fetchall()
        return [_inquiry(row) for row in rows]

    def inquiry_total(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM inquiries").fetchone()[0])


def _inquiry(row: tuple[object, ...]) -> Inquiry:
    ident, at, scenario, reply, country, platform, department, note, manual = row
    return Inquiry(
        int(ident),  # type: ignore[call-overload]
        int(at),  # type: ignore[call-overload]
        str(scenario),
        None if reply is None else str(reply),
        str(country),
        str(platform),
        str(department),
        str(note),
        bool(manual),
    )
