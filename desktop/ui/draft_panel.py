"""The "check a draft" panel: paste a reply you wrote yourself and see, before sending it,
what the platforms punish in it (underlined live, explained on hover, fixed in one click where
a fix exists)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.compliance.check import Finding
from desktop.ui.compliance_view import ComplianceWatcher, FindingsBar
from desktop.ui.services import Services


class DraftPanel(QWidget):
    """A box for the agent's own draft, checked as they type."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("draft")
        self.editor.setPlaceholderText(
            self.tr(
                "Paste or write a reply here: what the platforms punish is underlined, "
                "with the reason and a fix."
            )
        )
        self.watcher = ComplianceWatcher(
            self.editor, lambda: services.platform, services.chinese, tasks=services.tasks
        )
        self.bar = FindingsBar(self.watcher, services.chinese)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        self.setFocusProxy(self.editor)
        self.watcher.findingsChanged.connect(self._summarise)
        self._summarise(self.watcher.findings)

    def _summarise(self, findings: list[Finding]) -> None:
        if not self.editor.toPlainText().strip():
            self.summary.setText(self.tr("Nothing to check yet."))
        elif not findings:
            self.summary.setText(self.tr("No problem found for your platform."))
        else:
            rules = {f.rule: f.severity for f in findings}  # a rule found twice is one problem
            errors = sum(severity == "error" for severity in rules.values())
            text = self.tr("%1 problems, %2 of them punished by the platform.")
            self.summary.setText(text.replace("%1", str(len(rules))).replace("%2", str(errors)))
