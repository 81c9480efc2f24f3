"""What every part of the window is given: the library, the task runner, the settings, the UI
language, and the hub through which the parts tell each other what happened.

A panel never calls the window and the window never reaches into a panel: the panel listens to
the hub's ``countryChanged`` and ``libraryChanged`` and asks for things (open a scenario, fill a
reply with a quote, show a status message) by emitting the hub's request signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.core.library import Library
from desktop.ui.settings import Settings
from desktop.ui.tasks import TaskRunner

#: Gives the agent's two filters for the next query: the platform (None: every platform) and
#: the buyer's country (ISO code).
Where = Callable[[], tuple[str | None, str]]


class Hub(QObject):
    """The window's signals, shared by the window, its controllers and its panels."""

    #: The buyer's country changed (ISO code).
    countryChanged = Signal(str)
    #: A write to the library finished (add, edit, delete, favourite, presets, ...).
    libraryChanged = Signal()
    #: A reply was copied and its use recorded (counts changed, not the content).
    usageRecorded = Signal(str)
    #: An inquiry was logged, corrected or deleted (the weekly report is out of date).
    inquiryLogged = Signal()
    #: Settings were changed in the settings dialog.
    settingsChanged = Signal()
    #: Requests to the window: browse a scenario; open a scenario's price reply with values;
    #: show a sentence in the status bar.
    openScenario = Signal(str)
    #: Open (and raise) a registered panel by name; start a practice quiz of a kind.
    panelRequested = Signal(str)
    practiceRequested = Signal(str)
    quoteReply = Signal(str, dict)
    status = Signal(str)


@dataclass(frozen=True)
class Services:
    """Passed to every panel and controller in its constructor."""

    library: Library
    tasks: TaskRunner
    settings: Settings
    chinese: bool = True
    hub: Hub = field(default_factory=Hub)

    @property
    def platform(self) -> str | None:
        """The agent's platform setting; None when they asked for every platform."""
        platform = str(self.settings.get("platform"))
        return None if platform == "all" else platform

    @property
    def ui_locale(self) -> str:
        """The Babel locale of the UI language (for names that CLDR or holidays translate)."""
        return "zh_CN" if self.chinese else "en_US"
