"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6 hooks ``import`` (for its ``__feature__`` switches) and, for each new module, reads its
whole source through ``inspect.getsource`` to see whether it names "PySide6". That source then
stays in ``linecache`` for the life of the process: under ``python -m desktop`` the ~300
modules imported after PySide6 (ours, Babel, holidays, sqlite-utils ...) cost ~100 ms of
start-up and ~8 MB kept. The bundle has no source files, so it never paid.

:func:`install` asks the same question of the file's bytes, keeping nothing. A module without a
``.py`` file, or a PySide6 without this hook, gets PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_HOOK = "shibokensupport.feature"


def install() -> bool:
    """Put the quicker scan in place (once); whether PySide6 has the hook it replaces."""
    feature = sys.modules.get(_HOOK)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # already in place
    feature._mod_uses_pyside = _quicker(original)  # type: ignore[attr-defined]
    return True


def _quicker(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside
