"""Pinyin for the search index: agents type zhekou, zk, zhe kou or zhek when the input method
is off. Written at index time only, from the Chinese titles and search phrases of a reply.

pypinyin is imported on first use, on the worker that indexes, without its phrase tables
(``PYPINYIN_NO_PHRASES``): they add ~58 MB of memory for better readings of rare polyphones,
while our words read right character by character. Queries never load it: a query is matched
against the stored syllables as plain ASCII.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from desktop.core.search.chinese import is_known, segment, to_simplified
from desktop.core.search.lexicon import lexicon
from desktop.core.search.text import CJK_RUN_RE, char_pairs

_ASCII_WORD = re.compile(r"[a-z]+")
_lock = threading.Lock()
_module: Any = None
#: The shortest query (letters, spaces removed) read as pinyin: one letter matches too much.
MIN_QUERY = 2
#: Search phrases up to this long are read by every stretch of up to _KEYWORD_SPAN characters.
_KEYWORD_MAX, _KEYWORD_SPAN = 8, 4


def _pinyin() -> Any:
    global _module
    with _lock:
        if _module is None:
            os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
            import pypinyin

            _module = pypinyin
        return _module


@lru_cache(maxsize=20_000)
def _word(word: str) -> tuple[str, str]:
    """Full pinyin (no tones, no spaces) and initials of one Chinese word."""
    py = _pinyin()
    syllables = py.lazy_pinyin(word, style=py.Style.NORMAL, errors="ignore")
    syllables = [s.replace("ü", "v") for s in syllables if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


@lru_cache(maxsize=20_000)
def _phrase(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pinyin tokens of a phrase, and those of its words' synonyms (mianyou finds 包邮)."""
    tokens: list[str] = []
    synonyms: list[str] = []
    for run in CJK_RUN_RE.findall(to_simplified(phrase)):
        words = segment(run)
        known = [w for w in words if is_known(w)]
        for word in known:
            for synonym in lexicon().synonyms(word)[1:]:
                synonyms += _word(synonym)
        # An unknown stretch reads as its character pairs: its whole reading would let "ddh"
        # match any stretch that happens to start 订单还...
        for word in words:
            pieces = [word] if is_known(word) else char_pairs(word)
            for piece in pieces:
                tokens += _word(piece)
        # Neighbouring words read together ("xgdz" for 修改地址); a framing word breaks the run.
        framing = lexicon().framing
        read = [_word(w) if is_known(w) and w not in framing else None for w in words]
        for first, second in pairwise(read):
            if first and second:
                tokens += [first[0] + second[0], first[1] + second[1]]
        parts = [p for p in read if p]
        if len(parts) > 2:
            tokens += ["".join(f for f, _ in parts), "".join(i for _, i in parts)]
    own = tuple(t for t in dict.fromkeys(tokens) if t)
    return own, tuple(t for t in dict.fromkeys(synonyms) if t and t not in own)


@lru_cache(maxsize=20_000)
def _keyword(phrase: str) -> tuple[str, ...]:
    """Every stretch of 2-4 characters of a short search phrase, read in full and as initials:
    "qxdd" finds 取消订单 whichever words the phrase is made of."""
    tokens: list[str] = []
    for run in CJK_RUN_RE.findall(to_simplified(phrase)):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + _KEYWORD_SPAN) + 1):
                tokens += _word(run[i:j])
    return tuple(dict.fromkeys(t for t in tokens if t))


@lru_cache(maxsize=20_000)
def _reading(text: str, whole: bool) -> tuple[str, str]:
    """One phrase's pinyin tokens and its synonyms' tokens, each space-separated (cached:
    the same search phrases and scenario names recur over thousands of replies)."""
    if not CJK_RUN_RE.search(text):
        return "", ""
    own, others = _phrase(text)
    if whole and len(text) <= _KEYWORD_MAX:
        own = tuple(dict.fromkeys((*own, *_keyword(text))))
    return " ".join(own), " ".join(t for t in others if t not in own)


def index_text(phrases: Iterable[str], keywords: Iterable[str] = ()) -> tuple[str, str]:
    """The pinyin tokens of some Chinese phrases (titles: by words) and keywords (short search
    phrases: also by every short stretch), and of their synonyms, for the two columns of the
    ``fts_py`` index."""
    read = [_reading(p, False) for p in phrases] + [_reading(k, True) for k in keywords]
    return " ".join(r[0] for r in read if r[0]), " ".join(r[1] for r in read if r[1])


def query_expr(text: str) -> str | None:
    """An FTS5 expression matching ``text`` typed as pinyin, or None when it cannot be pinyin.

    "zhekou" and "zk" match a word's full pinyin or initials by prefix; "zhe kou" and "xg dz"
    also match as one run ("zhekou", "xgdz") or as prefixes of neighbouring words.
    """
    lowered = text.lower()
    if not lowered.isascii():
        return None
    words = _ASCII_WORD.findall(lowered)
    joined = "".join(words)
    if len(joined) < MIN_QUERY or len(joined) > 40:
        return None
    expr = f'"{joined}"*'
    if len(words) > 1:
        expr += " OR (" + " AND ".join(f'"{w}"*' for w in words) + ")"
    return expr
