"""How an entry is stored in a row of the ``entries`` table, and back.

The content and state column lists, the conversions between :class:`Entry` and its row (lists
stored as JSON text), the insert statement for new entries, and fresh ids for user replies.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.core.library.entry import LIST_FIELDS, Entry
from desktop.core.library.indexing import Statement

#: The stored content of an entry, in column order; lists are stored as JSON text.
CONTENT_KEYS = (
    "scenario",
    "tone",
    "title_en",
    "title_zh",
    "en",
    "zh",
    "tags",
    "examples",
    "countries",
    "platforms",
)
_LIST_KEYS = LIST_FIELDS
STATE_KEYS = ("builtin", "edited", "favorite", "uses", "last_used")
ENTRY_COLUMNS = ", ".join(("id", *CONTENT_KEYS, *STATE_KEYS))
#: Where the state columns start in a row of ``ENTRY_COLUMNS``.
_STATE = 1 + len(CONTENT_KEYS)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def from_content(entry_id: str, content: dict[str, Any], **state: Any) -> Entry:
    """An entry from its stored content columns (the inverse of :func:`content_values`)."""
    fields: dict[str, Any] = {
        k: (() if v == "[]" else tuple(json.loads(v))) if k in _LIST_KEYS else v
        for k, v in content.items()
    }
    return Entry(id=entry_id, **fields, **state)


#: Positions of the list columns in a row of ``ENTRY_COLUMNS``.
_LIST_AT = frozenset(1 + CONTENT_KEYS.index(k) for k in _LIST_KEYS)


def row_to_entry(row: Sequence[Any]) -> Entry:
    """An entry from a row of ``ENTRY_COLUMNS`` (id, the content columns, then state).
    A search reads 50 of these per keystroke, hence no intermediate dict."""
    content: dict[str, Any] = {
        key: (() if row[i] == "[]" else tuple(json.loads(row[i]))) if i in _LIST_AT else row[i]
        for i, key in enumerate(CONTENT_KEYS, start=1)
    }
    return Entry(
        row[0],
        **content,
        builtin=bool(row[_STATE]),
        edited=bool(row[_STATE + 1]),
        favorite=bool(row[_STATE + 2]),
        uses=int(row[_STATE + 3]),
        last_used=row[_STATE + 4],
    )


def content_values(e: Entry) -> dict[str, Any]:
    """An entry's content as stored: the :data:`CONTENT_KEYS` columns, lists as JSON."""
    return {k: _stored(getattr(e, k)) if k in _LIST_KEYS else getattr(e, k) for k in CONTENT_KEYS}


def _stored(items: tuple[str, ...]) -> str:
    """A list column as stored (most are empty: no JSON encoder for those)."""
    return json.dumps(list(items), ensure_ascii=False) if items else "[]"


def entry_statement(rows: Sequence[tuple[int, Entry]], now: str) -> Statement:
    """The insert of new entries (rowid, entry) into the entries table."""
    params = [
        (
            n,
            e.id,
            *content_values(e).values(),
            int(e.builtin),
            int(e.edited),
            int(e.favorite),
            e.uses,
            e.last_used,
            now,
            now,
        )
        for n, e in rows
    ]
    cols = ", ".join(("n", "id", *CONTENT_KEYS, *STATE_KEYS, "created", "updated"))
    marks = ", ".join("?" * (len(CONTENT_KEYS) + len(STATE_KEYS) + 4))
    return f"INSERT INTO entries ({cols}) VALUES ({marks})", params


def same_content(a: Entry, b: Entry) -> bool:
    return content_values(a) == content_values(b)


def new_user_id() -> str:
    """A fresh id for a user reply."""
    return "my-" + secrets.token_hex(5)
