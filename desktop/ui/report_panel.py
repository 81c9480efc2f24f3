"""The weekly report panel: this week's inquiries beside last week's, the chart, each scenario,
the departments with the agents' notes, rising scenarios and countries; logging by hand
(Ctrl+G), correcting the last entry, exports and a team lead's merge of colleagues' reports."""

from __future__ import annotations

import html
import time
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.scenarios import scenarios
from desktop.core.report.exports import (
    department_name,
    read_json,
    scenario_name,
    stage_name,
    write_csv,
    write_json,
)
from desktop.core.report.log import InquiryLog
from desktop.core.report.weekly import WeeklyReport, build, merge
from desktop.core.report.weeks import DEFAULT_ZONE, ZONE_SETTING, Week, week_of
from desktop.ui.log_dialog import LogDialog
from desktop.ui.report_chart import BarChart
from desktop.ui.report_pdf import write_pdf
from desktop.ui.services import Services

#: Scenarios in the chart.
CHART_ROWS = 8


class ReportPanel(QWidget):
    """One week's report; ``report`` is what is on screen (merged with colleagues' if any)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._chinese = services, services.chinese
        self._log = InquiryLog(services.library)
        self._zone = DEFAULT_ZONE
        self._country = str(services.settings.get("buyer_country"))
        self.week: Week = week_of(time.time(), self._zone)
        self.report: WeeklyReport | None = None
        self._merged: list[WeeklyReport] = []
        self.prev, self.next = QPushButton("◀"), QPushButton("▶")
        self.prev.setToolTip(self.tr("Previous week"))
        self.next.setToolTip(self.tr("Next week"))
        self.this_week = QPushButton(self.tr("This week"))
        self.title = QLabel()
        self.title.setObjectName("reportWeek")
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.chart = BarChart()
        self.table_model = QStandardItemModel(0, 4, self)
        self.table = QTableView()
        self.table.setObjectName("reportScenarios")
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.details = QLabel()
        self.details.setObjectName("reportDetails")
        self.details.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log an inquiry"))
        self.log_button.setObjectName("primary")
        self.correct_button = QPushButton(self.tr("Correct the last entry"))
        self.exports = {
            kind: QPushButton(label)
            for kind, label in (("pdf", "PDF"), ("csv", "CSV"), ("json", "JSON"))
        }
        self.merge_button = QPushButton(self.tr("Add colleagues' reports…"))
        self.mine_button = QPushButton(self.tr("Only my log"))
        self._layout()
        self.prev.clicked.connect(lambda: self.show_week(self.week.previous()))
        self.next.clicked.connect(lambda: self.show_week(self.week.next()))
        self.this_week.clicked.connect(lambda: self.show_week(week_of(time.time(), self._zone)))
        self.log_button.clicked.connect(self.log_inquiry)
        self.correct_button.clicked.connect(self.correct_last)
        for kind, button in self.exports.items():
            button.clicked.connect(lambda _c=False, k=kind: self._ask_export(k))
        self.merge_button.clicked.connect(self._ask_merge)
        self.mine_button.clicked.connect(self.only_mine)
        hub = services.hub
        hub.inquiryLogged.connect(self.refresh)
        hub.countryChanged.connect(self._set_country)
        self.setFocusProxy(self.log_button)
        services.tasks.submit(
            lambda: str(services.library.get_setting(ZONE_SETTING, DEFAULT_ZONE)), self._set_zone
        )

    def _layout(self) -> None:
        nav = QHBoxLayout()
        for widget in (self.prev, self.title, self.next):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.this_week)
        actions = QHBoxLayout()
        actions.addWidget(self.log_button)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(QLabel(self.tr("Export:")))
        for button in self.exports.values():
            files.addWidget(button)
        files.addStretch(1)
        files.addWidget(self.merge_button)
        files.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addLayout(files)

    # -- the week on screen ------------------------------------------------------------------
    def _set_zone(self, zone: str) -> None:
        self._zone = zone
        self.show_week(week_of(time.time(), zone))

    def _set_country(self, code: str) -> None:
        self._country = code

    def show_week(self, week: Week) -> None:
        if week.label != self.week.label:
            self._merged = []
        self.week = week
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the report on the worker (the log may have changed)."""
        lib, week = self._services.library, self.week
        self._services.tasks.submit(lambda: build(lib, week), self._show)

    def _show(self, mine: WeeklyReport) -> None:
        if mine.week != self.week.label:
            return  # an answer for a week the agent has already left
        report = merge([mine, *self._merged]) if self._merged else mine
        self.report = report
        self.title.setText(f"{report.week}  {report.start} – {report.end}")
        self.summary.setText(self._summary(report))
        rows = report.by_scenario[:CHART_ROWS]
        self.chart.set_rows(
            [(self._short(r.scenario), r.count, r.previous) for r in rows if r.count or r.previous]
        )
        self._fill_table(report)
        self.details.setText(self._details(report))
        self.mine_button.setVisible(bool(self._merged))
        for button in self.exports.values():
            button.setEnabled(True)

    def _summary(self, report: WeeklyReport) -> str:
        if not report.total and not report.previous_total:
            return self.tr(
                "No inquiries logged this week. Copying a reply logs one; Ctrl+G logs one by hand."
            )
        change = report.total - report.previous_total
        text = self.tr("%1 inquiries this week, %2 the week before (%3)")
        text = text.replace("%1", str(report.total)).replace("%2", str(report.previous_total))
        text = text.replace("%3", f"{change:+d}")
        if report.agents > 1:
            text += " · " + self.tr("%1 agents").replace("%1", str(report.agents))
        return text

    def _short(self, scenario: str) -> str:
        name = scenario_name(scenario, self._chinese)
        return name if len(name) <= 22 else name[:21] + "…"

    def _fill_table(self, report: WeeklyReport) -> None:
        model = self.table_model
        model.removeRows(0, model.rowCount())
        model.setHorizontalHeaderLabels(
            [self.tr("Scenario"), self.tr("This week"), self.tr("Last week"), self.tr("Change")]
        )
        for row in report.by_scenario:
            cells = [QStandardItem(scenario_name(row.scenario, self._chinese))]
            cells += [QStandardItem(str(n)) for n in (row.count, row.previous)]
            cells.append(QStandardItem(f"{row.change:+d}"))
            cells[0].setToolTip(row.scenario)
            model.appendRow(cells)
        self.table.resizeColumnsToContents()

    def _details(self, report: WeeklyReport) -> str:
        c = self._chinese
        parts = []
        if report.by_stage:
            stages = " · ".join(f"{stage_name(k, c)} {n}" for k, n in report.by_stage.items())
            label = self.tr("By stage:")
            parts.append(f"{label} {stages}")
        for dept, total in report.by_department.items():
            top = list(report.department_scenarios.get(dept, {}).items())[:3]
            listed = ", ".join(f"{scenario_name(s, c)} {n}" for s, n in top)
            parts.append(f"<b>{department_name(dept, c)} {total}</b>: {listed}")
            for note in (n for n in report.notes if n.department == dept):
                when, text = note.at[5:16].replace("T", " "), html.escape(note.note, quote=False)
                parts.append(f"&nbsp;&nbsp;• {when} {scenario_name(note.scenario, c)}: {text}")
        if report.rising:
            rising = ", ".join(scenario_name(r.scenario, c) for r in report.rising)
            label = self.tr("Rising:")
            parts.append(f"{label} {rising}")
        if report.by_country:
            countries = " · ".join(f"{k} {n}" for k, n in report.by_country.items())
            label = self.tr("Countries:")
            parts.append(f"{label} {countries}")
        return "<br>".join(parts)

    # -- logging by hand -------------------------------------------------------------------
    def log_inquiry(self, scenario: str = "") -> None:
        """The "Log an inquiry" dialog; what it holds is saved on the worker."""
        dialog = LogDialog(self._chinese, parent=self)
        if scenario in scenarios():
            dialog.select_scenario(scenario)
        if not dialog.exec():
            return
        values = (dialog.scenario, dialog.department, dialog.note, self._country)
        platform = self._services.platform or ""
        self._submit(lambda: self._log.log(*values, platform=platform), self.tr("Inquiry logged"))

    def correct_last(self) -> None:
        self._services.tasks.submit(self._log.last, self._correct)

    def _correct(self, last: object) -> None:
        if last is None:
            self._services.hub.status.emit(self.tr("Nothing logged yet"))
            return
        dialog = LogDialog(self._chinese, last, parent=self)  # type: ignore[arg-type]
        if not dialog.exec():
            return
        ident = last.id  # type: ignore[attr-defined]
        if dialog.deleted:
            self._submit(lambda: self._log.delete(ident), self.tr("Entry deleted"))
            return
        values = (dialog.scenario, dialog.department, dialog.note)
        self._submit(lambda: self._log.correct(ident, *values), self.tr("Entry corrected"))

    def _submit(self, job: object, done: str) -> None:
        hub = self._services.hub

        def finished(_result: object) -> None:
            hub.status.emit(done)
            hub.inquiryLogged.emit()

        def failed(kind: str) -> None:
            QMessageBox.warning(self, self.tr("Not logged"), kind)

        self._services.tasks.submit(job, finished, failed)  # type: ignore[arg-type]

    # -- files -------------------------------------------------------------------------------
    def export_to(self, path: Path, kind: str) -> None:
        """Write the report on screen as ``kind`` (pdf, csv, json); a failure is shown."""
        if self.report is None:
            return
        try:
            if kind == "pdf":
                write_pdf(self.report, path, self._chinese)
            elif kind == "csv":
                write_csv(self.report, path, self._chinese)
            else:
                write_json(self.report, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), f"{path}: {exc.strerror or exc}")
            return
        self._services.hub.status.emit(self.tr("Exported %1").replace("%1", str(path)))

    def _ask_export(self, kind: str) -> None:
        if self.report is None:
            return
        name = f"borderdesk-{self.report.week}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), name)
        if path:
            self.export_to(Path(path), kind)

    def merge_files(self, paths: list[Path]) -> None:
        """Add colleagues' JSON exports of this week to the report on screen."""

        def read() -> list[WeeklyReport] | str:
            try:
                return [read_json(p) for p in paths]
            except ValueError as exc:  # a file that is not a report: said, nothing added
                return str(exc)

        def done(reports: list[WeeklyReport] | str) -> None:
            if isinstance(reports, str):
                QMessageBox.warning(self, self.tr("Not added"), reports)
                return
            other = [r for r in reports if r.week != self.week.label]
            if other:
                QMessageBox.warning(
                    self,
                    self.tr("Not added"),
                    self.tr("These reports are of another week: %1").replace(
                        "%1", ", ".join(sorted({r.week for r in other}))
                    ),
                )
                return
            self._merged += reports
            self.refresh()

        self._services.tasks.submit(read, done)

    def _ask_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Colleagues' reports"), "", self.tr("Reports (*.json)")
        )
        if paths:
            self.merge_files([Path(p) for p in paths])

    def only_mine(self) -> None:
        self._merged = []
        self.refresh()
