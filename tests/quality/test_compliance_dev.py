"""The checker on its labelled dev halves (24,000 replies and more, a round more each time).

Quality tests: what the labelled sets say about the checker, beside the unit tests (each of
these reads thousands of replies, so they are not in the quick ``tests/unit`` run; ``make
test`` and CI run them). The dev-half guard, the learned model's tests and the prefilter
comparison all need the whole checker's findings on the dev replies; each pass took seconds,
so they share one, made once in the process that runs them (``--dist worksteal`` starts each
worker on a run of tests in file order: this module's tests stay together unless a worker
steals some, which costs a second pass and changes no result).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

import pytest

from bench.compliance import cases, tally
from desktop.core.compliance import check as check_module
from desktop.core.compliance.check import Finding, check
from desktop.core.compliance.learned import model
from desktop.core.compliance.plan import LEARNED, plan
from desktop.core.compliance.rules import rules
from desktop.core.compliance.text import Text, as_read
from tests.unit.test_compliance_learned import _tool


@dataclass(frozen=True)
class Checked:
    text: str
    platform: str
    labelled: frozenset[str]
    findings: tuple[Finding, ...]

    @property
    def found(self) -> set[str]:
        return {f.family for f in self.findings}


@functools.cache
def dev_checked() -> tuple[Checked, ...]:
    """Every dev reply, in file order, with its labels and the checker's findings (patterns
    and model, as shipped): called before any test here patches the checker."""
    checked = []
    for case in cases("dev"):
        text, platform = str(case["text"]), str(case["platform"])
        labelled = frozenset(case.get("families", []))  # type: ignore[call-overload]
        checked.append(Checked(text, platform, labelled, tuple(check(text, platform))))
    return tuple(checked)


def test_the_dev_half_stays_where_it_was_tuned() -> None:
    """Tuning happens on the dev half only; this keeps it from sliding back. The test half
    is reported by ``make bench`` and never asserted on or tuned against."""
    overall = tally((set(c.labelled), c.found) for c in dev_checked())["all"]
    # Measured on the dev halves of forty-five rounds (29,951 replies), patterns and model:
    # P 0.993, R 0.999 (patterns alone P 0.978, R 0.889; dev13-45 were blind test halves, each
    # reported once before it was tuned on).
    assert overall[0] >= 0.99 and overall[1] >= 0.99, overall


def test_the_model_finds_what_the_patterns_miss_and_adds_few_false_alarms() -> None:
    added_right = added_wrong = 0
    for case in dev_checked()[::5]:
        patterns = {f.family for f in check(case.text, case.platform, learned=False)}
        findings, labelled = case.findings, case.labelled
        model_only = {f.family for f in findings if f.rule.endswith(LEARNED)}
        assert not model_only & patterns  # a family the patterns found is not marked again
        assert all(f.severity == "warning" for f in findings if f.rule.endswith(LEARNED))
        added_right += len(model_only & labelled)
        added_wrong += len(model_only - labelled)
    assert added_right >= 5
    assert added_wrong <= added_right


def test_the_trainer_reads_the_patterns_findings_as_the_checker_keeps_them() -> None:
    """The thresholds are chosen on what the checker ships: the patterns' findings the model
    leaves standing. The trainer's reading of that matches the checker's, reply by reply."""
    tool, shipped = _tool(), model()
    assert shipped is not None
    dropped = 0
    for case in dev_checked()[::20]:
        text, platform = case.text, case.platform
        if not shipped.reads(as_read(text)):
            continue  # the checker keeps all there (Model.reads); the trainer judges letters only
        found = tool.Found.of(text, platform)
        scores = dict(zip(shipped.families, shipped.scores(text, platform), strict=True))
        doubt = dict(zip(shipped.families, shipped.doubt, strict=True))
        kept = {f for f in found.families if found.kept(f, scores[f], doubt[f])}
        checked = {f.family for f in case.findings if not f.rule.endswith(LEARNED)}
        assert kept == checked, text
        dropped += len(found.families - kept)
    assert dropped > 0  # the dev halves hold refusals the model overrules


def test_shortcuts_never_change_the_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    # every sixteenth reply (1,872 of 29,951): the plain path scans every pattern (~6 s for these)
    sample = dev_checked()[::16]  # the shipped checker's findings, before the patch below
    texts = [(c.text, c.platform) for c in sample]
    fast = [list(c.findings) for c in sample]
    plain = tuple(
        dataclasses.replace(
            rule,
            anchors=tuple(None for _ in rule.patterns),
            needs=tuple(() for _ in rule.patterns),
            gates=(),
            triggers=(),
        )
        for rule in rules()
    )
    monkeypatch.setattr(check_module, "rules", lambda: plain)
    slow = [check(text, platform) for text, platform in texts]
    assert len(texts) > 1000
    for (text, _), a, b in zip(texts, fast, slow, strict=True):
        # Anchors try every start, so overlapping matches may merge into a longer span than
        # a left-to-right scan gives; the rules found must be the same.
        assert {f.rule for f in a} == {f.rule for f in b}, text


def test_a_pattern_skipped_for_a_missing_part_finds_nothing_in_labelled_replies() -> None:
    """Every 40th labelled reply: where a pattern's required parts are not all among the words
    found, the pattern itself does not match (the skip loses nothing)."""
    indexed = plan(rules())
    texts = [str(case["text"]) for case in cases("dev")[::40]]
    assert len(texts) > 200
    for text in texts:
        source = Text(text, indexed.automaton)
        for i, slot in enumerate(indexed.slots):
            parts = indexed.parts(i)
            if parts and not source.holds(parts):
                assert slot.pattern.compiled.search(source.lowered) is None, slot.pattern.pattern
