"""Compliance findings shown where the agent writes: risky words underlined live (red for what
the platform punishes, orange for a warning), the explanation on hover, and a bar listing the
findings with a one-click fix where one exists.

The check is pure Python and takes about a millisecond, so it runs on the GUI thread as the
text changes, like the quotation's arithmetic; nothing here touches the library. Only the
first check after start-up, which reads the rules and the model (~0.15 s), runs on the
background worker when a watcher has one, so a reply copied at once opens its form at once.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core.compliance.check import Finding, check, loaded
from desktop.ui.tasks import TaskRunner

COLOURS = {"error": QColor("#d93025"), "warning": QColor("#e37400")}
Editor = QPlainTextEdit | QTextEdit


def finding_text(finding: Finding, chinese: bool) -> str:
    """What a finding says, and what to do, in the UI language."""
    if chinese:
        return f"{finding.message_zh} {finding.fix_zh}"
    return f"{finding.message_en} {finding.fix_en}"


class ComplianceHighlighter(QSyntaxHighlighter):
    """Underlines the findings of the whole document (they may span lines)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        for f in self.findings:
            if f.end <= start or f.start >= end:
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(COLOURS[f.severity])
            if f.severity == "error":
                fmt.setBackground(QColor("#fde7e6"))
            first = max(f.start, start) - start
            self.setFormat(first, min(f.end, end) - start - first, fmt)


class ComplianceWatcher(QObject):
    """Checks an editor's text as it changes; ``findingsChanged`` carries the findings."""

    findingsChanged = Signal(list)

    def __init__(
        self,
        editor: Editor,
        platform: Callable[[], str | None],
        chinese: bool,
        ignore: tuple[str, ...] = (),
        tasks: TaskRunner | None = None,
    ) -> None:
        """``ignore``: families not shown here (a template's own {placeholders}); ``tasks``:
        where a check runs while the checker is still being read (None: here, waiting)."""
        super().__init__(editor)
        self.editor, self._platform, self._chinese = editor, platform, chinese
        self._ignore, self._tasks = ignore, tasks
        self.highlighter = ComplianceHighlighter(editor.document())
        self._checked: tuple[str, str | None] | None = None
        editor.textChanged.connect(self.recheck)
        editor.viewport().installEventFilter(self)
        self.recheck()

    @property
    def findings(self) -> list[Finding]:
        return self.highlighter.findings

    def recheck(self) -> None:
        text, platform = self.editor.toPlainText(), self._platform()
        if (text, platform) == self._checked:
            return  # a format change, not a text change
        self._checked = key = (text, platform)
        if self._tasks is not None and self._tasks.threaded and not loaded():
            if self.findings:  # their places may not hold in the new text
                self._show([])

            def done(found: list[Finding]) -> None:
                if self._checked == key and isValid(self.highlighter):  # not typed over
                    self._show(found)

            self._tasks.submit(lambda: check(text, platform), done, background=True)
            return
        self._show(check(text, platform))

    def _show(self, found: list[Finding]) -> None:
        findings = [f for f in found if f.family not in self._ignore]
        self.highlighter.set_findings(findings)
        self.findingsChanged.emit(findings)

    def finding_at(self, position: int) -> Finding | None:
        return next((f for f in self.findings if f.start <= position < f.end), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.editor.cursorForPosition(event.pos()).position()
            found = self.finding_at(position)
            if found is not None:
                QToolTip.showText(event.globalPos(), finding_text(found, self._chinese))
                return True
        return super().eventFilter(watched, event)

    def apply_fix(self, finding: Finding) -> None:
        """Replace the finding's words with its fix (editable editors only)."""
        if finding.replace is None or self.editor.isReadOnly():
            return
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(finding.replace)


class FindingsBar(QWidget):
    """The findings of one watcher, each with its fix button; hidden when the text is clean."""

    def __init__(self, watcher: ComplianceWatcher, chinese: bool) -> None:
        super().__init__()
        self.setObjectName("findingsBar")
        self._watcher, self._chinese = watcher, chinese
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self.fix_buttons: list[QPushButton] = []
        watcher.findingsChanged.connect(self.show_findings)
        self.show_findings(watcher.findings)

    def show_findings(self, findings: list[Finding]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.fix_buttons = []
        shown = {f.rule: f for f in reversed(findings)}  # one line per rule, its first place
        for f in sorted(shown.values(), key=lambda f: f.start):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = self.tr("Punished:") if f.severity == "error" else self.tr("Check:")
            label = QLabel(f"<b>{mark}</b> {html.escape(finding_text(f, self._chinese))}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {COLOURS[f.severity].name()}")
            line.addWidget(label, 1)
            if f.replace is not None and not self._watcher.editor.isReadOnly():
                button = QPushButton(self.tr("Fix"))
                button.setToolTip(self.tr("Replace with: %1").replace("%1", f.replace))
                button.clicked.connect(lambda _c=False, f=f: self._watcher.apply_fix(f))
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.fix_buttons.append(button)
            self._layout.addWidget(row)
        self.setVisible(bool(findings))
