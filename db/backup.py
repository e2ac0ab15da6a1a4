"""Consistent, verified backups of a SQLite register and its attachment files; restores.

The backup API copies a live database page by page under SQLite's own locking, so a copy
taken while the program is open is still a consistent database (a file copy of a WAL
database is not). :class:`BackupStore` keeps a register's backups beside it (automatic ones
rotated by :class:`RetentionPolicy`), :func:`restore_backup` brings one back, over a damaged
file too. ``backup_sqlite``/``restore_sqlite`` are the plain single-file copies of the first
version (tests and tools use them to copy registers).
"""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from db.errors import DatabaseDamagedError, DatabaseTooNewError, DiskFullError, StorageError
from resources.translations.catalogue import QT_TRANSLATE_NOOP, Message, translate
from resources.translations.catalogue import language as current_language

log = logging.getLogger("peyvand.backup")


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the SQLite database *source* to *destination* (replaced if it exists)."""
    destination = Path(destination)
    if destination.resolve() == Path(source).resolve():
        raise StorageError(translate("db.backup", "The backup file must not be the database "
                                                  "itself."))
    if not destination.parent.exists():
        raise StorageError(translate("db.backup", "The folder {parent} does not exist.").format(
                               parent=destination.parent))
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
        raise StorageError(translate("db.backup", "The backup could not be written: {exc}.").format(
                               exc=exc)) from exc
    finally:
        src.close()
    tmp.replace(destination)
    return destination


def check_sqlite_file(path: Path) -> None:
    """Refuse *path* unless it is an intact SQLite database that Peyvand wrote."""
    if not path.is_file():
        raise StorageError(_missing(path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseDamagedError(translate(
                "db.backup", "{name} is not a Peyvand backup (not a SQLite file).").format(
                name=path.name))
    conn = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)  # reads only
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseDamagedError(translate("db.backup", "{name} is damaged: {detail}.").format(
                name=path.name, detail=result[0] if result else "?"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "partners" not in tables:
            raise DatabaseDamagedError(translate(
                "db.backup", "{name} is not a Peyvand database.").format(name=path.name))
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(translate(
            "db.backup", "{name} is not a readable database: {detail}.").format(
            name=path.name, detail=exc)) from exc
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
        raise StorageError(translate("db.backup", "The restore failed and the database was left "
                                                  "as it was: {exc}.").format(exc=exc)) from exc
    finally:
        src.close()
    return safety


# ====================================================================== backups with attachments
#
# A backup is one zip file: ``register.sqlite3`` (a consistent copy made with the backup
# API), ``attachments/ab/abcdef…`` (every file the copy refers to, by content hash) and
# ``manifest.json`` (kind, time, schema, counts, hashes). It is written to a ``.part`` name,
# verified (quick_check on the copy, CRC of every member read back), flushed, and only then
# renamed into place; a copy that fails verification is deleted and reported.

BACKUP_SUFFIX = ".peyvand.zip"
DB_MEMBER = "register.sqlite3"
MANIFEST = "manifest.json"
FORMAT = 1
KINDS = ("automatic", "manual", "before-migration", "before-import", "before-undo",
         "before-restore", "before-demo-reset")
COUNTED_TABLES = ("partners", "contacts", "hubs", "mous", "meetings", "action_items", "letters",
                  "events", "attachments")


_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class BackupFailedError(StorageError):
    """A backup could not be written or did not pass verification (nothing was kept)."""


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups rotation keeps (the window's settings fill it in)."""

    hours: int = 12
    days: int = 12
    weeks: int = 10
    months: int = 9


@dataclass
class BackupInfo:
    """One backup file as the Backups page and ``backups --json`` list it."""

    path: Path
    created_at: dt.datetime
    kind: str
    size: int
    verified: bool
    schema: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    problem: str = ""
    db_sha256: str = ""
    unchanged: bool = False  # an automatic backup skipped: nothing changed since this one

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {"file": str(self.path), "name": self.path.name,
                "time": self.created_at.isoformat(timespec="seconds"), "kind": self.kind,
                "size": self.size, "verified": self.verified, "schema": self.schema,
                "counts": self.counts, "attachments": self.attachments, "problem": self.problem}

    def summary(self, language: str | None = None) -> str:
        """'26 partners, 5 MoUs, 3 attachments' — what the backup holds, in *language*
        (default: the current one; Persian digits in Persian)."""
        c = self.counts
        text = QT_TRANSLATE_NOOP("db.backup", "{partners} partners, {mous} MoUs, {meetings} "
                                 "meetings, {files} attachment files").text(language).format(
            partners=c.get("partners", 0), mous=c.get("mous", 0),
            meetings=c.get("meetings", 0), files=self.attachments)
        return text.translate(_FA_DIGITS) if (language or current_language()) == "fa" else text

    def summary_fa(self) -> str:
        """The same in Persian (Persian digits)."""
        return self.summary("fa")

    def when_fa(self) -> str:
        """The backup's local time as a Jalali date and time in Persian digits, isolated
        left-to-right so that a Persian line keeps its order."""
        import jdatetime

        local = self.created_at.astimezone()
        text = jdatetime.datetime.fromgregorian(datetime=local).strftime("%Y/%m/%d %H:%M")
        return "\u2066" + text.translate(_FA_DIGITS) + "\u2069"


def register_backups_dir(database: Path) -> Path:
    """The folder of a register's own backups: ``name.backups`` beside ``name.sqlite3``."""
    return database.parent / f"{database.stem}.backups"


def register_attachments_dir(database: Path) -> Path:
    """The managed attachments folder of a SQLite register (``name.attachments``)."""
    return database.parent / f"{database.stem}.attachments"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: What could not be written, named in the sentence of a storage error (translated with it).
THE_BACKUP = QT_TRANSLATE_NOOP("db.backup", "The backup")
THE_RESTORED_REGISTER = QT_TRANSLATE_NOOP("db.backup", "The restored register")


def _missing(path: Path) -> str:
    return translate("db.backup", "{path} does not exist.").format(path=path)


def _disk_full(what: Message) -> DiskFullError:
    return DiskFullError(translate("db.backup", "The disk is full: {what} could not be written; "
                                                "free some space and try again. Nothing was "
                                                "changed.").format(what=what.text()))


def _no_permission(what: Message) -> StorageError:
    return StorageError(translate("db.backup", "{what} could not be written: the folder is "
                                               "read-only or you have no permission to write "
                                               "there. Nothing was changed.").format(
        what=what.text()))


def _not_written(what: Message, detail: object) -> StorageError:
    return StorageError(translate("db.backup", "{what} could not be written: {detail}.").format(
        what=what.text(), detail=detail))


def _os_error(exc: OSError, what: Message) -> StorageError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return _disk_full(what)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _no_permission(what)
    return _not_written(what, exc.strerror or exc)


def _sqlite_error(exc: sqlite3.Error, what: Message) -> StorageError:
    text = str(exc).lower()
    if "full" in text:
        return _disk_full(what)
    if "readonly" in text or "unable to open" in text:
        return _no_permission(what)
    return _not_written(what, exc)


def _copy_database(source: Path, destination: Path) -> None:
    """A consistent, self-contained copy of *source* through the backup API (read-only source)."""
    src = sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _describe_copy(path: Path) -> tuple[str, dict[str, int], list[str]]:
    """(schema revision, counts, attachment hashes) of a database copy; raises if damaged."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if rows != ["ok"]:
            raise DatabaseDamagedError(translate("db.backup", "the copy is damaged ({detail})").format(
                detail="; ".join(rows[:2])))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "partners"} <= tables:
            raise DatabaseDamagedError(translate("db.backup", "the copy is not a Peyvand register"))
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                  for t in COUNTED_TABLES if t in tables}
        counts["mous"] = counts.get("mous", 0)
        hashes = ([r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")]
                  if "attachments" in tables else [])
        return (schema[0] if schema else ""), counts, hashes
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(translate("db.backup", "the copy is not readable ({detail})").format(
            detail=exc)) from exc
    finally:
        conn.close()


# Deflate level 1: a backup is taken while the officer waits (before an import, a restore, a
# migration). On a 264 MB register level 6 took 40 s of a 61 s backup, level 1 16 s, for a zip
# about 13% larger (61 MB against 54 MB; bench/bench_import_backup.py).
COMPRESS_LEVEL = 1


def backup_name(database: Path, kind: str, when: dt.datetime) -> str:
    """``register-20261202T050102.123Z-automatic.peyvand.zip``: sorts by time, says its kind."""
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S") + f".{when.microsecond // 1000:03d}Z"
    return f"{database.stem}-{stamp}-{kind}{BACKUP_SUFFIX}"


def write_backup(database: Path, destination: Path, *, kind: str = "manual",
                 attachments_dir: Path | None = None, now: dt.datetime | None = None,
                 skip_if_same_as: BackupInfo | None = None) -> BackupInfo:
    """Write one verified backup file of *database* and its attachment files to *destination*.

    Refuses a register that is damaged. Raises :class:`BackupFailedError` (nothing kept) when
    the copy does not verify, :class:`DiskFullError` / :class:`StorageError` when it cannot be
    written. With *skip_if_same_as*, an identical database is not written again (the returned
    info is that backup, marked ``unchanged``).
    """
    from db.integrity import examine

    database = Path(database)
    destination = Path(destination)
    finding = examine(database)
    if finding.kind in ("new", "unborn"):
        raise StorageError(_missing(database))
    if not finding.sound:
        raise DatabaseDamagedError(finding.text() + " " + translate(
            "db.backup", "It was not backed up: a backup of a damaged register would replace a "
                         "good one."))
    attachments_dir = attachments_dir or register_attachments_dir(database)
    now = now or _utcnow()
    folder = destination.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".backup-", dir=folder))
    except OSError as exc:
        raise _os_error(exc, THE_BACKUP) from exc
    part = destination.with_name(destination.name + ".part")
    try:
        copy = work / DB_MEMBER
        try:
            _copy_database(database, copy)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, THE_BACKUP) from exc
        try:
            schema, counts, hashes = _describe_copy(copy)
        except DatabaseDamagedError as exc:
            raise BackupFailedError(translate("db.backup", "The backup did not pass its check "
                                                           "({exc}); it was deleted.").format(
                                        exc=exc)) from exc
        db_sha = _sha256_file(copy)
        if (skip_if_same_as is not None and skip_if_same_as.verified
                and skip_if_same_as.db_sha256 == db_sha):
            skip_if_same_as.unchanged = True
            return skip_if_same_as
        included: list[str] = []
        missing: list[str] = []
        mismatched: list[str] = []
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=COMPRESS_LEVEL) as zf:
            zf.write(copy, DB_MEMBER)
            for sha in sorted(set(hashes)):
                stored = attachments_dir / sha[:2] / sha
                if not stored.is_file():
                    missing.append(sha)
                    continue
                digest = hashlib.sha256()
                with stored.open("rb") as src, zf.open(f"attachments/{sha[:2]}/{sha}", "w",
                                                       force_zip64=True) as out:
                    for chunk in iter(lambda: src.read(1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != sha:
                    mismatched.append(sha)  # kept in the zip under its name, flagged
                included.append(sha)
            manifest = {"format": FORMAT, "kind": kind, "created_at": now.isoformat(),
                        "register": database.name, "schema": schema, "counts": counts,
                        "db_sha256": db_sha, "attachments": included,
                        "missing_attachments": missing, "mismatched_attachments": mismatched}
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            with zipfile.ZipFile(part) as zf:
                bad = zf.testzip()
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            bad = str(exc)
        if bad is not None:
            raise BackupFailedError(translate("db.backup", "The backup did not pass its check "
                                                           "({bad} reads back wrong); it was "
                                                           "deleted.").format(bad=bad))
        os.replace(part, destination)
        _fsync_dir(folder)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _os_error(exc, THE_BACKUP) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("backup %s written (%s, %d attachment files)", destination.name, kind, len(included))
    return BackupInfo(destination, now, kind, destination.stat().st_size, True, schema, counts,
                      len(included), "", db_sha)


def read_manifest(path: Path) -> BackupInfo:
    """What a backup file says about itself (cheap: the manifest only, no full check)."""
    path = Path(path)
    size = path.stat().st_size if path.exists() else 0
    try:
        with zipfile.ZipFile(path) as zf:
            zf.getinfo(DB_MEMBER)  # KeyError: a manifest without its register is no backup
            data = json.loads(zf.read(MANIFEST))
        if not isinstance(data, dict):  # "[]", "null", a number: no manifest of ours
            raise ValueError("its manifest is not a JSON object")
        created = dt.datetime.fromisoformat(data["created_at"])
        return BackupInfo(path, created, str(data.get("kind", "manual")), size, True,
                          str(data.get("schema", "")), dict(data.get("counts", {})),
                          len(data.get("attachments", [])), "", str(data.get("db_sha256", "")))
    # TypeError: a field of the wrong type (a number for the time, a list for the counts).
    except (OSError, KeyError, TypeError, ValueError, EOFError, zipfile.BadZipFile,
            zlib.error) as exc:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC) if path.exists() else _utcnow()
        return BackupInfo(path, created, "unknown", size, False,
                          problem=translate("db.backup", "not a readable Peyvand backup "
                                                         "({detail})").format(detail=exc))


def verify_backup(path: Path) -> BackupInfo:
    """Check a backup file fully without writing to it: every member's CRC, the database
    (integrity_check, Peyvand schema, not from a newer version) and each attachment's hash.

    Raises :class:`DatabaseDamagedError` or :class:`DatabaseTooNewError`.
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError(_missing(path))
    if not zipfile.is_zipfile(path):
        # A plain SQLite copy (an older Peyvand's backup) is accepted as it is.
        check_sqlite_file(path)
        info = BackupInfo(path, dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC), "manual",
                          path.stat().st_size, True)
        _refuse_too_new_file(path)
        return info
    info = read_manifest(path)
    if not info.verified:
        raise DatabaseDamagedError(translate("db.backup", "{name} cannot be used: {problem}; it "
                                                          "was not restored.").format(
            name=path.name, problem=info.problem))
    work = Path(tempfile.mkdtemp(prefix="peyvand-verify-"))
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise DatabaseDamagedError(translate(
                    "db.backup", "{name} is damaged ({bad} reads back wrong); it was not "
                                 "restored.").format(name=path.name, bad=bad))
            zf.extract(DB_MEMBER, work)
            for name in zf.namelist():
                if name.startswith("attachments/"):
                    digest = hashlib.sha256()
                    with zf.open(name) as member:
                        for chunk in iter(lambda: member.read(1 << 20), b""):
                            digest.update(chunk)
                    if digest.hexdigest() != name.rsplit("/", 1)[-1]:
                        info.problem = translate(
                            "db.backup", "attachment {sha}… does not match its hash").format(
                            sha=name.rsplit("/", 1)[-1][:12])
        check_sqlite_file(work / DB_MEMBER)
        _refuse_too_new_file(work / DB_MEMBER)
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DatabaseDamagedError(translate(
            "db.backup", "{name} cannot be read ({detail}); it was not restored.").format(
            name=path.name, detail=exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return info


def _refuse_too_new_file(path: Path) -> None:
    from alembic.script import ScriptDirectory

    from db.database import alembic_config

    conn = sqlite3.connect(f"file:{quote(str(path))}?immutable=1", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(row[0]) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        known = False
    if not known:
        raise DatabaseTooNewError(translate(
            "db.backup", "{name} was written by a newer Peyvand (schema {schema}); it was not "
                         "restored. Install the newer version.").format(
            name=path.name, schema=row[0]), schema=row[0], app_version="")


# ---------------------------------------------------------------------- rotation


def select_kept(times: list[dt.datetime], now: dt.datetime,
                policy: RetentionPolicy = RetentionPolicy()) -> set[int]:
    """Indexes of *times* rotation keeps: everything of the last ``hours`` hours, then the
    newest of each day for ``days`` days, of each week for ``weeks`` weeks and of each month
    for ``months`` months (calendar buckets, UTC); the newest backup is always kept."""
    kept: set[int] = set()
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    if order:
        kept.add(order[0])
    for i in order:
        if now - times[i] <= dt.timedelta(hours=policy.hours):
            kept.add(i)

    def newest_per(bucket: Callable[[dt.datetime], object], span: dt.timedelta) -> None:
        seen: set[object] = set()
        for i in order:
            if now - times[i] > span:
                continue
            key = bucket(times[i])
            if key not in seen:
                seen.add(key)
                kept.add(i)

    newest_per(lambda t: t.date(), dt.timedelta(days=policy.days))
    newest_per(lambda t: t.isocalendar()[:2], dt.timedelta(weeks=policy.weeks))
    newest_per(lambda t: (t.year, t.month), dt.timedelta(days=31 * policy.months))
    return kept


class BackupStore:
    """A register's folder of backups: write (verified), list, rotate, find the newest good one.

    *clock* returns the current UTC time (tests inject one to simulate a year).
    """

    def __init__(self, folder: Path, *, policy: RetentionPolicy | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.folder = Path(folder)
        self.policy = policy or RetentionPolicy()
        self.clock = clock or _utcnow

    @classmethod
    def for_register(cls, database: Path, **kwargs: Any) -> BackupStore:
        """The store beside a SQLite register."""
        return cls(register_backups_dir(Path(database)), **kwargs)

    def list(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first (damaged ones flagged, not hidden)."""
        if not self.folder.is_dir():
            return []
        infos = [read_manifest(p) for p in self.folder.glob(f"*{BACKUP_SUFFIX}")]
        return sorted(infos, key=lambda b: b.created_at, reverse=True)

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes the full check."""
        for info in self.list():
            if not info.verified:
                continue
            try:
                verify_backup(info.path)
            except StorageError:
                continue
            return info
        return None

    def back_up(self, database: Path, kind: str = "automatic", *,
                attachments_dir: Path | None = None) -> BackupInfo:
        """Write a verified backup here, then rotate (only after it verified).

        An automatic backup of a register unchanged since the newest backup writes nothing.
        """
        now = self.clock()
        destination = self.folder / backup_name(Path(database), kind, now)
        n = 1
        while destination.exists():
            n += 1
            destination = destination.with_name(destination.name.replace(
                BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}"))
        newest = next((b for b in self.list() if b.verified), None) if kind == "automatic" else None
        info = write_backup(database, destination, kind=kind, attachments_dir=attachments_dir,
                            now=now, skip_if_same_as=newest)
        if not info.unchanged:
            self.rotate()
        return info

    def rotate(self) -> builtins.list[Path]:
        """Drop what the policy no longer keeps; manual backups are never dropped."""
        infos = [b for b in self.list() if b.verified and b.kind != "manual"]
        kept = select_kept([b.created_at for b in infos], self.clock(), self.policy)
        removed = []
        for i, info in enumerate(infos):
            if i not in kept:
                try:
                    info.path.unlink()
                    removed.append(info.path)
                except OSError:
                    log.warning("could not drop old backup %s", info.path)
        import time

        for leftover in self.folder.glob("*.part"):  # left by a killed backup, not a running one
            try:
                if time.time() - leftover.stat().st_mtime > 600:
                    leftover.unlink()
            except OSError:
                pass
        _remove_stale_work(self.folder, ".backup-*", older_than=600)
        return removed


# ---------------------------------------------------------------------- restore


@dataclass
class RestoreResult:
    """What a restore did: what it kept aside and how many attachment files it brought back."""

    database: Path
    backup: BackupInfo
    safety_backup: Path | None = None
    set_aside: Path | None = None
    attachments_restored: int = 0


def restore_backup(backup: Path, database: Path, *, attachments_dir: Path | None = None,
                   store: BackupStore | None = None) -> RestoreResult:
    """Bring *database* (and its attachment files) back to the state of *backup*.

    The backup is read, never written. It is checked fully first: a damaged backup or one
    from a newer Peyvand is refused and nothing changes. A sound current register is backed
    up (kind ``before-restore``) and then overwritten in one SQLite transaction (a kill
    leaves either the old or the new state); a damaged, truncated, empty or foreign one is
    not copied but kept aside under a damaged-… name. Attachment files are added to the
    managed folder; none is deleted (files only a newer state refers to stay, for the trash
    rule of the attachments service).
    """
    from db.integrity import examine, set_aside

    backup = Path(backup)
    database = Path(database)
    if backup.resolve() == database.resolve():
        raise StorageError(translate("db.backup", "The backup file is the register itself."))
    info = verify_backup(backup)
    attachments_dir = attachments_dir or register_attachments_dir(database)
    store = store or BackupStore.for_register(database)
    result = RestoreResult(database, info)
    _remove_stale_work(database.parent, ".restore-*")
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=database.parent))
    try:
        fresh = work / DB_MEMBER
        if zipfile.is_zipfile(backup):
            with zipfile.ZipFile(backup) as zf:
                zf.extract(DB_MEMBER, work)
                result.attachments_restored = _restore_attachments(zf, attachments_dir)
        else:
            _copy_database(backup, fresh)
        finding = examine(database)
        if finding.sound and finding.kind not in ("new", "unborn"):
            result.safety_backup = store.back_up(database, "before-restore",
                                                 attachments_dir=attachments_dir).path
            _overwrite_with(fresh, database)
        else:
            if finding.kind == "unborn":  # an empty file whose creation was cut short
                for side in ("-journal", "-wal", "-shm"):
                    database.with_name(database.name + side).unlink(missing_ok=True)
            elif finding.kind != "new":
                result.set_aside = set_aside(database)
            os.replace(fresh, database)
            _fsync_dir(database.parent)
    except OSError as exc:
        raise _os_error(exc, THE_RESTORED_REGISTER) from exc
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, THE_RESTORED_REGISTER) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("restored %s from %s", database, backup.name)
    return result


def _remove_stale_work(folder: Path, pattern: str, older_than: float = 3600) -> None:
    """Remove work folders a killed backup or restore left (older than an hour)."""
    import time

    for work in folder.glob(pattern):
        try:
            if time.time() - work.stat().st_mtime > older_than:
                shutil.rmtree(work, ignore_errors=True)
        except OSError:
            pass


def _overwrite_with(fresh: Path, database: Path) -> None:
    """Replace the content of the sound register *database* with *fresh* in one transaction."""
    src = sqlite3.connect(f"file:{quote(str(fresh))}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database, timeout=10)
        try:
            # Peyvand writes a register only in WAL mode (a hot journal beside one is never
            # its own, db.integrity): a register still in rollback mode (a plain copy) is
            # switched first, so that a kill mid-restore leaves a -wal SQLite replays.
            dst.execute("PRAGMA journal_mode = WAL")
            dst.execute("PRAGMA synchronous = FULL")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _restore_attachments(zf: zipfile.ZipFile, folder: Path) -> int:
    """Add the backup's attachment files that the folder lacks (checked, then renamed in)."""
    restored = 0
    for name in zf.namelist():
        if not name.startswith("attachments/") or name.endswith("/"):
            continue
        sha = name.rsplit("/", 1)[-1]
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            continue  # only content-addressed names, never a path from the archive
        target = folder / sha[:2] / sha
        if target.is_file() and _sha256_file(target) == sha:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
        digest = hashlib.sha256()
        try:
            with zf.open(name) as member, os.fdopen(fd, "wb") as out:
                for chunk in iter(lambda: member.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha:
                Path(temp_name).unlink(missing_ok=True)
                log.warning("backup attachment %s does not match its hash; not restored", sha)
                continue
            os.replace(temp_name, target)
            restored += 1
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    return restored
