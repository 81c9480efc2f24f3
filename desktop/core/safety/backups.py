"""Backups of the library file: made with SQLite's backup API (a consistent copy while the app
runs), verified with ``integrity_check`` before they count, kept by a rotation (the last 10, one
a day for 7 days, one a week for 4 weeks), and restored without ever losing the file they
replace (it is moved aside first).

A backup is ``backups/<library>/library-<UTC time>-<reason>.sqlite`` beside the library.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.library.connection import READ_ONLY_CACHE_KIB, open_read_only

#: Rotation: the newest N, then the newest of each of the last days, then of the last weeks.
KEEP_LAST, KEEP_DAYS, KEEP_WEEKS = 10, 7, 4
_STAMP = "%Y%m%dT%H%M%S"
#: A database file and the files SQLite keeps beside it.
_SIDES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(library: Path) -> Path:
    """``backups/<library name>/`` beside the library: two libraries in one folder keep
    their backups apart."""
    return library.parent / "backups" / library.stem


def backups(library: Path) -> list[Backup]:
    """The library's backups, newest first."""
    found = []
    folder = backup_dir(library)
    for path in folder.glob("library-*.sqlite") if folder.is_dir() else ():
        parts = path.stem.split("-", 2)
        try:
            made = datetime.strptime(parts[1] + "+0000", _STAMP + "%z")  # UTC
        except (IndexError, ValueError):
            continue
        found.append(Backup(path, made, parts[2] if len(parts) > 2 else ""))
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def is_sound(path: Path) -> bool:
    """Whether a file is an SQLite database that passes ``integrity_check``."""
    try:
        conn = open_read_only(path)
        try:
            return [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def fingerprint(library: Path) -> str:
    """What the library holds, cheaply: changes since the last backup make a new one."""
    conn = open_read_only(library)
    try:
        digest = hashlib.sha256()
        # settings by content below: a setting saved again (INSERT OR REPLACE) gets a new
        # rowid with the same value, which is no change worth a backup
        for table in ("entries", "inquiries", "removed_builtins"):
            try:
                row = conn.execute(f"SELECT count(*), total(rowid) FROM {table}").fetchone()
            except sqlite3.Error:
                continue
            digest.update(repr((table, row)).encode())
        row = conn.execute("SELECT max(updated), total(uses), total(favorite) FROM entries")
        digest.update(repr(row.fetchone()).encode())
        digest.update(
            repr(conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()).encode()
        )
        return digest.hexdigest()
    finally:
        conn.close()


def make_backup(library: Path, reason: str = "manual", now: datetime | None = None) -> Path:
    """Copy the library with the backup API into ``backups/``, verify it, rotate; the path.

    A copy that fails ``integrity_check`` is deleted and OSError raised: a backup that does not
    pass never counts."""
    moment = now or datetime.now(UTC)
    folder = backup_dir(library)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"library-{moment.strftime(_STAMP)}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"library-{moment.strftime(_STAMP)}-{reason}{n}.sqlite"
    part = target.with_name(target.name + ".part")
    source = open_read_only(library)
    try:
        copy = sqlite3.connect(part)
        try:
            copy.execute(f"PRAGMA cache_size = -{READ_ONLY_CACHE_KIB}")  # written once
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no -wal
        finally:
            copy.close()
    finally:
        source.close()
    if not is_sound(part):
        part.unlink(missing_ok=True)
        raise OSError(f"the backup of {library.name} did not pass its check; nothing was kept")
    os.replace(part, target)
    rotate(library, moment)
    return target


def rotate(library: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep; the deleted paths."""
    moment = now or datetime.now(UTC)
    all_backups = backups(library)
    keep = {b.path for b in all_backups[:KEEP_LAST]}
    days: set[str] = set()
    weeks: set[tuple[int, int]] = set()
    for b in all_backups:  # newest first: the first seen of a day or week is kept
        if b.made >= moment - timedelta(days=KEEP_DAYS) and b.made.date().isoformat() not in days:
            days.add(b.made.date().isoformat())
            keep.add(b.path)
        week = b.made.isocalendar()[:2]
        if b.made >= moment - timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(b.path)
    gone = [b.path for b in all_backups if b.path not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def newest_sound(library: Path) -> Backup | None:
    """The newest backup that passes ``integrity_check``."""
    return next((b for b in backups(library) if is_sound(b.path)), None)


def set_aside(path: Path, label: str) -> Path | None:
    """Move a file (and its -wal and -shm) aside byte for byte as ``<name>.<label>-<time>``;
    the new path of the main file (None when there was none)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 1
    while any(path.with_name(f"{path.name}{s}.{label}-{stamp}").exists() for s in _SIDES):
        n += 1  # never over an earlier one set aside in the same second
        stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{n}"
    moved = None
    for suffix in _SIDES:
        part = path.with_name(path.name + suffix)
        if part.exists():
            target = part.with_name(f"{path.name}{suffix}.{label}-{stamp}")
            os.replace(part, target)
            if not suffix:
                moved = target
    return moved


def restore(library: Path, backup: Path | None = None) -> tuple[Path, Path | None]:
    """Put a backup (default: the newest sound one) in place of the library; the file it
    replaced is moved aside, never deleted. Returns (backup used, where the old file went)."""
    chosen = backup or (found.path if (found := newest_sound(library)) else None)
    if chosen is None:
        raise OSError("there is no backup that passes its check")
    if not is_sound(chosen):
        raise OSError(f"{chosen.name} does not pass its check; nothing was changed")
    staged = library.with_name(library.name + ".restoring")
    shutil.copyfile(chosen, staged)
    old = set_aside(library, "replaced")
    os.replace(staged, library)
    return chosen, old
