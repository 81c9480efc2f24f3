"""What the window does after its first paint, off the GUI thread: merge the team packs the
agent follows, then warm what the first copy and the first suggestion need (the compliance
rules, the suggestion model). None of it may hold up the first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.ui.services import Services
from desktop.ui.tasks import TaskRunner

#: Background work waits at start-up for a pause this long in the agent's keys, clicks,
#: searches and copies (:class:`QuietStart`) ...
QUIET_MS = 300
#: ... or this long at most.
MAX_HOLD_MS = 4000
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Wheel,
    }
)
#: Wait this long after the first paint before warming (the agent's first keys come first).
WARM_DELAY_MS = 1500
#: Wait this long before reading the compliance rules (~0.2 s of CPU): the first view and the
#: first search come first (read beside them, they took ~50 ms longer under the shared GIL);
#: a check asked for sooner reads them itself, the fill-in preview's on the background worker.
WARM_COPY_DELAY_MS = 400


def merge_team_packs(
    services: Services, then: Callable[[list[object]], None] | None = None, quiet: bool = False
) -> None:
    """Merge the newer versions of the followed team packs, on the worker; say how it went
    in the status bar (``quiet``: only when there are packs) and refresh the views when
    something came in."""
    lib, hub = services.library, services.hub

    def done(results: list[object]) -> None:
        merged = [r for r in results if not isinstance(r, str) and not r.skipped]  # type: ignore[attr-defined]
        failed = [r for r in results if isinstance(r, str)]
        text = QCoreApplication.translate(
            "SafetyPanel", "Team packs: %1 merged, %2 could not be read"
        )
        if results or not quiet:
            hub.status.emit(text.replace("%1", str(len(merged))).replace("%2", str(len(failed))))
        if merged:
            hub.libraryChanged.emit()
        if then is not None:
            then(results)

    def merge() -> list[object]:
        from desktop.core.library.teampacks import update_all  # ~40 ms: on the worker

        return update_all(lib)  # type: ignore[return-value]

    services.tasks.submit(merge, done)


class QuietStart(QObject):
    """Holds a runner's background work from start-up until the agent's first pause: no
    key, click, search or copy for :data:`QUIET_MS` after the window is first shown
    (:meth:`watch`), or :data:`MAX_HOLD_MS` after start-up at most. The warming, the open
    panels' imports, the country names and the team packs then start; until then they would
    share the GIL with the first search and copy (in the selftest's start, ~0.2 s of such
    work ran beside them)."""

    def __init__(self, tasks: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self._tasks = tasks
        tasks.hold()
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self.release)
        self._watched: QWidget | None = None
        QTimer.singleShot(MAX_HOLD_MS, self, self.release)

    def watch(self, window: QWidget) -> None:
        """Count the pause from ``window``'s first show; from then on every key and click
        in the application starts it again (watched only while holding: a Python call per
        event)."""
        if self._tasks.holding and self._watched is None:
            self._watched = window
            window.installEventFilter(self)

    def nudge(self) -> None:
        """The agent did something (searched, copied): the pause starts again."""
        if self._tasks.holding:
            self._quiet.start()

    def release(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._watched is not None and isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        self._quiet.stop()
        self._tasks.release()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self.nudge()
        elif kind == QEvent.Type.Show and watched is self._watched:
            watched.removeEventFilter(self)
            app = QCoreApplication.instance()
            if app is not None and self._tasks.holding:
                app.installEventFilter(self)
            self.nudge()  # the window is on screen: the pause is counted from now
        return False


def _copy_needs() -> None:
    """What the first copy needs: the compliance rules read and indexed and the learned
    model read (~0.25 s), and babel.dates for the ``{date}`` blank (~0.1 s to import: it
    looks up the local zone)."""
    import babel.dates  # noqa: F401

    from desktop.core.compliance.check import check

    check("Thank you for your order.", None)


def _warm_copy(services: Services) -> None:
    services.tasks.submit(_copy_needs, lambda _: None, background=True)


def _warm_model(services: Services) -> None:
    services.tasks.submit(services.library.warm, lambda _: None, background=True)


def after_first_paint(services: Services) -> None:
    """Schedule the start-up work that can wait for the window to be on screen (and, while
    the runner is held at start-up, for the agent's first pause: :class:`QuietStart`)."""
    if services.library.path is not None:  # a file library: the team lead may have published
        QTimer.singleShot(
            0,
            lambda: services.tasks.when_released(lambda: merge_team_packs(services, quiet=True)),
        )
    if services.tasks.threaded:
        QTimer.singleShot(WARM_COPY_DELAY_MS, lambda: _warm_copy(services))
        QTimer.singleShot(WARM_DELAY_MS, lambda: _warm_model(services))
