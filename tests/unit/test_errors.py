"""Failures are told apart (the user's environment or a bug) and logged with their traceback."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import pytest

from desktop.core import Library
from desktop.core.errors import LOG, kind_of, report, setup_logging


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), "locked"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read_only"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (sqlite3.DatabaseError("file is not a database"), "not_a_library"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (PermissionError(errno.EACCES, "Permission denied"), "read_only"),
        (KeyError("x"), "bug"),
        (sqlite3.OperationalError("no such column: foo"), "bug"),
    ],
)
def test_environmental_failures_are_told_apart_from_bugs(exc: BaseException, kind: str) -> None:
    assert kind_of(exc) == kind


def test_a_failed_task_leaves_its_traceback_in_the_log(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs" / "borderdesk.log")
    assert setup_logging(path) == path  # twice: still one handler for the file
    assert sum(1 for h in LOG.handlers if getattr(h, "baseFilename", "") == str(path)) == 1
    try:
        raise KeyError("entry my-123")
    except KeyError as exc:
        assert report("search", exc) == "bug"
    for handler in LOG.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "task search failed (bug)" in text and "Traceback" in text and "KeyError" in text
    for handler in list(LOG.handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            LOG.removeHandler(handler)
            handler.close()
    LOG.setLevel(logging.NOTSET)


def test_the_log_holds_events_and_ids_never_reply_text(
    lib: Library, caplog: pytest.LogCaptureFixture
) -> None:
    secret_en, secret_zh = "Dear Ms Quimby at 12 Elm Road, refund sent.", "昆比女士您好，退款已发。"
    with caplog.at_level(logging.INFO, logger=LOG.name):
        new_id = lib.add("aftersales.refund_request", secret_en, secret_zh, title_en="Quimby")
        lib.update(new_id, en=secret_en + " Thanks!")
        copy_id = lib.duplicate(new_id)
        lib.undelete(lib.delete(new_id))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for event in ("added", "edited", "duplicated", "deleted"):
        assert f"reply {event} {new_id}" in logged
    assert copy_id in logged
    for private in ("Quimby", "Elm Road", "昆比", "Thanks"):
        assert private not in logged
