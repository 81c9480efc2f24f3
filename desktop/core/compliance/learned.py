"""The learned half of the checker: per family, a logistic regression over the reply's words,
word pairs and Chinese characters, trained on our labelled dev replies
(``tools/train_compliance.py`` writes ``data/compliance/model.json``).

Patterns name what they find; new phrasings slip past them (on replies written by people who
never saw them, the patterns found 77% of the violations). The model reads a reply as a
whole: when it is confident of a family the patterns did not find, the sentence that reads
most like it is marked as a warning, never an error (a guess does not hold up a copy).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from desktop.core.paths import resource

_TOKEN = re.compile(r"[a-z0-9$%€@']+|[\u4e00-\u9fff]")


def features(text: str, platform: str) -> set[str]:
    """What the model reads: lower-case words and numbers, each Chinese character, each pair
    of neighbours, and the platform."""
    tokens = _TOKEN.findall(text.lower())
    return {*tokens, *_pairs(tokens), f"PLATFORM={platform}"}


def reading(text: str, sentences: list[tuple[int, int]]) -> tuple[list[list[str]], set[str]]:
    """Each sentence's features, and the whole text's (as :func:`features` reads it, without
    the platform): words never span a stop, so the whole adds only the pair across each."""
    lowered = text.lower()
    pieces = [_TOKEN.findall(lowered[left:right]) for left, right in sentences]
    paired = [[*piece, *_pairs(piece)] for piece in pieces]
    whole = {f for found in paired for f in found}
    ends = [token for piece in pieces if piece for token in (piece[0], piece[-1])]
    whole.update(list(_pairs(ends[1:-1]))[::2])
    return paired, whole


def _pairs(tokens: list[str]) -> Iterator[str]:
    return (f"{a} {b}" for a, b in itertools.pairwise(tokens))


class Model:
    """Per family a bias and weights (rounded to thousandths in the file); a text's score
    is the logistic of the bias plus the weights of the features it holds."""

    def __init__(
        self,
        families: tuple[str, ...],
        thresholds: tuple[float, ...],
        biases: tuple[float, ...],
        weights: tuple[dict[str, float], ...],
        trained_on: str,
    ) -> None:
        self.families = families
        self.thresholds = thresholds
        self.biases = biases
        self.trained_on = trained_on
        self.active = tuple(bool(w) for w in weights)
        """Families the model can flag (a family with no weights never passes)."""
        # Feature -> its weight for each family, in thousandths: a text's sums are columns
        # added in C, and integer sums come out the same whatever order a set is walked in.
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        columns: dict[str, list[int]] = {}
        for family, family_weights in enumerate(weights):
            for feature, weight in family_weights.items():
                row = columns.setdefault(feature, [0] * len(families))
                row[family] = round(weight * 1000)
        self._by_feature = {f: shared.setdefault(tuple(r), tuple(r)) for f, r in columns.items()}
        self._known = frozenset(self._by_feature)

    def scores(self, text: str, platform: str) -> list[float]:
        """Each family's probability that ``text`` commits it on ``platform``."""
        return self._probabilities(self._sums(features(text, platform) & self._known))

    def score(self, family: str, text: str, platform: str) -> float:
        return self.scores(text, platform)[self.families.index(family)]

    def flags(
        self, text: str, platform: str, sentences: list[tuple[int, int]]
    ) -> list[tuple[str, tuple[int, int]]]:
        """The families whose score of the whole text passes their threshold, each with the
        sentence that reads most like it."""
        known = self._known
        platform_feature = {f"PLATFORM={platform}"} & known
        paired, whole = reading(text, sentences)
        probabilities = self._probabilities(self._sums((whole | platform_feature) & known))
        flagged = [
            family
            for family, (active, threshold, probability) in enumerate(
                zip(self.active, self.thresholds, probabilities, strict=True)
            )
            if active and probability > threshold
        ]
        if not flagged:
            return []
        by_sentence = [self._sums(known.intersection(found)) for found in paired]
        return [
            (
                self.families[family],
                max(zip(sentences, by_sentence, strict=True), key=lambda pair: pair[1][family])[0],
            )
            for family in flagged
        ]

    def _sums(self, known: Iterable[str]) -> list[int]:
        """Per family, the weights (thousandths) of the features in ``known``."""
        rows = [self._by_feature[f] for f in known]
        return list(map(sum, zip(*rows, strict=True))) if rows else [0] * len(self.families)

    def _probabilities(self, sums: list[int]) -> list[float]:
        return [_sigmoid(b + total / 1000) for b, total in zip(self.biases, sums, strict=True)]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def parse_model(data: dict[str, Any]) -> Model:
    return Model(
        tuple(str(f) for f in data["families"]),
        tuple(float(t) for t in data["thresholds"]),
        tuple(float(b) for b in data["biases"]),
        tuple({str(k): float(w) for k, w in family.items()} for family in data["weights"]),
        str(data["trained_on"]),
    )


@cache
def model() -> Model | None:
    """The shipped model, read once (None when the file is missing or damaged: the patterns
    still run)."""
    try:
        with resource("data", "compliance", "model.json").open(encoding="utf-8") as fh:
            return parse_model(json.load(fh))
    except (OSError, ValueError, KeyError, TypeError):
        return None
