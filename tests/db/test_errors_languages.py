"""Every message of db.errors, for every error a driver raises that a user can act on, reads
wholly in Persian in Persian and wholly in English in English (the server's own words only
inside an isolate); the kinds keep their own sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from psycopg import errors as psycopg_errors

from db import errors
from db.errors import (
    ConnectionFailedError,
    DiskFullError,
    FieldValueError,
    PermissionDeniedError,
    translate_dbapi_error,
)
from resources.translations.catalogue import set_language
from tests.db.test_backup_messages import assert_wholly


@pytest.fixture(autouse=True)
def _persian_afterwards() -> Iterator[None]:
    yield
    set_language("fa")


def _server_error(message: str, sqlstate: str | None = None) -> Exception:
    """The psycopg exception the driver raises for *sqlstate* (its own classes, not a copy)."""
    return (psycopg_errors.lookup(sqlstate) if sqlstate else psycopg_errors.OperationalError)(message)


SERVER = [
    (_server_error("permission denied for table partners", "42501"), PermissionDeniedError,
     "not allowed to do this", "اجازهٔ این کار را ندارد"),
    (_server_error("must be owner of table partners", "42501"), PermissionDeniedError,
     "only its owner can make", "فقط مالک"),
    (_server_error("value too long for type character varying(20)", "22001"), FieldValueError,
     "longer than the register can hold", "بلندتر"),
    (_server_error("unsupported Unicode escape: nul (0x00)", "22P05"), FieldValueError, "NUL character",
     "NUL"),
    (_server_error("could not extend file: No space left on device", "53100"), DiskFullError,
     "server's disk is full", "دیسک کارساز"),
    (_server_error("connection refused"), ConnectionFailedError, "Cannot reach the database server",
     "دسترسی نیست"),
]


@pytest.mark.parametrize(("orig", "kind", "english", "persian"), SERVER)
def test_each_server_error_in_both_languages(orig: Exception, kind: type, english: str,
                                             persian: str) -> None:
    said = {}
    for language in ("fa", "en"):
        set_language(language)
        got = translate_dbapi_error(orig)
        assert type(got) is kind
        said[language] = str(got)
        assert_wholly(said[language], language)
    assert english in said["en"] and persian in said["fa"]
    assert said["en"] != said["fa"]


def test_a_permission_message_without_the_servers_words_has_no_line_for_them() -> None:
    for language in ("fa", "en"):
        set_language(language)
        assert errors.permission_message() == errors.permission_message("")
        assert "\n" not in errors.permission_message()
        assert_wholly(errors.permission_message(), language)


@pytest.mark.parametrize("words", [
    "connection failed: connection to server at \"10.0.0.5\", port 5432 failed: Connection refused",
    "could not connect to server: No route to host",
    "connection timeout expired",
    "password authentication failed for user \"officer\"",
    "could not translate host name \"db.office\" to address",
    "server closed the connection unexpectedly",
    "FATAL:  database \"peyvand\" does not exist",
])
def test_every_way_a_server_is_out_of_reach(words: str) -> None:
    set_language("en")
    got = translate_dbapi_error(_server_error(words + "\nsecond line"))
    assert type(got) is ConnectionFailedError
    assert str(got) == f"Cannot reach the database server: \u2066{words}\u2069"


@pytest.mark.parametrize("words", ["could not extend file: No space left on device",
                                   "could not write: disk full"])
def test_every_way_a_servers_disk_is_full(words: str) -> None:
    assert type(translate_dbapi_error(_server_error(words, "53100"))) is DiskFullError
    assert type(translate_dbapi_error(_server_error(words))) is DiskFullError
