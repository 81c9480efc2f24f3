"""The suggestion model's inverted index, packed into a few flat arrays.

A feature (a stem, a word pair, a trigram ...) is found by its string hash in a sorted array;
its documents and weights are one slice of two arrays shared by every feature. That is about
28 bytes a feature and 12 a posting, where a dict of per-feature arrays cost ~400 bytes a
feature (12 MB for the built-in library's 30,000 features; issue 15's memory target).

Hashes of ``str`` differ between processes (PYTHONHASHSEED), which is fine for an index
built and read in the same process; one stored in a file is hashed with :func:`stable_hash`.
Two features sharing a 64-bit hash would merely share a slot.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import time
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

#: (documents, weights) of a feature no document has.
NONE: tuple[array[int], array[float]] = (array("i"), array("d"))


@dataclass
class Postings:
    """Feature -> inverse document frequency, and the documents holding it with weights."""

    hashes: array[int] = field(default_factory=lambda: array("q"))
    """Feature hashes, sorted."""
    order: array[int] = field(default_factory=lambda: array("i"))
    """The feature number at each position of :attr:`hashes`."""
    idf: array[float] = field(default_factory=lambda: array("d"))
    starts: array[int] = field(default_factory=lambda: array("q"))
    """Feature number -> where its postings start in :attr:`docs` (one more than features)."""
    docs: array[int] = field(default_factory=lambda: array("i"))
    weights: array[float] = field(default_factory=lambda: array("d"))
    key: Callable[[str], int] = hash
    """The hash :attr:`hashes` hold: ``hash`` for an index built here, :func:`stable_hash`
    for one read from a file."""

    def __len__(self) -> int:
        return len(self.order)

    def _number(self, feature: str) -> int:
        h = self.key(feature)
        i = bisect_left(self.hashes, h)
        return self.order[i] if i < len(self.hashes) and self.hashes[i] == h else -1

    def idf_of(self, feature: str) -> float:
        n = self._number(feature)
        return self.idf[n] if n >= 0 else 0.0

    def of(self, feature: str, most: int | None = None) -> tuple[array[int], array[float]]:
        """The documents holding the feature (ascending) and the feature's weight in each;
        none when more than ``most`` documents hold it (one lookup, no slice copied)."""
        n = self._number(feature)
        if n < 0:
            return NONE
        start, end = self.starts[n], self.starts[n + 1]
        if most is not None and end - start > most:
            return NONE
        return self.docs[start:end], self.weights[start:end]


@lru_cache(maxsize=8192)
def stable_hash(feature: str) -> int:
    """A feature's 64-bit hash that every process agrees on (``hash`` of a ``str`` differs
    between processes): an index stored in a file is looked up with it. A message's few
    hundred features are hashed again each time, so the recent ones are remembered."""
    digest = hashlib.blake2b(feature.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


#: Documents between two moments the build gives the GIL away: PySide releases the GIL in
#: most Qt calls, so a GUI thread handling a key waits for it again and again while a
#: CPU-bound build runs beside it (seconds at 100,000 replies); sleep(0) hands it over.
_YIELD_EVERY = 32
#: Pairs sorted per call of ``sorted``: one call holds the GIL throughout, and 300,000
#: features at 100,000 replies took ~0.1 s, a stall of the window typing beside the build.
_SORT_CHUNK = 20_000


def _sorted(pairs: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """``sorted(pairs)`` in chunks merged in Python, which lets other threads run between."""
    items = list(pairs)
    chunks = [sorted(items[i : i + _SORT_CHUNK]) for i in range(0, len(items), _SORT_CHUNK)]
    return heapq.merge(*chunks)


Specificity = Callable[[int, float, int], float]
"""(documents holding a feature, sum of n·log n over its scenarios' document counts n,
number of scenarios) -> how well it separates scenarios."""


def build(
    docs: Iterable[tuple[str, Counter[str]]],
    specificity: Specificity,
    vector: Callable[[int, float], float] = lambda n, idf: (1.0 + math.log(n)) * idf,
    names: list[str] | None = None,
) -> Postings:
    """Index documents given as (scenario, feature counts), each document's vector L2-normed.

    Each document's counts are turned into two small arrays as soon as they are read, so the
    peak is the packed documents, not thousands of Counters. ``names``, when given, receives
    each feature's string in feature-number order (to store the index: hashes of ``str``
    hold only in this process).
    """
    numbers: dict[int, int] = {}  # by the feature's hash: its string is freed with its doc
    features: list[array[int]] = []
    counts: list[array[int]] = []
    by_scenario: dict[str, list[int]] = defaultdict(list)
    for scenario, found in docs:
        if len(features) % _YIELD_EVERY == 0:
            time.sleep(0)  # let the GUI thread have the GIL (see _YIELD_EVERY)
        by_scenario[scenario].append(len(features))
        if names is None:
            row = array("i", [numbers.setdefault(hash(f), len(numbers)) for f in found])
        else:
            row = array("i")
            for name in found:
                at = numbers.setdefault(hash(name), len(numbers))
                if at == len(names):  # a new feature
                    names.append(name)
                row.append(at)
        features.append(row)
        counts.append(array("I", found.values()))
    n = len(numbers)
    zeros = bytes(8 * n)
    df, nlogn, scenarios = array("q", zeros), array("d", zeros), array("q", zeros)
    for members in by_scenario.values():
        local = Counter(f for d in members for f in features[d])
        for f, c in local.items():
            df[f] += c
            nlogn[f] += c * math.log(c)
            scenarios[f] += 1
    total = len(features) + 1
    idf = array(
        "d",
        [
            (math.log(total / (1 + df[f])) + 1.0) * specificity(df[f], nlogn[f], scenarios[f])
            for f in range(n)
        ],
    )
    del nlogn, scenarios
    starts = array("q", bytes(8 * (n + 1)))
    for f in range(n):
        starts[f + 1] = starts[f] + df[f]
    del df
    cursor = array("q", starts)
    doc_numbers = array("i", bytes(4 * starts[n]))
    weights = array("d", bytes(8 * starts[n]))
    for d, (fs, cs) in enumerate(zip(features, counts, strict=True)):
        if d % _YIELD_EVERY == 0:
            time.sleep(0)
        values = [vector(c, idf[f]) for f, c in zip(fs, cs, strict=True)]
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        for f, v in zip(fs, values, strict=True):
            at = cursor[f]
            doc_numbers[at] = d
            weights[at] = v / norm
            cursor[f] = at + 1
        features[d] = counts[d] = array("i")  # used: freed as the postings fill
    return packed(numbers.items(), idf, starts, doc_numbers, weights)


def packed(
    numbers: Iterable[tuple[int, int]],
    idf: array[float],
    starts: array[int],
    docs: array[int],
    weights: array[float],
    key: Callable[[str], int] = hash,
) -> Postings:
    """The postings of features numbered by their hashes (``numbers``: (hash, number), the
    hash made by ``key``)."""
    ranked = list(_sorted(numbers))
    return Postings(
        hashes=array("q", [h for h, _ in ranked]),
        order=array("i", [number for _, number in ranked]),
        idf=idf,
        starts=starts,
        docs=docs,
        weights=weights,
        key=key,
    )


def restamped(index: Postings, names: list[str]) -> Postings:
    """``index`` (built here, its features' strings in feature-number order in ``names``)
    with :func:`stable_hash` hashes, to be stored."""
    numbers = ((stable_hash(name), n) for n, name in enumerate(names))
    return packed(numbers, index.idf, index.starts, index.docs, index.weights, stable_hash)
