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
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from db.audit import install_audit
from db.errors import (
    ConflictError,
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseTooNewError,
    RegisterRefusedError,
    StorageError,
    translate_dbapi_error,
)
from db.limits import install_field_checks
from db.models import Meta
from db.reference import countries_in_sync, sync_countries
from resources.translations.catalogue import QT_TRANSLATE_NOOP, Message, translate

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
            raise StorageError(translate("db.database", "“{target}” is not a database "
                                         "address.").format(target=text_target)) from exc
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
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:  # a read-only register keeps the mode it has
        pass
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _no_shared_memory_file(path: Path) -> bool:
    """True when SQLite cannot read the WAL register *path* read-only as it is: it needs a
    ``-shm`` file beside it and may not create one in a folder this user cannot write to
    ("attempt to write a readonly database"). The register is then opened immutable, the
    way the examination before opening reads a register without a ``-wal``.
    """
    shm = path.with_name(path.name + "-shm")
    return not shm.exists() and not os.access(path.parent, os.W_OK)


def make_engine(url: URL, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine for *url*; SQLite gets Peyvand's pragmas and real transactions."""
    if url.get_backend_name() == "sqlite":
        extra: dict[str, Any] = {}
        if url.query.get("mode") == "ro" and url.database:
            from urllib.parse import quote

            ro_uri = f"file:{quote(url.database)}?mode=ro"
            if _no_shared_memory_file(Path(url.database)):
                ro_uri += "&immutable=1"
            extra["creator"] = lambda: sqlite3.connect(
                ro_uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        engine = create_engine(url, poolclass=None if pooled else NullPool,
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **extra)

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
        read_only = False
        if url.get_backend_name() == "sqlite" and url.database:
            path = Path(url.database)
            if not path.parent.exists():
                raise StorageError(translate("db.database", "The folder {parent} does not exist.").format(
                                       parent=path.parent))
            read_only = _examine_before_open(path, backup_dir)
            if read_only:
                url = url.set(query={"mode": "ro", "uri": "true"})
        try:
            quick = _open_current(url, read_only)
            if quick is not None:  # the usual start: the schema is current, one statement
                engine, actor = quick
                db = cls(url, engine, actor)
                db.read_only = read_only
                db.backup_dir = backup_dir
                db._hold_file()
                return db
            state = inspect_schema(url)
            if not state.known:
                raise DatabaseTooNewError(
                    translate("db.database", "This database was written by a newer Peyvand "
                                             "({written_by}, schema {current}); this Peyvand "
                                             "({this_version}, schema {head}) will not change it. "
                                             "Install the newer version.").format(
                        written_by=state.written_by or 'unknown version', current=state.current,
                        this_version=app_version or 'this version', head=state.head),
                    schema=state.current or "", app_version=state.written_by,
                )
            if state.pending and read_only:
                raise StorageError(translate("db.database", "The register is read-only and needs "
                                                            "an upgrade; copy it to a folder you "
                                                            "can write to first."))
            if state.pending:
                if not migrate:
                    raise StorageError(translate("db.database", "The database needs an upgrade; "
                                                                "open it without --no-migrate."))
                run_migrations(url, state, backup_dir=backup_dir, app_version=app_version)
            engine = make_engine(url)
            _note_schema(engine, state.head)
            with engine.connect() as conn:
                if not read_only and not countries_in_sync(conn):
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
        db = cls(url, engine, actor)
        db.read_only = read_only
        db.backup_dir = backup_dir
        db._hold_file()
        return db

    def _hold_file(self) -> None:
        """Note that this Database holds its SQLite file open (db.integrity.read_head)."""
        if self.path is not None:
            from db.integrity import opened_by_sqlite

            self._file_key = opened_by_sqlite(self.path)

    #: True when a SQLite register was opened for reading only (the file is read-only).
    read_only = False
    #: Where this register's backups go (``None``: beside the register, ``name.backups``).
    backup_dir: Path | None = None
    #: How many automatic backups rotation keeps (a :class:`db.backup.RetentionPolicy`;
    #: ``None``: the defaults). The window sets it from its settings.
    backup_policy: Any = None

    def backups(self) -> Any:
        """The :class:`db.backup.BackupStore` of this SQLite register (``None`` on a server)."""
        if self.path is None:
            return None
        from db.backup import BackupStore, register_backups_dir

        return BackupStore(self.backup_dir or register_backups_dir(self.path),
                           policy=self.backup_policy)

    def back_up(self, kind: str = "automatic") -> Any:
        """Write a verified backup of this SQLite register and its attachment files now.

        *kind* says why (``automatic``, ``manual``, ``before-import``, ``before-undo`` …).
        Returns the :class:`db.backup.BackupInfo`, or ``None`` on a server (there the
        server's own backups apply) or for a read-only register. Raises
        :class:`StorageError` (disk full, no permission) so that the operation it protects
        is not started.
        """
        store = self.backups()
        if store is None or self.read_only:
            return None
        return store.back_up(self.path, kind)

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

    #: The SQLite file's identity while this Database holds it open (db.integrity.read_head).
    _file_key: tuple[int, int] | None = None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
        if self._file_key is not None:
            from db.integrity import closed_by_sqlite

            closed_by_sqlite(self._file_key)
            self._file_key = None

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
                translate("db.database", "This record was changed or deleted elsewhere after you "
                                         "opened it; reopen it to see the current version.")
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




# The sentences of a refused register, each wanted in both languages at once
# (RegisterRefusedError carries both: the window shows one, the command line the other).
_REFUSED_EARLIER = QT_TRANSLATE_NOOP(
    "db.database", "{name} was refused earlier as damaged and kept as {kept}; restore a backup "
    "(or move that file away to start a new register).")
_KEPT_AS = QT_TRANSLATE_NOOP("db.database", "It was not changed and was kept as {kept}.")
_NOT_RENAMED = QT_TRANSLATE_NOOP("db.database", "It was not changed (it could not be renamed).")
_NEWEST_BACKUP = QT_TRANSLATE_NOOP("db.database",
                                   "The newest good backup is from {when} ({summary}): {name}.")
_NO_BACKUP = QT_TRANSLATE_NOOP("db.database", "No good backup of it was found.")


def _in_both(message: Message, **values: object) -> tuple[str, str]:
    """*message* formatted with *values*, in English and in Persian."""
    return message.text("en").format(**values), message.text("fa").format(**values)


def _examine_before_open(path: Path, backup_dir: Path | None) -> bool:
    """Refuse (and set aside) a damaged, empty or foreign file before SQLite touches it.

    Returns True when the file is sound but read-only (open it for reading). See
    :mod:`db.integrity`.
    """
    from db.backup import BackupStore, register_backups_dir
    from db.integrity import examine, set_aside, set_aside_copies
    from db.prechecked import take

    # The window starts the examination on a thread before it imports the rest of the
    # program (db.prechecked); its finding counts only if the files have not changed since.
    finding = take(path) or examine(path)
    if finding.kind == "locked":
        raise DatabaseLockedError(translate("db.database", "The database is in use by another "
                                                           "program; close it there and try "
                                                           "again."))
    if finding.kind == "unreadable":
        raise StorageError(finding.text())
    if finding.kind == "new":
        earlier = set_aside_copies(path)
        if not earlier:
            return False
        # A register refused earlier and not restored since: do not start an empty one in
        # its place without the user's say.
        kept: Path | None = earlier[0]
        english, persian = _in_both(_REFUSED_EARLIER, name=path.name, kept=earlier[0].name)
    elif finding.refused:
        try:
            kept = set_aside(path)
        except OSError:
            kept = None
        where_en, where_fa = _in_both(_KEPT_AS, kept=kept.name) if kept else _in_both(_NOT_RENAMED)
        english, persian = f"{finding.english} {where_en}", f"{finding.persian} {where_fa}"
    else:
        return finding.kind == "readonly"
    store = BackupStore(backup_dir or register_backups_dir(path))
    newest = store.newest_good()
    if newest is None:
        none_en, none_fa = _in_both(_NO_BACKUP)
        english, persian = f"{english} {none_en}", f"{persian} {none_fa}"
    else:
        when = newest.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        # The time and the summary differ by language (Jalali date and Persian digits).
        english += " " + _NEWEST_BACKUP.text("en").format(
            when=when, summary=newest.summary("en"), name=newest.path.name)
        persian += " " + _NEWEST_BACKUP.text("fa").format(
            when=newest.when_fa(), summary=newest.summary_fa(), name=newest.path.name)
    raise RegisterRefusedError(english, persian, kind=finding.kind, path=path, kept_as=kept,
                               newest_backup=newest)


def _open_current(url: URL, read_only: bool) -> tuple[Engine, str] | None:
    """The engine and actor of a register whose schema is this program's head and whose
    countries are in place, checked in one statement (with the server's login on
    PostgreSQL); ``None`` when anything else must be looked at (a new or older register, a
    newer one, missing countries): then :meth:`Database.open` takes the long way.

    Opening is the first thing the window waits for, and on the office server every
    statement is a round trip (issue 10).
    """
    from sqlalchemy import column, table

    from db.models import Country
    from db.reference import country_rows

    head = head_revision()
    version = table("alembic_version", column("version_num"))
    columns: list[Any] = [func.count(version.c.version_num), func.max(version.c.version_num),
                          select(func.count()).select_from(Country).scalar_subquery()]
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        columns.append(func.current_user())
    try:
        with engine.connect() as conn:
            row = conn.execute(select(*columns).select_from(version)).one()
            if row[1] == head:  # this connection too (the others: _note_schema)
                conn.info.setdefault("peyvand_schema", head)
    except DBAPIError:  # no alembic_version table yet (a new register), or a damaged file
        engine.dispose()
        return None
    revisions, current = int(row[0] or 0), row[1]
    if revisions != 1 or current != head or (
            not read_only and int(row[2] or 0) != len(country_rows())):
        engine.dispose()
        return None
    actor = str(row[3]) if engine.dialect.name == "postgresql" else _actor_for(engine)
    _note_schema(engine, head)
    return engine, actor


def _note_schema(engine: Engine, revision: str) -> None:
    """Tell every connection of *engine* the schema revision just read, which the audit
    hook stamps on each entry (``db.audit.schema_revision`` reads it once per connection
    otherwise: a statement on the first write of every connection, the save's worker's
    included)."""
    def note(_dbapi_connection: Any, record: Any) -> None:
        record.info.setdefault("peyvand_schema", revision)

    event.listen(engine, "connect", note)


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
        raise DatabaseDamagedError(translate("db.database", "The database records more than one "
                                                            "schema revision."))
    return str(rows[0]) if rows else None


def run_migrations(url: URL, state: SchemaState, *, backup_dir: Path | None = None,
                   app_version: str = "") -> Path | None:
    """Back the database up (SQLite, when it has data), then migrate to head in one transaction.

    Returns the backup file, if one was made. A failed migration rolls back and leaves the
    database as it was.
    """
    backup_path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database and state.current is not None:
        from db.backup import BackupStore, register_backups_dir  # local: backup imports us

        source = Path(url.database)
        store = BackupStore(backup_dir or register_backups_dir(source))
        backup_path = store.back_up(source, "before-migration").path
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
                        translate("db.database", "The upgrade found {count} broken references; "
                                                 "nothing was changed.").format(count=len(problems))
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
