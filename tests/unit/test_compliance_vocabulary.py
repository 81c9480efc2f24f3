"""The learned model's features as flat arrays (desktop.core.compliance.vocabulary): every
feature found at its place, nothing else found, and a damaged file refused."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.compliance.learned import model
from desktop.core.compliance.vocabulary import Vocabulary

FEATURES = ["$", "$ amount", "gift", "gift box", "包", "包 邮", "PLATFORM=shopee", "é"]


def test_every_feature_is_found_at_its_place_and_read_back_in_order() -> None:
    vocabulary = Vocabulary.of(FEATURES)
    assert [vocabulary.index(f) for f in FEATURES] == list(range(len(FEATURES)))
    again = Vocabulary(*vocabulary.arrays())
    assert list(again) == FEATURES
    assert [again.index(f) for f in FEATURES] == list(range(len(FEATURES)))
    for other in ("", "gif", "gift ", "gift box ", "$ amoun", "包邮", "PLATFORM=amazon", "e"):
        assert vocabulary.index(other) == -1
        assert other not in again


def test_the_shipped_model_finds_each_of_its_features() -> None:
    shipped = model()
    assert shipped is not None
    words = list(shipped.vocabulary)
    assert len(words) == len(shipped.vocabulary) > 10_000
    assert words == sorted(words)  # the trainer writes them sorted
    assert all(shipped.vocabulary.index(w) == i for i, w in enumerate(words))


@given(st.sets(st.text(st.characters(blacklist_characters="\n"), max_size=6), max_size=60))
def test_a_vocabulary_finds_exactly_its_features(features: set[str]) -> None:
    ordered = sorted(features)
    vocabulary = Vocabulary(*Vocabulary.of(ordered).arrays())
    assert [vocabulary.index(f) for f in ordered] == list(range(len(ordered)))
    for f in ordered:
        for other in (f + "x", "x" + f, f[:-1]):
            assert (vocabulary.index(other) >= 0) is (other in features)


def test_features_with_a_newline_or_twice_are_refused() -> None:
    with pytest.raises(ValueError):
        Vocabulary.of(["a\nb"])
    with pytest.raises(ValueError):
        Vocabulary.of(["a", "a"])


def test_a_damaged_vocabulary_is_refused() -> None:
    words, starts, slots = Vocabulary.of(FEATURES).arrays()
    taken = next(i for i, s in enumerate(slots) if s >= 0)
    past, lost = array("i", slots), array("i", slots)
    past[taken] = len(FEATURES)  # a place past the last feature
    lost[taken] = -1  # a feature with no slot
    for damaged in (
        (words[:-1], starts, slots),  # the last newline cut
        (words, starts[:-1], slots),
        (words, array("i", [1, *starts[1:]]), slots),  # the first word not at the start
        (words, starts, past),
        (words, starts, lost),
        (words, starts, slots[:-1]),  # not a power of two
    ):
        with pytest.raises(ValueError):
            Vocabulary(*damaged)
