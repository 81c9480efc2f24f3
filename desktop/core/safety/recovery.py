"""Opening the library so that damage never spreads: a quick look at the file first; a damaged
one (bad header, truncated, corrupted pages, emptied) is moved aside byte for byte, the newest
sound backup put in its place, else a fresh library with the built-in replies; the user is
told in one sentence. A recovery cut short finishes on the next start (a marker file says
one is under way). Before a migration, and at start when something changed, a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.library import Library, open_library
from desktop.core.library.connection import open_read_only
from desktop.core.library.schema import SCHEMA_VERSION
from desktop.core.paths import default_db_path
from desktop.core.safety.backups import (
    backup_dir,
    backups,
    fingerprint,
    is_sound,
    make_backup,
    newest_sound,
    restore,
    set_aside,
)

_HEADER = b"SQLite format 3\x00"
#: What the user is told a damage is, by kind.
KINDS = {
    "bad_header": "its first bytes are not a database's",
    "truncated": "it is cut short",
    "corrupt": "some of its pages are broken",
    "emptied": "it is empty although it held data",
}


@dataclass(frozen=True)
class Opened:
    library: Library
    notice: str | None = None
    """One sentence for the user when the file had to be recovered."""
    damaged: Path | None = None
    """Where the damaged file was moved."""
    kind: str | None = None
    """The damage found (a key of :data:`KINDS`)."""
    restored: str | None = None
    """The backup restored (its UTC time), or "fresh" for a new library."""


def diagnose(path: Path) -> str | None:
    """The kind of damage (a key of :data:`KINDS`), or None for a sound or missing file."""
    if not path.exists():
        return None
    size = path.stat().st_size
    if size == 0:
        return "emptied" if backups(path) else None
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(_HEADER[: len(head)]) or len(head) < len(_HEADER):
        return "bad_header" if head[: len(_HEADER)] != _HEADER else "truncated"
    if len(head) < 100:
        return "truncated"
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    if page < 512 or size % page or (pages and size < pages * page and not _has_wal(path)):
        return "truncated"
    try:
        conn = open_read_only(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "corrupt"
    return None if rows == ["ok"] else "corrupt"


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _ours(path: Path) -> bool:
    """A file we may recover: the default library, or one we have made backups of (a --db
    pointing at some other program's file is refused as before, and left untouched)."""
    return path.resolve() == default_db_path().resolve() or bool(backups(path))


def restore_request(path: Path) -> Path:
    """The file a window writes to have a backup restored at the next start (the library is
    open while the window runs, so it is not replaced under it)."""
    return path.with_name(path.name + ".restore-request")


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".recovering")


def _recover(path: Path, kind: str) -> tuple[Path | None, str]:
    """Move the damaged file aside and put the newest sound backup (or nothing: a fresh
    library is made on open) in its place; (where it went, what was restored)."""
    marker = _marker(path)
    marker.write_text(kind, encoding="utf-8")  # an interrupted recovery resumes from here
    damaged = set_aside(path, "damaged") if path.exists() else None
    good = newest_sound(path)
    restored = "fresh"
    if good is not None:
        restore(path, good.path)  # nothing left to set aside: the damaged file has gone
        restored = good.made.strftime("%Y-%m-%d %H:%M UTC")
    marker.unlink(missing_ok=True)
    return damaged, restored


def open_safely(path: Path | None = None) -> Opened:
    """Open the library, recovering a damaged file first (the window then calls
    :func:`start_backup` on a background thread, after its first paint)."""
    path = Path(path) if path is not None else default_db_path()
    notice, damaged, restored = None, None, None
    asked = restore_request(path)
    if asked.exists():  # the agent chose a backup in the window: it goes in before opening
        chosen = Path(asked.read_text(encoding="utf-8").strip())
        try:
            _, old = restore(path, chosen)
            restored = "asked"
            notice = f"The backup {chosen.name} was restored as you asked; the file it "
            notice += f"replaced is kept as {old}." if old else "replaced is gone."
        except OSError as exc:
            notice = f"The backup you chose was not restored: {exc}"
        asked.unlink(missing_ok=True)
    kind = diagnose(path)
    if _marker(path).exists():  # a recovery was cut short: finish it
        kind = kind or _marker(path).read_text(encoding="utf-8").strip() or "corrupt"
        if path.exists() and is_sound(path) and diagnose(path) is None:
            kind = None
            _marker(path).unlink(missing_ok=True)
    if kind and _ours(path):
        damaged, restored = _recover(path, kind)
        what = KINDS.get(kind, "it is damaged")
        where = f" It was moved to {damaged}." if damaged else ""
        if restored == "fresh":
            notice = (
                f"The library file could not be read ({what}).{where} No sound backup was "
                "found, so a fresh library with the built-in replies was created."
            )
        else:
            notice = (
                f"The library file could not be read ({what}).{where} The backup of "
                f"{restored} was restored."
            )
    if path.exists() and path.stat().st_size and _version(path) < SCHEMA_VERSION:
        make_backup(path, "migration")  # a migration never runs without one
    library = open_library(path)
    return Opened(library, notice, damaged, kind if damaged or kind else None, restored)


def _version(path: Path) -> int:
    try:
        conn = open_read_only(path)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return SCHEMA_VERSION  # not ours to migrate: open_library says why


def start_backup(path: Path) -> Path | None:
    """A backup at start, only when the library changed since the last one (the backup and
    its check read the whole file: seconds for a large library, so never before the first
    paint)."""
    stamp = backup_dir(path) / "last.fingerprint"
    now = fingerprint(path)
    if stamp.exists() and stamp.read_text(encoding="utf-8") == now and backups(path):
        return None
    made = make_backup(path, "start")
    stamp.write_text(now, encoding="utf-8")
    return made
