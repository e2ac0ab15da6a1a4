"""The register's health: soundness, schema version, counts and the attachment files.

:func:`check_sqlite_register` only ever reads: the file is examined by
:mod:`db.integrity` and then read through an ``immutable`` (no ``-wal``) or read-only
connection, so not a byte of the file, its ``-wal`` or its ``-shm`` is written and no
lock is left. A hot journal, a read-only file, a file in use and a full disk are reported
as what they are, not as damage.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import func, select

from db.backup import register_attachments_dir
from db.database import Database, SchemaState, head_revision
from db.integrity import examine
from db.models import (
    ActionItem,
    Attachment,
    AuditEntry,
    Body,
    Contact,
    Event,
    Hub,
    HubMission,
    ImportBatch,
    Letter,
    Meeting,
    MoU,
    Partner,
)

COUNTED = {
    "partners": Partner, "contacts": Contact, "hubs": Hub, "hub_missions": HubMission,
    "mous": MoU, "bodies": Body, "meetings": Meeting, "actions": ActionItem,
    "letters": Letter, "events": Event, "attachments": Attachment,
    "import_batches": ImportBatch, "audit_entries": AuditEntry,
}

#: Below this much free space next to the register, ``check`` says the disk is full.
LOW_DISK_BYTES = 1024 * 1024


@dataclass
class RegisterHealth:
    """What ``check`` reports."""

    schema: str | None
    head: str
    written_by: str
    integrity: str
    foreign_keys: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    status: str = "ok"  # ok | readonly | hot_journal | locked | disk_full | damaged | …
    notes: list[str] = field(default_factory=list)
    attachments: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return self.integrity == "ok" and self.foreign_keys == "ok" and not self.problems

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {"schema": self.schema, "head": self.head, "written_by": self.written_by,
                "integrity": self.integrity, "foreign_keys": self.foreign_keys,
                "status": self.status, "counts": self.counts, "problems": self.problems,
                "notes": self.notes, "attachment_files": self.attachments}


def _read_uri(path: Path) -> str:
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return f"file:{quote(str(path))}?mode=ro"
    return f"file:{quote(str(path))}?immutable=1"


def sqlite_integrity(path: Path) -> tuple[str, str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` results ('ok' or the first problem),
    through a connection that cannot write."""
    conn = sqlite3.connect(_read_uri(path), uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        integrity = "ok" if rows == ["ok"] else "; ".join(rows[:3])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        fk_text = "ok" if not fk else f"{len(fk)} broken reference(s), first in table {fk[0][0]}"
        return integrity, fk_text
    except sqlite3.DatabaseError as exc:
        return f"damaged: {exc}", "not checked"
    finally:
        conn.close()


def attachment_files(folder: Path, referenced: set[str]) -> dict[str, list[str]]:
    """Orphaned files, missing files and files whose content no longer matches its hash."""
    found: set[str] = set()
    mismatched: list[str] = []
    if folder.is_dir():
        for sub in folder.iterdir():
            if not sub.is_dir() or len(sub.name) != 2:
                continue
            for f in sub.iterdir():
                if len(f.name) != 64:
                    continue
                found.add(f.name)
                if f.name in referenced:
                    digest = hashlib.sha256()
                    with f.open("rb") as handle:
                        for chunk in iter(lambda: handle.read(1 << 20), b""):
                            digest.update(chunk)
                    if digest.hexdigest() != f.name:
                        mismatched.append(f.name)
    return {"orphaned": sorted(found - referenced), "missing": sorted(referenced - found),
            "mismatched": sorted(mismatched)}


def check_sqlite_register(path: Path, attachments_dir: Path | None = None) -> RegisterHealth:
    """Check the SQLite register *path* without writing anything (see the module text)."""
    finding = examine(path)
    head = head_revision()
    health = RegisterHealth(None, head, "", "ok", "ok", status=finding.kind)
    if finding.kind in ("new", "unborn"):  # unborn: an empty file whose creation was cut short
        health.integrity = "missing"
        health.problems.append(f"{path} does not exist")
        return health
    if finding.kind in ("hot_journal", "locked", "unreadable"):
        health.integrity = "not checked"
        health.problems.append(finding.english)
        return health
    if finding.refused:
        health.integrity = "damaged"
        health.problems.append(finding.english)
        return health
    if finding.kind == "readonly":
        health.notes.append(finding.english)
    try:
        if shutil.disk_usage(path.parent).free < LOW_DISK_BYTES:
            health.status = "disk_full"
            health.notes.append("The disk holding the register is full: changes cannot be saved "
                                "until space is freed (the register itself is not damaged).")
    except OSError:
        pass
    health.integrity, health.foreign_keys = sqlite_integrity(path)
    conn = sqlite3.connect(_read_uri(path), uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        health.schema = row[0] if row else None
        try:
            meta = conn.execute("SELECT value FROM peyvand_meta WHERE key='app_version'").fetchone()
            health.written_by = meta[0] if meta else ""
        except sqlite3.DatabaseError:
            pass
        if health.schema != head:
            health.problems.append(f"schema {health.schema} needs an upgrade to {head}")
            return health
        for name, model in COUNTED.items():
            table = model.__tablename__
            health.counts[name] = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        referenced = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    finally:
        conn.close()
    health.attachments = attachment_files(attachments_dir or register_attachments_dir(path),
                                          referenced)
    if health.attachments["missing"]:
        health.problems.append(f"{len(health.attachments['missing'])} attachment file(s) missing")
    if health.attachments["mismatched"]:
        health.problems.append(f"{len(health.attachments['mismatched'])} attachment file(s) no "
                               "longer match their hash (changed or damaged)")
    if health.attachments["orphaned"]:
        health.notes.append(f"{len(health.attachments['orphaned'])} attachment file(s) no record "
                            "refers to (kept; tidied into the trash folder by the window)")
    return health


def check_register(db: Database, state: SchemaState | None = None) -> RegisterHealth:
    """Check an open register: SQLite through :func:`check_sqlite_register`; on a server the
    server keeps integrity itself and the counts are read."""
    if db.path is not None:
        return check_sqlite_register(db.path)
    state = state or db.schema_state()
    health = RegisterHealth(state.current, state.head, state.written_by, "ok", "ok")
    if state.pending:
        health.problems.append(f"schema {state.current} needs an upgrade to {state.head}")
        return health
    with db.reading() as s:
        for name, model in COUNTED.items():
            health.counts[name] = s.scalar(select(func.count()).select_from(model)) or 0
    return health
