"""The compliance checker in the window: live underlining in the draft box, the fill-in preview
and the editor; the explanation on hover; one-click fixes; confirmation before copying."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.compliance.check import Finding, check
from desktop.ui import compliance_view
from desktop.ui.draft_panel import DraftPanel
from desktop.ui.editor import ReplyEditor
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.test_editing_gui import with_modal
from tests.gui.test_main_window import commit_chinese

RISKY_EN = "Thanks! I guarantee it will arrive by Friday, add me on WhatsApp."


def draft_panel(qtbot: QtBot, window: MainWindow) -> DraftPanel:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    panel = window.panels.widgets["draft"]
    assert isinstance(panel, DraftPanel)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.editor)
    return panel


def underlined(panel: DraftPanel) -> list[str]:
    """The words drawn with a wave underline, read from the document's layout."""
    doc, words = panel.editor.document(), []
    block = doc.begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                words.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return words


def test_draft_box_underlines_as_the_agent_types(qtbot: QtBot, window: MainWindow) -> None:
    panel = draft_panel(qtbot, window)
    assert "Nothing to check" in panel.summary.text()
    qtbot.keyClicks(panel.editor, RISKY_EN)
    assert "WhatsApp" in underlined(panel) and "guarantee" in underlined(panel)
    assert panel.bar.isVisible() and "punished" in panel.summary.text()
    panel.editor.clear()
    commit_chinese(panel.editor, "请加我微信 shop12345 详聊")  # typed through the input method
    assert any("微信" in w for w in underlined(panel))
    panel.editor.setPlainText("We usually ship within 48 hours after payment is verified.")
    assert underlined(panel) == [] and not panel.bar.isVisible()
    assert "No problem" in panel.summary.text()


def test_hover_explains_and_one_click_fixes(qtbot: QtBot, window: MainWindow) -> None:
    panel = draft_panel(qtbot, window)
    panel.editor.setPlainText("Write to lily@example.com please")
    finding = panel.watcher.findings[0]
    cursor = panel.editor.textCursor()
    cursor.setPosition(finding.start + 2)
    point = panel.editor.cursorRect(cursor).center()
    event = QHelpEvent(
        QEvent.Type.ToolTip, point, panel.editor.viewport().mapToGlobal(point) + QPoint(0, 0)
    )
    QApplication.sendEvent(panel.editor.viewport(), event)
    qtbot.waitUntil(lambda: "e-mail" in QToolTip.text())
    qtbot.mouseClick(panel.bar.fix_buttons[0], Qt.MouseButton.LeftButton)
    assert "@" not in panel.editor.toPlainText()
    assert panel.editor.toPlainText().startswith("Write to [removed")
    assert panel.watcher.findings == []


def test_copy_asks_before_copying_what_the_platform_punishes(
    qtbot: QtBot, any_window: MainWindow, lib: Library
) -> None:
    window = any_window
    lib.add("shipping.delivery_time", RISKY_EN, "谢谢！保证周五到货。", title_en="Okapi promise")
    qtbot.keyClicks(window.search, "okapi")
    qtbot.waitUntil(lambda: (window.current_entry() or lib.get("x")) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "Okapi" in (window.current_entry().title_en or ""), timeout=10_000)  # type: ignore[union-attr]
    QGuiApplication.clipboard().setText("untouched")

    def answer(button: QMessageBox.StandardButton) -> list[str]:
        def press(box: object) -> None:
            assert isinstance(box, QMessageBox)
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            assert "WhatsApp" in box.text() or "messenger" in box.text()
            box.button(button).click()

        return with_modal(qtbot, press)  # type: ignore[arg-type]

    errors = answer(QMessageBox.StandardButton.No)
    window.copy_current()
    assert errors == [] and QGuiApplication.clipboard().text() == "untouched"
    errors = answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.copier.copied, timeout=10_000):
        window.copy_current()
    assert errors == [] and QGuiApplication.clipboard().text() == RISKY_EN


def test_fill_in_preview_and_editor_are_checked(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    lib.add("closing.thanks", "Hi {buyer}, thanks!", "{buyer}，谢谢！", title_en="Tapir")
    qtbot.keyClicks(window.search, "tapir")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.fill.isVisible() and not window.fill.findings.isVisible()
    qtbot.keyClicks(window.fill.fields["buyer"], "Anna, text me on +44 7700 900123")
    assert window.fill.watcher.findings and window.fill.findings.isVisible()
    editor = ReplyEditor(False, platform=lambda: "amazon")
    qtbot.addWidget(editor)
    editor.en.setPlainText("Dear {buyer}, check out our new collection!")
    assert [f.family for f in editor.en_check.findings] == ["amazon_promotion"]  # {buyer}: fine


def test_a_check_before_the_checker_is_read_comes_from_the_worker(
    qtbot: QtBot, make_window: MakeWindow, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right after start-up the rules are not read yet: the fill-in form opens at once and the
    preview's findings arrive from the background worker; a text typed over meanwhile keeps
    only its own findings."""
    window = make_window(threaded=True)
    monkeypatch.setattr(compliance_view, "loaded", lambda: False)  # as at start-up
    lib.add("closing.thanks", "Hi {buyer}, thanks!", "{buyer}，谢谢！", title_en="Quagga")
    qtbot.keyClicks(window.search, "quagga")
    qtbot.waitUntil(lambda: "Quagga" in getattr(window.current_entry(), "title_en", ""))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.fill.isVisible()
    watcher, field = window.fill.watcher, window.fill.fields["buyer"]
    shown: list[list[Finding]] = []
    watcher.findingsChanged.connect(shown.append)
    field.setText("Anna, text me on +44 7700 900123")
    field.setText("Anna, add me on WhatsApp")  # typed over before the first result is back
    assert watcher.findings == []  # none yet: nothing is drawn where it may not hold
    qtbot.waitUntil(lambda: bool(watcher.findings), timeout=10_000)
    text = window.fill.preview.toPlainText()
    expected = [
        f for f in check(text, window.services.platform) if f.family != "unfilled_placeholder"
    ]
    assert watcher.findings == expected
    assert {f.family for f in expected} == {"off_platform"} and "+44" not in text
    assert not any(f.rule == "off_platform.phone" for found in shown for f in found)
    qtbot.waitUntil(window.fill.findings.isVisible)
