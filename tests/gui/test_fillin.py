"""Fill-in before copy: one field per placeholder, Tab between, Enter copies the filled text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import Library
from desktop.core.library.placeholders import date_text
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

TEMPLATE_EN = "Hi {buyer}, order {order} ships by {carrier} on {date}. {agent} of {shop}"
TEMPLATE_ZH = "{buyer}您好，订单{order}将于{date}由{carrier}发出。{shop}的{agent}"


def open_form(qtbot: QtBot, window: MainWindow, lib: Library) -> str:
    entry_id = lib.add("shipping.dispatch_time", TEMPLATE_EN, TEMPLATE_ZH, title_en="Quokka")
    qtbot.keyClicks(window.search, "quokka")
    assert window.current_entry() is not None
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.fill.isVisible()
    return entry_id


def test_form_has_one_field_per_blank_and_fills_automatic_ones(
    qtbot: QtBot, window: MainWindow, lib: Library, settings: Settings
) -> None:
    settings.set("agent_name", "Lily")
    settings.set("shop_name", "Sunny Gadgets")
    open_form(qtbot, window, lib)
    fields = window.fill.fields
    assert list(fields) == ["buyer", "order", "carrier", "date", "agent", "shop"]
    assert fields["agent"].text() == "Lily" and fields["shop"].text() == "Sunny Gadgets"
    assert fields["date"].text() == date_text(date.today())
    assert QApplication.focusWidget() is fields["buyer"]  # the first empty blank


def test_tab_moves_between_fields_and_enter_copies_exact_text(
    qtbot: QtBot, window: MainWindow, lib: Library, settings: Settings
) -> None:
    settings.set("agent_name", "Lily")
    settings.set("shop_name", "Sunny Gadgets")
    entry_id = open_form(qtbot, window, lib)
    fields = window.fill.fields
    qtbot.keyClicks(fields["buyer"], "Anna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields["order"]
    qtbot.keyClicks(fields["order"], "8123{x}")  # braces in a value stay literal
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(fields["carrier"], "{date} Post")
    with qtbot.waitSignal(window.copier.copied, timeout=2000):
        qtbot.keyClick(fields["carrier"], Qt.Key.Key_Return)
    today = date_text(date.today())
    assert QGuiApplication.clipboard().text() == (
        f"Hi Anna, order 8123{{x}} ships by {{date}} Post on {today}. Lily of Sunny Gadgets"
    )
    assert not window.fill.isVisible()
    assert lib.get(entry_id).uses == 1  # type: ignore[union-attr]


def test_buyer_name_is_remembered_for_the_session(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    open_form(qtbot, window, lib)
    window.fill.fields["buyer"].setText("Marta")
    window.fill.accept()
    window.search.clear()
    qtbot.keyClicks(window.search, "quokka")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.fill.fields["buyer"].text() == "Marta"


def test_escape_cancels_and_copies_nothing(qtbot: QtBot, window: MainWindow, lib: Library) -> None:
    QGuiApplication.clipboard().setText("before")
    open_form(qtbot, window, lib)
    qtbot.keyClick(window.fill.fields["buyer"], Qt.Key.Key_Escape)
    assert not window.fill.isVisible()
    assert QGuiApplication.clipboard().text() == "before"


def test_chinese_copy_fills_the_chinese_text(
    qtbot: QtBot, window: MainWindow, lib: Library
) -> None:
    lib.add("shipping.dispatch_time", TEMPLATE_EN, TEMPLATE_ZH, title_en="Quokka")
    qtbot.keyClicks(window.search, "quokka")
    qtbot.keyClick(window.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    window.fill.fields["buyer"].setText("安娜")
    window.fill.accept()
    assert QGuiApplication.clipboard().text().startswith("安娜您好，订单")


def test_signature_is_added_when_the_reply_has_no_sign_off(
    qtbot: QtBot, window: MainWindow, lib: Library, settings: Settings
) -> None:
    settings.set("signature", "Lily, Sunny Gadgets")
    lib.add(
        "closing.thanks", "Thanks for the wombat order!", "谢谢您的袋熊订单！", title_en="Wombat"
    )
    qtbot.keyClicks(window.search, "wombat")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert (
        QGuiApplication.clipboard().text() == "Thanks for the wombat order!\n\nLily, Sunny Gadgets"
    )
