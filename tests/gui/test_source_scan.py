"""PySide6's per-import source scan answered from the file's bytes (desktop.ui.source_scan):
the same answer as PySide6's own, and no module's source kept in linecache."""

from __future__ import annotations

import importlib
import json
import linecache
import sys
from pathlib import Path

import pytest

import desktop.ui.main_window
from desktop.core.compliance import check
from desktop.ui import source_scan


def test_the_quicker_scan_answers_as_pyside_does_and_keeps_no_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtCore  # noqa: F401  (the hook comes with PySide6)

    feature = sys.modules["shibokensupport.feature"]
    assert source_scan.install() is True
    assert source_scan.install() is True  # a second install keeps the one scan
    quicker = feature._mod_uses_pyside
    original = quicker.__wrapped__
    assert getattr(original, "__wrapped__", None) is None
    for module in (desktop.ui.main_window, check, json, sys, importlib):
        assert quicker(module) is original(module)
    assert quicker(desktop.ui.main_window) is True and quicker(check) is False

    (tmp_path / "uses_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    uses_qt, plain = __import__("uses_qt"), __import__("plain")  # through the import hook
    assert feature.pyside_feature_dict["uses_qt"] == 0  # a module that uses PySide6
    assert feature.pyside_feature_dict["plain"] == -1  # one it ignores
    assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
    assert quicker(uses_qt) is original(uses_qt) is True
    assert quicker(plain) is original(plain) is False
