"""The inline fill-in form: one field per placeholder, Tab between them, Enter copies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.entry import Entry
from desktop.core.library.placeholders import PLACEHOLDERS, fill, html_with_placeholders
from desktop.ui.compliance_view import ComplianceWatcher, FindingsBar
from desktop.ui.style import PLACEHOLDER_CSS
from desktop.ui.tasks import TaskRunner


class FillInForm(QWidget):
    """Collects values for a reply's placeholders and emits the filled text."""

    filled = Signal(object, str, dict)  # entry, text, values
    cancelled = Signal()

    def __init__(
        self,
        chinese_ui: bool,
        platform: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        """``platform()``: the agent's platform, whose rules the preview is checked against;
        ``tasks``: where the first check runs while the checker is still being read."""
        super().__init__(parent)
        self.setObjectName("fillIn")
        self._chinese_ui = chinese_ui
        self.entry: Entry | None = None
        self.chinese = False
        self.fields: dict[str, QLineEdit] = {}
        self.heading = QLabel()
        self.heading.setObjectName("fillHeading")
        self.form = QFormLayout()
        self.preview = QTextBrowser()
        self.preview.setObjectName("fillPreview")
        self.preview.setMaximumHeight(120)
        self.preview.document().setDefaultStyleSheet(PLACEHOLDER_CSS)
        # blanks still empty show as {name} while the agent types: the form asks for them
        keep = ("unfilled_placeholder",)
        self.watcher = ComplianceWatcher(
            self.preview, platform, chinese_ui, ignore=keep, tasks=tasks
        )
        self.findings = FindingsBar(self.watcher, chinese_ui)
        self.copy = QPushButton(self.tr("Copy filled reply"))
        self.copy.setObjectName("primary")
        self.cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        self.copy.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        self.hide()

    def start(self, entry: Entry, chinese: bool, values: dict[str, str]) -> None:
        """Show the form for ``entry``; fields start with ``values`` (agent, shop, date ...)."""
        self.entry, self.chinese = entry, chinese
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.heading.setText(self.tr("Fill in the blanks, then press Enter to copy"))
        first_empty: QLineEdit | None = None
        for name in entry.placeholders:
            field = QLineEdit(values.get(name, ""))
            field.setObjectName(f"fill_{name}")
            field.setPlaceholderText("{" + name + "}")
            field.textChanged.connect(self._update_preview)
            field.installEventFilter(self)
            zh, en = PLACEHOLDERS[name][1], PLACEHOLDERS[name][0]
            self.form.addRow(zh if self._chinese_ui else en, field)
            self.fields[name] = field
            if first_empty is None and not field.text():
                first_empty = field
        self._update_preview()
        self.show()
        target = first_empty or next(iter(self.fields.values()), None)
        if target is not None:
            target.setFocus()
            target.selectAll()

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}

    def text(self) -> str:
        if self.entry is None:
            return ""
        return fill(self.entry.zh if self.chinese else self.entry.en, self.values())

    def _update_preview(self) -> None:
        self.preview.setHtml(html_with_placeholders(self.text()))

    def accept(self) -> None:
        if self.entry is not None:
            entry, text, values = self.entry, self.text(), self.values()
            self.hide()
            self.entry = None
            self.filled.emit(entry, text, values)

    def reject(self) -> None:
        self.hide()
        self.entry = None
        self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
        return super().eventFilter(watched, event)
