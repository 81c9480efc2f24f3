"""A text being checked: its lower-case form, where each word the rules look for occurs (one
Aho-Corasick pass finds them all at once; a search per word cost more than all the matching),
its sentences, and the sentence tests already answered."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import Any

import ahocorasick

from desktop.core.compliance.anchors import AnyOf, Lazy

#: A full stop ends a sentence only before a space or the end: not in "example.com", "3.5"
#: or after a title ("Mr. Smith").
SENTENCE_END = re.compile(
    r"(?=[.!?。！？\n])"  # tells the engine which characters a match starts with: a faster scan
    r"(?:[.!?]+(?=\s|$)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\b[A-Z]\.)|[。！？\n]+)"
)

#: Full-width letters, digits and the marks of ids and numbers (＠ ＿ － ＋ ．) as their ASCII
#: forms, one character for one, so that offsets stay: "ＱＱ ５５５２０８８１" is a QQ number.
#: Chinese punctuation (，：！？) is left alone: the patterns stop at it.
HALF_WIDTH = {
    **{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},
    **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},
    **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)},
    **{ord(c): ord(c) - 0xFEE0 for c in "＠＿－＋．"},
}

#: "You" in a reported request: 您, 你, and the Wu 侬 and Henan 恁 of agents' chat (侬讲 = 你说).
_YOU = "您你侬恁"

#: The buyer's own words in a reply: a line quoted with ">", and what a reply reports the buyer
#: asked or wrote ("you asked if we can mark it as a gift: sorry, ..."), up to the end of that
#: clause, and the buyer's words quoted after "you wrote:" or 买家说：. The agent did not say
#: them; a reply that goes along with them says so in its own.
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*")
_REPORTED = re.compile(
    r"(?i)(?:\b(?:you|u)\s+(?:wrote|said|asked)|\b(?:your|ur)\s+(?:question|message|request)|(?:买家|買家|客户|客戶|顾客|顧客)"
    r"(?:原话|原話|说|說|问|問|留言|写道|寫道)?)\s*[:：,，]?\s*"
    r"(?P<quote>“[^”\n]*”|\"[^\"\n]*\"|「[^」\n]*」|‘[^’\n]*’|'(?:[^'\n]|'(?=\w))*')"
    r"|(?=[yut])(?:\b(?:you|u)\s+(?:(?:have\s+)?(?:asked|wrote|written|said|mentioned|requested"
    r"|suggested|wondered|proposed)|(?<!if\syou\s)(?<!if\su\s)"
    r"(?:would\s+prefer|ask\s+(?=(?:to|if|whether|will|can|could|for|about)\b)))"
    r"|\b(?:your|ur)\s+(?:question|request|idea|suggestion)\s+(?:about|of|to|on|regarding|whether|if)"
    r"|\bunderstand\s+(?:that\s+)?(?:you|u)(?:.d|\s+would)\s+(?:like|prefer|rather)"
    r"|\b(?:thanks?|thank\s+you)\s+for\s+(?:asking|the\s+question|your\s+question)\s+(?:about|regarding|on)"
    r")[^,:;.?!\n，。？！：；—]*"
    rf"|(?<![跟和对给向])[{_YOU}](?:之前|刚才|刚刚|上次)?(?:问|说|讲|提到|要求|询问|咨询)(?![的额])"
    r"[:：]?\s*(?:[“\"'‘「][^”\"'’」\n]*[”\"'’」])?"
    r"[^,:;.?!\n，。？！：；—\s]*"  # in Chinese a space ends a clause too
    rf"|(?<![跟和对给向])[{_YOU}](?:提到|说|讲|问)的\s*[“\"'‘「][^”\"'’」\n]*[”\"'’」]"
)

#: One of these is in every reported request (the expression is only run where one is).
_REPORTING = (
    *("ask", "wrote", "written", "said", "mentioned", "requested", "suggested", "wondered"),
    *("proposed", "would prefer", "question", "request", "idea", "understand"),  # "ask": asking
    *("问", "说", "讲", "提到", "要求"),
    *("咨询", "买家", "買家", "客户", "客戶", "顾客", "顧客"),
)

#: A phrase a colleague quotes in a draft only to strike it ("别写‘加微信’", "don't write
#: 'guaranteed'"): the quoted words are not what the reply says.
_STRUCK = re.compile(
    r"(?i)(?:(?:别|不要|不能|勿|千万别|甭)(?:写|说|提|用|加|发|讲)|\b(?:don.?t|do\s+not|never|avoid)"
    r"\s+(?:write|writing|say|saying|use|using|put|putting|promise|promising)\b)\s*[:：]?\s*"
    r"(?P<quote>“[^”\n]*”|\"[^\"\n]*\"|「[^」\n]*」|‘[^’\n]*’|'(?:[^'\n]|'(?=\w))*')"
)
#: One of these is in every struck phrase's lead (the expression is only run where one is).
_STRIKING = ("别", "不要", "不能", "勿", "甭", "don", "do not", "never", "avoid")


def as_read(text: str) -> str:
    """``text`` as the checker and its model read it: full-width characters as plain ones and
    the buyer's own words blanked, one character for one."""
    return buyers_words_blanked(text.translate(HALF_WIDTH))


def buyers_words_blanked(text: str) -> str:
    """``text`` with the buyer's own words in it (quoted lines, reported requests) and the
    phrases a colleague's remark strikes out as blanks, one character for one: offsets hold."""
    if ">" in text:
        text = _QUOTED_LINE.sub(_blank, text)
    lowered = text.lower()  # a few finds cost less than one scan with the expression
    if any(verb in lowered for verb in _REPORTING):
        text = _REPORTED.sub(_blank_reported, text)
    if any(lead in lowered for lead in _STRIKING):
        text = _STRUCK.sub(_blank_struck, text)
    return text


def _blank_struck(match: re.Match[str]) -> str:
    """The struck quote blanked; the words that strike it stay."""
    kept = match.start("quote") - match.start()
    return match.group(0)[:kept] + " " * len(match.group("quote"))


def _blank(match: re.Match[str]) -> str:
    """Blanks for the words, but a template blank in them stays: the agent left it there."""
    words = match.group(0)
    if not _TEMPLATE_BLANK.search(words):
        return " " * len(words)
    kept, at = [], 0
    for blank in _TEMPLATE_BLANK.finditer(words):
        kept += [" " * (blank.start() - at), blank.group(0)]
        at = blank.end()
    return "".join([*kept, " " * (len(words) - at)])


#: What may be a template blank inside the buyer's words ("your question about the {product}").
_TEMPLATE_BLANK = re.compile(
    r"\{[^{}\n]{1,30}\}|\[[^\[\]\n]{1,30}\]|【[^】\n]{1,12}】|[*×＊_]{2,}|(?<![A-Za-z])XX+(?![A-Za-z])"
)


#: What a reported request starts after: the start of a clause, not a noun it tells of ("the
#: item you asked about costs ...") nor "as you asked" (the agent going along with it).
_CLAUSE_START = re.compile(
    r"(?i)(?:^|[,:;.!?\n—(（，。！？：；]|\b(?:and|but|so|since|because|that|know|also|once|if|when"
    r"|see|noticed|understand|read|dear|hi|hello|hey|ok|okay))"
    r"\s*$"
)


def _blank_reported(match: re.Match[str]) -> str:
    """The buyer's words blanked: all of a quote ("your question 'can you ...'"), and a reported
    request where a clause starts (not "the size you asked about")."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    if match.group("quote") or match.group(0)[:1] in _YOU or _CLAUSE_START.search(before):
        return _blank(match)
    return match.group(0)


#: The anchor of patterns that start with a number: where a digit or "(" follows a character
#: that is not a letter, digit or underscore (or starts the text).
NUMBER = "<number>"
_NUMBER_STARTS = re.compile(r"[(\d](?<!\w[(\d])")  # the class first: a faster scan
#: A needed string that must start a word: ``\\bcom`` in a pattern's ``(?#needs:...)``.
WORD_START = "\\b"


class _WordMarks(dict[int, str]):
    """For ``str.translate``: a word character (a letter, digit or underscore, as ``\\w``
    reads it) to "w", any other to a blank; each character worked out once, then looked up."""

    def __missing__(self, code: int) -> str:
        mark = self[code] = "w" if chr(code).isalnum() or code == ord("_") else " "
        return mark


_MARKS = _WordMarks()


def unbounded(word: str) -> str:
    """A needed string without its word-start mark."""
    return word[len(WORD_START) :] if word.startswith(WORD_START) else word


class Text:
    def __init__(self, text: str, automaton: ahocorasick.Automaton | None) -> None:
        self.text = text
        self.lowered = text.lower()
        self.same = len(self.lowered) == len(text)
        """Offsets in the lower-case form are offsets in the text (not so after "İ")."""
        # every find, in the order of where it ends: (end, (word, its start's offset))
        found = list(automaton.iter(self.lowered)) if automaton is not None else []
        at: dict[str, list[int]] = {}
        for end, (word, back) in found:
            held = at.get(word)
            if held is None:
                at[word] = [end + back]
            else:
                held.append(end + back)
        self._at = at
        self._found = found
        self._ends: list[int] | None = None  # worked out for the first sentence test
        self._finds: list[tuple[int, str]] = []
        self._marks: str | None = None
        self._lazy: dict[str, list[int]] = {}
        self._stops: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._tested: dict[tuple[int, int, int], bool] = {}
        self._shared: dict[Any, Any] = {}  # starts and windows, by the words they are for

    @property
    def present(self) -> dict[str, list[int]]:
        """The words found (``word in text.present``), with where each starts."""
        return self._at

    def has(self, word: str) -> bool:
        return word in self._at or (len(word) == 1 and word in self.lowered)

    def holds(self, parts: tuple[tuple[str, ...], ...]) -> bool:
        """Whether the text holds one string of each of ``parts``, all of them words the
        automaton finds (a look-up each: ``in`` on the text scanned it, which cost more than
        the patterns it spared)."""
        found = self._at
        for part in parts:
            for string in part:
                if string in found:
                    break
            else:
                return False
        return True

    def positions(self, word: str) -> list[int]:
        found = self._at.get(word) or self._lazy.get(word)
        if found is None and word == NUMBER:
            found = self._lazy[word] = [m.start() for m in _NUMBER_STARTS.finditer(self.text)]
        if found is None:  # a single common character, not in the automaton
            found = []
            if len(word) == 1:
                at = self.lowered.find(word)
                while at >= 0:
                    found.append(at)
                    at = self.lowered.find(word, at + 1)
            self._lazy[word] = found
        return found

    def word_starts(self, word: str) -> list[int]:
        """Where ``word`` occurs at the start of a word (not after a letter, digit or _)."""
        key = "\\b" + word
        found = self._lazy.get(key)
        if found is None:
            marks = self._marks
            if marks is None:
                marks = self._marks = self.lowered.translate(_MARKS)
            found = [p for p in self.positions(word) if not p or marks[p - 1] == " "]
            self._lazy[key] = found
        return found

    def matches(
        self,
        pattern: Lazy,
        words: tuple[str, ...] | None,
        needs: tuple[str, ...],
        bounded: bool = False,
        gate: tuple[Lazy, tuple[str, ...]] | None = None,
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches. With anchors (words every match starts with), the pattern
        is only tried where one of them occurs; without, it is searched for in the sentences
        holding a string it needs and the sentence before each (a match does not run on
        over two sentence ends)."""
        if not self.same:
            yield from pattern.finditer(self.text)
            return
        if words is None:
            if gate is not None:
                windows = self._gated(*gate)
            elif needs:
                windows = self._windows(needs)
            else:
                windows = [(0, len(self.text))]
            compiled = pattern.compiled
            for left, right in windows:
                yield from compiled.finditer(self.text, left, right)
            return
        starts = self._starts_of(words, bounded)
        if needs and len(starts) > 8 and not set(needs) <= set(words):
            starts = self._inside(starts, self._windows(needs))
        if not starts:
            return  # not compiled: none of its words is in the text
        match, text = pattern.compiled.match, self.text
        for start in starts:
            found = match(text, start)
            if found is not None:
                yield found

    def _starts_of(self, words: tuple[str, ...], bounded: bool) -> list[int]:
        """Where one of ``words`` occurs (at a word start when ``bounded``), ascending;
        answered once per text (patterns share their words)."""
        key = (words, bounded)
        found = self._shared.get(key)
        if found is None:
            at = self.word_starts if bounded else self.positions
            if len(words) == 1:
                found = at(words[0])
            else:  # most words are not in the text: a longer word not found is nowhere
                present = self._at
                held = [w for w in words if w in present or len(w) == 1 or w == NUMBER]
                found = sorted({p for w in held for p in at(w)})
            self._shared[key] = found
        return found

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence holding ``text[start:end]`` begins and ends (its stop left
        out)."""
        stops = self._sentence_stops()
        at = bisect.bisect_right(stops, (start, start))
        left = stops[at - 1][1] if at and stops[at - 1][1] <= start else 0
        for begin, _ in stops[at:]:
            if begin >= end:
                return left, begin
        return left, len(self.text)

    def sentences(self) -> list[tuple[int, int]]:
        """Where each sentence with words in it begins and ends (its stop kept, the blanks
        around it left out)."""
        starts = [*self._sentence_starts(), len(self.text)]
        spans = []
        for left, right in itertools.pairwise(starts):
            piece = self.text[left:right]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((left + lead, left + len(piece.rstrip())))
        return spans or [(0, len(self.text))]

    def test(self, sentence_test: AnyOf, left: int, right: int) -> bool:
        """Whether ``sentence_test`` finds something in ``text[left:right]``, answered once."""
        key = (id(sentence_test), left, right)
        known = self._tested.get(key)
        if known is None:
            if self.same:
                known = sentence_test.search_among(
                    self.text[left:right], self.lowered[left:right], self._between(left, right)
                )
            else:
                known = sentence_test.search(self.text[left:right])
            self._tested[key] = known
        return known

    def _between(self, left: int, right: int) -> set[str]:
        """The automaton's words lying wholly in ``[left, right)``."""
        ends = self._ends
        if ends is None:
            ends = self._ends = [end for end, _ in self._found]
            self._finds = [(end + back, word) for end, (word, back) in self._found]
        finds = self._finds[bisect.bisect_left(ends, left) : bisect.bisect_left(ends, right)]
        return {word for start, word in finds if start >= left}

    def _sentence_starts(self) -> list[int]:
        """Where each sentence begins: the text's start, then after each stop."""
        if self._starts is None:
            self._starts = [0, *(end for _, end in self._sentence_stops())]
        return self._starts

    def _sentence_stops(self) -> list[tuple[int, int]]:
        if self._stops is None:
            self._stops = [m.span() for m in SENTENCE_END.finditer(self.text)]
        return self._stops

    @staticmethod
    def _inside(starts: list[int], windows: list[tuple[int, int]]) -> list[int]:
        """The ``starts`` (ascending) that lie in one of ``windows`` (ascending)."""
        kept: list[int] = []
        for left, right in windows:
            kept += starts[bisect.bisect_left(starts, left) : bisect.bisect_left(starts, right)]
        return kept

    def _gated(self, gate: Lazy, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """The runs of sentences where ``gate`` matches (tried where its ``words`` start)."""
        match, text = gate.compiled.match, self.text
        found = (match(text, p) for p in sorted({p for w in words for p in self.positions(w)}))
        return self._around([m.span() for m in found if m is not None])

    def _windows(self, needs: tuple[str, ...]) -> list[tuple[int, int]]:
        """The runs of sentences (each with its stop) that hold one of ``needs``, each with
        the sentence before it."""
        known: list[tuple[int, int]] | None = self._shared.get(needs)
        if known is not None:
            return known
        spans = []
        for need in needs:
            word = unbounded(need)
            for p in self.word_starts(word) if need != word else self._at.get(word, ()):
                spans.append((p, p + len(word)))
        self._shared[needs] = windows = self._around(spans)
        return windows

    def _around(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The runs of sentences holding ``spans``, each with the sentence before it."""
        starts = self._sentence_starts()
        held: set[int] = set()
        for begin, end in spans:
            # the sentence before too: "shop . com" has a stop in the middle
            first = max(0, bisect.bisect_right(starts, begin) - 2)
            last = bisect.bisect_right(starts, max(begin, end - 1)) - 1
            held.update(range(first, last + 1))
        windows: list[tuple[int, int]] = []
        for i in sorted(held):
            left = starts[i]
            right = starts[i + 1] if i + 1 < len(starts) else len(self.text)
            if windows and windows[-1][1] == left:
                windows[-1] = (windows[-1][0], right)
            else:
                windows.append((left, right))
        return windows
