"""Team packs: a team lead exports chosen replies as a pack file (name, version, author,
updated); agents subscribe to the file in a shared folder, and a newer version is merged at
start or on demand. New replies are added; a changed pack reply is updated unless the agent
edited it (then both are kept, the pack's flagged); a reply the pack dropped is taken out of
the phrasebook and kept with a note, or kept flagged if the agent had edited it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.library import Library, new_user_id
from desktop.core.library.entry import Entry
from desktop.core.library.packs import (
    PackError,
    content_fields,
    entries_from_rows,
    json_rows,
    load_json,
    read_text,
)

TEAM_FORMAT = "borderdesk-team-pack"
#: Library settings: the subscribed pack files, and the version of each pack merged last.
SUBSCRIPTIONS, MERGED = "pack_subscriptions", "pack_versions"


@dataclass(frozen=True)
class TeamPack:
    name: str
    version: int
    author: str
    updated: str
    entries: list[Entry]


@dataclass
class MergeReport:
    pack: str
    version: int
    added: int = 0
    updated: int = 0
    kept_yours: int = 0
    """Replies the agent had edited: theirs kept, the pack's new text added beside, flagged."""
    hidden: int = 0
    skipped: bool = False
    """The file was not newer than what was merged before."""
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.skipped:
            return f"{self.pack}: version {self.version} is already merged"
        return (
            f"{self.pack} v{self.version}: {self.added} added, {self.updated} updated, "
            f"{self.kept_yours} of your edits kept (the pack's text beside them), "
            f"{self.hidden} removed from the phrasebook"
        )


def content_hash(entry: Entry) -> str:
    keys = ("scenario", "en", "zh", "title_en", "title_zh", "tone", "examples", "countries")
    data = [getattr(entry, k) for k in keys] + [sorted(t for t in entry.tags if ":" not in t)]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def export_team_pack(
    lib: Library, path: Path, ids: list[str], name: str, version: int, author: str
) -> int:
    """Write the chosen replies as a team pack; the count."""
    if not name.strip():
        raise PackError("a team pack needs a name")
    if version < 1:
        raise PackError("a team pack's version is a whole number from 1")
    chosen = lib.existing(ids)
    missing = [i for i in ids if i not in chosen]
    if missing:
        raise PackError(f"no such replies: {', '.join(missing[:10])}")
    data = {
        "format": TEAM_FORMAT,
        "name": name.strip(),
        "version": version,
        "author": author.strip(),
        "updated": datetime.now(UTC).isoformat(timespec="seconds"),
        "entries": [_pack_item(chosen[i]) for i in ids],
    }
    temp = path.with_name(path.name + ".part")
    temp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temp.replace(path)
    return len(ids)


def _pack_item(entry: Entry) -> dict[str, Any]:
    item = entry.to_json()
    item["tags"] = [t for t in entry.tags if ":" not in t]  # no other pack's marks
    return item


def read_team_pack(path: Path) -> TeamPack:
    """A team pack file (read only: the shared folder may be read-only); PackError with a
    reason for anything else. Its replies are validated like any pack's, all or nothing."""
    try:
        head = load_json(read_text(path))
    except PackError as exc:
        raise PackError(f"{path.name} is not a team pack: {exc}") from None
    if not isinstance(head, dict) or head.get("format") != TEAM_FORMAT:
        raise PackError(f'{path.name} is not a team pack (format "{TEAM_FORMAT}")')
    name, version = head.get("name"), head.get("version")
    if not isinstance(name, str) or not name.strip() or not isinstance(version, int):
        raise PackError(f"{path.name}: a team pack needs a name and a whole-number version")
    entries = entries_from_rows(json_rows(head.get("entries")), "entry")
    author, updated = str(head.get("author", "")), str(head.get("updated", ""))
    return TeamPack(name.strip(), version, author, updated, entries)


def subscribe(lib: Library, path: Path) -> None:
    read_team_pack(path)  # refuse a file that is not a pack now, not at the next start
    paths = [p for p in lib.get_setting(SUBSCRIPTIONS, []) if p != str(path)]
    lib.set_setting(SUBSCRIPTIONS, [*paths, str(path)])


def update_all(lib: Library) -> list[MergeReport | str]:
    """Merge every subscribed pack that has a newer version; a pack that cannot be read gives
    its reason (the others still merge)."""
    results: list[MergeReport | str] = []
    for item in lib.get_setting(SUBSCRIPTIONS, []):
        try:
            results.append(merge(lib, read_team_pack(Path(item))))
        except (PackError, OSError) as exc:
            results.append(f"{item}: {exc}")
    return results


def merge(lib: Library, pack: TeamPack) -> MergeReport:
    """Merge ``pack`` if it is newer than the version merged before."""
    report = MergeReport(pack.name, pack.version)
    merged: dict[str, int] = dict(lib.get_setting(MERGED, {}))
    if merged.get(pack.name, 0) >= pack.version:
        report.skipped = True
        return report
    mark = f"pack:{pack.name}"
    known = {
        row[0]: row[1]
        for row in lib.db.execute("SELECT id, hash FROM pack_items WHERE pack = ?", [pack.name])
    }
    present = lib.existing(e.id for e in pack.entries)
    new: list[Entry] = []
    updates: list[Entry] = []
    items: dict[str, str] = {}
    for entry in pack.entries:
        tagged = replace(entry, tags=(*entry.tags, mark), builtin=False)
        mine = present.get(entry.id)
        if mine is None:
            new.append(tagged)
            items[entry.id] = content_hash(entry)
            report.added += 1
        elif content_hash(mine) == content_hash(entry):
            items[entry.id] = content_hash(entry)
        elif known.get(entry.id) == content_hash(mine):  # untouched since the last merge
            updates.append(replace(mine, **content_fields(tagged)))
            items[entry.id] = content_hash(entry)
            report.updated += 1
        else:  # the agent edited it: theirs stays, the pack's text beside it, flagged
            flagged = replace(
                tagged, id=new_user_id(), tags=(*tagged.tags, f"pack-update:{pack.name}")
            )
            new.append(flagged)
            items[entry.id] = known.get(entry.id, content_hash(mine))
            report.kept_yours += 1
            report.notes.append(
                f"{entry.id}: your edit kept, the pack's text added as {flagged.id}"
            )
    dropped = [i for i in known if i not in {e.id for e in pack.entries}]
    gone = lib.existing(dropped)
    lib.import_entries(new, updates)
    with lib.db.atomic():
        for ident, digest in items.items():
            lib.db.execute(
                "INSERT OR REPLACE INTO pack_items(id, pack, hash) VALUES (?, ?, ?)",
                [ident, pack.name, digest],
            )
        for ident in dropped:
            lib.db.execute("DELETE FROM pack_items WHERE id = ?", [ident])
    for ident in dropped:
        old = gone.get(ident)
        if old is None:
            continue
        if known[ident] == content_hash(old):
            note = f"removed from {pack.name} in version {pack.version}"
            lib.db.execute(
                "INSERT INTO pack_hidden(id, pack, data, note, hidden) VALUES (?, ?, ?, ?, ?)",
                [
                    ident,
                    pack.name,
                    json.dumps(entry.to_json(), ensure_ascii=False),
                    note,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )
            lib.delete(ident)
            report.hidden += 1
        else:
            lib.update(ident, tags=(*old.tags, f"pack-removed:{pack.name}"))
            report.notes.append(f"{ident}: dropped by the pack; your edited reply kept")
    merged[pack.name] = pack.version
    lib.set_setting(MERGED, merged)
    return report
