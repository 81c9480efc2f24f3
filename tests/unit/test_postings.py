"""The suggestion model's packed inverted index (desktop.core.search.postings)."""

from __future__ import annotations

import math
from collections import Counter

from desktop.core.search.postings import build


def test_postings_hold_each_documents_normed_weights_and_skip_common_features() -> None:
    docs = [
        ("shipping", Counter({"track": 2, "parcel": 1})),
        ("shipping", Counter({"parcel": 1})),
        ("refund", Counter({"money": 1, "parcel": 1})),
    ]
    index = build(iter(docs), lambda documents, nlogn, spread_over: 1.0)
    assert len(index) == 3
    assert math.isclose(index.idf_of("money"), math.log(4 / 2) + 1.0)
    assert index.idf_of("nowhere") == 0.0
    found, weights = index.of("parcel")
    assert list(found) == [0, 1, 2]
    assert math.isclose(weights[1], 1.0)  # the only feature of document 1
    for d in range(3):  # every document's vector has length 1
        total = sum(
            w**2
            for f in ("track", "parcel", "money")
            for doc, w in zip(*index.of(f), strict=True)
            if doc == d
        )
        assert math.isclose(total, 1.0)
    assert list(index.of("parcel", most=2)[0]) == []  # in 3 documents: left out
    assert list(index.of("track", most=2)[0]) == [0]
