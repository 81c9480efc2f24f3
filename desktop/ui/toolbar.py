"""The main toolbar: the search box, the buyer's country and the agent's platform."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QToolBar, QWidget

from desktop.core.buyer.countries import CountryName, codes
from desktop.core.search.text import has_cjk
from desktop.ui.i18n import platform_names
from desktop.ui.search_box import SearchBox


class MainToolbar(QToolBar):
    """Search first (it has the focus at start), then the two filters; actions follow."""

    def __init__(self, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Main"), parent)
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search in Chinese, English or pinyin (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.addWidget(self.search)
        self.country_box = QComboBox()
        self.country_box.setObjectName("countryBox")
        self.country_box.setEditable(True)
        self.country_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_box.setToolTip(self.tr("Buyer's country: type its name or its code"))
        self._chinese = chinese
        for code in codes():  # named by show_names: CLDR's names load after the first paint
            self.country_box.addItem(f"({code})", code)
        completer = QCompleter(self.country_box.model(), self.country_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country_box.setCompleter(completer)
        self.country_box.setMinimumContentsLength(14)
        self.addWidget(self.country_box)
        self.platform_box = QComboBox()
        self.platform_box.setObjectName("platformBox")
        self.platform_box.setToolTip(
            self.tr("Your platform: replies that do not apply to it are hidden")
        )
        for code, name in self.platform_names().items():
            self.platform_box.addItem(name, code)
        self.addWidget(self.platform_box)

    def show_names(self, names: Mapping[str, CountryName]) -> None:
        """Name the countries (CLDR, ~50 ms for the two locales: on the background worker
        after the first paint); the selection and the typed text are kept."""
        for i in range(self.country_box.count()):
            c = names.get(self.country_box.itemData(i))
            if c is None:
                continue
            # the Chinese UI also lists the English name: buyers' addresses are in English
            name = f"{c.name_zh} {c.name_en}" if self._chinese else c.name_en
            shown = [a for a in c.aliases if self._chinese or not has_cjk(a)]  # typed names too
            name += "".join(f" / {alias}" for alias in shown)
            self.country_box.setItemText(i, f"{name} ({c.code})")

    def platform_names(self) -> dict[str, str]:
        """The platforms to pick from, and "all" (hide none)."""
        return {**platform_names(), "all": self.tr("All platforms")}

    def show_country(self, code: str) -> None:
        index = self.country_box.findData(code)
        if index >= 0 and index != self.country_box.currentIndex():
            self.country_box.setCurrentIndex(index)

    def show_platform(self, code: str) -> None:
        index = self.platform_box.findData(code)
        if index != self.platform_box.currentIndex():
            self.platform_box.setCurrentIndex(index)
