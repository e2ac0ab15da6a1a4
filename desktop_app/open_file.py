"""``peyvand --open FILE``: what a file given by the file manager (a double-click, the
installer's file associations, "Open with") is, read from its contents, not its name.

* a **change package** (``PEYVAND-CHANGES`` header, checksum intact) → the window opens the
  Import changes dialog with it;
* a **backup** (a zip with Peyvand's manifest and register) → the window offers to restore it;
* a **register** (a SQLite file with Peyvand's tables) → the window opens that register
  instead of the default one (:func:`apply_to_arguments`, before the window is built).

Anything else — missing, unreadable, another program's file, a truncated package or backup,
a damaged register — raises :class:`UnopenableFileError` with a sentence for the person;
nothing is read further and nothing is changed. No Qt here: the window's side is
:mod:`desktop_app.ui.opened_file`.
"""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from desktop_app.domain.errors import DomainError
from desktop_app.domain.i18n import translate

Kind = Literal["changes", "backup", "register"]

_SQLITE_HEADER = b"SQLite format 3\x00"
# A change package larger than this is not one Peyvand wrote (its packages are gzip'd JSON).
_MAX_PACKAGE_BYTES = 512 * 1024 * 1024


class UnopenableFileError(DomainError):
    """The file given with ``--open`` is not one Peyvand can open (the message says why)."""


@dataclass(frozen=True)
class OpenedFile:
    """A file given with ``--open`` and what it is."""

    path: Path
    kind: Kind


def _name(path: Path) -> str:
    return path.name or str(path)


def classify(path: Path | str) -> OpenedFile:
    """What *path* is; :class:`UnopenableFileError` when it is none of Peyvand's files or
    is damaged. Reads the file only."""
    path = Path(path)
    try:
        if not path.is_file():
            raise UnopenableFileError(translate(
                "open_file", "The file %1 does not exist (it may have been moved or deleted). "
                             "Nothing was opened.").replace("%1", str(path)))
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise UnopenableFileError(translate(
            "open_file", "The file %1 could not be read (%2). Nothing was opened.")
            .replace("%1", _name(path)).replace("%2", exc.strerror or str(exc))) from exc

    from desktop_app.sync.engine import PACKAGE_MAGIC

    if head.startswith(PACKAGE_MAGIC):
        return _change_package(path)
    if head.startswith(b"PK\x03\x04"):
        return _backup(path)
    if head.startswith(_SQLITE_HEADER):
        return _register(path)
    raise UnopenableFileError(translate(
        "open_file", "%1 is not a file of Peyvand (a change package, a backup or a register). "
                     "Nothing was opened or changed.").replace("%1", _name(path)))


def _change_package(path: Path) -> OpenedFile:
    from desktop_app.sync.engine import SyncError, read_package

    damaged = translate("open_file", "The change package %1 is incomplete or damaged (it may "
                                     "have been cut short while copying). Nothing was applied; "
                                     "ask for the package again.").replace("%1", _name(path))
    if path.stat().st_size > _MAX_PACKAGE_BYTES:
        raise UnopenableFileError(damaged)
    try:
        read_package(path.read_bytes())
    except (SyncError, OSError) as exc:
        raise UnopenableFileError(damaged) from exc
    return OpenedFile(path, "changes")


def _backup(path: Path) -> OpenedFile:
    from db.backup import read_manifest

    if not read_manifest(path).verified:
        raise UnopenableFileError(translate(
            "open_file", "%1 is not a readable Peyvand backup (it is damaged, incomplete or "
                         "another program's zip file). Nothing was restored or changed."
        ).replace("%1", _name(path)))
    return OpenedFile(path, "backup")


def _register(path: Path) -> OpenedFile:
    damaged = translate("open_file", "%1 is a damaged register or not a Peyvand register. It "
                                     "was not opened and nothing was changed; the usual "
                                     "register opens instead.").replace("%1", _name(path))
    try:
        # read-only, and no -wal/-shm files are created beside someone else's file
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UnopenableFileError(damaged) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "partners"} <= tables:
            raise UnopenableFileError(damaged)
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise UnopenableFileError(damaged)
    except sqlite3.Error as exc:
        raise UnopenableFileError(damaged) from exc
    finally:
        conn.close()
    return OpenedFile(path, "register")


def apply_to_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """Before the window is built: a register given with ``--open`` becomes the register to
    open (``--db``); any other file stays in ``args.open`` for the window to handle."""
    given = getattr(args, "open", None)
    if not given:
        return args
    try:
        opened = classify(given)
    except UnopenableFileError:
        return args  # the window says why, over the usual register
    if opened.kind == "register":
        args.db = str(opened.path)
        args.demo = False
        args.open = None
    return args
