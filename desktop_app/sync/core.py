"""What applying changes rests on: the applier's state for a batch, local ids, conflicts and tasks.

The applier is built in layers, one module each, so each stays readable on its own:
:class:`ApplierCore` (here) holds a batch's state and records conflicts, tasks and the log
rows; :class:`~desktop_app.sync.records.RecordRules` creates, updates, deletes and
undeletes records; :class:`~desktop_app.sync.merges.MergeRules` merges partners; and
:class:`~desktop_app.sync.apply.Applier` takes a batch and sends each change to its rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Date, DateTime, Table, Time, insert, select, update

from db.audit import (
    FOREIGN_REFS,
    SYNCED_TABLES,
    load_heads,
    site_row,
)
from db.models import AuditEntry, Partner
from db.sync_models import SyncConflict
from db.types import utcnow
from desktop_app.sync.changelog import ACTION_OF_OP, Vector, vector

AUDIT = cast(Table, AuditEntry.__table__)
CONFLICTS = cast(Table, SyncConflict.__table__)
PARTNERS = cast(Table, Partner.__table__)


@dataclass
class ApplyReport:
    """What applying a batch of changes did."""

    received: int = 0
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    tasks: int = 0
    touched: dict[str, set[int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        """The counts, for ``--json`` and the window."""
        return {"received": self.received, "applied": self.applied, "skipped": self.skipped,
                "conflicts": self.conflicts, "tasks": self.tasks}


def _value_for(column: Any, value: Any) -> Any:
    """A wire value (JSON) as the column wants it."""
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Time):
        return dt.time.fromisoformat(value)
    return value


def _key(change: dict[str, Any]) -> tuple[int, str]:
    return (int(change["hlc"] or 0), str(change["site"]))


class ApplierCore:
    """The state of one batch being applied, and what every rule records (conflicts, tasks, ids)."""

    def __init__(self, conn: Connection, *, schemas: set[str] | None = None,
                 have: Vector | None = None) -> None:
        self.conn = conn
        self.site = site_row(conn)
        self.have: Vector = dict(have) if have is not None else vector(conn)
        self.schemas = schemas
        self.report = ApplyReport()
        self._ids: dict[tuple[str, str], int | None] = {}
        self._conflict_keys: set[str] = set()
        self._existing: set[str] = set()
        self._pool: dict[str, list[int]] = {}
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._pending_dups: list[tuple[dict[str, Any], str, dict[str, Any]]] = []
        #: The heads of the chunk being applied (not saved yet): merges made in it count.
        self._heads: dict[str, dict[str, Any]] = {}
        #: Heads of records outside the chunk that its changes name the life of (read once).
        self._pointed: dict[str, dict[str, Any]] = {}
        #: Link sets to write once their owners are inserted: (table, owner id, items).
        self._pending_links: list[tuple[str, int, list[str]]] = []
        #: (hybrid clock, site) of the changes of this batch (their log rows come at its end).
        self._batch_keys: dict[str, tuple[int, str]] = {}
        #: Deletes applied in this batch whose log rows are not written yet, by record.
        self._batch_deletes: dict[str, set[str]] = {}
        #: The changes of this batch applied so far (their log rows come at its end).
        self._batch: list[dict[str, Any]] = []

    def local_id(self, table_name: str, record: str | None) -> int | None:
        """The local id of *record* in *table_name* (following partner merges), or None."""
        if record is None:
            return None
        key = (table_name, record)
        if key not in self._ids:
            table = SYNCED_TABLES[table_name]
            found = self.conn.execute(select(table.c.id).where(table.c.uuid == record)).scalar()
            if found is None and table_name == "partners":
                # Follow merges, the chunk's own (not saved yet) included: a change aimed at a
                # partner merged in the same batch lands on the kept one, as it does elsewhere.
                target = self._merged_target(record, self._heads)
                if target != record:
                    found = self.conn.execute(select(PARTNERS.c.id).where(PARTNERS.c.uuid == target)).scalar()
            self._ids[key] = found
        return self._ids[key]

    def _partner_id(self, record: str) -> int | None:
        return self.local_id("partners", record)

    def _merged_target(self, record: str, heads: dict[str, dict[str, Any]]) -> str:
        return self._merge_chain(record, heads)[-1]

    def _merge_chain(self, record: str, heads: dict[str, dict[str, Any]]) -> list[str]:
        """*record* and the partners its merges lead to, in order (the last one not merged)."""
        chain = [record]
        while True:
            head = heads.get(chain[-1]) or load_heads(self.conn, [chain[-1]]).get(chain[-1])
            if head is None or head["state"] != "merged" or not head["merged_into"] \
                    or head["merged_into"] in chain:
                return chain
            chain.append(head["merged_into"])

    def _change_key(self, change: str | None) -> tuple[int, str] | None:
        """The (hybrid clock, site) of a change held here (in this batch or the log)."""
        if not change:
            return None
        if change in self._batch_keys:
            return self._batch_keys[change]
        row = self.conn.execute(select(AUDIT.c.hlc, AUDIT.c.site).where(
            AUDIT.c.change_uuid == change)).first()
        return (int(row.hlc or 0), str(row.site)) if row is not None else None

    def _stamp_of(self, change: str) -> list[Any] | None:
        key = self._change_key(change)
        return [change, key[0], key[1]] if key is not None else None

    def _who(self, change_uuid: str | None) -> dict[str, Any]:
        if not change_uuid:
            return {}
        row = self.conn.execute(select(AUDIT.c.actor, AUDIT.c.at, AUDIT.c.site)
                                .where(AUDIT.c.change_uuid == change_uuid)).first()
        if row is None:
            return {"change": change_uuid}
        return {"change": change_uuid, "actor": row.actor, "site": row.site,
                "at": row.at.isoformat() if isinstance(row.at, dt.datetime) else str(row.at)}

    def _who_change(self, change_uuid: str) -> dict[str, Any]:
        who = self._who(change_uuid)
        return {"actor": who.get("actor"), "at": who.get("at")}

    def _wire_value(self, table_name: str, name: str, value: Any) -> Any:
        from db.audit import _plain

        refs = FOREIGN_REFS[table_name]
        if name in refs and value is not None:
            table = SYNCED_TABLES[refs[name]]
            return self.conn.execute(select(table.c.uuid).where(table.c.id == value)).scalar()
        return _plain(value)

    def _conflict(self, kind: str, c: dict[str, Any], field_name: str, *,
                  base: dict[str, Any] | None = None, mine: dict[str, Any] | None = None,
                  theirs: dict[str, Any] | None = None, mine_change: str | None = None) -> None:
        pair = sorted(x for x in (c["id"], mine_change) if x)
        key = f"{kind}:{c['record']}:{field_name}:{':'.join(pair)}"[:120]
        theirs = {**(theirs or {}), "change": c["id"], "actor": c.get("actor"), "at": c.get("at"),
                  "site": c["site"]}
        if self._add_conflict(key, kind, c["table"], c["record"], field_name, base or {}, mine or {},
                              theirs):
            self.report.conflicts += 1

    def _task(self, kind: str, c: dict[str, Any], *, field_name: str = "",
              theirs: dict[str, Any] | None = None) -> None:
        key = f"{kind}:{c['id']}:{field_name}"[:120]
        theirs = {**(theirs or {}), "change": c["id"], "actor": c.get("actor"), "at": c.get("at"),
                  "site": c["site"]}
        if self._add_conflict(key, kind, c["table"], c["record"], field_name, {}, {}, theirs):
            self.report.tasks += 1

    def _add_conflict(self, key: str, kind: str, entity: str, record: str, field_name: str,
                      base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
        if key in self._conflict_keys:
            return False
        self._conflict_keys.add(key)
        if self.conn.execute(select(CONFLICTS.c.id).where(CONFLICTS.c.key == key)).first():
            return False
        self.conn.execute(insert(CONFLICTS).values(
            key=key, kind=kind, entity=entity, entity_uuid=record, field=field_name, base=base,
            mine=mine, theirs=theirs, created_at=utcnow(), resolution=""))
        return True

    def _resolve_open(self, record: str, name: str) -> None:
        self.conn.execute(update(CONFLICTS).where(
            CONFLICTS.c.entity_uuid == record, CONFLICTS.c.field == name,
            CONFLICTS.c.resolved_at.is_(None)).values(resolved_at=utcnow(), resolution="elsewhere"))

    def _resolve_duplicates(self, record: str) -> None:
        self.conn.execute(update(CONFLICTS).where(
            CONFLICTS.c.kind == "duplicate", CONFLICTS.c.key.like(f"%{record}%"),
            CONFLICTS.c.resolved_at.is_(None)).values(resolved_at=utcnow(), resolution="merged"))

    def _check_duplicate(self, c: dict[str, Any], record: str, values: dict[str, Any]) -> None:
        key = values.get("name_key") or ""
        if not key:
            return
        others = self.conn.execute(select(PARTNERS.c.uuid, PARTNERS.c.name).where(
            PARTNERS.c.name_key == key, PARTNERS.c.uuid != record)).all()
        for other_uuid, other_name in others:
            pair = sorted((record, other_uuid))
            if self._add_conflict(f"duplicate:{pair[0]}:{pair[1]}", "duplicate", "partners", record, "",
                                  {}, {"value": other_name, "record": other_uuid},
                                  {"value": values.get("name"), "record": record, "change": c["id"],
                                   "actor": c.get("actor"), "at": c.get("at")}):
                self.report.tasks += 1

    def _audit_row(self, c: dict[str, Any], local_id: int | None) -> dict[str, Any]:
        refs = {k: v for k, v in c["fields"].items() if k in FOREIGN_REFS.get(c["table"], {})}
        changes = {}
        for k, (old, new) in c["fields"].items():
            if k in refs:
                ref_table = FOREIGN_REFS[c["table"]][k]
                changes[k] = [self.local_id(ref_table, old) if old else None,
                              self.local_id(ref_table, new) if new else None]
            else:
                changes[k] = [old, new]
        at = dt.datetime.fromisoformat(c["at"]) if c.get("at") else utcnow()
        return {"at": at if at.tzinfo else at.replace(tzinfo=dt.UTC), "actor": c.get("actor") or "",
                "source": "sync", "action": ACTION_OF_OP.get(c["op"], c["op"])[:10],
                "entity": c["table"], "entity_id": local_id or 0, "entity_uuid": c["record"],
                "changes": changes, "change_uuid": c["id"], "site": c["site"], "seq": c["seq"],
                "hlc": c["hlc"], "parents": c["parents"], "refs": refs, "schema_rev": c.get("schema")}

    def _touch(self, table_name: str, record_id: int) -> None:
        self.report.touched.setdefault(table_name, set()).add(int(record_id))
