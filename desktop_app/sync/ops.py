"""Sync operations a person starts: merge two partners, undelete, resolve a conflict.

Each writes its own change (``merge``, ``undelete``, or an ``update`` whose parents are
both sides of the conflict), so every other register learns it at the next sync.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from db.audit import (
    DELETED_BY,
    FOREIGN_REFS,
    SYNCED_TABLES,
    _plain,
    load_heads,
    save_heads,
    stamp_changes,
)
from db.database import Database
from db.models import AuditEntry, Partner
from db.sync_models import SyncConflict
from db.types import utcnow
from desktop_app.domain.errors import DomainError
from desktop_app.domain.i18n import translate
from desktop_app.sync.changelog import deletes_in_log, last_values, lineage_from_log
from desktop_app.sync.core import _value_for
from desktop_app.sync.links import link_field, set_links
from desktop_app.sync.merges import repoint_partner
from desktop_app.sync.records import _partner_derived, partner_tags_of

AUDIT = AuditEntry.__table__
PARTNERS = Partner.__table__
CONFLICTS = SyncConflict.__table__


def _write(conn: Connection, actor: str, row: dict[str, Any],
           extra_parents: dict[str, list[str]] | None = None) -> dict[str, Any]:
    row = {"at": utcnow(), "actor": actor, "source": "sync", **row}
    stamp_changes(conn, [row])
    if extra_parents:
        parents = dict(row["parents"] or {})
        for f, more in extra_parents.items():
            parents[f] = sorted(set(parents.get(f, [])) | set(more))
        row["parents"] = parents
    conn.execute(insert(AUDIT), [row])
    return row


def merge_partners(db: Database, kept_id: int, other_id: int) -> None:
    """Merge partner *other_id* into *kept_id*: the kept one takes every link (a ``merge`` change)."""
    if kept_id == other_id:
        raise DomainError(translate("sync.ops", "A partner cannot be merged into itself."))
    with db.unit_of_work(source="sync") as s:
        conn = s.connection()
        kept = conn.execute(select(PARTNERS.c.id, PARTNERS.c.uuid).where(PARTNERS.c.id == kept_id)).first()
        other = conn.execute(select(PARTNERS.c.id, PARTNERS.c.uuid).where(PARTNERS.c.id == other_id)).first()
        if kept is None or other is None:
            raise DomainError(translate("sync.ops", "One of the two partners no longer exists."))
        repoint_partner(conn, other.id, kept.id)
        conn.execute(delete(PARTNERS).where(PARTNERS.c.id == other.id))
        _write(conn, db.actor, {"action": "merge", "entity": "partners", "entity_id": other.id,
                                "entity_uuid": other.uuid,
                                "changes": {"merged_into": [None, kept.uuid]}})
        conn.execute(update(CONFLICTS).where(
            CONFLICTS.c.kind == "duplicate", CONFLICTS.c.key.like(f"%{other.uuid}%"),
            CONFLICTS.c.resolved_at.is_(None)).values(resolved_at=utcnow(), resolution="merged"))


def undelete(db: Database, table_name: str, record: str) -> int:
    """Bring a deleted record back with its last values (an ``undelete`` change); its new id."""
    table = SYNCED_TABLES[table_name]
    with db.unit_of_work(source="sync") as s:
        conn = s.connection()
        head = load_heads(conn, [record]).get(record)
        if head is None:
            # Its tombstone may be purged (every site had seen the delete): the log says.
            last = conn.execute(select(AUDIT.c.action, AUDIT.c.change_uuid).where(
                AUDIT.c.entity_uuid == record, AUDIT.c.site != "").order_by(AUDIT.c.id.desc())).first()
            if last is not None and last.action == "delete" and conn.execute(
                    select(table.c.id).where(table.c.uuid == record)).first() is None:
                head = {"entity_uuid": record, "entity": table_name, "state": "deleted",
                        "merged_into": None, "heads": lineage_from_log(conn, record)}
                save_heads(conn, {record: head}, set())
        if head is None or head["state"] != "deleted":
            raise DomainError(translate("sync.ops", "This record is not deleted."))
        wire = last_values(conn, table_name, record)
        values: dict[str, Any] = {}
        refs: dict[str, str] = {}
        for name, value in wire.items():
            if name not in table.c:
                continue
            if name in FOREIGN_REFS[table_name] and value is not None:
                ref = SYNCED_TABLES[FOREIGN_REFS[table_name][name]]
                local = conn.execute(select(ref.c.id).where(ref.c.uuid == value)).scalar()
                if local is None and not table.c[name].nullable:
                    raise DomainError(translate("sync.ops", "The record it belonged to is "
                                                            "deleted too; undelete that first."))
                values[name] = local
                refs[name] = value
            else:
                values[name] = _value_for(table.c[name], value)
        now = utcnow()
        values.update(uuid=record, created_at=now, updated_at=now, version=1)
        link = link_field(table_name)
        items = list(wire.get(link) or []) if link else []
        if table_name == "partners":
            values.update(_partner_derived(values, items))
        new_id = int(conn.execute(insert(table).values(**values)).inserted_primary_key[0])
        changes = {k: [None, _plain(v)] for k, v in values.items()
                   if k not in ("created_at", "updated_at", "version", "search_text", "name_key",
                                "name_en_key", "web_domain") and v not in (None, "")}
        if link and items:
            set_links(conn, table_name, new_id, items, lambda u: _partner_by_uuid(conn, u))
            changes[link] = [None, items]
        _write(conn, db.actor, {"action": "undelete", "entity": table_name, "entity_id": new_id,
                                "entity_uuid": record, "changes": changes},
               extra_parents={"*": sorted({*head["heads"].get(DELETED_BY, []),
                                           *deletes_in_log(conn, record)})})
        return new_id


def resolve_conflict(db: Database, conflict_id: int, choice: str, value: Any = None) -> None:
    """Settle a conflict: ``mine``, ``theirs`` or ``edit`` (with *value*) for a field conflict;
    ``keep`` or ``restore`` for a delete; ``merge`` or ``dismiss`` for a possible duplicate."""
    with db.reading() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            raise DomainError(translate("sync.ops", "This conflict is already resolved."))
        kind, entity, record, field = c.kind, c.entity, c.entity_uuid, c.field
        mine, theirs = dict(c.mine), dict(c.theirs)
    if kind == "delete" and choice == "restore":
        undelete(db, entity, record)
    elif kind == "duplicate" and choice == "merge":
        with db.reading() as s:
            ids = [s.scalar(select(Partner.id).where(Partner.uuid == u))
                   for u in (mine.get("record"), theirs.get("record"))]
        if None in ids:
            raise DomainError(translate("sync.ops", "One of the two partners no longer exists."))
        merge_partners(db, int(ids[0]), int(ids[1]))  # type: ignore[arg-type]
    elif kind == "field" and field == link_field(entity):
        chosen = {"mine": mine.get("value"), "theirs": theirs.get("value"), "edit": value}[choice]
        _resolve_links(db, entity, record, field, chosen, mine, theirs)
    elif kind == "field":
        chosen = {"mine": mine.get("value"), "theirs": theirs.get("value"), "edit": value}[choice]
        table = SYNCED_TABLES[entity]
        with db.unit_of_work(source="sync") as s:
            conn = s.connection()
            row = _record_row(conn, entity, record)
            local = chosen
            if field in FOREIGN_REFS[entity] and chosen is not None:
                ref = SYNCED_TABLES[FOREIGN_REFS[entity][field]]
                local = conn.execute(select(ref.c.id).where(ref.c.uuid == chosen)).scalar()
            values = {field: _value_for(table.c[field], local) if field not in FOREIGN_REFS[entity] else local,
                      "version": row.version + 1, "updated_at": utcnow()}
            if entity == "partners":
                values.update(_partner_derived({**row._asdict(), **values}, partner_tags_of(conn, row.id)))
            conn.execute(update(table).where(table.c.id == row.id).values(**values))
            _write_resolution(conn, db.actor, entity, row.id, record, field,
                              [_plain(getattr(row, field)), _plain(local)], mine, theirs)
    with db.unit_of_work(source="sync") as s:
        s.execute(update(SyncConflict).where(SyncConflict.id == conflict_id).values(
            resolved_at=dt.datetime.now(dt.UTC), resolution=choice))


def _record_row(conn: Connection, entity: str, record: str) -> Any:
    """The row of *record* in *entity*'s table; a plain error when it is gone."""
    table = SYNCED_TABLES[entity]
    row = conn.execute(select(table).where(table.c.uuid == record)).first()
    if row is None:
        raise DomainError(translate("sync.ops", "The record no longer exists."))
    return row


def _write_resolution(conn: Connection, actor: str, entity: str, row_id: int, record: str,
                      field: str, pair: list[Any], mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    """The resolution's change: an update of *field* whose parents are both sides' changes."""
    _write(conn, actor, {"action": "update", "entity": entity, "entity_id": row_id,
                         "entity_uuid": record, "changes": {field: pair}},
           extra_parents={field: [x for x in (mine.get("change"), theirs.get("change")) if x]})


def _partner_by_uuid(conn: Connection, record: str) -> int | None:
    found = conn.execute(select(PARTNERS.c.id).where(PARTNERS.c.uuid == record)).scalar()
    return int(found) if found is not None else None


def _resolve_links(db: Database, entity: str, record: str, field: str, chosen: Any,
                   mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    """Settle a conflict of a link set (tags, event partners): the chosen set, a new change."""
    from desktop_app.sync.links import link_values

    if isinstance(chosen, str):  # typed by a person: items separated by commas
        chosen = [t.strip() for t in chosen.replace("،", ",").split(",") if t.strip()]
    items = sorted(set(chosen or []))
    table = SYNCED_TABLES[entity]
    with db.unit_of_work(source="sync") as s:
        conn = s.connection()
        row = _record_row(conn, entity, record)
        old = link_values(conn, entity, [row.id]).get(row.id, [])
        set_links(conn, entity, row.id, items, lambda u: _partner_by_uuid(conn, u))
        values: dict[str, Any] = {"version": row.version + 1, "updated_at": utcnow()}
        if entity == "partners":
            values.update(_partner_derived(row._asdict(), items))
        conn.execute(update(table).where(table.c.id == row.id).values(**values))
        _write_resolution(conn, db.actor, entity, row.id, record, field, [old, items], mine, theirs)


def open_conflicts(db: Database) -> list[dict[str, Any]]:
    """The open conflicts and tasks, newest first, as plain rows."""
    with db.reading() as s:
        rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                         .order_by(SyncConflict.id.desc())).all()
        out = []
        for c in rows:
            out.append({"id": c.id, "kind": c.kind, "entity": c.entity, "record": c.entity_uuid,
                        "label": record_label(s.connection(), c.entity, c.entity_uuid),
                        "field": c.field, "base": c.base, "mine": c.mine, "theirs": c.theirs,
                        "created_at": c.created_at.isoformat()})
        return out


def record_label(conn: Connection, table_name: str, record: str) -> str:
    """What a person calls a record (its name, title, subject or number), or its UUID's start."""
    table = SYNCED_TABLES.get(table_name)
    if table is not None:
        for col in ("name", "title", "subject", "reference_number", "filename", "person"):
            if col in table.c:
                found = conn.execute(select(table.c[col]).where(table.c.uuid == record)).scalar()
                if found:
                    return str(found)
                break
    return record[:8]
