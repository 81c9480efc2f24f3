"""The reply editor: add a reply of my own, or edit one (a built-in keeps the user's text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.entry import Entry, EntryError, validate_entry
from desktop.core.library.placeholders import PLACEHOLDERS
from desktop.core.library.scenarios import scenarios
from desktop.core.search.text import split_list
from desktop.ui.compliance_view import ComplianceWatcher, FindingsBar
from desktop.ui.i18n import tone_names


class ReplyEditor(QDialog):
    """Collects and validates the fields of a reply; the caller saves them."""

    def __init__(
        self,
        chinese_ui: bool,
        entry: Entry | None = None,
        scenario: str | None = None,
        parent: QWidget | None = None,
        platform: Callable[[], str | None] = lambda: None,
    ) -> None:
        """``platform()``: the agent's platform, whose rules the texts are checked against."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit reply") if entry else self.tr("New reply"))
        self.resize(640, 640)
        self.scenario = QComboBox()
        for sc in scenarios().values():
            label = sc.zh if chinese_ui else sc.en
            self.scenario.addItem(f"{label}  [{sc.id}]", sc.id)
        self.tone = QComboBox()
        for key, label in tone_names().items():
            self.tone.addItem(label, key)
        self.tone.setCurrentIndex(self.tone.findData("friendly"))  # a new reply's tone
        self.title_en = QLineEdit()
        self.title_zh = QLineEdit()
        self.en = QPlainTextEdit()
        self.zh = QPlainTextEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, English or Chinese"))
        self.examples = QPlainTextEdit()
        self.examples.setPlaceholderText(self.tr("one buyer message per line"))
        self.examples.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        names = " ".join("{" + p + "}" for p in PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", names))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Tone"), self.tone)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh)
        # a template's {placeholders} are meant: the other rules are checked as you type
        keep = ("unfilled_placeholder",)
        self.en_check = ComplianceWatcher(self.en, platform, chinese_ui, ignore=keep)
        self.zh_check = ComplianceWatcher(self.zh, platform, chinese_ui, ignore=keep)
        form.addRow(self.tr("English reply"), self.en)
        form.addRow("", FindingsBar(self.en_check, chinese_ui))
        form.addRow(self.tr("Chinese translation"), self.zh)
        form.addRow("", FindingsBar(self.zh_check, chinese_ui))
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Buyer messages"), self.examples)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if entry is not None:
            self._load(entry)
        elif scenario:
            self.scenario.setCurrentIndex(max(0, self.scenario.findData(scenario)))

    def _load(self, e: Entry) -> None:
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(e.scenario)))
        self.tone.setCurrentIndex(max(0, self.tone.findData(e.tone)))
        self.title_en.setText(e.title_en)
        self.title_zh.setText(e.title_zh)
        self.en.setPlainText(e.en)
        self.zh.setPlainText(e.zh)
        self.tags.setText(", ".join(e.tags))
        self.examples.setPlainText("\n".join(e.examples))

    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments for ``Library.add`` / ``Library.update``."""
        tags = split_list(self.tags.text())
        examples = [x.strip() for x in self.examples.toPlainText().splitlines() if x.strip()]
        return {
            "scenario": self.scenario.currentData(),
            "tone": self.tone.currentData(),
            "title_en": self.title_en.text().strip(),
            "title_zh": self.title_zh.text().strip(),
            "en": self.en.toPlainText().strip(),
            "zh": self.zh.toPlainText().strip(),
            "tags": tuple(tags),
            "examples": tuple(examples),
        }

    def accept(self) -> None:
        try:
            validate_entry(Entry(id="new", **self.values()))
        except EntryError as exc:
            self.error.setText(self.tr("Please fix: %1").replace("%1", str(exc)))
            return
        super().accept()
