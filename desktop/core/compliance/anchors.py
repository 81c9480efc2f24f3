"""Literal anchors of a pattern: words one of which a text must hold for the pattern to match.

A pattern starting with an alternation of words (``\\b(?:whats\\s?app|wechat|...)``) can only
match where one of them occurs, and a substring test is many times cheaper than a regular
expression scan, so a pattern is skipped when none of its anchors is in the text. Patterns
whose start is not plain words (a digit class, a look-behind on a class) get no anchors and
always run.
"""

from __future__ import annotations

from collections.abc import Iterator

_META = set("\\()[]?*+{}.|^$")
_ESCAPED = set("{}[]().*+?|$^-/%@#&~")


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for the characters outside escapes and classes."""
    depth, i = 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = source.find("]", i + 2 if source[i + 1 : i + 2] == "]" else i + 1)
            i = (close if close >= 0 else len(source)) + 1
            continue
        depth += (ch == "(") - (ch == ")")
        yield i, ch, depth
        i += 1


def _split_top(source: str) -> list[str]:
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


def anchors(source: str) -> tuple[str, ...] | None:
    """Lower-case words one of which any match must contain, or None when unknown."""
    found: list[str] = []
    for branch in _split_top(source):
        branch = _strip_start(branch)
        if branch.startswith("(?:") and branch.endswith(")") and _closes_at_end(branch):
            inner = anchors(branch[3:-1])
            if inner is None:
                return None
            found += inner
            continue
        if branch.startswith("(?:"):
            close = _group_end(branch)
            inner = anchors(branch[3:close])
            tail = branch[close + 1 : close + 2]
            if inner is None or tail in ("?", "*") or branch[close + 1 : close + 2] == "{":
                return None
            found += inner
            continue
        prefix = _literal_prefix(branch).strip().lower()
        if not prefix:
            return None
        found.append(prefix)
    return tuple(dict.fromkeys(found))


def _group_end(branch: str) -> int:
    """Index of the ``)`` closing the group that opens ``branch``."""
    for i, ch, depth in _structure(branch):
        if ch == ")" and depth == 0:
            return i
    return len(branch) - 1


def _closes_at_end(branch: str) -> bool:
    return _group_end(branch) == len(branch) - 1
