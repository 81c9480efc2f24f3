"""The ``borderdesk`` command line (also ``python -m desktop``); no subcommand opens the window.

Errors print one line on stderr and exit 1, never a traceback; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop import __version__
from desktop.cli_packs import add_commands as add_pack_commands
from desktop.cli_report import add_commands as add_report_commands
from desktop.cli_safety import add_commands as add_safety_commands
from desktop.cli_safety import open_checked
from desktop.core.library.entry import PLATFORMS, TONES
from desktop.core.paths import DB_ENV

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report as one line on stderr."""


def _emit_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False) + "\n")


def _open(args: argparse.Namespace) -> Any:
    return open_checked(args)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _print_entries(entries: Sequence[Any], args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        _emit_json([e.to_json() for e in entries], out)
        return
    if not entries:
        out.write("no replies found\n")
    for e in entries:
        title = " / ".join(t for t in (e.title_zh, e.title_en) if t)
        out.write(f"{e.id}  [{e.scenario}]  {title}\n    {_first_line(e.en)}\n")


def _where(args: argparse.Namespace) -> dict[str, Any]:
    """The --platform and --country options as keyword arguments of search and suggest."""
    from desktop.core.buyer.countries import is_country

    country = args.country.upper() if args.country else None
    if country is not None and not is_country(country):
        raise CliError(f"unknown country {args.country!r}: use a code such as US, BR or DE")
    return {"platform": args.platform, "country": country}


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    lib = _open(args)
    _print_entries(lib.search(args.text, limit=args.limit, **_where(args)), args, out)
    return EXIT_OK


def cmd_suggest(args: argparse.Namespace, out: TextIO) -> int:
    lib = _open(args)
    where = _where(args)
    if args.text is not None:
        _print_entries(lib.suggest(args.text, limit=args.limit, **where), args, out)
        return EXIT_OK
    for line in sys.stdin:
        message = line.rstrip("\r\n")
        _emit_json([e.to_json() for e in lib.suggest(message, limit=args.limit, **where)], out)
        out.flush()
    return EXIT_OK


def _where_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--platform",
        choices=PLATFORMS,
        help="leave out replies marked for other platforms (default: every platform)",
    )
    p.add_argument("--country", help="the buyer's country: its own replies first")


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    entry = _open(args).get(args.id)
    if entry is None:
        raise CliError(f"no reply with id {args.id!r}")
    if args.json:
        _emit_json(entry.to_json(), out)
        return EXIT_OK
    out.write(f"{entry.id}  [{entry.scenario}]  {entry.tone}\n")
    out.write(f"{entry.title_en}\n{entry.title_zh}\n\n{entry.en}\n\n{entry.zh}\n")
    if entry.tags:
        out.write("\ntags: " + ", ".join(entry.tags) + "\n")
    if entry.examples:
        out.write("when buyers write:\n" + "".join(f"  - {x}\n" for x in entry.examples))
    return EXIT_OK


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    lib = _open(args)
    new_id = lib.add(
        args.scenario,
        args.en,
        args.zh,
        title_en=args.title_en,
        title_zh=args.title_zh,
        tone=args.tone,
        tags=args.tag,
        examples=args.example,
        countries=args.for_country,
        platforms=args.for_platform,
    )
    if args.json:
        entry = lib.get(new_id)
        _emit_json(entry.to_json() if entry else {"id": new_id}, out)
    else:
        out.write(new_id + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.library.packs import import_pack

    lib = _open(args)
    if not args.dry_run and lib.path is not None and Path(args.file).is_file():
        from desktop.core.safety.backups import make_backup

        make_backup(lib.path, "import")  # before anything of the file is written
    policy = args.on_conflict.replace("-", "_")
    report = import_pack(lib, Path(args.file), dry_run=args.dry_run, policy=policy)
    out.write(report.summary() + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.library.packs import export_pack

    count = export_pack(_open(args), Path(args.file), args.format)
    out.write(f"exported {count} replies to {args.file}\n")
    return EXIT_OK


def _parse_at(text: str | None) -> Any:
    from datetime import datetime

    from desktop.core.buyer.clock import utc_now

    if not text:
        return utc_now()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CliError(f"--at: not an ISO 8601 time: {text!r}") from None
    if moment.tzinfo is None:
        raise CliError("--at: give a UTC offset, e.g. 2026-03-08T09:00+08:00")
    return moment


def cmd_clock(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.cli_words import agent_closure_zh, gap_zh, government_zh, state_zh
    from desktop.core.buyer.cards import get_country
    from desktop.core.buyer.clock import status, to_zone
    from desktop.core.buyer.closures import agent_closures
    from desktop.core.buyer.countries import AGENT_ZONE, city_zh

    moment = _parse_at(args.at)
    result = []
    for code in args.countries:
        country = get_country(code)
        zones = []
        for zone in country.zones:
            s = status(country, zone, moment)
            city, state = city_zh(zone), state_zh(s.state, s.holiday)
            zones.append(
                {
                    "zone": zone,
                    "city_zh": city,
                    "local": s.local.isoformat(),
                    "utc_offset": s.utc_offset,
                    "business_hours": s.business_hours,
                    "state": s.state,
                    "state_zh": state,
                    "holiday": s.holiday,
                    "government_holiday": s.government_holiday,
                    "main": zone in country.main_zones,
                    "day_offset": s.day_offset,
                    "hours_from_beijing": s.hours_from_beijing,
                    "next_business_start": s.next_business_start.isoformat(),
                }
            )
            if not args.json and zone in country.main_zones:
                note = government_zh(s.government_holiday)
                out.write(
                    f"{country.name_zh} {city:<8} {s.local:%Y-%m-%d %H:%M} "
                    f"({s.utc_offset}, {gap_zh(s.hours_from_beijing)})  {state}{note}\n"
                )
        result.append({"country": country.code, "name_zh": country.name_zh, "zones": zones})
    own = agent_closures(to_zone(moment, AGENT_ZONE).date())
    if args.json:
        closures = [
            {
                "id": o.festival.id,
                "name_zh": o.festival.name_zh,
                "name_en": o.festival.name_en,
                "start": o.start.isoformat(),
                "end": o.end.isoformat(),
            }
            for o in own
        ]
        _emit_json({"at": moment.isoformat(), "countries": result, "agent_closures": closures}, out)
    else:
        for o in own:
            out.write(agent_closure_zh(o.festival.name_zh, o.start, o.end) + "\n")
    return EXIT_OK


def cmd_card(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.cli_words import TOPICS_ZH, card_words
    from desktop.core.buyer.cards import TOPICS, card_json, get_country
    from desktop.core.buyer.clock import to_zone, utc_now

    country = get_country(args.country)
    data = card_words(card_json(country, to_zone(utc_now(), "Asia/Shanghai").date()))
    if args.json:
        _emit_json(data, out)
        return EXIT_OK
    out.write(
        f"{data['name_zh']} {data['name_en']}  {data['currency']} {data['currency_sample']}\n"
    )
    out.write(f"问候: {data['greeting']}  ({data['greeting_zh']})\n")
    out.write(f"结尾: {data['closing']}  ({data['closing_zh']})\n")
    for topic in TOPICS:
        for fact in data[topic]:
            out.write(f"[{TOPICS_ZH[topic]}] {fact['zh']}  ({fact['source']})\n")
    out.write("周末: " + "、".join(data["weekend"]) + "\n")
    for f in data["festivals"]:
        out.write(f"购物季: {f['name_zh']} {f['start']}..{f['end']}\n")
    for h in data["holidays"][:8]:
        out.write(f"节假日: {h['date']} {h['name']}\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """Compliance findings for one reply (TEXT, or all of stdin)."""
    from desktop.core.compliance.check import check

    text = args.text if args.text is not None else sys.stdin.read()
    findings = check(text, args.platform)
    if args.json:
        _emit_json([f.to_json() for f in findings], out)
        return EXIT_OK
    if not findings:
        out.write("未发现违规 (no findings)\n")
    for f in findings:
        level = "错误" if f.severity == "error" else "提醒"
        out.write(f"{level} [{f.rule}] {text[f.start : f.end]!r}: {f.message_zh} {f.fix_zh}\n")
    return EXIT_OK


def cmd_quote(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.quote.pricing import QuoteInput, calculate

    result = calculate(
        QuoteInput(
            cost=args.cost,
            domestic=args.domestic,
            international=args.international,
            loss=args.loss,
            commission=args.commission,
            payout=args.payout,
            margin=args.margin,
            fx=args.fx,
            discount=args.discount,
            currency=args.currency,
            price=args.price,
        )
    )
    if result.quote is None:
        raise CliError("; ".join(p.message() for p in result.problems))
    q = result.quote
    for warning in q.warnings:
        print(f"borderdesk: warning: {warning.message()}", file=sys.stderr)
    if args.json:
        _emit_json(q.json(), out)
        return EXIT_OK
    data = q.json()
    out.write(
        f"price {data['price']} {q.currency} ({data['price_cny']} CNY), "
        f"list {data['list_price']} {q.currency}, floor {data['floor']} {q.currency}\n"
        f"margin {data['margin']}%, markup {data['markup']}%\n"
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.ui.app import run_gui

    return run_gui(db=args.db, selftest=getattr(args, "selftest", False), out=out)


def _limit(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="borderdesk",
        description="BorderDesk (跨境客服助手): bilingual replies for cross-border service.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        default=os.environ.get(DB_ENV) or None,
        help=f"library file (default: ${DB_ENV} or the user data dir)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="print tracebacks (they always go to the log)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Callable[..., int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = command("gui", cmd_gui, "open the window")
    p.add_argument("--selftest", action="store_true", help="show, search, copy, print timings")
    p = command("search", cmd_search, "search replies in English or Chinese")
    p.add_argument("text")
    p.add_argument("--limit", type=_limit, default=20)
    _where_options(p)
    p.add_argument("--json", action="store_true")
    p = command("suggest", cmd_suggest, "best replies for a buyer message (stdin: one per line)")
    p.add_argument("text", nargs="?")
    p.add_argument("--limit", type=_limit, default=3)
    _where_options(p)
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_show, "show one reply")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("add", cmd_add, "add one of my own replies")
    p.add_argument("--scenario", required=True)
    p.add_argument("--en", required=True)
    p.add_argument("--zh", required=True)
    p.add_argument("--title-en", default="")
    p.add_argument("--title-zh", default="")
    p.add_argument("--tone", default="friendly", choices=TONES)
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    p.add_argument("--example", action="append", default=[], help="a buyer message (repeatable)")
    p.add_argument(
        "--country",
        dest="for_country",
        action="append",
        default=[],
        help="an ISO country code the reply is written for (repeatable)",
    )
    p.add_argument(
        "--platform",
        dest="for_platform",
        action="append",
        default=[],
        choices=PLATFORMS,
        help="a platform the reply is only for (repeatable; none: every platform)",
    )
    p.add_argument("--json", action="store_true")
    p = command("import", cmd_import, "import a CSV or JSON pack (all or nothing)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="preview: counts and conflicts only")
    p.add_argument(
        "--on-conflict",
        default="keep-both",
        choices=("keep-both", "skip", "overwrite"),
        help="an id taken by a different reply (edited built-ins are never overwritten)",
    )
    p = command("clock", cmd_clock, "the buyer's local time, business state and next open hour")
    p.add_argument("countries", nargs="+", metavar="COUNTRY")
    p.add_argument("--at", help="an ISO 8601 instant with offset (default: now)")
    p.add_argument("--json", action="store_true")
    p = command("card", cmd_card, "a buyer country's etiquette card")
    p.add_argument("country", metavar="COUNTRY")
    p.add_argument("--json", action="store_true")
    p = command("quote", cmd_quote, "selling price, list price and floor from cost and fees")
    for name, default, help_ in (
        ("--cost", None, "cost price, CNY per unit"),
        ("--domestic", "0", "domestic shipping, CNY per unit"),
        ("--international", "0", "international shipping, CNY per unit"),
        ("--loss", "0", "loss rate, percent"),
        ("--commission", "0", "platform commission, percent of the price"),
        ("--payout", "0", "payout / withdrawal fee, percent of the price"),
        ("--margin", "0", "profit margin, percent of the price"),
        ("--fx", None, "CNY per 1 unit of the selling currency"),
        ("--discount", "0", "store discount for the list price, percent"),
    ):
        p.add_argument(name, default=default, required=default is None, help=help_)
    p.add_argument("--currency", default="USD")
    p.add_argument("--price", help="a price in the selling currency: reverse mode (margin out)")
    p.add_argument("--json", action="store_true")
    p = command("check", cmd_check, "compliance findings for a reply (no TEXT: all of stdin)")
    p.add_argument("text", nargs="?", help="the reply; leave out to read all of stdin")
    p.add_argument("--platform", default="aliexpress", choices=PLATFORMS)
    p.add_argument("--json", action="store_true")
    p = command("export", cmd_export, "export every reply as CSV or JSON")
    p.add_argument("file")
    p.add_argument("--format", choices=("csv", "json"))
    add_report_commands(command)
    add_safety_commands(command)
    add_pack_commands(command)
    return parser


def _known_errors() -> tuple[type[BaseException], ...]:
    from desktop.core.library.entry import EntryError
    from desktop.core.library.schema import NewerLibraryError

    return (CliError, EntryError, NewerLibraryError, sqlite3.Error, OSError, ValueError)


#: What the agent can do about the environment's failures (errors.kind_of), said plainly.
_PLAIN = {
    "read_only": "the library cannot be written: it or its folder is read-only ({})",
    "disk_full": "the disk is full: free some space and try again ({})",
    "locked": "the library is in use by another program: try again in a moment ({})",
}


def _plain(exc: BaseException) -> str:
    from desktop.core.errors import kind_of

    template = _PLAIN.get(kind_of(exc)) if isinstance(exc, (sqlite3.Error, OSError)) else None
    return template.format(exc) if template else str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func, args.selftest = cmd_gui, False
    try:
        return int(args.func(args, sys.stdout))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except _known_errors() as exc:
        print(f"borderdesk: error: {_plain(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: one line here, the traceback in the log (and --debug)
        from desktop.core.errors import report, setup_logging

        try:
            path = str(setup_logging(debug=args.debug))
        except OSError:
            path = "(no log: the log folder cannot be written)"
        report(f"cli {args.command}", exc)
        print(f"borderdesk: internal error ({type(exc).__name__}); see {path}", file=sys.stderr)
        return EXIT_ERROR


def gui_main() -> int:
    """Entry point of the ``borderdesk-gui`` script."""
    return main(["gui", *sys.argv[1:]])
