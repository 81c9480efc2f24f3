"""The suggestion model kept in a file beside its library, so that a start reads it back
(~50 ms) instead of building it again (about a second for the built-in library, several
at 100,000 replies): no build beside the agent's typing, and no build's leftovers in memory.

The file is a cache: it is used only when its fingerprint matches the rows the model would
be built from, the data files it reads and the code that builds it, and it is replaced after
each build. A missing, damaged or foreign file means a build, never an error.

Layout: :mod:`desktop.core.packed` (a magic line, a JSON header, the index's number arrays).
The features are stored by their :func:`~desktop.core.search.postings.stable_hash` (``hash``
of a ``str`` holds only in the process that made it), so reading needs no feature string and
no sort.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO

from desktop import __version__
from desktop.core import packed
from desktop.core.collector import lasting
from desktop.core.errors import LOG
from desktop.core.paths import resource
from desktop.core.search import chinese, features, language, lexicon, postings, suggest, text, typos
from desktop.core.search.suggest import SuggestModel
from desktop.core.search.typos import Speller

MAGIC = b"BorderDesk suggestion model 2\n"
#: The index arrays, in file order.
_ARRAYS = ("hashes", "order", "idf", "starts", "docs", "weights")
#: The modules whose code decides what a built model holds.
_CODE = (chinese, features, language, lexicon, postings, suggest, text, typos)


def model_path(library: Path) -> Path:
    """Where the model of the library file ``library`` is kept."""
    return library.with_name(library.name + ".suggest")


def fingerprint(rows: list[tuple[str, ...]]) -> str:
    """What a model built from ``rows`` depends on: the rows, the data files the build reads
    (examples, scenarios, lexicon), the app's version and the code that builds it: its
    source where it is at hand, else (a bundle) the executable that holds it."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{MAGIC!r}{__version__}{sys.byteorder}".encode())
    digest.update(json.dumps(rows, ensure_ascii=False).encode())
    data = [resource("data", "scenarios.toml")]
    data += sorted(resource("data", "examples").glob("*.toml"))
    data += sorted(resource("data", "search").glob("*.toml"))
    for module in _CODE:
        if module.__file__ and os.path.exists(module.__file__):
            data.append(Path(module.__file__))
    if getattr(sys, "frozen", False):  # a bundle: its code is inside the executable, and a
        built = Path(sys.executable).stat()  # new build writes a new one (same version or not)
        digest.update(f"{built.st_size}:{built.st_mtime_ns}".encode())
    for path in data:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def save(path: Path, model: SuggestModel, names: list[str], fingerprint: str) -> bool:
    """Write ``model`` (built with the feature strings ``names``) to ``path`` whole or not at
    all; False when it could not be written (a full disk or a read-only folder: the next
    start builds again)."""
    index = postings.restamped(model.index, names)
    header = {
        "fingerprint": fingerprint,
        "doc_scenario": model.doc_scenario,
        "doc_entry": model.doc_entry,
        "entries_of": model.entries_of,
        "marks": model.marks,
        "speller": model.speller.words if model.speller else None,
    }
    part = path.with_name(f"{path.name}.{os.getpid()}.part")  # two processes: two parts
    try:
        with part.open("wb") as fh:
            packed.write(fh, MAGIC, header, {name: getattr(index, name) for name in _ARRAYS})
        os.replace(part, path)
    except OSError as exc:
        LOG.warning("suggestion model not stored: %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            part.unlink()
        return False
    return True


def load(path: Path, fingerprint: str) -> SuggestModel | None:
    """The model stored at ``path`` if it was built from what ``fingerprint`` names, else
    None (missing, stale, damaged or not ours)."""
    try:
        with lasting(), path.open("rb") as fh:  # as in SuggestModel.from_rows
            return _read(fh, fingerprint)
    except OSError:
        return None
    except (ValueError, KeyError, TypeError, IndexError, OverflowError, EOFError):
        LOG.warning("suggestion model file unreadable: built again")
        return None


def _read(fh: BinaryIO, fingerprint: str) -> SuggestModel | None:
    """The model in an open file, its arrays read straight into place (no copy of the file
    in memory)."""
    header = packed.read_header(fh, MAGIC)
    if header is None or header.get("fingerprint") != fingerprint:
        return None
    arrays = packed.read_arrays(fh, header, _ARRAYS)
    index = postings.Postings(**arrays, key=postings.stable_hash)
    features = len(index.hashes)
    if (
        not (len(index.order) == features == len(index.idf) == len(index.starts) - 1)
        or len(index.docs) != len(index.weights)
        or index.starts[-1] != len(index.docs)
    ):
        raise ValueError("arrays do not fit")
    words = header["speller"]
    return SuggestModel(
        index=index,
        speller=Speller(words) if words is not None else None,
        doc_scenario=[sys.intern(s) for s in header["doc_scenario"]],
        doc_entry=header["doc_entry"],
        entries_of=header["entries_of"],
        marks={k: (tuple(c), tuple(p)) for k, (c, p) in header["marks"].items()},
    )


def build_or_load(rows: list[tuple[str, ...]], library: Path | None) -> SuggestModel:
    """The model of ``rows``: read from beside the library file when it is there and
    current, else built (and then stored there). ``library`` None (in memory): built."""
    if library is None:
        return SuggestModel.from_rows(rows)
    path, stamp = model_path(library), fingerprint(rows)
    model = load(path, stamp)
    if model is None:
        names: list[str] = []
        model = SuggestModel.from_rows(rows, names)
        save(path, model, names, stamp)
    return model
