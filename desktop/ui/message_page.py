"""The buyer-message tab: paste what the buyer wrote, get replies for each question in it.

Suggestions run on the worker a moment after typing stops. The language the buyer wrote in is
named, with an offer to switch the buyer's country to one that speaks it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.buyer.countries import country
from desktop.core.library.entry import Entry
from desktop.core.search.language import country_to_offer, detect, language_name
from desktop.ui.delegates import ReplyDelegate
from desktop.ui.models import EntryRole, SuggestionModel
from desktop.ui.services import Services, Where

SUGGEST_DELAY_MS = 250


class MessagePage(QWidget):
    """The message box, the language bar and the grouped suggestions."""

    suggestionsShown = Signal(int)
    languageShown = Signal(str)
    #: The agent accepted the offer to switch the buyer's country (ISO code).
    countryRequested = Signal(str)

    def __init__(
        self,
        services: Services,
        where: Where,
        parent: QWidget | None = None,
    ) -> None:
        """``where()`` gives the platform filter and the buyer's country of the next run."""
        super().__init__(parent)
        self._services, self._where = services, where
        self._offered: str | None = None
        self.message = QPlainTextEdit()
        self.message.setObjectName("buyerMessage")
        self.message.setPlaceholderText(
            self.tr("Paste the buyer's message here: suggestions appear for each question.")
        )
        self.message.setMaximumHeight(130)
        self.model = SuggestionModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("suggestions")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.delegate = ReplyDelegate(self.tree, chinese_first=services.chinese)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.language_bar = QWidget()
        self.language_label = QLabel()
        self.language_label.setObjectName("messageLanguage")
        self.switch_country = QPushButton()
        self.switch_country.setObjectName("switchCountry")
        self.switch_country.setVisible(False)
        bar = QHBoxLayout(self.language_bar)
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.language_label)
        bar.addWidget(self.switch_country)
        bar.addStretch(1)
        self.language_bar.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.language_bar)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.suggest)
        self.message.textChanged.connect(self._timer.start)
        self.switch_country.clicked.connect(self._switch_to_offered)
        services.hub.countryChanged.connect(self.mark_country)

    def text(self) -> str:
        return self.message.toPlainText()

    def suggest(self) -> None:
        """Suggest replies for the message as it is now (again: the country changed)."""
        message, lib = self.text(), self._services.library
        platform, country = self._where()
        ui = "zh_CN" if self._services.chinese else "en"
        Result = tuple[list[Any], dict[str, Entry], str | None, str]

        def job() -> Result:
            groups = lib.suggest_groups(message, platform=platform, country=country)
            ids = {i for g in groups for i in g.entry_ids}
            language = detect(message)
            # CLDR's language names load on first use: on the worker, not the GUI thread
            name = language_name(language, ui) if language else ""
            return groups, lib.existing(ids), language, name

        def done(result: Result) -> None:
            if message != self.text():
                return  # the text changed meanwhile; a newer run is coming
            self._show_language(result[2], result[3])
            self.model.set_groups(*result[:2])
            self.tree.expandAll()
            first = self.model.first_entry_index()
            if first.isValid():
                self.tree.setCurrentIndex(first)
            self.suggestionsShown.emit(len(result[0]))

        self._services.tasks.submit(job, done)

    def _show_language(self, language: str | None, name: str) -> None:
        """Name the language the buyer wrote in, and offer a country that speaks it."""
        self.language_bar.setVisible(language is not None)
        self._offered = None
        if language is None:
            return
        self.language_label.setText(self.tr("Buyer writes in %1").replace("%1", name))
        offer = country_to_offer(language, country(self._where()[1]).locale)
        self._offered = offer
        self.switch_country.setVisible(offer is not None)
        if offer is not None:
            c = country(offer)
            name = c.name_zh if self._services.chinese else c.name_en
            self.switch_country.setText(self.tr("Switch buyer country to %1").replace("%1", name))
        self.languageShown.emit(language)

    def _switch_to_offered(self) -> None:
        if self._offered:
            self.switch_country.setVisible(False)
            self.countryRequested.emit(self._offered)

    def entries(self) -> list[Entry]:
        """The suggested replies in order (what Ctrl+1..9 count)."""
        found = []
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            for child in range(self.model.rowCount(parent)):
                found.append(self.model.index(child, 0, parent).data(EntryRole))
        return found

    def current_entry(self) -> Entry | None:
        entry = self.tree.currentIndex().data(EntryRole)
        return entry if isinstance(entry, Entry) else None

    def mark_country(self, code: str) -> None:
        """Replies written for the buyer's country get its mark."""
        self.delegate.set_country(code)
        self.tree.viewport().update()
