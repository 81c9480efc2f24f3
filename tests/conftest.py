"""Shared fixtures: every test gets a fresh library file and never touches the user's data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import Library, open_library


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default library and config dirs at the test's temporary folder."""
    monkeypatch.setenv("BORDERDESK_DB", str(tmp_path / "user" / "library.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    """A freshly created and seeded library file."""
    library = open_library(tmp_path / "lib.sqlite")
    yield library
    library.close()


@pytest.fixture(scope="session")
def shared_lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """A seeded library shared by read-only tests (search, suggestion)."""
    library = open_library(tmp_path_factory.mktemp("shared") / "lib.sqlite")
    yield library
    library.close()


ROOT = Path(__file__).resolve().parents[1]
RunCli = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    """Run ``python -m desktop ARGS`` in a subprocess on a library file in ``tmp_path``."""

    def run(
        *args: str, stdin: str = "", db: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "BORDERDESK_DB": str(db or tmp_path / "cli.sqlite"),
            "PYTHONIOENCODING": "utf-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            check=False,
        )

    return run


# Property tests: random locally (they hunt for new bugs), deterministic under CI, so a red CI
# always means a regression and never a new example found by chance.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")


GUI_TESTS = ROOT / "tests" / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui drives Qt widgets: marked ``gui`` without being told, so
    ``pytest -m "not gui"`` runs the Qt-free rest."""
    for item in items:
        if GUI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)
