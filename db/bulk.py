"""Bulk writes: what a large insert needs from the storage that no single record does.

The importer writes tens of thousands of partners in one unit of work. Inside that
transaction it takes primary keys up front, enlarges SQLite's page cache, drops the
partners' secondary indexes and full-text triggers and does their work set-wise
afterwards. All of that is storage detail (DDL, PRAGMAs, trigger texts), so it lives here,
beside :mod:`db.database`, and the domain layer only says *what* to write.

SQLite DDL is transactional in the unit of work (see :mod:`db.database`): a failure or a
killed process inside any of these blocks leaves the schema exactly as it was. Every
statement re-created afterwards is the schema's own text, read from ``sqlite_master``
before it is dropped, so nothing here can drift from the migrations.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Generator, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select

#: The page cache (KiB, as a negative ``cache_size``) while a bulk write inserts. It is
#: the commit's largest allocation outside Python: at 32 MB the import of 100,000 rows
#: into 100,000 peaked 42 MB higher (372 against 330 MB) for about 4% less CPU time
#: (27.1 against 28.2 s user, the whole import, on a loaded machine).
SQLITE_IMPORT_CACHE_KIB = 8_000
#: A bulk insert of at least 1/this of the rows already in ``partners`` drops the table's
#: secondary indexes and builds them again afterwards. Measured on 95,000 rows into
#: 100,000: 3.3 s inserting into seven live indexes with a 20 MB cache (2.5 s with
#: 200 MB) against 0.9 s inserting plus 1.2 s rebuilding; a rebuild costs about a sixth
#: of a live insert per row, so below a quarter it loses.
REBUILD_INDEXES_RATIO = 4
#: The triggers that keep ``partners_fts`` in step with each new or changed partner
#: (migrations 0003 and 0005); a bulk write drops them for its duration and does their
#: work set-wise.
FTS_INSERT_TRIGGER = "partners_fts_insert"
FTS_UPDATE_TRIGGER = "partners_fts_update"


def reserve_ids(conn: Any, table: Any, count: int) -> list[int]:
    """*count* fresh primary keys for *table*, taken before inserting (no RETURNING needed).

    SQLite: the unit of work holds the write lock, so the ids after the largest are free.
    PostgreSQL: taken from the table's sequence, which is safe beside other writers.
    """
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        sequence = conn.execute(select(func.pg_get_serial_sequence(table.name, "id"))).scalar_one()
        return list(conn.execute(select(func.nextval(sequence)).select_from(
            func.generate_series(1, count))).scalars())
    first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    return list(range(first, first + count))


def insert_sql(table: str, columns: Sequence[str]) -> str:
    """A driver-level ``INSERT`` of every column in *columns* (``?`` placeholders)."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def insert_rows(conn: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert plain tuples (values as the driver takes them, in *columns* order) by the
    driver's fastest path: one ``executemany`` on SQLite, ``COPY … FROM STDIN`` on
    PostgreSQL (psycopg), in the connection's transaction."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    conn.exec_driver_sql(insert_sql(table, columns), rows)


def stream_rows(conn: Any, sql: str, size: int = 2000) -> Generator[tuple[Any, ...], None, None]:
    """The rows of a plain ``SELECT`` as the driver's own tuples, *size* at a time.

    SQLite's cursor hands them over directly: 100,000 partners' planner columns come in
    0.18 s of CPU against 0.33–0.38 s through a Core result of the same SQL, which wraps
    every row. Other
    engines stream through SQLAlchemy (server-side, *size* rows a fetch), as a plain cursor
    there would fetch everything at once.
    """
    if conn.dialect.name != "sqlite":
        result = conn.exec_driver_sql(sql, execution_options={"yield_per": size})
        try:  # a reader that stops half-way (a cancelled pass) closes the server's cursor
            for row in result:
                yield tuple(row)
        finally:
            result.close()
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(size):
            yield from batch
    finally:
        cursor.close()


def bound_value(conn: Any, column: Any, value: Any) -> Any:
    """*value* as *column*'s type hands it to the driver (formatted once, not per row)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process else value


def _random_hex(count: int, size: int) -> Iterator[str]:
    """*count* random strings of *size* bytes in hex, from one ``os.urandom`` call."""
    data = os.urandom(size * count).hex()
    step = 2 * size
    return (data[at:at + step] for at in range(0, step * count, step))


def uuid4_strings(count: int) -> list[str]:
    """*count* random (version 4) UUIDs as text, from one ``os.urandom`` call: what
    ``str(uuid.uuid4())`` gives, in a fifth of the time."""
    variant = _UUID_VARIANT
    return [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:]}"
            for h in _random_hex(count, 16)]


def uuid7_strings(count: int) -> list[str]:
    """*count* time-ordered (version 7) UUIDs as text, all of this millisecond, from one
    ``os.urandom`` call: what :func:`db.audit.uuid7` gives, at a fraction of the cost."""
    stamp = f"{(time.time_ns() // 1_000_000) & ((1 << 48) - 1):012x}"
    head = f"{stamp[:8]}-{stamp[8:12]}-7"
    variant = _UUID_VARIANT
    return [f"{head}{h[:3]}-{variant[h[3]]}{h[4:7]}-{h[7:19]}" for h in _random_hex(count, 10)]


#: The RFC 4122 variant digit (10xx) for each hex digit's low two bits.
_UUID_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def row_count(conn: Any, table: str) -> int:
    """How many rows *table* holds."""
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


@contextlib.contextmanager
def sqlite_cache(conn: Any) -> Iterator[None]:
    """A larger SQLite page cache for the duration, then the old size again (SQLite only)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


@contextlib.contextmanager
def indexes_rebuilt_afterwards(conn: Any, table: str, *, enabled: bool = True) -> Iterator[None]:
    """Drop *table*'s secondary indexes for the duration and create them again afterwards
    (SQLite, *enabled* only): one sort per index instead of a B-tree descent per row and
    index. The ``CREATE INDEX`` statements are the schema's own, read from
    ``sqlite_master``. Unique constraints (no ``sql`` of their own) stay."""
    if not enabled or conn.dialect.name != "sqlite":
        yield
        return
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,)).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)


def trigger_sql(conn: Any, name: str) -> str | None:
    """The ``CREATE TRIGGER`` text of SQLite trigger *name* as the schema holds it (or None)."""
    found = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).scalar()
    return str(found) if found else None


@contextlib.contextmanager
def without_trigger(conn: Any, name: str) -> Iterator[bool]:
    """Drop SQLite trigger *name* for the duration (yields whether it was there), then
    create it again from the text the schema held."""
    create_trigger = trigger_sql(conn, name)
    if create_trigger is None:
        yield False
        return
    conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield True
    conn.exec_driver_sql(create_trigger)


@contextlib.contextmanager
def fts_filled_afterwards(conn: Any, first: int, last: int) -> Iterator[None]:
    """Index partners *first*‥*last* in ``partners_fts`` in one statement after inserting
    them, with the per-row insert trigger dropped meanwhile. Without the trigger (no
    full-text index: PostgreSQL, or a register before migration 0003) it does nothing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    with without_trigger(conn, FTS_INSERT_TRIGGER) as present:
        yield
        if present:
            conn.exec_driver_sql(
                "INSERT INTO partners_fts(rowid, search_text) "
                "SELECT id, search_text FROM partners WHERE id BETWEEN ? AND ?", (first, last))


@contextlib.contextmanager
def fts_updated_afterwards(conn: Any, replaced: list[tuple[int, str]]) -> Iterator[None]:
    """Re-index the partners whose ``search_text`` the block rewrites, set-wise afterwards.

    The caller appends ``(id, search_text before)`` to *replaced* for each such partner;
    their old entries are deleted from ``partners_fts`` with exactly the text indexed and
    the new text indexed in one statement per 500 — about a third of the time the per-row
    update trigger takes. SQLite only; without the trigger it does nothing.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    with without_trigger(conn, FTS_UPDATE_TRIGGER) as present:
        yield
        if present and replaced:
            conn.exec_driver_sql(
                "INSERT INTO partners_fts(partners_fts, rowid, search_text) VALUES ('delete', ?, ?)", replaced)
            ids = [pid for pid, _ in replaced]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                conn.exec_driver_sql(
                    "INSERT INTO partners_fts(rowid, search_text) SELECT id, search_text FROM partners "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
