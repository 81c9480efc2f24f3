"""Number arrays in a file behind a JSON header, read a piece at a time.

Layout: a magic line, the header's length (8 bytes, little-endian), the header (JSON, with
``"arrays"``: each array's name, type code and length), then each array's items as raw
little-endian bytes in the header's order. Reading takes ~64K items per call: each call holds
the GIL while it runs, and the GUI thread gets it between them (one read of a large array held
it tens of milliseconds while the agent typed). The stored suggestion model and the shipped
learned compliance model are such files.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Sequence
from typing import Any, BinaryIO

#: Array items read at a time (256 KB of 4-byte items).
PIECE = 65536
#: A header longer than this is not ours (the 100,000-reply suggestion model's is ~1 MB).
MAX_HEADER = 64 * 1024 * 1024


def write(
    fh: BinaryIO, magic: bytes, header: dict[str, Any], arrays: dict[str, array[Any]]
) -> None:
    """``header`` (JSON values) and ``arrays``, in their order."""
    listed = [[name, values.typecode, len(values)] for name, values in arrays.items()]
    head = json.dumps({**header, "arrays": listed}, ensure_ascii=False, separators=(",", ":"))
    raw = head.encode("utf-8")
    fh.write(magic + len(raw).to_bytes(8, "little") + raw)
    for values in arrays.values():
        if sys.byteorder != "little":
            values = array(values.typecode, values)
            values.byteswap()
        values.tofile(fh)


def read_header(fh: BinaryIO, magic: bytes) -> dict[str, Any] | None:
    """The header of a file that starts with ``magic`` (None: another file). ValueError when
    the header is too long or not a JSON object."""
    if fh.read(len(magic)) != magic:
        return None
    size = int.from_bytes(fh.read(8), "little")
    if size > MAX_HEADER:
        raise ValueError("header too large")
    header = json.loads(fh.read(size))
    if not isinstance(header, dict):
        raise ValueError("the header is not an object")
    return header


def read_arrays(
    fh: BinaryIO, header: dict[str, Any], names: Sequence[str]
) -> dict[str, array[Any]]:
    """The arrays after ``header`` (read by :func:`read_header`), which must be exactly
    ``names`` in that order: ValueError for any other, EOFError for a file cut short."""
    listed = header["arrays"]
    if [entry[0] for entry in listed] != list(names):
        raise ValueError(f"arrays {[entry[0] for entry in listed]} are not {list(names)}")
    arrays: dict[str, array[Any]] = {}
    for name, typecode, count in listed:
        values = array(typecode)
        while len(values) < count:  # a piece at a time: each read holds the GIL until it ends
            values.fromfile(fh, min(count - len(values), PIECE))
        if sys.byteorder != "little":
            values.byteswap()
        arrays[name] = values
    return arrays
