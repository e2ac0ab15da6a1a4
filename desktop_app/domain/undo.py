"""Take a change back: undo the last save or delete, restore an earlier value, undelete.

Every change to the register is already written down in the audit trail (:mod:`db.audit`):
an insert or a delete with every value the record held, an update with the old and new
value of each column that changed. The inverse of a change is therefore known without
anything kept aside, and each inverse here is a change like any other — one unit of work,
audited, with the :class:`~desktop_app.domain.changes.Changes` the views refresh from:

* :meth:`UndoService.revert` takes back a group of audit entries (what one save or delete
  wrote): an update is put back to its old values, an insert is deleted, a delete is
  re-inserted with its id, UUID and values (parents before children). It refuses, changing
  nothing, when a record was changed again since (by anyone) — an undo never overwrites
  newer work.
* :meth:`UndoService.restore_value` sets one field of a record back to an earlier value
  (History's "restore this value").
* :meth:`UndoService.undelete` brings a deleted record back, with the records deleted in
  the same operation (a partner's contacts, an MoU's parties and axes …).

Attachment *files* of a record deleted long ago may have been tidied away: the attachment
record comes back, its file only while it is still in the attachments folder.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, func, insert, inspect, literal, select, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from db.audit import LOCAL_COLUMNS, SKIPPED_COLUMNS
from db.database import Database
from db.models import AUDITED_MODELS, AuditEntry, Base
from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.i18n import translate
from desktop_app.domain.kit.operation import note_bulk, operation

_MODELS: dict[str, Any] = {m.__table__.name: m for m in AUDITED_MODELS}  # type: ignore[attr-defined]
_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}  # parents first
_NOT_RESTORED = {"id"} | set(SKIPPED_COLUMNS)  # bookkeeping and derived: never restored


@dataclass(frozen=True)
class UndoStep:
    """What one operation wrote to the audit trail: its entries' ids and a description."""

    entry_ids: tuple[int, ...]
    entities: frozenset[str]
    actions: frozenset[str] = frozenset()

    @property
    def is_delete(self) -> bool:
        """True when the step removed records and added none (a delete, not a save)."""
        return "delete" in self.actions and "insert" not in self.actions


def _python_value(column: Any, value: Any) -> Any:
    """The column value an audit entry's JSON *value* stands for."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl if not isinstance(kind.impl, type) else kind.impl()
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    try:
        python = column.type.python_type
    except NotImplementedError:
        return value
    if isinstance(value, str):
        if python is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if python is dt.date:
            return dt.date.fromisoformat(value)
        if python is dt.time:
            return dt.time.fromisoformat(value)
        if python is decimal.Decimal:
            return decimal.Decimal(value)
    if isinstance(python, type) and issubclass(python, enum.Enum):
        return python(value)
    return value


def _same(column: Any, current: Any, audited: Any) -> bool:
    """True when the record still holds the value the audit entry wrote."""
    if current in (None, "") and audited in (None, ""):
        return True
    try:
        return bool(current == _python_value(column, audited))
    except (TypeError, ValueError):
        return str(current) == str(audited)


class UndoService:
    """Inverse operations over the audit trail (see the module's text)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ reading

    def last_entry_id(self) -> int:
        """The id of the newest audit entry (0 for an empty trail)."""
        # On the table, not the mapped class: the window asks this before its first paint,
        # and an ORM statement would configure every mapper first (~0.3 s).
        with self.db.reading() as s:
            return int(s.scalar(select(func.max(AuditEntry.__table__.c.id))) or 0)

    def step_since(self, after_id: int, actor: str | None = None) -> UndoStep | None:
        """The entries written after *after_id* by *actor* (this laptop's user) through the
        window, as one step; ``None`` when there are none (or only an import's)."""
        return self.step_after(after_id, actor)[0]

    def step_after(self, after_id: int, actor: str | None = None) -> tuple[UndoStep | None, int]:
        """:meth:`step_since` and :meth:`last_entry_id` in one statement: the step written
        after *after_id*, and the newest entry id to look after next time."""
        actor = actor or self.db.actor
        mine = (select(literal(0).label("kind"), AuditEntry.id, AuditEntry.entity,
                       AuditEntry.source, AuditEntry.action)
                .where(AuditEntry.id > after_id, AuditEntry.actor == actor))
        newest = select(literal(1), func.max(AuditEntry.id), literal(None, String),
                        literal(None, String), literal(None, String))
        both = union_all(mine, newest).subquery()
        with self.db.reading() as s:
            rows = s.execute(select(both).order_by(both.c.kind, both.c.id)).all()
        last = int(rows[-1].id or 0) if rows else 0
        return self.step_of(rows[:-1]), last

    @staticmethod
    def step_of(entries: Sequence[Any]) -> UndoStep | None:
        """The step made of the window's own *entries* (rows with ``id``, ``entity``,
        ``action`` and ``source``: read from the trail, or the
        :class:`~db.audit.AuditNote` of a unit of work, which needs no statement); ``None``
        when none is (an import's, a sync's)."""
        rows = sorted((r for r in entries if r.source == "app" and r.entity in _MODELS),
                      key=lambda r: r.id)
        if not rows:
            return None
        return UndoStep(tuple(r.id for r in rows), frozenset(r.entity for r in rows),
                        frozenset(r.action for r in rows))

    def deleted_records(self, limit: int = 200) -> list[Any]:
        """The register's deleted records that are still gone (partners, MoUs, meetings …,
        not their parts), newest first, each named from its last values."""
        from desktop_app.domain.history import CHILDREN, _entry, _title_from_changes

        parts = {child for children in CHILDREN.values() for child in children}
        out: list[Any] = []
        with self.db.reading() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")
                             .order_by(AuditEntry.id.desc()).limit(limit * 5))
            for row in rows:
                model = _MODELS.get(row.entity)
                if model is None or row.entity in parts or row.entity == "import_batches":
                    continue
                if s.get(model, row.entity_id) is not None:
                    continue  # brought back since
                entry = _entry(row)
                out.append(replace(entry, title=_title_from_changes(entry)))
                if len(out) >= limit:
                    break
        return out

    def deleted_parts(self, entity: str, entity_id: int, limit: int = 200) -> list[Any]:
        """Deletions of the parts of record *entity_id* (its contacts, parties, axes …) as
        history entries, newest first — the parts are gone, so a history read by their
        current ids cannot list them, and History offers to bring them back."""
        from desktop_app.domain.history import CHILDREN, _entry

        found: list[Any] = []
        with self.db.reading() as s:
            for child, key in CHILDREN.get(entity, {}).items():
                rows = s.scalars(select(AuditEntry)
                                 .where(AuditEntry.entity == child, AuditEntry.action == "delete")
                                 .order_by(AuditEntry.id.desc()).limit(5000))
                for row in rows:
                    value = (row.changes or {}).get(key)
                    if isinstance(value, list) and len(value) > 1 and value[1] == entity_id:
                        found.append(_entry(row))
        found.sort(key=lambda e: e.id, reverse=True)
        return found[:limit]

    # ------------------------------------------------------------------ operations

    def revert(self, entry_ids: Sequence[int]) -> Changes:
        """Apply the inverse of the audit entries *entry_ids* in one unit of work."""
        with operation(self.db) as op:
            s = op.session
            entries = list(s.scalars(select(AuditEntry).where(AuditEntry.id.in_(list(entry_ids)))))
            if not entries:
                raise NotFoundError(translate("domain.undo", "There is nothing to undo."))
            self._invert(s, entries)
        return op.changes

    def restore_value(self, entity: str, entity_id: int, field: str, value: Any) -> Changes:
        """Set *field* of record *entity_id* back to *value* (a JSON value from its history)."""
        model = _MODELS.get(entity)
        if model is None or field in _NOT_RESTORED or field not in model.__table__.c:
            raise ValidationError({field: translate("domain.undo", "This value cannot be restored.")})
        with operation(self.db) as op:
            obj = op.session.get(model, entity_id)
            if obj is None:
                raise NotFoundError(translate("domain.undo", "The record no longer exists."))
            setattr(obj, field, _python_value(model.__table__.c[field], value))
        return op.changes

    def undelete(self, entry_id: int) -> Changes:
        """Bring back the record whose delete is audit entry *entry_id*, with the records
        deleted (and unlinked) in the same operation."""
        with operation(self.db) as op:
            s = op.session
            entry = s.get(AuditEntry, entry_id)
            if entry is None or entry.action != "delete":
                raise NotFoundError(translate("domain.undo", "This is not a deletion."))
            together = list(s.scalars(select(AuditEntry).where(
                AuditEntry.at == entry.at, AuditEntry.actor == entry.actor)))
            self._invert(s, together)
        return op.changes

    # ------------------------------------------------------------------ internals

    def _invert(self, s: Session, entries: list[AuditEntry]) -> None:
        """Write the inverse of *entries* in *s*; the unit of work's write set says what
        changed (the re-inserted rows, written with Core, join it through ``note_bulk``)."""
        created: set[tuple[str, int]] = set()
        changed_since = translate("domain.undo", "“%1” was changed again since; it was not undone.")
        depended_on = translate("domain.undo", "Records added since depend on this "
                                               "one; it was not undone.")
        # Re-inserts parents first; deletes children first; updates in between.
        inserts = sorted((e for e in entries if e.action == "delete"),
                         key=lambda e: _ORDER.get(e.entity, 0))
        removals = sorted((e for e in entries if e.action == "insert"),
                          key=lambda e: -_ORDER.get(e.entity, 0))
        updates = sorted((e for e in entries if e.action == "update"), key=lambda e: -e.id)
        for e in inserts:
            model = _MODELS.get(e.entity)
            if model is None:
                continue
            if s.get(model, e.entity_id) is not None:
                raise ConflictError(changed_since.replace("%1", e.entity))
            table = model.__table__
            values = {k: _python_value(table.c[k], v[1]) for k, v in e.changes.items()
                      if k in table.c and k not in _NOT_RESTORED}
            values.update(id=e.entity_id, uuid=e.entity_uuid or values.get("uuid"))
            values = {k: v for k, v in values.items() if v is not None}
            s.execute(insert(table).values(**values))
            # audited like any other insert: the ORM did not see this row, so say so here
            s.add(AuditEntry(actor=s.info.get("actor") or self.db.actor, source="app",
                             action="insert", entity=e.entity, entity_id=e.entity_id,
                             entity_uuid=e.entity_uuid, changes={k: [None, v[1]] for k, v
                                                                 in e.changes.items()}))
            note_bulk(s, "insert", e.entity, [e.entity_id])
            created.add((e.entity, e.entity_id))
        s.flush()
        for e in updates:
            model = _MODELS.get(e.entity)
            obj = s.get(model, e.entity_id) if model is not None else None
            if model is None or obj is None:
                if any(entity == e.entity for entity, _ in created):
                    continue
                raise ConflictError(changed_since.replace("%1", e.entity))
            table = model.__table__
            for key, (old, new) in e.changes.items():
                if key not in table.c or key in _NOT_RESTORED:
                    continue
                if not _same(table.c[key], getattr(obj, key), new):
                    raise ConflictError(changed_since.replace("%1", _title(obj)))
                setattr(obj, key, _python_value(table.c[key], old))
        s.flush()
        planned = {(e.entity, e.entity_id) for e in removals}
        before = int(s.scalar(select(func.max(AuditEntry.id))) or 0)
        for e in removals:
            model = _MODELS.get(e.entity)
            obj = s.get(model, e.entity_id) if model is not None else None
            if model is None or obj is None:
                continue  # already gone with its parent
            table = model.__table__
            # The insert entry leaves out the columns created empty: one filled in since is
            # an edit too, compared with "empty".
            edited = [k for k in (a.key for a in inspect(model).column_attrs) if k in table.c
                      and k not in _NOT_RESTORED and k not in LOCAL_COLUMNS
                      and not _same(table.c[k], getattr(obj, k), e.changes.get(k, [None, None])[1])]
            if edited:  # edited since it was created (and not put back since)
                raise ConflictError(changed_since.replace("%1", _title(obj)))
            s.delete(obj)
            try:
                s.flush()
            except IntegrityError as exc:  # a newer record refers to it (ON DELETE RESTRICT)
                raise ConflictError(depended_on) from exc
        # A record created and then used (a partner made a party of an MoU) must not take
        # the newer records with it: refuse when the delete reached beyond the step.
        beyond = s.execute(select(AuditEntry.entity, AuditEntry.entity_id)
                           .where(AuditEntry.id > before)).all()
        if any((r.entity, r.entity_id) not in planned for r in beyond):
            raise ConflictError(depended_on)


def _title(obj: Any) -> str:
    for name in ("title", "name", "subject"):
        value = getattr(obj, name, None)
        if value:
            return str(value)
    return str(obj.id)


__all__ = ["UndoService", "UndoStep"]
