"""Applying changes to one record: creates, field-wise updates, link sets, deletes, lives.

The rules are described in :mod:`desktop_app.sync.apply`; partner merges are in
:mod:`desktop_app.sync.merges`.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from db.audit import (
    DELETED_BY,
    FOREIGN_REFS,
    LIFE,
    LOCAL_COLUMNS,
    SKIPPED_COLUMNS,
    SYNCED_TABLES,
    item_key,
    load_heads,
    touched_items,
)
from db.models import partner_tags
from db.types import utcnow
from desktop_app.sync.changelog import TABLE_ORDER
from desktop_app.sync.core import AUDIT, PARTNERS, ApplierCore, _key, _value_for
from desktop_app.sync.links import link_field, link_values, set_links


class RecordRules(ApplierCore):
    """Creates, updates, link-set items, deletes and undeletes (a record's lives)."""

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
            key = self.conn.execute(insert(table).values(**values)).inserted_primary_key
            new_id = key[0] if key else None
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
        items = self._merge_items(c, record, fields, current[link]) if link and link in c["fields"] else None
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
        events = c["table"] == "events"
        removed: set[str] = set()
        before = dict(fields) if events else {}  # the heads before *c*
        listed: list[set[str]] = []  # what they list in their own right, read once if needed

        def listed_before(wire: str) -> bool:
            if not listed:
                listed.append(set(self._listed(before, name)))
            return wire in listed[0]

        for wire in touched_items([old, new]):
            key = item_key(name, wire)
            wanted = wire in (new or ())
            # A partner merged here is on the event as the kept one (the merge moved the
            # link): removing the merged one may remove it (below).
            item = self._merged_target(wire, self._heads) if events else wire
            mine = fields.get(key) or fields.get(name)
            later = mine is None or _key(c) > (int(mine[1] or 0), str(mine[2]))
            if mine is None or mine[0] in (c["parents"].get(key) or whole):
                fields[key] = stamp
            elif wanted == (item in items and (not events or listed_before(wire))):
                # The same on both sides (on an event: the kept one there for a partner
                # merged into it is not *wire* listed in its own right).
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
            elif events:
                removed.add(item)
            else:
                items.discard(item)
        if removed:
            # Off the event unless a partner listed in its own right stands for it: one the
            # change's author listed too, or whose listing it had not seen. A partner listed
            # by a change it had seen and missing from its set was merged there: it saw
            # the kept one for it, and took that off.
            seen = {p for parents in c["parents"].values() for p in parents or ()}
            items -= removed - {self._merged_target(u, self._heads)
                                for u, h in self._listed(fields, name).items()
                                if u in (old or ()) or h[0] not in seen}
        if clashes:
            shown = sorted(items)
            theirs = sorted(set(current) ^ {item for item, _ in clashes})
            self._conflict("field", c, name, base={"value": old},
                           mine={"value": sorted(current), **self._who(clashes[0][1][0])},
                           theirs={"value": theirs, "shown": shown}, mine_change=clashes[0][1][0])
        return sorted(items) if items != set(current) else None

    def _listed(self, fields: dict[str, Any], name: str) -> dict[str, Any]:
        """The partners an event with heads *fields* lists in its own right, with their heads.

        Where a merge came first, the links of the merged and the kept partner are one, so
        the event's rows no longer say whether the kept one was listed for itself; the heads
        do, the same on every register: an item is listed if the change that last added or
        removed it (else the event's create) left it in the set. So every register ends as
        the one that had the change of the event before the merge.
        """
        whole = fields.get(name)  # none: the event was created without partners
        sets: dict[str, set[str]] = {}

        def left_in(change: str) -> set[str]:
            if change not in sets:
                sets[change] = set(self._link_set_of(change, name))
            return sets[change]

        prefix = name + "["
        heads: dict[str, Any] = {u: whole for u in (left_in(whole[0]) if whole else ())}
        heads.update({k[len(prefix):-1]: h for k, h in fields.items() if k.startswith(prefix)})
        return {u: h for u, h in heads.items() if u in left_in(h[0])}

    def _link_set_of(self, change: str, name: str) -> list[str]:
        """The link set *name* that *change* left (wire form), from the log or this batch."""
        row = self.conn.execute(select(AUDIT.c.changes).where(AUDIT.c.change_uuid == change)).first()
        pair = (row.changes or {}).get(name) if row is not None else next(
            (b["fields"].get(name) for b in reversed(self._batch) if b["id"] == change), None)
        return list(pair[1] or []) if pair else []

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
        if table_name == "partners" and life:
            self._drop_made_in(record, int(row.id), life, heads)
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

    def _logged(self, where: Any) -> list[dict[str, Any]]:
        """Changes held here matching *where* — logged, then this batch's — in wire form."""
        from desktop_app.sync.changelog import to_wire

        logged = [to_wire(r) for r in self.conn.execute(select(AUDIT).where(
            where, AUDIT.c.site != "").order_by(AUDIT.c.id))]
        return logged + self._batch

    def _drop_made_in(self, record: str, partner_id: int, life: str,
                      heads: dict[str, dict[str, Any]]) -> None:
        """Take off partner *record* the contacts that came to it in its life *life*, which a
        concurrent undelete ended: those added in that life, and those of partners merged
        into it in that life. Where the undelete stood first, the first were kept as
        conflicts and the second went with their merged partner; so they do here."""
        from db.models import Contact

        contacts = cast(Table, Contact.__table__)
        ids = dict(self.conn.execute(select(contacts.c.uuid, contacts.c.id)
                                     .where(contacts.c.partner_id == partner_id)).all())
        if not ids:
            return
        merged = {m["record"] for m in self._logged(AUDIT.c.action == "merge")
                  if m["op"] == "merge" and (m["fields"].get("merged_into") or [None, None])[1] == record
                  and m["parents"].get(f"{LIFE}:merged_into") == [life]}
        came: dict[str, tuple[Any, Any, dict[str, Any]]] = {}
        for ch in self._logged(AUDIT.c.entity_uuid.in_(list(ids))):
            if ch["record"] not in ids or "partner_id" not in ch["fields"]:
                continue
            came[ch["record"]] = (ch["fields"]["partner_id"][1],
                                  ch["parents"].get(f"{LIFE}:partner_id"), ch)
        drop = {u: ch for u, (owner, made_in, ch) in came.items()
                if (owner == record and made_in == [life]) or owner in merged}
        if not drop:
            return
        loaded = load_heads(self.conn, [u for u in drop if u not in heads])
        for u, ch in drop.items():
            if ch["op"] == "create" and ch["fields"]["partner_id"][1] == record:
                self._conflict("delete", ch, "", mine={"value": None, "state": "deleted"},
                               theirs={"value": {k: v[1] for k, v in ch["fields"].items()}})
            self.conn.execute(delete(contacts).where(contacts.c.id == ids[u]))
            self._touch("contacts", ids[u])
            head = heads.get(u) or loaded.get(u)
            if head is None:
                continue
            if u in loaded:
                heads[u] = head
                self._existing.add(u)
            head["state"] = "deleted"

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
