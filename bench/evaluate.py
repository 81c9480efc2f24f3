"""Hit@1 and hit@3 of search and suggestion on the labelled sets in ``tests/data/eval/``.

``python -m bench.evaluate [dev|test]`` prints one line per set. Tune on ``dev``; the ``test``
halves are only reported (by ``make bench``), never looked at while tuning.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core import Library, open_library

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "eval"
#: Which way in each set is measured: typed into the search box, or pasted as a buyer message.
SETS: dict[str, str] = {
    "en": "suggest",
    "zh": "search",
    "pinyin": "search",
    "pt": "suggest",
    "es": "suggest",
    "ru": "suggest",
    "fr": "suggest",
}
Ranker = Callable[[str], list[str]]


def rows(name: str, half: str) -> list[dict[str, str]]:
    path = EVAL_DIR / f"{name}.{half}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def distinct(scenarios: list[str]) -> list[str]:
    """Scenarios in order of first appearance."""
    return list(dict.fromkeys(scenarios))


def rankers(lib: Library) -> dict[str, Ranker]:
    """The scenario order each way in gives for a text (search: by the first reply of each)."""
    return {
        "search": lambda text: distinct([e.scenario for e in lib.search(text, 30)]),
        "suggest": lambda text: [e.scenario for e in lib.suggest(text, 3)],
    }


def score(rank: Ranker, data: list[dict[str, str]]) -> tuple[float, float, list[str]]:
    hit1 = hit3 = 0
    misses = []
    for row in data:
        found = rank(row["text"])[:3]
        hit1 += bool(found) and found[0] == row["scenario"]
        hit3 += row["scenario"] in found
        if row["scenario"] not in found:
            misses.append(f"{row['scenario']:<34} {found} {row['text']}")
    n = max(1, len(data))
    return hit1 / n, hit3 / n, misses


def main() -> int:
    half = sys.argv[1] if len(sys.argv) > 1 else "dev"
    verbose = "-v" in sys.argv
    lib = open_library(":memory:")
    ways = rankers(lib)
    for name, way in SETS.items():
        if not (EVAL_DIR / f"{name}.{half}.jsonl").exists():
            continue
        data = rows(name, half)
        h1, h3, misses = score(ways[way], data)
        print(f"{name:<7}{way:<8}{len(data):>5}  hit@1 {h1:.3f}  hit@3 {h3:.3f}")
        if verbose:
            print("\n".join("   " + m for m in misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
