"""The phrasebook library: the SQLite file, its rows and indexes, the user's writes, the
built-in content and team packs.

``from desktop.core.library import Library, open_library`` (the class lives in
:mod:`desktop.core.library.phrasebook`, imported when first asked for).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.library.phrasebook import (
        INDEX_VERSION,
        VIEWS,
        Library,
        new_user_id,
        open_library,
    )

__all__ = ["INDEX_VERSION", "VIEWS", "Library", "new_user_id", "open_library"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("desktop.core.library.phrasebook"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
