"""Text helpers shared by search, suggestion and validation: normalising and splitting user text.

Everything here accepts any string a user can type (control characters, lone surrogates,
full-width forms, emoji) and never raises.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

#: Han ideographs (CJK Unified, Extension A, compatibility, supplementary planes).
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK_CLASS}]")
CJK_RUN_RE = re.compile(f"[{CJK_CLASS}]+")
#: Every pair of neighbouring Han characters, overlapping ("确认收货": 确认, 认收, 收货).
_RUN_RE = re.compile(f"[{CJK_CLASS}]+")
_TOKEN_RE = re.compile(f"(?P<cjk>[{CJK_CLASS}]+)|(?P<word>[^\\W_{CJK_CLASS}]+)")
_CONTROL_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ud800-\udfff]"
)
_SPACE_RE = re.compile(r"\s+")

#: Longest query we look at; longer input is cut (a pasted essay is not a search).
MAX_QUERY_CHARS = 200


def clean(text: str) -> str:
    """NFKC-normalise, drop control and format characters, collapse white space."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing to normalise (most English cells of an import)
    text = _CONTROL_RE.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    return _SPACE_RE.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    """True when the text contains at least one Han character."""
    return CJK_RE.search(text) is not None


@dataclass(frozen=True)
class QueryTerms:
    """A search query split into the parts each index can answer."""

    words: tuple[str, ...]
    """Lower-cased runs of letters or digits (Latin, Cyrillic, Hangul ...)."""
    cjk: tuple[str, ...]
    """Runs of Han characters."""
    typing: str = ""
    """The word still being typed: the text ends in it, not in a space or punctuation."""

    @property
    def empty(self) -> bool:
        return not self.words and not self.cjk


def split_query(text: str) -> QueryTerms:
    """Split user text into word runs and CJK runs, de-duplicated, in input order."""
    ends_open = bool(text) and not text[-1].isspace()
    text = clean(text)[:MAX_QUERY_CHARS].lower()
    words: list[str] = []
    cjk: list[str] = []
    for match in _TOKEN_RE.finditer(text):
        target = cjk if match.lastgroup == "cjk" else words
        token = match.group()
        if token not in target:
            target.append(token)
    typing = ""
    tokens = list(_TOKEN_RE.finditer(text))
    if ends_open and tokens and tokens[-1].lastgroup == "word" and tokens[-1].end() == len(text):
        typing = tokens[-1].group()
    return QueryTerms(tuple(words), tuple(cjk), typing)


def fts_quote(term: str) -> str:
    """Quote one term as an FTS5 string so no user text is ever read as query syntax."""
    return '"' + term.replace('"', '""') + '"'


def cjk_grams(*texts: str) -> str:
    """Index text for the short-Chinese index: every Han character and every adjacent pair.

    A 1-character query is then one token ("税") and a 2-character query one token ("关税"),
    so neither needs a phrase match, which on two frequent characters costs ~10 ms at 100k.
    Each text gives its characters, then its pairs in order, so a longer word is a phrase of
    neighbouring pair tokens ("确认收货": "确认 认收 收货"). One regex scan a text, the pairs
    made by ``map`` over each run: this is a large share of an import's time.
    """
    parts: list[str] = []
    for text in texts:
        runs = _RUN_RE.findall(text)
        if runs:
            parts.append(" ".join("".join(runs)))
            parts.extend(" ".join(map(operator.add, r, r[1:])) for r in runs if len(r) > 1)
    return " ".join(parts)


def char_pairs(word: str) -> list[str]:
    """The overlapping pairs of neighbouring characters of a word ("确认收货": 确认, 认收, 收货);
    a word of one character is its own pair."""
    return [a + b for a, b in pairwise(word)] or [word]


def words_of(text: str) -> list[str]:
    """Lower-cased word runs of a text (no CJK), for the suggestion model."""
    return [m.group() for m in _TOKEN_RE.finditer(clean(text).lower()) if m.lastgroup == "word"]


def split_list(text: str) -> list[str]:
    """Items typed as a list, separated by English or Chinese commas, stripped, empties dropped."""
    return [item.strip() for item in text.replace("，", ",").split(",") if item.strip()]


def first_line(text: str) -> str:
    """The first line of a reply that says something (a bare "Hi {buyer}," is skipped)."""
    stripped = [line.strip() for line in text.strip().splitlines() if line.strip()]
    greeting = len(stripped) > 1 and len(stripped[0]) < 30
    if greeting and stripped[0].endswith((",", "，", "：", ":", "!", "！")):
        return stripped[1]
    return stripped[0] if stripped else ""
