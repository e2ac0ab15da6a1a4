"""Applying another site's changes: field-wise three-way merge, tombstones, merges, tasks.

For every field a change sets, the change names the change it superseded (its parent).
This register keeps, per record and field, the change that set the field last (its head,
:class:`~db.sync_models.SyncHead`): the common ancestor.

- parent == head: the field changed on the other side only — applied.
- parent != head: both sides changed the field. Same value — nothing to do. Different
  values — a **conflict**: both values, with who and when, go to ``sync_conflicts`` and
  the record is flagged. So that every register shows the same value until a person
  decides, the value of the change with the later hybrid clock is shown on all of them
  (the clock never settles the conflict; it stays open until resolved). Fields the other
  side did not touch still merge.
- A delete is a tombstone (the head's state). A change aimed at a deleted record is kept
  as a ``delete`` conflict and never brings the record back; a delete that did not see an
  edit made here is applied and the edit is kept as a conflict (so a person can undelete).
- A ``merge`` change moves a partner's links to the kept partner and leaves a tombstone
  pointing at it; later changes aimed at the merged partner land on the kept one.
- Nothing a unique constraint or a missing record refuses fails the sync: the change is
  logged as received and a task (``clash`` / ``missing``) keeps what it wanted.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Date, DateTime, Table, Time, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from db.audit import (
    DELETED_BY,
    FOREIGN_REFS,
    LIFE,
    LOCAL_COLUMNS,
    MERGED_BY,
    SKIPPED_COLUMNS,
    SYNCED_TABLES,
    item_key,
    load_heads,
    next_hlc,
    save_heads,
    site_row,
    touched_items,
)
from db.models import AuditEntry, Partner, event_partners, partner_tags
from db.sync_models import SyncConflict
from db.types import utcnow
from desktop_app.sync.changelog import ACTION_OF_OP, TABLE_ORDER, Vector, vector
from desktop_app.sync.links import link_field, link_values, set_links

log = logging.getLogger("peyvand.sync")

AUDIT = cast(Table, AuditEntry.__table__)
CONFLICTS = cast(Table, SyncConflict.__table__)
PARTNERS = cast(Table, Partner.__table__)
#: Tables whose creates are inserted in batches: no unique constraint but the UUID can refuse them.
BATCHED_TABLES = frozenset(SYNCED_TABLES) - {"mous", "mou_parties"}


class GapError(Exception):
    """Changes arrived out of order (a site's sequence has a hole): nothing may be applied."""


class ForkedSiteError(Exception):
    """A change carries a site and number this register holds under another change id: one
    of the two registers is a copy of the other's file (``args[0]``: the site)."""


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


class Applier:
    """Applies wire changes to one register inside the caller's transaction."""

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

    # ------------------------------------------------------------------ entry point

    def apply(self, changes: list[dict[str, Any]]) -> ApplyReport:
        """Apply *changes* (in their causal order); already known ones are skipped."""
        self.report.received += len(changes)
        if not changes:
            return self.report
        fresh = []
        have = dict(self.have)
        known: dict[str, dict[int, str]] = {}
        for c in changes:
            seq = int(c["seq"])
            got = have.get(c["site"], 0)
            if seq <= got:
                self.report.skipped += 1
                known.setdefault(c["site"], {})[seq] = c["id"]
                continue
            if seq != got + 1:
                raise GapError(f"{c['site']} {got + 1}..{seq - 1}")
            have[c["site"]] = seq
            fresh.append(c)
        self._check_known(known)
        for start in range(0, len(fresh), 1000):
            chunk = fresh[start:start + 1000]
            heads = self._heads = load_heads(self.conn, (c["record"] for c in chunk))
            existing = self._existing = set(heads)
            # The records the chunk's changes name the life of (a contact's partner), read
            # with one statement per 500 rather than one per change.
            pointed = {(c["fields"].get(k.split(":", 1)[1]) or [None, None])[1]
                       for c in chunk for k in c["parents"] if k.startswith(LIFE + ":")}
            self._pointed = load_heads(self.conn, sorted(u for u in pointed - existing if u))
            self._reserve(chunk)
            audit: list[dict[str, Any]] = []
            for c in chunk:
                self._apply_one(c, heads, audit)
                self.site.last_hlc = next_hlc(self.site.last_hlc, int(c["hlc"] or 0))
            self._flush_pending()
            if audit:
                self.conn.execute(insert(AUDIT), audit)
            save_heads(self.conn, heads, existing)
        self.have = have
        self.site.save(self.conn)
        self._refresh_derived()
        return self.report

    def _check_known(self, known: dict[str, dict[int, str]]) -> None:
        """Changes we already hold by number must be the same changes (else a copied file)."""
        for site, by_seq in known.items():
            seqs = sorted(by_seq)
            for start in range(0, len(seqs), 500):
                chunk = seqs[start:start + 500]
                for seq, change in self.conn.execute(select(AUDIT.c.seq, AUDIT.c.change_uuid).where(
                        AUDIT.c.site == site, AUDIT.c.seq.in_(chunk))):
                    if change != by_seq[int(seq)]:
                        raise ForkedSiteError(site)

    # ------------------------------------------------------------------ one change

    def _apply_one(self, c: dict[str, Any], heads: dict[str, dict[str, Any]],
                   audit: list[dict[str, Any]]) -> None:
        table_name, record = c["table"], c["record"]
        op = c["op"]
        self._batch_keys[c["id"]] = _key(c)
        local_id: int | None = None
        if table_name not in SYNCED_TABLES:
            self.report.skipped += 1
        elif op == "create" and record not in heads and table_name in BATCHED_TABLES:
            local_id = self._create(c, table_name, record, heads, batched=True)
        else:
            self._flush_pending()
            head = heads.get(record)
            target = record
            if head is not None and head["state"] == "merged" and op not in ("delete", "merge"):
                target = self._merged_target(record, heads)
                head = heads.get(target)
                if head is None:
                    head = load_heads(self.conn, [target]).get(target)
                    if head is not None:
                        heads[target] = head
                        self._existing.add(target)
            try:
                if target != record and op == "undelete":
                    # The merge carried the record into the kept one already: nothing to restore.
                    op = "skip"
                elif target != record and op == "create":
                    op = "update"  # aimed at a merged partner: never recreates the kept one
                with self.conn.begin_nested():
                    local_id = self._dispatch(c, op, table_name, target, head, heads)
            except IntegrityError as exc:
                log.info("sync: change %s refused by the database: %s", c["id"], exc.orig)
                self._task("clash", c, theirs={"value": c["fields"], "error": str(exc.orig)[:300]})
        audit.append(self._audit_row(c, local_id))

    def _dispatch(self, c: dict[str, Any], op: str, table_name: str, record: str,
                  head: dict[str, Any] | None, heads: dict[str, dict[str, Any]]) -> int | None:
        if op == "create":
            if head is None:
                return self._create(c, table_name, record, heads)
            if head["state"] != "live":
                self.report.skipped += 1
                return None
            return self._update(c, table_name, record, head)
        if op == "undelete":
            if head is None or head["state"] in ("deleted", "live"):
                # A delete the undelete had not seen (in any life of the record) stands: the
                # record is live only in a life that saw every delete. Decided from the set of
                # deletes, never from the order they and the undeletes arrive in.
                unseen = self._known_deletes(record, head) - set(c["parents"].get("*") or [])
                if unseen:
                    self._conflict("delete", c, "", mine={"value": None, "state": "deleted"},
                                   theirs={"value": {k: v[1] for k, v in c["fields"].items()}})
                    if head is not None and head["state"] == "live":
                        self.report.skipped += 1
                    return None
            if head is not None and head["state"] == "deleted":
                return self._create(c, table_name, record, heads, undelete=True)
            if head is None:
                from desktop_app.sync.changelog import lineage_from_log

                lineage = lineage_from_log(self.conn, record)  # a purged tombstone's lineage
                if lineage:
                    heads[record] = {"entity_uuid": record, "entity": table_name, "state": "deleted",
                                     "merged_into": None, "heads": lineage}
                    return self._create(c, table_name, record, heads, undelete=True)
                return self._create(c, table_name, record, heads)
            # Back already: undeleted elsewhere too, concurrently (each saw every delete).
            # The two lives are ordered by the hybrid clock, then the site id, the same on
            # every register: the later one stands whatever order they arrive in; the other
            # life's values (and edits made in it) are kept as a conflict.
            life = (head["heads"].get(LIFE) or [None])[0]
            current = self._change_key(life)
            if current is not None and _key(c) > current:
                return self._relive(c, table_name, record, heads, life)
            self._conflict("delete", c, "", mine={"value": None, "state": "undeleted"},
                           theirs={"value": {k: v[1] for k, v in c["fields"].items()}})
            self.report.skipped += 1
            return None
        if op == "update":
            if head is None:
                self._task("missing", c, theirs={"value": c["fields"]})
                return None
            life = c["parents"].get(LIFE)
            if head["state"] == "live" and record == c["record"] and life and LIFE in head["heads"] \
                    and life != head["heads"][LIFE]:
                # Made before a delete (that did not see it) and an undelete: the undelete
                # restored the record as it was; the edit is kept as a conflict, as it is
                # where it arrives while the record is deleted.
                self._conflict("delete", c, "", mine={"value": None, "state": "undeleted"},
                               theirs={"value": {k: v[1] for k, v in c["fields"].items()}})
                return None
            if head["state"] != "live":
                self._conflict("delete", c, "", mine={"value": None, "state": head["state"]},
                               theirs={"value": {k: v[1] for k, v in c["fields"].items()}})
                return None
            return self._update(c, table_name, record, head)
        if op == "delete":
            return self._delete(c, table_name, record, head, heads)
        if op == "merge":
            return self._merge(c, record, head, heads)
        self.report.skipped += 1
        return None

    # ------------------------------------------------------------------ ids

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

    def _parent_relived(self, c: dict[str, Any], table_name: str) -> bool:
        """Whether a record a key field of *c* points at began a new life since *c* was made."""
        for key, life in c["parents"].items():
            if not key.startswith(LIFE + ":"):
                continue
            col = key.split(":", 1)[1]
            target = (c["fields"].get(col) or [None, None])[1]
            if not target or col not in FOREIGN_REFS.get(table_name, {}):
                continue
            head = self._heads.get(target) or self._pointed.get(target)
            if head is None and target not in self._pointed:
                head = load_heads(self.conn, [target]).get(target)
            if head is not None and head["state"] == "live" and LIFE in head["heads"] \
                    and head["heads"][LIFE] != life:
                return True
        return False

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

    def _values(self, c: dict[str, Any], table_name: str, names: list[str]) -> dict[str, Any] | None:
        """Column values for *names* from the change; None when a required link is missing."""
        table = SYNCED_TABLES[table_name]
        refs = FOREIGN_REFS[table_name]
        out: dict[str, Any] = {}
        for name in names:
            if name in LOCAL_COLUMNS or name not in table.c:
                continue
            value = c["fields"][name][1]
            if name in refs and value is not None:
                local = self.local_id(refs[name], value)
                if local is None:
                    if not table.c[name].nullable:
                        return None
                    self._task("missing", c, field_name=name, theirs={"value": value})
                out[name] = local
            else:
                out[name] = _value_for(table.c[name], value)
        return out

    # ------------------------------------------------------------------ operations

    def _reserve(self, chunk: list[dict[str, Any]]) -> None:
        """Take primary keys up front for the chunk's creates, so they insert in batches."""
        wanted: dict[str, int] = {}
        for c in chunk:
            if c["op"] in ("create", "undelete") and c["table"] in SYNCED_TABLES:
                wanted[c["table"]] = wanted.get(c["table"], 0) + 1
        for name, count in wanted.items():
            table = SYNCED_TABLES[name]
            if self.conn.dialect.name == "postgresql":
                sequence = self.conn.execute(select(func.pg_get_serial_sequence(name, "id"))).scalar_one()
                self._pool[name] = list(self.conn.execute(select(func.nextval(sequence)).select_from(
                    func.generate_series(1, count))).scalars())
            else:
                first = (self.conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
                self._pool[name] = list(range(first, first + count))
            self._pool[name].reverse()

    def _flush_pending(self) -> None:
        """Insert the batched creates, parents' tables first, then their link sets."""
        if not self._pending and not self._pending_links:
            return
        for name in TABLE_ORDER:
            rows = self._pending.pop(name, None)
            if rows:
                self.conn.execute(insert(SYNCED_TABLES[name]), rows)
        links, self._pending_links = self._pending_links, []
        for table_name, owner, items in links:
            set_links(self.conn, table_name, owner, items, self._partner_id)
        dups, self._pending_dups = self._pending_dups, []
        keys = list({v.get("name_key") for _, _, v in dups if v.get("name_key")})
        taken: set[str] = set()
        for start in range(0, len(keys), 500):
            taken.update(self.conn.execute(select(PARTNERS.c.name_key).where(
                PARTNERS.c.name_key.in_(keys[start:start + 500])).group_by(PARTNERS.c.name_key)
                .having(func.count() > 1)).scalars())
        for c, record, values in dups:
            if values.get("name_key") in taken:
                self._check_duplicate(c, record, values)

    def _create(self, c: dict[str, Any], table_name: str, record: str,
                heads: dict[str, dict[str, Any]], *, undelete: bool = False,
                batched: bool = False) -> int | None:
        table = SYNCED_TABLES[table_name]
        if self._parent_relived(c, table_name):
            # Made in a life of its parent that a delete (which did not see it) ended: it
            # went with its parent, as it did where the delete arrived after it.
            self._conflict("delete", c, "", mine={"value": None, "state": "deleted"},
                           theirs={"value": {k: v[1] for k, v in c["fields"].items()}})
            heads[record] = {"entity_uuid": record, "entity": table_name, "state": "deleted",
                             "merged_into": None, "heads": {DELETED_BY: []}}
            return None
        values = self._values(c, table_name, list(c["fields"]))
        if values is None:
            self._task("missing", c, theirs={"value": c["fields"]})
            return None
        now = utcnow()
        values.update(uuid=record, created_at=now, updated_at=now, version=1)
        link = link_field(table_name)
        items = list(c["fields"][link][1] or []) if link and link in c["fields"] else None
        if table_name == "partners":
            values.update(_partner_derived(values, items))
        pool = self._pool.get(table_name)
        if pool:
            values["id"] = pool.pop()
        if batched and "id" in values:
            row = {col.name: values[col.name] if col.name in values else _default(col)
                   for col in table.columns}
            self._pending.setdefault(table_name, []).append(row)
            new_id = values["id"]
        else:
            new_id = self.conn.execute(insert(table).values(**values)).inserted_primary_key[0]
        self._ids[(table_name, record)] = new_id
        if items:
            self._pending_links.append((table_name, int(new_id), items))
        stamp = [c["id"], c["hlc"], c["site"]]
        heads[record] = {"entity_uuid": record, "entity": table_name, "state": "live",
                         "merged_into": None,
                         "heads": self._restored_heads(c) if c["op"] == "undelete" else
                         {**{f: stamp for f in c["fields"] if f not in LOCAL_COLUMNS}, LIFE: [c["id"]]}}
        self.report.applied += 1
        self._touch(table_name, new_id)
        if table_name == "partners" and not undelete:
            if batched:
                self._pending_dups.append((c, record, values))
            else:
                self._check_duplicate(c, record, values)
        return int(new_id)

    def _update(self, c: dict[str, Any], table_name: str, record: str,
                head: dict[str, Any]) -> int | None:
        table = SYNCED_TABLES[table_name]
        row = self.conn.execute(select(table).where(table.c.uuid == record)).first()
        if row is None:
            self._task("missing", c, theirs={"value": c["fields"]})
            return None
        current = row._asdict()
        link = link_field(table_name)
        if link and link in c["fields"]:
            current[link] = link_values(self.conn, table_name, [row.id]).get(row.id, [])
        fields = head["heads"]
        take: list[str] = []
        stamp = [c["id"], c["hlc"], c["site"]]
        items = self._merge_items(c, record, fields, current[link]) if link in c["fields"] else None
        for name, (old, new) in c["fields"].items():
            if name in LOCAL_COLUMNS or name not in current or name == link:
                continue
            mine = fields.get(name)
            parents = c["parents"].get(name) or []
            if mine is None or mine[0] in parents:
                take.append(name)
                fields[name] = stamp
                if len(parents) > 1:
                    self._resolve_open(record, name)
                continue
            cur_wire = self._wire_value(table_name, name, current[name])
            if cur_wire == new:
                if _key(c) > (int(mine[1] or 0), str(mine[2])):
                    fields[name] = stamp
                continue
            self._conflict("field", c, name, base={"value": old},
                           mine={"value": cur_wire, **self._who(mine[0])},
                           theirs={"value": new}, mine_change=mine[0])
            if _key(c) > (int(mine[1] or 0), str(mine[2])):
                take.append(name)
                fields[name] = stamp
        if take or items is not None:
            values = self._values(c, table_name, take)
            if values is None:
                self._task("missing", c, theirs={"value": c["fields"]})
                return int(row.id)
            if items is not None:
                set_links(self.conn, table_name, row.id, items, self._partner_id)
            if values or items is not None:
                values.update(version=row.version + 1, updated_at=utcnow())
                if table_name == "partners":
                    values.update(_partner_derived({**current, **values},
                                                   partner_tags_of(self.conn, row.id)))
                self.conn.execute(update(table).where(table.c.id == row.id).values(**values))
            self.report.applied += 1
            self._touch(table_name, row.id)
        else:
            self.report.skipped += 1
        return int(row.id)

    def _merge_items(self, c: dict[str, Any], record: str, fields: dict[str, Any],
                     current: list[str]) -> list[str] | None:
        """Apply the items update *c* added to or removed from its link set (tags, event
        partners), one by one; the new set, or None when it stays as it is.

        Each item merges as a field of its own (:func:`db.audit.item_key`): added or removed
        on the other side only — applied; the same on both sides — nothing to do; added on
        one side and removed on the other concurrently — a conflict of the set, the later
        change (hybrid clock, then site) shown meanwhile, as for any field.
        """
        name = link_field(c["table"]) or ""
        old, new = c["fields"][name]
        whole = c["parents"].get(name) or []
        if len(whole) > 1:  # a resolution of the set's conflict, made elsewhere
            self._resolve_open(record, name)
        stamp = [c["id"], c["hlc"], c["site"]]
        items, clashes = set(current), []
        for item in touched_items([old, new]):
            key = item_key(name, item)
            wanted = item in (new or ())
            if c["table"] == "events":
                # A partner merged here is on the event as the kept one (the merge moved
                # the link): removing the merged one removes it, as where the removal
                # arrived first and the merge then had no link to move.
                item = self._merged_target(item, self._heads)
            mine = fields.get(key) or fields.get(name)
            later = mine is None or _key(c) > (int(mine[1] or 0), str(mine[2]))
            if mine is None or mine[0] in (c["parents"].get(key) or whole):
                fields[key] = stamp
            elif (item in items) == wanted:
                if later:
                    fields[key] = stamp
                continue
            else:
                clashes.append((item, mine))
                if not later:
                    continue
                fields[key] = stamp
            if wanted:
                items.add(item)
            else:
                items.discard(item)
        if clashes:
            shown = sorted(items)
            theirs = sorted(set(current) ^ {item for item, _ in clashes})
            self._conflict("field", c, name, base={"value": old},
                           mine={"value": sorted(current), **self._who(clashes[0][1][0])},
                           theirs={"value": theirs, "shown": shown}, mine_change=clashes[0][1][0])
        return sorted(items) if items != set(current) else None

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

    def _restored_heads(self, c: dict[str, Any]) -> dict[str, Any]:
        """The heads undelete *c* leaves: the ones it names as its parents (the lineage the
        register that made it kept), itself for a field it sets without one.

        Never this register's own lineage: an edit of the old life that this register had
        applied and the undeleting one had not would otherwise stay a head here only, and a
        merge made here later would not name the undelete's value as seen — the register
        that applied the merge moved that value onto the kept partner (test_found_3).
        """
        stamp = [c["id"], c["hlc"], c["site"]]
        fields: dict[str, Any] = {}
        for f, parents in c["parents"].items():
            if f in LOCAL_COLUMNS or f.startswith("__") or f == "*" or not parents:
                continue
            # Held here by causal order; the id alone is what "seen" compares.
            fields[f] = self._stamp_of(parents[0]) or [parents[0], 0, ""]
        for f in c["fields"]:
            if f not in LOCAL_COLUMNS:
                fields.setdefault(f, stamp)
        fields[LIFE] = [c["id"]]
        return fields

    def _relive(self, c: dict[str, Any], table_name: str, record: str,
                heads: dict[str, dict[str, Any]], life: str | None) -> int | None:
        """Undelete *c* stands over the concurrent life *life* that is live here: the record
        takes the values *c* restores (what it does not name is empty), the other life's
        values are kept as a conflict, and the record's heads become those of *c*."""
        table = SYNCED_TABLES[table_name]
        head = heads[record]
        row = self.conn.execute(select(table).where(table.c.uuid == record)).first()
        if row is None:
            return self._create(c, table_name, record, heads, undelete=True)
        current = row._asdict()
        link = link_field(table_name)
        if link:
            current[link] = link_values(self.conn, table_name, [row.id]).get(row.id, [])
        before = {k: (v if k == link else self._wire_value(table_name, k, v))
                  for k, v in current.items() if k not in LOCAL_COLUMNS and k not in SKIPPED_COLUMNS}
        loser = {"id": life or "", "record": record, "table": table_name,
                 **self._who_change(life or ""),
                 "site": (self._change_key(life) or (0, ""))[1]}
        self._conflict("delete", loser, "", mine={"value": None, "state": "undeleted"},
                       theirs={"value": before})
        values = self._values(c, table_name, [f for f in c["fields"] if f != link])
        if values is None:
            self._task("missing", c, theirs={"value": c["fields"]})
            return int(row.id)
        for col in table.columns:
            name = col.name
            if name in LOCAL_COLUMNS or name in SKIPPED_COLUMNS or name in values or name == link:
                continue
            empty = _default(col)
            if current.get(name) != empty and (empty is not None or col.nullable):
                values[name] = empty
        items = list(c["fields"][link][1] or []) if link and link in c["fields"] else []
        if link and sorted(items) != sorted(current.get(link) or []):
            set_links(self.conn, table_name, row.id, items, self._partner_id)
        values.update(version=row.version + 1, updated_at=utcnow())
        if table_name == "partners":
            values.update(_partner_derived({**current, **values}, items))
        self.conn.execute(update(table).where(table.c.id == row.id).values(**values))
        head["heads"] = self._restored_heads(c)
        head["state"] = "live"
        self.report.applied += 1
        self._touch(table_name, row.id)
        return int(row.id)

    def _known_deletes(self, record: str, head: dict[str, Any] | None) -> set[str]:
        """Every delete of *record* this register holds: logged, in this batch, in its head."""
        from desktop_app.sync.changelog import deletes_in_log

        return {*deletes_in_log(self.conn, record), *self._batch_deletes.get(record, ()),
                *((head or {}).get("heads", {}).get(DELETED_BY) or [])}

    def _delete(self, c: dict[str, Any], table_name: str, record: str, head: dict[str, Any] | None,
                heads: dict[str, dict[str, Any]]) -> int | None:
        self._batch_deletes.setdefault(record, set()).add(c["id"])
        if head is None:
            heads[record] = {"entity_uuid": record, "entity": table_name, "state": "deleted",
                             "merged_into": None, "heads": {DELETED_BY: [c["id"]]}}
            self.report.skipped += 1
            return None
        if head["state"] != "live":
            if head["state"] == "deleted":
                head["heads"][DELETED_BY] = [*head["heads"].get(DELETED_BY, []), c["id"]]
            self.report.skipped += 1
            return None
        table = SYNCED_TABLES[table_name]
        seen = c["parents"]
        unseen = {f: h for f, h in head["heads"].items()
                  if not f.startswith("__") and h[0] not in (seen.get(f) or [])}
        row = self.conn.execute(select(table).where(table.c.uuid == record)).first()
        if unseen and row is not None:
            current = row._asdict()
            self._conflict("delete", c, "", base={},
                           mine={"value": {f: self._wire_value(table_name, f, current.get(f))
                                           for f in unseen if f in current},
                                 **self._who(next(iter(unseen.values()))[0])},
                           theirs={"value": None, "deleted": True})
        if row is not None:
            self.conn.execute(delete(table).where(table.c.id == row.id))
            self._touch(table_name, row.id)
        head["state"] = "deleted"
        head["heads"][DELETED_BY] = [*head["heads"].get(DELETED_BY, []), c["id"]]
        self.report.applied += 1
        return int(row.id) if row is not None else None

    def _merge(self, c: dict[str, Any], record: str, head: dict[str, Any] | None,
               heads: dict[str, dict[str, Any]]) -> int | None:
        kept_uuid = c["fields"].get("merged_into", [None, None])[1]
        kept_target = self._merged_target(kept_uuid, heads) if kept_uuid else None
        kept = self.local_id("partners", kept_target) if kept_target else None
        if head is None:
            heads[record] = {"entity_uuid": record, "entity": "partners", "state": "merged",
                             "merged_into": kept_uuid, "heads": {}}
            self.report.skipped += 1
            return None
        opposite = self._opposite_merge(c, record, head, kept_uuid, heads)
        if opposite == "lost":
            return None
        if opposite == "won":
            kept_target = kept_uuid
            kept = self.local_id("partners", kept_target)
        if head["state"] == "deleted":
            # Deleted here while another register merged it: it is merged everywhere, so
            # anything aimed at it later (an undelete too) lands on the kept partner.
            self._mark_merged(c, head, kept_uuid)
            self.report.applied += 1
            return None
        if head["state"] == "merged" and kept_uuid and head["merged_into"] != kept_uuid:
            return self._concurrent_merge(c, record, head, kept_uuid, heads)
        kept_head = heads.get(kept_target) if kept_target else None
        if kept_head is None and kept_target:
            kept_head = load_heads(self.conn, [kept_target]).get(kept_target)
        kept_life = c["parents"].get(f"{LIFE}:merged_into")
        stale_life = opposite != "won" and kept_target == kept_uuid and bool(kept_life) \
            and kept_head is not None and kept_head["state"] == "live" \
            and LIFE in kept_head["heads"] and kept_head["heads"][LIFE] != kept_life
        if head["state"] == "live" and kept_head is not None and (
                (kept is None and kept_head["state"] == "deleted") or stale_life):
            # Merged elsewhere into a partner deleted here: the register that merged it loses
            # it with the kept one too, so it goes here as well — kept whole in a conflict.
            # The same where the kept partner was deleted and undeleted since the merge was
            # made (the merge names the kept partner's life): the delete the merger had not
            # seen took the merged partner with it there, and the undelete did not bring it.
            loser = self.local_id("partners", record)
            row = self.conn.execute(select(PARTNERS).where(PARTNERS.c.uuid == record)).first()
            values = {k: self._wire_value("partners", k, v) for k, v in (row._asdict() if row else {}).items()
                      if k not in LOCAL_COLUMNS and k not in ("created_at", "updated_at", "version")}
            self._conflict("merge", c, "merged_into", mine={"value": values, "deleted_kept": True},
                           theirs={"value": kept_uuid})
            if loser is not None:
                self.conn.execute(delete(PARTNERS).where(PARTNERS.c.id == loser))
                self._touch("partners", loser)
            self._mark_merged(c, head, kept_uuid)
            self._ids.pop(("partners", record), None)
            return loser
        if head["state"] != "live" or kept is None or kept_target == record:
            self._conflict("merge", c, "merged_into", mine={"value": head["state"]},
                           theirs={"value": kept_uuid})
            return None
        loser = self.local_id("partners", record)
        row = self.conn.execute(select(PARTNERS).where(PARTNERS.c.id == loser)).first() \
            if loser is not None else None
        if row is not None and kept_target:
            self._carry_unseen(c, head, kept_target, heads, {
                k: self._wire_value("partners", k, v) for k, v in row._asdict().items()})
        if loser is not None:
            repoint_partner(self.conn, loser, kept)
            self.conn.execute(delete(PARTNERS).where(PARTNERS.c.id == loser))
            self._touch("partners", loser)
            self._touch("partners", kept)
        self._mark_merged(c, head, kept_uuid)
        self._ids.pop(("partners", record), None)
        self._resolve_duplicates(record)
        self.report.applied += 1
        return loser

    def _carry_unseen(self, c: dict[str, Any], head: dict[str, Any], kept_target: str,
                      heads: dict[str, dict[str, Any]], values: dict[str, Any]) -> None:
        """Edits of the partner merge *c* merges that the merger had not seen land on the
        kept one, as they would had they arrived after the merge (*values*: the merged
        partner's values, wire form)."""
        seen = c["parents"]
        unseen = {f: h for f, h in head["heads"].items() if not f.startswith("__")
                  and f in values and f not in LOCAL_COLUMNS and h[0] not in (seen.get(f) or [])}
        if not unseen:
            return
        kept_head = heads.get(kept_target)
        if kept_head is None:
            kept_head = load_heads(self.conn, [kept_target]).get(kept_target)
            if kept_head is None:
                return
            heads[kept_target] = kept_head
            self._existing.add(kept_target)
        for f, h in unseen.items():
            pseudo = {"id": h[0], "hlc": h[1], "site": h[2], "table": "partners",
                      "record": kept_target, "op": "update", "parents": {},
                      "fields": {f: [None, values[f]]}, **self._who_change(h[0])}
            self._update(pseudo, "partners", kept_target, kept_head)

    def _values_set_by(self, head: dict[str, Any]) -> dict[str, Any]:
        """The values a merged partner's field heads set (wire form), read from the log."""
        wanted = {h[0]: f for f, h in head["heads"].items() if not f.startswith("__")}
        out: dict[str, Any] = {}
        ids = sorted(wanted)
        for start in range(0, len(ids), 500):
            for row in self.conn.execute(select(AUDIT.c.change_uuid, AUDIT.c.changes, AUDIT.c.refs)
                                         .where(AUDIT.c.change_uuid.in_(ids[start:start + 500]))):
                f = wanted[row.change_uuid]
                pair = (row.refs or {}).get(f) or (row.changes or {}).get(f)
                if pair is not None:
                    out[f] = pair[1]
        return out

    @staticmethod
    def _mark_merged(c: dict[str, Any], head: dict[str, Any], kept_uuid: str | None) -> None:
        """Make *head* a tombstone of merge *c* into *kept_uuid* (the merge that stands)."""
        head["state"] = "merged"
        head["merged_into"] = kept_uuid
        head["heads"][MERGED_BY] = [c["id"], c["hlc"], c["site"]]

    def _concurrent_merge(self, c: dict[str, Any], record: str, head: dict[str, Any],
                          kept_uuid: str, heads: dict[str, dict[str, Any]]) -> int | None:
        """Two merges of one partner into two others (B into X here, B into Y elsewhere).

        B's links are on X here and on Y there, and nothing tells them from X's and Y's own.
        Both people said B is the same organisation, one as X, the other as Y, so every
        register ends the same way whatever order the merges arrive in: the partner the
        earlier merge kept (hybrid clock, then site) is merged into the one the later merge
        kept, and a conflict on B says which partner was joined to which, its values kept.
        """
        mine = head["heads"].get(MERGED_BY) or [None, 0, ""]
        won = _key(c) > (int(mine[1] or 0), str(mine[2]))
        here = self._merged_target(head["merged_into"], heads)
        there = self._merged_target(kept_uuid, heads)
        if there not in (here, record):
            # As where this merge came first: what it had not seen of B lands on its partner.
            self._carry_unseen(c, head, there, heads, self._values_set_by(head))
        if won and there != record:
            self._mark_merged(c, head, kept_uuid)
        loser, winner = (here, there) if won else (there, here)
        loser_id, winner_id = self.local_id("partners", loser), self.local_id("partners", winner)
        row = self.conn.execute(select(PARTNERS).where(PARTNERS.c.id == loser_id)).first() \
            if loser_id is not None else None
        values = {k: self._wire_value("partners", k, v) for k, v in (row._asdict() if row else {}).items()
                  if k not in LOCAL_COLUMNS and k not in ("created_at", "updated_at", "version")}
        self._conflict("merge", c, "merged_into",
                       mine={"value": head["merged_into"], "joined": loser, "into": winner,
                             "values": values, **self._who(mine[0])},
                       theirs={"value": kept_uuid}, mine_change=mine[0])
        gone = winner_id is None and (heads.get(winner) or load_heads(self.conn, [winner]).get(winner))
        if loser == winner or record in (loser, winner) or loser_id is None \
                or (winner_id is None and not gone):
            self.report.skipped += 1
            return None
        if winner_id is not None:
            repoint_partner(self.conn, loser_id, winner_id)
            self._touch("partners", winner_id)
        # Where the kept one is deleted, the joined one goes with it, and its contacts, as
        # where the delete arrived after the join; its values are in the conflict.
        self.conn.execute(delete(PARTNERS).where(PARTNERS.c.id == loser_id))
        self._touch("partners", loser_id)
        loser_head = heads.get(loser) or load_heads(self.conn, [loser]).get(loser)
        if loser_head is not None:
            heads[loser] = loser_head
            self._existing.add(loser)
            self._mark_merged(c, loser_head, winner)
        self._ids.pop(("partners", loser), None)
        self._resolve_duplicates(loser)
        self.report.applied += 1
        return None

    def _opposite_merge(self, c: dict[str, Any], record: str, head: dict[str, Any],
                        kept_uuid: str | None, heads: dict[str, dict[str, Any]]) -> str:
        """Two opposite merges of one pair (A into B here, B into A there): a conflict.

        Every register settles it the same way whatever order the two merges arrive in:
        the merge with the later hybrid clock (then the greater site id) stands. Where the
        merge that stands arrives second, the partner merged here comes back with its last
        values and the arriving merge is applied to it. Nothing is lost: the links of both
        end on the kept partner and the conflict names both merges.
        Returns ``""`` (not an opposite merge), ``"lost"`` or ``"won"``.
        """
        if not kept_uuid or head["state"] not in ("live", "merged"):
            return ""
        kept_head = heads.get(kept_uuid) or load_heads(self.conn, [kept_uuid]).get(kept_uuid)
        # B's merges lead to A (A may be merged on since, into C: B into A, A into C here).
        if kept_head is None or kept_head["state"] != "merged" \
                or record not in self._merge_chain(kept_uuid, heads):
            return ""
        local = self.conn.execute(select(AUDIT.c.change_uuid, AUDIT.c.hlc, AUDIT.c.site).where(
            AUDIT.c.entity_uuid == kept_uuid, AUDIT.c.action == "merge").order_by(AUDIT.c.id.desc())).first()
        local_key = (int(local.hlc or 0), str(local.site)) if local is not None else (0, "")
        won = _key(c) > local_key
        self._conflict("merge", c, "merged_into",
                       mine={"value": record, "merged": kept_uuid, "stands": not won,
                             **self._who(local.change_uuid if local is not None else None)},
                       theirs={"value": kept_uuid, "merged": record, "stands": won},
                       mine_change=local.change_uuid if local is not None else None)
        if not won:
            self.report.skipped += 1
            return "lost"
        self._revive(kept_uuid, kept_head)
        heads[kept_uuid] = kept_head
        self._existing.add(kept_uuid)
        return "won"

    def _revive(self, record: str, head: dict[str, Any]) -> None:
        """Bring merged partner *record* back with its last values (an opposite merge stands)."""
        from desktop_app.sync.changelog import last_values

        wire = last_values(self.conn, "partners", record)
        fake = {"fields": {k: [None, v] for k, v in wire.items()}, "id": "", "site": "", "hlc": 0,
                "table": "partners", "record": record}
        values = self._values(fake, "partners", list(wire)) or {}
        now = utcnow()
        items = wire.get("tags")
        values.update(uuid=record, created_at=now, updated_at=now, version=1,
                      **_partner_derived(values, items))
        self._flush_pending()
        if self.conn.dialect.name != "postgresql":  # beyond the ids taken up front for this chunk
            values["id"] = max([int(self.conn.execute(select(func.max(PARTNERS.c.id))).scalar() or 0),
                                *self._pool.get("partners", [])]) + 1
        key = self.conn.execute(insert(PARTNERS).values(**values)).inserted_primary_key
        new_id = int(key[0]) if key else int(values.get("id") or 0)
        if items:
            set_links(self.conn, "partners", new_id, items, self._partner_id)
        self._ids[("partners", record)] = new_id
        head["state"] = "live"
        head["merged_into"] = None
        self._touch("partners", new_id)

    # ------------------------------------------------------------------ conflicts and tasks

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

    # ------------------------------------------------------------------ bookkeeping

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

    def _refresh_derived(self) -> None:
        """Recompute MoUs' search text after their parties, axes or partners changed."""
        from desktop_app.sync.derived import refresh_mou_search_text

        refresh_mou_search_text(self.conn, self.report.touched)


def _default(column: Any) -> Any:
    """The value a Core insert would give a column that was not named."""
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    return None


_DERIVER: list[Any] = []


def partner_tags_of(conn: Connection, partner_id: int) -> list[str]:
    """The tag names of a partner (they count in its search text)."""
    from db.models import Tag

    return list(conn.execute(select(Tag.name).join(partner_tags, partner_tags.c.tag_id == Tag.id)
                             .where(partner_tags.c.partner_id == partner_id).order_by(Tag.name)).scalars())


def _partner_derived(values: dict[str, Any], tags: list[str] | None = None) -> dict[str, Any]:
    """The derived columns of a partner from its plain values (as the partner form saves).

    The importer's :class:`Deriver` computes exactly what ``partners.apply_derived`` does,
    with caches that pay off over thousands of partners; ``apply_derived`` is the fallback.
    """
    if not _DERIVER:
        try:
            from desktop_app.domain.imports import Deriver

            _DERIVER.append(Deriver())
        except ImportError:
            _DERIVER.append(None)
    deriver = _DERIVER[0]
    text = {k: values.get(k) or "" for k in ("name", "name_en", "city", "sector", "email", "phone",
                                            "website")}
    if deriver is not None:
        return dict(deriver(text["name"], text["name_en"], text["website"], text["email"],
                            text["city"], text["sector"], text["phone"], values.get("country_code"),
                            tags or ()))
    from types import SimpleNamespace

    from desktop_app.domain.partners import apply_derived

    p = SimpleNamespace(**text, country_code=values.get("country_code"))
    apply_derived(p, tags or ())  # type: ignore[arg-type]
    return {"name_key": p.name_key, "name_sort": p.name_sort, "name_en_key": p.name_en_key,
            "web_domain": p.web_domain, "search_text": p.search_text}


def repoint_partner(conn: Connection, loser: int, kept: int) -> None:
    """Move every link of partner *loser* to partner *kept* (a merge), keeping links unique."""
    from db.models import Attachment, Body, BodyMember, Contact, Hub, MoUParty

    for model, col in ((Contact, "partner_id"), (Hub, "host_partner_id"), (Body, "secretariat_partner_id"),
                       (BodyMember, "partner_id"), (Attachment, "partner_id")):
        t = model.__table__
        conn.execute(update(t).where(t.c[col] == loser).values({col: kept}))
    parties = MoUParty.__table__
    kept_mous = select(parties.c.mou_id).where(parties.c.partner_id == kept).scalar_subquery()
    conn.execute(delete(parties).where(parties.c.partner_id == loser, parties.c.mou_id.in_(kept_mous)))
    conn.execute(update(parties).where(parties.c.partner_id == loser).values(partner_id=kept))
    for link, other in ((event_partners, "event_id"), (partner_tags, "tag_id")):
        kept_links = select(link.c[other]).where(link.c.partner_id == kept).scalar_subquery()
        conn.execute(delete(link).where(link.c.partner_id == loser, link.c[other].in_(kept_links)))
        conn.execute(update(link).where(link.c.partner_id == loser).values(partner_id=kept))
