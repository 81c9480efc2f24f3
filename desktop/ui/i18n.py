"""UI translations: our zh_CN catalogue plus Qt's own, installed on the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.library.entry import TONES
from desktop.core.paths import resource


class Translations:
    """Installs and swaps the translators for one UI language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to ``language`` (``zh_CN`` or ``en``); False if a catalogue is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return True
        QLocale.setDefault(QLocale(language))
        ok = True
        ours = QTranslator(self._app)
        if ours.load(str(resource("resources", "translations", f"borderdesk_{language}.qm"))):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        return ok


def platform_names() -> dict[str, str]:
    """The platforms a reply can be marked for, named in the UI language."""
    return {
        "aliexpress": QCoreApplication.translate("Platforms", "AliExpress"),
        "amazon": QCoreApplication.translate("Platforms", "Amazon"),
        "shopee": QCoreApplication.translate("Platforms", "Shopee"),
        "own_store": QCoreApplication.translate("Platforms", "Own store"),
    }


def tone_names() -> dict[str, str]:
    """The tones of a reply (desktop.core.library.entry.TONES), named in the UI language."""
    names = {
        "formal": QCoreApplication.translate("Tones", "formal"),
        "friendly": QCoreApplication.translate("Tones", "friendly"),
        "short": QCoreApplication.translate("Tones", "short"),
    }
    return {tone: names[tone] for tone in TONES}
