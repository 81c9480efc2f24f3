"""Settings and the keyboard-shortcut help."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.countries import is_country
from desktop.core.search.text import split_list
from desktop.ui.i18n import tone_names
from desktop.ui.settings import Settings, languages

_SHIFT_RE = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-4]):[0-5]\d$")


class SettingsDialog(QDialog):
    """Edits the user settings; nothing is stored until Save."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.agent = QLineEdit(settings.get("agent_name"))
        self.shop = QLineEdit(settings.get("shop_name"))
        self.signature = QPlainTextEdit(settings.get("signature"))
        self.signature.setMaximumHeight(70)
        self.language = QComboBox()
        for code, name in languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui_language"))))
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 24)
        self.font_size.setSpecialValueText(self.tr("system default"))
        self.font_size.setValue(settings.get("font_size"))
        self.tone = QComboBox()
        for key, label in {"": self.tr("no preference"), **tone_names()}.items():
            self.tone.addItem(label, key)
        self.tone.setCurrentIndex(max(0, self.tone.findData(settings.get("default_tone"))))
        self.on_top = QCheckBox(self.tr("Keep the window on top"))
        self.on_top.setChecked(settings.get("always_on_top"))
        self.pinned = QLineEdit(settings.get("pinned_countries"))
        self.pinned.setPlaceholderText("US,BR,RU,ES,GB")
        self.shift = QLineEdit(settings.get("agent_shift"))
        self.shift.setPlaceholderText("09:00-18:00")
        self.tray = QCheckBox(self.tr("Show an icon in the system tray"))
        self.tray.setChecked(settings.get("tray_icon"))
        self.log_inquiries = QCheckBox(
            self.tr("Log an inquiry when I copy a reply (weekly report)")
        )
        self.log_inquiries.setChecked(settings.get("log_inquiries"))
        form = QFormLayout()
        form.addRow(self.tr("Agent name {agent}"), self.agent)
        form.addRow(self.tr("Shop name {shop}"), self.shop)
        form.addRow(self.tr("Signature"), self.signature)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Reply font size"), self.font_size)
        form.addRow(self.tr("Preferred tone"), self.tone)
        form.addRow(self.tr("Countries on the clock"), self.pinned)
        form.addRow(self.tr("My shift (Beijing time)"), self.shift)
        form.addRow("", self.on_top)
        form.addRow("", self.tray)
        form.addRow("", self.log_inquiries)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        pinned = [c.upper() for c in split_list(self.pinned.text())]
        unknown = [c for c in pinned if c and not is_country(c)]
        if unknown or not _SHIFT_RE.match(self.shift.text().strip()):
            problem = (
                self.tr("Unknown country code: %1").replace("%1", ", ".join(unknown))
                if unknown
                else self.tr("Shift: write it as 09:00-18:00")
            )
            self.error.setText(problem)
            return
        s = self._settings
        s.set("pinned_countries", ",".join(c for c in pinned if c))
        s.set("agent_shift", self.shift.text().strip())
        s.set("agent_name", self.agent.text().strip())
        s.set("shop_name", self.shop.text().strip())
        s.set("signature", self.signature.toPlainText().strip())
        s.set("ui_language", self.language.currentData())
        s.set("font_size", self.font_size.value())
        s.set("default_tone", self.tone.currentData())
        s.set("always_on_top", self.on_top.isChecked())
        s.set("tray_icon", self.tray.isChecked())
        s.set("log_inquiries", self.log_inquiries.isChecked())
        s.sync()
        super().accept()


class ShortcutHelp(QDialog):
    """Lists every keyboard shortcut (F1)."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(shortcuts), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(520, 480)
