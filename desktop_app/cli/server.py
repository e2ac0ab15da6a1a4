"""``init`` and ``copy-to``: setting up the shared office server (docs/office-server.md).

``python main.py --db postgresql+psycopg://OWNER@HOST/DB init`` creates or upgrades the
schema as the owner and prints the SQL of the two group roles (``--apply`` runs it);
``python main.py --db LAPTOP.sqlite3 copy-to URL`` copies a laptop's register into an empty
server database once, all or nothing.
"""

from __future__ import annotations

import argparse
import sys

from db.database import Database, to_url
from db.roles import MANAGER, OFFICER, script
from db.server import copy_register, init_server
from desktop_app import __version__
from desktop_app.cli.common import EXIT_OK, CommandError, database_target, open_database
from desktop_app.domain.i18n import translate
from desktop_app.domain.services import Services
from desktop_app.paths import backups_dir


def register(sub: argparse._SubParsersAction) -> None:
    """Add the server commands."""
    p = sub.add_parser("init", help="set up a PostgreSQL server register: schema and roles "
                                    "(run as the database's owner)")
    p.add_argument("--apply", action="store_true",
                   help="run the role SQL now instead of printing it")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("copy-to", help="copy this register once into an empty server database")
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://OWNER@HOST/DB")
    p.set_defaults(handler=cmd_copy_to)


def cmd_init(args: argparse.Namespace) -> int:
    url = to_url(database_target(args))
    if url.get_backend_name() != "postgresql":
        raise CommandError(translate("cli.server", "init sets up a PostgreSQL server; give --db "
                                                   "postgresql+psycopg://OWNER@HOST/DB."))
    db = open_database(args)  # creates or upgrades the schema, as the owner
    try:
        init_server(db, apply=args.apply)
        where = db.display_name()
    finally:
        db.close()
    if args.apply:
        print(translate("cli.server", "The register at {where} is at the current schema; the "
                                      "roles {OFFICER} (edit) and {MANAGER} (read) are granted.").format(
                  where=where, OFFICER=OFFICER, MANAGER=MANAGER))
        print(translate("cli.server", "Add one login per person, e.g. in psql as the owner:"))
        print(f"  CREATE ROLE maryam LOGIN IN ROLE {OFFICER};  \\password maryam")
    else:
        sys.stdout.write(script(url.database or "postgres"))
    return EXIT_OK


def cmd_copy_to(args: argparse.Namespace) -> int:
    source_url = to_url(database_target(args))
    if source_url.get_backend_name() != "sqlite":
        raise CommandError(translate("cli.server", "copy-to copies a laptop's register file; "
                                                   "give --db FILE.sqlite3."))
    target_url = to_url(args.url)
    if target_url.get_backend_name() != "postgresql":
        raise CommandError(translate("cli.server", "The target of copy-to is a PostgreSQL server "
                                                   "address."))
    source = open_database(args)
    try:
        target = Database.open(args.url, backup_dir=backups_dir(), app_version=__version__)
        try:
            files = Services(source).attachments

            def read_file(sha: str) -> bytes | None:
                path = files.stored_path(sha)
                return path.read_bytes() if path.is_file() else None

            report = copy_register(source, target, read_file=read_file)
            where = target.display_name()
        finally:
            target.close()
    finally:
        source.close()
    print(translate("cli.server", "Copied {total} rows to {where}:").format(
              total=report.total, where=where))
    for table, n in sorted(report.rows.items()):
        print(f"  {table}: {n}")
    print(translate("cli.server", "  attachment files: {files}").format(files=report.files))
    if report.missing_files:
        print(translate("cli.server", "{count} attachment files were not in the laptop's folder "
                        "(or no longer matched their hash) and could not be carried: {files}"
                        ).format(count=len(report.missing_files),
                                 files=", ".join(sha[:12] for sha in report.missing_files)),
              file=sys.stderr)
    print(translate("cli.server", "Run init there (as the owner) to grant {OFFICER} and "
                                  "{MANAGER}, then point the laptops at the server.").format(
              OFFICER=OFFICER, MANAGER=MANAGER))
    return EXIT_OK
