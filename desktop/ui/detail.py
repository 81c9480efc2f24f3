"""The reply pane: titles, English and Chinese side by side, when to use, and actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.countries import loaded_country_names
from desktop.core.library.entry import Entry
from desktop.core.library.placeholders import html_with_placeholders
from desktop.core.library.scenarios import scenarios
from desktop.ui.i18n import platform_names, tone_names
from desktop.ui.style import PLACEHOLDER_CSS


class DetailPane(QWidget):
    """Shows one entry; every button only emits a signal, the window does the work."""

    copyRequested = Signal(bool)  # chinese?
    favoriteRequested = Signal()
    editRequested = Signal()
    duplicateRequested = Signal()
    deleteRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, chinese_ui: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chinese_ui = chinese_ui
        self.entry: Entry | None = None
        self.title = QLabel()
        self.title.setObjectName("replyTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("replyMeta")
        self.meta.setWordWrap(True)
        self.english = QTextBrowser()
        self.chinese = QTextBrowser()
        for browser in (self.english, self.chinese):
            browser.document().setDefaultStyleSheet(PLACEHOLDER_CSS)
            browser.setOpenLinks(False)
        self.examples = QLabel()
        self.examples.setObjectName("replyExamples")
        self.examples.setWordWrap(True)
        self.copy_en = QPushButton(self.tr("Copy English"))
        self.copy_en.setObjectName("primary")
        self.copy_zh = QPushButton(self.tr("Copy Chinese"))
        self.favorite = QPushButton()
        self.edit = QPushButton(self.tr("Edit"))
        self.duplicate = QPushButton(self.tr("Duplicate as mine"))
        self.delete = QPushButton(self.tr("Delete"))
        self.restore = QPushButton(self.tr("Restore original"))

        texts = QGridLayout()
        texts.addWidget(QLabel(self.tr("English (sent to the buyer)")), 0, 0)
        texts.addWidget(QLabel(self.tr("Chinese (for you)")), 0, 1)
        texts.addWidget(self.english, 1, 0)
        texts.addWidget(self.chinese, 1, 1)
        actions = QHBoxLayout()
        for button in (self.favorite, self.edit, self.duplicate, self.restore, self.delete):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.copy_zh)
        actions.addWidget(self.copy_en)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(texts, 3)
        layout.addWidget(self.examples, 1)
        layout.addLayout(actions)

        self.copy_en.clicked.connect(lambda: self.copyRequested.emit(False))
        self.copy_zh.clicked.connect(lambda: self.copyRequested.emit(True))
        self.favorite.clicked.connect(self.favoriteRequested)
        self.edit.clicked.connect(self.editRequested)
        self.duplicate.clicked.connect(self.duplicateRequested)
        self.delete.clicked.connect(self.deleteRequested)
        self.restore.clicked.connect(self.restoreRequested)
        self.show_entry(None)

    def show_entry(self, entry: Entry | None) -> None:
        self.entry = entry
        buttons = (self.copy_en, self.copy_zh, self.favorite, self.edit, self.duplicate)
        for button in (*buttons, self.delete):
            button.setEnabled(entry is not None)
        self.restore.setVisible(entry is not None and entry.edited)
        if entry is None:
            self.title.setText(self.tr("Select a reply to see it here."))
            self.meta.setText("")
            self.examples.setText("")
            self.english.clear()
            self.chinese.clear()
            self.favorite.setText(self.tr("☆ Favourite"))
            return
        first, second = (entry.title_zh, entry.title_en)
        if not self._chinese_ui:
            first, second = second, first
        self.title.setText(f"<b>{html.escape(first)}</b>&nbsp;&nbsp;{html.escape(second)}")
        sc = scenarios().get(entry.scenario)
        scenario = (sc.zh if self._chinese_ui else sc.en) if sc else entry.scenario
        origin = (
            self.tr("built-in, edited")
            if entry.edited
            else self.tr("built-in")
            if entry.builtin
            else self.tr("my reply")
        )
        parts = [scenario, tone_names().get(entry.tone, entry.tone), origin]
        if entry.platforms:
            names = platform_names()
            only = ", ".join(names.get(p, p) for p in entry.platforms)
            parts.append(self.tr("for %1 only").replace("%1", only))
        if entry.countries:
            # codes until the background worker has read CLDR's names (reading them here
            # held up the first reply shown): the window shows the reply again then
            known = loaded_country_names() or {}
            parts.append(
                "◆ "
                + ", ".join(
                    (known[c].name_zh if self._chinese_ui else known[c].name_en)
                    if c in known
                    else c
                    for c in entry.countries
                )
            )
        if entry.uses:
            parts.append(self.tr("copied %n times", "", entry.uses))
        tags = "  ".join(f"#{t}" for t in entry.tags)
        meta = html.escape(" · ".join(parts))
        self.meta.setText(meta + (f"<br>{html.escape(tags)}" if tags else ""))
        self.english.setHtml(html_with_placeholders(entry.en))
        self.chinese.setHtml(html_with_placeholders(entry.zh))
        if entry.examples:
            items = "".join(f"<li>{html.escape(x)}</li>" for x in entry.examples)
            heading = self.tr("When buyers write")
            self.examples.setText(f"<b>{heading}</b><ul>{items}</ul>")
        else:
            self.examples.setText("")
        unfavourite, favourite = self.tr("★ Unfavourite"), self.tr("☆ Favourite")
        self.favorite.setText(unfavourite if entry.favorite else favourite)
