"""Practice questions come from the library, the rules and the cards; progress is kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core import Library, open_library
from desktop.core.compliance.check import check
from desktop.core.library.scenarios import scenarios
from desktop.core.practice.progress import Progress, load, save
from desktop.core.practice.quiz import KINDS, questions


@pytest.mark.parametrize("kind", KINDS)
def test_every_quiz_has_four_options_and_one_answer(shared_lib: Library, kind: str) -> None:
    entries = list(shared_lib.iter_entries())
    made = questions(kind, entries, 8, seed=7)
    assert len(made) == 8
    for q in made:
        assert len(q.options) == 4 and len(set(q.options)) == 4, q
        assert 0 <= q.answer < 4 and q.kind == kind
    assert made == questions(kind, entries, 8, seed=7)  # reproducible


def test_scenario_distractors_come_from_the_same_stage_first(shared_lib: Library) -> None:
    entries = list(shared_lib.iter_entries())
    by_name = {s.zh: s for s in scenarios().values()}
    for q in questions("scenario", entries, 20, seed=1):
        stage = scenarios()[q.scenario].stage
        stages = [by_name[o].stage for o in q.options]
        assert by_name[q.options[q.answer]].id == q.scenario
        same = sum(s == stage for s in stages)
        neighbours = sum(s.stage == stage for s in scenarios().values())
        assert same == min(4, neighbours), (q.scenario, stages)


def test_compliance_quiz_asks_which_reply_then_which_rule(shared_lib: Library) -> None:
    made = questions("compliance", list(shared_lib.iter_entries()), 10, seed=2)
    for n, q in enumerate(made):
        if n % 2 == 0:  # which of four replies breaks a rule: exactly one does
            breaking = [i for i, text in enumerate(q.options) if check(text, None)]
            assert not q.prompt and breaking == [q.answer] and q.explanation
        else:  # a sentence that breaks a rule: which rule
            found = check(q.prompt, None)
            assert found and q.options[q.answer] == q.explanation
            assert found[0].message_zh.startswith(q.explanation)


def test_progress_counts_streaks_and_weak_spots(lib: Library) -> None:
    progress = Progress()
    for day, right in ((date(2026, 11, 27), True), (date(2026, 11, 28), False)):
        progress.record("scenario", "price.bulk_quote", right, day)
        progress.record("scenario", "price.bulk_quote", False, day)
    progress.record("tone", "greeting.first_inquiry", True, date(2026, 11, 29))
    assert progress.streak(date(2026, 11, 29)) == 3
    assert progress.streak(date(2026, 12, 1)) == 0
    assert progress.weak_scenarios() == ["price.bulk_quote"]
    assert progress.accuracy("scenario") == 0.25 and progress.accuracy("country") is None
    save(lib, progress)
    assert load(lib) == progress


def test_practice_draws_from_a_bounded_sample_built_ins_first(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "lib.sqlite")
    try:
        built_in = {e.id for e in lib.iter_entries()}
        mine = [lib.add("closing.thanks", f"Thanks number {i}", f"谢谢 {i}") for i in range(30)]
        lib.record_use(mine[-1])  # the agent's most used reply is drawn before the others
        sample = lib.sample_entries(per_scenario=20)
        thanks = [e for e in sample if e.scenario == "closing.thanks"]
        assert len(thanks) == 20 and built_in <= {e.id for e in sample}
        assert mine[-1] in {e.id for e in thanks}
        assert [e.id for e in sample] == [e.id for e in lib.iter_entries() if e in sample]
        assert len(questions("scenario", sample, 8, seed=3)) == 8
    finally:
        lib.close()
