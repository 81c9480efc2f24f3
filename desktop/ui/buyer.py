"""The buyer-country panel: clock, DST notices, converter, 24-hour overlap strip, etiquette card.

Rows and cards are computed on the worker (holiday calendars take a moment the first time);
the clock refreshes every 30 s, and only while the panel is visible. The core gives codes (state,
weekday, hours from Beijing); the panel words them in the UI language: our phrases through
``self.tr``, names of cities, countries, weekdays and dates from CLDR (Babel).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from babel import Locale
from PySide6.QtCore import QRect, Qt, QTime, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QPainter,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.cards import card_json
from desktop.core.buyer.clock import (
    DstChange,
    ZoneStatus,
    clock_rows,
    convert,
    dst_changes,
    overlap_strip,
    to_zone,
    utc_now,
)
from desktop.core.buyer.closures import agent_closures
from desktop.core.buyer.countries import AGENT_ZONE, Country, city_name, country, is_country
from desktop.core.buyer.festivals import Occurrence
from desktop.ui.buyer_card import CardView, fill
from desktop.ui.services import Services

REFRESH_MS = 30_000
STATE_COLOURS = {
    "business": "#2e9d57",
    "after_hours": "#c98a12",
    "night": "#5b6472",
    "weekend": "#8a63d2",
    "holiday": "#c0392b",
}
Rows = list[tuple[Country, ZoneStatus]]


class OverlapStrip(QWidget):
    """24 cells, one per hour of the agent's day: the buyer's state, the agent's shift framed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: list[str] = []
        self.shift = (9, 18)
        self.setMinimumHeight(38)

    def set_states(self, states: list[str], shift: tuple[int, int]) -> None:
        self.states, self.shift = states, shift
        self.update()

    def paintEvent(self, _event: object) -> None:
        if not self.states:
            return
        p = QPainter(self)
        width = self.width() / 24
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
        p.setFont(font)
        for hour, state in enumerate(self.states):
            x = int(hour * width)
            cell = QRect(x, 0, int((hour + 1) * width) - x - 1, 20)
            p.fillRect(cell, QColor(STATE_COLOURS.get(state, "#999")))
            if self.shift[0] <= hour < self.shift[1]:
                p.setPen(QColor("#111"))
                p.drawRect(cell.adjusted(0, 0, -1, -1))
            if hour % 3 == 0:
                p.setPen(QColor("#39404a"))
                p.drawText(QRect(x, 22, int(width * 3), 14), Qt.AlignmentFlag.AlignLeft, f"{hour}")
        p.end()


class BuyerPanel(QWidget):
    """Everything about the buyer's country; ``set_country`` drives it."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._locale = services.ui_locale
        self._cldr = Locale.parse(self._locale)
        settings = services.settings
        self._settings, self._tasks = settings, services.tasks
        self.country = settings.get("buyer_country")
        self._card: dict[str, Any] = {}
        self.clock_model = QStandardItemModel(self)
        self.clock = QTableView()
        self.clock.setObjectName("buyerClock")
        self.clock.setModel(self.clock_model)
        self.clock.verticalHeader().hide()
        self.clock.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.clock.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.notices = QLabel()
        self.notices.setObjectName("dstNotice")
        self.notices.setWordWrap(True)
        self.strip = OverlapStrip()
        self.strip_label = QLabel()
        self.strip_label.setObjectName("hint")
        self.strip_label.setWordWrap(True)  # a long city name must not widen the compact window
        self.beijing_time = QTimeEdit()
        self.beijing_time.setDisplayFormat("HH:mm")
        self.buyer_zone = QComboBox()
        self.buyer_time = QTimeEdit()
        self.buyer_time.setDisplayFormat("HH:mm")
        self.converted = QLabel()
        self.converted.setObjectName("hint")
        self.converted.setWordWrap(True)
        self.card = CardView(services)
        self.copy_greeting = QPushButton(self.tr("Copy greeting"))
        self.copy_closing = QPushButton(self.tr("Copy closing"))

        converter = QHBoxLayout()
        converter.addWidget(QLabel(self.tr("Beijing")))
        converter.addWidget(self.beijing_time)
        converter.addWidget(QLabel("⇄"))
        converter.addWidget(self.buyer_zone, 1)
        converter.addWidget(self.buyer_time)
        greet = QHBoxLayout()
        greet.addWidget(self.copy_greeting)
        greet.addWidget(self.copy_closing)
        greet.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock, 2)
        layout.addWidget(self.notices)
        layout.addWidget(self.strip_label)
        layout.addWidget(self.strip)
        layout.addLayout(converter)
        layout.addWidget(self.converted)
        layout.addWidget(self.card, 3)
        layout.addLayout(greet)

        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._converting = False
        self.beijing_time.timeChanged.connect(lambda _t: self._convert(from_beijing=True))
        self.buyer_time.timeChanged.connect(lambda _t: self._convert(from_beijing=False))
        self.buyer_zone.currentIndexChanged.connect(lambda _i: self._convert(from_beijing=True))
        self.copy_greeting.clicked.connect(lambda: self._copy("greeting"))
        self.copy_closing.clicked.connect(lambda: self._copy("closing"))
        services.hub.countryChanged.connect(self.set_country)
        services.hub.settingsChanged.connect(self.refresh)
        self.set_country(self.country)

    # -- timers only while visible (qutebrowser's clock) ------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def timer_active(self) -> bool:
        return self._timer.isActive()

    # -- data ------------------------------------------------------------------------------
    def codes(self) -> list[str]:
        pinned = [c for c in self._settings.get("pinned_countries").split(",") if c]
        return [self.country] + [c for c in pinned if c != self.country]

    def set_country(self, code: str) -> None:
        if not is_country(code) or (code == self.country and self._card):
            return
        self._set_country(code)

    def _set_country(self, code: str) -> None:
        self.country = code
        self._settings.set("buyer_country", code)
        self.buyer_zone.blockSignals(True)
        self.buyer_zone.clear()
        for zone in country(code).main_zones:
            self.buyer_zone.addItem(self._city(zone), zone)
        self.buyer_zone.blockSignals(False)
        now_beijing = to_zone(utc_now(), AGENT_ZONE)
        self.beijing_time.setTime(QTime(now_beijing.hour, now_beijing.minute))
        self._convert(from_beijing=True)
        if self.isVisible():  # a hidden panel refreshes in showEvent, when it is shown
            self.refresh()
        moment = utc_now()
        language = self._locale  # holiday names in the UI language where the package has them
        # Not the library's worker: nothing here reads the library, and a search queued behind
        # this (CLDR and holiday data loading: ~0.4 s at start) would wait for it.
        self._tasks.submit(
            lambda: card_json(country(code), moment.date(), language),
            self._show_card,
            background=True,
        )

    def _shift(self) -> tuple[int, int]:
        try:
            start, end = self._settings.get("agent_shift").split("-")
            return int(start.split(":")[0]), int(end.split(":")[0])
        except ValueError:
            return (9, 18)

    def refresh(self) -> None:
        codes, moment, code = self.codes(), utc_now(), self.country
        beijing_day = to_zone(moment, AGENT_ZONE).date()

        def job() -> tuple[Rows, list[DstChange], list[str], list[Occurrence]]:
            buyer = country(code)
            strip = overlap_strip(buyer, buyer.main_zones[0], beijing_day)
            own = agent_closures(beijing_day)
            return clock_rows(codes, moment), dst_changes(codes, moment), strip, own

        self._tasks.submit(job, self._show_rows, background=True)  # as the card: no library

    # -- words: the core's codes in the UI language ----------------------------------------
    def _city(self, zone: str) -> str:
        return city_name(zone, self._locale)

    def _weekday(self, index: int) -> str:
        """CLDR's short weekday name in the UI language (Monday = 0)."""
        return str(self._cldr.days["format"]["abbreviated"][index])

    def _state(self, s: ZoneStatus) -> str:
        if s.state == "holiday" and s.holiday:
            return self.tr("Holiday: %1").replace("%1", s.holiday)
        if s.government_holiday:  # offices closed, most buyers at work: the state stands
            note = self.tr("%1 (offices closed)").replace("%1", s.government_holiday)
            return f"{self._plain_state(s.state)} · {note}"
        return self._plain_state(s.state)

    def _plain_state(self, state: str) -> str:
        words = {
            "business": self.tr("Working hours"),
            "after_hours": self.tr("After hours"),
            "night": self.tr("Night"),
            "weekend": self.tr("Weekend"),
            "holiday": self.tr("Holiday"),
        }
        return words[state]

    def _gap(self, hours: float) -> str:
        """How far the buyer is from Beijing: "13 h behind", "1 h ahead"."""
        if hours == 0:
            return self.tr("Same time as Beijing")
        text = self.tr("%1 h behind") if hours < 0 else self.tr("%1 h ahead")
        return text.replace("%1", f"{abs(hours):g}")

    def _local_time(self, s: ZoneStatus) -> str:
        days = {-1: self.tr("yesterday"), 1: self.tr("tomorrow")}
        return f"{days.get(s.day_offset, '')} {s.local:%H:%M} {self._weekday(s.weekday)}".strip()

    def _notice(self, change: DstChange) -> str:
        hours = change.hours_from_beijing
        if hours < 0:
            text = self.tr("From %1, %2 is %3 h behind Beijing")
        elif hours > 0:
            text = self.tr("From %1, %2 is %3 h ahead of Beijing")
        else:
            text = self.tr("From %1, %2 is on Beijing time")
        from babel.dates import format_skeleton

        day = str(format_skeleton("MMMd", change.day, locale=self._cldr))
        return fill(text, day, self._city(change.zone), f"{abs(hours):g}")

    def _own_closure(self, o: Occurrence) -> str:
        """The agent's own closure ahead, to tell buyers about."""
        name = o.festival.name_zh if self._locale.startswith("zh") else o.festival.name_en
        text = self.tr("Your own closure: %1, %2 to %3. Tell buyers before it starts.")
        from babel.dates import format_skeleton

        days = [str(format_skeleton("MMMd", d, locale=self._cldr)) for d in (o.start, o.end)]
        return fill(text, name, *days)

    def _show_rows(self, result: tuple[Rows, list[DstChange], list[str], list[Occurrence]]) -> None:
        rows, changes, strip, own = result
        self.clock_model.clear()
        self.clock_model.setHorizontalHeaderLabels(
            [
                self.tr("City"),
                self.tr("Local time"),
                self.tr("Gap"),
                self.tr("State"),
                self.tr("Opens (Beijing)"),
            ]
        )
        for place, s in rows:
            opens = to_zone(s.next_business_start, AGENT_ZONE)
            cells = [
                f"{place.name(self._locale)}·{self._city(s.zone)}",
                self._local_time(s),
                self._gap(s.hours_from_beijing),
                self._state(s),
                self.tr("now") if s.business_hours else f"{opens:%m-%d %H:%M}",
            ]
            items = [QStandardItem(c) for c in cells]
            items[3].setForeground(QColor(STATE_COLOURS[s.state]))
            if place.code == self.country:
                for item in items:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            items[0].setData(place.code, Qt.ItemDataRole.UserRole)
            self.clock_model.appendRow(items)
        self.clock.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        notices = [self._notice(n) for n in changes] + [self._own_closure(o) for o in own]
        self.notices.setText("\n".join(f"⚠ {n}" for n in notices))
        self.notices.setVisible(bool(notices))
        shift = self._shift()
        self.strip.set_states(strip, shift)
        zone = country(self.country).main_zones[0]
        self.strip_label.setText(
            self.tr(
                "Your day (Beijing 0-24) against %1's business hours; your shift is framed"
            ).replace("%1", self._city(zone))
        )

    def _convert(self, from_beijing: bool) -> None:
        if self._converting or not self.buyer_zone.currentData():
            return
        self._converting = True
        zone = str(self.buyer_zone.currentData())
        today = to_zone(utc_now(), AGENT_ZONE).date()
        if from_beijing:
            t = self.beijing_time.time()
            result = convert(datetime.combine(today, time(t.hour(), t.minute())), AGENT_ZONE, zone)
            self.buyer_time.setTime(QTime(result.hour, result.minute))
            other = result
        else:
            t = self.buyer_time.time()
            buyer_day = to_zone(utc_now(), zone).date()
            other = convert(
                datetime.combine(buyer_day, time(t.hour(), t.minute())), zone, AGENT_ZONE
            )
            self.beijing_time.setTime(QTime(other.hour, other.minute))
        self.converted.setText(f"{other:%Y-%m-%d %H:%M} ({other.tzname()})")
        self._converting = False

    def _show_card(self, data: dict[str, Any]) -> None:
        self._card = data
        self.card.show_card(data)
        self.copy_greeting.setEnabled(bool(data["greeting"]))
        self.copy_closing.setEnabled(bool(data["closing"]))

    def _copy(self, which: str) -> None:
        text = str(self._card.get(which, ""))
        if text:
            QGuiApplication.clipboard().setText(text)
            self._services.hub.status.emit(self.tr("Copied ✓ %1").replace("%1", text))

    def card_data(self) -> dict[str, Any]:
        return dict(self._card)
