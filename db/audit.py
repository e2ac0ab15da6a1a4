"""The audit trail, which is also the office sync's change log; and the unit of work's changes.

A session-level ``after_flush`` hook compares each changed object's attribute history and
inserts one :class:`~db.models.AuditEntry` row per record, in the same transaction as the
change itself — so the trail cannot miss a change that landed, nor record one that did not.
The window, the command line and the importer all write through sessions, so all are covered.

The same hook:

- collects what was inserted, updated and deleted, per table and id, in
  ``session.info["changes"]`` (a :class:`WriteSet`), so the caller of
  ``Database.unit_of_work`` can read what its work changed, with the audit entries it
  wrote (the window's undo takes its step from them without reading the trail again);
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
import json
import os
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, bindparam, case, event, func, insert, inspect, select, update
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
#: The key of a merged partner's heads naming the merge that stands (its stamp): a second
#: merge of it into another partner is settled by it (``Applier._concurrent_merge``).
MERGED_BY = "__merged__"
#: The key of a record's heads naming the change that began its current life (its create
#: or its last undelete). A change carries the life it was made in (``parents[LIFE]``, and
#: ``parents["__life__:column"]`` for the record a key field points at), so a register can
#: tell an edit made before a delete and an undelete from one made after them.
LIFE = "__life__"
#: Columns that never travel as a field: local keys and local bookkeeping, the derived ones,
#: and the UUID (a change names its record; a field "uuid" aimed at a merged partner once
#: rewrote the kept partner's identity — the divergence the long stress run found).
LOCAL_COLUMNS = frozenset({"id", "uuid", "import_batch_id"}) | _SKIPPED
#: Association tables, synced as one field of their owner: ``{link table: (owner table,
#: field, the owner's column in the link table, the item's column)}``. A partner's ``tags``
#: travel as the sorted tag names, an event's ``partners`` as the sorted partner UUIDs.
LINK_TABLES: dict[str, tuple[str, str, str, str]] = {
    "partner_tags": ("partners", "tags", "partner_id", "tag_id"),
    "event_partners": ("events", "partners", "event_id", "partner_id"),
}
#: ``{owner table: field}`` of :data:`LINK_TABLES`.
LINK_FIELDS: dict[str, str] = {owner: name for owner, name, _, _ in LINK_TABLES.values()}


def item_key(name: str, item: str) -> str:
    """The head key of one item of link set *name* (``tags[KSTP]``).

    A link set merges per item: an update's parents and heads name the items it added or
    removed, each with the change that last added or removed it (before any did, the
    field's head: the record's create or undelete). So an item added on one register and
    another removed on a second both apply; only one item added and removed concurrently
    is a conflict.
    """
    return f"{name}[{item}]"


def touched_items(pair: list[Any]) -> list[str]:
    """The items an update of a link set (``[old, new]``) added or removed."""
    return sorted(set(pair[0] or ()) ^ set(pair[1] or ()))


#: Tables that do not travel, each with why (a test walks the metadata: every table is
#: synced, a link of :data:`LINK_TABLES`, or named here).
LOCAL_ONLY: dict[str, str] = {
    "countries": "reference data shipped with the program (resources/data/countries.csv)",
    "tags": "a tag travels by its name in its partners' tags field; the row is local",
    "audit_log": "the change log itself: its sync changes are what travels",
    "import_batches": "a laptop's import history (undo works where the import ran); "
                      "the imported partners travel as changes",
    "import_changes": "the field-by-field undo record of a local import batch",
    "import_profiles": "column mappings saved on one laptop for its own files",
    "office_settings": "each register's printing settings (park name, logo), set by its own "
                       "administrator",
    "peyvand_meta": "facts about this database file (its schema, last migration)",
    "attachment_blobs": "attachment files travel by hash with the attachments' changes",
    "sync_site": "this register's own identity and counters",
    "sync_heads": "this register's per-field lineage, rebuilt from the changes it applies",
    "sync_peers": "what this register knows of its peers",
    "sync_conflicts": "conflicts are found on each register; their resolutions travel",
    "sync_held": "packages kept aside on this register",
    "alembic_version": "the schema revision of this database",
}


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


class AuditNote(NamedTuple):
    """One audit entry a unit of work wrote: what an undo step is made of."""

    id: int
    entity: str
    action: str
    source: str


@dataclass
class WriteSet:
    """What one unit of work wrote: ids inserted, updated and deleted per table, and the
    audit entries the hook wrote for them (``entries`` is all of them only while
    ``complete``: a write that bypassed the hook, see ``note_bulk``, clears it)."""

    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    entries: list[AuditNote] = field(default_factory=list)
    complete: bool = True

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


def _link_item(item: Any) -> str:
    """How an item of a link set travels: a tag by its name, a record by its UUID."""
    return str(getattr(item, "uuid", None) or getattr(item, "name", ""))


def _link_changes(obj: Record, *, all_values: bool) -> dict[str, list[Any]]:
    """The owner's link set (tags, event partners) as ``{field: [old, new]}`` if it changed.

    Read from the attribute's history only, so it never loads a collection; a deleted
    owner's links go with it.
    """
    state = inspect(obj)
    name = LINK_FIELDS.get(state.mapper.local_table.name)
    if name is None or state.was_deleted:
        return {}
    hist = state.attrs[name].history
    if not hist.added and not hist.deleted:
        return {}
    after = sorted(_link_item(i) for i in (*hist.unchanged, *hist.added))
    if all_values:
        return {name: [None, after]} if after else {}
    before = sorted(_link_item(i) for i in (*hist.unchanged, *hist.deleted))
    return {name: [before, after]} if before != after else {}


def _column_changes(obj: Record, *, all_values: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = _link_changes(obj, all_values=all_values)
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


def file_identity(conn: Connection) -> str | None:
    """Which SQLite file *conn* works on (device, inode, real path); None for a server."""
    if conn.dialect.name != "sqlite":
        return None
    cached = conn.info.get("peyvand_file_identity")
    if cached is None:
        path = conn.engine.url.database
        cached = ""
        if path and path != ":memory:" and os.path.exists(path):
            st = os.stat(path)
            cached = f"{st.st_dev}:{st.st_ino}:{os.path.realpath(path)}"[:600]
        conn.info["peyvand_file_identity"] = cached
    return cached or None


def site_row(conn: Connection, *, lock: bool = True) -> SyncSiteState:
    """This register's site (created on first use), locked for the rest of the transaction.

    The row lock serialises writers on a server, so the site's sequence is gapless and
    follows commit order. A site row found in another file than the one it was written in
    marks the register as a copy (``copied_at_seq``), which must take its own site id
    (``sync fork``) before it syncs.
    """
    stmt = select(SITE_TABLE).where(SITE_TABLE.c.id == 1)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = conn.execute(stmt).first()
    here = file_identity(conn)
    if row is None:
        state = SyncSiteState(str(uuid.uuid4()), str(uuid.uuid4()), 0, 0)
        conn.execute(insert(SITE_TABLE).values(
            id=1, site=state.site, register_id=state.register_id, last_seq=0, last_hlc=0,
            file_identity=here))
        if lock and conn.dialect.name == "postgresql":
            conn.execute(stmt)
        return state
    copied = row.copied_at_seq
    if here is not None and row.file_identity != here:
        if row.file_identity is not None and copied is None:
            copied = row.last_seq
        conn.execute(update(SITE_TABLE).where(SITE_TABLE.c.id == 1)
                     .values(file_identity=here, copied_at_seq=copied))
    return SyncSiteState(row.site, row.register_id, row.last_seq, row.last_hlc, copied)


@dataclass
class SyncSiteState:
    """The site row as read: identity and the counters handed out so far."""

    site: str
    register_id: str
    last_seq: int
    last_hlc: int
    #: Not None when this register is a copy of another file (see :func:`site_row`).
    copied_at_seq: int | None = None

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
    """Write :class:`SyncHead` rows, new and existing, in one upsert (*existing* is a hint)."""
    if not heads:
        return
    # The PostgreSQL dialect (and asyncio with it) is imported only on a server register.
    stmt: Any
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(HEAD_TABLE)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(HEAD_TABLE)
    stmt = stmt.on_conflict_do_update(index_elements=[HEAD_TABLE.c.entity_uuid], set_={
        name: stmt.excluded[name] for name in ("entity", "state", "merged_into", "heads")})
    rows = list(heads.values())
    for start in range(0, len(rows), 5000):
        conn.execute(stmt, rows[start:start + 5000])


#: Up to this many records, a unit of work's heads are read in the statement that claims
#: its sequence numbers (one round trip); bigger batches (imports) read them in chunks.
_CLAIM_HEADS = 500


def _claim(conn: Connection, n: int, wanted: list[str]) -> tuple[SyncSiteState, dict[str, dict[str, Any]] | None]:
    """Take *n* sequence numbers and clock readings and read *wanted*'s heads: one statement.

    ``UPDATE sync_site … RETURNING`` moves the counters on (and on a server holds the row
    lock to the commit, so the sequence follows commit order); a scalar subquery in its
    ``RETURNING`` brings the heads along as one JSON array. Returns the site as it was
    before the claim, and the heads (None when there were too many to bring along).
    Numbers *k* = 1..n are then ``last_seq + k`` and clock ``first_hlc + k - 1``: exactly
    what :func:`next_hlc` would hand out one after another.
    """
    t, h = SITE_TABLE, HEAD_TABLE
    now = time.time_ns() // 1_000_000 * 1000
    cols: list[Any] = [t.c.site, t.c.register_id, t.c.last_seq, t.c.last_hlc, t.c.file_identity,
                       t.c.copied_at_seq]
    with_heads = 0 < len(wanted) <= _CLAIM_HEADS
    if with_heads:
        if conn.dialect.name == "postgresql":
            agg = func.json_agg(func.json_build_array(h.c.entity_uuid, h.c.entity, h.c.state,
                                                      h.c.merged_into, h.c.heads))
        else:
            agg = func.json_group_array(func.json_array(h.c.entity_uuid, h.c.entity, h.c.state,
                                                        h.c.merged_into, func.json(h.c.heads)))
        cols.append(select(agg).where(h.c.entity_uuid.in_(wanted)).scalar_subquery().label("found"))
    stmt = update(t).where(t.c.id == 1).values(
        last_seq=t.c.last_seq + n,
        last_hlc=case((t.c.last_hlc + 1 > now, t.c.last_hlc + n), else_=now + n - 1)).returning(*cols)
    row = conn.execute(stmt).first()
    if row is None:  # the register's first write: make the site row, then claim
        site_row(conn)
        row = conn.execute(stmt).first()
    assert row is not None
    here = file_identity(conn)
    copied = row.copied_at_seq
    if here is not None and row.file_identity != here:
        if row.file_identity is not None and copied is None:
            copied = row.last_seq - n
        conn.execute(update(t).where(t.c.id == 1).values(file_identity=here, copied_at_seq=copied))
    before = SyncSiteState(row.site, row.register_id, row.last_seq - n, row.last_hlc - n, copied)
    heads: dict[str, dict[str, Any]] | None = None
    if with_heads:
        found = row.found
        if isinstance(found, str | bytes):
            found = json.loads(found)
        heads = {}
        for entity_uuid, entity, state, merged_into, value in found or []:
            if isinstance(value, str):
                value = json.loads(value)
            heads[entity_uuid] = {"entity_uuid": entity_uuid, "entity": entity, "state": state,
                                  "merged_into": merged_into, "heads": dict(value or {})}
    return before, heads


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
    schema = schema_revision(conn)
    wanted: dict[str, set[int]] = {}
    for r in synced:
        for col, ref_table in FOREIGN_REFS[r["entity"]].items():
            for value in r["changes"].get(col, ()):
                if isinstance(value, int):
                    wanted.setdefault(ref_table, set()).add(value)
    resolved = uuids_of(conn, wanted, known_uuids)
    own = {r["entity_uuid"] for r in synced}
    # A merge names the life of the partner it merges into, as a contact names its partner's.
    kept_uuids = {r["changes"].get("merged_into", [None, None])[1] for r in synced
                  if r["action"] == "merge"}
    pointed_uuids = {*(u for u in resolved.values() if u), *(u for u in kept_uuids if u)}
    # The records' heads and those of the records they point at (their lives) come with the
    # claim of the sequence numbers: one statement for both.
    site, claimed = _claim(conn, len(synced), sorted({*own, *pointed_uuids}))
    loaded = claimed if claimed is not None else load_heads(conn, [*own, *pointed_uuids])
    heads = {u: h for u, h in loaded.items() if u in own}
    pointed = {u: h for u, h in loaded.items() if u not in own}
    existing = set(heads)
    for r in synced:
        site.last_seq += 1
        site.last_hlc += 1
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
                kept_uuid = r["changes"].get("merged_into", [None, None])[1]
                head["merged_into"] = kept_uuid
                fields[MERGED_BY] = [change, site.last_hlc, site.site]
                # The life of the kept partner the merge was made in: a register where a
                # delete the merger had not seen (and an undelete) ended that life can tell.
                kept_head = heads.get(kept_uuid or "") or pointed.get(kept_uuid or "")
                if kept_head is not None and LIFE in kept_head["heads"]:
                    parents[f"{LIFE}:merged_into"] = list(kept_head["heads"][LIFE])
        else:
            link = LINK_FIELDS.get(r["entity"], "") if action == "update" else ""
            if action == "undelete":
                # Every head it restores, of the fields it sets and of those it leaves empty:
                # a register applying it takes exactly these heads, so all end with the
                # same ones whatever edits of the old life each had applied.
                parents = {f: [h[0]] for f, h in fields.items() if not f.startswith("__")}
            else:
                parents = {f: [fields[f][0]] for f in r["changes"] if f in fields and f != link}
            items = touched_items(r["changes"][link]) if link and link in r["changes"] else []
            for item in items:
                item_head = fields.get(item_key(link, item)) or fields.get(link)
                if item_head is not None:
                    parents[item_key(link, item)] = [item_head[0]]
            if action in ("insert", "undelete"):
                fields[LIFE] = [change]
            elif LIFE in fields:
                parents[LIFE] = list(fields[LIFE])
            for col, pair in refs.items():
                target = heads.get(pair[1] or "") or pointed.get(pair[1] or "")
                if target is not None and LIFE in target["heads"]:
                    parents[f"{LIFE}:{col}"] = list(target["heads"][LIFE])
            if action == "undelete":
                fields.pop(DELETED_BY, None)
            stamp = [change, site.last_hlc, site.site]
            for f in r["changes"]:
                if f in LOCAL_COLUMNS or f.startswith("__"):
                    continue
                if action == "undelete":
                    # An undelete restores the last values, so their lineage stands: a merge
                    # made after it on another register then sees no "unseen edit" in it.
                    fields.setdefault(f, stamp)
                elif f != link:
                    fields[f] = stamp
            for item in items:
                fields[item_key(link, item)] = stamp
            head["state"] = "live"
        r.update(change_uuid=change, site=site.site, seq=site.last_seq, hlc=site.last_hlc,
                 parents=parents, refs=refs, schema_rev=schema)
    save_heads(conn, heads, existing)


def stamp_pending(conn: Connection, batches: Iterable[int] = ()) -> int:
    """Stamp audit rows written without the hook (``site`` still empty); returns how many.

    The bulk writers' rows carry what the hook's would, tags included (a new partner's in
    its insert, tags an import added in the partner's update), except the plain Core
    insert path, which records a new partner's columns only: its tags become one
    ``update`` of the ``tags`` field per such partner, written here after the rows it
    follows. (*batches*, the import batches of the transaction, is accepted for the
    callers; the rows themselves say all that is needed.)
    """
    table = AUDIT_TABLE
    found = [dict(r._mapping) for r in conn.execute(
        select(table.c.id, table.c.action, table.c.entity, table.c.entity_id,
               table.c.entity_uuid, table.c.changes, table.c.actor).where(table.c.site.is_(None))
        .order_by(table.c.id))]
    if not found:
        return 0
    stamp_changes(conn, found)
    # Each parameter named after a column sets that column (SQLAlchemy's executemany of an
    # UPDATE), so the statement needs no SET clause of its own.
    conn.execute(update(table).where(table.c.id == bindparam("b_id")),
                 [{**{k: r[k] for k in ("change_uuid", "site", "seq", "hlc", "parents", "refs",
                                        "schema_rev")}, "b_id": r["id"]} for r in found])
    _stamp_bulk_tags(conn, found)
    return len(found)


def _stamp_bulk_tags(conn: Connection, found: list[dict[str, Any]]) -> None:
    """The tag changes of new partners whose insert in *found* lacks their tags (see
    :func:`stamp_pending`)."""
    from db.models import Tag, partner_tags

    created = {r["entity_id"]: r for r in found if r["entity"] == "partners" and r["action"] == "insert"
               and "tags" not in (r["changes"] or {})}
    ids = sorted(created)
    if not ids:
        return
    tags: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for pid, name in conn.execute(select(partner_tags.c.partner_id, Tag.name).join(
                Tag, Tag.id == partner_tags.c.tag_id).where(partner_tags.c.partner_id.in_(chunk))):
            tags.setdefault(int(pid), []).append(str(name))
    rows = [{"at": utcnow(), "actor": created[pid]["actor"], "source": "import", "action": "update",
             "entity": "partners", "entity_id": pid, "entity_uuid": created[pid]["entity_uuid"],
             "changes": {"tags": [[], sorted(set(tags[pid]))]}} for pid in ids if tags.get(pid)]
    if rows:
        stamp_changes(conn, rows)
        conn.execute(insert(AUDIT_TABLE), rows)


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
            if action == "update" and not session.is_modified(obj, include_collections=False) \
                    and not _link_changes(obj, all_values=False):
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
        # RETURNING keeps it one statement (SQLAlchemy's "insertmanyvalues") and tells the
        # unit of work its entries' ids, which the undo tracker would otherwise read back
        written.entries.extend(AuditNote(*row) for row in session.connection().execute(
            insert(AUDIT_TABLE).returning(AUDIT_TABLE.c.id, AUDIT_TABLE.c.entity,
                                          AUDIT_TABLE.c.action, AUDIT_TABLE.c.source), rows))


def _before_commit(session: Session) -> None:
    if session.info.get("source") == "import" and not session.info.get("sync_applying"):
        written = session.info.get("changes")
        batches = written.created.get("import_batches", set()) if written else set()
        stamp_pending(session.connection(), batches)


def install_audit(session_class: type[Session]) -> None:
    """Attach the audit hooks to sessions of *session_class* (once)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
    if not event.contains(session_class, "before_commit", _before_commit):
        event.listen(session_class, "before_commit", _before_commit)


__all__ = ["FOREIGN_REFS", "LOCAL_COLUMNS", "SKIPPED_COLUMNS", "SYNCED_TABLES", "AuditNote", "Base",
           "WriteSet", "install_audit", "plain_value", "stamp_changes", "stamp_pending", "uuid7"]
