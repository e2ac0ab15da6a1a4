"""What every command shares: exit codes, the known-error type, opening the database."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.domain.i18n import translate
from desktop_app.paths import default_database

if TYPE_CHECKING:  # the window's start parses the command line before the storage layer loads
    from db.database import Database

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A command failed for a reason the user can act on; the message is one line."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def database_target(args: argparse.Namespace) -> str:
    """The ``--db`` value, or the default register's path."""
    return args.db or str(default_database())


def open_database(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """Open the database the command line names (migrating it, backup first).

    Backups (before a migration, an import …) go to the register's own folder of backups.
    A SQLite file on a network share opens with a warning on stderr (db/location.py).
    """
    from db.database import Database

    db = Database.open(database_target(args), migrate=migrate, app_version=__version__)
    if db.path is not None:
        from db.location import network_share_warning

        warning = network_share_warning(db.path)
        if warning:
            print(translate("cli.common", "peyvand: warning: {warning}").format(warning=warning), file=sys.stderr)
    return db
