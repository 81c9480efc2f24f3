"""The Chinese words that ``borderdesk clock`` and ``borderdesk card`` print.

The core gives codes (state, topic, weekday index) and numbers (hours from Beijing); the
command line, a presentation layer, words them here and nowhere else. The window words the same
codes through its translation catalogue (``desktop/ui/buyer.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from babel import Locale

STATES_ZH = {
    "business": "工作时间",
    "after_hours": "已下班",
    "night": "夜间",
    "weekend": "周末",
    "holiday": "节假日",
}
TOPICS_ZH = {
    "communication": "沟通风格",
    "taboos": "禁忌",
    "colours_numbers": "颜色与数字",
    "values": "买家看重",
    "payment": "支付方式",
    "shopping": "购物季",
}
_ZH = Locale.parse("zh_CN")


def state_zh(state: str, holiday: str | None) -> str:
    """The state chip text: 工作时间 / 已下班 / 夜间 / 周末 / 节假日：name."""
    text = STATES_ZH[state]
    return f"{text}：{holiday}" if state == "holiday" and holiday else text


def government_zh(holiday: str | None) -> str:
    """A government-only holiday beside the state: offices close, most buyers work."""
    return f"（{holiday}：政府机构放假，多数买家照常上班）" if holiday else ""


def agent_closure_zh(name_zh: str, start: date, end: date) -> str:
    """The reminder of the agent's own closure under the clock."""
    return f"提醒：{name_zh} {start:%m-%d} 至 {end:%m-%d}，请提前告知买家发货和回复时间。"


def gap_zh(hours_from_beijing: float) -> str:
    """ "晚 13 小时" (the buyer is behind Beijing), "早 1 小时", or "与北京同时"."""
    if hours_from_beijing == 0:
        return "与北京同时"
    shown = f"{abs(hours_from_beijing):g}"
    return f"晚 {shown} 小时" if hours_from_beijing < 0 else f"早 {shown} 小时"


def weekdays_zh(days: Iterable[int]) -> list[str]:
    """Weekday indexes (Monday = 0) as CLDR's short Chinese names: 周一 ... 周日."""
    names = _ZH.days["format"]["abbreviated"]
    return [str(names[d]) for d in days]


def card_words(data: dict[str, Any]) -> dict[str, Any]:
    """The card data with its codes in words, as ``card --json`` prints it (weekend: 周六、周日)."""
    return {**data, "weekend": weekdays_zh(data["weekend"])}
