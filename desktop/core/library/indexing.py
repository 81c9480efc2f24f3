"""The rows the four search indexes hold for a batch of entries.

A 100k-reply import spends about half its time making these rows (character pairs, pinyin,
joins) and half in SQLite. Preparing them on a helper thread while SQLite writes was measured
twice and gained nothing: each row's parameters need the GIL, and waiting for it cost what the
overlap saved.

The trigram index holds English titles and tags only, for substrings: English words are
served by the stemmed index, and trigrams over English bodies were the largest single cost of
an import (~17 s of 100k rows). The pinyin index also reads the Chinese name of the reply's
scenario (scenarios.toml); Chinese names and agents' phrases of a scenario are matched in
memory (search.scene_tiers).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from desktop.core.library.entry import Entry
from desktop.core.library.scenarios import scenarios
from desktop.core.paths import resource
from desktop.core.search import pinyin
from desktop.core.search.text import cjk_grams

#: One statement and the parameter rows it is run with.
Statement = tuple[str, list[tuple[Any, ...]]]


def index_statements(rows: Sequence[tuple[int, Entry]]) -> list[Statement]:
    """The inserts that add entries (rowid, entry) to the four search indexes."""
    named = scenarios()
    readings = (
        (n, pinyin.index_text((sc.zh if (sc := named.get(e.scenario)) else "",), e.tags))
        for n, e in rows
    )
    return [
        (
            "INSERT INTO fts_en(rowid, title_en, en, tags, examples) VALUES (?, ?, ?, ?, ?)",
            [(n, e.title_en, e.en, " ".join(e.tags), "\n".join(e.examples)) for n, e in rows],
        ),
        (
            "INSERT INTO fts_tri(rowid, title, body) VALUES (?, ?, ?)",
            [(n, e.title_en, " ".join(e.tags)) for n, e in rows],
        ),
        (
            "INSERT INTO fts_cjk(rowid, title, body) VALUES (?, ?, ?)",
            [(n, cjk_grams(e.title_zh, *e.tags), cjk_grams(e.zh)) for n, e in rows],
        ),
        (
            "INSERT INTO fts_py(rowid, py, syn) VALUES (?, ?, ?)",
            [(n, py, syn) for n, (py, syn) in readings if py],
        ),
    ]


#: Indexes that keep no copy of their text: a row leaves them by the ``delete`` command with
#: the very values it was indexed with (see :func:`delete_statements`).
CONTENTLESS = ("fts_en", "fts_tri", "fts_cjk")
#: A sample reply: a unit test pins the contentless indexes' rows for it, so a change to how
#: they are made (character pairs, joins) cannot ship without a new INDEX_VERSION, and a
#: ``delete`` never meets values other than those indexed.
CANARY = Entry(
    id="canary",
    scenario="shipping.delay",
    en="Your parcel is on its way; tracking updates soon.",
    zh="您的包裹已在路上，物流信息很快更新。",
    title_en="Parcel on its way",
    title_zh="包裹在途",
    tags=("物流", "tracking", "包邮"),
    examples=("where is my package",),
)


def canary_hash() -> str:
    """A short hash of the contentless indexes' rows for :data:`CANARY`."""
    rows = [s for s in index_statements([(1, CANARY)]) if _table(s[0]) in CONTENTLESS]
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:16]


def data_fingerprint() -> str:
    """A hash of the shipped files the pinyin index reads (synonyms, Chinese words, scenario
    names), without parsing them: when they change, the library re-indexes once."""
    digest = hashlib.sha256()
    for parts in (
        ("data", "search", "synonyms.toml"),
        ("data", "search", "chinese.toml"),
        ("data", "scenarios.toml"),
    ):
        digest.update(resource(*parts).read_bytes())
    return digest.hexdigest()[:16]


def _table(insert: str) -> str:
    """The table an ``INSERT INTO table(...)`` of :func:`index_statements` writes to."""
    return insert.split()[2].split("(")[0]


def delete_statements(rows: Sequence[tuple[int, Entry]]) -> list[Statement]:
    """The statements that take entries (rowid, entry as indexed) out of the four indexes."""
    out: list[Statement] = []
    for sql, params in index_statements(rows):
        table = _table(sql)
        if table in CONTENTLESS:
            columns = sql[sql.index("(") + 1 : sql.index(")")]
            marks = ", ".join("?" * (columns.count(",") + 1))
            out.append(
                (f"INSERT INTO {table}({table}, {columns}) VALUES ('delete', {marks})", params)
            )
        else:
            out.append((f"DELETE FROM {table} WHERE rowid = ?", [(n,) for n, _ in rows]))
    return out
