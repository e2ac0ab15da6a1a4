"""Setting up the shared office server: schema and roles (``init``), and copying a laptop's
register to it once (``copy-to``).

:func:`init_server` brings the schema to the head revision as the owner and returns the
role SQL of :mod:`db.roles` (running it when asked). :func:`copy_register` copies every row
of a register into an *empty* one on the server in one transaction — all or nothing: a
value the server cannot hold is reported (table, row id, column) before anything is
written, and any failure rolls the whole copy back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from db.database import Database
from db.errors import FieldValueError, StorageError, translate_dbapi_error
from db.limits import problem_message, text_limits, value_problem
from db.models import Base
from db.roles import role_sql
from resources.translations.catalogue import translate

#: Tables the target fills itself when it is opened (migrations, the country list).
_OWN_TABLES = frozenset({"alembic_version", "peyvand_meta", "countries"})
_CHUNK = 1000


@dataclass
class CopyReport:
    """How many rows of each table were copied."""

    rows: dict[str, int] = field(default_factory=dict)
    #: Attachment files carried into the server register, and those the laptop lacked.
    files: int = 0
    missing_files: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Rows copied in all."""
        return sum(self.rows.values())


def init_server(db: Database, *, apply: bool) -> list[str]:
    """The role statements for the (already migrated) server register *db*; run them when
    *apply*, in one transaction."""
    if db.is_sqlite:
        raise StorageError(translate("db.server", "init sets up a PostgreSQL server; this "
                                                  "register is a SQLite file."))
    statements = role_sql(db.url.database or "postgres")
    if apply:
        try:
            with db.engine.begin() as conn:
                for statement in statements:
                    conn.exec_driver_sql(statement)
        except DBAPIError as exc:
            raise (translate_dbapi_error(exc) or exc) from exc
    return statements


def _copied_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if t.name not in _OWN_TABLES]


def register_rows(db: Database) -> dict[str, int]:
    """Rows per table of *db*, for the tables a copy carries (only those that hold any)."""
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:
        for name in _copied_tables():
            table = Base.metadata.tables[name]
            n = conn.execute(select(func.count()).select_from(table)).scalar_one()
            if n:
                counts[name] = int(n)
    return counts


def _check_values(source: Database) -> None:
    """Refuse the copy before writing when a value would not fit the server's column."""
    with source.engine.connect() as conn:
        for name in _copied_tables():
            table = Base.metadata.tables[name]
            limits = text_limits(name)
            columns = [table.c[c] for c in limits if c in table.c]
            if not columns:
                continue
            key = table.c.id if "id" in table.c else columns[0]
            for row in conn.execute(select(key, *columns)):
                for column, value in zip(columns, row[1:], strict=True):
                    problem = value_problem(value, limits[column.name])
                    if problem:
                        raise FieldValueError(
                            problem_message(f"{name}.{column.name}", problem, limits[column.name],
                                            len(value)) + " " +
                            translate("db.server", "(row {value}); fix it on the laptop first. "
                                                   "Nothing was copied.").format(value=row[0]),
                            field=column.name, problem=problem)


def copy_register(source: Database, target: Database,
                  progress: Callable[[str, int], None] | None = None,
                  read_file: Callable[[str], bytes | None] | None = None) -> CopyReport:
    """Copy every row of *source* into the empty register *target*, all or nothing.

    *target* must be at the same schema revision (open it with ``Database.open``, which
    migrates) and must hold no records; the owner's login is needed (sequences are moved
    past the copied ids). *read_file* gives the content of an attachment file by its hash
    (None when the laptop lacks it): each is checked against its hash and stored in the
    server register's ``attachment_blobs``, in the same transaction, so colleagues can
    open what was attached on the laptop.
    """
    if source.schema_state().current != target.schema_state().current:
        raise StorageError(translate("db.server", "The two registers are at different schema "
                                                  "versions; open the laptop's register with "
                                                  "this version of Peyvand first."))
    held = register_rows(target)
    if held:
        listed = ", ".join(f"{n} {t}" for t, n in sorted(held.items()))
        raise StorageError(translate("db.server", "The target already holds a register "
                                                  "({listed}); copy-to only fills an empty one. "
                                                  "Nothing was copied.").format(listed=listed))
    _check_values(source)
    report = CopyReport()
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            for name in _copied_tables():
                table = Base.metadata.tables[name]
                result = src.execution_options(stream_results=True).execute(select(table))
                copied = 0
                while chunk := result.mappings().fetchmany(_CHUNK):
                    dst.execute(insert(table), [dict(r) for r in chunk])
                    copied += len(chunk)
                    if progress:
                        progress(name, copied)
                if copied:
                    report.rows[name] = copied
                if (target.engine.dialect.name == "postgresql" and "id" in table.c
                        and table.c.id.autoincrement is not False and copied):
                    dst.execute(text(
                        "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"), {"t": table.name})
            if read_file is not None:
                _copy_files(src, dst, read_file, report)
    except DBAPIError as exc:
        translated = translate_dbapi_error(exc)
        if translated is not None:
            raise translated from exc
        first = (str(getattr(exc, "orig", exc)).strip().splitlines() or [type(exc).__name__])[0]
        raise StorageError(translate("db.server", "The copy failed and was undone; the server "
                                                  "database is still empty ({first}).").format(
                               first=first)) from exc
    return report


def _copy_files(src: Connection, dst: Connection, read_file: Callable[[str], bytes | None],
                report: CopyReport) -> None:
    """The laptop's attachment files into the target's blobs (checked by hash)."""
    import hashlib

    from db.models import Attachment, AttachmentBlob

    blobs = AttachmentBlob.__table__
    have = set(dst.execute(select(blobs.c.sha256)).scalars())
    for sha in sorted(set(src.execute(select(Attachment.__table__.c.sha256)).scalars())):
        if sha in have:
            continue
        content = read_file(sha)
        if content is None or hashlib.sha256(content).hexdigest() != sha:
            report.missing_files.append(sha)
            continue
        dst.execute(insert(AttachmentBlob).values(sha256=sha, size=len(content), content=content))
        report.files += 1
