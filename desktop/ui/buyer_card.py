"""The etiquette card of the buyer-country panel: our facts, festivals, public holidays and
the country's formats, worded in the UI language (CLDR names, the zh_CN catalogue)."""

from __future__ import annotations

import html
import re
from typing import Any

from babel import Locale
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.buyer.cards import TOPICS
from desktop.core.buyer.countries import city_name
from desktop.ui.services import Services


def muted(text: str) -> str:
    return f"<span style='color:#7a828e'>{html.escape(text)}</span>"


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2 ... replaced in one pass (a value's own % stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


class CardView(QTextBrowser):
    """A read-only view of one card."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("etiquetteCard")
        self.setOpenLinks(False)
        self._services = services
        self._locale = services.ui_locale
        self._cldr = Locale.parse(self._locale)

    def _city(self, zone: str) -> str:
        return city_name(zone, self._locale)

    def _zone(self, facts: dict[str, Any]) -> str:
        """A zone as computed today: its city, UTC offset, gap to Beijing, clock changes."""
        hours = float(facts["hours_from_beijing"])
        if hours == 0:
            gap = self.tr("same time as Beijing")
        else:
            behind, ahead = self.tr("%1 h behind Beijing"), self.tr("%1 h ahead of Beijing")
            gap = (behind if hours < 0 else ahead).replace("%1", f"{abs(hours):g}")
        change = self.tr("clocks change") if facts["dst"] else self.tr("no clock change")
        city = html.escape(self._city(str(facts["zone"])))
        text = self.tr("%1 (UTC%2, %3, %4)", "zone: city (offset, gap, clock changes)")
        return fill(text, city, str(facts["utc_offset"]), gap, change)

    def _weekday(self, index: int) -> str:
        """CLDR's short weekday name in the UI language (Monday = 0)."""
        return str(self._cldr.days["format"]["abbreviated"][index])

    def _topics(self) -> dict[str, str]:
        """The card's topic headings (the codes of :data:`desktop.core.buyer.cards.TOPICS`)."""
        return {
            "communication": self.tr("Communication"),
            "taboos": self.tr("Taboos"),
            "colours_numbers": self.tr("Colours and numbers"),
            "values": self.tr("What buyers value"),
            "payment": self.tr("Payment"),
            "shopping": self.tr("Shopping seasons"),
        }

    def _text(self, item: dict[str, Any], zh_key: str) -> str:
        """Our content in the UI language: the English twin of ``zh_key`` (``note_zh`` ->
        ``note_en``) in the English UI where the data has one, else the Chinese."""
        english = None if self._services.chinese else item.get(zh_key[:-2] + "en")
        return str(english or item.get(zh_key, ""))

    def _holiday_kind(self, kind: str) -> str:
        """A government-only holiday is marked: offices close, most buyers work."""
        return (
            " " + muted(self.tr("(offices closed, most buyers work)"))
            if kind == "government"
            else ""
        )

    def show_card(self, data: dict[str, Any]) -> None:
        """Show a card's data (desktop.core.buyer.cards.card_json) in the UI language."""
        e, chinese = html.escape, self._services.chinese
        sep = self.tr(", ", "between the items of a list")
        name = f"{data['name_zh']} {data['name_en']}" if chinese else data["name_en"]
        parts = [f"<h3>{e(name)}</h3>"]
        gloss_language = "zh" if chinese else "en"  # a phrase's meaning, where the data has it
        lines = []
        for label, key in ((self.tr("Greeting"), "greeting"), (self.tr("Closing"), "closing")):
            if data[key]:
                gloss = data.get(f"{key}_{gloss_language}")
                note = " " + muted(self.tr("(%1)").replace("%1", gloss)) if gloss else ""
                lines.append(f"<b>{label}</b> {e(data[key])}{note}")
        if lines:
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        headings = self._topics()
        for topic in TOPICS:
            facts, heading = data.get(topic) or [], headings.get(topic, topic)
            if facts:
                items = "".join(
                    f"<li>{e(self._text(f, 'zh'))} {muted('[' + f['source'] + ']')}</li>"
                    for f in facts
                )
                parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        if data["festivals"]:
            items = "".join(
                f"<li>{self._festival(f)} {muted(self._text(f, 'note_zh'))}</li>"
                for f in data["festivals"]
            )
            heading = self.tr("Upcoming shopping seasons")
            parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        if data["holidays"]:
            items = "".join(
                f"<li>{h['date']} {e(h['name'])}{self._holiday_kind(h['kind'])}</li>"
                for h in data["holidays"][:8]
            )
            heading = self.tr("Upcoming public holidays")
            parts.append(f"<p><b>{heading}</b> {muted('[holidays]')}</p><ul>{items}</ul>")
        fields = (
            (self.tr("Weekend"), e(sep.join(self._weekday(d) for d in data["weekend"]))),
            (self.tr("Business hours"), data["business_hours"]),
            (self.tr("Currency format"), f"{e(data['currency'])} {e(data['currency_sample'])}"),
            (self.tr("Clock"), self.tr("12-hour") if data["clock_12h"] else self.tr("24-hour")),
        )
        zones = "<br>".join(self._zone(z) for z in data["zone_facts"])
        line = "&emsp;".join(f"<b>{label}</b> {value}" for label, value in fields)
        heading = self.tr("Main time zones")
        parts.append(f"<p>{line}<br><b>{heading}</b> {muted('[CLDR, pytz]')}<br>{zones}</p>")
        self.setHtml("".join(parts))

    def _festival(self, f: dict[str, Any]) -> str:
        """A festival's name and dates: the Chinese UI adds the English name buyers use."""
        e = html.escape
        if self._services.chinese:
            text = self.tr("%1 (%2) %3 ~ %4", "festival: Chinese name (English name) dates")
            return fill(text, e(f["name_zh"]), e(f["name_en"]), f["start"], f["end"])
        return f"{e(self._text(f, 'name_zh'))} {f['start']} ~ {f['end']}"
