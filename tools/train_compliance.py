"""Train the compliance checker's learned half on the dev halves of the labelled replies and
write ``data/compliance/model.bin``.

    .venv/bin/python tools/train_compliance.py        (about twenty minutes on two cores)

Per family, a logistic regression (plain stochastic gradient descent, a fixed seed: the same
data gives the same file). Its threshold is the one of a fixed ladder at which "patterns or
model" has the best of its worse figure, precision or recall, in a leave-one-round-out
cross-validation on the dev halves (each round of dev files came from a different writer):
the target is both at 0.97, so neither is bought with the other. The rows are read as the
checker reads them: a pattern's finding the held-out model all but rules out is dropped, and
the probability under which it does (its doubt, from ``DOUBTS``; 0: never) is chosen with the
threshold, per family. The ladder ends in NEVER, the patterns alone beside a model that
overrules but never flags (for blanks, where its warnings add false alarms and nothing the
patterns miss). The built-in replies are learned as clean replies in every training. The
test halves are never read here. The held-out rounds are trained in a process per core (the
same rows in the same order: the file does not depend on how many there are).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import multiprocessing
import os
import random
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.compliance.check import check  # noqa: E402
from desktop.core.compliance.learned import (  # noqa: E402
    DOUBT,
    Model,
    features,
    keeps,
    legible,
    write_model,
)
from desktop.core.compliance.plan import plan  # noqa: E402
from desktop.core.compliance.rules import PLATFORMS, families, rules  # noqa: E402
from desktop.core.compliance.text import as_read  # noqa: E402
from desktop.core.library.content import fingerprint as phrasebook_fingerprint  # noqa: E402
from desktop.core.library.content import load_builtin  # noqa: E402

DATA = ROOT / "tests" / "data" / "compliance"
OUT = ROOT / "data" / "compliance" / "model.bin"
RULES = ROOT / "data" / "compliance" / "rules.toml"
LADDER = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995)
NEVER = 1.0
#: The doubts a family may get, ``learned.DOUBT`` among them (preferred on a tie).
DOUBTS = (0.0, 0.005, 0.01, DOUBT, 0.04)
ABOUT = "tools/train_compliance.py: per-family logistic regression on the dev halves"
#: Weights smaller than this are dropped (from the cross-validation's models too, so the
#: thresholds are chosen for what ships): a third of the features, a third of the memory.
SMALLEST = 0.1

Case = tuple[str, str, str, frozenset[str]]  # round, text, platform, families
#: Model score, labelled, whether the patterns' finding is kept at each of DOUBTS.
Row = tuple[float, bool, tuple[bool, ...]]
Trained = tuple[dict[str, float], float]  # weights, bias


def dev_files() -> list[Path]:
    return sorted(DATA.glob("*.dev*.toml"))


def fingerprint() -> str:
    """What the model was trained on: the dev files' names and bytes, the phrasebook's, and
    what the rules look for (the thresholds are chosen beside what the patterns find; their
    messages do not count)."""
    digest = hashlib.sha256()
    for path in dev_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(phrasebook_fingerprint().encode())
    with RULES.open("rb") as fh:
        looks_for = [
            {k: v for k, v in rule.items() if not k.startswith(("message", "fix", "source"))}
            for rule in tomllib.load(fh)["rule"]
            if not rule["id"].endswith(".learned")  # the model's own rules: no patterns
        ]
    digest.update(json.dumps(looks_for, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def builtin() -> list[Case]:
    """Our reviewed built-in replies, English and Chinese, on each platform they are marked
    for: clean examples the model always learns from (never held out, never scored), so that
    what agents send most is not what it flags."""
    return [
        ("builtin", text, platform, frozenset())
        for entry in load_builtin().entries
        for platform in entry.platforms or PLATFORMS
        for text in (entry.en, entry.zh)
    ]


def load() -> list[Case]:
    cases: list[Case] = []
    for path in dev_files():
        with path.open("rb") as fh:
            for c in tomllib.load(fh)["case"]:
                labels = frozenset(c.get("families", []))
                round_ = path.name.split(".")[1].split("-")[0]  # en.dev13-polite: round dev13
                cases.append((round_, c["text"], c["platform"], labels))
    return cases


def train(cases: list[Case], family: str, epochs: int = 6, rate: float = 0.2) -> Trained:
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    data = [(_features(t, p), 1.0 if family in y else 0.0) for _, t, p, y in cases]
    shuffle = random.Random(1).shuffle
    for _ in range(epochs):
        shuffle(data)
        for found, label in data:
            gradient = _sigmoid(bias + sum(weights[f] for f in found)) - label
            bias -= rate * gradient
            for f in found:
                weights[f] -= rate * (gradient + 1e-4 * weights[f])
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= SMALLEST}, round(bias, 4)


@functools.cache
def _features(text: str, platform: str) -> tuple[str, ...]:
    """A reply's features in order, worked out once (each is trained on ~400 times)."""
    return tuple(sorted(features(text, platform)))


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def applies(family: str, platform: str) -> bool:
    """Where the checker lets the family's model flag: its ``<family>.learned`` rule's
    platforms (no Amazon promotion off Amazon, no cash on delivery on Shopee ...)."""
    return platform in plan(rules()).learned[family].severity


def scorer(model: Trained) -> Callable[[str, str], float]:
    """The shipped reading of a trained family (``Model.scores``: the whole reply), built
    once for all the texts it scores."""
    weights, bias = model
    shipped = Model.from_weights(("family",), (1.0,), (bias,), (weights,))
    return lambda text, platform: shipped.scores(text, platform)[0]


@dataclass(frozen=True)
class Found:
    """What the patterns alone find in a reply, and whether the model can read it: what the
    checker weighs against the model (``check._weighed``). Only the letters are judged here
    (:func:`legible`); the checker also asks whether the model knows the words
    (``Model.reads``), which the shipped model does for its own dev replies, and a held-out
    round's model may not: the cross-validation counts some overrules the checker would not
    make, so it errs towards a lower doubt."""

    rules: frozenset[tuple[str, str]]
    legible: bool

    @classmethod
    def of(cls, text: str, platform: str) -> Found:
        findings = check(text, platform, learned=False)
        return cls(frozenset((f.family, f.rule) for f in findings), legible(as_read(text)))

    @property
    def families(self) -> frozenset[str]:
        return frozenset(family for family, _ in self.rules)

    def kept(self, family: str, score: float, doubt: float) -> bool:
        """Whether the checker keeps a pattern's finding of ``family`` when the model gives
        it ``score`` and overrules under ``doubt``: :func:`learned.keeps` for each rule that
        found it."""
        doubted = score < doubt
        return any(keeps(rule, doubted, self.legible) for of, rule in self.rules if of == family)


def row(found: Found, family: str, labelled: bool, score: float, platform: str) -> Row:
    """One reply as the threshold sees it: the model's score where its family's warning
    applies (0 elsewhere), the label, and whether the patterns' finding survives the model at
    each of the doubts."""
    kept = tuple(found.kept(family, score, doubt) for doubt in DOUBTS)
    return (score if applies(family, platform) else 0.0, labelled, kept)


def precision_recall(
    rows: list[Row], threshold: float, doubt: float = DOUBT
) -> tuple[float, float]:
    at = DOUBTS.index(doubt)
    flagged = [(s > threshold or kept[at], labelled) for s, labelled, kept in rows]
    tp = sum(1 for f, y in flagged if f and y)
    fp = sum(1 for f, y in flagged if f and not y)
    fn = sum(1 for f, y in flagged if not f and y)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def _threshold(rows: list[Row], doubts: tuple[float, ...] = DOUBTS) -> tuple[float, float]:
    """The threshold of the ladder (or NEVER) and the doubt with the highest of the lower of
    precision and recall; of equals, the higher threshold (fewer of the model's guesses), then
    ``learned.DOUBT``, then the higher doubt."""
    return max(
        (min(precision_recall(rows, t, d)), t, d == DOUBT, d)
        for t in (*LADDER, NEVER)
        for d in doubts
    )[1::2]


@dataclass(frozen=True)
class Shared:
    """What the held-out rounds are trained on: set in the parent before the workers fork,
    so every worker reads the parent's copy instead of receiving it pickled."""

    dev: list[Case]
    clean: list[Case]
    found: dict[tuple[str, str], Found]


_shared: Shared | None = None


def _data() -> Shared:
    assert _shared is not None, "set by main() before the workers start"
    return _shared


def _held_out(held: str) -> dict[str, list[Row]]:
    """Every family's rows for the dev round ``held``, from models trained without it."""
    data = _data()
    train_on = [c for c in data.dev if c[0] != held] + data.clean
    rows: dict[str, list[Row]] = {}
    for family in families():
        score = scorer(train(train_on, family))
        rows[family] = [
            row(data.found[(t, p)], family, family in y, score(t, p), p)
            for r, t, p, y in data.dev
            if r == held
        ]
    print(f"round {held} held out", file=sys.stderr)
    return rows


def _final(family: str) -> Trained:
    data = _data()
    return train(data.dev + data.clean, family)  # at NEVER still overrules


def main() -> None:
    dev = load()
    learned = [f for f in families()]
    found = {(t, p): Found.of(t, p) for _, t, p, _ in dev}
    crossed: dict[str, list[Row]] = {f: [] for f in learned}
    clean = builtin()
    for _, t, p, _ in dev + clean:
        _features(t, p)  # before the fork: every worker reads the parent's
    global _shared
    _shared = Shared(dev, clean, found)
    workers = max(1, min(os.cpu_count() or 1, 8))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for rows in pool.map(_held_out, sorted({r for r, *_ in dev}), chunksize=1):
            for family in learned:
                crossed[family] += rows[family]
        finals = pool.map(_final, learned, chunksize=1)
    chosen = {family: _threshold(rows) for family, rows in crossed.items()}
    print(
        "dev halves, leave-one-round-out: patterns (kept at DOUBT) P/R, "
        "threshold, doubt, patterns or model P/R (with DOUBT for every family)"
    )
    for family, rows in crossed.items():
        p0, r0 = precision_recall(rows, 2.0)
        threshold, doubt = chosen[family]
        p1, r1 = precision_recall(rows, threshold, doubt)
        pd, rd = precision_recall(rows, _threshold(rows, (DOUBT,))[0])  # the doubt unchosen
        print(
            f"  {family:<27}{p0:.3f}/{r0:.3f}  {threshold:<6}{doubt:<6}{p1:.3f}/{r1:.3f}"
            f"  ({pd:.3f}/{rd:.3f})"
        )
    weights = []
    biases = []
    for family_weights, bias in finals:
        weights.append(dict(sorted(family_weights.items())))
        biases.append(bias)
    shipped = Model.from_weights(
        tuple(learned),
        tuple(chosen[f][0] for f in learned),
        tuple(biases),
        weights,
        fingerprint(),
        tuple(chosen[f][1] for f in learned),
    )
    assert all(-32768 <= w <= 32767 for w in shipped.rows())
    with OUT.open("wb") as fh:
        write_model(fh, shipped, ABOUT)
    count = sum(map(len, weights))
    print(f"{OUT.relative_to(ROOT)}: {count} weights, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
