"""The shipped rules read and planned ahead of time (data/compliance/compiled.pickle): current,
used only for the rules.toml it was made from, and never a reason for different findings."""

from __future__ import annotations

import hashlib
import pickle
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop.core.compliance import compiled
from desktop.core.compliance.plan import Plan, plan, planned
from desktop.core.compliance.rules import parse_rules, rules
from desktop.core.paths import resource

RAW = resource("data", "compliance", "rules.toml").read_bytes()


def _facts(ruleset: tuple[Any, ...]) -> list[Any]:
    """What a read derives from the patterns, rule by rule."""
    return [
        (
            r.id,
            r.family,
            r.severity,
            r.anchors,
            r.needs,
            r.triggers,
            [p.pattern for p in r.patterns],
            [g.pattern if g else None for g in r.gates],
            [
                r.unless_before and r.unless_before.pattern,
                r.unless_match and r.unless_match.pattern,
            ],
            [
                [(b.pattern, w, n) for b, w, n in t.branches]
                + [sorted(t._by_word.items()), t._always]
                for t in (r.within, r.unless_sentence)
                if t
            ],
            (r.message_zh, r.message_en, r.fix_zh, r.fix_en, r.replace, r.source),
        )
        for r in ruleset
    ]


def _plan_facts(made: Plan) -> list[Any]:
    return [
        [
            (
                s.index,
                s.rule.id,
                s.pattern.pattern,
                s.anchors,
                s.needs,
                s.gate and (s.gate[0].pattern, s.gate[1]),
                s.bounded,
            )
            for s in made.slots
        ],
        sorted(made.automaton.keys()) if made.automaton is not None else None,
        sorted(made._by_word.items()),
        made._always,
        sorted(made.learned),
        [made.parts(i) for i in range(len(made.slots))],
    ]


def test_the_shipped_file_is_what_reading_rules_toml_gives_today() -> None:
    found = compiled.load(RAW)
    assert found is not None, "data/compliance/compiled.pickle is stale: run tools/compile_rules.py"
    ruleset, made = found
    fresh = parse_rules(tomllib.loads(RAW.decode("utf-8")), validate=False)
    assert _facts(ruleset) == _facts(fresh)
    assert _plan_facts(made) == _plan_facts(Plan(fresh))


def test_the_app_reads_the_shipped_rules_with_their_plan_and_no_pattern_compiled() -> None:
    ruleset = rules()
    assert planned(ruleset)  # adopted with the rules, not made at the first check
    made = plan(ruleset)
    assert None not in made._parts
    shipped = pickle.loads(resource(*compiled.FILE).read_bytes())
    assert all(s.pattern._compiled is None for s in shipped["plan"].slots)
    # a slot's pattern is its rule's own object: compiled once for both
    assert all(any(s.pattern is p for p in s.rule.patterns) for s in shipped["plan"].slots)


def _shipped_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    (tmp_path / "data" / "compliance").mkdir(parents=True, exist_ok=True)
    (tmp_path / "data" / "compliance" / "compiled.pickle").write_bytes(data)
    monkeypatch.setattr(compiled, "resource", lambda *parts: tmp_path.joinpath(*parts))


def test_an_edited_rules_toml_is_read_from_the_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert compiled.load(RAW + b"\n# an edit\n") is None
    _shipped_with(tmp_path, monkeypatch, compiled.content(RAW))
    assert compiled.load(RAW) is not None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a pickle",
        pickle.dumps([1, 2]),
        pickle.dumps({"format": 99}),
        pickle.dumps({"format": compiled.FORMAT, "sha256": hashlib.sha256(RAW).hexdigest()}),
        pickle.dumps(
            {
                "format": compiled.FORMAT,
                "sha256": hashlib.sha256(RAW).hexdigest(),
                "rules": (),
                "plan": 3,
            }
        ),
    ],
)
def test_a_damaged_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    _shipped_with(tmp_path, monkeypatch, data)
    assert compiled.load(RAW) is None


def test_objects_of_yesterdays_shape_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = pickle.loads(compiled.content(RAW))
    for rule in data["rules"]:
        del rule.__dict__["gates"]  # written before rules had gates
    _shipped_with(tmp_path, monkeypatch, pickle.dumps(data))
    assert compiled.load(RAW) is None


def test_only_errors_finds_exactly_the_error_findings_of_a_whole_check() -> None:
    """What a copy asks about, found the short way, on every twentieth labelled reply
    (English and Chinese) on its platform and on every platform at once."""
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


def test_the_file_is_read_a_frame_at_a_time_and_the_collector_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Python-level reads let the GUI thread take the GIL between frames (a stall of the
    whole load otherwise, when the warming loads the rules while the agent types)."""
    import gc

    reads: list[int] = []
    real = compiled._Frames.read

    def counted(self: compiled._Frames, size: int = -1) -> bytes:
        reads.append(size)
        return real(self, size)

    monkeypatch.setattr(compiled._Frames, "read", counted)
    assert gc.isenabled()
    assert compiled.load(RAW) is not None
    assert len(reads) > 10 and gc.isenabled()
    gc.disable()
    try:
        assert compiled.load(RAW) is not None
        assert not gc.isenabled()  # a caller's choice is not overruled
    finally:
        gc.enable()


def test_the_frame_reader_serves_every_protocol() -> None:
    """Protocol 0 reads its opcodes' arguments line by line, the newest ones frame by frame."""
    value = {"rule": ("a", 1, 2.5, None), "plan": [b"bytes", {"x": frozenset({3})}]}
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.load(compiled._Frames(pickle.dumps(value, protocol=protocol))) == value
