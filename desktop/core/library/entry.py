"""The reply entry as the rest of the app sees it, and the checks every entry must pass."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop.core.library.placeholders import placeholders_in, unknown_placeholders
from desktop.core.library.scenarios import scenarios, stage_of

TONES = ("formal", "friendly", "short")
#: The platforms a reply can be marked for; a reply marked for none applies to all of them.
PLATFORMS = ("aliexpress", "amazon", "shopee", "own_store")
#: CLDR territory codes that are not countries (regions, test and private-use codes).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
#: The fields of an entry that hold lists (JSON arrays when stored or packed, ``|`` in CSV).
LIST_FIELDS = ("tags", "examples", "countries", "platforms")
MAX_TEXT = 5000
MAX_LIST = 50


@dataclass(frozen=True)
class Entry:
    """One reply of the phrasebook."""

    id: str
    scenario: str
    en: str
    zh: str
    title_en: str = ""
    title_zh: str = ""
    tone: str = "friendly"
    tags: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    builtin: bool = False
    edited: bool = False
    favorite: bool = False
    uses: int = 0
    last_used: str | None = field(default=None, compare=False)

    @property
    def stage(self) -> str:
        return stage_of(self.scenario)

    def applies_to(self, platform: str | None) -> bool:
        """True when the reply fits ``platform`` (None: the agent asked for every platform)."""
        return fits_platform(self.platforms, platform)

    def country_tier(self, country: str | None) -> int:
        """See :func:`country_tier`."""
        return country_tier(self.countries, country)

    def marked_for(self, country: str, names: Iterable[str] = ()) -> bool:
        """Written for the buyer's ``country`` (ISO code): listed in the reply's countries, or
        tagged with the code or one of the country's ``names``."""
        if not country:
            return False
        words = {country.lower(), *(n.lower() for n in names)}
        return country in self.countries or any(t.lower() in words for t in self.tags)

    @property
    def placeholders(self) -> list[str]:
        return placeholders_in(self.en + "\n" + self.zh)

    def to_json(self) -> dict[str, Any]:
        """The entry JSON of the contract in design.md (plus tone and examples)."""
        return {
            "id": self.id,
            "scenario": self.scenario,
            "stage": self.stage,
            "en": self.en,
            "zh": self.zh,
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "placeholders": self.placeholders,
            "tags": list(self.tags),
            "tone": self.tone,
            "examples": list(self.examples),
            "countries": list(self.countries),
            "platforms": list(self.platforms),
            "builtin": self.builtin,
            "favorite": self.favorite,
            "uses": self.uses,
        }


def fits_platform(platforms: tuple[str, ...], platform: str | None) -> bool:
    """Whether a reply marked for ``platforms`` (none: all) fits the agent's ``platform``
    (None: the agent asked for every platform)."""
    return platform is None or not platforms or platform in platforms


def country_tier(countries: tuple[str, ...], country: str | None) -> int:
    """Where a reply marked for ``countries`` ranks for a buyer in ``country``: 0 written for
    it, 1 for any country (or no buyer country chosen), 2 written for other countries."""
    if not countries or country is None:
        return 1
    return 0 if country in countries else 2


class EntryError(ValueError):
    """An entry failed validation; the message names the field and is fit to show a user."""


def validate(
    *,
    scenario: str,
    en: str,
    zh: str,
    tone: str = "friendly",
    tags: tuple[str, ...] = (),
    examples: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    platforms: tuple[str, ...] = (),
) -> None:
    """Raise :class:`EntryError` with every problem of a would-be entry, one per line."""
    problems: list[str] = []
    if scenario not in scenarios():
        problems.append(f"scenario: unknown scenario {scenario!r}")
    for name, text in (("en", en), ("zh", zh)):
        if not text.strip():
            problems.append(f"{name}: must not be empty")
        elif len(text) > MAX_TEXT:
            problems.append(f"{name}: longer than {MAX_TEXT} characters")
        bad = unknown_placeholders(text)
        if bad:
            problems.append(f"{name}: unknown placeholder " + ", ".join("{" + b + "}" for b in bad))
    if tone not in TONES:
        problems.append(f"tone: must be one of {', '.join(TONES)}")
    for name, items in (("tags", tags), ("examples", examples)):
        if len(items) > MAX_LIST:
            problems.append(f"{name}: more than {MAX_LIST} items")
        if any("|" in item for item in items):
            problems.append(f"{name}: an item contains '|', which separates items")
    bad_countries = [c for c in countries if c not in country_codes()]
    if bad_countries:
        problems.append("countries: unknown country code " + ", ".join(bad_countries))
    bad_platforms = [p for p in platforms if p not in PLATFORMS]
    if bad_platforms:
        problems.append(
            "platforms: unknown platform "
            + ", ".join(bad_platforms)
            + f" (use {', '.join(PLATFORMS)})"
        )
    if problems:
        raise EntryError("; ".join(problems))


def validate_entry(entry: Entry) -> None:
    """:func:`validate` applied to an entry's fields."""
    validate(
        scenario=entry.scenario,
        en=entry.en,
        zh=entry.zh,
        tone=entry.tone,
        tags=entry.tags,
        examples=entry.examples,
        countries=entry.countries,
        platforms=entry.platforms,
    )


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 country codes, from CLDR (Babel)."""
    from babel import Locale

    codes = (str(code) for code in Locale.parse("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)
