"""Reading the change log: version vectors, the changes a peer lacks, the baseline.

A change on the wire is a plain dict (JSON-ready)::

    {"id": UUIDv7, "site": UUID, "seq": n, "hlc": clock, "table": "partners",
     "record": UUID, "op": "create|update|delete|undelete|merge",
     "fields": {"name": [old, new], "partner_id": [old UUID, new UUID], …},
     "parents": {"name": [change UUID, …], …}, "schema": "0004_sync",
     "actor": "login", "at": ISO time}

Key fields travel as the referenced record's UUID, never as a local integer id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, and_, exists, func, insert, not_, or_, select

from db.audit import LINK_FIELDS, LOCAL_COLUMNS, SYNCED_TABLES, _plain, stamp_changes
from db.models import AuditEntry, Base
from db.sync_models import SyncHead
from db.types import utcnow

AUDIT = AuditEntry.__table__
#: Local audit actions and their names on the wire.
OP_OF_ACTION = {"insert": "create", "update": "update", "delete": "delete",
                "undelete": "undelete", "merge": "merge"}
ACTION_OF_OP = {v: k for k, v in OP_OF_ACTION.items()}
#: Synced tables, parents before children (so a baseline creates a partner before its contacts).
TABLE_ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCED_TABLES]

Vector = dict[str, int]


def vector(conn: Connection) -> Vector:
    """The highest sequence number this register holds from every site."""
    rows = conn.execute(select(AUDIT.c.site, func.max(AUDIT.c.seq))
                        .where(AUDIT.c.site.is_not(None), AUDIT.c.site != "")
                        .group_by(AUDIT.c.site))
    return {site: int(seq) for site, seq in rows if seq is not None}


def missing_condition(have: Vector) -> Any:
    """The audit rows (sync changes) a peer with vector *have* lacks, as a WHERE clause."""
    conds = [and_(AUDIT.c.site == site, AUDIT.c.seq > seq) for site, seq in have.items()]
    conds.append(not_(AUDIT.c.site.in_(list(have))) if have else AUDIT.c.site != "")
    return and_(AUDIT.c.site.is_not(None), AUDIT.c.site != "", or_(*conds))


def count_missing(conn: Connection, have: Vector) -> int:
    """How many changes this register holds that a peer with vector *have* lacks."""
    return int(conn.execute(select(func.count()).select_from(AUDIT)
                            .where(missing_condition(have))).scalar_one())


def changes_since(conn: Connection, have: Vector, *, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """The changes a peer with vector *have* lacks, in the order this register applied them."""
    last_id = 0
    while True:
        rows = conn.execute(select(AUDIT).where(missing_condition(have), AUDIT.c.id > last_id)
                            .order_by(AUDIT.c.id).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            yield to_wire(row)
        last_id = rows[-1].id


def to_wire(row: Any) -> dict[str, Any]:
    """An audit row (a sync change) as a change on the wire."""
    refs = row.refs or {}
    fields = {}
    for name, pair in (row.changes or {}).items():
        if name in LOCAL_COLUMNS:
            continue
        fields[name] = list(refs[name]) if name in refs else list(pair)
    at = row.at
    return {"id": row.change_uuid, "site": row.site, "seq": row.seq, "hlc": row.hlc,
            "table": row.entity, "record": row.entity_uuid,
            "op": OP_OF_ACTION.get(row.action, row.action), "fields": fields,
            "parents": row.parents or {}, "schema": row.schema_rev or "", "actor": row.actor,
            "at": at.isoformat() if isinstance(at, dt.datetime) else str(at)}


def baseline(conn: Connection, actor: str) -> int:
    """Make every synced record that has no change yet (older records) a ``create`` change.

    Records written before the sync existed, or by a writer that bypassed the hook, so
    they travel like any other. Returns how many changes were made.
    """
    heads = SyncHead.__table__
    made = 0
    now = utcnow()
    known = select(heads.c.entity_uuid).scalar_subquery()
    # One round trip says which tables have records without a change (usually none).
    probe = conn.execute(select(*[
        exists().where(SYNCED_TABLES[name].c.uuid.not_in(known)).label(name) for name in TABLE_ORDER
    ])).one()
    for name in TABLE_ORDER:
        if not getattr(probe, name):
            continue
        table = SYNCED_TABLES[name]
        rows = conn.execute(select(table).where(
            not_(table.c.uuid.in_(select(heads.c.entity_uuid).scalar_subquery())))
            .order_by(table.c.id)).all()
        for start in range(0, len(rows), 2000):
            audit = []
            links = _links_of(conn, name, [row.id for row in rows[start:start + 2000]])
            for row in rows[start:start + 2000]:
                values = row._asdict()
                changes = {k: [None, _plain(v)] for k, v in values.items()
                           if k not in {"version", "updated_at", "created_at", "search_text",
                                        "name_key", "name_en_key", "web_domain"}
                           and v not in (None, "")}
                if row.id in links:
                    changes[LINK_FIELDS[name]] = [None, links[row.id]]
                audit.append({"at": now, "actor": actor, "source": "sync", "action": "insert",
                              "entity": name, "entity_id": row.id, "entity_uuid": row.uuid,
                              "changes": changes})
            stamp_changes(conn, audit)
            conn.execute(insert(AUDIT), audit)
            made += len(audit)
    return made


def _links_of(conn: Connection, table_name: str, ids: list[int]) -> dict[int, list[str]]:
    """The link sets (tags, event partners) of records of *table_name* that have one."""
    if table_name not in LINK_FIELDS:
        return {}
    from desktop_app.sync.links import link_values

    return link_values(conn, table_name, ids)


def last_values(conn: Connection, table_name: str, record: str) -> dict[str, Any]:
    """The record's values as of its last change (wire form: key fields as UUIDs)."""
    values: dict[str, Any] = {}
    for row in conn.execute(select(AUDIT.c.action, AUDIT.c.changes, AUDIT.c.refs).where(
            AUDIT.c.entity_uuid == record, AUDIT.c.site != "").order_by(AUDIT.c.id)):
        refs = row.refs or {}
        for name, pair in (row.changes or {}).items():
            if name in LOCAL_COLUMNS or name == "merged_into":
                continue
            values[name] = (refs.get(name, pair))[1]
    return values


def lineage_from_log(conn: Connection, record: str) -> dict[str, Any]:
    """A record's per-field heads rebuilt from the change log (its tombstone was purged).

    The same rules as the hook's: each field's head is the change that set it last, an
    undelete leaves the heads it names as its parents; the deletes seen are listed under
    ``__deleted__``.
    """
    from db.audit import DELETED_BY, LIFE, item_key, touched_items

    fields: dict[str, Any] = {}
    stamps: dict[str, list[Any]] = {}
    for row in conn.execute(select(AUDIT.c.action, AUDIT.c.changes, AUDIT.c.change_uuid, AUDIT.c.hlc,
                                   AUDIT.c.site, AUDIT.c.parents, AUDIT.c.entity)
                            .where(AUDIT.c.entity_uuid == record, AUDIT.c.site != "")
                            .order_by(AUDIT.c.id)):
        stamp = stamps[row.change_uuid] = [row.change_uuid, row.hlc, row.site]
        if row.action == "delete":
            fields[DELETED_BY] = [*fields.get(DELETED_BY, []), row.change_uuid]
            continue
        if row.action == "merge":
            continue
        if row.action in ("insert", "undelete"):
            fields[LIFE] = [row.change_uuid]
        if row.action == "undelete":
            fields = {LIFE: fields[LIFE]}
            for name, parents in (row.parents or {}).items():
                if parents and name not in LOCAL_COLUMNS and not name.startswith("__") and name != "*":
                    fields[name] = stamps.get(parents[0], [parents[0], 0, ""])
        link = LINK_FIELDS.get(row.entity) if row.action == "update" else None
        for name, pair in (row.changes or {}).items():
            if name in LOCAL_COLUMNS or name.startswith("__"):
                continue
            if name == link:
                fields.update((item_key(name, item), stamp) for item in touched_items(pair))
            elif row.action == "undelete":
                fields.setdefault(name, stamp)
            else:
                fields[name] = stamp
    return fields


def deletes_in_log(conn: Connection, record: str) -> set[str]:
    """Every delete of *record* this register holds (its own and received ones).

    The change log holds every change this register has seen, so this is exactly the set of
    deletes an undelete written here has seen — in every earlier life of the record, not
    only since its last undelete (the head forgets those).
    """
    return set(conn.execute(select(AUDIT.c.change_uuid).where(
        AUDIT.c.entity_uuid == record, AUDIT.c.action == "delete", AUDIT.c.site != "")).scalars())
