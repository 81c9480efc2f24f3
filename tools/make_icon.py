"""Draw the app icon (resources/icons/borderdesk.png). Run once; the PNG is committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPolygonF,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "borderdesk.png"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, size, size)
    gradient.setColorAt(0, QColor("#2f6fde"))
    gradient.setColorAt(1, QColor("#14a38b"))
    p.setBrush(gradient)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), 48, 48)
    # A speech bubble carrying the character 跨 ("across"): replies across borders.
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(44, 52, 168, 124), 28, 28)
    p.drawPolygon(QPolygonF([QPointF(92, 170), QPointF(80, 212), QPointF(130, 172)]))
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(96)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#1f4fae"))
    p.drawText(QRectF(44, 52, 168, 124), Qt.AlignmentFlag.AlignCenter, "跨")
    p.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT))
    print(OUT)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
