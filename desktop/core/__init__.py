"""BorderDesk's Qt-free core: the library, search, suggestion and the data they use.

``from desktop.core import open_library`` is the stable Python API (see design.md). The names
are imported when first asked for: importing a core subpackage (the CLI's, the window's)
must not load the library, its SQLite helpers and its search modules before they are used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.library import Library, open_library
    from desktop.core.library.entry import Entry, EntryError
    from desktop.core.library.schema import NewerLibraryError

__all__ = ["Entry", "EntryError", "Library", "NewerLibraryError", "open_library"]

_HOMES = {
    "Library": "desktop.core.library.phrasebook",
    "open_library": "desktop.core.library.phrasebook",
    "Entry": "desktop.core.library.entry",
    "EntryError": "desktop.core.library.entry",
    "NewerLibraryError": "desktop.core.library.schema",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
