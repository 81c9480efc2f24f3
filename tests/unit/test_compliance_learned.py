"""The checker's learned half: trained on the current dev halves, warnings only, on the
sentence that reads most like the family, and the patterns still run without it."""

from __future__ import annotations

import importlib.util
import io
import math
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.compliance import check as check_module
from desktop.core.compliance.check import check
from desktop.core.compliance.learned import (
    _TOKEN,
    DOUBT,
    MAGIC,
    SURE,
    Model,
    by_sentence,
    features,
    legible,
    model,
    read_model,
    tokens_of,
    write_model,
)
from desktop.core.compliance.plan import LEARNED
from desktop.core.compliance.rules import families, rules
from desktop.core.compliance.text import Text, as_read

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "compliance"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train", ROOT / "tools" / "train_compliance.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import would: its dataclasses look it up there
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_trained_on_the_current_dev_halves() -> None:
    shipped = model()
    assert shipped is not None
    tool = _tool()
    assert shipped.trained_on == tool.fingerprint(), "run tools/train_compliance.py"
    assert shipped.families == families()
    assert all(t in (*tool.LADDER, tool.NEVER) for t in shipped.thresholds)
    assert all(d in tool.DOUBTS for d in shipped.doubt)


def test_a_threshold_is_chosen_for_the_worse_of_precision_and_recall() -> None:
    """The target is precision and recall both at 0.97: the trainer takes the threshold with
    the best worse figure, not the lowest that keeps precision, and NEVER (the patterns alone)
    when the model's warnings only add false alarms."""
    tool = _tool()
    kept = (True,) * len(tool.DOUBTS)
    found = [(0.0, True, kept)] * 90  # replies the patterns find
    # the model alone finds ten more at 0.45 and above; at 0.25 it also flags five clean ones
    rows = found + [(0.45, True, ())] * 10 + [(0.25, False, ())] * 5
    rows = [(s, y, k or (False,) * len(tool.DOUBTS)) for s, y, k in rows]
    assert tool._threshold(rows) == (0.4, DOUBT)  # the lowest: P 0.95, R 1.0; 0.4: P 1.0, R 1.0
    alarms = [(0.0, True, kept)] * 100 + [(0.9, False, (False,) * len(tool.DOUBTS))] * 3
    assert tool._threshold(alarms) == (tool.NEVER, DOUBT)


def test_each_family_gets_the_doubt_that_overrules_best() -> None:
    """Where the model's doubt runs as low on true findings as on false ones, the trainer
    lowers that family's doubt; the checker then reads it from the model file."""
    tool = _tool()

    def found(score: float, labelled: bool) -> tuple[float, bool, tuple[bool, ...]]:
        return (score, labelled, tuple(score >= doubt for doubt in tool.DOUBTS))

    # 90 true findings, 8 of them scored 0.008; 10 false findings, all scored 0.001
    rows = [found(0.5, True)] * 82 + [found(0.008, True)] * 8 + [found(0.001, False)] * 10
    threshold, doubt = tool._threshold(rows)
    assert doubt == 0.005  # overrules the ten false findings, keeps the eight true ones
    assert tool.precision_recall(rows, threshold, doubt) == (1.0, 1.0)
    assert tool.precision_recall(rows, threshold, DOUBT)[1] < 0.97
    fams = families()
    doubting = Model.from_weights(
        fams,
        (1.0,) * len(fams),
        (-4.8,) * len(fams),
        [{"zzz": 1.0}] * len(fams),
        doubt=(0.005,) * len(fams),
    )  # every family's probability is about 0.008
    assert doubting.doubts(doubting.scores("anything", "aliexpress")) == set()
    again = _written_and_read(doubting)
    assert again.doubt == (0.005,) * len(fams)


def test_every_family_has_a_learned_rule_with_warnings_only() -> None:
    learned = {r.family: r for r in rules() if r.id.endswith(LEARNED)}
    assert set(learned) == set(families())
    for rule in learned.values():
        assert rule.patterns == ()
        assert set(rule.severity.values()) == {"warning"}
    assert set(learned["amazon_promotion"].severity) == {"amazon"}
    assert "shopee" not in learned["cash_on_delivery"].severity


def test_the_warning_marks_the_sentence_that_reads_like_the_family(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    only_learned = tuple(r for r in rules() if r.id.endswith(LEARNED))
    monkeypatch.setattr(check_module, "rules", lambda: only_learned)  # no pattern finds it
    text = "Thanks for your order!  Please leave 5 stars and we send you a small present. "
    found = [(f.rule, f.severity, text[f.start : f.end]) for f in check(text, "aliexpress")]
    assert found == [
        (
            "feedback_manipulation.learned",
            "warning",
            "Please leave 5 stars and we send you a small present.",
        )
    ]


def test_without_a_model_the_patterns_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_module, "learned_model", lambda: None)
    found = check("Add me on WhatsApp +44 7700 900123", "aliexpress")
    assert {f.family for f in found} == {"off_platform"}


def _doubting(families: tuple[str, ...], knows: str = "") -> Model:
    """A model sure that nothing is wrong with a reply: every family's probability ~0. It
    knows the words of ``knows`` (weight 0: they change no score)."""
    vocabulary = dict.fromkeys(tokens_of(knows.lower()), 0.0)
    weights = tuple({"zzz-never-seen": 1.0, **vocabulary} for _ in families)  # active
    return Model.from_weights(families, (0.99,) * len(families), (-12.0,) * len(families), weights)


def test_the_model_overrules_a_pattern_when_it_reads_the_reply_as_clean(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A refusal that repeats the words (""we cannot write gift on the parcel"") matches a
    pattern; a model that all but rules the family out drops the finding. Not a phone number
    or a blank, which are what they are; not a reply the model cannot read."""
    text = "Declare it as a gift to avoid tax? Sorry friend, that one we must write honestly"
    monkeypatch.setattr(check_module, "learned_model", lambda: _doubting(families(), text))
    assert {f.family for f in check(text, "aliexpress", learned=False)} == {"false_customs"}
    assert check(text, "aliexpress") == []
    sure = "Hi {buyer}, call +44 7700 900123 for the gift box"
    kept = {f.rule for f in check(sure, "aliexpress")}
    assert {"unfilled_placeholder.blank", "off_platform.phone"} <= kept <= SURE
    russian = "Напишем в декларации gift, чтобы не было пошлины"
    assert not legible(russian)
    assert check(russian, "aliexpress") == check(russian, "aliexpress", learned=False) != []


def test_a_reply_in_words_the_model_never_saw_keeps_its_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Latin letters are not enough: a Swedish reply is legible, but a model that knows none
    of its words scores it near nothing, and that says nothing about a pattern's finding."""
    english = "Declare it as a gift to avoid tax? Sorry friend, that one we must write honestly"
    doubting = _doubting(families(), english)
    monkeypatch.setattr(check_module, "learned_model", lambda: doubting)
    swedish = "Vi skriver gåva på tullen så du slipper moms"
    assert legible(swedish) and not doubting.reads(swedish) and doubting.reads(english)
    assert {f.family for f in check(swedish, "aliexpress")} == {"false_customs"}
    assert check(english, "aliexpress") == []


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("Sorry, we cannot mark the parcel as a gift, we declare what you paid.", True),
        ("亲，这个我们不能写礼物，只能按实际金额申报哦。", True),
        ("Diemžēl mēs nevaram muitas deklarācijā rakstīt dāvanu.", False),  # Latvian
        ("Kahjuks ei saa me tollideklaratsioonile kingitust kirjutada.", False),  # Estonian
    ],
)
def test_the_shipped_model_knows_the_words_of_the_languages_it_was_trained_on(
    text: str, reads: bool
) -> None:
    shipped = model()
    assert shipped is not None
    assert shipped.reads(as_read(text)) is reads


def test_a_family_with_no_weights_overrules_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    fams = families()
    silent = Model.from_weights(fams, (1.0,) * len(fams), (-12.0,) * len(fams), [{}] * len(fams))
    assert silent.doubts(silent.scores("anything", "aliexpress")) == set()
    monkeypatch.setattr(check_module, "learned_model", lambda: silent)
    text = "We can mark it as a gift so you pay no tax"
    assert check(text, "aliexpress") == check(text, "aliexpress", learned=False) != []


def test_the_shipped_model_overrules_refusals_it_has_learned() -> None:
    shipped = model()
    assert shipped is not None
    for text, platform, family in [
        (
            "Mark it as a gift? Sorry, we cannot do that, we must declare the real value of 38 "
            "dollars.",
            "aliexpress",
            "false_customs",
        ),
        (
            "Sorry, paying the postman in cash is not something I can arrange. Please pay through "
            "AliExpress checkout with any method shown there.",
            "aliexpress",
            "cash_on_delivery",
        ),
    ]:
        assert family in {f.family for f in check(text, platform, learned=False)}
        at = shipped.families.index(family)
        assert shipped.scores(text, platform)[at] < shipped.doubt[at]
        assert family not in {f.family for f in check(text, platform)}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Please pay through the checkout", True),
        ("亲，请在平台下单哦", True),
        ("Obrigado! Não é possível pagar na entrega", True),
        ("Спасибо за заказ, оплата при получении", False),
        ("ขอบคุณค่ะ", False),
        ("12345 !!", False),
        ("", False),
    ],
)
def test_the_model_knows_which_replies_it_can_read(text: str, read: bool) -> None:
    assert legible(text) is read


def _written(model: Model) -> bytes:
    fh = io.BytesIO()
    write_model(fh, model, "test")
    return fh.getvalue()


def _written_and_read(model: Model) -> Model:
    return read_model(io.BytesIO(_written(model)))


def test_a_damaged_model_file_is_refused_with_a_clear_error() -> None:
    shipped = model()
    assert shipped is not None
    whole = _written(shipped)
    head = len(MAGIC) + 8 + int.from_bytes(whole[len(MAGIC) : len(MAGIC) + 8], "little")
    for damaged, error in (
        (b"", ValueError),  # empty
        (b"{}" + whole, ValueError),  # another file
        (whole[:-8], EOFError),  # the weights cut short
        (whole[: head - 5], ValueError),  # the header cut short
        (whole.replace(b'"starts"', b'"starty"', 1), ValueError),  # an array it does not know
        (whole.replace(b'"families"', b'"familles"', 1), KeyError),
    ):
        with pytest.raises(error):
            read_model(io.BytesIO(damaged))
    small = Model.from_weights(("a",), (0.5,), (0.0,), ({"gift": 1.0},))
    cut = bytearray(_written(small))
    cut[-2:] = b""  # one weight fewer than the features and families need
    with pytest.raises((ValueError, EOFError)):
        read_model(io.BytesIO(bytes(cut)))


def test_a_model_written_and_read_back_scores_the_same() -> None:
    small = Model.from_weights(
        ("a", "b"), (0.5, 0.9), (-1.0, 0.25), ({"gift": 2.5, "gift box": -0.75}, {"ship": 1.0})
    )
    again = _written_and_read(small)
    for text in ("a gift box", "we ship the gift", "nothing here"):
        assert again.scores(text, "x") == small.scores(text, "x")
    assert again.active == (True, True)
    assert small.scores("a gift", "x")[0] == pytest.approx(1 / (1 + math.exp(-1.5)))
    shipped = model()
    assert shipped is not None
    assert _written(_written_and_read(shipped)) == _written(shipped)


def test_the_score_does_not_depend_on_the_order_of_a_set() -> None:
    shipped = model()
    assert shipped is not None
    text = "we can write gift on the parcel so customs is lower, trust me 100%"
    first = shipped.scores(text, "aliexpress")
    assert all(shipped.scores(text, "aliexpress") == first for _ in range(5))


@given(st.text(alphabet="ab 1.!?。\nａ１＠", max_size=40))
def test_each_sentence_reads_as_its_part_of_the_whole_text(text: str) -> None:
    sentences = Text(text, None).sentences()
    whole = features(text, "x")
    for (left, right), found in zip(sentences, by_sentence(text, sentences), strict=True):
        assert set(found) == features(text[left:right], "x") - {"PLATFORM=x"}
        assert set(found) <= whole


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_splits_into_the_same_tokens_as_the_expression(text: str) -> None:
    lowered = text.lower()
    assert tokens_of(lowered) == _TOKEN.findall(lowered)


@given(st.text(alphabet="> \nyou asked 您问ａ１＠ whatsapp.,", max_size=60))
def test_a_reply_the_checker_has_read_gives_the_same_features(text: str) -> None:
    assert features(as_read(text), "x", read=True) == features(text, "x")
