"""The shipped rules, read and planned ahead of time.

Reading ``rules.toml`` and planning it works out, for each of ~2,700 patterns, the words its
matches start with, the strings it cannot match without and its branches, and builds the word
finder: ~0.35 s of Python that the first copy after start-up (its compliance check) and every
``borderdesk check`` waited for. ``data/compliance/compiled.pickle`` holds the rule set and its
plan as Python objects (no pattern compiled yet), loaded in ~25 ms. ``tools/compile_rules.py``
writes it; a test fails when it is not what reading ``rules.toml`` gives today.

It is used only when its recorded SHA-256 is that of ``rules.toml`` (an edited rule is read
from the TOML until the tool is run again), its format is this module's and its objects have
the fields today's classes have; anything else, and a file that does not load, means the rules
are read from the TOML as before. The file is the app's own data, shipped beside its code.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import fields
from typing import Any

from desktop.core.collector import lasting
from desktop.core.compliance.anchors import AnyOf
from desktop.core.compliance.plan import Plan, Slot
from desktop.core.compliance.rules import Rule, parse_rules
from desktop.core.paths import resource

FILE = ("data", "compliance", "compiled.pickle")
FORMAT = 1


def load(raw: bytes) -> tuple[tuple[Rule, ...], Plan] | None:
    """The rule set of ``rules.toml`` (whose bytes are ``raw``) and its plan, from the shipped
    file; None when the file is missing, damaged, stale or of another shape."""
    try:
        with lasting():  # ~100,000 objects kept for the process
            data = pickle.load(_Frames(resource(*FILE).read_bytes()))
        if not (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("sha256") == hashlib.sha256(raw).hexdigest()
        ):
            return None
        ruleset, made = data["rules"], data["plan"]
        return (ruleset, made) if _today(ruleset, made) else None
    except Exception:  # unpickling fails in many ways: the TOML is read instead
        return None


class _Frames:
    """The file's bytes read by the unpickler a frame (~64 KB) at a time through Python calls:
    each lets another thread take the GIL. ``pickle.loads`` held it for the whole load (~25 ms),
    and the window's typing stalled that long when the warming loaded the rules beside it."""

    def __init__(self, data: bytes) -> None:
        self._bytes, self._data, self._at = data, memoryview(data), 0

    def read(self, size: int = -1) -> bytes:
        start = self._at
        self._at = len(self._data) if size < 0 else min(len(self._data), start + size)
        return bytes(self._data[start : self._at])

    def readinto(self, buffer: Any) -> int:
        chunk = self._data[self._at : self._at + len(buffer)]
        buffer[: len(chunk)] = chunk
        self._at += len(chunk)
        return len(chunk)

    def readline(self) -> bytes:
        end = self._bytes.find(b"\n", self._at)
        return self.read(-1 if end < 0 else end + 1 - self._at)


def _today(ruleset: Any, made: Any) -> bool:
    """Whether the objects are of today's classes, with today's fields (a field added to a
    rule since the file was written would be missing from its rules)."""
    if not (isinstance(ruleset, tuple) and isinstance(made, Plan) and made.ruleset is ruleset):
        return False
    if not ruleset or not made.slots or not all(isinstance(r, Rule) for r in ruleset):
        return False
    test = next((t for r in ruleset for t in (r.within, r.unless_sentence) if t), None)
    return (
        set(vars(ruleset[0])) == {f.name for f in fields(Rule)}
        and set(vars(made.slots[0])) == {f.name for f in fields(Slot)}
        and set(vars(made)) == set(vars(Plan(())))
        and (test is None or set(vars(test)) == set(vars(AnyOf("x"))))
    )


def content(raw: bytes) -> bytes:
    """The file for ``rules.toml``'s bytes ``raw``: its rules read and planned afresh, with
    every pattern's needed parts worked out (a fresh plan works them out as texts wake them)."""
    import tomllib

    ruleset = parse_rules(tomllib.loads(raw.decode("utf-8")), validate=False)
    made = Plan(ruleset)
    for i in range(len(made.slots)):
        made.parts(i)
    data = {
        "format": FORMAT,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "rules": ruleset,
        "plan": made,
    }
    return pickle.dumps(_Shared().of(data), protocol=pickle.HIGHEST_PROTOCOL)


#: Values a tuple may hold to be merged with an equal one (no object whose identity counts).
_PLAIN = (str, int, float, bool, type(None))


class _Shared:
    """Equal strings and equal tuples of plain values made one object each, in place: the
    pickle then writes each once, and the loaded rules hold each once. A fresh read makes
    38,000 strings of which 9,800 differ (a word is in many patterns' anchors and parts), and
    the process kept ~2.5 MB of copies. Any other object keeps its identity (the plan's rule
    set is the rule set)."""

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}
        """A string -> itself; a plain tuple's key -> the tuple."""
        self._plain: set[int] = set()
        """Ids of the shared plain tuples."""
        self._seen: dict[int, Any] = {}
        """Id of an object met -> what it became (itself, or a tuple rebuilt of shared items)."""

    def of(self, value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return self._values.setdefault(value, value)
        if kind in _PLAIN:
            return value
        if id(value) in self._seen:
            return self._seen[id(value)]
        self._seen[id(value)] = value
        if kind is tuple:
            items = tuple(self.of(v) for v in value)
            if all(type(v) in _PLAIN or id(v) in self._plain for v in items):
                key = tuple(id(v) if type(v) in (str, tuple) else (type(v), v) for v in items)
                items = self._values.setdefault(("tuple", key), items)
                self._plain.add(id(items))
            self._seen[id(value)] = items
            return items
        if kind is list:
            value[:] = [self.of(v) for v in value]
        elif kind is set:
            shared = [self.of(v) for v in value]
            value.clear()
            value.update(shared)
        elif kind is dict:
            pairs = [(self.of(k), self.of(v)) for k, v in value.items()]
            value.clear()
            value.update(pairs)
        else:
            names = vars(value) if hasattr(value, "__dict__") else getattr(kind, "__slots__", ())
            for name in list(names):
                if hasattr(value, name):
                    object.__setattr__(value, name, self.of(getattr(value, name)))
        return value
