"""Taking an import back without taking a later edit or link with it.

:func:`undo_batch` removes the partners a batch created and gives the partners it updated
their old values back — fields, tags and contacts — and recomputes their derived columns
(``name_key``, ``name_sort``, ``name_en_key``, ``web_domain``, ``search_text``; the SQLite
full-text index follows ``search_text`` through its triggers). It never deletes work done
since the import:

* a created partner that anything refers to now — an MoU party, a hub it hosts, an event,
  a working group or committee (as member or secretariat), an attachment, a letter, or any
  other table with a foreign key to ``partners`` — stays;
* so does a created partner that a person edited since (a field, its tags, a contact added,
  edited or deleted), even when the edit was later typed back;
* on an updated partner, a field, tag or contact changed since the import keeps its newer
  value.

Each partner or field left alone is named in :attr:`UndoReport.kept` with the reason, and
:func:`undo_plan` says the same *before* anything is written, so the confirmation can tell
the user what will be kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from db.database import Database
from db.models import (
    AuditEntry,
    Base,
    Contact,
    ImportBatch,
    ImportChange,
    Origin,
    Partner,
    PartnerKind,
    Tag,
    partner_tags,
)
from db.types import utcnow
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, Message, translate
from desktop_app.domain.partners import apply_derived

#: Rows per ``IN (…)`` query.
CHUNK = 5000
#: Tables that belong to a partner (deleted with it) rather than refer to it.
_OWNED = frozenset({"contacts", "partner_tags"})

#: Why a created partner is kept: reason code → (English, Persian) clause after "it".
REASONS: dict[str, Message] = {
    "mou_parties": QT_TRANSLATE_NOOP("domain.import_undo", "is a party to an MoU"),
    "hubs": QT_TRANSLATE_NOOP("domain.import_undo", "hosts a hub"),
    "event_partners": QT_TRANSLATE_NOOP("domain.import_undo", "takes part in an event"),
    "body_members": QT_TRANSLATE_NOOP("domain.import_undo", "is a member of a working group or committee"),
    "bodies": QT_TRANSLATE_NOOP("domain.import_undo", "is the secretariat of a working group or committee"),
    "attachments": QT_TRANSLATE_NOOP("domain.import_undo", "has an attachment"),
    "letters": QT_TRANSLATE_NOOP("domain.import_undo", "is named in a letter"),
    "edited": QT_TRANSLATE_NOOP("domain.import_undo", "was edited after the import"),
    "tags": QT_TRANSLATE_NOOP("domain.import_undo", "had its tags changed after the import"),
    "contacts": QT_TRANSLATE_NOOP("domain.import_undo", "had its contacts changed after the import"),
}

# The mapped classes' tables: declarative ``__table__`` is a Table, typed only as a FromClause.
_PARTNERS = cast(Table, Partner.__table__)
_CONTACTS = cast(Table, Contact.__table__)


@dataclass(frozen=True)
class KeptPartner:
    """A partner the batch created that the undo leaves in place, and why (reason codes,
    keys of :data:`REASONS`; another table referring to it is named by its table)."""

    partner_id: int
    label: str
    reasons: tuple[str, ...]

    def sentence(self) -> str:
        """“…” was kept: it is a party to an MoU and has an attachment. (current language)"""
        clauses = [REASONS[r].text() if r in REASONS else translate("domain.import_undo", "is referred to by {r}").format(
                                                            r=r)
                   for r in self.reasons]
        joined = translate("domain.import_undo", " and ").join(clauses)
        return translate("domain.import_undo", "{label} was kept: it {joined}.").format(
                   label=self.label, joined=joined)


@dataclass(frozen=True)
class KeptFields:
    """An updated partner on which some of the batch's changes stay, being edited since."""

    partner_id: int
    label: str
    fields: tuple[str, ...]

    def sentence(self) -> str:
        names = ", ".join(self.fields)
        return translate("domain.import_undo", "{label}: {names} kept as edited after the import.").format(
                   label=self.label, names=names)


@dataclass(frozen=True)
class UndoPlan:
    """What undoing a batch would do, computed without writing (see :func:`undo_plan`)."""

    batch_id: int
    remove: int
    restore: int
    kept_partners: tuple[KeptPartner, ...]
    kept_fields: tuple[KeptFields, ...]

    @property
    def kept(self) -> list[str]:
        """The sentences naming each partner and field that will be left alone."""
        return [k.sentence() for k in self.kept_partners] + [k.sentence() for k in self.kept_fields]

    def question(self) -> str:
        """The confirmation, in the current language: what goes, what comes back, what stays."""
        lines = [
            translate("domain.import_undo", "Undo import no. {batch_id}?").format(
                batch_id=self.batch_id),
            translate("domain.import_undo", "Partners it added that will be removed: {remove}.").format(
                remove=self.remove),
            translate("domain.import_undo", "Partners it updated that get their old values back: "
                                            "{restore}.").format(restore=self.restore),
        ]
        if self.kept:
            lines.append(translate("domain.import_undo", "Kept as they are, being linked or "
                                                         "edited since the import:"))
            lines += [f"• {sentence}" for sentence in self.kept]
        else:
            lines.append(translate("domain.import_undo", "Nothing was linked or edited since; "
                                                         "the import is taken back whole."))
        return "\n".join(lines)


@dataclass(frozen=True)
class UndoReport:
    """What undoing a batch did: partners removed, partners whose fields were restored,
    and sentences naming the partners and fields left alone (a later edit or link)."""

    removed: int
    restored: int
    kept: list[str]
    kept_partners: tuple[KeptPartner, ...] = ()
    kept_fields: tuple[KeptFields, ...] = ()


# --------------------------------------------------------------------------- public


def undo_plan(db: Database, batch_id: int) -> UndoPlan:
    """What :func:`undo_batch` would remove, restore and keep, read in one transaction."""
    with db.reading() as s:
        batch, changes = _batch_changes(s, batch_id)
        created = {pid: version for pid, action, _, _, version in changes if action == "created"}
        removable, kept_partners = _assess_created(s, batch, created)
        restore = 0
        kept_fields: list[KeptFields] = []
        for pid, action, old, new, version in changes:
            if action != "updated":
                continue
            p = s.get(Partner, pid, options=[selectinload(Partner.tags), selectinload(Partner.contacts)])
            if p is None:
                continue
            plan = _field_plan(p, old, new, version)
            if plan.restore:
                restore += 1
            if plan.left:
                kept_fields.append(KeptFields(pid, _label(p.name, p.name_en), tuple(plan.left)))
        return UndoPlan(batch_id, len(removable), restore, tuple(kept_partners), tuple(kept_fields))


def undo_batch(db: Database, batch_id: int) -> OpResult[UndoReport]:
    """Take batch *batch_id* back (see the module docstring); refused if unknown or undone."""
    removed_ids: list[int] = []
    restored_ids: list[int] = []
    kept_fields: list[KeptFields] = []
    with db.unit_of_work(source="import") as s:
        batch, changes = _batch_changes(s, batch_id)
        created = {pid: version for pid, action, _, _, version in changes if action == "created"}
        removed_ids, kept_partners = _assess_created(s, batch, created)
        _delete_partners(s, removed_ids)
        for pid, action, old, new, version in changes:
            if action != "updated":
                continue
            restored, left = _restore_updated(s, pid, old, new, version)
            if restored:
                restored_ids.append(pid)
            if left is not None:
                kept_fields.append(left)
        batch.undone_at = utcnow()
    kept = [k.sentence() for k in kept_partners] + [k.sentence() for k in kept_fields]
    report = UndoReport(len(removed_ids), len(restored_ids), kept, tuple(kept_partners), tuple(kept_fields))
    return OpResult(report, Changes.of(deleted={"partners": removed_ids},
                                       updated={"partners": restored_ids, "import_batches": [batch_id]}))


# --------------------------------------------------------------------------- helpers


def _label(name: str, name_en: str = "") -> str:
    return f"“{name}” ({name_en})" if name_en and name_en != name else f"“{name}”"


def _batch_changes(s: Session, batch_id: int) -> tuple[ImportBatch, list[Any]]:
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(translate("domain.import_undo", "There is no import batch {batch_id}.").format(
                                batch_id=batch_id))
    if batch.undone_at is not None:
        raise DomainError(translate("domain.import_undo", "Import batch {batch_id} was already "
                                                          "undone.").format(batch_id=batch_id))
    changes = list(s.execute(select(ImportChange.partner_id, ImportChange.action,
                                    ImportChange.old_values, ImportChange.new_values,
                                    ImportChange.partner_version)
                             .where(ImportChange.batch_id == batch_id)
                             .order_by(ImportChange.id)))
    return batch, changes


def _references() -> list[tuple[str, Any]]:
    """(table name, column) of every foreign key to ``partners.id`` outside the partner's own
    rows — found from the schema, so a table added later is covered without a change here."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "partners" and fk.column.name == "id":
                found.append((table.name, fk.parent))
    order = list(REASONS)
    return sorted(found, key=lambda tc: (order.index(tc[0]) if tc[0] in order else len(order), tc[0]))


def _assess_created(s: Session, batch: ImportBatch,
                    created: dict[int, int]) -> tuple[list[int], list[KeptPartner]]:
    """Split the partners *batch* created into those to delete and those to keep (with why)."""
    if not created:
        return [], []
    conn = s.connection()
    ids = sorted(created)
    removable: list[int] = []
    kept: list[KeptPartner] = []
    references = _references()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = {r[0]: r for r in conn.execute(
            select(Partner.id, Partner.version, Partner.name, Partner.name_en).where(Partner.id.in_(chunk)))}
        present = [pid for pid in chunk if pid in rows]
        reasons: dict[int, list[str]] = {pid: [] for pid in present}
        for table, column in references:
            for pid in set(conn.execute(select(column).where(column.in_(present))).scalars()):
                if table not in reasons[pid]:
                    reasons[pid].append(table)
        moved = [pid for pid in present if rows[pid][1] != created[pid]]
        for pid in _edited_since_insert(conn, present, moved, batch.id):
            reasons[pid].append("edited")
        for pid in _tags_changed(conn, moved, batch.id):
            if "edited" not in reasons[pid]:
                reasons[pid].append("tags")
        for pid in _contacts_changed(conn, present):
            reasons[pid].append("contacts")
        for pid in present:
            if reasons[pid]:
                kept.append(KeptPartner(pid, _label(rows[pid][2], rows[pid][3]), tuple(reasons[pid])))
            else:
                removable.append(pid)
    return removable, kept


def _edited_since_insert(conn: Any, ids: list[int], moved: list[int], batch_id: int) -> set[int]:
    """Those of *ids* a person edited since the import.

    A person's save writes an audit entry from a source other than the import; a value that
    differs from what the insert wrote (a later import's update not undone) counts too. A
    partner's version also moves when a later batch updated it and that batch was undone
    again; so a moved version alone is not an edit — "undo the imports newest first" stays
    a clean way back.
    """
    from desktop_app.domain.imports import _audit_changes

    edited: set[int] = set()
    if not ids:
        return edited
    # A tags-only entry (the sync records a partner's tags as one of its fields) is said as
    # "tags changed" by the caller, not as an edit.
    for entity_id, changes in conn.execute(
            select(AuditEntry.entity_id, AuditEntry.changes).where(
                AuditEntry.entity == "partners", AuditEntry.source != "import",
                AuditEntry.entity_id.in_(ids))):
        if not isinstance(changes, dict) or set(changes) - {"tags"}:
            edited.add(entity_id)
    if not moved:
        return edited
    inserted: dict[int, dict[str, Any]] = {}
    for entity_id, changes in conn.execute(
        select(AuditEntry.entity_id, AuditEntry.changes)
        .where(AuditEntry.entity == "partners", AuditEntry.action == "insert",
               AuditEntry.entity_id.in_(moved)).order_by(AuditEntry.id)
    ):
        # The insert records the partner's tags too (as the sync's hook does); tag edits are
        # found by _tags_changed, so only the columns are compared here.
        inserted[entity_id] = {k: v for k, v in (changes or {}).items() if k != "tags"}
    for row in conn.execute(select(Partner.__table__).where(Partner.id.in_(moved))):
        values = row._asdict()
        if _audit_changes(values) != inserted.get(values["id"]):
            edited.add(values["id"])
    return edited


def _tags_changed(conn: Any, moved: list[int], batch_id: int) -> set[int]:
    """Those of *moved* (version moved, fields as inserted) whose move no later import explains.

    Tag edits leave no audit entry (tags are not columns), but they rewrite ``search_text``
    and so move the version. A move is an import's own when a later batch updated the
    partner (and, the fields being as inserted, that batch was undone again).
    """
    if not moved:
        return set()
    by_imports = set(conn.execute(
        select(ImportChange.partner_id).where(ImportChange.partner_id.in_(moved),
                                              ImportChange.batch_id != batch_id)).scalars())
    return {pid for pid in moved if pid not in by_imports}


def _contacts_changed(conn: Any, ids: list[int]) -> set[int]:
    """Those of *ids* whose contacts a person added, edited or deleted since the import.

    Added or edited: a contact newer than its partner, or with a moved version. Deleted: a
    contact the import's own audit entries say it inserted for the partner is gone (a
    contact dropped from the partner form is deleted as an orphan, which the audit hook
    does not record, so the trail of the delete cannot be relied on).
    """
    if not ids:
        return set()
    changed = set(conn.execute(
        select(Contact.partner_id).join(Partner, Partner.id == Contact.partner_id)
        .where(Contact.partner_id.in_(ids),
               (Contact.version > 1) | (Contact.created_at > Partner.created_at))).scalars())
    first, last = conn.execute(select(func.min(Partner.created_at), func.max(Partner.created_at))
                               .where(Partner.id.in_(ids))).one()
    wanted = set(ids)
    inserted: dict[int, set[int]] = {}
    for contact_id, changes in conn.execute(
        select(AuditEntry.entity_id, AuditEntry.changes)
        .where(AuditEntry.entity == "contacts", AuditEntry.action == "insert",
               AuditEntry.source == "import", AuditEntry.at >= first, AuditEntry.at <= last)
    ):
        pid = ((changes or {}).get("partner_id") or [None, None])[-1]
        if pid in wanted:
            inserted.setdefault(pid, set()).add(contact_id)
    if inserted:
        present = set(conn.execute(select(Contact.id).where(Contact.partner_id.in_(list(inserted)))).scalars())
        changed |= {pid for pid, contacts in inserted.items() if not contacts <= present}
    return changed


def _delete_partners(s: Session, ids: list[int]) -> None:
    """Delete *ids* with their contacts and tag links, writing the audit entries the hook would."""
    from desktop_app.domain.imports import _audit_row

    conn = s.connection()
    now, actor = utcnow(), s.info["actor"]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        partner_rows = list(conn.execute(select(Partner.__table__).where(Partner.id.in_(chunk))))
        contact_rows = list(conn.execute(select(Contact.__table__).where(Contact.partner_id.in_(chunk))))
        audit = [_audit_row(now, actor, "delete", "contacts", c._asdict()) for c in contact_rows]
        audit += [_audit_row(now, actor, "delete", "partners", p._asdict()) for p in partner_rows]
        if audit:
            conn.execute(insert(AuditEntry), audit)
        conn.execute(delete(_CONTACTS).where(Contact.partner_id.in_(chunk)))
        conn.execute(delete(partner_tags).where(partner_tags.c.partner_id.in_(chunk)))
        conn.execute(delete(_PARTNERS).where(Partner.id.in_(chunk)))


@dataclass
class _FieldPlan:
    """For one updated partner: the columns to set back, tags to drop, contacts to delete,
    and the names of what stays as edited."""

    columns: dict[str, Any] = field(default_factory=dict)
    tags: list[Tag] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    left: list[str] = field(default_factory=list)

    @property
    def restore(self) -> bool:
        return bool(self.columns or self.tags or self.contacts)


def _plain(value: Any) -> Any:
    from desktop_app.domain.imports import _plain as plain

    return plain(value)


def _field_plan(p: Partner, old: dict[str, Any], new: dict[str, Any], version: int) -> _FieldPlan:
    """What restoring *p* means: a value is set back where it is still the batch's."""
    plan = _FieldPlan()
    untouched = p.version == version
    for column, value in new.items():
        if column.startswith("_"):
            continue
        current = _plain(getattr(p, column))
        if untouched or current == value:
            plan.columns[column] = old.get(column)
        else:
            plan.left.append(column)
    added: Iterable[str] = new.get("_tags", [])
    for tag_name in added:
        plan.tags += [t for t in p.tags if t.name == tag_name]
    for contact_id in new.get("_contacts", []):
        for contact in p.contacts:
            if contact.id == contact_id:
                if contact.version == 1:
                    plan.contacts.append(contact)
                else:
                    plan.left.append(translate("domain.import_undo", "contact {name}").format(
                                         name=contact.name))
    return plan


def _restore_updated(s: Session, pid: int, old: dict[str, Any], new: dict[str, Any],
                     version: int) -> tuple[bool, KeptFields | None]:
    """Give one updated partner its old values back where they are still the batch's."""
    p = s.get(Partner, pid, options=[selectinload(Partner.tags), selectinload(Partner.contacts)])
    if p is None:
        return False, None
    label = _label(p.name, p.name_en)
    plan = _field_plan(p, old, new, version)
    for column, previous in plan.columns.items():
        if column == "kind":
            p.kind = PartnerKind(previous or "other")
        elif column == "origin":
            p.origin = Origin(previous or "domestic")
        else:
            setattr(p, column, previous if column == "country_code" else (previous or ""))
    for tag in plan.tags:
        p.tags.remove(tag)
    for contact in plan.contacts:
        p.contacts.remove(contact)
    if plan.restore:
        apply_derived(p, [t.name for t in p.tags])
        s.flush()
    left = KeptFields(pid, label, tuple(plan.left)) if plan.left else None
    return plan.restore, left


__all__ = ["REASONS", "KeptFields", "KeptPartner", "UndoPlan", "UndoReport", "undo_batch", "undo_plan"]
