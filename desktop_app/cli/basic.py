"""``demo``, ``check``, ``backup`` and ``restore``: the register's own commands."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from db.backup import backup_sqlite, restore_sqlite
from db.database import inspect_schema, to_url
from db.errors import DatabaseTooNewError, StorageError
from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    database_target,
    open_database,
)
from desktop_app.domain.demo import build_demo
from desktop_app.domain.register_check import check_register, sqlite_integrity


def register(sub: argparse._SubParsersAction) -> None:
    """Add the register's commands."""
    p = sub.add_parser("demo", help="create or refresh the demo data in the database")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="schema version, integrity and counts per entity")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write a consistent copy of the database (SQLite)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (a copy of it is kept)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        changes = build_demo(db)
    finally:
        db.close()
    made = sum(len(v) for v in changes.created.values())
    print(f"demo data written to {db.display_name()}: {made} records")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    target = database_target(args)
    url = to_url(target)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        integrity, _fks = sqlite_integrity(path)
        if integrity != "ok":
            return _report_failure(args, f"{path.name} is damaged ({integrity.removeprefix('damaged: ')})", "damaged")
    try:
        state = inspect_schema(url)
        if not state.known:
            raise DatabaseTooNewError(
                f"written by a newer Peyvand ({state.written_by or 'unknown'}, schema {state.current})",
                schema=state.current or "", app_version=state.written_by)
        db = open_database(args, migrate=False) if not state.pending else None
    except DatabaseTooNewError as exc:
        return _report_failure(args, str(exc), "too_new")
    except StorageError as exc:
        return _report_failure(args, str(exc), "damaged")
    if db is None:
        result: dict[str, object] = {"schema": state.current, "head": state.head, "integrity": "ok",
                  "counts": {}, "problems": [f"upgrade pending to {state.head}"]}
        print(json.dumps(result, ensure_ascii=False) if args.json else
              f"schema {state.current} (this Peyvand would upgrade it to {state.head})")
        return EXIT_OK
    try:
        health = check_register(db, state)
    finally:
        db.close()
    if args.json:
        print(json.dumps(health.as_dict(), ensure_ascii=False))
    else:
        print(f"database: {db.display_name()}")
        print(f"schema: {health.schema} (this Peyvand: {health.head})")
        print(f"integrity: {health.integrity}; foreign keys: {health.foreign_keys}")
        for name, count in health.counts.items():
            print(f"  {name}: {count}")
    return EXIT_OK if health.ok else EXIT_FAILURE


def _report_failure(args: argparse.Namespace, message: str, status: str) -> int:
    if args.json:
        print(json.dumps({"integrity": status, "error": message}, ensure_ascii=False))
    raise CommandError(message)


def _sqlite_path(args: argparse.Namespace, verb: str) -> Path:
    url = to_url(database_target(args))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise CommandError(f"{verb} works on SQLite files; back a PostgreSQL server up with pg_dump.")
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    source = _sqlite_path(args, "backup")
    if not source.exists():
        raise CommandError(f"{source} does not exist.")
    db = open_database(args)  # refuses damaged/too-new files before copying them
    db.close()
    out = backup_sqlite(source, args.output.expanduser().resolve())
    print(f"backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    target = _sqlite_path(args, "restore")
    backup = args.file.expanduser().resolve()
    if backup == target.resolve():
        raise CommandError("the backup file is the database itself.")
    state = inspect_schema(to_url(backup))
    if not state.known:
        raise CommandError(f"{backup.name} was written by a newer Peyvand ({state.written_by}); "
                           "it was not restored.")
    safety = restore_sqlite(target, backup)
    kept = f"; the replaced database was kept as {safety}" if safety else ""
    print(f"restored {target} from {backup.name}{kept}")
    return EXIT_OK if safety or target.exists() else EXIT_FAILURE
