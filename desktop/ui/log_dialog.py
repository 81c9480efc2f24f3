"""Logging an inquiry by hand ("Log an inquiry"), or correcting the last one: scenario, department
(the scenario's by default) and a short note of the agent's own, never the buyer's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.inquiries import Inquiry
from desktop.core.library.scenarios import STAGES, scenarios
from desktop.core.report.departments import default_department, departments
from desktop.core.report.log import NOTE_LIMIT


class LogDialog(QDialog):
    """New entry (``inquiry`` None) or a correction of ``inquiry``; the caller stores it.

    After ``exec()``: ``scenario``, ``department``, ``note`` hold the choice; ``deleted`` is
    True when the agent deleted the entry being corrected."""

    def __init__(
        self, chinese: bool, inquiry: Inquiry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.deleted = False
        self.setWindowTitle(
            self.tr("Correct the last entry") if inquiry else self.tr("Log an inquiry")
        )
        self.scenarios = QComboBox()
        self.scenarios.setObjectName("logScenario")
        self.scenarios.setEditable(True)  # type to find a scenario
        self.scenarios.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for s in scenarios().values():
            stage = STAGES[s.stage][0 if chinese else 1]
            self.scenarios.addItem(f"{stage} · {s.zh if chinese else s.en}", s.id)
        self.departments = QComboBox()
        self.departments.setObjectName("logDepartment")
        for dept in departments().values():
            self.departments.addItem(dept.name(chinese), dept.id)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("logNote")
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText(
            self.tr("Your own words, e.g. colour differs from photo, passed to purchasing")
        )
        hint = QLabel(self.tr("Never the buyer's message or name."))
        hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Scenario"), self.scenarios)
        form.addRow(self.tr("Department"), self.departments)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if inquiry is not None:
            delete = QPushButton(self.tr("Delete entry"))
            delete.setObjectName("logDelete")
            buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.scenarios.currentIndexChanged.connect(self._follow_scenario)
        if inquiry is not None:
            self._select(self.scenarios, inquiry.scenario)
            self._select(self.departments, inquiry.department)
            self.note_edit.setText(inquiry.note)
        else:
            self._follow_scenario()
        self.scenarios.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    @property
    def scenario(self) -> str:
        return str(self.scenarios.currentData())

    @property
    def department(self) -> str:
        return str(self.departments.currentData())

    @property
    def note(self) -> str:
        return self.note_edit.text().strip()

    def select_scenario(self, scenario: str) -> None:
        """Start from ``scenario`` (the one the agent is looking at)."""
        self._select(self.scenarios, scenario)

    def _follow_scenario(self) -> None:
        """A new scenario brings its default department."""
        self._select(self.departments, default_department(self.scenario))

    def _delete(self) -> None:
        self.deleted = True
        self.accept()

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)
