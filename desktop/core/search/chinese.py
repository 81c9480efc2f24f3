"""Chinese as agents type it: traditional to simplified, words instead of substrings.

A run of Han characters is cut into words by longest match against a small vocabulary
(:mod:`desktop.core.search.lexicon`: our domain words, synonym groups and framing words); characters
the vocabulary does not know are read as overlapping pairs, as Lucene's CJKAnalyzer reads all
of Chinese. Framing words (买家, 询问, 能不能 ...) are dropped: they say how the agent asks, not
what about. No dictionary of the whole language is loaded, so this costs microseconds and
almost no memory.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from typing import Any

from desktop.core.search.lexicon import MAX_WORD, lexicon
from desktop.core.search.text import CJK_RE, CJK_RUN_RE, char_pairs

_lock = threading.Lock()


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones (OpenCC's t2s); other text unchanged."""
    if not CJK_RE.search(text):
        return text
    with _lock:  # an OpenCC converter is not documented as thread-safe
        return str(_converter().convert(text))


def segment(run: str) -> list[str]:
    """Cut a run of Han characters into known words (longest first) and unknown stretches."""
    vocab = lexicon().vocabulary
    parts: list[str] = []
    unknown = ""
    i = 0
    while i < len(run):
        for size in range(min(MAX_WORD, len(run) - i), 0, -1):
            if run[i : i + size] in vocab:
                if unknown:
                    parts.append(unknown)
                    unknown = ""
                parts.append(run[i : i + size])
                i += size
                break
        else:
            unknown += run[i]
            i += 1
    if unknown:
        parts.append(unknown)
    return parts


def is_known(word: str) -> bool:
    """True for a word of the vocabulary, False for a pair read from an unknown stretch."""
    return word in lexicon().vocabulary


def content_words(text: str) -> list[str]:
    """The words of ``text`` that say what it is about, in order, each once.

    Known words stay whole; an unknown stretch of two or more characters gives its pairs (a
    stretch of one character is kept only when nothing else is left); framing words go.
    """
    lex = lexicon()
    words: list[str] = []
    singles: list[str] = []
    for run in CJK_RUN_RE.findall(to_simplified(text)):
        for part in segment(run):
            if part in lex.vocabulary:
                if part not in lex.framing:
                    words.append(part)
            elif len(part) == 1:
                singles.append(part)
            else:
                words.extend(char_pairs(part))
    if not words:
        words = singles
    return list(dict.fromkeys(words))


def concepts(text: str) -> list[tuple[str, ...]]:
    """The content words of ``text``, each followed by its synonyms and then the words it
    contains (催发货: 发货): any of a tuple will do, the first best."""
    return list(_concepts(text))


@lru_cache(maxsize=256)
def _concepts(text: str) -> tuple[tuple[str, ...], ...]:
    # one search reads its query's words three times (candidates, scenarios, highlighting)
    lex = lexicon()
    found = []
    for word in content_words(text):
        inner = [p for p in segment_inner(word) if p != word and p not in lex.framing]
        found.append(tuple(dict.fromkeys((*lex.synonyms(word), *inner))))
    return tuple(found)


def segment_inner(word: str) -> list[str]:
    """The vocabulary words of two or more characters inside ``word``, longest first."""
    vocab = lexicon().vocabulary
    inner = {
        word[i:j]
        for i in range(len(word))
        for j in range(i + 2, min(len(word), i + MAX_WORD) + 1)
        if word[i:j] in vocab
    }
    return sorted(inner, key=len, reverse=True)
