"""BorderDesk's Qt-free core: the library, search, suggestion and the data they use.

``from desktop.core import open_library`` is the stable Python API (see design.md).
"""

from desktop.core.library import Library, open_library
from desktop.core.library.entry import Entry, EntryError
from desktop.core.library.schema import NewerLibraryError

__all__ = ["Entry", "EntryError", "Library", "NewerLibraryError", "open_library"]
