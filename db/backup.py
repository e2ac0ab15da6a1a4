"""Consistent copies of a SQLite register through SQLite's online backup API, and restores.

The backup API copies a live database page by page under SQLite's own locking, so a copy
taken while the program is open is still a consistent database (a file copy of a WAL
database is not).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db.errors import DatabaseDamagedError, StorageError


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the SQLite database *source* to *destination* (replaced if it exists)."""
    destination = Path(destination)
    if destination.resolve() == Path(source).resolve():
        raise StorageError("The backup file must not be the database itself.")
    if not destination.parent.exists():
        raise StorageError(f"The folder {destination.parent} does not exist.")
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be written: {exc}.") from exc
    finally:
        src.close()
    tmp.replace(destination)
    return destination


def check_sqlite_file(path: Path) -> None:
    """Refuse *path* unless it is an intact SQLite database that Peyvand wrote."""
    if not path.is_file():
        raise StorageError(f"{path} does not exist.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseDamagedError(f"{path.name} is not a Peyvand backup (not a SQLite file).")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseDamagedError(f"{path.name} is damaged: {result[0] if result else '?'}.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "partners" not in tables:
            raise DatabaseDamagedError(f"{path.name} is not a Peyvand database.")
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(f"{path.name} is not a readable database: {exc}.") from exc
    finally:
        conn.close()


def restore_sqlite(database: Path, backup: Path) -> Path | None:
    """Replace *database* with the contents of *backup*; keep a copy of what it replaces.

    Returns the path of that safety copy (``None`` when there was no database yet). The
    backup is checked first; nothing is replaced if it is not an intact Peyvand database.
    """
    check_sqlite_file(backup)
    safety: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = database.with_name(f"{database.stem}.before-restore-{stamp}.sqlite3")
        backup_sqlite(database, safety)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise StorageError(f"The restore failed and the database was left as it was: {exc}.") from exc
    finally:
        src.close()
    return safety
