"""Built-in content: the reviewed phrasebook files in ``data/phrasebook/``."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core.library.entry import Entry, validate_entry
from desktop.core.paths import resource


@dataclass(frozen=True)
class BuiltinContent:
    """Every built-in entry plus a fingerprint of the files they came from."""

    entries: tuple[Entry, ...]
    fingerprint: str


@cache
def buyer_examples() -> dict[str, dict[str, tuple[str, ...]]]:
    """Buyer messages in other languages, by language and scenario (``data/examples/*.toml``)."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for path in sorted(resource("data", "examples").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = {str(k): _tuple(v) for k, v in data.items()}
    return found


def phrasebook_dir() -> Path:
    return resource("data", "phrasebook")


def _tuple(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def fingerprint(folder: Path | None = None) -> str:
    """A hash of the shipped phrasebook files, without parsing them (checked at every start)."""
    folder = folder or phrasebook_dir()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.toml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load_builtin(folder: Path | None = None) -> BuiltinContent:
    """Read and validate every ``*.toml`` under the phrasebook folder.

    Raises ``ValueError`` naming the file and reply when a file is broken: shipped content is
    checked by the test suite, so this only fires on a damaged installation.
    """
    folder = folder or phrasebook_dir()
    digest = hashlib.sha256()
    entries: list[Entry] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        data = tomllib.loads(raw.decode("utf-8"))
        for item in data.get("reply", []):
            rid = str(item.get("id", ""))
            try:
                entry = Entry(
                    id=rid,
                    scenario=str(item["scenario"]),
                    en=str(item["en"]).strip(),
                    zh=str(item["zh"]).strip(),
                    title_en=str(item.get("title_en", "")).strip(),
                    title_zh=str(item.get("title_zh", "")).strip(),
                    tone=str(item.get("tone", "friendly")),
                    tags=_tuple(item.get("tags")) + _tuple(item.get("keywords_zh")),
                    examples=_tuple(item.get("examples")),
                    countries=_tuple(item.get("countries")),
                    platforms=_tuple(item.get("platforms")),
                    builtin=True,
                )
                validate_entry(entry)
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path.name}: reply {rid or '?'}: {exc}") from exc
            if not rid or rid in seen:
                raise ValueError(f"{path.name}: reply id {rid!r} is missing or repeated")
            seen.add(rid)
            entries.append(entry)
    return BuiltinContent(tuple(entries), digest.hexdigest())
