"""Compliance rules as data: ``data/compliance/rules.toml``, compiled once."""

from __future__ import annotations

import re
import threading
import tomllib
from dataclasses import dataclass
from functools import cache

from desktop.core.compliance.anchors import AnyOf, Lazy, anchors, is_common, required, split_top
from desktop.core.paths import resource

#: The platforms a rule's severity is given for (the agent's platform setting).
PLATFORMS = ("aliexpress", "amazon", "shopee", "own_store")
SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    severity: dict[str, str]
    """Platform -> "error" or "warning"; a platform left out: the rule does not apply."""
    patterns: tuple[Lazy, ...]
    """Compiled when first tried (most never are on a given text)."""
    within: AnyOf | None
    unless_sentence: AnyOf | None
    unless_before: Lazy | None
    unless_match: Lazy | None
    message_zh: str
    message_en: str
    fix_zh: str
    fix_en: str
    replace: str | None
    source: str
    triggers: tuple[str, ...] = ()
    """Lower-case words one of which the text must hold for the patterns to be tried."""
    anchors: tuple[tuple[str, ...] | None, ...] = ()
    """Per pattern: words one of which a match must contain (None: unknown, always tried)."""
    needs: tuple[tuple[str, ...], ...] = ()
    """Per pattern: strings one of which the text must hold (a ``(?#needs:a|b)`` comment in
    the pattern, else the literals it cannot match without; empty: always tried)."""
    gates: tuple[Lazy | None, ...] = ()
    """Per pattern: a regular expression every match holds a match of, which starts with
    words (``{ pattern = '...', gate = '...' }`` in the data): the pattern is only searched
    in the sentences where the gate matches. For a pattern that starts with any word and
    needs a common string ("shop.example.com": a dot before the ending)."""


_NEEDS = re.compile(r"\(\?#needs:([^)]*)\)")


def _needs(pattern: str) -> tuple[str, ...]:
    """Strings one of which the text must hold: the pattern's ``(?#needs:...)``, else the
    literals its branches require (empty: unknown, always tried)."""
    found = _NEEDS.search(pattern)
    needs = (
        tuple(w.lower() for w in found.group(1).split("|") if w)
        if found
        else (required(pattern) or ())
    )
    # A single letter, digit or stop is in nearly every text: no filter at all.
    return () if any(is_common(w) for w in needs) else needs


def _branches(source: str) -> list[str]:
    """A pattern's top-level alternatives, each tried on its own: each gets its own anchors
    and needed strings, so a long alternation is not run wherever its commonest first word
    occurs. A pattern with a ``(?#needs:...)`` comment stays whole (the comment is for it)."""
    if _NEEDS.search(source):
        return [source]
    return [branch for branch in split_top(source) if branch]


#: A shared test named in a rule's sentence test: ``(?&scam_warning)`` is the ``[shared]``
#: table's ``scam_warning``, so a refusal or a warning several rules know is written once.
_SHARED = re.compile(r"\(\?&(\w+)\)")


def _with_shared(source: str, shared: dict[str, str], rule_id: str) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in shared:
            raise ValueError(f"rule {rule_id}: no shared test {name!r}")
        return f"(?:{shared[name]})"

    return _SHARED.sub(one, source)


def _lazy(text: str | None, validate: bool) -> Lazy | None:
    pattern = Lazy(text) if text else None
    if pattern is not None and validate:
        pattern.compiled  # noqa: B018 (compiles it: a bad one is reported now)
    return pattern


def parse_rules(data: dict[str, object], validate: bool = True) -> tuple[Rule, ...]:
    """Rules from parsed TOML; ValueError names the rule of a bad pattern or severity.
    ``validate=False`` (the shipped rules, checked by the tests) leaves the patterns to be
    compiled when first used."""
    rules = []
    shared = {str(k): str(v) for k, v in dict(data.get("shared", {})).items()}  # type: ignore[call-overload]
    for item in data.get("rule", []):  # type: ignore[attr-defined]
        rule_id = str(item["id"])
        severity = {str(k): str(v) for k, v in dict(item["severity"]).items()}
        if not set(severity) <= set(PLATFORMS) or not set(severity.values()) <= set(SEVERITIES):
            raise ValueError(f"rule {rule_id}: bad severity {severity}")
        try:
            sources = [
                (entry, None) if isinstance(entry, str) else (str(entry["pattern"]), entry["gate"])
                for entry in item["patterns"]
            ]
            pairs = [
                (Lazy(branch), Lazy(gate) if gate else None)
                for source, gate in sources
                for branch in ([source] if gate else _branches(source))
            ]
            patterns = tuple(pattern for pattern, _ in pairs)
            gates = tuple(gate for _, gate in pairs)
            within, unless_sentence = (
                AnyOf(_with_shared(item[key], shared, rule_id)) if item.get(key) else None
                for key in ("within", "unless_sentence")
            )
            if validate:
                for source, _ in sources:
                    re.compile(source)  # a bad pattern is reported whole, before it is split
                for lazy in (*patterns, *filter(None, gates)):
                    lazy.compiled  # noqa: B018 (compiles it)
                for test in (within, unless_sentence):
                    for branch, _, _ in test.branches if test else ():
                        branch.compiled  # noqa: B018
            unless_before, unless_match = (
                _lazy(item.get(key), validate) for key in ("unless_before", "unless_match")
            )
        except re.error as exc:
            raise ValueError(f"rule {rule_id}: {exc}") from exc
        rules.append(
            Rule(
                rule_id,
                str(item["family"]),
                severity,
                patterns,
                within,
                unless_sentence,
                unless_before,
                unless_match,
                str(item["message_zh"]),
                str(item["message_en"]),
                str(item["fix_zh"]),
                str(item["fix_en"]),
                item.get("replace"),
                str(item["source"]),
                tuple(str(t).lower() for t in item.get("triggers", ())),
                tuple(anchors(p.pattern) for p in patterns),
                tuple(_needs(p.pattern) for p in patterns),
                gates,
            )
        )
    return tuple(rules)


_LOCK = threading.Lock()


@cache
def _shipped() -> tuple[Rule, ...]:
    from desktop.core.compliance.compiled import load
    from desktop.core.compliance.plan import adopt

    raw = resource("data", "compliance", "rules.toml").read_bytes()
    found = load(raw)  # the rules and their plan as tools/compile_rules.py left them
    if found is None:
        return parse_rules(tomllib.loads(raw.decode("utf-8")), validate=False)
    ruleset, made = found
    adopt(ruleset, made)
    return ruleset


def rules() -> tuple[Rule, ...]:
    """The shipped rules, read once: the window warms them on a background thread after its
    first paint, and a check that comes meanwhile waits for that instead of reading twice."""
    with _LOCK:
        return _shipped()


def read() -> bool:
    """Whether the shipped rules have been read (a call of :func:`rules` then costs nothing)."""
    return _shipped.cache_info().currsize > 0


def families() -> tuple[str, ...]:
    return tuple(dict.fromkeys(r.family for r in rules()))
