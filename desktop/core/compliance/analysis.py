"""What the shipped rules' patterns require and start with, worked out ahead of time.

Reading the rules works out, for each of ~5,000 patterns and branches, the words its matches
start with (:func:`~desktop.core.compliance.anchors.anchors`) and the strings it cannot match
without (:func:`~desktop.core.compliance.anchors.required`): ~0.3 s of Python that the first
copy after start-up, and every ``borderdesk check``, waited for. ``data/compliance/analysis.json``
holds those results, keyed by the pattern's source, written by ``tools/analyse_rules.py``; a
test fails when it is not what the code works out today. A pattern it does not hold (a rule
edited since) is worked out as before, so the file can make a read faster, never different.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop.core.compliance import anchors as _anchors
from desktop.core.paths import resource

FORMAT = 1
FILE = ("data", "compliance", "analysis.json")


def load() -> dict[str, Any]:
    """The shipped results (empty when the file is missing, damaged or of another format:
    everything is then worked out)."""
    try:
        with resource(*FILE).open(encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("format") != FORMAT:
            return {}
        return {
            key: None if value is None else tuple(value) for key, value in data["known"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@contextmanager
def remembered(table: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Look patterns up in ``table`` (and add the ones worked out) while inside."""
    _anchors.memo = table
    try:
        yield table
    finally:
        _anchors.memo = None


class _Used(dict[str, Any]):
    """A table that notes the keys looked up in it."""

    def __init__(self, known: dict[str, Any]) -> None:
        super().__init__(known)
        self.used: set[str] = set()

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        if found:
            self.used.add(str(key))
        return found


def analyse(read: Any) -> dict[str, Any]:
    """The file's content for the rules ``read()`` reads and plans: every pattern worked out
    afresh, then only what a read with those results looks up (not the inner groups it no
    longer needs to work out)."""
    with remembered({}) as fresh:
        read()
    table = _Used(fresh)
    with remembered(table):
        read()
    known = {key: fresh[key] for key in sorted(table.used)}
    return {
        "format": FORMAT,
        "known": {k: None if v is None else list(v) for k, v in known.items()},
    }
