"""``db.bulk``, the storage side of a large import, on a real register.

What the importer relies on: fresh ids that no row holds yet, rows inserted as given, the
page cache, the partners' indexes and the full-text triggers exactly as they were after
the block (and the full-text index right for every partner the block wrote), and UUIDs
that are real version-4 UUIDs.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from db import bulk
from db.database import Database
from db.models import Partner, Tag


def _schema(conn: Any, kind: str, table: str | None = None) -> set[tuple[str, str]]:
    sql = "SELECT name, sql FROM sqlite_master WHERE type = ?"
    args: tuple[str, ...] = (kind,)
    if table is not None:
        sql += " AND tbl_name = ?"
        args = (kind, table)
    return {(n, s) for n, s in conn.exec_driver_sql(sql, args).all() if s}


def _fts(conn: Any, word: str) -> set[int]:
    return set(conn.exec_driver_sql(
        "SELECT rowid FROM partners_fts WHERE partners_fts MATCH ?", (word,)).scalars())


def test_reserved_ids_are_fresh_and_rows_go_in_as_given(any_db: Database) -> None:
    with any_db.unit_of_work() as s:
        s.add_all([Tag(name="نفت"), Tag(name="گاز")])
    with any_db.unit_of_work() as s:
        conn = s.connection()
        table = Tag.__table__
        assert bulk.reserve_ids(conn, table, 0) == []
        (one,) = bulk.reserve_ids(conn, table, 1)  # an import of a single new row
        taken = set(conn.execute(select(table.c.id)).scalars())
        ids = bulk.reserve_ids(conn, table, 3)
        assert len(ids) == 3 and len(set(ids)) == 3 and not set(ids) & taken
        assert min(ids) > max(taken) and one > max(taken)
        bulk.insert_rows(conn, "tags", ["id", "name"], [(i, f"برچسب {i}") for i in ids])
        bulk.insert_rows(conn, "tags", ["id", "name"], [])
        assert bulk.row_count(conn, "tags") == 5
        got = dict(conn.execute(select(table.c.id, table.c.name)).all())
        assert {i: got[i] for i in ids} == {i: f"برچسب {i}" for i in ids}
    with any_db.reading() as s:
        assert bulk.row_count(s.connection(), "tags") == 5


def test_insert_sql_names_every_column_once() -> None:
    assert bulk.insert_sql("tags", ["id", "name"]) == "INSERT INTO tags (id, name) VALUES (?, ?)"
    assert bulk.insert_sql("t", ["a"]) == "INSERT INTO t (a) VALUES (?)"


def test_uuid_strings_are_version_4_and_distinct() -> None:
    made = bulk.uuid4_strings(500)
    assert len(made) == 500 and len(set(made)) == 500
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert bulk.uuid4_strings(0) == []


@given(st.sampled_from("0123456789abcdef"))
def test_uuid_variant_digit(digit: str) -> None:
    assert bulk._UUID_VARIANT[digit] == "89ab"[int(digit, 16) % 4]


def test_cache_indexes_and_triggers_come_back_as_they_were(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        conn = s.connection()
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        indexes = _schema(conn, "index", "partners")
        triggers = _schema(conn, "trigger")
        assert indexes and {bulk.FTS_INSERT_TRIGGER, bulk.FTS_UPDATE_TRIGGER} <= dict(triggers).keys()
        with bulk.sqlite_cache(conn):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == \
                -bulk.SQLITE_IMPORT_CACHE_KIB
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == cache
        with bulk.indexes_rebuilt_afterwards(conn, "partners"):
            assert _schema(conn, "index", "partners") == set()
        assert _schema(conn, "index", "partners") == indexes
        with bulk.indexes_rebuilt_afterwards(conn, "partners", enabled=False):
            assert _schema(conn, "index", "partners") == indexes
        with bulk.without_trigger(conn, bulk.FTS_UPDATE_TRIGGER) as present:
            assert present
            assert bulk.FTS_UPDATE_TRIGGER not in dict(_schema(conn, "trigger"))
        assert _schema(conn, "trigger") == triggers
        with bulk.without_trigger(conn, "no_such_trigger") as present:
            assert present is False
        assert bulk.trigger_sql(conn, "no_such_trigger") is None
        assert bulk.trigger_sql(conn, bulk.FTS_INSERT_TRIGGER) == dict(triggers)[bulk.FTS_INSERT_TRIGGER]


def test_cache_is_restored_after_an_error(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        conn = s.connection()
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with pytest.raises(RuntimeError), bulk.sqlite_cache(conn):
            raise RuntimeError("the import failed")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == cache


def test_full_text_index_filled_and_updated_afterwards(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        s.add(Partner(name="قدیمی", search_text="قدیمی"))
    with sqlite_db.unit_of_work() as s:
        conn = s.connection()
        first = (conn.execute(select(Partner.id).order_by(Partner.id.desc())).scalars().first()
                 or 0) + 1
        with bulk.fts_filled_afterwards(conn, first, first + 1):
            s.add_all([Partner(id=first, name="پالایشگاه", search_text="پالایشگاه tabriz"),
                       Partner(id=first + 1, name="پارک", search_text="پارک tabriz")])
            s.flush()
            assert _fts(conn, "tabriz") == set()  # the trigger is off meanwhile
        assert _fts(conn, "tabriz") == {first, first + 1}
        assert len(_fts(conn, "قدیمی")) == 1  # the partner before the block is not doubled
        replaced: list[tuple[int, str]] = []
        with bulk.fts_updated_afterwards(conn, replaced):
            for p in s.scalars(select(Partner).where(Partner.id >= first)):
                replaced.append((p.id, p.search_text))
                p.search_text = p.search_text.replace("tabriz", "shiraz")
            s.flush()
        assert _fts(conn, "tabriz") == set()
        assert _fts(conn, "shiraz") == {first, first + 1}
        with bulk.fts_updated_afterwards(conn, []):
            pass
        assert _fts(conn, "shiraz") == {first, first + 1}


def test_a_bound_value_is_what_the_column_hands_the_driver(sqlite_db: Database) -> None:
    """The import formats its one timestamp once, as the column type would for every row:
    an aware time becomes UTC text in SQLite's format, as every other save stores it (with
    no offset after it), and a plain text stays as it is."""
    import datetime as dt

    tehran = dt.timezone(dt.timedelta(hours=3, minutes=30))
    aware = dt.datetime(2025, 12, 16, 13, 0, tzinfo=tehran)
    with sqlite_db.unit_of_work() as s:
        conn = s.connection()
        table = Partner.__table__
        assert bulk.bound_value(conn, table.c.created_at, aware) == "2025-12-16 09:30:00.000000"
        s.add(Partner(name="با ORM", created_at=aware))
        s.flush()
        stored = conn.exec_driver_sql("SELECT created_at FROM partners").scalar()
        assert stored == bulk.bound_value(conn, table.c.created_at, aware)
        assert bulk.bound_value(conn, table.c.name, "پارک") == "پارک"
