"""Opening a library file's connection: refusing files that are not BorderDesk libraries or are
from a newer version before anything writes to them, then the connection's pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.library.schema import check_version

_SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: Path | None) -> sqlite3.Connection:
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
    # No memory map: mapped pages count in the process's RSS (searching 100,000 replies
    # mapped 195 MB with a 256 MB map, 47 MB with 32 MB), and reading through SQLite's own
    # small page cache is as fast here: search p95 per query class 1.3-2.5 ms without a map,
    # 1.3-2.3 ms with 32 MB, while the file pages the process holds fall from 45 to 14 MB.
    conn.execute("PRAGMA mmap_size = 0")
    if path is not None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


#: Page cache of a read-only connection, in KiB: they scan (a backup, its integrity check, a
#: fingerprint, the doctor), and a page read once need not stay. SQLite's default, 2,000 KiB
#: each, left ~4 MB in the process after the start backup.
READ_ONLY_CACHE_KIB = 256


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read the file (nothing is written, not even a journal)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:  # the pragma reads the header: a damaged file is refused here, its handle closed
        conn.execute(f"PRAGMA cache_size = -{READ_ONLY_CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def refuse_foreign(file: Path) -> None:
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
        probe = open_read_only(file)
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
