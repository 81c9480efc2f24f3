"""The backups panel: Back up now (both runners), the list with each backup's check, and a
restore chosen in the window put in place at the next start, the replaced file kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.safety.backups import backups, make_backup
from desktop.core.safety.recovery import open_safely, restore_request
from desktop.ui import safety_panel
from desktop.ui.main_window import MainWindow
from desktop.ui.safety_panel import SafetyPanel


def panel_of(window: MainWindow) -> SafetyPanel:
    panel = window.panels.widgets["safety"]
    assert isinstance(panel, SafetyPanel)
    return panel


def test_back_up_now_lists_a_sound_backup(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    panel = panel_of(any_window)
    assert lib.path is not None and panel.report is None  # nothing checked until it is shown
    any_window.panels.set_open("safety", True)
    qtbot.waitUntil(lambda: panel.report is not None)
    panel.backup_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.item(0, 2).text() == "ok" and panel.model.item(0, 1).text() == "by hand"
    assert len(backups(lib.path)) == 1


def test_a_restore_chosen_in_the_window_happens_at_the_next_start(
    qtbot: QtBot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lib.path is not None
    path: Path = lib.path
    mine = lib.add("closing.thanks", "Kept in the backup", "备份里的")
    make_backup(path, "manual")
    lib.delete(mine)
    panel = panel_of(window)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    monkeypatch.setattr(
        safety_panel.QMessageBox,
        "question",
        lambda *_a: safety_panel.QMessageBox.StandardButton.Yes,
    )
    panel.restore_button.click()
    assert restore_request(path).exists()
    assert lib.get(mine) is None  # nothing changes under the open library
    lib.close()
    opened = open_safely(path)
    try:
        assert opened.restored == "asked" and opened.library.get(mine) is not None
        assert list(path.parent.glob("lib.sqlite.replaced-*"))
        assert not restore_request(path).exists()
    finally:
        opened.library.close()


def test_open_data_folder_opens_the_library_folder(
    window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        safety_panel.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    panel_of(window).folder_button.click()
    assert lib.path is not None and opened == [str(lib.path.parent)]


def test_a_restored_backup_brings_back_the_agents_settings(tmp_path: Path) -> None:
    from desktop.ui.app import App

    db, ini = tmp_path / "lib.sqlite", tmp_path / "settings.ini"
    app = App(str(db), ini)
    app.settings.set("agent_name", "Lily")
    app.settings.set("signature", "Lily, Sunny Gadgets")
    app.close()  # the agent's settings go into the library with the replies
    backup = make_backup(db, "manual")
    app = App(str(db), ini)
    app.settings.set("agent_name", "Someone else")
    app.settings.set("signature", "")
    restore_request(db).write_text(str(backup), encoding="utf-8")
    app.window.close()
    app.close()
    app = App(str(db), ini)
    try:
        assert app.settings.get("agent_name") == "Lily"
        assert app.settings.get("signature") == "Lily, Sunny Gadgets"
        assert app.notice is not None
    finally:
        app.window.close()
        app.close()


def test_the_import_dialog_previews_then_imports_with_a_backup_first(
    qtbot: QtBot, any_window: MainWindow, lib: Library, tmp_path: Path
) -> None:
    import json

    mine = lib.add("closing.thanks", "Our own thanks", "我们的谢谢")
    pack = tmp_path / "team.json"
    pack.write_text(
        json.dumps(
            {
                "format": "borderdesk-pack",
                "version": 1,
                "entries": [
                    {"id": mine, "scenario": "closing.thanks", "en": "Team thanks", "zh": "团队"},
                    {"scenario": "closing.thanks", "en": "Team welcome", "zh": "欢迎"},
                ],
            }
        ),
        encoding="utf-8",
    )
    dialog = panel_of(any_window).import_file(pack)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert "1 new" in dialog.preview.text() and "1 conflicting" in dialog.preview.text()
    assert lib.get(mine).en == "Our own thanks"  # type: ignore[union-attr]  # preview: nothing written
    dialog.choices["overwrite"].setChecked(True)
    qtbot.waitUntil(lambda: "1 to overwrite" in dialog.preview.text(), timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported, timeout=10000)
    assert lib.get(mine).en == "Team thanks"  # type: ignore[union-attr]
    assert lib.path is not None and [b.reason for b in backups(lib.path)] == ["import"]


def test_a_bad_pack_says_why_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, lib: Library, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("scenario,en,zh\nnope.nope,x,y\n", encoding="utf-8")
    before = lib.count()
    dialog = panel_of(window).import_file(bad)
    qtbot.addWidget(dialog)
    assert "line 2" in dialog.preview.text() and not dialog.import_button.isEnabled()
    assert lib.count() == before


def test_team_packs_merge_at_start_and_on_demand(
    qtbot: QtBot, make_window: object, lib: Library, tmp_path: Path
) -> None:
    from desktop.core.library.teampacks import export_team_pack, subscribe

    lead = open_safely(tmp_path / "lead.sqlite").library
    try:
        first = lead.add("closing.thanks", "Team thanks!", "团队致谢！")
        pack = tmp_path / "team.json"
        export_team_pack(lead, pack, [first], "Team", 1, "Li")
        subscribe(lib, pack)
        window = make_window(threaded=True)  # type: ignore[operator]
        qtbot.waitUntil(lambda: lib.get(first) is not None, timeout=10000)  # merged at start
        second = lead.add("closing.follow_up", "Team follow-up", "团队跟进")
        export_team_pack(lead, pack, [first, second], "Team", 2, "Li")
        panel = panel_of(window)
        panel.packs_button.click()
        qtbot.waitUntil(lambda: lib.get(second) is not None, timeout=10000)
        assert "pack:Team" in lib.get(second).tags  # type: ignore[union-attr]
    finally:
        lead.close()
