"""Checking a reply: findings with the rule, its severity on the agent's platform, the span
and what to do. Never raises: a strange text gives no finding, not an error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.compliance.rules import Rule, rules

_SENTENCE_END = re.compile(r"[.!?。！？\n]+")
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


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    return text[left : found.start() if found else len(text)]


def _applies(rule: Rule, text: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    if rule.unless_match and rule.unless_match.search(match.group(0)):
        return False
    if rule.unless_before and rule.unless_before.search(text[max(0, start - _BEFORE) : start]):
        return False
    sentence = _sentence(text, start, end)
    if rule.within and not rule.within.search(sentence):
        return False
    return not (rule.unless_sentence and rule.unless_sentence.search(sentence))


def check(text: str, platform: str | None = "aliexpress") -> list[Finding]:
    """Findings for ``text`` on ``platform`` (None: every platform, the strictest severity),
    in text order, one per rule and span."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    lowered = text.lower()
    found: dict[tuple[str, int, int], Finding] = {}
    for rule in rules():
        severity = _severity(rule, platform)
        if severity is None or (rule.triggers and not any(t in lowered for t in rule.triggers)):
            continue
        spans: list[tuple[int, int]] = []
        for pattern, words in zip(rule.patterns, rule.anchors, strict=True):
            for match in _matches(pattern, words, text, lowered):
                if match.end() > match.start() and _applies(rule, text, match):
                    spans.append(match.span())
        for start, end in _merge(spans):
            found[(rule.id, start, end)] = Finding(
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
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def _matches(
    pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """The pattern's matches. With anchors (words every match starts with), the pattern is
    only tried where one of them occurs: a substring search is far cheaper than a scan."""
    if words is None or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    for start in sorted(starts):
        found = pattern.match(text, start)
        if found is not None:
            yield found


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
