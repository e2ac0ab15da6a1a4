"""Storage errors a user can act on, each with a plain message; anything else is a bug.

The messages come from the one catalogue of words (context ``db.errors``), in the language
the program set with :func:`resources.translations.catalogue.set_language`.
"""

from __future__ import annotations

import sqlite3

from resources.translations.catalogue import translate


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


class PermissionDeniedError(StorageError):
    """The database login lacks a right the operation needs (PostgreSQL ``42501``)."""


class FieldValueError(StorageError):
    """A text value the database cannot hold: a NUL character, or longer than its column.

    ``field`` is the column's name, ``problem`` ``"nul"`` or ``"too_long"``.
    """

    def __init__(self, message: str, *, field: str, problem: str) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


def locked_message() -> str:
    """What a user is told when the register stays locked past the busy timeout."""
    return translate("db.errors", "Another Peyvand window or an import is writing to this "
                     "register right now; wait for it to finish and try again (nothing was saved).")


def permission_message(detail: str = "") -> str:
    """What a user is told when the server refuses an operation to their login.

    The server's own words (English) follow on a line of their own, isolated left to right
    so that they do not reorder a Persian sentence.
    """
    first = detail.strip().splitlines()[0] if detail.strip() else ""
    owner_only = any(word in first.lower() for word in (
        "must be owner", "for schema", "alembic_version", "peyvand_meta", "countries"))
    # The server's words, isolated left to right (U+2066 … U+2069) on a line of their own.
    said = f"\n\u2066{first}\u2069" if first else ""
    if owner_only:  # a schema upgrade (or its bookkeeping): only the owner's init may
        return translate("db.errors", "This register needs an upgrade that only its owner can "
                         "make; ask the office's database administrator to run “init --apply” "
                         "with the owner's login.") + said
    return translate("db.errors", "Your database login is not allowed to do this; ask the "
                     "office's database administrator to give your login the right role "
                     "(peyvand_officer to edit).") + said


def translate_dbapi_error(exc: BaseException) -> StorageError | None:
    """Map a driver error to the :class:`StorageError` a user can act on, or ``None``."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if isinstance(orig, sqlite3.Error):
        if "locked" in text or "busy" in text:
            return DatabaseLockedError(locked_message())
        if "disk is full" in text:  # "database or disk is full"
            return DiskFullError(translate("db.errors", "The disk is full; free some space and "
                                           "try again."))
        if "not a database" in text or "malformed" in text:  # "… disk image is malformed"
            return DatabaseDamagedError(translate(
                "db.errors", "The file is not a Peyvand database or it is damaged; restore a backup."))
        if "unable to open" in text or "readonly" in text:
            return DatabaseLockedError(translate(
                "db.errors", "The database file cannot be opened for writing; check the "
                "folder's permissions."))
        return None
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == "42501" or type(orig).__name__ == "InsufficientPrivilege":
        return PermissionDeniedError(permission_message(str(orig)))
    if sqlstate == "22001" or "value too long" in text:
        return FieldValueError(translate(
            "db.errors", "A value is longer than the register can hold; shorten it and try again."),
            field="", problem="too_long")
    if "0x00" in text:  # "… nul (0x00) …", "invalid byte sequence … 0x00"
        return FieldValueError(translate(
            "db.errors", "A value contains a NUL character, which the register cannot hold."),
            field="", problem="nul")
    if "no space left" in text or "disk full" in text:
        return DiskFullError(translate("db.errors", "The database server's disk is full; ask "
                                       "its administrator."))
    if any(s in text for s in ("connection refused", "could not connect", "password authentication",
                               "connection timeout", "could not translate host", "does not exist",
                               "server closed the connection", "connection failed")):
        first = str(orig).strip().splitlines()[0]  # not empty: it holds one of the phrases
        return ConnectionFailedError(translate(
            "db.errors", "Cannot reach the database server: {reason}").format(
            reason=f"\u2066{first}\u2069"))
    return None
