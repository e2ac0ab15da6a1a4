"""``demo``, ``check``, ``backup``, ``backups`` and ``restore``: the register's own commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.backup import BackupStore, register_backups_dir, restore_backup, write_backup
from db.database import Database, inspect_schema, to_url
from db.errors import DatabaseTooNewError, RegisterRefusedError, StorageError
from desktop_app.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    database_target,
    open_database,
)
from desktop_app.domain.demo import build_demo, has_demo, reset_demo
from desktop_app.domain.i18n import language, translate
from desktop_app.domain.register_check import check_register, check_sqlite_register


def register(sub: argparse._SubParsersAction) -> None:
    """Add the register's commands."""
    p = sub.add_parser("demo", help="add the demo data to a register that has none")
    p.add_argument("--reset", action="store_true",
                   help="delete and rebuild the demo records (a backup is written first)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="soundness, schema version, counts and attachment files "
                                     "(reads only)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write a verified backup (database and attachment files)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="where to write it (default: the register's backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("backups", help="list the register's backups")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="replace the register with a backup (the current one "
                                       "is backed up, or kept aside when damaged)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, metavar="FILE", nargs="?")
    which.add_argument("--latest", action="store_true", help="the newest good backup")
    p.set_defaults(handler=cmd_restore)


def _open(args: argparse.Namespace, **kwargs: bool) -> Database:
    try:
        return open_database(args, **kwargs)
    except RegisterRefusedError as exc:
        hint = translate("cli.basic", " Bring it back with: peyvand --db FILE restore --latest")
        raise CommandError(exc.message(language()) +
                           (hint if exc.newest_backup is not None else "")) from exc


def cmd_demo(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if args.reset:
            info = db.back_up("before-demo-reset")
            changes = reset_demo(db)
            made = sum(len(v) for v in changes.created.values())
            kept = translate("cli.basic", " (backup first: {name})").format(name=info.path.name) if info else ""
            print(translate("cli.basic", "demo data rebuilt in {value}: {made} records{kept}").format(
                      value=db.display_name(), made=made, kept=kept))
            return EXIT_OK
        if has_demo(db):
            print(translate("cli.basic", "{value} already has the demo data; nothing was changed "
                                         "(demo --reset rebuilds it, after a backup).").format(
                      value=db.display_name()))
            return EXIT_OK
        changes = build_demo(db)
    finally:
        db.close()
    made = sum(len(v) for v in changes.created.values())
    print(translate("cli.basic", "demo data written to {value}: {made} records").format(
              value=db.display_name(), made=made))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    target = database_target(args)
    url = to_url(target)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists():
            raise CommandError(translate("cli.basic", "{path} does not exist.").format(path=path))
        from db.location import network_share_warning

        warning = network_share_warning(path)
        if warning:  # check reads only, but a register on a share is worth saying
            print(translate("cli.basic", "peyvand: warning: {warning}").format(warning=warning), file=sys.stderr)
        health = check_sqlite_register(path)
        if health.status in ("empty", "foreign", "truncated", "damaged", "stale_wal"):
            return _report_failure(args, health.problems[0], "damaged")
        if health.status in ("hot_journal", "locked", "unreadable"):
            return _report_failure(args, health.problems[0], health.status)
        if health.schema is not None and health.problems and not health.counts:
            state = inspect_schema(url)
            if not state.known:
                return _report_failure(
                    args, f"written by a newer Peyvand ({health.written_by or 'unknown'}, "
                          f"schema {health.schema})", "too_new")
        _print_health(args, str(path), health)
        return EXIT_OK if health.ok else EXIT_FAILURE
    try:
        state = inspect_schema(url)
        if not state.known:
            raise DatabaseTooNewError(
                translate("cli.basic", "written by a newer Peyvand ({value}, schema {current})").format(
                    value=state.written_by or 'unknown', current=state.current),
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
    _print_health(args, db.display_name(), health)
    return EXIT_OK if health.ok else EXIT_FAILURE


def _print_health(args: argparse.Namespace, name: str, health: object) -> None:
    from desktop_app.domain.register_check import RegisterHealth

    assert isinstance(health, RegisterHealth)
    if args.json:
        print(json.dumps(health.as_dict(), ensure_ascii=False))
        return
    print(f"database: {name}")
    print(translate("cli.basic", "schema: {schema} (this Peyvand: {head})").format(
              schema=health.schema, head=health.head))
    print(translate("cli.basic", "integrity: {integrity}; foreign keys: {foreign_keys}; status: "
                                 "{status}").format(
              integrity=health.integrity, foreign_keys=health.foreign_keys, status=health.status))
    for count_name, count in health.counts.items():
        print(f"  {count_name}: {count}")
    for kind, files in health.attachments.items():
        if files:
            print(translate("cli.basic", "  attachment files {kind}: {value} ({value2}…)").format(
                      kind=kind, value=len(files), value2=', '.join(f[:12] for f in files[:3])))
    for line in health.notes:
        print(f"note: {line}")
    for line in health.problems:
        print(f"problem: {line}")


def _report_failure(args: argparse.Namespace, message: str, status: str) -> int:
    if args.json:
        print(json.dumps({"integrity": status, "error": message}, ensure_ascii=False))
    raise CommandError(message)


def _sqlite_path(args: argparse.Namespace, verb: str) -> Path:
    url = to_url(database_target(args))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise CommandError(translate("cli.basic", "{verb} works on SQLite files; back a "
                                                  "PostgreSQL server up with pg_dump.").format(
                               verb=verb))
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    source = _sqlite_path(args, "backup")
    if not source.exists():
        raise CommandError(translate("cli.basic", "{source} does not exist.").format(source=source))
    db = _open(args)  # refuses damaged/too-new files before copying them
    db.close()
    if args.output is not None:
        info = write_backup(source, args.output.expanduser().resolve(), kind="manual")
    else:
        info = BackupStore(register_backups_dir(source)).back_up(source, "manual")
    print(translate("cli.basic", "backup written to {path} ({summary}; verified)").format(
              path=info.path, summary=info.summary()))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    source = _sqlite_path(args, "backups")
    infos = BackupStore(register_backups_dir(source)).list()
    if args.json:
        print(json.dumps([b.as_dict() for b in infos], ensure_ascii=False))
        return EXIT_OK
    if not infos:
        print(translate("cli.basic", "no backups of {name} yet").format(name=source.name))
    for b in infos:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        mark = "verified" if b.verified else f"NOT usable: {b.problem}"
        print(f"{when}  {b.kind:<18} {b.size:>10,d} B  {mark}  {b.path.name}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    target = _sqlite_path(args, "restore")
    store = BackupStore(register_backups_dir(target))
    if args.latest:
        newest = store.newest_good()
        if newest is None:
            raise CommandError(translate("cli.basic", "there is no good backup of {name} to "
                                                      "restore.").format(name=target.name))
        backup = newest.path
    else:
        backup = args.file.expanduser().resolve()
    if backup == target.resolve():
        raise CommandError(translate("cli.basic", "the backup file is the database itself."))
    result = restore_backup(backup, target, store=store)
    kept = ""
    if result.set_aside is not None:
        kept = translate("cli.basic", "; the damaged file was kept as {name}").format(
                   name=result.set_aside.name)
    elif result.safety_backup is not None:
        kept = translate("cli.basic", "; the replaced register was backed up as {name}").format(
                   name=result.safety_backup.name)
    print(translate("cli.basic", "restored {target} from {backup} ({summary}; {restored} of "
                    "them were missing and are back){kept}").format(
              target=target, backup=backup.name, summary=result.backup.summary(),
              restored=result.attachments_restored, kept=kept))
    return EXIT_OK
