"""Checking a reply: findings with the rule, its severity on the agent's platform, the span
and what to do. Never raises: a strange text gives no finding, not an error."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from desktop.core.compliance.anchors import Lazy
from desktop.core.compliance.rules import Rule, keywords, rules

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
    source = _Text(text, keywords(rules()))
    present = source.present
    found: dict[tuple[str, int, int], Finding] = {}
    sentences = _Sentences(text)
    words_in = present.keys()  # set operations on it run in C: ~800 patterns are looked at
    for rule in rules():
        severity = _severity(rule, platform)
        if severity is None or (
            rule.triggers
            and words_in.isdisjoint(rule.triggers)
            and not any(source.has(t) for t in rule.triggers)
        ):
            continue
        spans: list[tuple[int, int]] = []
        for pattern, words, needs in zip(rule.patterns, rule.anchors, rule.needs, strict=True):
            if needs and words_in.isdisjoint(needs):
                continue  # a string the pattern cannot match without is not in the text
            for match in source.matches(pattern, words):
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
    """A text being checked, its lower-case form and where each word the rules look for
    occurs: one Aho-Corasick pass over the text finds every anchor and needed string at once
    (a search per word cost more than all the matching)."""

    def __init__(self, text: str, keywords: ahocorasick.Automaton | None) -> None:
        self.text = text
        self.lowered = text.lower()
        at: dict[str, list[int]] = {}
        for end, word in keywords.iter(self.lowered) if keywords is not None else ():
            at.setdefault(word, []).append(end - len(word) + 1)
        self._at = at
        self._lazy: dict[str, list[int]] = {}

    @property
    def present(self) -> dict[str, list[int]]:
        """The words found (``word in text.present``), with where each starts."""
        return self._at

    def has(self, word: str) -> bool:
        return word in self._at or (len(word) == 1 and word in self.lowered)

    def positions(self, word: str) -> list[int]:
        found = self._at.get(word) or self._lazy.get(word)
        if found is None:  # a single common character, not in the automaton
            found = []
            if len(word) == 1:
                at = self.lowered.find(word)
                while at >= 0:
                    found.append(at)
                    at = self.lowered.find(word, at + 1)
            self._lazy[word] = found
        return found

    def matches(self, pattern: Lazy, words: tuple[str, ...] | None) -> Iterator[re.Match[str]]:
        """The pattern's matches. With anchors (words every match starts with), the pattern
        is only tried where one of them occurs."""
        if words is None or len(self.lowered) != len(self.text):
            yield from pattern.finditer(self.text)
            return
        starts = sorted({p for word in words for p in self.positions(word)})
        if not starts:
            return  # not compiled: none of its words is in the text
        match, text = pattern.compiled.match, self.text
        for start in starts:
            found = match(text, start)
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
