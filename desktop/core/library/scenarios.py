"""The scenario taxonomy (``data/scenarios.toml``, a copy of the shared contract)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from desktop.core.paths import resource

#: Stage ids in conversation order, with their short Chinese and English labels.
STAGES: dict[str, tuple[str, str]] = {
    "greeting": ("问候", "Greeting"),
    "product": ("产品", "Product"),
    "price": ("价格", "Price"),
    "payment": ("支付", "Payment"),
    "shipping": ("物流", "Shipping"),
    "customs": ("关税", "Customs"),
    "order": ("订单", "Order"),
    "aftersales": ("售后", "After-sales"),
    "closing": ("结束", "Closing"),
}


@dataclass(frozen=True)
class Scenario:
    """One scenario: ``id`` is ``<stage>.<name>``."""

    id: str
    stage: str
    zh: str
    en: str


@cache
def scenarios() -> dict[str, Scenario]:
    """All scenarios in file order (stage order, then the order they are listed)."""
    with resource("data", "scenarios.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    result: dict[str, Scenario] = {}
    for stage, entries in raw.items():
        for name, texts in entries.items():
            sid = f"{stage}.{name}"
            result[sid] = Scenario(sid, stage, str(texts["zh"]), str(texts["en"]))
    return result


def stage_of(scenario_id: str) -> str:
    """The stage part of a scenario id."""
    return scenario_id.split(".", 1)[0]
