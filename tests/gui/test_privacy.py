"""No buyer data in any file the app writes: a canary buyer name filled into a reply and a
canary buyer message pasted in, copied, logged and reported, then looked for in every file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.errors import LOG, setup_logging
from desktop.core.safety.backups import make_backup
from desktop.ui import log_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.report_panel import ReportPanel

CANARY_NAME = "Qzwvex Canaryname"
CANARY_MESSAGE = "my parcel to 77 Canarystreet never came, order qzwvex-canary-message"


def _variants(text: str) -> list[bytes]:
    words = [text, *text.split()]
    return [w.encode(enc) for w in words for enc in ("utf-8", "utf-16-le")] + [
        w.lower().encode("utf-8") for w in words
    ]


def test_no_buyer_data_in_any_file_the_app_writes(
    qtbot: QtBot,
    window: MainWindow,
    lib: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log_file = setup_logging(tmp_path / "logs" / "borderdesk.log")
    try:
        w = window
        w.set_country("US")
        w.focus_message()
        w.message.setPlainText(CANARY_MESSAGE)
        qtbot.wait(400)  # the message is read and replies suggested
        entry = next(
            e
            for e in lib.browse("shipping.tracking", 50)
            if set(e.placeholders) == {"buyer", "carrier", "tracking"}
        )
        QGuiApplication.clipboard().clear()
        w.copier.copy(entry)
        assert w.fill.isVisible()
        w.fill.fields["buyer"].setText(CANARY_NAME)
        w.fill.fields["carrier"].setText("YunExpress")
        w.fill.fields["tracking"].setText("YT2411000123456789")
        w.fill.accept()
        qtbot.waitUntil(lambda: CANARY_NAME in QGuiApplication.clipboard().text())
        assert lib.inquiry_total() == 1

        panel = w.panels.widgets["report"]
        assert isinstance(panel, ReportPanel)
        monkeypatch.setattr(log_dialog.LogDialog, "exec", lambda self: 1)
        panel.log_inquiry("shipping.tracking")
        qtbot.waitUntil(lambda: panel.report is not None and panel.report.total == 2)
        exports = tmp_path / "exports"
        exports.mkdir()
        for kind in ("pdf", "csv", "json"):
            panel.export_to(exports / f"week.{kind}", kind)
        assert lib.path is not None
        make_backup(lib.path, "manual")  # backups hold no buyer data either
        LOG.info("a line the app logs, to be sure the log file exists")
        w.close()
        w.services.settings.sync()
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        for handler in list(LOG.handlers):
            if isinstance(handler, logging.FileHandler) and handler.baseFilename == str(log_file):
                handler.close()
                LOG.removeHandler(handler)

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"lib.sqlite", "settings.ini", "borderdesk.log", "week.pdf", "week.csv"} <= names
    assert any(p.parent.parent.name == "backups" for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in _variants(CANARY_NAME) + _variants("qzwvex-canary-message"):
            assert canary not in data, f"{canary!r} found in {path.name}"
