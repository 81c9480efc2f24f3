"""``borderdesk pack export|subscribe|update``: team packs from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("pack", cmd_pack, "team packs: export chosen replies, subscribe, merge updates")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write chosen replies as a team pack")
    export.add_argument("file")
    export.add_argument("--name", required=True)
    export.add_argument("--version", type=int, required=True, help="1, 2, 3 ... (newer merges)")
    export.add_argument("--author", default="")
    export.add_argument("--id", action="append", default=[], help="a reply id (repeatable)")
    export.add_argument("--scenario", action="append", default=[], help="all replies of one")
    subscribe = actions.add_parser("subscribe", help="follow a team pack file (shared folder)")
    subscribe.add_argument("file")
    actions.add_parser("update", help="merge the newer versions of the packs followed")


def cmd_pack(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.cli_safety import open_checked
    from desktop.core.library.teampacks import export_team_pack, subscribe, update_all

    lib = open_checked(args)
    try:
        if args.action == "export":
            ids = list(args.id)
            wanted = set(args.scenario)
            ids += [e.id for e in lib.iter_entries() if e.scenario in wanted and e.id not in ids]
            count = export_team_pack(
                lib, Path(args.file), ids, args.name, args.version, args.author
            )
            out.write(f"wrote {count} replies to {args.file}\n")
        elif args.action == "subscribe":
            subscribe(lib, Path(args.file))
            out.write(f"following {args.file}; `borderdesk pack update` merges it\n")
        else:
            results = update_all(lib)
            for result in results:
                out.write((result if isinstance(result, str) else result.summary()) + "\n")
            if not results:
                out.write("no team pack followed: `borderdesk pack subscribe FILE`\n")
            return 1 if any(isinstance(r, str) for r in results) else 0
    finally:
        lib.close()
    return 0
