"""Where things live: bundled resources (source checkout or frozen bundle) and user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "BorderDesk"
DB_ENV = "BORDERDESK_DB"


def app_root() -> Path:
    """The folder with ``data/`` and ``resources/``: the bundle dir when frozen, else the repo."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource("data", "scenarios.toml")``."""
    return app_root().joinpath(*parts)


def default_db_path() -> Path:
    """The library file: ``$BORDERDESK_DB`` if set, else ``library.sqlite`` in the user data dir."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # ~10 ms of imports (tempfile, shutil): only where a path is wanted

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite"
