"""The audit trail, which is also the office sync's change log; and the unit of work's changes.

A session-level ``after_flush`` hook compares each changed object's attribute history and
inserts one :class:`~db.models.AuditEntry` row per record, in the same transaction as the
change itself — so the trail cannot miss a change that landed, nor record one that did not.
The window, the command line and the importer all write through sessions, so all are covered.

The same hook:

- collects what was inserted, updated and deleted, per table and id, in
  ``session.info["changes"]`` (a :class:`WriteSet`), so the caller of
  ``Database.unit_of_work`` can read what its work changed;
- makes every entry about a synced record a **sync change** (:func:`stamp_changes`): a
  UUIDv7, this register's site, the next number of the site's gapless sequence, a hybrid
  logical clock, the change each field supersedes (its parent), the UUIDs its key fields
  point at and the schema revision — and keeps each record's per-field heads
  (:class:`~db.sync_models.SyncHead`), the common ancestor of the next three-way merge.

Writers that insert audit rows directly (the importer's bulk paths) leave the sync
columns empty; :func:`stamp_pending` gives those rows their place in the log before the
transaction commits (run by a ``before_commit`` hook for sessions whose source is
``import``), so imported partners sync like any other write.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import os
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from db.models import AUDITED_MODELS, AuditEntry, Base, ImportBatch, Record
from db.sync_models import SyncHead, SyncSite
from db.types import utcnow

_SKIPPED = {"version", "updated_at", "created_at", "search_text", "name_key", "name_en_key",
            "web_domain", "name_sort"}
#: The columns no audit row records (bookkeeping, and what is derived from other columns):
#: the public name of the hook's skip list, for writers that build audit rows themselves.
SKIPPED_COLUMNS: frozenset[str] = frozenset(_SKIPPED)

#: Tables whose records travel between registers (import batches stay local bookkeeping).
SYNCED_MODELS: tuple[type[Record], ...] = tuple(m for m in AUDITED_MODELS if m is not ImportBatch)
SYNCED_TABLES: dict[str, Table] = {
    m.__tablename__: cast(Table, m.__table__) for m in SYNCED_MODELS}  # type: ignore[attr-defined]
SITE_TABLE = cast(Table, SyncSite.__table__)
HEAD_TABLE = cast(Table, SyncHead.__table__)
AUDIT_TABLE = cast(Table, AuditEntry.__table__)
#: The key of a record's heads that lists the deletes it has seen (a tombstone's lineage).
DELETED_BY = "__deleted__"
#: Columns that never travel: local keys and local bookkeeping, plus the derived ones.
LOCAL_COLUMNS = frozenset({"id", "import_batch_id"}) | _SKIPPED


def _foreign_refs() -> dict[str, dict[str, str]]:
    """Per synced table, its key columns that point at another synced table."""
    out: dict[str, dict[str, str]] = {}
    for name, table in SYNCED_TABLES.items():
        refs = {}
        for col in table.columns:
            for fk in col.foreign_keys:
                if fk.column.table.name in SYNCED_TABLES:
                    refs[col.name] = fk.column.table.name
        out[name] = refs
    return out


#: ``{table: {column: referenced table}}`` — these travel as the referenced record's UUID.
FOREIGN_REFS: dict[str, dict[str, str]] = _foreign_refs()


@dataclass
class WriteSet:
    """What one unit of work wrote: ids inserted, updated and deleted per table."""

    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)

    def add(self, action: str, table: str, record_id: int) -> None:
        """Note one row written."""
        target = {"insert": self.created, "update": self.updated}.get(action, self.deleted)
        target.setdefault(table, set()).add(record_id)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


#: The public name of :func:`_plain`, for writers that build audit rows themselves.
plain_value = _plain


def uuid7() -> str:
    """A time-ordered UUID (version 7: 48-bit Unix milliseconds, then random bits)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | rand & ((1 << 80) - 1)
    value = (value & ~(0xF << 76)) | (0x7 << 76)          # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)          # RFC 4122 variant
    return str(uuid.UUID(int=value))


def next_hlc(last: int, seen: int = 0) -> int:
    """A hybrid logical clock reading after *last* (and after *seen*, a clock received).

    Milliseconds × 1000 plus a counter: it follows the wall clock when that moves forward
    and never goes backwards, so it orders causally related changes. It breaks ties and is
    shown to people; it never decides a conflict on its own.
    """
    return max(time.time_ns() // 1_000_000 * 1000, last + 1, seen + 1)


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


# ---------------------------------------------------------------------- the change log


def site_row(conn: Connection, *, lock: bool = True) -> SyncSiteState:
    """This register's site (created on first use), locked for the rest of the transaction.

    The row lock serialises writers on a server, so the site's sequence is gapless and
    follows commit order.
    """
    stmt = select(SITE_TABLE).where(SITE_TABLE.c.id == 1)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = conn.execute(stmt).first()
    if row is None:
        state = SyncSiteState(str(uuid.uuid4()), str(uuid.uuid4()), 0, 0)
        conn.execute(insert(SITE_TABLE).values(
            id=1, site=state.site, register_id=state.register_id, last_seq=0, last_hlc=0))
        if lock and conn.dialect.name == "postgresql":
            conn.execute(stmt)
        return state
    return SyncSiteState(row.site, row.register_id, row.last_seq, row.last_hlc)


@dataclass
class SyncSiteState:
    """The site row as read: identity and the counters handed out so far."""

    site: str
    register_id: str
    last_seq: int
    last_hlc: int

    def save(self, conn: Connection) -> None:
        """Write the counters back (same transaction)."""
        conn.execute(update(SITE_TABLE).where(SITE_TABLE.c.id == 1)
                     .values(last_seq=self.last_seq, last_hlc=self.last_hlc))


def schema_revision(conn: Connection) -> str:
    """The schema revision of the database *conn* is on (cached per connection)."""
    cached = conn.info.get("peyvand_schema")
    if cached is None:
        cached = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() or ""
        conn.info["peyvand_schema"] = cached
    return str(cached)


def uuids_of(conn: Connection, wanted: dict[str, set[int]],
             known: dict[tuple[str, int], str] | None = None) -> dict[tuple[str, int], str]:
    """The UUIDs of records given as ``{table: {ids}}`` (those still in the database)."""
    out = dict(known or {})
    for table_name, ids in wanted.items():
        missing = [i for i in ids if (table_name, i) not in out]
        table = SYNCED_TABLES[table_name]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for rid, ruuid in conn.execute(select(table.c.id, table.c.uuid).where(table.c.id.in_(chunk))):
                out[(table_name, rid)] = ruuid
    return out


def load_heads(conn: Connection, record_uuids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The :class:`SyncHead` rows of *record_uuids*, as plain dicts keyed by UUID."""
    table = HEAD_TABLE
    wanted = list(dict.fromkeys(record_uuids))
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        for row in conn.execute(select(table).where(table.c.entity_uuid.in_(wanted[start:start + 500]))):
            out[row.entity_uuid] = {"entity_uuid": row.entity_uuid, "entity": row.entity,
                                    "state": row.state, "merged_into": row.merged_into,
                                    "heads": dict(row.heads or {})}
    return out


def save_heads(conn: Connection, heads: dict[str, dict[str, Any]], existing: set[str]) -> None:
    """Insert new and update existing :class:`SyncHead` rows."""
    table = HEAD_TABLE
    new = [h for u, h in heads.items() if u not in existing]
    old = [{**h, "b_uuid": u} for u, h in heads.items() if u in existing]
    if new:
        conn.execute(insert(table), new)
    if old:
        conn.execute(update(table).where(table.c.entity_uuid == bindparam("b_uuid")).values(
            entity=bindparam("entity"), state=bindparam("state"),
            merged_into=bindparam("merged_into"), heads=bindparam("heads")), old)


def stamp_changes(conn: Connection, rows: list[dict[str, Any]],
                  known_uuids: dict[tuple[str, int], str] | None = None) -> None:
    """Make audit rows about synced records into sync changes, in place (the one builder).

    Each row is a dict with the audit columns (``action``, ``entity``, ``entity_id``,
    ``entity_uuid``, ``changes`` …). Rows about synced records get ``change_uuid``,
    ``site``, ``seq``, ``hlc``, ``parents``, ``refs`` and ``schema_rev``, and the records'
    heads are brought up to date; other rows get ``site = ''``. Actions: ``insert``,
    ``update``, ``delete``, ``undelete`` and ``merge`` (``changes`` holds
    ``merged_into``, the kept record's UUID).
    """
    synced = [r for r in rows if r["entity"] in SYNCED_TABLES]
    for r in rows:
        if r["entity"] not in SYNCED_TABLES:
            r.update(site="", change_uuid=None, seq=None, hlc=None, parents=None, refs=None,
                     schema_rev=None)
    if not synced:
        return
    site = site_row(conn)
    schema = schema_revision(conn)
    wanted: dict[str, set[int]] = {}
    for r in synced:
        for col, ref_table in FOREIGN_REFS[r["entity"]].items():
            for value in r["changes"].get(col, ()):
                if isinstance(value, int):
                    wanted.setdefault(ref_table, set()).add(value)
    resolved = uuids_of(conn, wanted, known_uuids)
    heads = load_heads(conn, (r["entity_uuid"] for r in synced))
    existing = set(heads)
    for r in synced:
        site.last_seq += 1
        site.last_hlc = next_hlc(site.last_hlc)
        change = uuid7()
        refs: dict[str, list[str | None]] = {}
        for col, ref_table in FOREIGN_REFS[r["entity"]].items():
            if col in r["changes"]:
                refs[col] = [resolved.get((ref_table, v)) if isinstance(v, int) else None
                             for v in r["changes"][col]]
        head = heads.setdefault(r["entity_uuid"], {
            "entity_uuid": r["entity_uuid"], "entity": r["entity"], "state": "live",
            "merged_into": None, "heads": {}})
        action = r["action"]
        fields = head["heads"]
        if action == "delete" or action == "merge":
            parents = {f: [h[0]] for f, h in fields.items() if not f.startswith("__")}
            head["state"] = "deleted" if action == "delete" else "merged"
            if action == "delete":
                fields[DELETED_BY] = [*fields.get(DELETED_BY, []), change]
            if action == "merge":
                head["merged_into"] = r["changes"].get("merged_into", [None, None])[1]
        else:
            parents = {f: [fields[f][0]] for f in r["changes"] if f in fields}
            if action == "undelete":
                fields.pop(DELETED_BY, None)
            stamp = [change, site.last_hlc, site.site]
            for f in r["changes"]:
                if f not in LOCAL_COLUMNS:
                    fields[f] = stamp
            head["state"] = "live"
        r.update(change_uuid=change, site=site.site, seq=site.last_seq, hlc=site.last_hlc,
                 parents=parents, refs=refs, schema_rev=schema)
    site.save(conn)
    save_heads(conn, heads, existing)


def stamp_pending(conn: Connection) -> int:
    """Stamp audit rows written without the hook (``site`` still empty); returns how many."""
    table = AUDIT_TABLE
    found = [dict(r._mapping) for r in conn.execute(
        select(table.c.id, table.c.action, table.c.entity, table.c.entity_id,
               table.c.entity_uuid, table.c.changes).where(table.c.site.is_(None))
        .order_by(table.c.id))]
    if not found:
        return 0
    stamp_changes(conn, found)
    conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(
        change_uuid=bindparam("change_uuid"), site=bindparam("site"), seq=bindparam("seq"),
        hlc=bindparam("hlc"), parents=bindparam("parents"), refs=bindparam("refs"),
        schema_rev=bindparam("schema_rev")),
        [{**{k: r[k] for k in ("change_uuid", "site", "seq", "hlc", "parents", "refs",
                               "schema_rev")}, "b_id": r["id"]} for r in found])
    return len(found)


# ---------------------------------------------------------------------- the hooks


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    actor = session.info.get("actor") or "unknown"
    source = session.info.get("source") or "app"
    written = session.info.setdefault("changes", WriteSet())
    rows: list[dict[str, Any]] = []
    known: dict[tuple[str, int], str] = {}
    now = utcnow()
    for action, objects in (("insert", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, AUDITED_MODELS):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            table = inspect(obj).mapper.local_table.name
            written.add(action, table, obj.id)
            changes = _column_changes(obj, all_values=action != "update")
            if action == "update" and not changes:
                continue
            if obj.uuid:
                known[(table, obj.id)] = obj.uuid
            rows.append({
                "at": now, "actor": actor, "source": source, "action": action,
                "entity": table, "entity_id": obj.id, "entity_uuid": obj.uuid or "",
                "changes": changes,
            })
    if rows and not session.info.get("sync_applying"):
        for obj in session.identity_map.values():
            if isinstance(obj, SYNCED_MODELS) and obj.uuid:
                known.setdefault((inspect(obj).mapper.local_table.name, obj.id), obj.uuid)
        stamp_changes(session.connection(), rows, known)
        session.connection().execute(insert(AuditEntry), rows)


def _before_commit(session: Session) -> None:
    if session.info.get("source") == "import" and not session.info.get("sync_applying"):
        stamp_pending(session.connection())


def install_audit(session_class: type[Session]) -> None:
    """Attach the audit hooks to sessions of *session_class* (once)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
    if not event.contains(session_class, "before_commit", _before_commit):
        event.listen(session_class, "before_commit", _before_commit)


__all__ = ["FOREIGN_REFS", "LOCAL_COLUMNS", "SKIPPED_COLUMNS", "SYNCED_TABLES", "Base", "WriteSet",
           "install_audit", "plain_value", "stamp_changes", "stamp_pending", "uuid7"]
