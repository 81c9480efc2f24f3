"""Departments an inquiry is passed on to, and each scenario's default one
(``data/report/departments.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from desktop.core.paths import resource


@dataclass(frozen=True)
class Department:
    id: str
    zh: str
    en: str

    def name(self, chinese: bool) -> str:
        return self.zh if chinese else self.en


@cache
def _data() -> tuple[dict[str, Department], dict[str, str]]:
    with resource("data", "report", "departments.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    departments = {
        key: Department(key, str(v["zh"]), str(v["en"])) for key, v in raw["department"].items()
    }
    return departments, {str(k): str(v) for k, v in raw["scenario"].items()}


def departments() -> dict[str, Department]:
    """All departments, in the file's order."""
    return _data()[0]


def default_department(scenario: str) -> str:
    """The department a scenario's inquiries go to unless the agent picks another."""
    return _data()[1].get(scenario, "lead")


def find_department(text: str) -> str | None:
    """A department id from its id or its Chinese or English name (any case), else None."""
    wanted = text.strip().casefold()
    for dept in departments().values():
        if wanted in (dept.id, dept.zh.casefold(), dept.en.casefold()):
            return dept.id
    return None
