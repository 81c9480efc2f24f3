"""An experiment, not shipped: would a learned model beside the patterns lift the compliance
checker's recall on replies its patterns were not written from?

For each family, a logistic regression over lower-case words, word pairs and Chinese
characters (plus the platform) is trained on the dev halves. Its threshold is the lowest of a
fixed ladder at which "pattern or model" keeps precision >= 0.97 in a leave-one-round-out
cross-validation on the dev halves (each round of dev files came from a different writer).
The test halves are then scored once with the model trained on every dev half; they choose
nothing.

    python -m bench.learned        (about two minutes: 13 trainings of 10 families)
"""

from __future__ import annotations

import itertools
import math
import random
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from desktop.core.compliance.check import check
from desktop.core.compliance.rules import families

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "compliance"
LADDER = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995)
_TOKEN = re.compile(r"[a-z0-9$%€@']+|[\u4e00-\u9fff]")

Case = tuple[str, str, str, frozenset[str]]  # round, text, platform, families
Model = tuple[dict[str, float], float]


def load(patterns: Iterable[str]) -> list[Case]:
    cases: list[Case] = []
    for pattern in patterns:
        for path in sorted(DATA.glob(pattern)):
            with path.open("rb") as fh:
                for c in tomllib.load(fh)["case"]:
                    labels = frozenset(c.get("families", []))
                    cases.append((path.name.split(".")[1], c["text"], c["platform"], labels))
    return cases


def features(text: str, platform: str) -> set[str]:
    tokens = _TOKEN.findall(text.lower())
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return {*tokens, *pairs, f"PLATFORM={platform}"}


def train(cases: list[Case], family: str, epochs: int = 6, rate: float = 0.2) -> Model:
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    data = [(features(t, p), 1.0 if family in y else 0.0) for _, t, p, y in cases]
    shuffle = random.Random(1).shuffle
    for _ in range(epochs):
        shuffle(data)
        for found, label in data:
            gradient = _sigmoid(bias + sum(weights[f] for f in found)) - label
            bias -= rate * gradient
            for f in found:
                weights[f] -= rate * (gradient + 1e-4 * weights[f])
    return dict(weights), bias


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def score(model: Model, family: str, text: str, platform: str) -> float:
    if (family == "amazon_promotion" and platform != "amazon") or (
        family == "cash_on_delivery" and platform == "shopee"
    ):
        return 0.0  # the family does not apply on that platform
    weights, bias = model
    return _sigmoid(bias + sum(weights.get(f, 0.0) for f in features(text, platform)))


Row = tuple[float, bool, bool]  # model score, labelled, found by the patterns


def precision_recall(rows: list[Row], threshold: float) -> tuple[float, float]:
    flagged = [(s > threshold or found, labelled) for s, labelled, found in rows]
    tp = sum(1 for f, y in flagged if f and y)
    fp = sum(1 for f, y in flagged if f and not y)
    fn = sum(1 for f, y in flagged if not f and y)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def main() -> None:
    dev = load(["*.dev*.toml"])
    found = {(t, p): {f.family for f in check(t, p)} for _, t, p, _ in dev}
    rounds = sorted({r for r, *_ in dev})
    crossed: dict[str, list[Row]] = {f: [] for f in families()}
    for held in rounds:
        train_on = [c for c in dev if c[0] != held]
        for family in families():
            model = train(train_on, family)
            crossed[family] += [
                (score(model, family, t, p), family in y, family in found[(t, p)])
                for r, t, p, y in dev
                if r == held
            ]
    thresholds = {
        family: next((t for t in LADDER if precision_recall(rows, t)[0] >= 0.97), 2.0)
        for family, rows in crossed.items()
    }
    print("== dev halves, leave-one-round-out (patterns were tuned on all of them)")
    print(f"{'family':<28}{'patterns P/R':>14}{'threshold':>11}{'+ model P/R':>14}")
    for family, rows in crossed.items():
        p0, r0 = precision_recall(rows, 2.0)
        p1, r1 = precision_recall(rows, thresholds[family])
        print(f"{family:<28}{p0:>7.3f}/{r0:.3f}{thresholds[family]:>11}{p1:>8.3f}/{r1:.3f}")
    models = {family: train(dev, family) for family in families()}
    for half in ("test", "test2", "test3"):
        cases = load([f"*.{half}.toml", f"*.{half}-*.toml"])
        print(f"\n== {half} half ({len(cases)} cases; report only)")
        print(f"{'family':<28}{'patterns P/R':>14}{'+ model P/R':>14}")
        for family in families():
            rows = [
                (
                    score(models[family], family, t, p),
                    family in y,
                    family in {f.family for f in check(t, p)},
                )
                for _, t, p, y in cases
            ]
            p0, r0 = precision_recall(rows, 2.0)
            p1, r1 = precision_recall(rows, thresholds[family])
            print(f"{family:<28}{p0:>7.3f}/{r0:.3f}{p1:>8.3f}/{r1:.3f}")


if __name__ == "__main__":
    main()
