"""The audit trail: every insert, update and delete of a register record is written down.

A session-level ``after_flush`` hook compares each changed object's attribute history and
inserts one :class:`~db.models.AuditEntry` row per record, in the same transaction as the
change itself — so the trail cannot miss a change that landed, nor record one that did not.
The window, the command line and the importer all write through sessions, so all are covered.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import uuid
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.models import AUDITED_MODELS, AuditEntry, Record
from db.types import utcnow

_SKIPPED = {"version", "updated_at", "created_at", "search_text", "name_key", "name_en_key",
            "web_domain"}


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


def _column_changes(obj: Record, *, all_values: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED:
            continue
        hist = state.attrs[key].history
        if all_values:
            value = getattr(obj, key)
            if value not in (None, ""):
                changes[key] = [None, _plain(value)]
        elif hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[key] = [_plain(old), _plain(new)]
    return changes


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    actor = session.info.get("actor") or "unknown"
    source = session.info.get("source") or "app"
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for action, objects in (("insert", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, AUDITED_MODELS):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            changes = _column_changes(obj, all_values=action != "update")
            if action == "update" and not changes:
                continue
            rows.append({
                "at": now, "actor": actor, "source": source, "action": action,
                "entity": inspect(obj).mapper.local_table.name, "entity_id": obj.id,
                "entity_uuid": obj.uuid or "", "changes": changes,
            })
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install_audit(session_class: type[Session]) -> None:
    """Attach the audit hook to sessions of *session_class* (once)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
