"""The reviewed word lists in ``data/search/``: synonym groups, Chinese framing and domain words.

Loaded once per process; the search and the suggestion model both read them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from desktop.core.paths import resource

#: The longest Chinese word the segmenter looks for.
MAX_WORD = 6


@dataclass(frozen=True)
class Lexicon:
    """Synonym groups by member, Chinese framing words and the segmenter's vocabulary."""

    zh_groups: dict[str, tuple[str, ...]]
    en_groups: dict[str, tuple[str, ...]]
    framing: frozenset[str]
    vocabulary: frozenset[str]

    def synonyms(self, word: str) -> tuple[str, ...]:
        """The word first, then every other word of its group (the word alone when it has
        none)."""
        group = self.zh_groups.get(word) or self.en_groups.get(word) or ()
        return (word, *(w for w in group if w != word))


def _groups(rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for row in rows:
        group = tuple(dict.fromkeys(w.strip().lower() for w in row if w.strip()))
        for word in group:
            found[word] = tuple(dict.fromkeys((*found.get(word, ()), *group)))
    return found


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped in ``data/search/``."""
    with resource("data", "search", "synonyms.toml").open("rb") as fh:
        syn = tomllib.load(fh)
    with resource("data", "search", "chinese.toml").open("rb") as fh:
        zh = tomllib.load(fh)
    zh_groups = _groups(syn.get("zh", []))
    framing = frozenset(zh.get("framing", []))
    vocabulary = frozenset(
        w for w in (*zh.get("words", []), *zh_groups, *framing) if 1 <= len(w) <= MAX_WORD
    )
    return Lexicon(zh_groups, _groups(syn.get("en", [])), framing, vocabulary)
