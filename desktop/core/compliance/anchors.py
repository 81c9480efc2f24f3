"""Literal anchors of a pattern: words one of which a text must hold for the pattern to match.

A pattern starting with an alternation of words (``\\b(?:whats\\s?app|wechat|...)``) can only
match where one of them occurs, and a substring test is many times cheaper than a regular
expression scan, so a pattern is skipped when none of its anchors is in the text. Patterns
whose start is not plain words (a digit class, a look-behind on a class) get no anchors and
always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_META = set("\\()[]?*+{}.|^$")
#: A single letter, digit, space or stop: in nearly every text, so no filter by itself, and
#: not worth a word-finder's entry (looked for with ``str.find`` when a pattern starts with it).
_COMMON_CHAR = re.compile(r"[a-z0-9_\s.,;:!?'-]")
_ESCAPED = set("{}[]().*+?|$^-/%@#&~")
#: A run of characters that are not metacharacters (plain text in a pattern).
_PLAIN = re.compile(r"[^\\()\[\]?*+{}.|^$]+")


#: What a pattern's structure turns on: an escape or a class (skipped whole), or a bracket or
#: bar (group 1). A class may open with "]" as a member; one left open runs to the end.
_TOKEN = re.compile(r"\\.?|\[\]?[^\]]*(?:\]|\Z)|([()|])", re.DOTALL)


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for the brackets and bars outside escapes and
    classes (a scan in C: rule loading reads ~1,400 patterns many times over)."""
    depth = 0
    for token in _TOKEN.finditer(source):
        ch = token.group(1)
        if ch:
            depth += (ch == "(") - (ch == ")")
            yield token.start(), ch, depth


def is_common(word: str) -> bool:
    return _COMMON_CHAR.fullmatch(word) is not None


def split_top(source: str) -> list[str]:
    """``source`` split at its top-level ``|``."""
    parts, start = [], 0
    for i, ch, depth in _structure(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _strip_start(branch: str) -> str:
    """Drop word boundaries and look-arounds at the start of a branch."""
    while True:
        if branch.startswith("\\b"):
            branch = branch[2:]
        elif branch.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            branch = branch[_group_end(branch) + 1 :]
        else:
            return branch


def _literal_prefix(branch: str) -> str:
    """The plain characters a branch starts with ("" when it starts with a class or group)."""
    out: list[str] = []
    i = 0
    while i < len(branch):
        ch = branch[i]
        if ch == "\\" and branch[i + 1 : i + 2] in _ESCAPED:
            out.append(branch[i + 1])  # an escaped punctuation mark is a plain character
            i += 2
            continue
        if ch in _META:
            optional = ch in "?*" or (ch == "{" and branch[i + 1 : i + 2] == "0")
            if optional and out:
                out.pop()  # the character before an optional quantifier may be absent
            break
        out.append(ch)
        i += 1
    return "".join(out)


def anchors(source: str, exact: bool = False) -> tuple[str, ...] | None:
    """Lower-case words one of which every match starts with, or None when unknown;
    ``exact``: the strings every match begins with, blanks kept (" dot" stays " dot")."""
    found: list[str] = []
    for branch in split_top(source):
        branch = _strip_start(branch)
        opening = _opening(branch)
        if opening:  # a group, case-sensitive or not: its own branches' words
            close = _group_end(branch)
            inner = anchors(branch[len(opening) : close], exact)
            if close != len(branch) - 1 and branch[close + 1 : close + 2] in ("?", "*", "{"):
                return None  # the group may be skipped
            if inner is None:
                return None
            found += inner
            continue
        prefix = _literal_prefix(branch)
        prefix = (prefix if exact else prefix.strip()).lower()
        if not prefix:
            return None
        found.append(prefix)
    return tuple(dict.fromkeys(found))


def _opening(branch: str) -> str:
    """``(?:``, ``(?-i:`` or ``(?i:`` when ``branch`` starts with such a group, else ""."""
    return next((o for o in ("(?:", "(?-i:", "(?i:") if branch.startswith(o)), "")


def _group_end(branch: str) -> int:
    """Index of the ``)`` closing the group that opens ``branch``."""
    for i, ch, depth in _structure(branch):
        if ch == ")" and depth == 0:
            return i
    return len(branch) - 1


class Lazy:
    """A regular expression compiled when it is first used (``re.IGNORECASE``): of the ~800
    patterns most never meet a text holding their words, and compiling them all cost half a
    second at the first check. ``.pattern`` is the source, as on ``re.Pattern``."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, re.IGNORECASE)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


def _branches(source: str) -> list[str]:
    """The top-level branches of ``source``, a branch that is one whole non-capturing group
    (between word boundaries or not) opened into its own branches: ``a|\\b(?:b|c)\\b`` is
    ``a``, ``\\bb\\b``, ``\\bc\\b``. Each then has its own anchors and is tried only where its
    own words occur; as one branch the group was tried wherever any of them did."""
    found: list[str] = []
    for branch in split_top(source):
        lead = "\\b" if branch.startswith("\\b(?:") else ""
        trail = "\\b" if branch.endswith(")\\b") and not branch.endswith("\\)\\b") else ""
        group = branch[len(lead) : len(branch) - len(trail)]
        if group.startswith("(?:") and _group_end(group) == len(group) - 1:
            found += [lead + inner + trail for inner in _branches(group[3:-1])]
        else:
            found.append(branch)
    return found


class AnyOf:
    """A pattern tried one top-level branch at a time, each only when one of its anchors is
    in the text: a long alternation (the hedges, the dates) is searched per sentence, and
    most sentences hold none of the words most branches start with."""

    def __init__(self, source: str) -> None:
        self.pattern = source
        body = source[4:] if source.startswith("(?i)") else source
        self.branches = tuple(
            (Lazy(branch), anchors(branch), required(branch) or ()) for branch in _branches(body)
        )
        by_word: dict[str, list[int]] = {}
        always: list[int] = []
        for i, (_, words, needs) in enumerate(self.branches):
            keys = needs or words  # a branch can only pass where one of these occurs
            if not keys or any(is_common(w) for w in keys):
                always.append(i)
            for w in keys or ():
                by_word.setdefault(w, []).append(i)
        self._by_word = {w: tuple(at) for w, at in by_word.items()}
        self._always = tuple(always)

    def words(self) -> set[str]:
        """Every word a branch starts with or needs (a checker's automaton finds them)."""
        return {w for _, words, needs in self.branches for w in (*(words or ()), *needs)}

    def search(self, text: str) -> bool:
        lowered = text.lower()
        same = len(lowered) == len(text)
        return any(self._passes(i, text, lowered, same) for i in range(len(self.branches)))

    def search_among(self, text: str, lowered: str, found: set[str]) -> bool:
        """:meth:`search` of ``text`` whose lower-case form is ``lowered`` (as long) and which
        holds exactly the words of ``found`` that are not common characters: only the
        branches one of those words can wake are tried."""
        by_word = self._by_word
        tried = {i for word in found if word in by_word for i in by_word[word]}
        tried.update(self._always)
        return any(self._passes(i, text, lowered, True) for i in tried)

    def _passes(self, i: int, text: str, lowered: str, same: bool) -> bool:
        pattern, words, needs = self.branches[i]
        if needs:
            for need in needs:
                if need in lowered:
                    break
            else:
                return False
        if words is None or not same:
            return pattern.compiled.search(text) is not None
        match, find = pattern.compiled.match, lowered.find
        for word in words:
            at = find(word)
            while at >= 0:
                if match(text, at):
                    return True
                at = find(word, at + 1)
        return False


def _parts(branch: str) -> list[tuple[str, ...]]:
    """What a branch must contain, part by part: each literal run (plain characters outside
    groups and classes) as a one-string choice, and each group that cannot be skipped as the
    choice of the strings its own branches require. A character or group a quantifier may
    drop is left out."""
    parts: list[tuple[str, ...]] = []
    out: list[str] = []

    def flush() -> None:
        if out:
            parts.append(("".join(out).lower(),))
            out.clear()

    i = 0
    while i < len(branch):
        run = _PLAIN.match(branch, i)
        if run:  # plain characters, as many as there are, in one step
            out.extend(run.group())
            i = run.end()
            continue
        ch = branch[i]
        if ch == "\\":
            if branch[i + 1 : i + 2] in _ESCAPED:
                out.append(branch[i + 1])
            else:
                flush()
            i += 2
        elif ch == "(":
            lead = "".join(out).lower()
            flush()
            end = i + _group_end(branch[i:])
            after = branch[end + 1 : end + 2]
            optional = after in ("?", "*") or branch[end + 1 : end + 3] == "{0"
            opening = _opening(branch[i:])
            if opening and not optional:
                inner = required(branch[i + len(opening) : end])
                if inner:
                    parts.append(inner)
                starts = anchors(branch[i + len(opening) : end], exact=True) if lead else None
                if starts:  # "\.(?:de|fr)": ".de" or ".fr", rarer than either half
                    parts.append(tuple(lead + start for start in starts))
            i = end + 1
        elif ch == "[":
            flush()
            close = branch.find("]", i + 2 if branch[i + 1 : i + 2] == "]" else i + 1)
            end = close if close >= 0 else len(branch)
            chars = branch[i + 1 : end]
            after = branch[end + 1 : end + 2]
            optional = after in ("?", "*") or branch[end + 1 : end + 3] == "{0"
            if chars and not optional and not any(c in "^-\\[" for c in chars):
                parts.append(tuple(dict.fromkeys(chars.lower())))  # [号日]: one of its characters
            i = end + 1
        elif ch in _META:
            if (ch in "?*" or (ch == "{" and branch[i + 1 : i + 2] == "0")) and out:
                out.pop()
            flush()
            i = branch.find("}", i) + 1 if ch == "{" else i + 1
        else:
            out.append(ch)
            i += 1
    flush()
    return parts


def required(source: str) -> tuple[str, ...] | None:
    """Lower-case strings one of which any match must contain, or None when unknown: per
    top-level branch, the most telling part that cannot be skipped."""
    found: list[str] = []
    for branch in split_top(source):
        parts = [p for p in _parts(_strip_start(branch)) if all(w.strip() for w in p)]
        if not parts:
            return None
        # Prefer a part with no common character (a needed "/" over a needed "."), then the
        # part whose shortest choice is longest.
        found += max(
            parts, key=lambda p: (not any(map(is_common, p)), min(len(w.strip()) for w in p))
        )
    return tuple(dict.fromkeys(found))


def all_parts(source: str) -> tuple[tuple[str, ...], ...]:
    """Of a pattern with no top-level ``|``: every part it cannot match without (each a choice
    of lower-case strings), leaving out parts a common character may satisfy. A text lacking
    any of them cannot hold a match (empty: unknown)."""
    branches = split_top(source)
    if len(branches) != 1:
        return ()
    parts = _parts(_strip_start(branches[0]))
    kept = (p for p in parts if all(w.strip() and not is_common(w.strip()) for w in p))
    return tuple(dict.fromkeys(kept))
