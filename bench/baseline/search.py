"""Phrasebook search over three FTS5 indexes.

* ``fts_en``: English, porter-stemmed (ship / shipped / shipping), prefix matching as you type.
* ``fts_tri``: trigram index over every text, for Chinese runs of 3+ characters and substrings.
* ``fts_cjk``: every Han character and every adjacent pair as a token, for 1-2 character
  Chinese queries, which trigram cannot answer. Its match only picks candidates; the final test
  is ``LIKE`` on the base table (never on an FTS table: SQLite 3.40 returns nothing there for
  2 CJK characters).

User text never reaches MATCH unquoted. Any string returns results or nothing, never an error.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, replace

from bench.baseline.text import QueryTerms, fts_quote, split_query

#: Column weights for bm25: titles and tags count more than bodies and examples.
_EN_RANK = "bm25(fts_en, 6.0, 2.0, 4.0, 1.0)"
_TRI_RANK = "bm25(fts_tri, 4.0, 1.0)"
_CJK_RANK = "bm25(fts_cjk, 4.0, 1.0)"
#: FTS5's bm25 counts every row holding each phrase before it ranks any, so a ranked query
#: costs time in proportion to all its matches (~50 ms for a word in 70,000 of 100,000
#: replies), whatever the LIMIT. Queries with at most _EXACT_MAX matches are ranked exactly by
#: bm25; more common ones by tier: title and tag matches first, then the rest, newest first,
#: with favourites and usage applied on top (see :func:`boost`). At that frequency a term's
#: IDF is near zero and bm25 mostly orders by text length anyway.
_EXACT_MAX = 2000
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
    verify_like: tuple[str, ...] = ()
    title_cols: str = ""


def _parts(terms: QueryTerms) -> list[_Part]:
    parts: list[_Part] = []
    words = [w for w in terms.words if w not in _STOP] or list(terms.words)
    if words:
        # Finished words match by stem. A short word still being typed also matches longer
        # words (the prefix index covers 2-4 characters); a longer one that matches no stem
        # ("shipp", "delive") is found by the substring fallback.
        exprs = [
            f"({fts_quote(w)} OR {fts_quote(w)}*)"
            if w == terms.typing and 2 <= len(w) <= _PREFIX_MAX
            else fts_quote(w)
            for w in words
        ]
        parts.append(_Part("fts_en", _EN_RANK, " AND ".join(exprs), title_cols="title_en tags"))
    long_runs = [run for run in terms.cjk if len(run) >= _MIN_TRIGRAM]
    short_runs = [run for run in terms.cjk if len(run) < _MIN_TRIGRAM]
    if long_runs:
        expr = " AND ".join(fts_quote(r) for r in long_runs)
        parts.append(_Part("fts_tri", _TRI_RANK, expr, title_cols="title"))
    if short_runs:
        expr = " AND ".join(fts_quote(run) for run in short_runs)
        parts.append(_Part("fts_cjk", _CJK_RANK, expr, tuple(short_runs), title_cols="title"))
    return parts


def _run(
    conn: sqlite3.Connection, part: _Part, pool: int, exact_max: int = _EXACT_MAX
) -> dict[int, float]:
    """The ``pool`` best matches of one index with their scores (lower is better)."""
    table = part.table
    try:
        newest = [
            int(r[0])
            for r in conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
                (part.expr, exact_max + 1),
            )
        ]
        if len(newest) <= exact_max:
            sql = (
                f"SELECT rowid, {part.rank} AS score FROM {table} WHERE {table} MATCH ? "
                "ORDER BY score LIMIT ?"
            )
            best = {int(n): float(sc) for n, sc in conn.execute(sql, (part.expr, pool))}
        else:
            titled = conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
                (f"{{{part.title_cols}}} : ({part.expr})", pool),
            )
            best = {int(r[0]): -2.0 for r in titled}
            for n in newest[:pool]:
                best.setdefault(n, -1.0)
    except sqlite3.OperationalError:
        return {}
    if part.verify_like and best:
        best = _verify(conn, best, part.verify_like)
    return best


def _verify(
    conn: sqlite3.Connection, hits: dict[int, float], runs: tuple[str, ...]
) -> dict[int, float]:
    """Keep the candidates whose Chinese text really contains every run (LIKE on the base table)."""
    placeholders = ",".join("?" * len(hits))
    conds = " AND ".join(
        "(title_zh LIKE ? ESCAPE '\\' OR zh LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\')"
        for _ in runs
    )
    args: list[object] = list(hits)
    for run in runs:
        pattern = "%" + run.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        args += [pattern, pattern, pattern]
    sql = f"SELECT n FROM entries WHERE n IN ({placeholders}) AND {conds}"
    keep = {int(row[0]) for row in conn.execute(sql, args)}
    return {n: s for n, s in hits.items() if n in keep}


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


def candidates(conn: sqlite3.Connection, text: str, limit: int) -> list[tuple[int, float]]:
    """Rowids of entries matching ``text`` with their bm25 score (lower is better), best first."""
    terms = split_query(text)
    if terms.empty or limit <= 0:
        return []
    parts = _parts(terms)
    pool = max(_POOL, limit * 3)
    if len(parts) == 1:
        scores = _run(conn, parts[0], pool)
        if len(scores) < limit and parts[0].table == "fts_en":
            # Too few replies hold every word: add a long word still being typed as a prefix,
            # then replies holding any word, then substrings, each list after the previous one
            # and keeping its own order.
            fallbacks = (
                _long_prefix(conn, parts[0], terms, pool),
                _any_word(conn, parts[0], pool),
                _substring_fallback(conn, terms, pool),
            )
            for extra in fallbacks:
                worst = max(scores.values(), default=0.0)
                for n, s in extra.items():
                    scores.setdefault(n, worst + 1.0 + s / 100.0)
    else:
        per_part = [_run(conn, p, _INTERSECT_POOL, _INTERSECT_POOL) for p in parts]
        # Tiered scores are not bm25 scores; the sum still orders title matches first.
        common = set.intersection(*(set(p) for p in per_part))
        scores = {n: sum(p[n] for p in per_part) for n in common}
    return sorted(scores.items(), key=lambda kv: kv[1])


def boost(score: float, favorite: bool, uses: int) -> float:
    """Lift favourites and often-used replies; bm25 scores are negative, lower is better."""
    factor = 1.0 + (0.5 if favorite else 0.0) + 0.15 * math.log1p(max(uses, 0))
    return score * factor if score < 0 else score / factor
