"""Checking a reply: findings with the rule, its severity on the agent's platform, the span
and what to do. Never raises: a strange text gives no finding, not an error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.compliance.learned import Model, keeps, legible
from desktop.core.compliance.learned import model as learned_model
from desktop.core.compliance.plan import Plan, plan, planned
from desktop.core.compliance.rules import Rule, read, rules
from desktop.core.compliance.text import Text, as_read

#: Characters before a match that a negation is looked for in.
_BEFORE = 40
#: Longest text checked (a reply is a few hundred characters; a pasted page is cut).
MAX_CHARS = 20_000


@dataclass(frozen=True)
class Finding:
    rule: str
    family: str
    severity: str
    start: int
    end: int
    message_zh: str
    message_en: str
    fix_zh: str
    fix_en: str
    replace: str | None
    """The one-click fix's text for the span, where one exists."""

    @classmethod
    def of(cls, rule: Rule, severity: str, start: int, end: int) -> Finding:
        return cls(
            rule.id,
            rule.family,
            severity,
            start,
            end,
            rule.message_zh,
            rule.message_en,
            rule.fix_zh,
            rule.fix_en,
            rule.replace,
        )

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: rule, severity, start, end, message_zh, message_en, fix."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "fix": self.fix_en,
            "fix_zh": self.fix_zh,
            "replace": self.replace,
        }


def _applies(rule: Rule, source: Text, match: re.Match[str]) -> bool:
    start, end = match.span()
    if rule.unless_match and rule.unless_match.search(match.group(0)):
        return False
    if rule.unless_before and rule.unless_before.search(
        source.text[max(0, start - _BEFORE) : start]
    ):
        return False
    if not (rule.within or rule.unless_sentence):
        return True
    left, right = source.sentence(start, end)
    if rule.within and not source.test(rule.within, left, right):
        return False
    return not (rule.unless_sentence and source.test(rule.unless_sentence, left, right))


def loaded() -> bool:
    """Whether the shipped rules, their index and the learned model have been read: a check
    then takes a millisecond or two; the first one after start-up reads them (~0.15 s)."""
    return read() and planned(rules()) and learned_model.cache_info().currsize > 0


def check(
    text: str,
    platform: str | None = "aliexpress",
    learned: bool = True,
    *,
    only_errors: bool = False,
) -> list[Finding]:
    """Findings for ``text`` on ``platform`` (None: every platform, the strictest severity),
    in text order, one per rule and span; ``learned=False``: the patterns' alone;
    ``only_errors``: just the error-level ones (what a copy asks about), found without trying
    the warning rules, nor reading the learned model when no pattern found an error (its own
    findings are warnings; it can only take a pattern's finding back)."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = as_read(text[:MAX_CHARS])  # one character for one: spans hold
    ruleset = rules()
    indexed = plan(ruleset)
    source = Text(text, indexed.automaton)
    words_in = source.present.keys()  # set operations on it run in C
    allowed: dict[int, str | None] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for i in indexed.candidates(words_in):
        slot = indexed.slots[i]
        rule = slot.rule
        if slot.index not in allowed:
            severity = _severity(rule, platform)
            if only_errors and severity != "error":
                severity = None
            if (
                rule.triggers
                and words_in.isdisjoint(rule.triggers)
                and not any(source.has(t) for t in rule.triggers)
            ):
                severity = None
            allowed[slot.index] = severity
        if allowed[slot.index] is None or not source.holds(indexed.parts(i)):
            continue
        for match in source.matches(
            slot.pattern, slot.anchors, slot.needs, slot.bounded, slot.gate
        ):
            if match.end() > match.start() and _applies(rule, source, match):
                spans.setdefault(slot.index, []).append(match.span())
    found = []
    for index, rule_spans in spans.items():
        rule, severity = ruleset[index], allowed[index]
        assert severity is not None
        found += [Finding.of(rule, severity, start, end) for start, end in _merge(rule_spans)]
    if learned and (found or not only_errors):
        found = _weighed(source, indexed, platform, found)
        if only_errors:
            found = [f for f in found if f.severity == "error"]
    return sorted(found, key=lambda f: (f.start, f.end, f.rule))


def _weighed(
    source: Text, indexed: Plan, platform: str | None, found: list[Finding]
) -> list[Finding]:
    """The patterns' findings as the learned model reads the whole reply: a family it all but
    rules out is dropped (the words matched, the reply says no to them), and a family it is
    confident of and the patterns did not find is added as a warning, on the sentence that
    reads most like it."""
    model = learned_model()
    if model is None:
        return found
    probabilities = model.scores(source.text, platform or "aliexpress", read=True)
    doubted = model.doubts(probabilities)
    if any(not keeps(f.rule, f.family in doubted, True) for f in found):
        readable = legible(source.text) and model.reads(source.text)
        found = [f for f in found if keeps(f.rule, f.family in doubted, readable)]
    return found + _suspected(model, probabilities, source, indexed, platform, found)


def _suspected(
    model: Model,
    probabilities: list[float],
    source: Text,
    indexed: Plan,
    platform: str | None,
    found: list[Finding],
) -> list[Finding]:
    """The learned model's warnings (``probabilities``: its scores of the whole reply): a
    family it is confident of and the patterns did not find, marked on the sentence that
    reads most like it."""
    families = {f.family for f in found}
    findings = []
    for family, (start, end) in model.flags(
        source.text,
        platform or "aliexpress",
        source.sentences(),
        read=True,
        probabilities=probabilities,
    ):
        rule = indexed.learned.get(family)
        severity = _severity(rule, platform) if rule else None
        if rule is None or severity is None or family in families:
            continue
        findings.append(Finding.of(rule, severity, start, end))
    return findings


def _severity(rule: Rule, platform: str | None) -> str | None:
    if platform is None:
        levels = set(rule.severity.values())
        return "error" if "error" in levels else "warning" if levels else None
    return rule.severity.get(platform)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans of one rule as one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
