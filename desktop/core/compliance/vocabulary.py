"""The learned model's features held in three flat arrays instead of a dict of strings.

The shipped model knows ~75,000 features (words, word pairs, Chinese characters). As a dict of
feature -> place they cost ~9 MB of Python objects (a string, a number and a dict entry
each), as a JSON list another ~5 MB while read. Here they are one UTF-8 byte string of every
feature, each ended by a newline, where each starts in it, and an open-addressing table of
places keyed by the feature's CRC-32: ~1.8 MB, three arrays of the model file read without
building a Python object per feature. A look-up costs ~0.3 µs against ~0.05 µs in a dict;
a long reply looks up ~1,000 features.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from zlib import crc32

from desktop.core.packed import PIECE

#: Slots per feature, at least: linear probing then takes ~1.5 looks to tell that a feature is
#: not there (at half full, 2.5).
_ROOM = 3.0
_END = b"\n"
#: A lone surrogate (a broken paste) is a character like any other, not an error.
_ANY = "surrogatepass"


def _table_size(count: int) -> int:
    size = 8
    while size < count * _ROOM:
        size *= 2
    return size


class Vocabulary:
    """Features in a fixed order, each found at its place (:meth:`index`)."""

    def __init__(self, words: bytes, starts: array[int], slots: array[int]) -> None:
        """``words``: every feature in UTF-8, each followed by a newline; ``starts``: where
        each begins in it, and its length last; ``slots``: the table (:meth:`of` makes all
        three). Refused with ValueError when they do not fit one another."""
        count = len(starts) - 1
        size = len(slots)
        if count < 0 or starts[-1] != len(words) or size < count or size & (size - 1):
            raise ValueError("the vocabulary's words, starts and table do not fit")
        if count and (starts[0] != 0 or words[-1:] != _END):
            raise ValueError("the vocabulary's words, starts and table do not fit")
        # a place per feature, none past the last (a negative one is an empty slot); looked
        # at a piece at a time, as the file is read (one pass held the GIL ~4 ms)
        pieces = [slots[i : i + PIECE] for i in range(0, size, PIECE)]
        if size - sum(piece.count(-1) for piece in pieces) != count or (
            count and max(map(max, pieces)) >= count
        ):
            raise ValueError("the vocabulary's words, starts and table do not fit")
        self._words, self._starts, self._slots = words, starts, slots
        self._mask = size - 1
        self._count = count

    @classmethod
    def of(cls, features: Iterable[str]) -> Vocabulary:
        """The vocabulary of ``features`` in their order (each once, none with a newline)."""
        encoded = [f.encode("utf-8", _ANY) for f in features]
        if any(_END in word for word in encoded) or len(set(encoded)) != len(encoded):
            raise ValueError("features are unique and hold no newline")
        starts = array("i", [0])
        for word in encoded:
            starts.append(starts[-1] + len(word) + 1)
        slots = array("i", [-1]) * _table_size(len(encoded))
        mask = len(slots) - 1
        for place, word in enumerate(encoded):
            slot = crc32(word) & mask
            while slots[slot] >= 0:
                slot = (slot + 1) & mask
            slots[slot] = place
        return cls(b"".join(word + _END for word in encoded), starts, slots)

    def __len__(self) -> int:
        return self._count

    def index(self, feature: str) -> int:
        """The place of ``feature``, or -1 when it is not one."""
        word = feature.encode("utf-8", _ANY)
        slots, starts, words, mask = self._slots, self._starts, self._words, self._mask
        slot = crc32(word) & mask
        place = slots[slot]
        while place >= 0:
            if words[starts[place] : starts[place + 1] - 1] == word:
                return place
            slot = (slot + 1) & mask
            place = slots[slot]
        return -1

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self.index(feature) >= 0

    def __iter__(self) -> Iterator[str]:
        """The features in their order."""
        starts, words = self._starts, self._words
        for place in range(self._count):
            yield words[starts[place] : starts[place + 1] - 1].decode("utf-8", _ANY)

    def arrays(self) -> tuple[bytes, array[int], array[int]]:
        """The words, starts and table that make this vocabulary again."""
        return self._words, self._starts, self._slots
