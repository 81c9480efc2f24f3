"""``make install-desktop``: the Linux menu entry and its icon, as the README promises."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_install_desktop_writes_the_entry_and_the_icon(tmp_path: Path) -> None:
    apps, icons = tmp_path / "applications", tmp_path / "icons"
    subprocess.run(
        ["make", "-s", "install-desktop", f"DESKTOP_DIR={apps}", f"ICON_DIR={icons}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(apps / "borderdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "borderdesk"
    assert section["Name[zh_CN]"] == "跨境客服助手"
    command = section["Exec"].split()
    assert "@EXEC@" not in section["Exec"] and Path(command[0]).is_absolute()
    assert Path(command[0]).exists()  # the bundle, or the venv's python for `make run`
    assert (icons / "borderdesk.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
