"""Which language a buyer wrote in, offline, and the Snowball stemmer for it.

CLD2 (pycld2, a compiled table of ~10 MB, no model downloaded) names the language; we keep
only the languages the suggestion model has examples in. Measured on the dev halves of
tests/data/eval: 220/220 English, 47/48 Portuguese, 47/50 Spanish, 47/48 Russian, 48/48 French
right (bench/evaluate.py prints it).
"""

from __future__ import annotations

import re
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


def detect(text: str) -> str | None:
    """The language of ``text`` among :data:`LANGUAGES`, or None when it has no words."""
    text = clean(text)
    if not text:
        return None
    letters = len(_LATIN_LETTER.findall(text)) + len(_CYRILLIC.findall(text))
    han = len(CJK_RE.findall(text))
    if han and han >= letters / 3:
        return "zh"
    if not letters:
        return None
    try:
        import pycld2

        _, _, found = pycld2.detect(text, bestEffort=True)
    except Exception:  # pycld2.error on bytes it cannot read: fall back on the script
        found = ()
    for _, code, _, _ in found:
        if code in LANGUAGES:
            return str(code)
    return "ru" if _CYRILLIC.search(text) else "en"


@cache
def stemmer(language: str) -> Any:
    """The Snowball stemmer of a language (English for a language without one)."""
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGES.get(language) or "english")


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
