"""The handbook panel: the trainee's handbook, offline, each section linked to its situations
and its quiz."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop.core.library.scenarios import scenarios
from desktop.core.practice.handbook import handbook
from desktop.ui.services import Services


def markdown_html(text: str) -> str:
    """The handbook's Markdown subset: paragraphs, "- " lists, **bold**, `code`."""
    out, items = [], []
    for line in [*text.splitlines(), ""]:
        line = html.escape(line.strip())
        line = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", line)
        line = re.sub(r"`(.+?)`", r"<code>\1</code>", line)
        if line.startswith("- "):
            items.append(f"<li>{line[2:]}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line:
            out.append(f"<p>{line}</p>")
    return "".join(out)


class HandbookPanel(QWidget):
    """The sections in reading order; a link opens a situation or starts a quiz."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.view = QTextBrowser()
        self.view.setObjectName("handbook")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.setHtml(self.page_html())

    def page_html(self) -> str:
        chinese, sc = self._services.chinese, scenarios()
        parts = []
        for s in handbook():
            title = f"{s.title_zh} · {s.title_en}" if chinese else f"{s.title_en} · {s.title_zh}"
            links = ", ".join(
                f'<a href="scenario:{sid}">{html.escape(sc[sid].zh if chinese else sc[sid].en)}</a>'
                for sid in s.scenarios
                if sid in sc
            )
            practice, situations = self.tr("Practise this"), self.tr("Situations")
            parts.append(
                f'<h3 id="{s.id}">{html.escape(title)}</h3>{markdown_html(s.body_zh)}'
                f"<p><b>{html.escape(situations)}</b> {links}<br>"
                f'<a href="practice:{s.practice}">{html.escape(practice)} →</a></p>'
            )
        return "".join(parts)

    def _follow(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "scenario":
            self._services.hub.openScenario.emit(value)
        elif kind == "practice":
            self._services.hub.panelRequested.emit("practice")
            self._services.hub.practiceRequested.emit(value)
