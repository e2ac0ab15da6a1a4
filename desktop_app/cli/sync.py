"""``sync`` and ``conflicts``: the office sync from the command line.

``sync TARGET`` syncs directly with another register (a file or a PostgreSQL URL);
``sync join TARGET`` joins this register to an office register first; ``sync export -o
FILE [--for PEER]`` writes a change package; ``sync import FILE [--dry-run]`` applies one;
``sync status`` says where this register stands; ``sync fork`` gives a copied register file
its own sync identity (nothing is lost); ``conflicts`` lists open conflicts and
``conflicts resolve ID mine|theirs|edit|keep|restore|merge|dismiss [VALUE]`` settles one.
``--json`` prints one object with ``sent``, ``received``, ``applied``, ``skipped``,
``conflicts`` and ``held``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CommandError, open_database
from desktop_app.domain.i18n import translate

_SUBCOMMANDS = ("export", "import", "status", "join", "fork")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``sync`` and ``conflicts`` commands."""
    p = sub.add_parser("sync", help="sync with the office register: TARGET | join TARGET | export | import | status | fork",
                       description="sync TARGET [--json] | sync join TARGET [--json] | "
                                   "sync export -o FILE [--for PEER] | sync import FILE [--dry-run] [--json] | "
                                   "sync status [--json] | sync fork [--json]")
    p.add_argument("words", nargs=argparse.REMAINDER, metavar="…")
    p.set_defaults(handler=cmd_sync)
    c = sub.add_parser("conflicts", help="list open sync conflicts; resolve one",
                       description="conflicts [--json] | conflicts resolve ID "
                                   "mine|theirs|edit|keep|restore|merge|dismiss [VALUE]")
    c.add_argument("--json", action="store_true", help="print one JSON array")
    c.add_argument("words", nargs="*", metavar="…")
    c.set_defaults(handler=cmd_conflicts)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CommandError(f"{self.prog}: {message}", EXIT_USAGE)


def _print(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key, value in data.items():
        if value not in (None, "", [], {}):
            print(f"{key}: {value}")


def cmd_sync(args: argparse.Namespace) -> int:
    words = list(args.words)
    if not words:
        raise CommandError(translate("cli.sync", "sync: name a TARGET or one of export, import, "
                                                 "status, join, fork."), EXIT_USAGE)
    from desktop_app.sync.engine import export_package, import_package, status

    action = words[0] if words[0] in _SUBCOMMANDS else "sync"
    rest = words[1:] if action != "sync" else words
    parser = _Parser(prog=f"peyvand sync {action if action != 'sync' else ''}".strip())
    parser.add_argument("--json", action="store_true")
    if action in ("sync", "join"):
        parser.add_argument("target")
    elif action == "export":
        parser.add_argument("-o", "--output", type=Path, required=True)
        parser.add_argument("--for", dest="peer")
    elif action == "import":
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true")
    opts = parser.parse_args(rest)
    db = open_database(args)
    try:
        if action == "status":
            _print(status(db), opts.json)
            return EXIT_OK
        if action == "fork":
            from desktop_app.sync.engine import fork_site

            _print(fork_site(db), opts.json)
            return EXIT_OK
        if action == "export":
            result = export_package(db, opts.output, for_peer=opts.peer)
            _print({**result.as_dict(), "file": str(opts.output)}, opts.json)
            return EXIT_OK
        if action == "import":
            if not opts.file.is_file():
                raise CommandError(translate("cli.sync", "{file} does not exist.").format(
                                       file=opts.file))
            result = import_package(db, opts.file, dry_run=opts.dry_run)
            _print(result.as_dict(), opts.json)
            return EXIT_FAILURE if result.held and result.message else EXIT_OK
        return _sync_with(db, opts.target, join=action == "join", as_json=opts.json)
    finally:
        db.close()


def _sync_with(db: Any, target: str, *, join: bool, as_json: bool) -> int:
    from desktop_app.sync.engine import sync_target

    result = sync_target(db, target, join=join)
    _print(result.as_dict(), as_json)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop_app.sync.ops import open_conflicts, resolve_conflict

    words = list(args.words) + (["--json"] if args.json else [])
    parser = _Parser(prog="peyvand conflicts")
    parser.add_argument("--json", action="store_true")
    if words and words[0] == "resolve":
        parser.add_argument("id", type=int)
        parser.add_argument("choice", choices=("mine", "theirs", "edit", "keep", "restore", "merge",
                                               "dismiss"))
        parser.add_argument("value", nargs="?")
        opts = parser.parse_args(words[1:])
        db = open_database(args)
        try:
            resolve_conflict(db, opts.id, opts.choice, opts.value)
        finally:
            db.close()
        return EXIT_OK
    opts = parser.parse_args(words)
    db = open_database(args)
    try:
        rows = open_conflicts(db)
    finally:
        db.close()
    if opts.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"#{r['id']} {r['kind']} {r['entity']} {r['record']} {r['field']}: "
                  f"base={r['base'].get('value')!r} mine={r['mine'].get('value')!r} "
                  f"theirs={r['theirs'].get('value')!r} "
                  f"({r['theirs'].get('actor') or ''} {r['theirs'].get('at') or ''})")
    return EXIT_OK
