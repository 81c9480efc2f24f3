"""What the suggestion model reads in a text: stems in the text's own language, synonyms,
word pairs, character trigrams (which forgive typos such as "shiping") and Chinese words.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from itertools import pairwise

from desktop.core.search.chinese import content_words
from desktop.core.search.language import stemmer
from desktop.core.search.lexicon import lexicon
from desktop.core.search.text import has_cjk, words_of

#: English function words that carry no scenario signal (question words are kept on purpose);
#: other languages' function words are left to the weights, which learn that they say nothing.
_STOP = frozenset(
    (
        "a an the is are am was were be been to of in on at for it its this that these those "
        "and or i me my you your u ur we our us he she they them his her do does did have has "
        "had will would could should can just so very also please pls plz dear sir madam "
        "friend hi hello hey im i'm ok okay"
    ).split()
)


@cache
def _country_words() -> frozenset[str]:
    """Country names (CLDR, one-word English names): the buyer's country is context that the
    country box carries, not a sign of what they ask ("shipping to Brazil" is about shipping)."""
    from babel import Locale

    names = (str(n).lower() for n in Locale.parse("en").territories.values())
    return frozenset(n for n in names if n.isalpha())


@cache
def _phrases() -> dict[str, str]:
    """Multi-word English synonyms ("money back") and the group each names."""
    return {w: group[0] for w, group in lexicon().en_groups.items() if " " in w}


@lru_cache(maxsize=4096)
def _stem(language: str, word: str) -> str:
    """Snowball's stem of a word (words repeat: the commonest are stemmed once; a small cache,
    as a large one's tens of thousands of strings outlived the model build in the heap)."""
    return str(stemmer(language).stemWord(word))


@lru_cache(maxsize=4096)
def _trigrams(word: str) -> tuple[str, ...]:
    """The character trigrams of a word with its edges marked: they forgive typos."""
    padded = f"<{word}>"
    return tuple("c:" + padded[i : i + 3] for i in range(len(padded) - 2))


def forget_words() -> None:
    """Let go of the stems and trigrams remembered while a model was built (tens of thousands
    of small strings); a message's few words are cheap to work out again."""
    _stem.cache_clear()
    _trigrams.cache_clear()


def features(text: str, language: str = "en") -> Counter[str]:
    """Sparse term counts of a text written in ``language`` (an ISO 639-1 code)."""
    countries = _country_words()
    words = [w for w in words_of(text) if w not in _STOP and w not in countries]
    groups = lexicon().en_groups
    feats: Counter[str] = Counter()
    stems = [_stem(language, w) for w in words]
    for word, s in zip(words, stems, strict=True):
        feats["w:" + s] += 1
        group = groups.get(word)
        if group:
            feats["s:" + group[0]] += 1
        feats.update(_trigrams(word))
    for a, b in pairwise(stems):
        feats[f"b:{a}_{b}"] += 1
    lowered = " " + " ".join(words) + " "
    for phrase, name in _phrases().items():
        if f" {phrase} " in lowered:
            feats["s:" + name] += 1
    if has_cjk(text):
        for word in content_words(text):
            feats["z:" + lexicon().synonyms(word)[0]] += 1
    return feats
