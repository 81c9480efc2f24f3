"""Practice questions generated from what the app already holds: the library's replies and
their example buyer messages, the compliance rules, and the country cards.

Every question has four options and one right answer; distractors come from neighbouring
scenarios (the same stage), so a trainee learns to tell close situations apart.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.buyer.cards import cards
from desktop.core.buyer.countries import countries
from desktop.core.compliance.check import check
from desktop.core.compliance.rules import rules
from desktop.core.library.entry import Entry
from desktop.core.library.scenarios import scenarios
from desktop.core.search.text import first_line

#: The quizzes: name the scenario of a buyer message; spot the reply that breaks a rule; match
#: the buyer's form of address; English sentence to its Chinese meaning; a country's habits.
KINDS = ("scenario", "compliance", "tone", "flashcards", "country")
#: Sentences that break a rule, one per family, added to a clean reply in the compliance quiz.
RISKY = {
    "off_platform": "If it is easier, add me on WhatsApp and we can talk there.",
    "guaranteed_date": "I guarantee it will arrive before Friday.",
    "false_customs": "We can mark the parcel as a gift so you pay no duty.",
    "feedback_manipulation": "Leave us 5 stars and we will refund you 2 dollars.",
    "absolute_claim": "It is absolutely perfect and will never break.",
    "cash_on_delivery": "You can also pay cash on delivery if you prefer.",
    "refuse_payment_or_invoice": "Sorry, we do not provide an invoice.",
}
NAMES = ("Anna", "Carlos", "Olga", "Mark", "Fatima", "Kenji", "Lucia", "Tom")


@dataclass(frozen=True)
class Question:
    kind: str
    prompt: str
    """What the trainee reads (a buyer message, a sentence, a country question)."""
    options: tuple[str, ...]
    answer: int
    """Index of the right option."""
    scenario: str = ""
    """The scenario this question trains ("" for country questions)."""
    explanation: str = ""


def _four(right: str, wrong: Sequence[str], rng: random.Random) -> tuple[tuple[str, ...], int]:
    picked = [w for w in dict.fromkeys(wrong) if w != right][:3]
    options = [right, *picked]
    rng.shuffle(options)
    return tuple(options), options.index(right)


def scenario_question(entries: Sequence[Entry], rng: random.Random, chinese: bool) -> Question:
    """A buyer message; which situation is it?"""
    with_examples = [e for e in entries if e.examples]
    entry = rng.choice(with_examples)
    sc = scenarios()
    stage = [s for s in sc.values() if s.stage == entry.stage and s.id != entry.scenario]
    others = [s for s in sc.values() if s.id != entry.scenario]
    rng.shuffle(stage)
    rng.shuffle(others)
    wrong = [s.zh if chinese else s.en for s in [*stage, *others]]
    right = sc[entry.scenario]
    options, answer = _four(right.zh if chinese else right.en, wrong, rng)
    return Question("scenario", rng.choice(entry.examples), options, answer, entry.scenario)


def compliance_question(entries: Sequence[Entry], rng: random.Random) -> Question:
    """Four replies; which one breaks a platform rule?"""
    lines = {first_line(e.en): e for e in entries}
    clean = [(t, e) for t, e in lines.items() if t and "{" not in t and not check(t, None)]
    chosen = [e for _t, e in rng.sample(clean, 4)]
    family, sentence = rng.choice(sorted(RISKY.items()))
    texts = [first_line(e.en) for e in chosen]
    bad = rng.randrange(4)
    texts[bad] = f"{texts[bad]} {sentence}"
    found = check(texts[bad], None, learned=False)  # the rule the sentence was written for
    explanation = found[0].message_zh if found else family
    return Question(
        "compliance", "", tuple(texts), bad, chosen[bad].scenario, explanation=explanation
    )


def rule_question(rng: random.Random, chinese: bool) -> Question:
    """A sentence that breaks a rule; which rule is it?"""
    family, sentence = rng.choice(sorted(RISKY.items()))
    by_family = {r.family: r for r in reversed(rules())}

    def words(fam: str) -> str:
        rule = by_family[fam]
        text = rule.message_zh if chinese else rule.message_en
        return text.split("：")[0].split(":")[0]

    found = check(sentence, None, learned=False)
    right = found[0] if found else by_family[family]
    text = right.message_zh if chinese else right.message_en
    right_words = text.split("：")[0].split(":")[0]
    wrong = [words(f) for f in rng.sample(sorted(set(by_family) - {family}), 6)]
    options, answer = _four(right_words, wrong, rng)
    return Question("compliance", sentence, options, answer, explanation=right_words)


def tone_question(rng: random.Random) -> Question:
    """The buyer wrote "Dear Anna," or "Hi Anna,": which opening matches?"""
    buyer, agent = rng.sample(NAMES, 2)
    formal = rng.random() < 0.5
    prompt = f"{'Dear' if formal else 'Hi'} {agent}, ..."
    right = f"{'Dear' if formal else 'Hi'} {buyer},"
    wrong = [f"{'Hi' if formal else 'Dear'} {buyer},", f"Hey {buyer}!", "Dear Sir/Madam,"]
    options, answer = _four(right, wrong, rng)
    return Question("tone", prompt, options, answer, "greeting.first_inquiry")


def flashcard_question(entries: Sequence[Entry], rng: random.Random) -> Question:
    """An English sentence from a reply; which Chinese says the same?"""
    usable = [e for e in entries if first_line(e.en) and first_line(e.zh)]
    entry = rng.choice(usable)
    same_stage = [e for e in usable if e.stage == entry.stage and e.scenario != entry.scenario]
    others = same_stage or [e for e in usable if e.scenario != entry.scenario]
    wrong = [first_line(e.zh) for e in rng.sample(others, min(6, len(others)))]
    options, answer = _four(first_line(entry.zh), wrong, rng)
    return Question("flashcards", first_line(entry.en), options, answer, entry.scenario)


def country_question(rng: random.Random, chinese: bool) -> Question:
    """Which country's card says this? (greeting phrases, in the buyer's language)."""
    table, deck, locale = countries(), cards(), "zh_CN" if chinese else "en_US"
    codes = [c for c in deck if c in table and deck[c].greeting]
    code = rng.choice(codes)
    wrong = [table[c].name(locale) for c in rng.sample(codes, 6) if c != code]
    options, answer = _four(table[code].name(locale), wrong, rng)
    greeting = deck[code].greeting.replace("{buyer}", rng.choice(NAMES))
    return Question("country", greeting, options, answer)


def questions(
    kind: str, entries: Sequence[Entry], count: int, seed: int, chinese: bool = True
) -> list[Question]:
    """``count`` questions of ``kind`` (see :data:`KINDS`), reproducible for one ``seed``."""
    if kind not in KINDS:
        raise ValueError(f"unknown quiz {kind!r}: use one of {', '.join(KINDS)}")
    rng = random.Random(seed)

    def make() -> Question:
        if kind == "scenario":
            return scenario_question(entries, rng, chinese)
        if kind == "compliance":  # which reply breaks a rule, then which rule it is
            if len(made) % 2:
                return rule_question(rng, chinese)
            return compliance_question(entries, rng)
        if kind == "tone":
            return tone_question(rng)
        if kind == "flashcards":
            return flashcard_question(entries, rng)
        return country_question(rng, chinese)

    made: list[Question] = []
    for _ in range(count):
        made.append(make())
    return made
