"""The phrasebook library: the SQLite file, its rows and indexes, the user's writes, the
built-in content and team packs.

``from desktop.core.library import Library, open_library`` (the class lives in
:mod:`desktop.core.library.phrasebook`).
"""

from desktop.core.library.phrasebook import (
    INDEX_VERSION,
    VIEWS,
    Library,
    new_user_id,
    open_library,
)

__all__ = ["INDEX_VERSION", "VIEWS", "Library", "new_user_id", "open_library"]
