"""The weekly report as a PDF page a manager reads in a minute: QTextDocument laid out by
QPdfWriter (the fonts used, Chinese ones included, are embedded), the bar chart as an image."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.core.report.exports import department_name, scenario_name, stage_name
from desktop.core.report.weekly import WeeklyReport
from desktop.ui.i18n import Translations
from desktop.ui.report_chart import chart_image

CHART_URL = "chart://departments"


def report_html(report: WeeklyReport, chinese: bool) -> str:
    """The page: title, totals, chart, stages, rising, countries, each department's own list
    with its notes, and every scenario with last week and the change."""
    t = _texts()
    change = report.total - report.previous_total
    rows = "".join(
        f"<tr><td>{_e(scenario_name(r.scenario, chinese))}</td><td align=right>{r.count}</td>"
        f"<td align=right>{r.previous}</td><td align=right>{r.change:+d}</td></tr>"
        for r in report.by_scenario
    )
    rising = ", ".join(_e(scenario_name(r.scenario, chinese)) for r in report.rising)
    countries = " · ".join(f"{_e(c)} {n}" for c, n in report.by_country.items())
    stages = " · ".join(f"{_e(stage_name(s, chinese))} {n}" for s, n in report.by_stage.items())
    return (
        f"<h2>{t['title']} {report.week}</h2>"
        f"<p>{report.start} – {report.end} · {t['agents']}: {report.agents}</p>"
        f"<p><b>{t['total']}: {report.total}</b> ({t['previous']} {report.previous_total}, "
        f"{change:+d})</p>"
        f"<p><img src='{CHART_URL}' width=600></p>"
        f"<p><b>{t['stages']}:</b> {stages or '–'}</p>"
        f"<p><b>{t['rising']}:</b> {rising or '–'}</p>"
        f"<p><b>{t['countries']}:</b> {countries or '–'}</p>"
        f"<h3>{t['departments']}</h3>{_departments(report, chinese) or '–'}"
        f"<h3>{t['scenarios']}</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
        f"<tr><th>{t['scenario']}</th><th>{t['count']}</th><th>{t['last']}</th>"
        f"<th>{t['change']}</th></tr>{rows}</table>"
    )


def _departments(report: WeeklyReport, chinese: bool) -> str:
    """Each department's own list: its scenarios, then the agents' notes for it."""
    parts = []
    for dept, total in report.by_department.items():
        counts = report.department_scenarios.get(dept, {})
        listed = ", ".join(f"{_e(scenario_name(s, chinese))} {n}" for s, n in counts.items())
        notes = "".join(
            f"<li>{_e(n.at[5:16].replace('T', ' '))} {_e(scenario_name(n.scenario, chinese))}: "
            f"{_e(n.note)}</li>"
            for n in report.notes
            if n.department == dept
        )
        parts.append(
            f"<p><b>{_e(department_name(dept, chinese))} {total}</b>: {listed}</p>"
            + (f"<ul>{notes}</ul>" if notes else "")
        )
    return "".join(parts)


def chart_rows(report: WeeklyReport, chinese: bool) -> list[tuple[str, int, int]]:
    """The chart's bars: each department this week (and last week's total beside)."""
    return [(department_name(d, chinese), n, 0) for d, n in report.by_department.items()]


def write_pdf(report: WeeklyReport, path: Path, chinese: bool = True) -> None:
    """Write the report's PDF, whole or not at all."""
    empty = QCoreApplication.translate("BarChart", "No inquiries this week")
    image = chart_image(chart_rows(report, chinese), empty)
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(report_html(report, chinese))
    temp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(temp))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    writer.setTitle(f"BorderDesk {report.week}")
    writer.setCreator("BorderDesk")
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    os.replace(temp, path)


def write_pdf_offscreen(report: WeeklyReport, path: Path) -> None:
    """The PDF from the command line: a GUI application on the offscreen platform if none runs."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        Translations(app).apply("zh_CN")  # the agents' language, as the window's default
        write_pdf(report, path, chinese=True)
        del app
        return
    write_pdf(report, path)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _texts() -> dict[str, str]:
    """The page's words in the UI language (the installed translator)."""
    translate = QCoreApplication.translate
    return {
        "title": translate("ReportPdf", "Weekly pre-sales report"),
        "agents": translate("ReportPdf", "Agents"),
        "total": translate("ReportPdf", "Inquiries this week"),
        "previous": translate("ReportPdf", "previous week"),
        "rising": translate("ReportPdf", "Rising fastest"),
        "countries": translate("ReportPdf", "Buyer countries"),
        "departments": translate("ReportPdf", "Each department's list and notes"),
        "stages": translate("ReportPdf", "By stage"),
        "scenarios": translate("ReportPdf", "Scenarios"),
        "scenario": translate("ReportPdf", "Scenario"),
        "count": translate("ReportPdf", "This week"),
        "last": translate("ReportPdf", "Last week"),
        "change": translate("ReportPdf", "Change"),
    }
