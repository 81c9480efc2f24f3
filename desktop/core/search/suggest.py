"""Suggestion: rank replies for a pasted buyer message by scenario.

Each example buyer message of a reply (and each scenario's description) is a document. A message
is compared with every document by TF-IDF cosine over words, word pairs and character trigrams
(trigrams forgive typos such as "shiping" or "recieved"). A scenario scores by its best few
documents; a message with several sentences is also scored sentence by sentence, so each
question it asks can lift its own scenario.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from desktop.core.collector import lasting
from desktop.core.library.content import buyer_examples
from desktop.core.library.entry import country_tier, fits_platform
from desktop.core.library.scenarios import scenarios
from desktop.core.search import postings
from desktop.core.search.features import features, forget_words
from desktop.core.search.language import detect
from desktop.core.search.postings import Postings
from desktop.core.search.text import clean, has_cjk, words_of
from desktop.core.search.typos import Speller

_SENTENCE_RE = re.compile(r"(?<=[.!?;。！？；\n])\s*|\s+(?:also|and also|btw|by the way)\s+", re.I)
#: Examples kept per scenario: built-ins first, then favourites and most-used user replies.
_PER_SCENARIO = 60
_MIN_SEGMENT_WORDS = 3


def segments(message: str) -> list[str]:
    """The sentences of a message that are long enough to be a question of their own."""
    parts = [p.strip() for p in _SENTENCE_RE.split(clean(message.replace("\r", "\n"))) if p]
    return [p for p in parts if len(words_of(p)) >= _MIN_SEGMENT_WORDS]


#: A document: scenario, entry id (None for a scenario's own examples), text, language.
_Doc = tuple[str, str | None, str, str]
#: How much a word spread evenly over every scenario still counts (1.0: a word found in one).
_SPREAD_FLOOR = 0.65
#: How much a scenario's second and third closest documents add to its score.
_RUNNER_UP = (0.7, 0.5)
#: A feature found in more documents than this is left out of a message's scoring: its weight
#: is low and its posting list the longest. The built-in library has none so common; with
#: 100,000 replies (~24,000 documents) this cut suggestion p95 from 128 to ~45 ms.
_MAX_POSTINGS = 1200


def _specificity(documents: int, nlogn: float, spread_over: int) -> float:
    """How well a feature separates scenarios, from 1 (found in one scenario) down to
    :data:`_SPREAD_FLOOR` (spread evenly over all): "information", "help" or "possible" must
    not outweigh "delivery", "track" or "claim". ``nlogn`` is the sum of n·log n over the
    feature's document count n in each of the ``spread_over`` scenarios it is found in."""
    if documents <= 1 or spread_over == 1:
        return 1.0
    entropy = math.log(documents) - nlogn / documents
    spread = entropy / math.log(len(scenarios()))
    return _SPREAD_FLOOR + (1.0 - _SPREAD_FLOOR) * max(0.0, 1.0 - spread)


@dataclass(frozen=True)
class Where:
    """Where the agent works: their platform (None: every platform) and the buyer's country."""

    platform: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class SuggestionGroup:
    """Suggestions for one question (sentence) of a buyer message."""

    text: str
    entry_ids: tuple[str, ...]
    scenarios: tuple[str, ...]


@dataclass
class SuggestModel:
    """An in-memory nearest-neighbour model over example buyer messages."""

    index: Postings = field(default_factory=Postings)
    speller: Speller | None = None
    doc_scenario: list[str] = field(default_factory=list)
    doc_entry: list[str | None] = field(default_factory=list)
    entries_of: dict[str, list[str]] = field(default_factory=dict)
    #: Where each marked entry applies: (countries, platforms); unmarked entries are absent.
    marks: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    @staticmethod
    def read(conn: sqlite3.Connection) -> list[tuple[str, ...]]:
        """The rows a model is built from: each scenario's first :data:`_PER_SCENARIO` replies
        (built-in, favourite, most used first), read in that order from the scenario index."""
        rows: list[tuple[str, ...]] = []
        for (scenario,) in conn.execute("SELECT DISTINCT scenario FROM entries").fetchall():
            rows += conn.execute(
                "SELECT id, scenario, title_en, title_zh, tags, examples, countries, platforms "
                "FROM entries WHERE scenario = ? "
                "ORDER BY builtin DESC, favorite DESC, uses DESC, n LIMIT ?",
                (scenario, _PER_SCENARIO),
            ).fetchall()
        return rows

    @classmethod
    def build(cls, conn: sqlite3.Connection) -> SuggestModel:
        """Build the model from the examples stored in a library connection."""
        return cls.from_rows(cls.read(conn))

    @classmethod
    def from_rows(cls, rows: list[tuple[str, ...]], names: list[str] | None = None) -> SuggestModel:
        """Build the model from :meth:`read`'s rows (no database: the library lock is free);
        ``names`` receives the index's feature strings (see :func:`postings.build`).

        The model is hundreds of thousands of small objects without cycles. Python's cyclic
        collector would scan them all, holding the GIL for up to ~200 ms while the window
        waits (measured at 100k replies), so it is paused while they are made, and afterwards
        they are moved out of its sight (``gc.freeze``); reference counting still frees them.
        """
        with lasting():
            return cls._build(rows, names)

    @classmethod
    def _build(cls, rows: list[tuple[str, ...]], names: list[str] | None) -> SuggestModel:
        docs: list[_Doc] = [(s.id, None, s.en, "en") for s in scenarios().values()]
        docs += [(s.id, None, s.zh, "zh") for s in scenarios().values()]
        model = cls()
        for eid, scenario, title, title_zh, tags, examples, countries, platforms in rows:
            model.entries_of.setdefault(scenario, []).append(eid)
            if countries != "[]" or platforms != "[]":
                model.marks[eid] = (tuple(json.loads(countries)), tuple(json.loads(platforms)))
            docs.append((scenario, eid, title, "en"))
            chinese = [t for t in json.loads(tags) if has_cjk(t)]
            docs.append((scenario, eid, " ".join((title_zh, *chinese)), "zh"))
            docs.extend((scenario, eid, ex, "en") for ex in json.loads(examples))
        for language, by_scenario in buyer_examples().items():
            for scenario, messages in by_scenario.items():
                docs.extend((scenario, None, m, language) for m in messages)
        model._index(docs, names)
        model.speller = Speller(w for _, _, text, _ in docs for w in words_of(text))
        forget_words()
        return model

    def _index(self, docs: list[_Doc], names: list[str] | None = None) -> None:
        self.doc_scenario = [scenario for scenario, _, _, _ in docs]
        self.doc_entry = [eid for _, eid, _, _ in docs]
        self.index = postings.build(
            ((scenario, features(text, language)) for scenario, _, text, language in docs),
            _specificity,
            names=names,
        )

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {f: (1.0 + math.log(n)) * self.index.idf_of(f) for f, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items() if v}

    def _doc_sims(self, text: str, language: str | None = None) -> dict[int, float]:
        sims: dict[int, float] = defaultdict(float)
        language = language or detect(text) or "en"
        counts = features(text, language)
        if self.speller is not None:
            fixed = [self.speller.correct(w) for w in words_of(text)]
            if any(fixed):
                counts += features(" ".join(w for w in fixed if w), language)
        for f, w in self._vector(counts).items():
            # in more than _MAX_POSTINGS documents: it says little and costs the most to add up
            docs, weights = self.index.of(f, most=_MAX_POSTINGS)
            for doc, dw in zip(docs, weights, strict=True):
                sims[doc] += w * dw
        return sims

    def _scenario_scores(self, sims: dict[int, float]) -> dict[str, float]:
        per: dict[str, list[float]] = defaultdict(list)
        for doc, s in sims.items():
            per[self.doc_scenario[doc]].append(s)
        scores = {}
        for scenario, values in per.items():
            top = [*sorted(values, reverse=True)[:3], 0.0, 0.0]
            scores[scenario] = top[0] + _RUNNER_UP[0] * top[1] + _RUNNER_UP[1] * top[2]
        return scores

    def _fits(self, eid: str, where: Where) -> bool:
        return fits_platform(self.marks.get(eid, ((), ()))[1], where.platform)

    def _tier(self, eid: str, where: Where) -> int:
        return country_tier(self.marks.get(eid, ((), ()))[0], where.country)

    def _entry_sims(self, sims: dict[int, float]) -> dict[str, float]:
        """Each entry's closest document to the message."""
        best: dict[str, float] = {}
        for doc, s in sims.items():
            eid = self.doc_entry[doc]
            if eid is not None and s > best.get(eid, 0.0):
                best[eid] = s
        return best

    def _ranked_entries(self, scenario: str, best: dict[str, float], where: Where) -> list[str]:
        """A scenario's entries that fit the platform: the buyer country's versions first, then
        the closest to the message (library order breaks ties)."""
        order = [e for e in self.entries_of.get(scenario, []) if self._fits(e, where)]
        position = {eid: i for i, eid in enumerate(order)}
        return sorted(
            order,
            key=lambda eid: (self._tier(eid, where), -round(best.get(eid, 0.0), 6), position[eid]),
        )

    def _best_entry(self, scenario: str, best: dict[str, float], where: Where) -> str | None:
        ranked = self._ranked_entries(scenario, best, where)
        return ranked[0] if ranked else None

    def _rank_scenarios(self, message: str) -> tuple[list[str], dict[int, float]]:
        sims = self._doc_sims(message)
        combined = self._scenario_scores(sims)
        parts = segments(message)
        if len(parts) > 1:
            for part in parts:
                for scenario, score in self._scenario_scores(self._doc_sims(part)).items():
                    combined[scenario] = max(combined.get(scenario, 0.0), 0.9 * score)
        ranked = sorted(
            (s for s, v in combined.items() if v > 0 and s in self.entries_of),
            key=lambda s: -combined[s],
        )
        return ranked, sims

    def rank(self, message: str, limit: int, where: Where | None = None) -> list[str]:
        """Entry ids of the best reply of each of the ``limit`` best scenarios that have a
        reply for the platform of ``where``."""
        where = where or Where()
        ranked, sims = self._rank_scenarios(message)
        best = self._entry_sims(sims)
        ids: list[str] = []
        for scenario in ranked:
            if len(ids) >= limit:
                break
            eid = self._best_entry(scenario, best, where)
            if eid is not None:
                ids.append(eid)
        return ids

    def groups(
        self, message: str, per_group: int, where: Where | None = None
    ) -> list[SuggestionGroup]:
        """One group per question of the message, each with its best scenarios' replies.

        A statement ("I paid two weeks ago.") is context for the question after it, not a
        question of its own; scenarios scoring under half the best one are left out.
        """
        where = where or Where()
        groups: list[SuggestionGroup] = []
        seen: set[str] = set()
        for part in questions(message):
            ranked, sims = self._rank_scenarios(part)
            best = self._entry_sims(sims)
            ranked = [s for s in ranked if self._best_entry(s, best, where) is not None]
            if not ranked or ranked[0] in seen:
                continue
            scores = self._scenario_scores(sims)
            floor = _GROUP_FLOOR * scores.get(ranked[0], 0.0)
            top = [s for s in ranked[:per_group] if scores.get(s, 0.0) >= floor]
            seen.add(top[0])
            ids = [i for i in (self._best_entry(s, best, where) for s in top) if i is not None]
            # Room left: offer the best scenario's other replies (other tones) as well.
            for eid in self._ranked_entries(top[0], best, where):
                if len(ids) >= per_group:
                    break
                if eid not in ids:
                    ids.append(eid)
            groups.append(SuggestionGroup(part, tuple(ids), tuple(top)))
        return groups


_QUESTION_START = re.compile(
    r"^(?:(?:and|also|but|so|btw|ok|okay|hi|hello|hey)[,\s]+)*(can|could|do|does|did|is|are|will|would|how|what|when|where|which|who|why|pls|please|"
    r"plz|i want|i need|i would like|send|tell|give|let me)\b",
    re.I,
)
#: Within a group, scenarios scoring under this share of the best one are not shown.
_GROUP_FLOOR = 0.5


def questions(message: str) -> list[str]:
    """The questions of a message, each with the statements just before it as context."""
    parts = segments(message) or ([clean(message)] if clean(message) else [])
    found: list[str] = []
    context: list[str] = []
    for part in parts:
        if part.rstrip().endswith(("?", "？")) or _QUESTION_START.match(part.strip()):
            found.append(" ".join([*context, part]))
            context = []
        else:
            context.append(part)
    if context:
        if found:
            found[-1] = found[-1] + " " + " ".join(context)
        else:
            found.append(" ".join(context))
    return found
