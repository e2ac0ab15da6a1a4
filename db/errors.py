"""Storage errors a user can act on, each with a plain message; anything else is a bug."""

from __future__ import annotations

import sqlite3

# The language of the messages below ('fa' or 'en'). The domain layer's ``set_language``
# sets it too, so storage messages come in the language of the rest of the program.
_language = "fa"


def set_message_language(language: str) -> None:
    """Choose 'fa' or 'en' for the storage messages produced from now on."""
    global _language
    _language = "en" if language == "en" else "fa"


def _tr(english: str, persian: str) -> str:
    return persian if _language == "fa" else english


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
    return _tr(
        "Another Peyvand window or an import is writing to this register right now; "
        "wait for it to finish and try again (nothing was saved).",
        "پنجرهٔ دیگری از پیوند یا یک درون‌بُرد هم‌اکنون در این دفتر می‌نویسد؛ "
        "صبر کنید تا تمام شود و دوباره امتحان کنید (چیزی ذخیره نشد).",
    )


def permission_message(detail: str = "") -> str:
    """What a user is told when the server refuses an operation to their login.

    The server's own words (English) follow on a line of their own, isolated left to right
    so that they do not reorder a Persian sentence.
    """
    first = detail.strip().splitlines()[0] if detail.strip() else ""
    owner_only = any(word in first.lower() for word in (
        "must be owner", "for schema", "alembic_version", "peyvand_meta", "countries"))
    if owner_only:  # a schema upgrade (or its bookkeeping): only the owner's init may
        return _tr(
            "This register needs an upgrade that only its owner can make; ask the office's "
            "database administrator to run “init --apply” with the owner's login."
            + (f"\n({first})" if first else ""),
            "این دفتر به‌روزرسانی‌ای لازم دارد که فقط مالک آن می‌تواند انجام دهد؛ از مسئول "
            "پایگاه دادهٔ دفتر بخواهید \u2066init --apply\u2069 را با ورود مالک اجرا کند."
            + (f"\n\u2066{first}\u2069" if first else ""))
    if _language == "fa":
        return ("ورود شما به پایگاه داده اجازهٔ این کار را ندارد؛ از مسئول پایگاه دادهٔ دفتر "
                "بخواهید نقش درست را به ورود شما بدهد (برای ویرایش: \u2066peyvand_officer\u2069)."
                + (f"\n\u2066{first}\u2069" if first else ""))
    return ("Your database login is not allowed to do this; ask the office's database "
            "administrator to give your login the right role (peyvand_officer to edit)."
            + (f"\n({first})" if first else ""))


def translate_dbapi_error(exc: BaseException) -> StorageError | None:
    """Map a driver error to the :class:`StorageError` a user can act on, or ``None``."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if isinstance(orig, sqlite3.Error) or "sqlite" in type(orig).__module__:
        if "locked" in text or "busy" in text:
            return DatabaseLockedError(locked_message())
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
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == "42501" or type(orig).__name__ == "InsufficientPrivilege":
        return PermissionDeniedError(permission_message(str(orig)))
    if sqlstate == "22001" or "value too long" in text:
        return FieldValueError(_tr(
            "A value is longer than the register can hold; shorten it and try again.",
            "مقداری بلندتر از آن است که دفتر نگه می‌دارد؛ کوتاهش کنید و دوباره امتحان کنید."),
            field="", problem="too_long")
    if "nul (0x00)" in text or "0x00" in text:
        return FieldValueError(_tr(
            "A value contains a NUL character, which the register cannot hold.",
            "مقداری نویسهٔ NUL دارد که دفتر نمی‌تواند نگه دارد."), field="", problem="nul")
    if "no space left" in text or "disk full" in text:
        return DiskFullError("The database server's disk is full; ask its administrator.")
    if any(s in text for s in ("connection refused", "could not connect", "password authentication",
                               "connection timeout", "could not translate host", "does not exist",
                               "server closed the connection", "connection failed")):
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return ConnectionFailedError(f"Cannot reach the database server: {first}")
    return None
