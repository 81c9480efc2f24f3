"""A rule set indexed once for checking: one Aho-Corasick automaton of every word the rules
start with or need (the sentence tests' words too), and for each word the patterns it can
wake. A text then tries only the patterns whose words it holds, instead of asking each of
~850 patterns in turn whether its words are there."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from desktop.core.compliance.anchors import Lazy, all_parts, anchors, is_common, split_top
from desktop.core.compliance.rules import Rule
from desktop.core.compliance.text import NUMBER, unbounded


@dataclass(frozen=True)
class Slot:
    """One pattern of one rule (a top-level alternative of a rule's pattern)."""

    index: int
    """The rule's place in its rule set."""
    rule: Rule
    pattern: Lazy
    anchors: tuple[str, ...] | None
    """Words one of which every match starts with (None: unknown, searched for)."""
    needs: tuple[str, ...]
    """Strings one of which every match holds (empty: unknown)."""
    gate: tuple[Lazy, tuple[str, ...]] | None
    """A regular expression every match holds a match of (see ``Rule.gates``), with the
    words its matches start with."""
    bounded: bool
    """Every match starts after a character that is not a letter, digit or underscore
    (``\\b`` or ``(?<![\\w\\d])`` before a word character): an anchor inside a word
    ("he" in "the") is no start."""


class Plan:
    def __init__(self, ruleset: tuple[Rule, ...]) -> None:
        self.ruleset = ruleset
        self.automaton = _automaton(
            w
            for rule in ruleset
            for w in (
                *rule.triggers,
                *(w for words in rule.anchors if words for w in words),
                *(unbounded(w) for needs in rule.needs for w in needs),
                *(w for gate in rule.gates if gate for w in anchors(gate.pattern) or ()),
                *(w for test in (rule.within, rule.unless_sentence) if test for w in test.words()),
            )
        )
        self._found = set(self.automaton.keys()) if self.automaton is not None else set()
        self.slots = tuple(
            Slot(
                index,
                rule,
                pattern,
                words,
                needs,
                _gate(gate),
                _bounded(pattern.pattern, words),
            )
            for index, rule in enumerate(ruleset)
            for pattern, words, needs, gate in (
                (pattern, _number(pattern.pattern) if words is None else words, needs, gate)
                for pattern, words, needs, gate in zip(
                    rule.patterns,
                    rule.anchors,
                    rule.needs,
                    rule.gates or (None,) * len(rule.patterns),
                    strict=True,
                )
            )
        )
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for i, slot in enumerate(self.slots):
            keys = slot.needs or slot.anchors  # the pattern cannot match where none occurs
            if not keys or any(is_common(w) or w == NUMBER for w in keys):
                always.append(i)  # a common character is not in the automaton
            else:
                for word in keys:
                    by_word.setdefault(unbounded(word), []).append(i)
        self._by_word = {w: tuple(at) for w, at in by_word.items()}
        self.learned = {r.family: r for r in ruleset if r.id.endswith(LEARNED)}
        """Family -> its learned rule (the model's messages and severities)."""
        self._always = tuple(always)
        self._parts: list[tuple[tuple[str, ...], ...] | None] = [None] * len(self.slots)
        """Per slot, :meth:`parts` once worked out (the shipped plan has them all)."""

    def parts(self, i: int) -> tuple[tuple[str, ...], ...]:
        """Strings a text must hold, one of each part, for slot ``i``'s pattern to match there:
        only parts whose strings the word finder looks for (a look-up each, not a scan of the
        text). Worked out the first time a text wakes the slot: for every slot at once they
        cost ~0.3 s, which the first copy after start-up would wait for."""
        parts = self._parts[i]
        if parts is None:
            found = self._found
            source = self.slots[i].pattern.pattern
            parts = tuple(p for p in all_parts(source) if found.issuperset(p))
            self._parts[i] = parts
        return parts

    def candidates(self, found: Iterable[str]) -> list[int]:
        """The slots a text holding the words ``found`` may match, in rule order."""
        tried = set(self._always)
        for word in found:
            at = self._by_word.get(word)
            if at:
                tried.update(at)
        return sorted(tried)


#: The id ending of a family's learned rule (its messages and severities; no patterns).
LEARNED = ".learned"
#: Starts that only match after a non-word character (or at the text's start).
_BOUNDED = re.compile(r"(?:\(\?-?i:)?(?:\\b|\(\?<!\[\\w\\d\]\)|\(\?<!\\w\))")
#: Patterns whose matches start with a number (or its opening bracket) after a non-word
#: character: a phone number, "3 days".
_NUMBER_START = re.compile(r"(?:\(\?<!\[\\w\\d\]\)(?:\\\(\?)?|\\b)\\d")


def _gate(gate: Lazy | None) -> tuple[Lazy, tuple[str, ...]] | None:
    words = anchors(gate.pattern) if gate else None
    return (gate, words) if gate and words else None


def _number(source: str) -> tuple[str, ...] | None:
    """:data:`NUMBER` as the anchor of a pattern that starts with a number, else None."""
    return (NUMBER,) if _NUMBER_START.match(source) and len(split_top(source)) == 1 else None


def _bounded(source: str, words: tuple[str, ...] | None) -> bool:
    """Whether a match of ``source`` can only start where a word begins, so that its anchors
    (``words``, each starting with a word character) need only be tried there."""
    return bool(
        words
        and all(w[:1].isalnum() or w[:1] == "_" for w in words)
        and _BOUNDED.match(source)
        and len(split_top(source)) == 1
    )


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton | None:
    automaton = ahocorasick.Automaton()
    for word in words:
        if word and not is_common(word):  # common characters: found with str.find
            automaton.add_word(word, (word, 1 - len(word)))  # a find's end + 1 - len: its start
    if not len(automaton):
        return None  # no word to look for: nothing to find
    automaton.make_automaton()
    return automaton


_PLANS: dict[int, tuple[tuple[Rule, ...], Plan]] = {}


def planned(ruleset: tuple[Rule, ...]) -> bool:
    """Whether :func:`plan` has made the plan of ``ruleset`` already."""
    cached = _PLANS.get(id(ruleset))
    return cached is not None and cached[0] is ruleset


def plan(ruleset: tuple[Rule, ...]) -> Plan:
    """The plan of a rule set, made once (the shipped rules are one tuple for the process,
    and come with their plan: :func:`adopt`)."""
    cached = _PLANS.get(id(ruleset))
    if cached is not None and cached[0] is ruleset:
        return cached[1]
    made = Plan(ruleset)
    _PLANS[id(ruleset)] = (ruleset, made)
    return made


def adopt(ruleset: tuple[Rule, ...], made: Plan) -> None:
    """Take ``made`` as the plan of ``ruleset`` (one read with it, ready-made)."""
    _PLANS[id(ruleset)] = (ruleset, made)
