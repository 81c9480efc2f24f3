"""``borderdesk backup``, ``restore [FILE]`` and ``doctor``: the library's safety from the
command line (issue 14)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("backup", cmd_backup, "back up the library now (verified, rotated)")
    p.add_argument("--json", action="store_true")
    p = command("restore", cmd_restore, "put a backup in place (default: the newest sound one)")
    p.add_argument("file", nargs="?", help="a backup file (see `borderdesk doctor`)")
    p = command("doctor", cmd_doctor, "check the library and its backups, change nothing")
    p.add_argument("--json", action="store_true")


def library_path(args: argparse.Namespace) -> Path:
    from desktop.core.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def open_checked(args: argparse.Namespace) -> Any:
    """Open the library for a command; a recovered file is said in one stderr line."""
    from desktop.core.safety.recovery import open_safely

    opened = open_safely(library_path(args))
    if opened.notice:
        print(f"borderdesk: {opened.notice}", file=sys.stderr)
    return opened.library


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.safety.backups import make_backup

    open_checked(args).close()  # a damaged library is recovered first, a new one created
    made = make_backup(library_path(args), "manual")
    if args.json:
        out.write(json.dumps({"backup": str(made)}) + "\n")
    else:
        out.write(f"backed up to {made}\n")
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.safety.backups import restore

    chosen, old = restore(library_path(args), Path(args.file) if args.file else None)
    kept = f"; the file it replaced is kept as {old}" if old else ""
    out.write(f"restored {chosen.name}{kept}\n")
    return 0


def cmd_doctor(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.safety.doctor import examine

    report = examine(library_path(args))
    if args.json:
        out.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    else:
        out.write("\n".join(report.lines()) + "\n")
    return 0 if report.healthy else 1
