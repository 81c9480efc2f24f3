"""``borderdesk doctor``: what state the library and its backups are in, checked read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.library.connection import open_read_only
from desktop.core.library.schema import SCHEMA_VERSION
from desktop.core.safety.backups import backups, is_sound
from desktop.core.safety.recovery import KINDS, diagnose


@dataclass
class Report:
    path: str
    exists: bool
    damage: str | None = None
    integrity: str = ""
    version: int | None = None
    replies: int | None = None
    inquiries: int | None = None
    backups: list[dict[str, object]] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        sound_backup = any(b["sound"] for b in self.backups)
        return self.exists and self.damage is None and self.integrity == "ok" and sound_backup

    def to_json(self) -> dict[str, object]:
        return {**self.__dict__, "healthy": self.healthy}

    def lines(self) -> list[str]:
        out = [f"library: {self.path}"]
        if not self.exists:
            return [*out, "  no library file yet (one is made on first start)"]
        if self.damage:
            out.append(f"  DAMAGED: {KINDS[self.damage]} (the next start recovers it)")
        else:
            out.append(
                f"  integrity: {self.integrity}; schema version {self.version} of "
                f"{SCHEMA_VERSION}; {self.replies} replies, {self.inquiries} inquiries"
            )
        out.append(f"  backups: {len(self.backups)}")
        for b in self.backups[:12]:
            out.append(f"    {b['name']}  {'ok' if b['sound'] else 'FAILS its check'}")
        if not any(b["sound"] for b in self.backups):
            out.append("  no sound backup: run `borderdesk backup`")
        return out


def examine(path: Path) -> Report:
    report = Report(str(path), path.exists())
    report.backups = [
        {"name": b.name, "made": b.made.isoformat(), "reason": b.reason, "sound": is_sound(b.path)}
        for b in backups(path)
    ]
    if not report.exists:
        return report
    report.damage = diagnose(path)
    if report.damage:
        return report
    conn = open_read_only(path)
    try:
        report.integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        report.version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        report.replies = int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
        try:
            report.inquiries = int(conn.execute("SELECT count(*) FROM inquiries").fetchone()[0])
        except sqlite3.Error:
            report.inquiries = 0
    finally:
        conn.close()
    return report
