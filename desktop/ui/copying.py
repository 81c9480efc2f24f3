"""Copying a reply: blanks the app knows are filled, the others asked in the fill-in form;
the signature is added; the use is recorded on the worker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.buyer.countries import date_locale_for
from desktop.core.compliance.check import Finding, check
from desktop.core.library.entry import Entry
from desktop.core.library.placeholders import AUTOMATIC, date_text, fill
from desktop.core.report.log import InquiryLog
from desktop.ui.compliance_view import finding_text
from desktop.ui.fillin import FillInForm
from desktop.ui.results import BROWSE_LIMIT, ResultsView
from desktop.ui.services import Services


class Copier(QObject):
    """Puts replies on the clipboard; ``copied`` carries the reply's id."""

    copied = Signal(str)
    #: The fill-in form was filled and its reply copied.
    filled = Signal()

    def __init__(self, services: Services, form: FillInForm, country: Callable[[], str]) -> None:
        super().__init__(form)
        self._services, self._form, self._country = services, form, country
        self._buyer = ""  # the buyer's name, remembered for this session only
        form.filled.connect(self._filled)

    def auto_values(self, blanks: Iterable[str] = ("date",)) -> dict[str, str]:
        """The blanks the app fills itself: agent, shop, today's date for the buyer (when
        ``blanks`` holds it: the date is written with Babel, ~0.1 s to load at the first
        copy), buyer."""
        s = self._services.settings
        values = {"agent": s.get("agent_name"), "shop": s.get("shop_name"), "buyer": self._buyer}
        if "date" in blanks:
            values["date"] = date_text(date.today(), date_locale_for(self._country()))
        return values

    def copy(self, entry: Entry | None, chinese: bool = False) -> None:
        """Copy a reply; one with blanks to fill opens the fill-in form first."""
        if entry is None:
            return
        values = self.auto_values(entry.placeholders)
        ask = [p for p in entry.placeholders if p not in AUTOMATIC or not values.get(p)]
        if ask:
            self._form.start(entry, chinese, values)
            return
        self._finish(entry, fill(entry.zh if chinese else entry.en, values), chinese)

    def _confirm(self, errors: list[Finding]) -> bool:
        """Ask before copying what the platform punishes (No is the default)."""
        chinese = self._services.chinese
        rules = "\n".join(f"• {finding_text(f, chinese)}" for f in errors)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copy anyway?"), "", parent=None)
        box.setObjectName("copyConfirm")
        box.setText(self.tr("This reply breaks a platform rule:") + "\n\n" + rules)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def fill_in(self, entry: Entry, values: dict[str, str]) -> None:
        """Open the fill-in form for ``entry`` with some blanks already filled (a quote)."""
        self._form.start(entry, False, {**self.auto_values(entry.placeholders), **values})

    def quote_reply(
        self,
        scenario: str,
        values: dict[str, str],
        where: tuple[str | None, str],
        results: ResultsView,
    ) -> None:
        """Open ``scenario``'s price reply in the fill-in form with a quote's ``values``, and
        select it in ``results`` once the scenario's list is shown there.

        The reply is picked from the scenario's own replies, fetched by this task: the list
        on screen still shows the previous view until its browse comes back."""
        lib, (platform, country) = self._services.library, where

        def done(entries: list[Entry]) -> None:
            best = next((e for e in entries if "price" in e.placeholders), None)
            best = best or (entries[0] if entries else None)
            if best is not None:
                results.select_when_shown(best.id)
                self.fill_in(best, values)

        self._services.tasks.submit(
            lambda: lib.browse(scenario, BROWSE_LIMIT, platform=platform, country=country), done
        )

    def _filled(self, entry: Entry, text: str, values: dict[str, str]) -> None:
        if values.get("buyer"):
            self._buyer = values["buyer"]
        self._finish(entry, text, self._form.chinese)
        self.filled.emit()

    def _finish(self, entry: Entry, text: str, chinese: bool) -> None:
        signature = self._services.settings.get("signature")
        if signature and not chinese and not {"agent", "shop"} & set(entry.placeholders):
            text = f"{text}\n\n{signature}"
        errors = check(text, self._services.platform, only_errors=True)
        if errors and not self._confirm(errors):
            self._services.hub.status.emit(self.tr("Not copied: fix the reply first"))
            return
        QGuiApplication.clipboard().setText(text)
        lib, hub = self._services.library, self._services.hub
        self._services.tasks.submit(
            lambda: lib.record_use(entry.id), lambda _ok: hub.usageRecorded.emit(entry.id)
        )
        if self._services.settings.get("log_inquiries"):
            log, where = InquiryLog(lib), (self._country(), self._services.platform or "")
            self._services.tasks.submit(
                lambda: log.record_copy(entry.scenario, entry.id, *where),
                lambda logged: hub.inquiryLogged.emit() if logged else None,
            )
        label = entry.title_zh if self._services.chinese else entry.title_en
        hub.status.emit(self.tr("Copied ✓ %1").replace("%1", label or entry.id))
        self.copied.emit(entry.id)
