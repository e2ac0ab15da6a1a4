"""Opening a register: engines, pragmas, migrations with a backup first, units of work.

``Database.open(target)`` takes a SQLite file path or any SQLAlchemy URL
(``postgresql+psycopg://…``). For SQLite it turns on foreign keys, WAL, a busy timeout and
``synchronous=FULL`` (an office register must not lose a commit) and makes every
transaction — DDL included — a real one. Before pending migrations run, the file is copied
with SQLite's backup API; a database written by a newer Peyvand is refused before anything
is written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import logging
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, delete, event, insert, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from db.audit import install_audit
from db.errors import (
    ConflictError,
    DatabaseDamagedError,
    DatabaseTooNewError,
    StorageError,
    translate_dbapi_error,
)
from db.limits import install_field_checks
from db.models import Meta
from db.reference import countries_in_sync, sync_countries

if TYPE_CHECKING:  # Alembic is imported only when a migration is due (it costs ~0.4 s)
    from alembic.config import Config

log = logging.getLogger("peyvand.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000

# NUL characters and over-long text are refused at every flush, the same on SQLite and
# PostgreSQL (db/limits.py).
install_field_checks(Session)


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for a file path or a URL string."""
    text_target = str(target)
    if "://" in text_target:
        try:
            return make_url(text_target)
        except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
            raise StorageError(f"“{text_target}” is not a database address.") from exc
    return URL.create("sqlite+pysqlite", database=str(Path(text_target).expanduser().resolve()))


def alembic_config(connection: Any | None = None) -> Config:
    """An Alembic configuration pointing at Peyvand's migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)\b[^=]*=\s*(?:\(\s*)?(None|["'][^"']+["'](?:\s*,\s*["'][^"']+["'])*)""",
    re.MULTILINE)


def known_revisions() -> tuple[frozenset[str], str]:
    """Every schema revision this Peyvand ships, and the newest (its head).

    Read from the migration scripts' ``revision``/``down_revision`` lines without importing
    Alembic, so opening a register that needs no upgrade does not pay for it. A test checks
    the answer against Alembic's own.
    """
    return _scan_revisions(MIGRATIONS_DIR / "versions")


@functools.cache
def _scan_revisions(versions: Path) -> tuple[frozenset[str], str]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        found = dict((key, value) for key, value in _REVISION_LINE.findall(script.read_text("utf-8")))
        if "revision" not in found:
            continue
        revisions.add(found["revision"].strip("'\""))
        parents.update(part.strip().strip("'\"") for part in found.get("down_revision", "None").split(",")
                       if part.strip() != "None")
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    """The newest schema revision this version of Peyvand knows."""
    return known_revisions()[1]


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, foreign_keys: bool) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL; take it over so that a
    # migration and every unit of work is one real transaction (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(url: URL, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine for *url*; SQLite gets Peyvand's pragmas and real transactions."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, poolclass=None if pooled else NullPool,
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
            _sqlite_pragmas(dbapi_connection, foreign_keys)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # unit_of_work asks for the write lock with the execution option "write"; it is
            # an option of this connection, not an entry of conn.info (issue 9: it was never
            # seen, so writes began DEFERRED and failed at once instead of waiting).
            write = conn.get_execution_options().get("write") or conn.info.get("write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, poolclass=None if pooled else NullPool)


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against this program's migrations."""

    current: str | None
    head: str
    known: bool
    written_by: str

    @property
    def pending(self) -> bool:
        """True when migrations would change the database."""
        return self.current != self.head


class Database:
    """An open register: its engine, its session factory and who is working in it."""

    def __init__(self, url: URL, engine: Engine, actor: str) -> None:
        self.url = url
        self.engine = engine
        self.actor = actor
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, class_=Session)
        install_audit(Session)

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, target: str | Path, *, migrate: bool = True,
             backup_dir: Path | None = None, app_version: str = "") -> Database:
        """Open (creating if needed) the register at *target* and bring its schema up to date.

        Raises :class:`StorageError` subclasses for what a user can act on.
        """
        url = to_url(target)
        if url.get_backend_name() == "sqlite" and url.database:
            path = Path(url.database)
            if not path.parent.exists():
                raise StorageError(f"The folder {path.parent} does not exist.")
            _refuse_non_database(path)
        try:
            state = inspect_schema(url)
            if not state.known:
                raise DatabaseTooNewError(
                    f"This database was written by a newer Peyvand ({state.written_by or 'unknown version'},"
                    f" schema {state.current}); this Peyvand ({app_version or 'this version'},"
                    f" schema {state.head}) will not change it. Install the newer version.",
                    schema=state.current or "", app_version=state.written_by,
                )
            if state.pending:
                if not migrate:
                    raise StorageError("The database needs an upgrade; open it without --no-migrate.")
                run_migrations(url, state, backup_dir=backup_dir, app_version=app_version)
            engine = make_engine(url)
            with engine.connect() as conn:
                if not countries_in_sync(conn):
                    conn.rollback()
                    with conn.begin():
                        sync_countries(conn)
            actor = _actor_for(engine)
        except StorageError:
            raise
        except (DBAPIError, OperationalError) as exc:
            translated = translate_dbapi_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        return cls(url, engine, actor)

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite file, False for a server database."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` on a server."""
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def display_name(self) -> str:
        """The file path, or the server URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    # ------------------------------------------------------------------ work

    @contextlib.contextmanager
    def unit_of_work(self, *, actor: str | None = None, source: str = "app") -> Iterator[Session]:
        """A session in one transaction: commits on success, rolls back on any exception.

        Driver errors a user can act on come out as :class:`StorageError`; a concurrent edit
        (the version counter moved) as :class:`ConflictError`.
        """
        session = self._sessions()
        session.info["actor"] = actor or self.actor
        session.info["source"] = source
        try:
            if self.is_sqlite:
                # Take the write lock up front: a reader that later writes could otherwise
                # fail with "database is locked" half-way through an operation.
                session.connection(execution_options={"write": True})
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "This record was changed or deleted elsewhere after you opened it; "
                "reopen it to see the current version."
            ) from exc
        except SQLAlchemyError as exc:
            session.rollback()
            translated = translate_dbapi_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; rolled back at the end."""
        session = self._sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            translated = translate_dbapi_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        finally:
            session.close()  # ends the transaction; loaded objects stay readable, detached

    def schema_state(self) -> SchemaState:
        """The schema revision of this database against this program's head."""
        return inspect_schema(self.url, engine=self.engine)


# ---------------------------------------------------------------------- helpers


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _refuse_non_database(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if head != _SQLITE_MAGIC:
        raise DatabaseDamagedError(f"{path.name} is not a Peyvand database (not a SQLite file).")


def _actor_for(engine: Engine) -> str:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar_one())
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a service account without a passwd entry)
        return "unknown"


def inspect_schema(url: URL, engine: Engine | None = None) -> SchemaState:
    """Read the database's schema revision and the Peyvand version that last wrote it."""
    own_engine = engine is None
    engine = engine or make_engine(url, pooled=False)
    revisions, head = known_revisions()
    try:
        with engine.connect() as conn:
            current = _current_revision(conn)
            written_by = ""
            if current is not None:
                try:
                    written_by = conn.execute(
                        select(Meta.value).where(Meta.key == "app_version")
                    ).scalar() or ""
                except DBAPIError:
                    written_by = ""
                    conn.rollback()
    finally:
        if own_engine:
            engine.dispose()
    known = current is None or current in revisions
    return SchemaState(current=current, head=head, known=known, written_by=written_by)


def _current_revision(conn: Any) -> str | None:
    """The revision in ``alembic_version`` (None for a database Alembic never touched)."""
    from sqlalchemy import inspect as sa_inspect

    if not sa_inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise DatabaseDamagedError("The database records more than one schema revision.")
    return str(rows[0]) if rows else None


def run_migrations(url: URL, state: SchemaState, *, backup_dir: Path | None = None,
                   app_version: str = "") -> Path | None:
    """Back the database up (SQLite, when it has data), then migrate to head in one transaction.

    Returns the backup file, if one was made. A failed migration rolls back and leaves the
    database as it was.
    """
    backup_path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database and state.current is not None:
        from db.backup import backup_sqlite  # local import: backup imports this module

        source = Path(url.database)
        folder = backup_dir or source.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = folder / f"{source.stem}.before-{state.head}-{stamp}.sqlite3"
        backup_sqlite(source, backup_path)
        log.info("backed up %s to %s before migrating", source, backup_path)
    # Foreign keys off while tables are rebuilt (SQLite batch mode), checked before commit.
    from alembic import command

    engine = make_engine(url, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            if engine.dialect.name == "sqlite":
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseDamagedError(
                        f"The upgrade found {len(problems)} broken references; nothing was changed."
                    )
            _write_meta(conn, app_version)
    finally:
        engine.dispose()
    log.info("migrated %s from %s to %s", url.render_as_string(hide_password=True),
             state.current, state.head)
    return backup_path


def _write_meta(conn: Any, app_version: str) -> None:
    """Record which Peyvand version last migrated the database, for the too-new message."""
    values = {"app_version": app_version or "unknown",
              "migrated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    conn.execute(delete(Meta).where(Meta.key.in_(values)))
    conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in values.items()])
