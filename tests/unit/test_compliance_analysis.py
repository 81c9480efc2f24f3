"""The shipped analysis of the rules' patterns (data/compliance/analysis.marshal): current, and
a read that uses it makes the same rules as one that works everything out."""

from __future__ import annotations

import marshal
import tomllib

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
    shipped = marshal.loads(resource(*analysis.FILE).read_bytes())
    assert shipped == content(), (
        "data/compliance/analysis.marshal is stale: run tools/analyse_rules.py"
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
    "data",
    [
        b"",
        b"not marshal",
        marshal.dumps([1, 2]),
        marshal.dumps({"format": 99, "known": {}}),
        marshal.dumps({"format": 1}),
        marshal.dumps({"format": 1, "known": 3}),
    ],
)
def test_a_damaged_file_is_ignored_and_everything_worked_out(tmp_path, monkeypatch, data):
    (tmp_path / "data" / "compliance").mkdir(parents=True)
    (tmp_path / "data" / "compliance" / "analysis.marshal").write_bytes(data)
    monkeypatch.setattr(analysis, "resource", lambda *parts: tmp_path.joinpath(*parts))
    analysis.release()
    assert analysis.load() == {}
    assert analysis.parsed(resource("data", "compliance", "rules.toml").read_bytes()) is None
    analysis.release()


def test_analyse_keeps_only_what_a_read_looks_up():
    data = content()
    assert data["format"] == analysis.FORMAT
    assert {key[0] for key in data["known"]} == {"a", "r", "s", "p"}
    read_again = analysis._Used(data["known"])
    with analysis.remembered(read_again):
        Plan(read_shipped(analysed=False))
    assert read_again.used == set(data["known"])  # nothing kept that a read does not look up


def test_the_parsed_rules_are_used_only_for_the_text_they_were_parsed_from():
    raw = resource("data", "compliance", "rules.toml").read_bytes()
    assert analysis.parsed(raw) == tomllib.loads(raw.decode("utf-8"))
    assert analysis.parsed(raw + b"\n# an edit\n") is None
    analysis.release()


def test_the_plan_takes_the_shipped_parts_at_once_and_lets_the_table_go():
    from desktop.core.compliance.plan import plan
    from desktop.core.compliance.rules import rules

    made = plan(rules())
    assert None not in made._parts
    assert analysis._shipped.cache_info().currsize == 0


def test_only_errors_finds_exactly_the_error_findings_of_a_whole_check():
    """What a copy asks about, found the short way, on every twentieth labelled reply (English
    and Chinese, every platform they name) and with every platform on a sample."""
    from bench.compliance import cases
    from desktop.core.compliance.check import check

    sample = cases("dev")[::20]
    assert len(sample) > 1400
    compared = 0
    for case in sample:
        text = str(case["text"])
        for platform in (str(case.get("platform", "aliexpress")), None):
            whole = [f for f in check(text, platform) if f.severity == "error"]
            assert check(text, platform, only_errors=True) == whole, (platform, text[:80])
            compared += bool(whole)
    assert compared > 250  # many of them do hold errors
