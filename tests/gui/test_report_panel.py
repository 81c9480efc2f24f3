"""The inquiry log and the weekly report in the window: logging by copy (both runners), by hand,
correcting the last entry, the panel, its exports and a team lead's merge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.report.log import InquiryLog
from desktop.core.report.weekly import build
from desktop.core.report.weeks import week_of
from desktop.ui import log_dialog, report_panel
from desktop.ui.main_window import MainWindow
from desktop.ui.report_panel import ReportPanel
from tests.gui.test_main_window import PLAIN_EN, PLAIN_ZH, commit_chinese, search_plain


def panel_of(window: MainWindow) -> ReportPanel:
    panel = window.panels.widgets["report"]
    assert isinstance(panel, ReportPanel)
    return panel


def find_plain(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    """Add a reply with no blanks and select it once its search answers (either runner)."""
    lib.add("closing.thanks", PLAIN_EN, PLAIN_ZH, title_en="Zebra thanks", title_zh="斑马致谢")
    qtbot.keyClicks(window.search, "zebra")
    qtbot.waitUntil(lambda: any(e.en == PLAIN_EN for e in window.model.entries()), timeout=5000)
    row = next(i for i, e in enumerate(window.model.entries()) if e.en == PLAIN_EN)
    window.results_view.select_row(row)


def copy_plain(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    window.copy_current()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == PLAIN_EN)


def test_copying_a_reply_logs_one_inquiry(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    w = any_window
    w.set_country("BR")
    find_plain(qtbot, w, lib)
    panel = panel_of(w)
    with qtbot.waitSignal(w.services.hub.inquiryLogged, timeout=5000):
        copy_plain(qtbot, w)
    entry = lib.last_inquiry()
    assert entry is not None
    assert (entry.scenario, entry.country, entry.platform) == ("closing.thanks", "BR", "aliexpress")
    assert entry.reply is not None and not entry.manual and entry.note == ""
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.total == 1)
    copy_plain(qtbot, w)  # the same scenario again within ten minutes: the same inquiry
    qtbot.wait(50)
    assert lib.inquiry_total() == 1
    assert "1" in panel.summary.text()


def test_logging_can_be_turned_off(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    window.services.settings.set("log_inquiries", False)
    search_plain(qtbot, window, lib)
    copy_plain(qtbot, window)
    assert lib.inquiry_total() == 0


def test_the_settings_dialog_turns_logging_off(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.ui.dialogs import SettingsDialog

    settings = window.services.settings
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.log_inquiries.isChecked()
    dialog.log_inquiries.setChecked(False)
    dialog.accept()
    assert settings.get("log_inquiries") is False


def _dialog_does(action: object) -> object:
    def exec_(self: log_dialog.LogDialog) -> int:
        return int(action(self))  # type: ignore[operator]

    return exec_


def test_log_by_hand_with_a_department_and_a_chinese_note(
    qtbot: QtBot, any_window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = any_window
    w.set_country("ES")
    panel = panel_of(w)

    def fill(dialog: log_dialog.LogDialog) -> bool:
        dialog.scenarios.setCurrentIndex(dialog.scenarios.findData("product.real_photos"))
        assert dialog.department == "product"  # the scenario's own department comes first
        dialog.departments.setCurrentIndex(dialog.departments.findData("warehouse"))
        dialog.note_edit.setFocus()
        commit_chinese(dialog.note_edit, "颜色色差，转仓库重拍")
        return True

    monkeypatch.setattr(log_dialog.LogDialog, "exec", _dialog_does(fill))
    with qtbot.waitSignal(w.services.hub.inquiryLogged, timeout=5000):
        panel.log_inquiry()
    entry = lib.last_inquiry()
    assert entry is not None and entry.manual
    assert (entry.scenario, entry.department, entry.note, entry.country) == (
        "product.real_photos",
        "warehouse",
        "颜色色差，转仓库重拍",
        "ES",
    )
    qtbot.waitUntil(lambda: "颜色色差" in panel.details.text())


def test_correct_then_delete_the_last_entry(
    qtbot: QtBot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    InquiryLog(lib).log("price.still_too_high", note="太贵")
    panel = panel_of(window)

    def change(dialog: log_dialog.LogDialog) -> bool:
        assert dialog.scenario == "price.still_too_high" and dialog.note == "太贵"
        dialog.departments.setCurrentIndex(dialog.departments.findData("sales"))
        return True

    monkeypatch.setattr(log_dialog.LogDialog, "exec", _dialog_does(change))
    panel.correct_last()
    last = lib.last_inquiry()
    assert last is not None and last.department == "sales"

    def delete(dialog: log_dialog.LogDialog) -> bool:
        dialog.findChild(log_dialog.QPushButton, "logDelete").click()
        return True

    monkeypatch.setattr(log_dialog.LogDialog, "exec", _dialog_does(delete))
    panel.correct_last()
    assert lib.last_inquiry() is None


def test_the_panel_shows_the_week_and_moves_between_weeks(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    log, week = InquiryLog(lib), week_of(__import__("time").time())
    start, _ = week.bounds()
    for n in range(3):
        log.log("shipping.delay", country="BR", at=start + n)
    log.log("shipping.delay", at=start - 100)
    panel = panel_of(any_window)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.total == 3)
    assert panel.table_model.rowCount() == 1
    assert (
        panel.table_model.item(0, 1).text() == "3" and panel.table_model.item(0, 3).text() == "+2"
    )
    assert panel.chart.rows == [("Shipping delayed", 3, 1)] or panel.chart.rows[0][1:] == (3, 1)
    panel.prev.click()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.week == week.previous().label)
    assert panel.report.total == 1
    panel.this_week.click()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.week == week.label)


def test_exports_and_a_colleagues_merge(
    qtbot: QtBot, any_window: MainWindow, lib: Library, tmp_path: Path
) -> None:
    log, week = InquiryLog(lib), week_of(__import__("time").time())
    log.log("customs.import_tax", "logistics", "巴西税费咨询变多", "BR", at=week.bounds()[0] + 60)
    panel = panel_of(any_window)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.total == 1)
    for kind in ("pdf", "csv", "json"):
        panel.export_to(tmp_path / f"r.{kind}", kind)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    colleague = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert colleague["total"] == 1 and colleague["notes"][0]["note"] == "巴西税费咨询变多"
    panel.merge_files([tmp_path / "r.json"])
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.agents == 2)
    assert panel.report.total == 2 and not panel.mine_button.isHidden()
    panel.only_mine()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.agents == 1)


def test_a_broken_colleague_file_is_said_and_adds_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(report_panel.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    broken = tmp_path / "team.json"
    broken.write_text("[1, 2", encoding="utf-8")
    panel = panel_of(window)
    panel.merge_files([broken])
    qtbot.waitUntil(lambda: bool(said))
    assert "team.json" in said[0] and panel.report is not None and panel.report.agents == 1


def test_cli_writes_the_pdf_without_a_window(lib: Library, tmp_path: Path) -> None:
    InquiryLog(lib).log("shipping.tracking", "logistics", "查件", "US")
    week = week_of(__import__("time").time()).label
    target = tmp_path / "week.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(lib.path),
            "report",
            "--week",
            week,
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"FontFile2" in data  # the fonts are embedded
    assert build(lib, week_of(__import__("time").time())).total == 1
