"""The learned half of the checker: per family, a logistic regression over the reply's words,
word pairs and Chinese characters, trained on our labelled dev replies
(``tools/train_compliance.py`` writes ``data/compliance/model.bin``).

Patterns name what they find; new phrasings slip past them (on replies written by people who
never saw them, the patterns found 77% of the violations). The model reads a reply as a
whole: when it is confident of a family the patterns did not find, the sentence that reads
most like it is marked as a warning, never an error (a guess does not hold up a copy). And
when it all but rules out a family whose words a pattern matched (a refusal, a scam warning,
the buyer's request repeated back), the pattern's finding is dropped (:meth:`Model.doubts`).
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections.abc import Iterator, Sequence
from functools import cache
from typing import BinaryIO

from desktop.core import packed
from desktop.core.compliance.text import as_read
from desktop.core.compliance.vocabulary import Vocabulary
from desktop.core.paths import resource

#: Under this probability the model overrules the patterns for a family (:meth:`Model.doubts`),
#: for a model file that does not choose its own per family (the trainer does, in its
#: cross-validation). Chosen on a blind half the day it became a dev half (test12, 758 cases,
#: before either the patterns or the model had seen it): at 0.02 the patterns' findings it would
#: have removed were 17 false and 11 true; 8 of the 11 were blanks and phone numbers (see
#: :data:`SURE`).
DOUBT = 0.02
#: Rules whose findings the model never overrules: a ``{name}`` left in is a blank, a phone
#: number or a web address is what it is, and an agent's own WeChat or PayPal or "our eBay
#: shop" on an own store is the agent's own channel, whatever the reply around them says. The
#: model reads neither braces nor digits well, and has seen few own-store replies ("our eBay
#: shop": 0.01).
SURE = frozenset(
    {
        "unfilled_placeholder.blank",
        "off_platform.phone",
        "off_platform.link",
        "off_platform.personal",
    }
)

#: Under this share of a reply's words (three letters or more) that the model has a weight
#: for, it does not read the reply: Swedish, Hinglish or Vietnamese typed without its accents
#: are Latin letters, but a model that never saw the words scores them near nothing, and that
#: low score is no reason to drop a pattern's finding. A dev reply in English or Chinese holds
#: under 1 in 100 such replies (the 1st percentile of the English dev halves' share: 0.71-0.86).
KNOWN = 0.6

#: A letter the model reads: Latin (accented ones split a word, but most of it is read) or Chinese.
_LETTER = re.compile(r"[^\W\d_]")
#: A letter the model does not read at all (Cyrillic, Thai, Arabic, Korean, Japanese kana ...).
_UNREAD = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u4e00-\u9fff]")

#: The shipped model (:func:`model`).
FILE = ("data", "compliance", "model.bin")

_TOKEN = re.compile(r"[a-z0-9$%€@']++|[\u4e00-\u9fff]")
#: Every ASCII character that is not part of a token, as a blank: on ASCII text, splitting
#: after this mapping gives the tokens of ``_TOKEN`` at a fifth of the cost.
_ASCII_BLANKS = {
    i: " " for i in range(128) if not (chr(i).isascii() and (chr(i).isalnum() or chr(i) in "$%@'"))
}


def features(text: str, platform: str, *, read: bool = False) -> set[str]:
    """What the model reads: lower-case words and numbers, each Chinese character, each pair
    of neighbours, and the platform. ``read``: ``text`` is already :func:`as_read`'s."""
    tokens = tokens_of((text if read else as_read(text)).lower())
    return {*tokens, *_pairs(tokens), f"PLATFORM={platform}"}


def legible(text: str) -> bool:
    """Whether the model can read ``text`` at all: nine of ten letters Latin or Chinese. On a
    Russian or Thai reply it sees next to nothing, and its low scores mean nothing."""
    if text.isascii():  # no letter it cannot read: whether there is a letter at all
        return any(map(str.isalpha, text))
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_UNREAD.findall(text)) * 10 <= letters


def keeps(rule: str, doubted: bool, readable: bool) -> bool:
    """Whether a pattern's finding of ``rule`` stands beside the model: it does unless the
    model all but rules its family out (``doubted``), the rule is not :data:`SURE`, and the
    reply is one the model can read (``readable``, :func:`legible`). The one statement of the
    overrule, for the checker and for the trainer that chooses thresholds on what it keeps."""
    return not doubted or rule in SURE or not readable


def by_sentence(
    text: str, sentences: list[tuple[int, int]], *, read: bool = False
) -> list[list[str]]:
    """Each sentence's features as :func:`features` reads them (without the platform)."""
    text = text if read else as_read(text)  # one character for one: offsets hold
    pieces = [tokens_of(text[left:right].lower()) for left, right in sentences]
    return [[*piece, *_pairs(piece)] for piece in pieces]


def tokens_of(lowered: str) -> list[str]:
    """The words and numbers of lower-case text, and each Chinese character."""
    if lowered.isascii():
        return lowered.translate(_ASCII_BLANKS).split()
    return _TOKEN.findall(lowered)


def _pairs(tokens: list[str]) -> Iterator[str]:
    return map(" ".join, itertools.pairwise(tokens))


class Model:
    """Per family a bias and a weight per feature (in thousandths); a text's score is the
    logistic of the bias plus the weights of the features it holds."""

    def __init__(
        self,
        families: tuple[str, ...],
        thresholds: tuple[float, ...],
        biases: tuple[float, ...],
        features: Sequence[str] | Vocabulary,
        rows: array[int],
        trained_on: str,
        doubt: tuple[float, ...] | None = None,
    ) -> None:
        """``rows``: for each of ``features`` in turn, its weight for each family (one small
        integer array: a dict of ~17,000 tuples cost ten times the memory; the features are
        held as a :class:`Vocabulary` for the same reason). ``doubt``: per
        family, the probability under which it overrules the patterns (:data:`DOUBT` each
        when not given)."""
        width = len(families)
        vocabulary = features if isinstance(features, Vocabulary) else Vocabulary.of(features)
        if len(rows) != len(vocabulary) * width:
            raise ValueError("the weights do not fit the features and families")
        if doubt is not None and len(doubt) != width:
            raise ValueError("a doubt per family")
        self.families = families
        self.thresholds = thresholds
        self.doubt = doubt if doubt is not None else (DOUBT,) * width
        self.biases = biases
        self.trained_on = trained_on
        self._width = width
        self._rows = rows
        self.vocabulary = vocabulary
        self.active = tuple(any(rows[family::width]) for family in range(width))
        """Families the model can flag (a family with no weights never passes)."""

    @classmethod
    def from_weights(
        cls,
        families: tuple[str, ...],
        thresholds: tuple[float, ...],
        biases: tuple[float, ...],
        weights: Sequence[dict[str, float]],
        trained_on: str = "",
        doubt: tuple[float, ...] | None = None,
    ) -> Model:
        """A model from each family's feature -> weight."""
        features = sorted({f for family in weights for f in family})
        at = {feature: i for i, feature in enumerate(features)}
        rows = array("h", bytes(2 * len(features) * len(families)))
        for family, family_weights in enumerate(weights):
            for feature, weight in family_weights.items():
                rows[at[feature] * len(families) + family] = round(weight * 1000)
        return cls(families, thresholds, biases, features, rows, trained_on, doubt)

    def rows(self) -> array[int]:
        return self._rows

    def scores(self, text: str, platform: str, *, read: bool = False) -> list[float]:
        """Each family's probability that ``text`` commits it on ``platform`` (``read``:
        ``text`` is already :func:`as_read`'s)."""
        return self._probabilities(self._sums(features(text, platform, read=read)))

    def reads(self, text: str) -> bool:
        """Whether the model knows most of the words of ``text`` (:data:`KNOWN`; its Chinese
        characters count as words; ``text`` as :func:`as_read` gives it). A reply with no such
        words (digits, Cyrillic) is the business of :func:`legible`."""
        words = [t for t in tokens_of(text.lower()) if t.isalpha() and (len(t) >= 3 or t > "~")]
        index = self.vocabulary.index
        return sum(index(word) >= 0 for word in words) >= KNOWN * len(words)

    def doubts(self, probabilities: list[float]) -> set[str]:
        """The families the model all but rules out (probability under their doubt): where
        a pattern matched the words but the reply as a whole reads as clean (a refusal, a
        warning, the buyer's words quoted back). Not a family the model was given no weights
        for: its probability says nothing. The checker keeps the :data:`SURE` rules' findings, and
        all findings on a reply the model cannot read (:func:`legible`) or whose words it does
        not know (:meth:`reads`)."""
        return {
            family
            for family, active, doubt, probability in zip(
                self.families, self.active, self.doubt, probabilities, strict=True
            )
            if active and probability < doubt
        }

    def flags(
        self,
        text: str,
        platform: str,
        sentences: list[tuple[int, int]],
        *,
        read: bool = False,
        probabilities: list[float] | None = None,
    ) -> list[tuple[str, tuple[int, int]]]:
        """The families whose score of the whole text passes their threshold, each with the
        sentence that reads most like it (``read``: ``text`` is already :func:`as_read`'s;
        ``probabilities``: its :meth:`scores`, when already worked out)."""
        if probabilities is None:
            probabilities = self.scores(text, platform, read=read)
        flagged = [
            family
            for family, (active, threshold, probability) in enumerate(
                zip(self.active, self.thresholds, probabilities, strict=True)
            )
            if active and probability > threshold
        ]
        if not flagged:
            return []
        sums = [self._sums(set(found)) for found in by_sentence(text, sentences, read=read)]
        return [
            (
                self.families[family],
                max(zip(sentences, sums, strict=True), key=lambda pair: pair[1][family])[0],
            )
            for family in flagged
        ]

    def _sums(self, found: set[str]) -> list[int]:
        """Per family, the weights (thousandths) of the features in ``found``: integer sums
        come out the same whatever order a set is walked in."""
        rows, width = self._rows, self._width
        places = map(self.vocabulary.index, found)
        slices = [rows[i * width : (i + 1) * width] for i in places if i >= 0]
        return list(map(sum, zip(*slices, strict=True))) if slices else [0] * width

    def _probabilities(self, sums: list[int]) -> list[float]:
        return [_sigmoid(b + total / 1000) for b, total in zip(self.biases, sums, strict=True)]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


#: The first line of the model file (:mod:`desktop.core.packed`).
MAGIC = b"BorderDesk compliance model 1\n"
#: Its arrays: the features (:class:`Vocabulary`), then the weights.
_ARRAYS = ("words", "starts", "slots", "weights")


def read_model(fh: BinaryIO) -> Model:
    """The model file (:func:`write_model`): families, thresholds, biases, per family the
    probability under which it overrules the patterns, the features and their weights
    (feature by feature, a weight per family, in thousandths). ValueError, KeyError,
    TypeError or EOFError when it is damaged."""
    header = packed.read_header(fh, MAGIC)
    if header is None:
        raise ValueError("not a compliance model file")
    arrays = packed.read_arrays(fh, header, _ARRAYS)
    vocabulary = Vocabulary(arrays["words"].tobytes(), arrays["starts"], arrays["slots"])
    return Model(
        tuple(str(f) for f in header["families"]),
        tuple(float(t) for t in header["thresholds"]),
        tuple(float(b) for b in header["biases"]),
        vocabulary,
        arrays["weights"],
        str(header["trained_on"]),
        tuple(float(d) for d in header["doubt"]),
    )


def write_model(fh: BinaryIO, model: Model, about: str) -> None:
    """What :func:`read_model` reads back."""
    header = {
        "about": about,
        "trained_on": model.trained_on,
        "families": list(model.families),
        "thresholds": list(model.thresholds),
        "doubt": list(model.doubt),
        "biases": list(model.biases),
    }
    words, starts, slots = model.vocabulary.arrays()
    arrays = {"words": array("B", words), "starts": starts, "slots": slots}
    packed.write(fh, MAGIC, header, arrays | {"weights": model.rows()})


@cache
def model() -> Model | None:
    """The shipped model, read once (None when the file is missing or damaged: the patterns
    still run)."""
    try:
        with resource(*FILE).open("rb") as fh:
            return read_model(fh)
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None
