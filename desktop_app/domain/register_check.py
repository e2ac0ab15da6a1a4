"""The register's health: schema version, integrity and how many records of each kind."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from db.database import Database, SchemaState
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

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return self.integrity == "ok" and self.foreign_keys == "ok" and not self.problems

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {"schema": self.schema, "head": self.head, "written_by": self.written_by,
                "integrity": self.integrity, "foreign_keys": self.foreign_keys,
                "counts": self.counts, "problems": self.problems}


def sqlite_integrity(path: Path) -> tuple[str, str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` results ('ok' or the first problem)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def check_register(db: Database, state: SchemaState | None = None) -> RegisterHealth:
    """Check *db*: integrity (SQLite pragmas; on a server the server keeps it) and counts."""
    state = state or db.schema_state()
    if db.path is not None:
        integrity, fks = sqlite_integrity(db.path)
    else:
        integrity, fks = "ok", "ok"  # a PostgreSQL server enforces both itself
    health = RegisterHealth(state.current, state.head, state.written_by, integrity, fks)
    if state.pending:
        health.problems.append(f"schema {state.current} needs an upgrade to {state.head}")
        return health
    with db.reading() as s:
        for name, model in COUNTED.items():
            health.counts[name] = s.scalar(select(func.count()).select_from(model)) or 0
    return health
