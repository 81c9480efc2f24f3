"""The shipped analysis of the rules' patterns (data/compliance/analysis.json): current, and
a read that uses it makes the same rules as one that works everything out."""

from __future__ import annotations

import json

import pytest

from desktop.core.compliance import analysis, anchors
from desktop.core.compliance.plan import Plan
from desktop.core.compliance.rules import read_shipped
from desktop.core.paths import resource
from tools.analyse_rules import content


def _facts(ruleset):  # what a read derives from the patterns, rule by rule
    return [
        (
            r.id,
            r.anchors,
            r.needs,
            [p.pattern for p in r.patterns],
            [
                (t.branches and [(b.pattern, w, n) for b, w, n in t.branches])
                for t in (r.within, r.unless_sentence)
                if t
            ],
        )
        for r in ruleset
    ]


def test_the_shipped_file_is_what_the_code_works_out_today():
    shipped = resource(*analysis.FILE).read_text(encoding="utf-8")
    assert shipped == content(), (
        "data/compliance/analysis.json is stale: run tools/analyse_rules.py"
    )


def test_a_read_with_the_file_equals_a_read_without_it():
    with_file = read_shipped(analysed=True)
    assert anchors.memo is None  # only while the rules are read
    without = read_shipped(analysed=False)
    assert _facts(with_file) == _facts(without)
    assert _slots(Plan(with_file)) == _slots(Plan(without))


def _slots(plan):
    return [
        (
            s.index,
            s.rule.id,
            s.pattern.pattern,
            s.anchors,
            s.needs,
            s.gate and (s.gate[0].pattern, s.gate[1]),
            s.bounded,
        )
        for s in plan.slots
    ]


def test_the_file_is_looked_up(monkeypatch):
    table = analysis.load()
    assert len(table) > 5000
    key = next(k for k in table if k.startswith("r") and table[k])
    poisoned = {**table, key: ("a string no pattern needs",)}
    monkeypatch.setattr(analysis, "load", lambda: poisoned)
    with analysis.remembered(poisoned):
        assert anchors.required(key[1:]) == ("a string no pattern needs",)
    assert anchors.required(key[1:]) == table[key]  # outside a read: worked out


@pytest.mark.parametrize(
    "text",
    ["", "not json", '{"format": 99, "known": {}}', '{"format": 1}', '{"format": 1, "known": 3}'],
)
def test_a_damaged_file_is_ignored_and_everything_worked_out(tmp_path, monkeypatch, text):
    (tmp_path / "data" / "compliance").mkdir(parents=True)
    (tmp_path / "data" / "compliance" / "analysis.json").write_text(text, encoding="utf-8")
    monkeypatch.setattr(analysis, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert analysis.load() == {}


def test_analyse_keeps_only_what_a_read_looks_up():
    data = json.loads(content())
    assert data["format"] == analysis.FORMAT
    kinds = {key[0] for key in data["known"]}
    assert kinds <= {"a", "A", "r", "s"} and {"a", "r", "s"} <= kinds
