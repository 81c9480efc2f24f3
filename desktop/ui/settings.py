"""Every user setting, declared once with its type and default, stored in QSettings.

Tests pass a :class:`Settings` on a temporary INI file; the app uses the platform default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    type: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    "agent_name": Option(str, "", "the agent's name for {agent}"),
    "shop_name": Option(str, "", "the shop name for {shop}"),
    "signature": Option(str, "", "appended to every copied English reply when set"),
    "ui_language": Option(str, "zh_CN", "zh_CN or en"),
    "font_size": Option(int, 0, "point size of the reply text; 0 is the system size"),
    "default_tone": Option(str, "", "formal, friendly or short: listed first when browsing"),
    "compact": Option(bool, False, "the narrow window for sitting beside the seller console"),
    "always_on_top": Option(bool, False, "keep the window above the seller console"),
    "tray_icon": Option(bool, False, "show an icon in the system tray"),
    "last_view": Option(str, "all", "the view or scenario selected in the tree"),
    "platform": Option(str, "aliexpress", "the agent's platform, or 'all': replies shown"),
    "buyer_country": Option(str, "US", "the buyer's country: clock, card, currency, {date}"),
    "pinned_countries": Option(str, "US,BR,RU,ES,GB", "countries always on the buyer clock"),
    "agent_shift": Option(str, "09:00-18:00", "the agent's working hours, Beijing time"),
    "log_inquiries": Option(bool, True, "log an inquiry for each copied reply (weekly report)"),
    "open_panels": Option(str, "buyer", "the dock panels kept open (names, comma-separated)"),
    "geometry": Option(QByteArray, QByteArray(), "the full window's geometry"),
    "compact_geometry": Option(QByteArray, QByteArray(), "the compact window's geometry"),
    "window_state": Option(QByteArray, QByteArray(), "toolbars and docks"),
    "splitter": Option(QByteArray, QByteArray(), "the three panes' sizes"),
}


def languages() -> dict[str, str]:
    """The UI languages, each named in its own language (CLDR, through Babel)."""
    from babel import Locale

    return {code: str(Locale.parse(code).language_name) for code in ("zh_CN", "en")}


class Settings:
    """Typed access to :data:`OPTIONS`; unknown names are a programming error."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings()
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, name: str) -> Any:
        option = OPTIONS[name]
        value = self._qs.value(name, option.default)
        if value is None:
            return option.default
        try:
            if option.type is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
            if option.type is int:
                return int(str(value))
            if option.type is QByteArray:
                return value if isinstance(value, QByteArray) else option.default
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, name: str, value: Any) -> None:
        if name not in OPTIONS:
            raise KeyError(name)
        self._qs.setValue(name, value)

    def sync(self) -> None:
        self._qs.sync()


#: The agent's own settings, kept in the library file too so that a backup restores them with
#: the replies (a new PC, a restored backup): who they are and how they work.
AGENT_SETTINGS = (
    "agent_name",
    "shop_name",
    "signature",
    "ui_language",
    "default_tone",
    "platform",
    "buyer_country",
    "pinned_countries",
    "agent_shift",
    "log_inquiries",
)
LIBRARY_KEY = "agent_settings"


def agent_settings(settings: Settings) -> dict[str, Any]:
    return {name: settings.get(name) for name in AGENT_SETTINGS}


def apply_agent_settings(settings: Settings, stored: object) -> None:
    """Take the agent's settings kept in a (restored) library."""
    if not isinstance(stored, dict):
        return
    for name in AGENT_SETTINGS:
        value = stored.get(name)
        if value is not None and isinstance(value, OPTIONS[name].type):
            settings.set(name, value)
    settings.sync()
