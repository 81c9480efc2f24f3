"""Take the README screenshots: run under Xvfb with a CJK font installed.

    xvfb-run -s "-screen 0 1600x900x24" .venv/bin/python docs/screenshots/take.py [--all|--english]

Each shot drives the real application and grabs the X screen with ImageMagick's ``import``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import App
from desktop.ui.draft_panel import DraftPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.practice_panel import PracticePanel
from desktop.ui.quote_panel import QuotePanel
from desktop.ui.settings import Settings

OUT = Path(__file__).resolve().parent
#: design.md's worked example.
QUOTE_EXAMPLE = dict(
    cost="30",
    domestic="3",
    international="25",
    loss="5",
    commission="8",
    payout="1",
    margin="15",
    fx="7.10",
    discount="30",
)


def shoot(widget: QWidget, name: str, width: int | None = None) -> None:
    """Grab the widget's area of the X screen (or ``width`` pixels from its left edge)."""
    frame = widget.frameGeometry()
    crop = f"{width or frame.width()}x{frame.height()}+{frame.x()}+{frame.y()}"
    subprocess.run(["import", "-window", "root", "-crop", crop, str(OUT / name)], check=True)
    print(OUT / name)


def shoot_area(x: int, y: int, width: int, height: int, name: str) -> None:
    crop = f"{width}x{height}+{x}+{y}"
    subprocess.run(["import", "-window", "root", "-crop", crop, str(OUT / name)], check=True)
    print(OUT / name)


def quote(window: MainWindow) -> QuotePanel:
    panel = window.panels.widgets["quote"]
    assert isinstance(panel, QuotePanel)
    return panel


RISKY_DRAFT = (
    "Hi Anna, thanks for your order! I guarantee it will arrive before Friday. "
    "If you leave us 5 stars we will refund 2 dollars. For faster answers add me on "
    "WhatsApp +44 7700 900123. Have a nice day!"
)


#: No pattern names it; the learned model reads it as another buyer's details.
LEARNED_DRAFT = "Hi Anna, the lady next door to you also bought this lamp from us last week."


def draft(window: MainWindow) -> DraftPanel:
    panel = window.panels.widgets["draft"]
    assert isinstance(panel, DraftPanel)
    return panel


def practice(window: MainWindow) -> PracticePanel:
    panel = window.panels.widgets["practice"]
    assert isinstance(panel, PracticePanel)
    return panel


#: A week of a busy agent's inquiries (scenario, this week, last week) and their notes.
WEEK = [
    ("shipping.tracking", 34, 29),
    ("shipping.delay", 21, 12),
    ("price.still_too_high", 14, 15),
    ("product.size_advice", 12, 9),
    ("customs.import_tax", 9, 4),
    ("aftersales.damaged_item", 6, 7),
    ("payment.failed", 5, 2),
    ("aftersales.refund_status", 4, 6),
    ("product.real_photos", 3, 1),
]
NOTES = [
    ("product.real_photos", "product", "买家说颜色和图片有色差，已转采购核对批次"),
    ("shipping.delay", "logistics", "巴西专线本周普遍延误，请物流确认清关情况"),
    ("price.still_too_high", "lead", "三位买家比价同款，低于我们 15%，请主管定价"),
]
COUNTRIES = ["US", "BR", "ES", "DE", "FR", "BR", "US", "PL"]


def seed_week(lib: object) -> None:
    """Log the example week (and the one before) so the report has something to show."""
    from desktop.core.report.log import InquiryLog
    from desktop.core.report.weeks import week_of

    log, week = InquiryLog(lib), week_of(time.time())  # type: ignore[arg-type]
    start, _ = week.bounds()
    span = max(3600, int(time.time()) - start - 60)
    for i, (scenario, now, before) in enumerate(WEEK):
        for n in range(before):
            log.log(scenario, country=COUNTRIES[n % 8], at=start - 600 - n * 4001 - i * 97)
        for n in range(now):
            log.log(
                scenario, country=COUNTRIES[(n + i) % 8], at=start + (n * 7919 + i * 131) % span
            )
    for scenario, dept, note in NOTES:
        log.log(scenario, dept, note, "BR", at=start + span // 2)


def pdf_page(panel: object, name: str) -> None:
    """The report panel's PDF and its first page as a PNG (pdftoppm, poppler-utils)."""
    pdf = OUT / name.replace(".png", ".pdf")
    panel.export_to(pdf, "pdf")  # type: ignore[attr-defined]
    if shutil.which("pdftoppm"):
        stem = OUT / name.removesuffix(".png")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(stem)], check=True
        )
    pdf.unlink()


def run_steps(app: QApplication, steps: list[Callable[[], None]], gap_ms: int = 700) -> None:
    """Run each step inside the event loop, a gap apart, so the window is painted in between."""
    pending = list(steps)

    def next_step() -> None:
        if not pending:
            app.quit()
            return
        pending.pop(0)()
        QTimer.singleShot(gap_ms, next_step)

    QTimer.singleShot(gap_ms, next_step)
    app.exec()


def fake_console() -> QWidget:
    """A browser-sized stand-in for the seller console, only for the screenshot."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QSplitter, QVBoxLayout

    window = QWidget()
    window.setWindowTitle("Seller console — Messages (browser)")
    address = QLineEdit("https://seller-console.example/messages")
    chats = QListWidget()
    chats.addItems(["Anna (Brazil) · 2 min", "Marco (Spain) · 1 h", "Olga (Russia) · 3 h"])
    chat = QLabel(
        "<p style='color:#555'>Anna · order 8123</p>"
        "<p style='background:#eef2f7;padding:8px'>hi, wher is my pakage? i paid 2 weeks ago. "
        "also can you send tracking number pls</p>"
    )
    chat.setWordWrap(True)
    chat.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    split = QSplitter()
    split.addWidget(chats)
    split.addWidget(chat)
    split.setSizes([280, 800])
    layout = QVBoxLayout(window)
    layout.addWidget(address)
    layout.addWidget(split, 1)
    return window


def english_steps(w: MainWindow) -> list[Callable[[], None]]:
    """The English UI: main window, buyer panel and quotation panel (``-en`` file names)."""
    return [
        lambda: w.search.setText("customs"),
        lambda: shoot(w, "main-window-en.png"),
        lambda: w.setGeometry(0, 0, 1560, 860),
        lambda: w.panels.set_open("buyer", True),
        lambda: w.search.setText("boleto"),
        lambda: None,
        lambda: shoot_area(0, 0, 1570, 870, "buyer-country-en.png"),
        lambda: w.set_country("US"),
        lambda: w.panels.set_open("quote", True),
        lambda: [quote(w).fields[k].setText(v) for k, v in QUOTE_EXAMPLE.items()],
        lambda: quote(w).counter.setText("10.50"),
        lambda: None,
        lambda: shoot_area(0, 0, 1570, 880, "quotation-en.png"),
    ]


def report_steps(w: MainWindow, lib: object, suffix: str = "") -> list[Callable[[], None]]:
    """The weekly report on an example week, and its PDF's first page."""
    return [
        lambda: seed_week(lib),
        lambda: w.services.hub.inquiryLogged.emit(),
        lambda: w.setGeometry(0, 0, 1560, 860),
        lambda: w.panels.set_open("report", True),
        lambda: None,
        lambda: shoot_area(0, 0, 1570, 880, f"weekly-report{suffix}.png"),
        lambda: pdf_page(w.panels.widgets["report"], f"weekly-report-pdf{suffix}.png"),
    ]


def safety_steps(w: MainWindow, suffix: str = "") -> list[Callable[[], None]]:
    """The Backups panel after a backup by hand."""
    return [
        lambda: w.setGeometry(0, 0, 1560, 860),
        lambda: w.panels.set_open("safety", True),
        lambda: w.panels.widgets["safety"].back_up(),  # type: ignore[attr-defined]
        lambda: None,
        lambda: shoot_area(0, 0, 1570, 880, f"backups{suffix}.png"),
    ]


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    english = "--english" in sys.argv
    if english:
        Settings(tmp / "settings.ini").set("ui_language", "en")
    app = App(str(tmp / "shots.sqlite"), tmp / "settings.ini")
    app.settings.set("agent_name", "Lily")
    app.settings.set("shop_name", "Sunny Gadgets")
    w = app.window
    w.resize(1280, 760)
    w.move(0, 0)
    w.show()
    w.panels.set_open("buyer", False)
    w.set_country("BR")
    w.panels.set_open("quote", False)
    if english:
        extra = report_steps(w, app.library, "-en") if "--report" in sys.argv else []
        if "--safety" in sys.argv:
            extra += safety_steps(w, "-en")
        run_steps(app.qapp, english_steps(w) + extra)
        app.close()
        return 0
    steps: list[Callable[[], None]] = [
        lambda: w.search.setText("关税"),
        lambda: shoot(w, "main-window.png"),
    ]
    if "--retrieval" in sys.argv or "--all" in sys.argv:
        steps += [
            lambda: w.set_country("US"),
            lambda: w.search.setText("能不能便宜一点"),
            lambda: shoot(w, "search-chinese.png"),
            lambda: w.search.clear(),
            lambda: w.focus_message(),
            lambda: w.message.setPlainText(
                "oi amigo, comprei faz 20 dias e nada de chegar. qual o prazo de entrega pro "
                "brasil? e tem taxa da receita?"
            ),
            *[lambda: None] * 4,  # the suggestion model is built on the worker meanwhile
            lambda: shoot(w, "buyer-language.png"),
            lambda: w.message.clear(),
            lambda: w.set_country("BR"),
        ]
    console = fake_console()
    if "--all" in sys.argv:
        steps += [
            lambda: w.search.setText("tracking"),
            lambda: w.copy_current(),
            lambda: w.fill.fields["buyer"].setText("Anna") if "buyer" in w.fill.fields else None,
            lambda: shoot(w, "fill-in.png"),
            lambda: w.fill.reject(),
            lambda: w.act_compact.trigger(),
            lambda: (console.setGeometry(0, 0, 1100, 820), console.show()),
            lambda: (w.setGeometry(1104, 0, 420, 820), w.raise_()),
            lambda: w.search.clear(),
            lambda: w.focus_message(),
            lambda: w.message.setPlainText(
                "hi, wher is my pakage? i paid 2 weeks ago. also can you send tracking number pls"
            ),
            lambda: shoot_area(0, 0, 1530, 860, "compact-beside-console.png"),
            lambda: w.act_compact.trigger(),
            lambda: console.hide(),
            lambda: w.setGeometry(0, 0, 1560, 860),
            lambda: w.panels.set_open("buyer", True),
            lambda: w.set_country("BR"),
            lambda: w.search.setText("boleto"),
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 870, "buyer-country.png"),
            lambda: w.set_country("JP"),
            lambda: w.search.setText("包装"),
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 870, "buyer-country-japan.png"),
            lambda: w.set_country("US"),
            lambda: w.panels.set_open("quote", True),
            lambda: [quote(w).fields[k].setText(v) for k, v in QUOTE_EXAMPLE.items()],
            lambda: quote(w).counter.setText("10.50"),
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 880, "quotation.png"),
            lambda: w.panels.set_open("draft", True),
            lambda: draft(w).editor.setPlainText(RISKY_DRAFT),
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 880, "check-draft.png"),
            lambda: draft(w).editor.setPlainText(LEARNED_DRAFT),
            lambda: None,
            lambda: shoot_area(1090, 40, 480, 800, "check-draft-learned.png"),
            lambda: w.panels.set_open("practice", True),
            lambda: practice(w).begin("scenario"),
            lambda: practice(w).choose(practice(w).current().answer),  # type: ignore[union-attr]
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 880, "practice.png"),
            lambda: w.panels.set_open("handbook", True),
            lambda: None,
            lambda: shoot_area(0, 0, 1570, 880, "handbook.png"),
        ]
    if "--report" in sys.argv or "--all" in sys.argv:
        steps += report_steps(w, app.library)
    if "--safety" in sys.argv or "--all" in sys.argv:
        steps += safety_steps(w)
    run_steps(app.qapp, steps)
    app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
