"""Typos against our own vocabulary: "avaliable" is read as "available", "shiping" as
"shipping", when the misspelt word is not itself a word we know.

The standard library's difflib compares a word only with known words of the same first letter
and a similar length (a few hundred at most), so a correction costs well under a millisecond;
rapidfuzz would do the same job faster but adds ~12 MB to the bundle.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

#: How close a known word must be (difflib ratio) to stand for a misspelt one.
CUTOFF = 0.85
_MIN_LENGTH = 4


class Speller:
    """Known words by first letter; corrects a word to the closest known one."""

    def __init__(self, words: Iterable[str]) -> None:
        self._known = frozenset(words)
        self._by_letter: dict[str, list[str]] = defaultdict(list)
        for word in self._known:
            if len(word) >= _MIN_LENGTH - 1:
                self._by_letter[word[0]].append(word)

    @property
    def words(self) -> list[str]:
        """The known words, sorted (to store the speller)."""
        return sorted(self._known)

    def correct(self, word: str) -> str | None:
        """The known word ``word`` is probably a misspelling of, or None."""
        if word in self._known or len(word) < _MIN_LENGTH or not word.isalpha():
            return None
        candidates = [w for w in self._by_letter.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        found = difflib.get_close_matches(word, candidates, n=1, cutoff=CUTOFF)
        return found[0] if found else None
