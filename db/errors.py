"""Storage errors a user can act on, each with a plain message; anything else is a bug."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """A problem with the database the user can do something about (locked, full, damaged …).

    ``str(error)`` is a complete sentence fit to show in a dialog or on stderr.
    """


class DatabaseLockedError(StorageError):
    """Another program holds the database file."""


class DiskFullError(StorageError):
    """The disk (or the database server's disk) is full."""


class DatabaseDamagedError(StorageError):
    """The file is not a Peyvand database, or it is damaged."""


class RegisterRefusedError(DatabaseDamagedError):
    """A damaged, empty or foreign register file refused at open, never written to.

    ``english``/``persian`` say what is wrong, where the file was kept (``kept_as``) and
    which backup can bring the register back (``newest_backup``, a
    :class:`db.backup.BackupInfo` or ``None``); ``str()`` is the English text.
    """

    def __init__(self, english: str, persian: str, *, kind: str, path: object,
                 kept_as: object = None, newest_backup: object = None) -> None:
        super().__init__(english)
        self.english = english
        self.persian = persian
        self.kind = kind
        self.path = path
        self.kept_as = kept_as
        self.newest_backup = newest_backup

    def message(self, language: str) -> str:
        """The whole message in *language* ('fa' or 'en')."""
        return self.persian if language == "fa" else self.english


class DatabaseTooNewError(StorageError):
    """The database was written by a newer Peyvand; this one must not touch it."""

    def __init__(self, message: str, *, schema: str, app_version: str) -> None:
        super().__init__(message)
        self.schema = schema
        self.app_version = app_version


class ConnectionFailedError(StorageError):
    """The database server could not be reached or refused the login."""


class ConflictError(StorageError):
    """The record was changed (or deleted) elsewhere since it was opened for editing."""


def translate_dbapi_error(exc: BaseException) -> StorageError | None:
    """Map a driver error to the :class:`StorageError` a user can act on, or ``None``."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if isinstance(orig, sqlite3.Error) or "sqlite" in type(orig).__module__:
        if "locked" in text or "busy" in text:
            return DatabaseLockedError(
                "The database is in use by another program; close it there and try again."
            )
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFullError("The disk is full; free some space and try again.")
        if "not a database" in text or "malformed" in text or "disk image" in text:
            return DatabaseDamagedError(
                "The file is not a Peyvand database or it is damaged; restore a backup."
            )
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return DatabaseLockedError(
                "The database file cannot be opened for writing; check the folder's permissions."
            )
        return None
    if "no space left" in text or "disk full" in text:
        return DiskFullError("The database server's disk is full; ask its administrator.")
    if any(s in text for s in ("connection refused", "could not connect", "password authentication",
                               "connection timeout", "could not translate host", "does not exist",
                               "server closed the connection", "connection failed")):
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return ConnectionFailedError(f"Cannot reach the database server: {first}")
    return None
