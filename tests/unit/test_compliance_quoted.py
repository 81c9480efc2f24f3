"""The buyer's own words in a reply (a quoted line, a reported request) and a phrase a
colleague's remark strikes out are not the reply's: the checker and its model leave them out,
and rules share their refusal tests by name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.compliance.check import check
from desktop.core.compliance.learned import features
from desktop.core.compliance.rules import parse_rules
from desktop.core.compliance.text import buyers_words_blanked


def _families(text: str, platform: str = "aliexpress") -> set[str]:
    return {f.family for f in check(text, platform, learned=False)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("> add me on whatsapp 138 5555 0101\nSorry, we keep the chat here.", "Sorry, we keep"),
        ("You asked if we can mark it as a gift: sorry, we can't.", ": sorry, we can't."),
        ("Hi Sergey, you wrote that you would prefer Viber. Sorry.", "Hi Sergey,"),
        ("您问能不能写礼物，抱歉不可以。", "，抱歉不可以。"),
        ("您提到的“写礼物”我们做不了。", "我们做不了。"),
        ("Thanks for asking about cash on delivery. It is not offered.", "It is not offered."),
        ("You wrote: 'mine is 0171 555 3321, I'll wait'. Sorry, we talk here.", ". Sorry, we"),
        ("买家说：“call me at 555-0148, it's faster.”\n抱歉，只能在这里沟通。", "抱歉，只能"),
        ("客户原话：「不要发票能便宜吗」\n发票每单都开。", "发票每单都开。"),
        ("About your question 'can you write gift on it?': no, we can't.", ": no, we can't."),
        ("dear u ask to write lower value, sorry not possible", ", sorry not possible"),
        ("你说下周六要用 没问题 周四之前绝对送到", " 没问题 周四之前绝对送到"),  # a space ends it
        ('您说"is it the best one?"——每款各有优点', "——每款各有优点"),
        ("侬讲要加微信，勿好意思额，阿拉就在此地讲", "，勿好意思额"),  # Wu: 侬讲 = 你说
        ("恁说让写低点申报价，这个真不中", "，这个真不中"),  # Henan: 恁 = 你
        # a colleague's remark striking a phrase from the draft
        ("有问题在这儿留言就行。（小周：别写‘加微信’，平台会扣分）", "，平台会扣分）"),
        ("Don't write 'guaranteed', say estimated.", ", say estimated."),
    ],
)
def test_the_buyers_words_are_blanked_and_the_agents_kept(text: str, kept: str) -> None:
    blanked = buyers_words_blanked(text)
    assert len(blanked) == len(text)  # one for one: spans hold
    assert kept in blanked
    assert blanked.strip() != text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "As you asked, we will write gift on the customs form.",  # the agent goes along with it
        "The item you asked about costs *** USD.",  # a noun the buyer asked about
        "跟客人说保证下周一前签收",  # a note to tell the buyer: the agent's own words
        "跟您说一下，保证周一到",
        "您说的那个 Jack 电话尾号0123",  # "the Jack you mentioned"
        "侬问额那个代购是老客户 Vivian",  # Wu: 额 = 的, "the daigou you asked about"
        "If you ask me, it will arrive by Friday for sure.",
        "The size you ask about is in stock.",
        "别急，加我微信 abc12345，保证周五前到",  # 别 leads no struck quote here
        "Don't worry, we guarantee it arrives Friday.",
    ],
)
def test_the_agents_own_words_are_left_alone(text: str) -> None:
    assert buyers_words_blanked(text) == text


def test_a_phone_number_quoted_from_the_buyer_is_not_the_agents() -> None:
    quoted = "买家说：“call me at 555-0148, it's faster.”\n抱歉，亚马逊只允许在站内沟通。"
    assert _families(quoted, "amazon") == set()
    assert "off_platform" in _families("您打这个电话 call me at 555-0148", "amazon")


def test_a_phrase_a_remark_strikes_out_is_not_the_replys() -> None:
    draft = "您好，收到货欢迎留下真实评价。—— 阿May：别写‘好评返现’"
    assert _families(draft) == set()
    assert _families("您好，收到货给个好评返现5元") == {"feedback_manipulation"}


def test_a_declined_quoted_request_is_clean_and_an_agreed_one_is_not() -> None:
    assert _families("> add me on whatsapp 138 5555 0101\nSorry, we keep the chat here.") == set()
    assert (
        _families("> can you write gift on the parcel?\nSorry, we declare the real value.") == set()
    )
    # the agent's own answer still counts, in the same reply as the quote
    assert "off_platform" in _families("You asked for my WhatsApp: it is +86 138 5555 0101")
    assert "false_customs" in _families(
        "As you asked, we will mark it as a gift on the customs form."
    )


def test_the_model_does_not_read_the_buyers_words() -> None:
    assert "whatsapp" not in features("> add me on whatsapp pls\nSorry, chat here only.", "x")
    assert "whatsapp" in features("add me on whatsapp pls", "x")


@given(st.text(alphabet="> \nyou asked u wrote don't 您问说的别写“”‘’'.,:a", max_size=60))
def test_blanking_never_moves_a_character(text: str) -> None:
    blanked = buyers_words_blanked(text)
    assert len(blanked) == len(text)
    assert all(b == t or b == " " for b, t in zip(blanked, text, strict=True))


def _rule(unless: str) -> dict[str, object]:
    return {
        "id": "x.y",
        "family": "x",
        "severity": {"amazon": "error"},
        "patterns": ["whatsapp"],
        "unless_sentence": unless,
        "message_zh": "m",
        "message_en": "m",
        "fix_zh": "f",
        "fix_en": "f",
        "source": "s",
    }


def test_a_rule_names_a_shared_sentence_test() -> None:
    data = {"shared": {"warning": r"\bscam\w*"}, "rule": [_rule(r"(?i)(?&warning)|\bnever\b")]}
    (rule,) = parse_rules(data)
    assert rule.unless_sentence is not None
    assert rule.unless_sentence.search("Scammers use WhatsApp")
    assert rule.unless_sentence.search("we never use WhatsApp")
    assert not rule.unless_sentence.search("add me on WhatsApp")


def test_an_unknown_shared_test_names_its_rule() -> None:
    with pytest.raises(ValueError, match=r"x\.y.*'nope'"):
        parse_rules({"rule": [_rule("(?&nope)")]})


def test_a_template_blank_in_the_buyers_words_still_counts() -> None:
    text = "I've read your question about the {product}, and I'll come back to you."
    assert buyers_words_blanked(text).count("{product}") == 1
    assert "unfilled_placeholder" in _families(text)
