"""Phrasebook search over three FTS5 indexes.

* ``fts_en``: English, porter-stemmed (ship / shipped / shipping), prefix matching as you type.
* ``fts_tri``: trigram index over every text, for Chinese runs of 3+ characters and substrings.
* ``fts_cjk``: one token per Han character, for 1-2 character Chinese queries, which trigram
  cannot answer. Its phrase match only picks candidates; the final test is ``LIKE`` on the base
  table (never on an FTS table: SQLite 3.40 returns nothing there for 2 CJK characters).

User text never reaches MATCH unquoted. Any string returns results or nothing, never an error.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from desktop.core.text import QueryTerms, fts_quote, split_query

#: Column weights for bm25: titles and tags count more than bodies and examples.
_EN_RANK = "bm25(fts_en, 6.0, 2.0, 4.0, 1.0)"
_TRI_RANK = "bm25(fts_tri, 4.0, 1.0)"
_CJK_RANK = "bm25(fts_cjk, 4.0, 1.0)"
#: How many candidates an index hands on for re-ranking by favourites and usage.
_POOL = 200
#: Per-part cap when several indexes must agree (mixed English and Chinese).
_INTERSECT_POOL = 5000
_MIN_TRIGRAM = 3


@dataclass(frozen=True)
class _Part:
    table: str
    rank: str
    expr: str
    verify_like: tuple[str, ...] = ()


def _parts(terms: QueryTerms) -> list[_Part]:
    parts: list[_Part] = []
    if terms.words:
        # Each word matches its stem or, as the user is still typing it, a longer word.
        exprs = [
            f"({fts_quote(w)} OR {fts_quote(w)}*)" if len(w) >= 2 else fts_quote(w)
            for w in terms.words
        ]
        parts.append(_Part("fts_en", _EN_RANK, " AND ".join(exprs)))
    long_runs = [run for run in terms.cjk if len(run) >= _MIN_TRIGRAM]
    short_runs = [run for run in terms.cjk if len(run) < _MIN_TRIGRAM]
    if long_runs:
        parts.append(_Part("fts_tri", _TRI_RANK, " AND ".join(fts_quote(r) for r in long_runs)))
    if short_runs:
        expr = " AND ".join(fts_quote(" ".join(run)) for run in short_runs)
        parts.append(_Part("fts_cjk", _CJK_RANK, expr, tuple(short_runs)))
    return parts


def _run(conn: sqlite3.Connection, part: _Part, pool: int) -> dict[int, float]:
    sql = (
        f"SELECT rowid, {part.rank} AS score FROM {part.table} "
        f"WHERE {part.table} MATCH ? ORDER BY score LIMIT ?"
    )
    try:
        hits = {int(n): float(s) for n, s in conn.execute(sql, (part.expr, pool))}
    except sqlite3.OperationalError:
        return {}
    if part.verify_like and hits:
        hits = _verify(conn, hits, part.verify_like)
    return hits


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
            # Stemmed matches first, then substrings, each list keeping its own order.
            worst = min(0.0, *scores.values()) if scores else 0.0
            for n, s in _substring_fallback(conn, terms, pool).items():
                scores.setdefault(n, worst + 1.0 + s / 100.0)
    else:
        per_part = [_run(conn, p, _INTERSECT_POOL) for p in parts]
        common = set.intersection(*(set(p) for p in per_part))
        scores = {n: sum(p[n] for p in per_part) for n in common}
    return sorted(scores.items(), key=lambda kv: kv[1])


def boost(score: float, favorite: bool, uses: int) -> float:
    """Lift favourites and often-used replies; bm25 scores are negative, lower is better."""
    factor = 1.0 + (0.5 if favorite else 0.0) + 0.15 * math.log1p(max(uses, 0))
    return score * factor if score < 0 else score / factor
