"""Sitting beside another window: compact mode, on top, remembered state, settings, language."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs import SettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.window_state import COMPACT_WIDTH


def test_compact_mode_hides_tree_and_detail(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.state.is_compact()
    assert not window.tree.isVisible() and not window.detail.isVisible()
    assert window.search.isVisible() and window.results.isVisible()
    assert window.width() <= COMPACT_WIDTH + 40
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.tree.isVisible() and window.detail.isVisible()


def test_always_on_top_toggle(qtbot: QtBot, window: MainWindow) -> None:
    window.act_top.trigger()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.act_top.trigger()
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_mode_view_and_geometry_survive_a_restart(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.tree.setCurrentIndex(first.tree_model.index_of(("scenario", "payment.methods")))
    first.act_top.trigger()
    first.act_compact.trigger()
    first.resize(400, 700)
    first.close()
    second = make_window()
    assert second.state.is_compact() and second.act_top.isChecked()
    assert second.results_view.node == ("scenario", "payment.methods")
    assert {e.scenario for e in second.model.entries()} == {"payment.methods"}
    assert abs(second.height() - 700) < 60


def test_settings_dialog_saves_typed_values(qtbot: QtBot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.agent.setText("Lily")
    dialog.font_size.setValue(14)
    dialog.on_top.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.get("agent_name") == "Lily"
    assert settings.get("font_size") == 14 and settings.get("always_on_top") is True
    assert settings.get("ui_language") == "en"


def test_chinese_ui_is_translated_including_qt_dialogs(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("zh_CN")
    assert window.act_new.text() == "新建回复"
    assert window.detail.copy_en.text() == "复制英文"
    assert window.tree_model.index_of(("view", "favorites")).data().startswith("收藏")
    assert window.tree_model.index_of(("stage", "shipping")).data().startswith("物流")
    dialog = SettingsDialog(window.services.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    save = box.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[union-attr]
    assert save.text().replace("&", "").startswith("保存")


def test_english_ui_is_switchable(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window("en")
    assert window.act_new.text() == "New reply"
    assert window.tree_model.index_of(("stage", "shipping")).data().startswith("Shipping")


def test_language_change_from_settings_is_announced(qtbot: QtBot, window: MainWindow) -> None:
    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        other = "en" if window.services.settings.get("ui_language") == "zh_CN" else "zh_CN"
        dialog.language.setCurrentIndex(dialog.language.findData(other))
        dialog.accept()

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            choose(modal)
        else:
            QTimer.singleShot(20, handle)

    QTimer.singleShot(20, handle)
    with qtbot.waitSignal(window.languageChanged, timeout=3000):
        window.open_settings()


def test_help_lists_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    found: list[int] = []

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            table = modal.findChild(QTableWidget)
            found.append(table.rowCount() if table else 0)
            modal.reject()
        else:
            QTimer.singleShot(20, handle)

    QTimer.singleShot(20, handle)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert found and found[0] == len(window.shortcut_list()) >= 15


def test_font_size_setting_applies(qtbot: QtBot, make_window, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.set("font_size", 17)
    window = make_window()
    assert window.detail.english.font().pointSize() == 17
