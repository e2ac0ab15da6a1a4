"""A record's change history, read from the audit trail as plain rows.

The audit trail (:mod:`db.audit`) holds one entry per insert, update and delete with the
old and new values of the columns that changed. This module turns them into rows a
"History" tab or the dashboard's "recent changes" can show: who, when, what, which fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, literal, or_, select, union_all
from sqlalchemy.orm import Session

from db.database import Database
from db.models import (
    ActionItem,
    AuditEntry,
    Body,
    Contact,
    Event,
    Hub,
    Letter,
    Meeting,
    MoU,
    Partner,
)
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, Message

# Entities whose history includes their children's entries: child table → its parent key.
CHILDREN: dict[str, dict[str, str]] = {
    "partners": {"contacts": "partner_id"},
    "mous": {"mou_parties": "mou_id", "cooperation_axes": "mou_id"},
    "hubs": {"hub_missions": "hub_id"},
    "bodies": {"body_members": "body_id"},
}

# How a record is named in "recent changes": table → (model, column giving its name).
_TITLES: dict[str, tuple[Any, Any]] = {
    "partners": (Partner, Partner.name),
    "contacts": (Contact, Contact.name),
    "mous": (MoU, MoU.title),
    "hubs": (Hub, Hub.title),
    "meetings": (Meeting, Meeting.title),
    "action_items": (ActionItem, ActionItem.title),
    "letters": (Letter, Letter.subject),
    "events": (Event, Event.title),
    "bodies": (Body, Body.name),
}

_ENTITY_NAMES: dict[str, Message] = {
    "partners": QT_TRANSLATE_NOOP("domain.history", "Partner"),
    "contacts": QT_TRANSLATE_NOOP("domain.history", "Contact"),
    "mous": QT_TRANSLATE_NOOP("domain.history", "MoU"),
    "mou_parties": QT_TRANSLATE_NOOP("domain.history", "MoU party"),
    "cooperation_axes": QT_TRANSLATE_NOOP("domain.history", "Cooperation axis"),
    "hubs": QT_TRANSLATE_NOOP("domain.history", "Hub"),
    "hub_missions": QT_TRANSLATE_NOOP("domain.history", "Hub mission"),
    "bodies": QT_TRANSLATE_NOOP("domain.history", "Working group"),
    "body_members": QT_TRANSLATE_NOOP("domain.history", "Member"),
    "meetings": QT_TRANSLATE_NOOP("domain.history", "Meeting"),
    "action_items": QT_TRANSLATE_NOOP("domain.history", "Action"),
    "letters": QT_TRANSLATE_NOOP("domain.history", "Letter"),
    "events": QT_TRANSLATE_NOOP("domain.history", "Event"),
    "attachments": QT_TRANSLATE_NOOP("domain.history", "Attachment"),
    "import_batches": QT_TRANSLATE_NOOP("domain.history", "Import"),
}

_ACTIONS = {"insert": QT_TRANSLATE_NOOP("domain.history", "created"), "update": QT_TRANSLATE_NOOP("domain.history", "changed"),
            "delete": QT_TRANSLATE_NOOP("domain.history", "deleted")}

# Field names shown in the history (others are shown as stored).
_FIELDS: dict[str, Message] = {
    "name": QT_TRANSLATE_NOOP("domain.history", "Name"), "name_en": QT_TRANSLATE_NOOP("domain.history", "Latin name"), "kind": QT_TRANSLATE_NOOP("domain.history", "Kind"),
    "sector": QT_TRANSLATE_NOOP("domain.history", "Sector"), "origin": QT_TRANSLATE_NOOP("domain.history", "Domestic/foreign"),
    "country_code": QT_TRANSLATE_NOOP("domain.history", "Country"), "city": QT_TRANSLATE_NOOP("domain.history", "City"), "address": QT_TRANSLATE_NOOP("domain.history", "Address"),
    "website": QT_TRANSLATE_NOOP("domain.history", "Website"), "email": QT_TRANSLATE_NOOP("domain.history", "E-mail"), "phone": QT_TRANSLATE_NOOP("domain.history", "Phone"),
    "notes": QT_TRANSLATE_NOOP("domain.history", "Notes"), "role": QT_TRANSLATE_NOOP("domain.history", "Role"), "title": QT_TRANSLATE_NOOP("domain.history", "Title"),
    "number": QT_TRANSLATE_NOOP("domain.history", "Number"), "status": QT_TRANSLATE_NOOP("domain.history", "Status"), "subject": QT_TRANSLATE_NOOP("domain.history", "Subject"),
    "signed_on": QT_TRANSLATE_NOOP("domain.history", "Signed on"), "valid_until": QT_TRANSLATE_NOOP("domain.history", "Valid until"),
    "valid_from": QT_TRANSLATE_NOOP("domain.history", "Valid from"), "progress": QT_TRANSLATE_NOOP("domain.history", "Progress"),
    "due_on": QT_TRANSLATE_NOOP("domain.history", "Due"), "owner": QT_TRANSLATE_NOOP("domain.history", "Owner"), "held_on": QT_TRANSLATE_NOOP("domain.history", "Date"),
    "place": QT_TRANSLATE_NOOP("domain.history", "Place"), "partner_id": QT_TRANSLATE_NOOP("domain.history", "Partner"),
}


def entity_name(entity: str) -> str:
    """What a table's records are called, in the current language."""
    name = _ENTITY_NAMES.get(entity)
    return name.text() if name is not None else entity


def action_name(action: str) -> str:
    """'created' / 'changed' / 'deleted' in the current language."""
    name = _ACTIONS.get(action)
    return name.text() if name is not None else action


def field_name(column: str) -> str:
    """A column's name as the form labels it, in the current language."""
    name = _FIELDS.get(column)
    return name.text() if name is not None else column


@dataclass(frozen=True)
class FieldChange:
    """One column's old and new value (as stored: ISO dates, enum values, ASCII digits)."""

    column: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One audit entry: when (UTC), who, what happened to which record, and the fields."""

    id: int
    at: dt.datetime
    actor: str
    source: str
    action: str
    entity: str
    entity_id: int
    fields: tuple[FieldChange, ...] = field(default_factory=tuple)
    title: str = ""  # the record's current name (recent changes), '' when not looked up


class HistoryService:
    """Audit entries of one record, or of the whole register (most recent first)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, entity: str, entity_id: int, *, limit: int = 500,
                include_children: bool = True) -> list[HistoryEntry]:
        """The history of record *entity_id* of *entity* (and of its children), newest first."""
        conds = [and_(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)]
        if include_children:
            for child, key in CHILDREN.get(entity, {}).items():
                child_ids = self._child_ids(child, key, entity_id)
                if child_ids:
                    conds.append(and_(AuditEntry.entity == child,
                                      AuditEntry.entity_id.in_(child_ids)))
        stmt = (select(AuditEntry).where(or_(*conds))
                .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
        with self.db.reading() as s:
            return [_entry(a) for a in s.scalars(stmt)]

    def _child_ids(self, child: str, key: str, parent_id: int) -> list[int]:
        # A child's parent key is written in full when it is created (audit of inserts).
        with self.db.reading() as s:
            stmt = select(AuditEntry.entity_id).where(
                AuditEntry.entity == child, AuditEntry.action == "insert",
                AuditEntry.changes[key][1].as_integer() == parent_id)
            return sorted(set(s.scalars(stmt)))

    def recent(self, limit: int = 20, *, session: Session | None = None) -> list[HistoryEntry]:
        """The register's last *limit* changes, each with its record's current name.

        Two statements whatever the mix of records (the names in one UNION ALL); pass
        *session* to read inside a session the caller already holds.
        """
        if session is None:
            with self.db.reading() as s:
                return self.recent(limit, session=s)
        stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        entries = [_entry(a) for a in session.scalars(stmt)]
        wanted: dict[str, set[int]] = {}
        for e in entries:
            if e.entity in _TITLES:
                wanted.setdefault(e.entity, set()).add(e.entity_id)
        titles: dict[tuple[str, int], str] = {}
        parts = [select(literal(entity).label("entity"), _TITLES[entity][0].id.label("id"),
                        _TITLES[entity][1].label("title"))
                 .where(_TITLES[entity][0].id.in_(ids)) for entity, ids in wanted.items()]
        if parts:
            for entity, rid, title in session.execute(union_all(*parts)):
                titles[(entity, rid)] = title or ""
        out = []
        for e in entries:
            title = titles.get((e.entity, e.entity_id), "")
            if not title:  # deleted since: name it from the entry itself
                title = _title_from_changes(e)
            out.append(HistoryEntry(e.id, e.at, e.actor, e.source, e.action, e.entity,
                                    e.entity_id, e.fields, title))
        return out


def _title_from_changes(e: HistoryEntry) -> str:
    for f in e.fields:
        if f.column in ("name", "title", "subject", "number"):
            return str(f.new if f.new not in (None, "") else f.old or "")
    return f"#{e.entity_id}"


_HIDDEN = {"id", "uuid"}


def _entry(a: AuditEntry) -> HistoryEntry:
    changes = a.changes or {}
    fields = tuple(FieldChange(k, v[0] if isinstance(v, list) and v else None,
                               v[1] if isinstance(v, list) and len(v) > 1 else v)
                   for k, v in changes.items() if k not in _HIDDEN)
    return HistoryEntry(a.id, a.at, a.actor, a.source, a.action, a.entity, a.entity_id, fields)
