"""What a user is told when storage refuses: every driver error a user can act on maps to
its own kind of :class:`StorageError` with its sentence, in Persian and in English; the
text-column guard names the field, its limit and the length in the user's digits.

Driver errors are the real exception classes (``sqlite3``'s, and PostgreSQL's by the
SQLSTATE the driver sets), so a changed test of the text or the code is seen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import errors
from db.errors import (
    ConnectionFailedError,
    DatabaseDamagedError,
    DatabaseLockedError,
    DiskFullError,
    FieldValueError,
    PermissionDeniedError,
    RegisterRefusedError,
    translate_dbapi_error,
)
from db.limits import check_object, problem_message, text_limits, value_problem
from db.models import Contact, Partner
from resources.translations.catalogue import set_language as set_message_language


@pytest.fixture(autouse=True)
def _persian_afterwards() -> Iterator[None]:
    yield
    set_message_language("fa")


class _PgError(Exception):
    """A stand-in of a psycopg error: its message and the SQLSTATE the server sent."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class InsufficientPrivilege(Exception):
    """Named like psycopg's class, without a SQLSTATE (older drivers)."""


class _Wrapped(Exception):
    """SQLAlchemy wraps the driver's error and keeps it as ``orig``."""

    def __init__(self, orig: BaseException) -> None:
        super().__init__(str(orig))
        self.orig = orig


@pytest.mark.parametrize(("message", "kind", "words"), [
    ("database is locked", DatabaseLockedError, "writing to this register right now"),
    ("database table is busy", DatabaseLockedError, "writing to this register right now"),
    ("database or disk is full", DiskFullError, "The disk is full"),
    ("disk is full", DiskFullError, "The disk is full"),
    ("file is not a database", DatabaseDamagedError, "restore a backup"),
    ("database disk image is malformed", DatabaseDamagedError, "restore a backup"),
    ("unable to open database file", DatabaseLockedError, "folder's permissions"),
    ("attempt to write a readonly database", DatabaseLockedError, "folder's permissions"),
])
def test_sqlite_errors_become_their_kind(message: str, kind: type, words: str) -> None:
    set_message_language("en")
    for raised in (sqlite3.OperationalError(message), _Wrapped(sqlite3.OperationalError(message))):
        got = translate_dbapi_error(raised)
        assert type(got) is kind, message
        assert words in str(got)


def test_other_sqlite_errors_are_bugs_not_storage_errors() -> None:
    assert translate_dbapi_error(sqlite3.IntegrityError("UNIQUE constraint failed: x.y")) is None
    assert translate_dbapi_error(sqlite3.OperationalError("no such table: partners")) is None
    assert translate_dbapi_error(ValueError("something else")) is None


def test_the_locked_message_in_both_languages() -> None:
    set_message_language("fa")
    fa = str(translate_dbapi_error(sqlite3.OperationalError("database is locked")))
    assert "هم‌اکنون در این دفتر می‌نویسد" in fa and "چیزی ذخیره نشد" in fa
    set_message_language("en")
    en = str(translate_dbapi_error(sqlite3.OperationalError("database is locked")))
    assert "nothing was saved" in en
    set_message_language("de")  # anything else than English is Persian
    assert str(translate_dbapi_error(sqlite3.OperationalError("database is locked"))) == fa


@pytest.mark.parametrize(("orig", "kind", "problem"), [
    (_PgError("permission denied for table partners", "42501"), PermissionDeniedError, None),
    (InsufficientPrivilege("permission denied for table partners"), PermissionDeniedError, None),
    (_PgError("value too long for type character varying(300)", "22001"), FieldValueError,
     "too_long"),
    (_PgError("ERROR: value too long for type character varying(20)"), FieldValueError,
     "too_long"),
    (_PgError('invalid byte sequence for encoding "UTF8": 0x00', "22021"), FieldValueError,
     "nul"),
    (_PgError("could not extend file: No space left on device", "53100"), DiskFullError, None),
    (_PgError("connection refused"), ConnectionFailedError, None),
    (_PgError('FATAL:  password authentication failed for user "x"'), ConnectionFailedError,
     None),
    (_PgError('FATAL:  database "nope" does not exist'), ConnectionFailedError, None),
    (_PgError("server closed the connection unexpectedly"), ConnectionFailedError, None),
    (_PgError("could not translate host name \"db\" to address"), ConnectionFailedError, None),
])
def test_server_errors_become_their_kind(orig: Exception, kind: type, problem: str | None) -> None:
    got = translate_dbapi_error(_Wrapped(orig))
    assert type(got) is kind
    if problem is not None:
        assert isinstance(got, FieldValueError) and got.problem == problem and got.field == ""


def test_server_errors_keep_the_servers_first_line() -> None:
    set_message_language("en")
    got = translate_dbapi_error(_PgError("connection refused\n\tIs the server running?"))
    # the server's own words are an isolated left-to-right run inside the sentence
    assert str(got) == "Cannot reach the database server: \u2066connection refused\u2069"
    assert translate_dbapi_error(_PgError('duplicate key value violates unique constraint',
                                          "23505")) is None


def test_field_value_messages_in_both_languages() -> None:
    set_message_language("en")
    long_en = translate_dbapi_error(_PgError("x", "22001"))
    nul_en = translate_dbapi_error(_PgError("unsupported Unicode escape: nul (0x00)"))
    assert "longer than the register can hold" in str(long_en)
    assert "NUL character" in str(nul_en)
    set_message_language("fa")
    assert "بلندتر" in str(translate_dbapi_error(_PgError("x", "22001")))
    assert "NUL" in str(translate_dbapi_error(_PgError("0x00")))


def test_permission_messages() -> None:
    set_message_language("en")
    plain = errors.permission_message("permission denied for table partners\nDETAIL: more")
    assert plain.startswith("Your database login is not allowed to do this")
    assert plain.endswith("\n\u2066permission denied for table partners\u2069")
    assert errors.permission_message("").endswith("(peyvand_officer to edit).")
    for detail in ("must be owner of table partners", "permission denied for schema public",
                   "permission denied for table alembic_version", "table peyvand_meta",
                   "relation COUNTRIES"):
        upgrade = errors.permission_message(detail)
        assert "only its owner can make" in upgrade, detail
        assert upgrade.endswith(f"\n\u2066{detail}\u2069")
    assert "\n" not in errors.permission_message("   ")
    set_message_language("fa")
    fa = errors.permission_message("must be owner of table partners")
    assert "فقط مالک" in fa and fa.endswith("\n\u2066must be owner of table partners\u2069")
    fa_plain = errors.permission_message("permission denied for table x")
    assert fa_plain.startswith("ورود شما") and fa_plain.endswith("\n\u2066permission denied for table x\u2069")
    assert errors.permission_message("").endswith("\u2066peyvand_officer\u2069).")


def test_register_refused_keeps_both_texts() -> None:
    e = RegisterRefusedError("Damaged.", "آسیب دیده.", kind="damaged", path="a.sqlite3",
                             kept_as="b", newest_backup=None)
    assert str(e) == "Damaged." and e.message("en") == "Damaged."
    assert e.message("fa") == "آسیب دیده."
    assert (e.kind, e.path, e.kept_as, e.newest_backup) == ("damaged", "a.sqlite3", "b", None)
    assert isinstance(e, DatabaseDamagedError)


# --------------------------------------------------------------------------- limits


def test_text_limits_read_from_the_models() -> None:
    limits = text_limits("partners")
    assert isinstance(limits["name"], int) and limits["name"] > 0
    assert limits["notes"] is None  # Text: unbounded
    assert "id" not in limits and "version" not in limits
    assert Partner.__table__.c["name"].type.length == limits["name"]


@given(st.text(max_size=40), st.one_of(st.none(), st.integers(0, 40)))
def test_value_problem_is_nul_first_then_length(text: str, limit: int | None) -> None:
    got = value_problem(text, limit)
    if "\x00" in text:
        assert got == "nul"
    elif limit is not None and len(text) > limit:
        assert got == "too_long"
    else:
        assert got is None


def test_value_problem_by_example() -> None:
    assert value_problem("abc", 3) is None
    assert value_problem("abcd", 3) == "too_long"
    assert value_problem("a\x00", 100) == "nul"
    assert value_problem("x" * 10_000, None) is None
    assert value_problem(12345, 2) is None  # not text: not this guard's business


def test_problem_messages_name_field_limit_and_length() -> None:
    set_message_language("en")
    assert problem_message("partners.name", "too_long", 300, 412) == (
        "“partners.name” is longer than 300 characters (412); shorten it.")
    assert problem_message("partners.city", "nul", None) == (
        "“partners.city” contains a NUL character (code 0), which the register cannot hold.")
    set_message_language("fa")
    assert problem_message("partners.name", "too_long", 300, 412) == (
        "«partners.name» بلندتر از ۳۰۰ نویسه است (۴۱۲)؛ کوتاهش کنید.")
    assert "«partners.city» نویسهٔ NUL" in problem_message("partners.city", "nul", None)


def test_check_object_refuses_the_first_bad_field() -> None:
    set_message_language("en")
    limit = text_limits("partners")["name"]
    assert limit is not None
    check_object(Partner(name="x" * limit, notes="y" * 100_000))  # at the limit: fine
    with pytest.raises(FieldValueError) as caught:
        check_object(Partner(name="x" * (limit + 1)))
    assert (caught.value.field, caught.value.problem) == ("name", "too_long")
    assert f"({limit + 1})" in str(caught.value) and "partners.name" in str(caught.value)
    with pytest.raises(FieldValueError) as caught:
        check_object(Contact(name="a", notes="b\x00c"))
    assert (caught.value.field, caught.value.problem) == ("notes", "nul")
    assert "contacts.notes" in str(caught.value)
