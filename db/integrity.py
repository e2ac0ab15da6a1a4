"""Is a SQLite register sound? Examined before anything may write to it.

:func:`examine` looks at a register file the way a careful reader would, without writing a
byte to the file, its ``-wal`` or its journal:

1. the file header (the SQLite magic, a valid page size, a file as long as the header says);
2. a leftover rollback journal (a *hot journal*: some program was writing the file in
   rollback mode and stopped; Peyvand itself only writes in WAL mode, so a hot journal is
   not ours) and a leftover ``-wal``, whose header (magic, version, page size, checksum) is
   checked before SQLite is allowed to fold it in;
3. ``PRAGMA quick_check`` through a read-only connection (``immutable`` when there is no
   ``-wal``, so not even a lock is taken; plain read-only when there is one, so the frames
   are read but never checkpointed into the file). When the file alone is sound but the
   file with its ``-wal`` is not, the ``-wal`` is from another history;
4. the schema: a Peyvand register has ``alembic_version`` and ``partners``.

The answer is a :class:`Finding`. :func:`set_aside` renames a refused file (with its
``-wal``, ``-shm`` and journal) to a name that says it is damaged; renaming does not change
a byte of it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from resources.translations.catalogue import QT_TRANSLATE_NOOP, Message

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDE_FILES = ("-wal", "-shm", "-journal")

#: Kinds of finding that mean "do not write to this file".
REFUSED = frozenset({"empty", "foreign", "truncated", "damaged", "stale_wal", "hot_journal"})


@dataclass(frozen=True)
class Finding:
    """What :func:`examine` found: a kind and a plain sentence, from the catalogue of words
    (``message`` formatted with ``values``), in either language."""

    kind: str  # new | unborn | ok | readonly | locked | unreadable | empty | foreign | truncated | damaged | stale_wal | hot_journal
    message: Message | None = None
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        """The sentence in *language* ('fa' or 'en'; default: the current one)."""
        return self.message.text(language).format(**self.values) if self.message else ""

    @property
    def english(self) -> str:
        """The sentence in English."""
        return self.text("en")

    @property
    def persian(self) -> str:
        """The sentence in Persian."""
        return self.text("fa")

    @property
    def refused(self) -> bool:
        """True when the file must not be opened for writing (damaged, empty, foreign…)."""
        return self.kind in REFUSED

    @property
    def sound(self) -> bool:
        """True when the file can be opened (possibly only for reading)."""
        return self.kind in ("new", "unborn", "ok", "readonly")


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path))}?{query}"


def page_size_of(header: bytes) -> int:
    """The page size a SQLite header declares (0 when it is not a valid one)."""
    raw = struct.unpack(">H", header[16:18])[0]
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else 0


#: Files (device, inode) that a Database of this process holds open, with a count, and the
#: descriptors read_head keeps open on them.
_OPEN_BY_SQLITE: dict[tuple[int, int], int] = {}
_HELD_OPEN: dict[tuple[int, int], int] = {}


def _key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def opened_by_sqlite(path: Path) -> tuple[int, int] | None:
    """Note that this process now holds SQLite connections to *path* (see :func:`read_head`)."""
    key = _key(path)
    if key is not None:
        _OPEN_BY_SQLITE[key] = _OPEN_BY_SQLITE.get(key, 0) + 1
    return key


def closed_by_sqlite(key: tuple[int, int] | None) -> None:
    """The counterpart of :func:`opened_by_sqlite`, when those connections are closed."""
    if key is None or key not in _OPEN_BY_SQLITE:
        return
    _OPEN_BY_SQLITE[key] -= 1
    if _OPEN_BY_SQLITE[key] <= 0:
        del _OPEN_BY_SQLITE[key]
        fd = _HELD_OPEN.pop(key, None)
        if fd is not None:  # no connection of this process holds a lock on it any more
            os.close(fd)


def read_head(path: Path, size: int = 100) -> bytes:
    """The first *size* bytes of a database file, read without dropping SQLite's locks.

    On POSIX, closing any descriptor of a file drops every lock this process holds on it,
    those of its SQLite connections included; another process could then checkpoint and
    delete the WAL under them (a commit lost). So while a Database of this process has the
    file open, the descriptor used here stays open until that Database closes. Windows
    locks per handle: there a plain read is safe.
    """
    key = _key(path) if os.name != "nt" else None
    if key is None or key not in _OPEN_BY_SQLITE:
        with path.open("rb") as handle:
            return handle.read(size)
    fd = _HELD_OPEN.get(key)
    if fd is None:
        fd = os.open(path, os.O_RDONLY)
        _HELD_OPEN[key] = fd
    return os.pread(fd, size, 0)


def _header_problem(path: Path, size: int) -> Finding | None:
    header = read_head(path)
    if header[:16] != SQLITE_MAGIC:
        return Finding("foreign", QT_TRANSLATE_NOOP("db.integrity", "{name} is not a Peyvand register "
                                                            "(not a SQLite database)."),
                                  {"name": path.name})
    if len(header) < 100 or not page_size_of(header):
        return _truncated(path)
    page_size = page_size_of(header)
    pages, change, valid_for = struct.unpack(">I", header[28:32])[0], header[24:28], header[92:96]
    if size % page_size:
        return _truncated(path)
    if change == valid_for and pages and pages * page_size > size and not _wal_may_extend(path, page_size):
        return _truncated(path)
    return None


def _wal_may_extend(path: Path, page_size: int) -> bool:
    """Whether a sound change log beside *path* may hold the pages its header counts.

    A checkpoint copies pages from the -wal into the file in page order, page 1 (with the
    new page count) first; killed half-way, the file is shorter than its header says while
    the -wal still holds every page and SQLite replays it at the next open. The quick check
    through the -wal then decides, not the file's length alone.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size < 32 + 24 + page_size:
            return False
    except OSError:
        return False
    return _wal_problem(path, wal, page_size) is None


def _truncated(path: Path) -> Finding:
    return Finding("truncated", QT_TRANSLATE_NOOP("db.integrity", "{name} is cut short (truncated): part "
                                                          "of the register is missing."),
                                {"name": path.name})


def _damaged(path: Path, detail: str) -> Finding:
    return Finding("damaged", QT_TRANSLATE_NOOP("db.integrity", "{name} is damaged ({detail})."),
                              {"name": path.name, "detail": detail})


def _wal_problem(path: Path, wal: Path, page_size: int) -> Finding | None:
    data = wal.read_bytes()[:32]
    if len(data) < 32:
        return None  # SQLite ignores a -wal shorter than its header
    magic, version, wal_page, _ckpt, _s1, _s2, c1, c2 = struct.unpack(">8I", data)
    stale = Finding("stale_wal",
                    QT_TRANSLATE_NOOP("db.integrity", "{name} has a leftover change log "
                                              "(\u2068{name2}\u2069) that does not belong to it."),
                    {"name": path.name, "name2": wal.name})
    if magic not in WAL_MAGICS or version != WAL_VERSION or wal_page != page_size:
        return stale
    if (c1, c2) != _wal_checksum(data[:24], big_endian=magic & 1 == 1):
        return stale
    return None


def _wal_checksum(data: bytes, *, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (the Fletcher-like sum of its file format documentation)."""
    s1 = s2 = 0
    fmt = ">" if big_endian else "<"
    words = struct.unpack(f"{fmt}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def _hot_journal(path: Path) -> Finding | None:
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    if head == JOURNAL_MAGIC:
        return Finding("hot_journal",
                       QT_TRANSLATE_NOOP("db.integrity", "{name} has an unfinished change from another "
                                                 "program beside it (a hot journal, {name2})."),
                       {"name": path.name, "name2": journal.name})
    return None


def _never_held_data(path: Path) -> bool:
    """Whether an empty (0-byte) register file is one whose creation was cut short.

    SQLite creates the file empty and writes its first page at the first commit; a program
    killed in between leaves 0 bytes, often with the rollback journal of that first
    transaction, which SQLite discards for an empty file. Such a file never held a record.
    A register that did (and was emptied by a failed copy or a full disk) has its backups
    or attachment files beside it: that one is refused, so that a backup is offered.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as handle:
            head = handle.read(20)
    except OSError:
        head = None
    if head is not None:  # the first transaction's journal: not yet sealed, or from 0 pages
        return head[:8] != JOURNAL_MAGIC or head[16:20] == b"\0\0\0\0"
    backups = path.parent / f"{path.stem}.backups"
    attachments = path.parent / f"{path.stem}.attachments"
    return not (backups.exists() and any(backups.glob("*.peyvand.zip"))) and not (
        attachments.exists() and any(attachments.iterdir()))


def _creation_cut_short(path: Path) -> bool:
    """Whether a hot journal is that of the register's very first transaction, killed.

    A new register's first write (the switch to WAL mode) goes through a rollback journal
    that starts from 0 pages; killed before it ends, the file holds a header and no table.
    Rolling that back, as SQLite does at the next open, gives an empty file: nothing can be
    lost. A file that holds any table beside such a journal is refused (the journal may be
    another file's, and rolling it back would empty a register).
    """
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as handle:
            head = handle.read(20)
        if head[:8] != JOURNAL_MAGIC or head[16:20] != b"\0\0\0\0":
            return False
        conn = sqlite3.connect(_uri(path, immutable="1"), uri=True)
        try:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        finally:
            conn.close()
    except (OSError, sqlite3.DatabaseError):
        return False


def _in_use() -> Finding:
    return Finding("locked", QT_TRANSLATE_NOOP("db.integrity", "The register is in use by "
                                                               "another program."))


def _hot_or_in_use(path: Path, hot: Finding) -> Finding | None:
    """Ask SQLite whether a sealed journal is hot, through a read-only connection.

    A journal is hot only when no program holds the write lock: one still writing in
    rollback mode keeps it (SQLite answers "busy"), and its file is in use, not damaged;
    a hot journal cannot be rolled back read-only (SQLite says so); a journal SQLite
    itself would ignore (``None``) is left to the quick check.
    """
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, timeout=0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return _in_use()
        return hot
    except sqlite3.DatabaseError:
        return hot
    return None


def _quick_check(uri: str) -> tuple[str, set[str]]:
    """('ok' or the first problem, the table names) through a read-only connection."""
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        rows = [line for r in conn.execute("PRAGMA quick_check") for line in str(r[0]).splitlines()
                if line and not line.startswith("***")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return ("ok" if rows == ["ok"] else "; ".join(rows[:2])), tables
    finally:
        conn.close()


def examine(path: Path) -> Finding:
    """Examine the register file *path* without writing to it or to its side files."""
    path = Path(path)
    if not path.exists():
        return Finding("new")
    try:
        size = path.stat().st_size
        if size == 0 and _never_held_data(path):
            return Finding("unborn")
        if size == 0:
            return Finding("empty", QT_TRANSLATE_NOOP("db.integrity", "{name} is an empty file (0 "
                                                              "bytes), not a register."),
                                    {"name": path.name})
        problem = _header_problem(path, size)
    except PermissionError:
        return Finding("unreadable", QT_TRANSLATE_NOOP("db.integrity", "{name} cannot be read: "
                                                               "permission denied."),
                                     {"name": path.name})
    if problem is not None:
        return problem
    hot = _hot_journal(path)
    verdict = _hot_or_in_use(path, hot) if hot is not None else None
    if verdict is not None and verdict.kind == "hot_journal" and _creation_cut_short(path):
        return Finding("unborn")
    if verdict is not None:
        return verdict
    page_size = page_size_of(read_head(path))
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if has_wal:
        stale = _wal_problem(path, wal, page_size)
        if stale is not None:
            return stale
    try:
        result, tables = _quick_check(_uri(path, mode="ro") if has_wal
                                      else _uri(path, immutable="1"))
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return _in_use()
        if "unable to open" in text or "readonly" in text:
            return Finding("unreadable", QT_TRANSLATE_NOOP("db.integrity", "{name} cannot be opened: "
                                                                   "{exc}."),
                                         {"name": path.name, "exc": exc})
        result, tables = f"{exc}", set()
    except sqlite3.DatabaseError as exc:
        result, tables = f"{exc}", set()
    if result != "ok":
        if has_wal:
            try:
                alone, _t = _quick_check(_uri(path, immutable="1"))
            except sqlite3.DatabaseError:
                alone = "damaged"
            if alone == "ok":
                return Finding("stale_wal",
                               QT_TRANSLATE_NOOP("db.integrity", "{name} has a leftover change log "
                                                         "(\u2068{name2}\u2069) from another "
                                                         "history; folding it in would damage "
                                                         "the register."),
                               {"name": path.name, "name2": wal.name})
        return _damaged(path, result)
    if tables and not {"alembic_version", "partners"} <= tables:
        return Finding("foreign", QT_TRANSLATE_NOOP("db.integrity", "{name} is a SQLite database of "
                                                            "another program, not a Peyvand "
                                                            "register."),
                                  {"name": path.name})
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return Finding("readonly", QT_TRANSLATE_NOOP("db.integrity", "{name} is read-only; it can be "
                                                             "read and printed, not changed."),
                                   {"name": path.name})
    return Finding("ok")


def damaged_name(path: Path, when: dt.datetime | None = None) -> Path:
    """The name a refused register is kept under: ``name.damaged-YYYYmmdd-HHMMSS.sqlite3``."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".sqlite3"
    candidate = path.with_name(f"{path.stem}.damaged-{stamp}{suffix}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{suffix}")
        n += 1
    return candidate


def set_aside(path: Path) -> Path:
    """Rename *path* (and its -wal/-shm/-journal) to a damaged-… name; return the new path.

    Only renames: the bytes are kept exactly as they were, for a specialist or a later try.
    """
    target = damaged_name(path)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + side))
    os.replace(path, target)
    return target


def set_aside_copies(path: Path) -> list[Path]:
    """Registers refused earlier and kept beside *path*, newest first."""
    suffix = path.suffix or ".sqlite3"
    return sorted(path.parent.glob(f"{path.stem}.damaged-*{suffix}"), reverse=True)


__all__ = ["REFUSED", "Finding", "damaged_name", "examine", "set_aside", "set_aside_copies"]
