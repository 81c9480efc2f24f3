"""Architecture rules checked on the source: a Qt-free core, no network, no naive pytz."""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

import pytest

from desktop.cli import main

PKG = Path(__file__).resolve().parents[2] / "desktop"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "PySide6.QtNetwork",
}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_core_has_no_qt_import() -> None:
    for path in (PKG / "core").rglob("*.py"):
        assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in imports(path)), path


def test_nothing_imports_a_network_module() -> None:
    """Not even QtNetwork's local sockets: one window per library is kept with a lock file
    (QtCore), and the bundle ships without QtNetwork."""
    for path in PKG.rglob("*.py"):
        names = imports(path)
        bad = {n for n in names if n in NETWORK_MODULES or n.split(".")[0] in NETWORK_MODULES}
        assert not bad, f"{path}: {bad}"


def test_cli_runs_with_sockets_forbidden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    db = str(tmp_path / "n.sqlite")
    assert main(["--db", db, "search", "shipping"]) == 0
    assert main(["--db", db, "suggest", "where is my order"]) == 0
    assert "network" not in capsys.readouterr().err


def test_no_pytz_datetime_built_with_tzinfo() -> None:
    for path in PKG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "pytz" in text:
            assert "tzinfo=pytz" not in text.replace(" ", ""), path


def test_gui_marker_is_set_on_exactly_the_gui_tests(request: pytest.FixtureRequest) -> None:
    """``pytest -m "not gui"`` runs the Qt-free rest: no test outside tests/gui carries the
    marker (read on this session's own collection, whatever part of the suite it is), and a
    fresh collection of tests/gui keeps nothing once the marked tests are left out."""
    import subprocess
    import sys

    gui_tests = PKG.parent / "tests" / "gui"
    outside = [item for item in request.session.items if gui_tests not in item.path.parents]
    assert outside and not [item.nodeid for item in outside if item.get_closest_marker("gui")]
    # only tests/gui is collected here (a whole-suite collection took seconds, twice)
    collect = ["--collect-only", "-q", "-n", "0", "-m", "not gui", "tests/gui"]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *collect],
        capture_output=True,
        text=True,
        cwd=PKG.parent,
    )
    assert run.returncode == 5, run.stdout  # 5: no test collected
    deselected = re.search(r"\((\d+) deselected\)", run.stdout)
    assert deselected and int(deselected.group(1)) > 0, run.stdout
