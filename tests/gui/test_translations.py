"""The zh_CN catalogue: every UI string translated, and the shipped .qm built from the .ts."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.core.search.text import CJK_CLASS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "borderdesk_zh_CN.ts"
BIN = Path(sys.executable).parent


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "desktop" / "ui").glob("*.py"))]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    extracted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    assert len(extracted) > 80
    missing = sorted(s for s in extracted if s not in load_tool().ZH)
    assert not missing, f"untranslated UI strings (run tools/translations.py): {missing}"


def test_shipped_catalogue_is_complete_and_compiled(tmp_path: Path) -> None:
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished
    qm = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/translations.py"


#: Han characters, CJK punctuation and full-width forms (、，：（）): Chinese on screen.
CHINESE = re.compile(f"[{CJK_CLASS}\u3000-\u303f\uff00-\uffef]")


def chinese_literals(source: str) -> list[str]:
    """String literals holding Chinese, docstrings excepted (they are not shown)."""
    tree = ast.parse(source)
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and CHINESE.search(node.value)
    ]


def test_no_chinese_string_literal_in_the_ui_code() -> None:
    """Chinese on screen comes from the zh_CN catalogue (tools/translations.py), CLDR or the
    content, never from a literal in desktop/ui: the English UI would show it."""
    assert chinese_literals('x = "ok"\ny = "运费"\n"""文档"""') == ["运费"]  # the check works
    found = {
        path.name: chinese_literals(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "desktop" / "ui").glob("*.py"))
    }
    assert {name: lits for name, lits in found.items() if lits} == {}
