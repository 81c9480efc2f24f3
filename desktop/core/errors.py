"""What went wrong, as a code the UI words in the user's language, and where it is logged.

Failures of the user's environment (a locked, read-only or full disk, a file that is not a
library) are told apart from bugs: the first the agent can act on, the second they report.
The log is a rotating file in the user data folder; it holds event types, ids and tracebacks,
never reply text or buyer messages (exception messages of our own code name ids only).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from desktop.core.paths import APP_NAME

LOG = logging.getLogger("borderdesk")
#: The problems a user can act on; anything else is a ``bug``.
KINDS = ("locked", "read_only", "disk_full", "not_a_library", "bug")


def log_path() -> Path:
    """``borderdesk.log`` in the user log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "borderdesk.log"


def setup_logging(path: Path | None = None, *, debug: bool = False) -> Path:
    """Log to a rotating file (3 × 1 MB); with ``debug`` also to stderr. Returns the file."""
    path = path or log_path()
    for existing in LOG.handlers:
        if isinstance(existing, RotatingFileHandler) and existing.baseFilename == str(path):
            return path  # already set up (a second window, a second command)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(handler)
    if debug:
        LOG.addHandler(logging.StreamHandler())
    LOG.setLevel(logging.DEBUG if debug else logging.INFO)
    return path


def kind_of(exc: BaseException) -> str:
    """Which of :data:`KINDS` an exception is."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return "locked"
        if "readonly" in text or "read-only" in text:
            return "read_only"
        if "disk is full" in text or "disk full" in text:
            return "disk_full"
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in text:
        return "not_a_library"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "disk_full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read_only"
    return "bug"


def report(task: str, exc: BaseException) -> str:
    """Log a failed task with its traceback; return its kind."""
    kind = kind_of(exc)
    LOG.error("task %s failed (%s)", task, kind, exc_info=exc)
    return kind
