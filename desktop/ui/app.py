"""Application start-up: QApplication, translations, style, the window, and ``--selftest``."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.core.paths import APP_NAME, resource
from desktop.core.safety.recovery import Opened

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from desktop.ui.main_window import MainWindow


def recovery_text(opened: Opened) -> str | None:
    """The recovery told in the UI language, in one sentence (None: nothing happened)."""
    from PySide6.QtCore import QCoreApplication

    if not opened.notice:
        return None

    what = {
        "bad_header": QCoreApplication.translate(
            "Recovery", "its first bytes are not a database's"
        ),
        "truncated": QCoreApplication.translate("Recovery", "it is cut short"),
        "corrupt": QCoreApplication.translate("Recovery", "some of its pages are broken"),
        "emptied": QCoreApplication.translate("Recovery", "it is empty although it held data"),
    }.get(opened.kind or "", "")
    if opened.restored == "asked":
        return QCoreApplication.translate(
            "Recovery", "The backup you chose was restored; the file it replaced was kept."
        )
    if opened.restored == "fresh":
        text = QCoreApplication.translate(
            "Recovery",
            "The library file could not be read (%1) and was moved to %2. No sound backup "
            "was found: a fresh library with the built-in replies was created.",
        )
    else:
        text = QCoreApplication.translate(
            "Recovery",
            "The library file could not be read (%1) and was moved to %2. The backup of %3 "
            "was restored.",
        )
    return (
        text.replace("%1", what)
        .replace("%2", str(opened.damaged))
        .replace("%3", opened.restored or "")
    )


class App:
    """Owns the services and the main window; rebuilds the window when the language changes."""

    def __init__(self, db: str | None, settings_path: Path | None = None) -> None:
        from PySide6.QtGui import QFont, QIcon
        from PySide6.QtWidgets import QApplication

        from desktop.ui import source_scan

        source_scan.install()  # before the modules below are imported
        from desktop.core import open_library
        from desktop.core.safety.recovery import open_safely
        from desktop.ui.i18n import Translations
        from desktop.ui.settings import LIBRARY_KEY, Settings, apply_agent_settings
        from desktop.ui.startup import QuietStart
        from desktop.ui.tasks import TaskRunner

        existing = QApplication.instance()
        self.qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        self.qapp.setApplicationName(APP_NAME)
        self.qapp.setOrganizationName(APP_NAME)
        self.qapp.setWindowIcon(QIcon(str(resource("resources", "icons", "borderdesk.png"))))
        font = QFont(self.qapp.font())
        font.setFamilies(
            [font.family(), "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei"]
        )
        self.qapp.setFont(font)
        style = resource("resources", "style.qss")
        if style.exists():
            self.qapp.setStyleSheet(style.read_text(encoding="utf-8"))
        from desktop.core.errors import setup_logging

        with contextlib.suppress(OSError):  # no log folder (read-only profile): still runs
            setup_logging()
        self.settings = Settings(settings_path)
        self.translations = Translations(self.qapp)
        if db == ":memory:":
            self.library, self.notice = open_library(db), None
        else:
            opened = open_safely(Path(db) if db else None)
            self.library, self.notice = opened.library, recovery_text(opened)
            if opened.restored:  # a backup came back: the agent's settings come with it
                apply_agent_settings(self.settings, self.library.get_setting(LIBRARY_KEY))
        self.tasks = TaskRunner()
        self.quiet = QuietStart(self.tasks, self.qapp)  # background work waits for a pause
        self.tray: QSystemTrayIcon | None = None
        self.single: object | None = None  # the single-instance listener (run_gui sets it)
        self.window = self._make_window()
        if self.library.path is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._start_backup)

    def _start_backup(self) -> None:
        """Back the library up if it changed since the last backup, on the background worker
        after the first paint (a large library's copy and check take seconds)."""
        from desktop.core.safety.recovery import start_backup

        path = self.library.path
        if path is not None:
            self.tasks.submit(lambda: start_backup(path), lambda _: None, background=True)

    def _make_window(self) -> MainWindow:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.services import Services

        language = self.settings.get("ui_language")
        self.translations.apply(language)
        tasks = self.tasks.scope()  # dropped with the window: no callback into a deleted one
        window = MainWindow(Services(self.library, tasks, self.settings, language != "en"))
        window.languageChanged.connect(self._language_changed)
        self.quiet.watch(window)
        window.search.textChanged.connect(self.quiet.nudge)
        window.copier.copied.connect(self.quiet.nudge)
        self._setup_tray(window)
        return window

    def _language_changed(self, _language: str) -> None:
        from PySide6.QtCore import QTimer

        def rebuild() -> None:
            old = self.window
            old.services.tasks.shutdown()  # its pending results are for models about to go
            old.close()
            old.deleteLater()
            self.window = self._make_window()
            self.window.show()

        QTimer.singleShot(0, rebuild)

    def _setup_tray(self, window: MainWindow) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        if self.tray is not None:
            self.tray.hide()
            self.tray = None
        if not self.settings.get("tray_icon") or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = QSystemTrayIcon(self.qapp.windowIcon(), self.qapp)
        menu = QMenu()
        show = QAction(window.tr("Show BorderDesk"), menu)

        def raise_window() -> None:
            window.showNormal()
            window.activateWindow()

        show.triggered.connect(raise_window)
        quit_ = QAction(window.tr("Quit"), menu)
        quit_.triggered.connect(self.qapp.quit)
        menu.addAction(show)
        menu.addAction(quit_)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: raise_window())
        tray.show()
        self.tray = tray
        self._tray_menu = menu

    def run(self) -> int:
        self.window.show()
        if self.notice:  # the library had to be recovered: say so once, in one sentence
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QMessageBox

            notice = self.notice
            QTimer.singleShot(
                0,
                lambda: QMessageBox.warning(
                    self.window, self.window.tr("The library was recovered"), notice
                ),
            )
        code = self.qapp.exec()
        self.close()
        return int(code)

    def bring_forward(self) -> None:
        """A second launch asked for the window: show it, unminimised, in front."""
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def close(self) -> None:
        from desktop.ui.settings import LIBRARY_KEY, agent_settings

        self.window.services.tasks.shutdown()
        self.tasks.shutdown()
        self.quiet.release()  # its event filter off the application; nothing held starts now
        self.quiet.deleteLater()
        with contextlib.suppress(Exception):  # a full disk must not stop the window closing
            self.library.set_setting(LIBRARY_KEY, agent_settings(self.settings))
        self.translations.apply("en")  # take our catalogue off the (shared) application
        self.library.close()


def run_gui(db: str | None, selftest: bool = False, out: TextIO = sys.stdout) -> int:
    """Open the window and run the event loop; with ``selftest``, check and exit."""
    if selftest and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.perf_counter()
    if selftest:
        import tempfile

        app = App(db, Path(tempfile.mkdtemp()) / "selftest-settings.ini")
    else:
        from PySide6.QtWidgets import QApplication

        from desktop.ui import source_scan

        source_scan.install()
        from desktop.ui.single import SingleInstance, ask_running, claim, server_name

        name = server_name(db)
        qapp = QApplication.instance() or QApplication(sys.argv[:1])
        lock = claim(name)
        if lock is None and ask_running(name):
            print("borderdesk: already running; its window was brought to the front", file=out)
            del qapp
            return 0
        lock = lock or claim(name)  # the other window closed meanwhile
        app = App(db)
        if lock is not None:
            app.single = SingleInstance(lock, name, app.bring_forward)
    if not selftest:
        return app.run()
    app.window.show()
    return _selftest(app, (time.perf_counter() - t0) * 1000, out)


#: A phone number (a pattern's error), and a neighbour's order (the learned model's warning).
_RISKY = (
    ("Call me on +44 7700 900123.", "off_platform.phone"),
    (
        "Hi Anna, the lady next door to you also bought this lamp from us last week.",
        "buyer_details.learned",
    ),
)


def _compliance_works() -> dict[str, bool]:
    """Whether the shipped rules and the learned model are there and find what they should
    (a bundle missing data/compliance would check nothing, quietly)."""
    from desktop.core.compliance.check import check

    found = [rule in {f.rule for f in check(text, "aliexpress")} for text, rule in _RISKY]
    return {"patterns": found[0], "model": found[1]}


def _rss_mb() -> float | None:
    """This process's resident memory in MB where /proc tells it (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _wait(predicate, timeout_s: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.002)
    return False


def _build_panels(window: MainWindow, out: TextIO) -> bool:
    """Build every dock panel (each is imported when first shown; a bundle that misses a
    module fails here, not in an agent's hands)."""
    ok = True
    for name in window.panels.widgets:
        try:
            window.panels.widgets[name]
        except Exception as exc:  # reported, the selftest fails
            out.write(f"panel {name}: {type(exc).__name__}: {exc}\n")
            ok = False
    return ok


def _suggest(window: MainWindow, out: TextIO) -> bool:
    """Paste a buyer's message into the suggestion tab and wait for its suggestions."""
    page, counts = window.message_page, list[int]()
    page.suggestionsShown.connect(counts.append)
    t = time.perf_counter()
    page.message.setPlainText("hi where is my parcel, it is 3 weeks already")
    ok = _wait(lambda: bool(counts) and counts[-1] > 0, timeout_s=60.0)
    seconds = time.perf_counter() - t
    out.write(
        json.dumps(
            {
                "suggestions": counts[-1] if counts else 0,
                "suggest_s": round(seconds, 2),
                "rss_mb": _rss_mb(),
            }
        )
        + "\n"
    )
    return ok


#: What the selftest types into a reply's blanks (any other blank: "2").
_TYPED = {"buyer": "Alex", "agent": "Lin", "shop": "Demo Store", "product": "desk lamp"}


def _selftest(app: App, startup_ms: float, out: TextIO) -> int:
    from PySide6.QtGui import QGuiApplication

    window = app.window
    shown: list[int] = []
    window.results_view.resultsShown.connect(shown.append)
    _wait(lambda: bool(shown))  # the first view
    shown.clear()
    t = time.perf_counter()
    window.search.setText("shipping")
    ok_search = _wait(lambda: bool(shown) and window.current_entry() is not None)
    search_ms = (time.perf_counter() - t) * 1000
    # Copy the first reply as an agent does: its blanks typed into the fill-in form, then Enter
    # (the copy is checked for what the platform punishes, and lands on the clipboard).
    entries = window.visible_entries()
    entry = entries[0] if entries else None
    expected = entry.en if entry is not None else None
    QGuiApplication.clipboard().clear()
    t = time.perf_counter()
    if entry is not None:
        window.copier.copy(entry)
        if window.fill.isVisible():
            for name, field in window.fill.fields.items():
                field.setText(field.text() or _TYPED.get(name, "2"))
            expected = window.fill.text()
            window.fill.accept()
    copy_ms = (time.perf_counter() - t) * 1000
    copied = QGuiApplication.clipboard().text()
    ok = ok_search and entry is not None and copied == expected
    report = {
        "ok": ok,
        "startup_ms": round(startup_ms, 1),
        "search_ms": round(search_ms, 1),
        "copy_ms": round(copy_ms, 1),
        "results": shown[-1] if shown else 0,
        "copied_id": entry.id if entry else None,
        "library_entries": app.library.count(),
        "rss_mb": _rss_mb(),
        # CPU time of every thread since the process began: steadier than the times above
        # on a shared machine, where other processes take the CPU between them
        "cpu_ms": round(time.process_time() * 1000),
    }
    out.write(json.dumps(report, ensure_ascii=False) + "\n")
    out.flush()
    # After the first line (a launcher waits for it: the window has searched and copied):
    # the checker finds what it should, each panel is built once, and a buyer's message gets
    # suggestions (the suggestion model is built), so the peak memory counts them all.
    compliance = _compliance_works()
    out.write(json.dumps({"compliance": compliance}) + "\n")
    ok = ok and all(compliance.values())
    panels = _build_panels(window, out)
    out.write(json.dumps({"panels_rss_mb": _rss_mb()}) + "\n")
    ok = panels and _suggest(window, out) and ok
    window.close()
    app.close()
    return 0 if ok else 1
