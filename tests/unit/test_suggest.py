"""Suggestion: hit@3 on the held-out dev sets, buyers' languages, several questions, bad input."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core import Library
from desktop.core.search.suggest import SuggestModel

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
#: Floors on the dev halves (tuned on); the test halves are only reported, by make bench.
DEV_FLOORS = {"en": 0.88, "pt": 0.9, "es": 0.9, "ru": 0.9, "fr": 0.85}


def load(name: str, half: str = "dev") -> list[dict[str, str]]:
    path = EVAL / f"{name}.{half}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def hit_at(lib: Library, rows: list[dict[str, str]], k: int) -> float:
    hits = sum(r["scenario"] in {e.scenario for e in lib.suggest(r["text"], k)} for r in rows)
    return hits / len(rows)


def test_hit_at_3_on_the_dev_halves(shared_lib: Library) -> None:
    for name, floor in DEV_FLOORS.items():
        assert hit_at(shared_lib, load(name), 3) >= floor, name


def test_indirect_english_finds_its_scenario(shared_lib: Library) -> None:
    for message, scenario in [
        ("is it possible to follow my parcel?", "shipping.tracking"),
        ("hellooo, wher is my pakage, paid 2 weeks ago", "shipping.tracking"),
        ("can you assist me purchasing a few of these?", "order.how_to_order"),
        ("avaliable in blue??", "product.in_stock"),
    ]:
        assert scenario in {e.scenario for e in shared_lib.suggest(message, 3)}, message


def test_buyers_own_languages(shared_lib: Library) -> None:
    for message, scenario in [
        ("oi, qual o prazo de entrega pro brasil? ja paguei", "shipping.delivery_time"),
        ("hola cuando llega mi paquete, no se mueve el seguimiento", "shipping.tracking"),
        ("здравствуйте, где моя посылка? трек не обновляется", "shipping.tracking"),
        ("bonjour je voudrais un remboursement, le produit est cassé", "aftersales.refund_request"),
    ]:
        found = {e.scenario for e in shared_lib.suggest(message, 3)}
        assert found & {scenario, "shipping.delay", "aftersales.damaged_item"}, message


def test_chinese_in_a_message_is_read(shared_lib: Library) -> None:
    found = [e.scenario for e in shared_lib.suggest("买家问关税谁出", 3)]
    assert "customs.import_tax" in found


def test_suggestions_are_distinct_scenarios(shared_lib: Library) -> None:
    found = shared_lib.suggest("wher is my pakage?? tracking not update", 3)
    assert len(found) == 3
    assert len({e.scenario for e in found}) == 3
    assert found[0].scenario.startswith("shipping.")


def test_typos_are_forgiven(shared_lib: Library) -> None:
    found = shared_lib.suggest("i want refnud, the item recieved is brokn", 3)
    scenarios = {e.scenario for e in found}
    assert scenarios & {"aftersales.refund_request", "aftersales.damaged_item"}


def test_message_with_several_questions_gets_a_group_each(shared_lib: Library) -> None:
    message = (
        "Hello, do you have this jacket in size XL?\n"
        "How much is shipping to Brazil?\n"
        "And can I pay with boleto?"
    )
    groups = shared_lib.suggest_groups(message)
    assert len(groups) >= 2
    top = [g.scenarios[0] for g in groups]
    assert any(s.startswith("payment.") for s in top)
    shipping = next(g for g in groups if "shipping" in g.text)
    assert any(s.startswith("shipping.") for s in shipping.scenarios)
    assert all(g.entry_ids for g in groups)


def test_user_reply_examples_are_used(lib: Library) -> None:
    message = "zorblax gadget compatible with quuxphone?"
    lib.suggest(message)  # the model is built before the reply exists
    new = lib.add(
        "product.specifications",
        "Hi {buyer}, yes, it works with the Quuxphone.",
        "您好 {buyer}，可以兼容 Quuxphone。",
        examples=["does the zorblax gadget fit a quuxphone", "zorblax quuxphone compatible?"],
    )
    assert lib.suggest(message, 1)[0].id == new


def test_empty_message_gives_nothing(shared_lib: Library) -> None:
    assert shared_lib.suggest("", 3) == []
    assert shared_lib.suggest("   \n ", 3) == []
    assert shared_lib.suggest_groups("") == []


def test_statements_are_context_for_the_next_question() -> None:
    from desktop.core.search.suggest import questions

    message = "hi, wher is my pakage? i paid 2 weeks ago. also can you send tracking number pls"
    assert questions(message) == [
        "hi, wher is my pakage?",
        "i paid 2 weeks ago. also can you send tracking number pls",
    ]
    assert questions("It came broken. I am very sad.") == ["It came broken. I am very sad."]
    assert questions("") == []


def test_weak_runners_up_are_left_out_of_a_group(shared_lib: Library) -> None:
    groups = shared_lib.suggest_groups("hi, wher is my pakage?")
    assert groups[0].scenarios[0] == "shipping.tracking"
    assert len(groups) == 1
    # the room left is filled with other tracking replies, not with weak scenarios
    assert len(groups[0].entry_ids) == 3
    assert all(i.startswith(groups[0].scenarios[0] + ".") for i in groups[0].entry_ids[1:])


def _build_held(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> tuple[threading.Thread, threading.Event]:
    """Start building the model on a thread and hold the build, once started, until the test
    sets the returned event; the thread is returned to be joined."""
    started, release = threading.Event(), threading.Event()
    real: Callable[..., SuggestModel] = SuggestModel.from_rows

    def held(rows: list[tuple[str, ...]], names: list[str] | None = None) -> SuggestModel:
        started.set()
        assert release.wait(30)
        return real(rows, names)

    monkeypatch.setattr(SuggestModel, "from_rows", held)
    warm = threading.Thread(target=lib.warm)
    warm.start()
    assert started.wait(30)
    return warm, release


def test_searches_go_on_while_the_model_is_built(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm, release = _build_held(lib, monkeypatch)
    found: list[object] = []
    search = threading.Thread(target=lambda: found.extend(lib.search("refund", 5)))
    search.start()
    search.join(10)
    finished = not search.is_alive()
    release.set()
    warm.join(30)
    assert finished and found, "a search waited for the suggestion model"


def test_a_reply_added_during_the_build_is_suggested(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm, release = _build_held(lib, monkeypatch)
    new = lib.add(
        "product.specifications",
        "Hi {buyer}, yes, it works with the Quuxphone.",
        "您好 {buyer}，可以兼容 Quuxphone。",
        examples=["does the zorblax gadget fit a quuxphone"],
    )
    release.set()
    warm.join(30)
    assert lib.suggest("zorblax gadget for my quuxphone?", 1)[0].id == new
