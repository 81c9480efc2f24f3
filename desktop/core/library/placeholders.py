"""The fixed list of reply placeholders and the regex filler (never ``str.format``)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date

#: Every placeholder a reply may use, with its meaning (English, Chinese). Order is display order.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "buyer": ("buyer's name", "买家称呼"),
    "agent": ("agent's name", "客服名字"),
    "shop": ("shop name", "店铺名称"),
    "product": ("product name", "商品名称"),
    "model": ("model, colour or style", "型号/颜色/款式"),
    "size": ("size", "尺码"),
    "price": ("price with currency", "价格"),
    "discount": ("discount, e.g. 10%", "折扣"),
    "qty": ("quantity", "数量"),
    "days": ("number of days", "天数"),
    "carrier": ("carrier or shipping method", "物流方式"),
    "tracking": ("tracking number", "运单号"),
    "order": ("order number", "订单号"),
    "date": ("date", "日期"),
    "alternative": ("an alternative item suggested instead", "替代商品"),
    "weight": ("package weight", "包裹重量"),
    "dimensions": ("package or item dimensions", "包装尺寸"),
    "part": ("a part or component", "配件/部件"),
    "certificate": ("a certificate or standard, e.g. CE", "认证/标准"),
    "deadline": ("a date the agent fills in, e.g. an order cut-off", "截止日期"),
    "holiday": ("a holiday or shopping event", "节日/活动"),
}

_PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


def placeholders_in(text: str) -> list[str]:
    """Known placeholders used in ``text``, each once, in order of first use."""
    found: list[str] = []
    for name in _PLACEHOLDER_RE.findall(text):
        if name in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def unknown_placeholders(text: str) -> list[str]:
    """Brace names in ``text`` that look like placeholders but are not on the list."""
    return sorted({n for n in _PLACEHOLDER_RE.findall(text) if n not in PLACEHOLDERS})


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` with ``values[name]``; unknown or missing names stay as written.

    Values are inserted literally: braces, backslashes or ``{other}`` inside a value are not
    expanded again.
    """

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return match.group(0) if value is None or value == "" else value

    return _PLACEHOLDER_RE.sub(replace, text)


#: Placeholders the app fills by itself (from settings or the clock).
AUTOMATIC = ("agent", "shop", "date")


def date_text(day: date, locale: str = "en_US") -> str:
    """A date as the buyer reads it, e.g. "November 22, 2026" (en_US) or "22 November 2026"."""
    from babel.dates import format_date

    try:
        return str(format_date(day, format="long", locale=locale))
    except (ValueError, LookupError):
        return str(format_date(day, format="long", locale="en_US"))


def html_with_placeholders(text: str) -> str:
    """Escape ``text`` for rich text and mark every ``{placeholder}`` with a span class."""
    escaped = html.escape(text)

    def mark(match: re.Match[str]) -> str:
        known = match.group(1) in PLACEHOLDERS
        cls = "ph" if known else "ph-bad"
        return f'<span class="{cls}">{match.group(0)}</span>'

    return _PLACEHOLDER_RE.sub(mark, escaped).replace("\n", "<br>")
