"""Checking a reply: findings with the rule, its severity on the agent's platform, the span
and what to do. Never raises: a strange text gives no finding, not an error."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.compliance.rules import Rule, rules

#: A full stop ends a sentence only before a space or the end: not in "example.com", "3.5"
#: or after a title ("Mr. Smith").
_SENTENCE_END = re.compile(
    r"[.!?]+(?=\s|$)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\b[A-Z]\.)|[。！？\n]+"
)
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


class _Sentences:
    """The sentences (or lines) of a text, found once when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[tuple[int, int]] | None = None

    def around(self, start: int, end: int) -> str:
        """The sentence holding ``text[start:end]``."""
        if self._ends is None:
            self._ends = [m.span() for m in _SENTENCE_END.finditer(self.text)]
        ends = self._ends
        at = bisect.bisect_right(ends, (start, start))
        left = ends[at - 1][1] if at and ends[at - 1][1] <= start else 0
        for begin, _ in ends[at:]:
            if begin >= end:
                return self.text[left:begin]
        return self.text[left:]


def _applies(rule: Rule, sentences: _Sentences, match: re.Match[str]) -> bool:
    start, end = match.span()
    text = sentences.text
    if rule.unless_match and rule.unless_match.search(match.group(0)):
        return False
    if rule.unless_before and rule.unless_before.search(text[max(0, start - _BEFORE) : start]):
        return False
    sentence = sentences.around(start, end)
    if rule.within and not rule.within.search(sentence):
        return False
    return not (rule.unless_sentence and rule.unless_sentence.search(sentence))


def check(text: str, platform: str | None = "aliexpress") -> list[Finding]:
    """Findings for ``text`` on ``platform`` (None: every platform, the strictest severity),
    in text order, one per rule and span."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    source = _Text(text)
    lowered = source.lowered
    found: dict[tuple[str, int, int], Finding] = {}
    sentences = _Sentences(text)
    for rule in rules():
        severity = _severity(rule, platform)
        if severity is None or (rule.triggers and not any(t in lowered for t in rule.triggers)):
            continue
        spans: list[tuple[int, int]] = []
        for pattern, words, needs in zip(rule.patterns, rule.anchors, rule.needs, strict=True):
            for match in source.matches(pattern, words, needs):
                if match.end() > match.start() and _applies(rule, sentences, match):
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


class _Text:
    """A text being checked, its lower-case form and where each anchor word occurs (found
    once per text: many patterns share their first words)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self._at: dict[str, tuple[int, ...]] = {}
        self._has: dict[str, bool] = {}

    def positions(self, word: str) -> tuple[int, ...]:
        found = self._at.get(word)
        if found is None:
            spots, at = [], self.lowered.find(word)
            while at >= 0:
                spots.append(at)
                at = self.lowered.find(word, at + 1)
            found = self._at[word] = tuple(spots)
        return found

    def has(self, word: str) -> bool:
        found = self._has.get(word)
        if found is None:
            found = self._has[word] = word in self.lowered
        return found

    def matches(
        self, pattern: re.Pattern[str], words: tuple[str, ...] | None, needs: tuple[str, ...]
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches. With anchors (words every match starts with), the pattern
        is only tried where one of them occurs: a substring search is far cheaper than a scan.
        Nor is it tried when the text holds none of the strings it needs."""
        if needs and not any(self.has(n) for n in needs):
            return
        if words is None or len(self.lowered) != len(self.text):
            yield from pattern.finditer(self.text)
            return
        for start in sorted({at for word in words for at in self.positions(word)}):
            found = pattern.match(self.text, start)
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
