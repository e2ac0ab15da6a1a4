"""The import's commit stage: one preview executed in one unit of work.

:class:`BatchWriter` resolves what each planned row becomes (a new partner, an update of
an existing one, a merge into an earlier row of the file, or nothing), then writes the
batch record, the updates, the new partners with their contacts and tags, their audit
entries and the batch's :class:`~db.models.ImportChange` rows together or not at all — a
killed process leaves the database as it was.

New partners are written as plain tuples straight to the driver (``executemany`` on
SQLite, ``COPY`` on PostgreSQL; :mod:`db.bulk`), other engines get Core ``executemany`` in
chunks. Core writes bypass the ORM's audit hook, so their audit rows are built here from
plain values by :mod:`db.bulk_audit` with the hook's own skip list. Derived columns come
ready-made when the caller hands them over (:data:`PrecomputedDerived`), else from
:class:`Deriver`.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from db.audit import plain_value as _plain
from db.audit import stamp_pending
from db.bulk import (
    REBUILD_INDEXES_RATIO,
    bound_value,
    fts_filled_afterwards,
    fts_updated_afterwards,
    indexes_rebuilt_afterwards,
    insert_rows,
    reserve_ids,
    row_count,
    sqlite_cache,
    uuid4_strings,
)
from db.bulk_audit import (
    AUDIT_COLUMNS,
    STAMPED_AUDIT_COLUMNS,
    InsertChanges,
    audit_entry,
    audit_row,
    stamp_new_records,
    update_changes,
)
from db.database import Database
from db.models import (
    AuditEntry,
    Contact,
    ImportBatch,
    ImportChange,
    Partner,
    Tag,
    partner_tags,
)
from db.types import utcnow
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import ConflictError, DomainError
from desktop_app.domain.i18n import translate
from desktop_app.domain.import_derive import DERIVED_COLUMNS, Deriver, PrecomputedDerived, origin_of
from desktop_app.importing import CleanRow, PlannedRow

if TYPE_CHECKING:
    from desktop_app.domain.imports import ImportPreview

log = logging.getLogger("peyvand.imports")

_PARTNERS = cast(Table, Partner.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)
_CHANGES = cast(Table, ImportChange.__table__)

#: The decisions a row can be given in :meth:`ImportService.commit`.
DECISIONS = ("skip", "update_empty", "overwrite", "create")
#: Partner fields an import writes (CleanRow name → Partner column).
_FIELD_COLUMNS: dict[str, str] = {
    "name": "name",
    "name_en": "name_en",
    "kind": "kind",
    "sector": "sector",
    "country": "country_code",
    "city": "city",
    "address": "address",
    "website": "website",
    "email": "email",
    "phone": "phone",
    "notes": "notes",
}
#: Engines whose new partners go to the driver as plain tuples (see _insert_partners_fast).
FAST_DIALECTS = ("sqlite", "postgresql")
#: Rows per Core ``executemany`` call.
CHUNK = 5000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(DomainError):
    """The user cancelled a preview or an import; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    """Raise :class:`ImportCancelled` when *cancelled* says so."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(translate("domain.import_commit", "The import was cancelled; "
                                                                "nothing was written."))


def check_decisions(decisions: dict[int, str]) -> None:
    """Refuse a decision that is not one of :data:`DECISIONS` (before anything is written)."""
    for row, decision in decisions.items():
        if decision not in DECISIONS:
            raise DomainError(translate("domain.import_commit", "Row {row}: “{decision}” is not "
                                                                "a decision.").format(
                                  row=row, decision=decision))


_UPDATABLE = ("name_en", "kind", "sector", "country", "city", "address", "website", "email",
              "phone", "notes")


class BatchWriter:
    """Executes one preview in one unit of work (see :meth:`ImportService.commit`)."""

    def __init__(self, db: Database, preview: ImportPreview, decisions: dict[int, str],
                 progress: Progress | None, cancelled: Cancelled | None,
                 derived: PrecomputedDerived | None = None) -> None:
        self.db = db
        self.preview = preview
        self.decisions = decisions
        self.progress = progress
        self.cancelled = cancelled
        self.now = utcnow()
        self.tag_ids: dict[str, int] = {}
        self.actor = ""
        self.derive = Deriver()
        #: Derived values handed over ready-made, and the rows they no longer fit (merged into).
        self.derived = derived
        #: The plan's derived columns (a column at a time, a chunk as asked).
        self.columns = preview.plan.derived
        self.merged: set[int] = set()
        #: New rows derived here one at a time (neither handed over nor in the plan's columns).
        self.rows_derived = 0
        #: Seconds per part of the commit (updates, inserts, the final COMMIT).
        self.timings: dict[str, float] = {}
        self.counts = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0,
                       "rejected": preview.plan.rejected}

    # Resolution: what each planned row becomes.
    def _resolve(self) -> tuple[list[CleanRow], dict[int, list[tuple[CleanRow, str]]]]:
        """Split rows into creations, updates (existing id → rows, in file order) and merges.

        A row whose certain duplicate is an earlier row of the file, given an update
        decision, is merged into what that earlier row became.
        """
        creates: list[CleanRow] = []
        updates: dict[int, list[tuple[CleanRow, str]]] = {}
        became: dict[int, tuple[str, object]] = {}  # row number → ("new", CleanRow) | ("existing", id)
        merges: list[tuple[CleanRow, CleanRow, str]] = []
        position: dict[int, int] = {}  # row number → index in creates
        for planned in self.preview.plan.rows:
            row = planned.partner
            action = self.decisions.get(row.row, planned.action)
            target = self._target(planned, action, became)
            if action == "create":
                position[row.row] = len(creates)
                creates.append(row)
                became[row.row] = ("new", row)
                self.counts["added"] += 1
            elif action in ("update_empty", "overwrite") and target is not None:
                kind, ref = target
                if kind == "existing":
                    updates.setdefault(cast(int, ref), []).append((row, action))
                    became[row.row] = target
                else:
                    merges.append((cast(CleanRow, ref), row, action))
                    became[row.row] = target
            else:
                self.counts["skipped"] += 1
                if target is not None:
                    became[row.row] = target
        copies: dict[int, CleanRow] = {}  # row number → the copy a merge changes
        for earlier, row, action in merges:
            merged = copies.get(earlier.row)
            if merged is None:  # a merge must not change the preview's row
                merged = copies[earlier.row] = copy.copy(earlier)
                self.merged.add(earlier.row)
                creates[position[earlier.row]] = merged
            _merge_into(merged, row, action)
            self.counts["updated"] += 1
        return creates, updates

    def derived_values(self, r: CleanRow) -> Sequence[str]:
        """The derived columns of new row *r*: handed over, else the plan's (computed a
        column at a time), else computed here (:class:`Deriver`) — a row changed by a merge
        is always computed here."""
        if r.row not in self.merged:
            if self.derived is not None:
                found = self.derived.get(r.row)
                if found is not None:
                    return found
            if self.columns is not None:
                columns = self.columns.of(r)  # None unless r is the very row the plan keyed
                if columns is not None:
                    return columns
        self.rows_derived += 1
        return self.derive.values(r.name, r.name_en, r.website, r.email, r.city, r.sector,
                                  r.phone, r.country or None, r.tags)

    def _target(self, planned: PlannedRow, action: str,
                became: dict[int, tuple[str, object]]) -> tuple[str, object] | None:
        match = planned.duplicate
        if match is None:
            match = next((c for c in planned.candidates if c.existing_id is not None), None) \
                or (planned.candidates[0] if planned.candidates else None)
        if match is None:
            return None
        if match.existing_id is not None:
            return ("existing", match.existing_id)
        if match.row is not None:
            return became.get(match.row)
        return None

    def run(self) -> OpResult[int]:
        check_cancelled(self.cancelled)
        creates, updates = self._resolve()
        preview = self.preview
        total = len(creates) + len(updates)
        with self.db.unit_of_work(source="import") as s:
            batch = ImportBatch(
                file_name=preview.path.name, file_sha256=preview.file_sha256, actor=s.info["actor"],
                counts={}, mapping={
                    "columns": {preview.table.headers[i]: f for i, f in sorted(preview.mapping.items())
                                if 0 <= i < len(preview.table.headers)},
                    "policy": preview.plan.policy,
                    "file_format": preview.table.file_format,
                    "encoding": preview.table.encoding,
                    "delimiter": preview.table.delimiter,
                    "sheet": preview.table.sheet,
                    "header_row": preview.table.header_row,
                    "decisions": {str(k): v for k, v in sorted(self.decisions.items())},
                },
            )
            s.add(batch)
            s.flush()
            batch_id = batch.id
            self.tag_ids = _tag_ids(s, {t for r in creates for t in r.tags}
                                    | {t for rows in updates.values() for r, _ in rows for t in r.tags})
            clock = time.perf_counter()
            updated_ids = self._apply_updates(s, batch_id, updates)
            self.timings["commit_updates"] = time.perf_counter() - clock
            clock = time.perf_counter()
            created_ids = self._insert_partners(s, batch_id, creates, len(updates), total)
            self.timings["commit_inserts"] = time.perf_counter() - clock
            check_cancelled(self.cancelled)  # the last moment to change one's mind: nothing lands
            counts = {**self.counts}
            s.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(counts=counts))
            batch.counts = counts
            s.expire(batch)
            clock = time.perf_counter()
            stamp_pending(s.connection())  # what the before-commit hook would do, timed apart
            self.timings["commit_stamp"] = time.perf_counter() - clock
            clock = time.perf_counter()
        self.timings["commit_write"] = time.perf_counter() - clock
        log.info("import batch %s from %s: %s", batch_id, preview.path.name, counts)
        return OpResult(batch_id, Changes.of(created={"partners": created_ids, "import_batches": [batch_id]},
                                             updated={"partners": updated_ids}))

    # -------------------------------------------------------------- creating

    def _insert_partners(self, s: Session, batch_id: int, rows: list[CleanRow], done: int,
                         total: int) -> list[int]:
        """Insert the new partners, their contacts, tag links, audit entries and change rows.

        SQLite and PostgreSQL take plain tuples straight to the driver
        (:meth:`_insert_partners_fast`); any other engine gets Core ``executemany`` in
        chunks. Ids are taken up front (:func:`db.bulk.reserve_ids`) so no ``RETURNING``
        round trip is needed.
        """
        if not rows:
            return []
        conn = s.connection()
        if conn.dialect.name in FAST_DIALECTS:
            return self._insert_partners_fast(conn, s.info["actor"], batch_id, rows, done, total)
        actor, now = s.info["actor"], self.now
        tag_ids = self.tag_ids
        partner_ids = reserve_ids(conn, _PARTNERS, len(rows))
        contact_count = sum(1 for r in rows if r.has_contact)
        contact_ids = iter(reserve_ids(conn, _CONTACTS, contact_count))
        partner_insert = insert(_PARTNERS)
        contact_insert = insert(_CONTACTS)
        audit_insert = insert(_AUDIT)
        change_insert = insert(_CHANGES)
        for start in range(0, len(rows), CHUNK):
            check_cancelled(self.cancelled)
            chunk = rows[start:start + CHUNK]
            ids = partner_ids[start:start + CHUNK]
            values = [_partner_values(r, pid, batch_id, now, self.derived_values) for pid, r in zip(ids, chunk, strict=True)]
            conn.execute(partner_insert, values)
            audit = [audit_row(now, actor, "insert", "partners", v) for v in values]
            contacts = [_contact_values(r, next(contact_ids), pid, now)
                        for pid, r in zip(ids, chunk, strict=True) if r.has_contact]
            if contacts:
                conn.execute(contact_insert, contacts)
                audit += [audit_row(now, actor, "insert", "contacts", c) for c in contacts]
            conn.execute(audit_insert, audit)
            conn.execute(change_insert, [
                {"batch_id": batch_id, "partner_id": pid, "action": "created", "old_values": {},
                 "new_values": {}, "partner_version": 1} for pid in ids])
            links = [{"partner_id": pid, "tag_id": tag_ids[t]}
                     for pid, r in zip(ids, chunk, strict=True) for t in r.tags]
            if links:
                conn.execute(insert(partner_tags), links)
            done += len(chunk)
            if self.progress:
                self.progress(done, total)
        return partner_ids

    def _insert_partners_fast(self, conn: Any, actor: str, batch_id: int, rows: list[CleanRow],
                              done: int, total: int) -> list[int]:
        """:meth:`_insert_partners` on SQLite and PostgreSQL: plain tuples straight to the
        driver (:func:`db.bulk.insert_rows`: ``executemany`` on SQLite, ``COPY`` on PostgreSQL).

        The values are exactly those of the Core path (timestamps and JSON as SQLAlchemy's
        column types render them, formatted once per batch); SQLAlchemy's per-row parameter
        processing is skipped. The page cache is enlarged for the duration; the full-text
        index is filled set-wise afterwards, and a batch of at least a quarter of the table
        rebuilds its indexes instead of inserting into them (:data:`REBUILD_INDEXES_RATIO`).
        """
        now = self.now
        tag_ids = self.tag_ids
        derive = self.derived_values
        partner_ids = reserve_ids(conn, _PARTNERS, len(rows))
        contact_count = sum(1 for r in rows if r.has_contact)
        contact_ids = iter(reserve_ids(conn, _CONTACTS, contact_count))
        contact_uuids = iter(uuid4_strings(contact_count))
        stamp = bound_value(conn, _PARTNERS.c.created_at, now)
        audit_stamp = bound_value(conn, _AUDIT.c.at, now)
        # Random UUIDs as ever, handed out in sorted order: the unique index then takes the
        # batch in one sweep instead of at random pages.
        uuids = sorted(uuid4_strings(len(rows)))
        partner_table, contact_table = _PARTNERS.name, _CONTACTS.name
        audit_table, change_table = _AUDIT.name, _CHANGES.name
        partner_changes = InsertChanges(_PARTNER_COLUMNS)
        contact_changes = InsertChanges(_CONTACT_COLUMNS)
        rebuild = len(rows) * REBUILD_INDEXES_RATIO >= row_count(conn, _PARTNERS.name)
        with sqlite_cache(conn), fts_filled_afterwards(conn, partner_ids[0], partner_ids[-1]), \
                indexes_rebuilt_afterwards(conn, _PARTNERS.name, enabled=rebuild):
            for start in range(0, len(rows), CHUNK):
                check_cancelled(self.cancelled)
                chunk = rows[start:start + CHUNK]
                ids = partner_ids[start:start + CHUNK]
                values = []
                audit = []
                fields = []
                known: dict[tuple[str, int], str] = {}
                for pid, u, r in zip(ids, uuids[start:start + CHUNK], chunk, strict=True):
                    country = r.country or None
                    v = (pid, u, stamp, stamp, 1, r.name, r.name_en, r.kind, r.sector,
                         origin_of(country), country, r.city, r.address, r.website, r.email,
                         r.phone, r.notes, batch_id, *derive(r))
                    values.append(v)
                    audit.append(audit_entry(audit_stamp, actor, "insert", "partners", pid, u,
                                             partner_changes(v)))
                    fields.append(partner_changes.fields(v))
                    known[("partners", pid)] = u
                insert_rows(conn, partner_table, _PARTNER_COLUMNS, values)
                del values
                contacts = [(next(contact_ids), next(contact_uuids), stamp, stamp, 1, pid,
                             r.contact_name or r.contact_email or r.contact_phone,
                             r.contact_role, r.contact_email, r.contact_phone, "")
                            for pid, r in zip(ids, chunk, strict=True) if r.has_contact]
                if contacts:
                    insert_rows(conn, contact_table, _CONTACT_COLUMNS, contacts)
                    audit += [audit_entry(audit_stamp, actor, "insert", "contacts", c[0], c[1],
                                          contact_changes(c)) for c in contacts]
                    fields += [contact_changes.fields(c) for c in contacts]
                insert_rows(conn, audit_table, STAMPED_AUDIT_COLUMNS, stamp_new_records(
                    conn, audit, fields, known, {known[("partners", pid)]: r.tags
                                                 for pid, r in zip(ids, chunk, strict=True) if r.tags}))
                del audit, fields
                insert_rows(conn, change_table, _CHANGE_COLUMNS,
                            [(batch_id, pid, "created", "{}", "{}", 1) for pid in ids])
                links = [(pid, tag_ids[t]) for pid, r in zip(ids, chunk, strict=True) for t in r.tags]
                if links:
                    insert_rows(conn, partner_tags.name, ("partner_id", "tag_id"), links)
                done += len(chunk)
                if self.progress:
                    self.progress(done, total)
            return partner_ids

    # -------------------------------------------------------------- updating

    def _apply_updates(self, s: Session, batch_id: int,
                       updates: dict[int, list[tuple[CleanRow, str]]]) -> list[int]:
        """Apply update rows to existing partners with Core statements, in chunks.

        Each chunk's partners, tags and contacts are read as plain rows (locked on
        PostgreSQL), the rows are applied to them in Python (:func:`_apply_row`), and the
        changed partners are written with one ``executemany`` whose ``version`` check
        catches a concurrent edit. The audit entries are those the ORM hook writes for the
        same change (:func:`_audit_update`), so the trail reads the same either way.
        """
        if not updates:
            return []
        conn = s.connection()
        self.actor = s.info["actor"]
        ids = sorted(updates)
        changed_ids: list[int] = []
        reindexed: list[tuple[int, str]] = []
        with fts_updated_afterwards(conn, reindexed):
            for start in range(0, len(ids), 500):
                check_cancelled(self.cancelled)
                self._update_chunk(conn, batch_id, ids[start:start + 500], updates, changed_ids, reindexed)
                if self.progress:
                    self.progress(min(start + 500, len(ids)), len(ids))
        return changed_ids

    def _update_chunk(self, conn: Any, batch_id: int, chunk: list[int],
                      updates: dict[int, list[tuple[CleanRow, str]]], changed_ids: list[int],
                      reindexed: list[tuple[int, str]]) -> None:
        """:meth:`_apply_updates` for up to 500 partners."""
        actor, now = self.actor, self.now
        table = _PARTNERS
        derive = self.derive.values
        query = select(table).where(table.c.id.in_(chunk))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        current = {r.id: {k: _plain(v) for k, v in r._asdict().items()} for r in conn.execute(query)}
        tags_of: dict[int, list[str]] = {pid: [] for pid in chunk}
        for pid, tag_name in conn.execute(
            select(partner_tags.c.partner_id, Tag.name).join(Tag, Tag.id == partner_tags.c.tag_id)
            .where(partner_tags.c.partner_id.in_(chunk)).order_by(Tag.name)
        ):
            tags_of[pid].append(tag_name)
        contacts_of: dict[int, list[tuple[str, str]]] = {pid: [] for pid in chunk}
        for pid, contact_name, contact_email in conn.execute(
            select(Contact.partner_id, Contact.name, Contact.email).where(Contact.partner_id.in_(chunk))
        ):
            contacts_of[pid].append((contact_name, contact_email))
        writes: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        contacts: list[tuple[int, CleanRow]] = []
        changes: list[dict[str, Any]] = []
        for pid in chunk:
            before = current.get(pid)
            if before is None:
                continue  # deleted since the preview: nothing to update
            after = dict(before)
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            tags = tags_of[pid]
            new_contacts: list[CleanRow] = []
            for row, action in updates[pid]:
                _apply_row(after, row, action, old, new)
                added = [t for t in row.tags if t not in tags]
                if added:
                    tags = tags + added
                    new["_tags"] = [*new.get("_tags", []), *added]
                    links += [{"partner_id": pid, "tag_id": self.tag_ids[t]} for t in added]
                if row.has_contact and not _has_contact(contacts_of[pid], row):
                    contacts_of[pid].append((_contact_name(row), row.contact_email))
                    new_contacts.append(row)
            if not new and not new_contacts:
                self.counts["unchanged"] += len(updates[pid])
                continue
            self.counts["updated"] += len(updates[pid])
            after.update(zip(DERIVED_COLUMNS, derive(
                after["name"], after["name_en"], after["website"], after["email"], after["city"],
                after["sector"], after["phone"], after["country_code"], tags), strict=True))
            if any(after[k] != before[k] for k in after):
                if after["search_text"] != before["search_text"]:
                    reindexed.append((pid, before["search_text"]))
                after["version"] = before["version"] + 1
                after["updated_at"] = now
                writes.append({**{k: v for k, v in after.items() if k not in _NOT_REWRITTEN},
                               "b_id": pid, "b_version": before["version"]})
                audit_changes = update_changes(before, after)
                if new.get("_tags"):  # the tags travel in the same change, as the ORM's hook records them
                    audit_changes["tags"] = [sorted(tags_of[pid]), sorted(tags)]
                if audit_changes:
                    audit.append(dict(zip(AUDIT_COLUMNS, audit_entry(
                        now, actor, "update", "partners", pid, before["uuid"], audit_changes), strict=True)))
            contacts += [(pid, r) for r in new_contacts]
            changes.append({"batch_id": batch_id, "partner_id": pid, "action": "updated",
                            "old_values": old, "new_values": new,
                            "partner_version": after["version"]})
            changed_ids.append(pid)
        self._write_updates(conn, writes)
        if links:
            conn.execute(insert(partner_tags), links)
        if contacts:
            contact_ids = reserve_ids(conn, _CONTACTS, len(contacts))
            values = [_contact_values(r, cid, pid, now)
                      for cid, (pid, r) in zip(contact_ids, contacts, strict=True)]
            conn.execute(insert(_CONTACTS), values)
            audit += [audit_row(now, actor, "insert", "contacts", v) for v in values]
            by_partner: dict[int, list[int]] = {}
            for v in values:
                by_partner.setdefault(v["partner_id"], []).append(v["id"])
            for change in changes:
                if change["partner_id"] in by_partner:
                    change["new_values"]["_contacts"] = by_partner[change["partner_id"]]
        if audit:
            conn.execute(insert(_AUDIT), audit)
        if changes:
            conn.execute(insert(_CHANGES), changes)


    @staticmethod
    def _write_updates(conn: Any, writes: list[dict[str, Any]]) -> None:
        """``UPDATE`` the changed partners (every written column), checking each one's version."""
        if not writes:
            return
        table = _PARTNERS
        columns = [c for c in writes[0] if c not in ("b_id", "b_version")]
        statement = (update(table)
                     .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                     .values({c: bindparam(c) for c in columns}))
        result = conn.execute(statement, writes)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(writes):
            raise ConflictError(translate("domain.import_commit", "A partner this import updates "
                                                                  "was changed elsewhere "
                                                                  "meanwhile; nothing was "
                                                                  "written. Run the import again."))


#: Columns an update leaves as they are (and so does not send).
_NOT_REWRITTEN = frozenset({"id", "uuid", "created_at"})
#: Column orders of the SQLite fast path (every column of each table).
_PARTNER_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "version", "name", "name_en", "kind", "sector",
    "origin", "country_code", "city", "address", "website", "email", "phone", "notes",
    "import_batch_id", *DERIVED_COLUMNS,
)
_CONTACT_COLUMNS = ("id", "uuid", "created_at", "updated_at", "version", "partner_id", "name",
                    "role", "email", "phone", "notes")
_CHANGE_COLUMNS = ("batch_id", "partner_id", "action", "old_values", "new_values", "partner_version")


def _merge_into(earlier: CleanRow, row: CleanRow, action: str) -> None:
    """Fold *row* into an earlier row of the file that will be created (update decision)."""
    for name in _UPDATABLE:
        value = getattr(row, name)
        if not value:
            continue
        current = getattr(earlier, name)
        if action == "overwrite" or not current or (name == "kind" and current == "other"):
            setattr(earlier, name, value)
    earlier.tags = tuple(dict.fromkeys((*earlier.tags, *row.tags)))
    if not earlier.has_contact and row.has_contact:
        for name in ("contact_name", "contact_role", "contact_email", "contact_phone"):
            setattr(earlier, name, getattr(row, name))


def _row_value(row: CleanRow, name: str) -> Any:
    value = getattr(row, name)
    if name == "country":
        return value or None
    return value


def _apply_row(values: dict[str, Any], row: CleanRow, action: str, old: dict[str, Any],
               new: dict[str, Any]) -> None:
    """Apply one row's fields to an existing partner's *values* (column → plain value),
    recording each changed column's first old value in *old* and last new value in *new*."""
    fields = ("name", *_UPDATABLE) if action == "overwrite" else _UPDATABLE
    for name in fields:
        value = _row_value(row, name)
        if value in (None, ""):
            continue
        column = _FIELD_COLUMNS[name]
        current = values[column]
        if action == "update_empty":
            empty = current in (None, "") or (name == "kind" and current == "other")
            if not empty:
                continue
        if current == value:
            continue
        old.setdefault(column, current)
        new[column] = value
        values[column] = value
        if column == "country_code":
            origin = origin_of(value)
            if values["origin"] != origin:
                old.setdefault("origin", values["origin"])
                new["origin"] = origin
                values["origin"] = origin


def _contact_name(row: CleanRow) -> str:
    return row.contact_name or row.contact_email or row.contact_phone


def _has_contact(contacts: list[tuple[str, str]], row: CleanRow) -> bool:
    """Whether a partner already has the row's contact (same name, or same e-mail)."""
    name = _contact_name(row)
    return any(n == name or (row.contact_email and e == row.contact_email) for n, e in contacts)


def _tag_ids(s: Session, names: set[str]) -> dict[str, int]:
    """Ids of the tags called *names*, creating those that do not exist yet."""
    if not names:
        return {}
    wanted = sorted(names)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        found.update(dict(s.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted[start:start + 500]))).all()))
    missing = [{"name": n} for n in wanted if n not in found]
    if missing:
        s.execute(insert(Tag), missing)
        for start in range(0, len(missing), 500):
            names_chunk = [m["name"] for m in missing[start:start + 500]]
            found.update(dict(s.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names_chunk))).all()))
    return found


def _partner_values(row: CleanRow, partner_id: int, batch_id: int, now: dt.datetime,
                    derive: Callable[[CleanRow], Sequence[str]]) -> dict[str, Any]:
    country = row.country or None
    values: dict[str, Any] = {
        "id": partner_id, "uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
        "version": 1, "name": row.name, "name_en": row.name_en, "kind": row.kind,
        "sector": row.sector, "origin": origin_of(country), "country_code": country,
        "city": row.city, "address": row.address, "website": row.website, "email": row.email,
        "phone": row.phone, "notes": row.notes, "import_batch_id": batch_id,
    }
    values.update(zip(DERIVED_COLUMNS, derive(row), strict=True))
    return values


def _contact_values(row: CleanRow, contact_id: int, partner_id: int, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": contact_id, "uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
        "version": 1, "partner_id": partner_id, "name": _contact_name(row),
        "role": row.contact_role, "email": row.contact_email, "phone": row.contact_phone, "notes": "",
    }
