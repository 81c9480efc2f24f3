"""What the shipped rules' patterns require and start with, worked out ahead of time.

Reading the rules works out, for each of ~5,000 patterns and branches, the words its matches
start with (:func:`~desktop.core.compliance.anchors.anchors`), the strings it cannot match
without (:func:`~desktop.core.compliance.anchors.required`) and its branches: ~0.3 s of Python
that the first copy after start-up, and every ``borderdesk check``, waited for.
``data/compliance/analysis.marshal`` holds those results keyed by the pattern's source, and
``rules.toml`` parsed (used while the file's SHA-256 is the one recorded), in Python's own
data format (read in ~10 ms, JSON took ~30). ``tools/analyse_rules.py`` writes it; a test fails
when it is not what the code works out today. A pattern it does not hold (a rule edited since)
is worked out as before, so the file can make a read faster, never different.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from desktop.core.compliance import anchors as _anchors
from desktop.core.paths import resource

FORMAT = 1
FILE = ("data", "compliance", "analysis.marshal")


@cache
def _shipped() -> dict[str, Any]:
    """The file's content: ``format``, ``known`` (the results), ``sha256`` (of the
    ``rules.toml`` they were worked out for) and ``rules`` (that file parsed). Empty when
    the file is missing, damaged or of another format: everything is then worked out."""
    try:
        data = marshal.loads(resource(*FILE).read_bytes())
        if (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and isinstance(data.get("known"), dict)
            and isinstance(data.get("rules"), dict)
        ):
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


def table() -> dict[str, Any]:
    """The results, kept from the rules' read to their plan (:func:`release` then)."""
    known: dict[str, Any] = _shipped().get("known", {})
    return known


def parsed(raw: bytes) -> dict[str, Any] | None:
    """``rules.toml`` as ``tomllib`` parses it, when ``raw`` is the text the file was written
    for (~30 ms saved; None: parse it)."""
    data = _shipped()
    if data and data.get("sha256") == hashlib.sha256(raw).hexdigest():
        rules: dict[str, Any] = data["rules"]
        return rules
    return None


def release() -> None:
    """Let the file go: the rules are read and planned (~5 MB of strings)."""
    _shipped.cache_clear()


def load() -> dict[str, Any]:
    """The results the file holds (empty: a missing or damaged file)."""
    known = table()
    release()
    return known


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
    """The results for the rules ``read()`` reads and plans: every pattern worked out afresh,
    then only what a read with those results looks up (not the inner groups it no longer needs
    to work out)."""
    with remembered({}) as fresh:
        read()
    table = _Used(fresh)
    with remembered(table):
        read()
    return {key: fresh[key] for key in sorted(table.used)}
