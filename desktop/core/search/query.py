"""Phrasebook search over three FTS5 indexes.

* ``fts_en``: English, porter-stemmed (ship / shipped / shipping), prefix matching as you type.
* ``fts_tri``: trigram index over English titles and all tags, for substrings of words the
  stemmer cannot complete ("ckin", "shipp").
* ``fts_cjk``: every Han character and every adjacent pair as a token (titles and Chinese
  search phrases in one column, the Chinese reply in the other). Chinese queries are read as
  words (:mod:`desktop.core.search.chinese`), each word with its synonyms; a reply holding
  every word comes first, then replies holding most of them, so natural Chinese
  ("能不能便宜一点") finds replies whenever one of its words is in the library.
* ``fts_py``: the pinyin of titles and search phrases (:mod:`desktop.core.search.pinyin`); a plain
  ASCII query is tried as English first and as pinyin alongside.

Each hit carries how many of the query's words it lacks; the library ranks by that first.
User text never reaches MATCH unquoted. Any string returns results or nothing, never an error.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import combinations

from desktop.core.library.content import buyer_examples
from desktop.core.library.scenarios import scenarios
from desktop.core.search import pinyin
from desktop.core.search.chinese import concepts, is_known, to_simplified
from desktop.core.search.lexicon import lexicon
from desktop.core.search.text import QueryTerms, char_pairs, fts_quote, has_cjk, split_query

#: Column weights for bm25: titles and tags count more than bodies and examples.
_EN_RANK = "bm25(fts_en, 6.0, 2.0, 4.0, 1.0)"
_TRI_RANK = "bm25(fts_tri, 4.0, 1.0)"
_CJK_RANK = "bm25(fts_cjk, 4.0, 1.0)"
_PY_RANK = "bm25(fts_py, 4.0, 1.0)"
#: At most this many Chinese words of a query take part in the coverage search, each with at
#: most this many alternatives (itself and its first synonyms: every alternative is a phrase
#: the index must read, ~1 ms each at 100k replies).
_MAX_CONCEPTS = 5
_MAX_ALTERNATIVES = 4
#: A hit: rowid, score, and its tier (how much of the query it lacks, or which fallback found
#: it); the library ranks by tier first.
Hit = tuple[int, float, float]
#: How much a Chinese query word counts when a reply lacks it: a word of the vocabulary more
#: than a character pair read from a stretch the vocabulary does not know.
_KNOWN_WEIGHT, _PAIR_WEIGHT = 1.0, 0.6
#: A scenario named by the query (its name or agents' phrases) counts like a synonym match,
#: and only when at most this many scenarios share the best match.
_SCENE_EXTRA, _SCENE_MAX = 1.0, 4
#: FTS5's bm25 counts every row holding each phrase before it ranks any, so a ranked query
#: costs time in proportion to all its matches (~50 ms for a word in 70,000 of 100,000
#: replies), whatever the LIMIT. Queries with at most _EXACT_MAX matches are ranked exactly by
#: bm25; more common ones by tier: title and tag matches first, then the rest, newest first,
#: with favourites and usage applied on top (see :func:`boost`). At that frequency a term's
#: IDF is near zero and bm25 mostly orders by text length anyway.
#: Measured at 100k replies: 2,000 let "kett" (1,965 matches) take 13 ms; 800 takes 5.
_EXACT_MAX = 800
#: Chinese words are phrases of character pairs, whose bm25 costs several times a word's:
#: ranked exactly up to this many matches (measured: 1,872 matches of 确认收货 took ~10 ms).
_PHRASE_EXACT_MAX = 400
#: English words that carry no search signal in a multi-word query.
_STOP = frozenset(
    "a an the is are am to of for in on at it i me my you your we our do does".split()
)
_MIN_TRIGRAM = 3
_PREFIX_MAX = 4
#: How many candidates an index hands on for re-ranking by favourites and usage.
_POOL = 200
#: Candidates per index when several must agree (mixed English and Chinese).
_INTERSECT_POOL = 3000


@dataclass(frozen=True)
class _Part:
    table: str
    rank: str
    expr: str
    title_cols: str = ""


def _parts(terms: QueryTerms, synonyms: bool = False) -> list[_Part]:
    parts: list[_Part] = []
    words = [w for w in terms.words if w not in _STOP] or list(terms.words)
    if words:
        # Finished words match by stem. A short word still being typed also matches longer
        # words (the prefix index covers 2-4 characters); a longer one that matches no stem
        # ("shipp", "delive") is found by the substring fallback.
        exprs = [
            f"({fts_quote(w)} OR {fts_quote(w)}*)"
            if w == terms.typing and 2 <= len(w) <= _PREFIX_MAX
            else _english_word(w)
            if synonyms
            else fts_quote(w)
            for w in words
        ]
        parts.append(_Part("fts_en", _EN_RANK, " AND ".join(exprs), title_cols="title_en tags"))
    return parts


def _english_word(word: str) -> str:
    """A finished English word with its synonyms (pics: photos, pictures ...)."""
    group = lexicon().en_groups.get(word)
    if not group:
        return fts_quote(word)
    return "(" + " OR ".join(fts_quote(w) for w in group) + ")"


def _concept_expr(alternatives: tuple[str, ...]) -> str:
    """A Chinese word or any of its synonyms, as tokens of ``fts_cjk`` (pairs in a row)."""
    exprs = []
    for word in alternatives:
        pairs = char_pairs(word)
        exprs.append(fts_quote(" ".join(pairs)))
    return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


def _by_coverage(
    conn: sqlite3.Connection, words: list[tuple[str, ...]], pool: int, enough: int
) -> dict[int, tuple[float, float]]:
    """Replies holding all the words first, then those lacking the least, until ``enough`` are
    found. A reply's tier is twice the weight of the words it lacks, plus one when only a
    synonym matched; a word of the vocabulary weighs more than a pair of unknown characters."""
    words = words[:_MAX_CONCEPTS]
    weights = [_KNOWN_WEIGHT if is_known(w[0]) else _PAIR_WEIGHT for w in words]
    typed = [_concept_expr(w[:1]) for w in words]
    expanded = [_concept_expr(w[:_MAX_ALTERNATIVES]) for w in words]
    # A word no reply holds as typed empties every combination it is in: ask once (~0.1 ms)
    # instead of once per combination. (Its synonyms are not asked: an OR costs more.)
    dead = {e for e in typed if not _exists(conn, e)}
    found: dict[int, tuple[float, float]] = {}
    for size in range(len(words), 0, -1):
        combos = sorted(
            combinations(range(len(words)), size),
            key=lambda c: sum(w for i, w in enumerate(weights) if i not in c),
        )
        for combo in combos:
            lacking = sum(w for i, w in enumerate(weights) if i not in combo)
            for exprs, extra in ((typed, 0.0), (expanded, 1.0)):
                # synonyms only for all the words together, or for a word on its own
                partial = 1 < size < len(words)
                if extra and (typed == expanded or len(found) >= enough or partial):
                    continue
                if any(exprs[i] in dead for i in combo):
                    continue
                expr = " AND ".join(exprs[i] for i in combo)
                if extra and expr == " AND ".join(typed[i] for i in combo):
                    continue  # none of these words has synonyms: already asked
                part = _Part("fts_cjk", _CJK_RANK, expr, title_cols="title")
                for n, score in _run(conn, part, pool, _PHRASE_EXACT_MAX).items():
                    found.setdefault(n, (score, 2 * lacking + extra))
        if len(found) >= enough:
            break
    return found


def _exists(conn: sqlite3.Connection, expr: str) -> bool:
    """Whether any reply matches ``expr`` in ``fts_cjk``."""
    try:
        sql = "SELECT 1 FROM fts_cjk WHERE fts_cjk MATCH ? LIMIT 1"
        return conn.execute(sql, (expr,)).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def _pinyin(conn: sqlite3.Connection, text: str, pool: int) -> dict[int, float]:
    """Replies whose Chinese titles or search phrases read as the pinyin typed."""
    expr = pinyin.query_expr(text)
    if expr is None:
        return {}
    return _run(conn, _Part("fts_py", _PY_RANK, expr, title_cols="py"), pool)


def _run(
    conn: sqlite3.Connection, part: _Part, pool: int, exact_max: int = _EXACT_MAX
) -> dict[int, float]:
    """The ``pool`` best matches of one index with their scores (lower is better)."""
    table = part.table
    newest_sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
    try:
        # Counted in rowid order: FTS5 reads a sparse match backwards several times slower.
        rowids = conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", (part.expr, exact_max + 1)
        ).fetchall()
        matches = len(rowids)
        if not matches:
            return {}
        if matches == 1 and part.title_cols:
            # one match needs no ranking, and bm25 would first count every reply holding
            # each of its words (~2 ms for a common one at 100k replies)
            titled = conn.execute(
                f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ?",
                (f"{{{part.title_cols}}} : ({part.expr})", rowids[0][0]),
            )
            best = {int(rowids[0][0]): -2.0 if titled.fetchone() else -1.0}
        elif matches <= exact_max:
            sql = (
                f"SELECT rowid, {part.rank} AS score FROM {table} WHERE {table} MATCH ? "
                "ORDER BY score LIMIT ?"
            )
            best = {int(n): float(sc) for n, sc in conn.execute(sql, (part.expr, pool))}
        else:
            titled = conn.execute(newest_sql, (f"{{{part.title_cols}}} : ({part.expr})", pool))
            best = {int(r[0]): -2.0 for r in titled}
            for (n,) in conn.execute(newest_sql, (part.expr, pool)):
                best.setdefault(int(n), -1.0)
    except sqlite3.OperationalError:
        return {}
    return best


def _long_prefix(
    conn: sqlite3.Connection, part: _Part, terms: QueryTerms, pool: int
) -> dict[int, float]:
    """A word of 5+ letters still being typed ("delive") as a prefix: tried only when its stem
    finds too few replies, since a prefix the index does not cover costs a term-range scan."""
    word = terms.typing
    if len(word) <= _PREFIX_MAX or word in _STOP:
        return {}
    quoted = fts_quote(word)
    expr = part.expr.replace(quoted, quoted + "*")
    return _run(conn, replace(part, expr=expr), pool) if expr != part.expr else {}


def _any_word(conn: sqlite3.Connection, part: _Part, pool: int) -> dict[int, float]:
    """The same words joined with OR, for a natural-language query ("where is my package")."""
    if " AND " not in part.expr:
        return {}
    return _run(conn, replace(part, expr=part.expr.replace(" AND ", " OR ")), pool)


def _substring_fallback(conn: sqlite3.Connection, terms: QueryTerms, pool: int) -> dict[int, float]:
    """Words the stemmer cannot complete ("shipp", "ckin"): trigram substring match."""
    words = [w for w in terms.words if len(w) >= _MIN_TRIGRAM]
    if not words or len(words) != len(terms.words):
        return {}
    expr = " AND ".join(fts_quote(w) for w in words)
    return _run(conn, _Part("fts_tri", _TRI_RANK, expr), pool)


def candidates(conn: sqlite3.Connection, text: str, limit: int) -> list[Hit]:
    """Rowids of entries matching ``text``, each with its score (bm25 or tier, lower is better)
    and the number of the query's words it lacks, best first."""
    if has_cjk(text):
        text = to_simplified(text)
    terms = split_query(text)
    if terms.empty or limit <= 0:
        return []
    pool = max(_POOL, limit * 3)
    parts = _parts(terms)
    words = concepts(" ".join(terms.cjk)) if terms.cjk else []
    if terms.cjk and not words:  # only framing words ("吗"): match them as typed
        words = [(run,) for run in terms.cjk]
    if words and not parts:
        return _ordered(_by_coverage(conn, words, pool, limit))
    if not words:
        return _ordered(_english(conn, parts[0], terms, text, pool, limit))
    # English and Chinese together ("能印logo吗"): replies answering both parts first, then
    # the Chinese part alone, then the English part alone.
    english = _run(conn, parts[0], _INTERSECT_POOL, _INTERSECT_POOL)
    chinese = _by_coverage(conn, words, _INTERSECT_POOL, limit)
    found = {n: (english[n] + s, tier) for n, (s, tier) in chinese.items() if n in english}
    if len(found) < limit:
        chinese_weight = 2 * _KNOWN_WEIGHT * len(words)
        for n, (s, tier) in chinese.items():
            found.setdefault(n, (s, tier + 2 * _KNOWN_WEIGHT))
        for n, s in english.items():
            found.setdefault(n, (s, chinese_weight))
    return _ordered(found)


def _english(
    conn: sqlite3.Connection, part: _Part, terms: QueryTerms, text: str, pool: int, limit: int
) -> dict[int, tuple[float, float]]:
    """Replies holding every word; then, while too few, replies holding every word or a
    synonym of it, pinyin readings of the query, a long word still being typed as a prefix,
    replies holding any word, and substrings."""
    found: dict[int, tuple[float, float]] = {n: (s, 0.0) for n, s in _run(conn, part, pool).items()}
    if len(found) >= limit:
        return found
    expanded = _parts(terms, synonyms=True)[0]
    if expanded.expr != part.expr:
        for n, s in _run(conn, expanded, pool).items():
            found.setdefault(n, (s, 1.0))
    for n, s in _pinyin(conn, text, pool).items():
        found.setdefault(n, (s, 1.5))
    fallbacks = (
        _long_prefix(conn, part, terms, pool),
        _any_word(conn, part, pool),
        _substring_fallback(conn, terms, pool),
    )
    for tier, extra in enumerate(fallbacks, start=2):
        if len(found) >= limit:
            break
        for n, s in extra.items():
            found.setdefault(n, (s, float(tier)))
    return found


def _ordered(found: dict[int, tuple[float, float]]) -> list[Hit]:
    return sorted(((n, s, m) for n, (s, m) in found.items()), key=lambda h: (h[2], h[1]))


def boost(score: float, favorite: bool, uses: int) -> float:
    """Lift favourites and often-used replies; bm25 scores are negative, lower is better."""
    factor = 1.0 + (0.5 if favorite else 0.0) + 0.15 * math.log1p(max(uses, 0))
    return score * factor if score < 0 else score / factor


def highlight_terms(text: str) -> list[str]:
    """What to mark in a result row for the query ``text``: its English words (a stem-length
    prefix, so "shipping" marks "shipped") and its Chinese words with their synonyms."""
    if has_cjk(text):
        text = to_simplified(text)
    terms = split_query(text)
    found: list[str] = []
    for word in terms.words:
        if word in _STOP and len(terms.words) > 1:
            continue
        found.append(word if len(word) <= 4 else word[: max(4, len(word) - 3)])
    if terms.cjk:
        for alternatives in concepts(" ".join(terms.cjk)) or [(r,) for r in terms.cjk]:
            found.extend(alternatives)
    return list(dict.fromkeys(t for t in found if t))


@cache
def _scene_texts() -> dict[str, str]:
    """Each scenario's Chinese name and the phrases agents type for it (data/examples/zh)."""
    phrases = buyer_examples().get("zh", {})
    return {
        sid: to_simplified(" ".join((sc.zh, *phrases.get(sid, ()))))
        for sid, sc in scenarios().items()
    }


@lru_cache(maxsize=4096)
def _scenes_holding(word: str) -> frozenset[str]:
    """The scenarios whose name or agents' phrases hold ``word``."""
    return frozenset(sid for sid, body in _scene_texts().items() if word in body)


def scene_tiers(text: str) -> dict[str, float]:
    """Scenarios whose name or agents' phrases hold the Chinese words of ``text``, each with a
    tier as :func:`_by_coverage` gives replies: "买家催单" finds shipping.dispatch_time even when
    no reply says 催单."""
    if not has_cjk(text):
        return {}
    words = concepts(to_simplified(text))[:_MAX_CONCEPTS]
    if not words:
        return {}
    weights = [_KNOWN_WEIGHT if is_known(w[0]) else _PAIR_WEIGHT for w in words]
    holding = [
        (_scenes_holding(w[0]), frozenset().union(*map(_scenes_holding, w[1:]))) for w in words
    ]
    found: dict[str, float] = {}
    for sid in sorted(frozenset().union(*(typed | other for typed, other in holding))):
        lacking = extra = 0.0
        for (typed, other), weight in zip(holding, weights, strict=True):
            if sid in typed:
                continue
            if sid in other:
                extra = 1.0
            else:
                lacking += weight
        # a situation named by the query ranks like a synonym match: after replies that hold
        # the words themselves
        found[sid] = 2 * lacking + max(extra, _SCENE_EXTRA)
    best = min(found.values(), default=0.0)
    if sum(1 for tier in found.values() if tier == best) > _SCENE_MAX:
        return {}  # a word many situations share names none of them
    return found
