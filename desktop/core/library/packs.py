"""Reply packs: CSV (Excel-friendly) and JSON import and export.

Import is all or nothing: every row is parsed and validated first and any error rejects the
whole file, so a bad file never changes the library. CSV is read as UTF-8 (with or without a
BOM) and then as GB18030, the superset of the GBK that Chinese Excel writes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.core.library import Library, new_user_id
from desktop.core.library.entry import LIST_FIELDS, Entry, EntryError, validate_entry
from desktop.core.search.text import clean

CSV_FIELDS = ("id", "scenario", "title_en", "title_zh", "en", "zh", *LIST_FIELDS)
REQUIRED = ("scenario", "en", "zh")
PACK_FORMAT = "borderdesk-pack"
PACK_VERSION = 1
MAX_PACK_BYTES = 200 * 1024 * 1024
#: The most replies one file may hold (a whole team's library is a few thousand).
MAX_PACK_ROWS = 100_000
#: How deep a JSON pack may nest (a pack is three levels deep).
MAX_JSON_DEPTH = 8
#: What to do with a reply whose id is taken by a different reply.
POLICIES = ("keep_both", "skip", "overwrite")
#: A cell Excel would run as a formula; escaped with a leading ' on export.
_FORMULA_RE = re.compile(r"^'*[=+\-@\t\r]")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class PackError(ValueError):
    """A pack was rejected; ``problems`` lists each bad row with its line number."""

    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__(message)

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        tail = f"; and {more} more" if more > 0 else ""
        return f"{head}: " + "; ".join(shown) + tail


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do): the preview before anything is
    written, and the account after."""

    added: int = 0
    unchanged: int = 0
    renamed: int = 0
    updated: int = 0
    skipped: int = 0
    protected: int = 0
    """Built-ins the agent edited: never overwritten, the pack's version kept beside them."""
    dry_run: bool = False
    ids: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    """Each reply whose id is taken by a different one: where in the file, and which id."""

    @property
    def new(self) -> int:
        return self.added - self.renamed - self.protected

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        text = f"{verb} {self.added} replies, {self.unchanged} already present"
        if self.renamed:
            text += f", {self.renamed} given a new id because theirs was taken by a different reply"
        if self.updated:
            text += f", {self.updated} {'would be ' if self.dry_run else ''}overwritten"
        if self.skipped:
            text += f", {self.skipped} conflicting skipped"
        if self.protected:
            text += (
                f", {self.protected} of your edited built-ins kept (the pack's text added beside)"
            )
        if self.conflicts:
            shown = "; ".join(self.conflicts[:10])
            more = f"; and {len(self.conflicts) - 10} more" if len(self.conflicts) > 10 else ""
            text += f"\nconflicts: {shown}{more}"
        return text


def escape_cell(text: str) -> str:
    """Neutralise a cell Excel would read as a formula (CSV injection)."""
    return "'" + text if _FORMULA_RE.match(text) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    return text[1:] if text.startswith("'") and _FORMULA_RE.match(text[1:]) else text


def decode_csv(raw: bytes) -> str:
    """Decode CSV bytes: UTF-8 (BOM or not) first, then GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PackError("the file is neither UTF-8 nor GBK/GB18030 text")


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _read_csv(text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise PackError("the file is empty")
        names = [h.strip().lower() for h in header]
        unknown = [h for h in names if h not in CSV_FIELDS]
        missing = [r for r in REQUIRED if r not in names]
        if unknown or missing or len(set(names)) != len(names):
            raise PackError(
                "bad header: expected columns "
                + ",".join(CSV_FIELDS)
                + (f" (unknown: {', '.join(unknown)})" if unknown else "")
                + (f" (missing: {', '.join(missing)})" if missing else "")
            )
        rows: list[tuple[int, dict[str, Any]]] = []
        line = reader.line_num
        for cells in reader:
            if not any(c.strip() for c in cells):
                line = reader.line_num
                continue
            if len(cells) != len(names):
                raise PackError(f"line {line + 1}: {len(cells)} cells, the header has {len(names)}")
            record: dict[str, Any] = {
                name: unescape_cell(cell) for name, cell in zip(names, cells, strict=True)
            }
            for key in LIST_FIELDS:
                record[key] = _split_list(record.get(key, ""))
            rows.append((line + 1, record))
            line = reader.line_num
    except csv.Error as exc:
        raise PackError(f"line {reader.line_num}: malformed CSV ({exc})") from exc
    return rows


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise PackError(f"a JSON object has the key {twice[0]!r} twice")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise PackError(f"{name} is not a value a pack may hold")


def _depth(value: Any, limit: int) -> int:
    if limit < 0:
        raise PackError("the JSON is nested deeper than a pack can be")
    if isinstance(value, dict):
        return 1 + max((_depth(v, limit - 1) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v, limit - 1) for v in value), default=0)
    return 0


def load_json(text: str) -> Any:
    """JSON as a pack may be written: no key twice, no NaN, no deeper than a pack nests."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise PackError(f"malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    except RecursionError:
        raise PackError("the JSON is nested deeper than a pack can be") from None
    _depth(data, MAX_JSON_DEPTH)
    return data


def _read_json(text: str) -> list[tuple[int, dict[str, Any]]]:
    data = load_json(text)
    if not isinstance(data, dict) or data.get("format") != PACK_FORMAT:
        raise PackError(f'not a BorderDesk pack: expected {{"format": "{PACK_FORMAT}", ...}}')
    if data.get("version") != PACK_VERSION:
        raise PackError(f"unsupported pack version {data.get('version')!r}")
    return json_rows(data.get("entries"))


def json_rows(items: Any) -> list[tuple[int, dict[str, Any]]]:
    """A JSON pack's replies as (number, record) rows, before validation."""
    if not isinstance(items, list):
        raise PackError('"entries" must be a list')
    rows = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise PackError(f"entry {i}: must be an object")
        record = dict(item)
        for key in LIST_FIELDS:
            value = record.get(key, [])
            record[key] = tuple(str(v) for v in value) if isinstance(value, list) else value
        rows.append((i, record))
    return rows


def _clean_items(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(c for c in (clean(t) for t in items) if c)


def _to_entry(record: dict[str, Any]) -> Entry:
    for key in ("scenario", "en", "zh", "title_en", "title_zh", "id", "tone"):
        value = record.get(key, "")
        if value is not None and not isinstance(value, str):
            raise EntryError(f"{key}: must be text")
    for key in LIST_FIELDS:
        if not isinstance(record.get(key, ()), tuple):
            raise EntryError(f"{key}: must be a list")
    entry = Entry(
        id=clean(record.get("id") or ""),
        scenario=clean(record.get("scenario") or ""),
        en=(record.get("en") or "").strip(),
        zh=(record.get("zh") or "").strip(),
        title_en=clean(record.get("title_en") or ""),
        title_zh=clean(record.get("title_zh") or ""),
        tone=clean(record.get("tone") or "") or "friendly",
        tags=_clean_items(record.get("tags", ())),
        examples=_clean_items(record.get("examples", ())),
        countries=tuple(c.upper() for c in _clean_items(record.get("countries", ()))),
        platforms=tuple(p.lower() for p in _clean_items(record.get("platforms", ()))),
    )
    if entry.id and not _ID_RE.match(entry.id):
        raise EntryError("id: use letters, digits, '.', '_' or '-' (at most 100)")
    validate_entry(entry)
    return entry


def read_text(path: Path) -> str:
    """A pack file's text, within the size limit (UTF-8 or GB18030)."""
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackError(f"the file is larger than {MAX_PACK_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return decode_csv(raw)


def read_pack(path: Path) -> list[Entry]:
    """Parse and validate a CSV or JSON pack; raise :class:`PackError` listing every bad row."""
    text = read_text(path)
    is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
    rows = _read_json(text) if is_json else _read_csv(text)
    return entries_from_rows(rows, "entry" if is_json else "line")


def entries_from_rows(rows: list[tuple[int, dict[str, Any]]], label: str) -> list[Entry]:
    """Validated replies from a pack's rows, all or nothing: every bad row is named."""
    if len(rows) > MAX_PACK_ROWS:
        raise PackError(f"the file holds {len(rows)} replies; a pack may hold {MAX_PACK_ROWS}")
    entries: list[Entry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for where, record in rows:
        try:
            entry = _to_entry(record)
        except EntryError as exc:
            problems.append(f"{label} {where}: {exc}")
            continue
        if entry.id and entry.id in seen:
            problems.append(f"{label} {where}: id {entry.id!r} appears twice in the file")
        seen.add(entry.id)
        entries.append(entry)
    if problems:
        raise PackError(f"rejected, nothing imported: {len(problems)} bad rows", problems)
    if not entries:
        raise PackError("the file has no replies")
    return entries


def import_pack(
    lib: Library, path: Path, *, dry_run: bool = False, policy: str = "keep_both"
) -> ImportReport:
    """Import a pack into the library, all or nothing. A reply whose id is taken by a
    different one is kept beside it under a new id (``keep_both``), left out (``skip``) or
    written over it (``overwrite``), except a built-in the agent edited: never overwritten."""
    if policy not in POLICIES:
        raise PackError(f"unknown conflict policy {policy!r}: use {', '.join(POLICIES)}")
    entries = read_pack(path)
    report = ImportReport(dry_run=dry_run)
    new: list[Entry] = []
    updates: list[Entry] = []
    taken: set[str] = set()
    present = lib.existing(e.id for e in entries)
    for n, entry in enumerate(entries, start=1):
        existing = present.get(entry.id)
        if existing is not None and (existing.en, existing.zh, existing.scenario) == (
            entry.en,
            entry.zh,
            entry.scenario,
        ):
            report.unchanged += 1
            continue
        if existing is not None:
            report.conflicts.append(f"reply {n}: id {entry.id!r} is a different reply here")
            if policy == "skip":
                report.skipped += 1
                continue
            if policy == "overwrite":
                if existing.builtin and existing.edited:
                    report.protected += 1  # the agent's edit stays; the pack's text beside it
                else:
                    updates.append(replace(existing, **content_fields(entry)))
                    report.updated += 1
                    continue
        entry_id = entry.id
        if not entry_id or existing is not None or entry_id in taken:
            if entry_id and not (
                existing is not None
                and existing.builtin
                and existing.edited
                and policy == "overwrite"
            ):
                report.renamed += 1
            entry_id = new_user_id()
        taken.add(entry_id)
        new.append(Entry(**{**entry.__dict__, "id": entry_id, "builtin": False}))
    report.added = len(new)
    report.ids = [e.id for e in new]
    if not dry_run and (new or updates):
        lib.import_entries(new, updates)
    return report


def content_fields(entry: Entry) -> dict[str, Any]:
    """A reply's text fields, as keyword arguments of ``dataclasses.replace``."""
    keys = ("scenario", "en", "zh", "title_en", "title_zh", "tone", *LIST_FIELDS)
    return {key: getattr(entry, key) for key in keys}


def _pack_dict(e: Entry) -> dict[str, Any]:
    return e.to_json()


def export_pack(lib: Library, path: Path, fmt: str | None = None) -> int:
    """Write every entry to ``path`` as CSV (UTF-8 with BOM) or JSON; return the count.

    The file is written to a temporary name first and renamed, so a failure never leaves
    a half-written file behind.
    """
    fmt = (fmt or ("json" if path.suffix.lower() == ".json" else "csv")).lower()
    if fmt not in ("csv", "json"):
        raise PackError(f"unknown format {fmt!r}: use csv or json")
    entries = list(lib.iter_entries())
    if fmt == "json":
        data = {
            "format": PACK_FORMAT,
            "version": PACK_VERSION,
            "entries": [_pack_dict(e) for e in entries],
        }
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    else:
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(CSV_FIELDS)
        for e in entries:
            cells = [
                e.id,
                e.scenario,
                e.title_en,
                e.title_zh,
                e.en,
                e.zh,
                *("|".join(getattr(e, key)) for key in LIST_FIELDS),
            ]
            writer.writerow([escape_cell(c) for c in cells])
        payload = buf.getvalue().encode("utf-8-sig")
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(payload)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PackError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return len(entries)
