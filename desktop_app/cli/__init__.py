"""The command line: the same program without a window.

``python main.py`` with no command opens the window; with a command it runs headless and
exits 0 on success, 2 for a usage error, 1 when the input or the database is at fault (one
line on stderr, nothing half-written). Each group of commands lives in its own module with
a ``register(subparsers)`` function; :data:`COMMAND_MODULES` lists them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from db.errors import translate_dbapi_error
from desktop_app import __version__
from desktop_app.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CommandError
from desktop_app.domain import i18n
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.domain.i18n import translate

log = logging.getLogger("peyvand.cli")

COMMAND_MODULES = (
    "desktop_app.cli.basic",
    "desktop_app.cli.reports",
    "desktop_app.cli.transfer",
    "desktop_app.cli.server",
    "desktop_app.cli.sync",
)


class _Parser(argparse.ArgumentParser):
    """argparse that says a usage error in one line and exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def parse_command_line(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line. Without a command (the window) the command modules are
    not imported: the window's start does not wait for the command line's imports."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(a in ("-h", "--help") for a in argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The full parser: global options and every registered command (only the global
    options when *commands* is false)."""
    parser = _Parser(
        prog="peyvand",
        description="Peyvand — the register of a park's international-relations office.",
    )
    parser.add_argument("--version", action="version", version=f"Peyvand {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="SQLite file or SQLAlchemy URL (postgresql+psycopg://…); "
                             "default: the register in the data folder")
    parser.add_argument("--lang", choices=("fa", "en"), default=None,
                        help="language of messages and reports (default: fa for the window, en for commands)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on the demo database (created or refreshed first)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this Peyvand off-screen in a temporary folder; exit 0 or 1")
    parser.add_argument("--open", metavar="FILE", default=None, nargs="?", const=None,
                        help="a change package or backup given by the file manager; "
                             "the window opens and says how to use it")
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed headless command; map known failures to exit 1 with one line."""
    from sqlalchemy.exc import DBAPIError  # here: the window's start does not load SQLAlchemy

    i18n.set_language(args.lang or "en")
    try:
        return int(args.handler(args) or EXIT_OK)
    except CommandError as exc:
        print(f"peyvand: {exc}", file=sys.stderr)
        return exc.exit_code
    except (StorageError, DomainError) as exc:
        print(f"peyvand: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except DBAPIError as exc:
        translated = translate_dbapi_error(exc)
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        print(f"peyvand: {translated or 'database error: ' + first}", file=sys.stderr)
        return EXIT_FAILURE
    except ValueError as exc:  # the importer's file errors and parse errors are ValueErrors
        print(f"peyvand: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"peyvand: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(translate("cli.__init__", "peyvand: interrupted; nothing was written."), file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``peyvand-cli``: run a command (a command is required here)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_usage(sys.stderr)
        print(translate("cli.__init__", "peyvand: error: a command is required (or run the "
                                        "window: python main.py)"),
              file=sys.stderr)
        return EXIT_USAGE
    from desktop_app.logging_setup import setup_logging

    setup_logging()
    return run_command(args)
