"""Audit rows for bulk writers: the rows :mod:`db.audit`'s hook writes, built from plain values.

Core inserts, updates and deletes (the importer's bulk paths, import undo) bypass the ORM's
flush hook, so they write their :class:`~db.models.AuditEntry` rows themselves, in the same
transaction and with the same content the hook would have written. The skip list and the
conversion of a value to its JSON form are the hook's own (:data:`db.audit.SKIPPED_COLUMNS`,
:func:`db.audit.plain_value`); this module only builds the rows from plain values:

* :func:`insert_changes` / :func:`update_changes`: the ``changes`` of an inserted (or
  deleted) record and of an updated one, as a dict;
* :class:`InsertChanges`: the same for inserted rows given as tuples, written straight to
  JSON text (the fast paths hand the text to the driver);
* :func:`audit_entry` / :func:`audit_row`: one whole audit row (one compact row per record,
  the batch's metadata given once by the caller);
* :func:`stamp_new_records`: inserts of new records made sync changes before they are
  written, as :func:`db.audit.stamp_changes` makes them (a test holds the two equal);
  rows written without it keep their sync columns empty and
  :func:`db.audit.stamp_pending` stamps them before the transaction commits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from json.encoder import encode_basestring as _json_string
from typing import Any

from sqlalchemy.engine import Connection

from db.audit import (
    FOREIGN_REFS,
    HEAD_TABLE,
    LIFE,
    LINK_FIELDS,
    LOCAL_COLUMNS,
    SKIPPED_COLUMNS,
    SYNCED_TABLES,
    load_heads,
    next_hlc,
    plain_value,
    schema_revision,
    site_row,
    stamp_pending,
    uuids_of,
)
from db.bulk import insert_rows, uuid7_strings

#: The audit columns a bulk writer fills, in the order of :func:`audit_entry`'s tuple.
AUDIT_COLUMNS = ("at", "actor", "source", "action", "entity", "entity_id", "entity_uuid", "changes")
#: The same followed by the sync change's columns (:func:`stamp_new_records`).
STAMPED_AUDIT_COLUMNS = (*AUDIT_COLUMNS, "change_uuid", "site", "seq", "hlc", "parents", "refs",
                         "schema_rev")


def insert_changes(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """What the audit hook records for an insert (or a delete): every non-empty audited
    column as ``[None, value]``."""
    out: dict[str, list[Any]] = {}
    for key, value in values.items():
        if value is None or value == "" or key in SKIPPED_COLUMNS:
            continue
        kind = type(value)
        out[key] = [None, value if kind is str or kind is int else plain_value(value)]
    return out


def update_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """What the audit hook records for an update: each audited column that changed, as
    ``[old, new]``."""
    return {k: [before[k], v] for k, v in after.items()
            if k not in SKIPPED_COLUMNS and k in before and before[k] != v}


class InsertChanges:
    """The audit entry's ``changes`` JSON for an inserted row given as a tuple in the order
    of *columns*: the text ``json.dumps(insert_changes(row), ensure_ascii=False,
    separators=(",", ":"))`` gives, written directly (about half the time of building a
    dict and encoding it). Values are str, int or None, as the fast paths' rows hold them."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = [(c, i) for i, c in enumerate(columns) if c not in SKIPPED_COLUMNS]
        self.parts = [(f'"{c}":[null,', i) for c, i in self.columns]

    def fields(self, values: Sequence[Any]) -> dict[str, list[Any]]:
        """The same changes as a dict (what :func:`insert_changes` gives for the row)."""
        return {c: [None, value] for c, i in self.columns if (value := values[i]) is not None and value != ""}

    def __call__(self, values: Sequence[Any]) -> str:
        quote = _json_string
        return "{" + ",".join([
            prefix + (quote(value) if value.__class__ is str else str(value)) + "]"
            for prefix, i in self.parts if (value := values[i]) is not None and value != ""
        ]) + "}"


def audit_entry(at: Any, actor: str, action: str, entity: str, entity_id: int,
                entity_uuid: str | None, changes: Any, source: str = "import") -> tuple[Any, ...]:
    """One audit row as a tuple in :data:`AUDIT_COLUMNS` order: one compact row per created,
    updated or deleted record, holding all of its audited fields in *changes* (a dict, or
    its JSON text on the fast paths)."""
    return (at, actor, source, action, entity, entity_id, entity_uuid or "", changes)


def stamp_new_records(conn: Connection, entries: Sequence[tuple[Any, ...]],
                      fields: Sequence[dict[str, list[Any]]],
                      known_uuids: dict[tuple[str, int], str] | None = None,
                      links: Mapping[str, Sequence[str]] | None = None) -> list[tuple[Any, ...]]:
    """*entries* — inserts of records this transaction creates, as tuples in
    :data:`AUDIT_COLUMNS` order — made sync changes before they are written, and their
    records' heads written, exactly as :func:`db.audit.stamp_changes` makes them for an
    insert: the site's next sequence numbers and clock readings, a UUIDv7 per change, the
    UUIDs the key fields point at, the schema revision; as parents only the life of each
    record a key field points at (``__life__:column``); and each record's heads (every synced
    field at this change, and ``__life__``: the change that began its life). *fields* holds
    each entry's changes as a dict; *links* the link set (a partner's tag names) of the
    entries' records that have one, by record UUID: it travels in the insert, as the hook
    records an ORM insert's tags.

    Audit rows written earlier in the transaction without a stamp (the bulk updates) are
    stamped first, so the site's sequence follows the order the rows are written in — the
    order a peer receives them in. The records are new (fresh UUIDs), so there are no heads
    of theirs to read; the heads go to the driver's fastest path (:func:`db.bulk.insert_rows`).
    Returns tuples in :data:`STAMPED_AUDIT_COLUMNS` order, JSON columns as text.
    """
    if not entries:
        return []
    stamp_pending(conn)
    wanted: dict[str, set[int]] = {}
    for entry, changes in zip(entries, fields, strict=True):
        for col, ref_table in FOREIGN_REFS.get(entry[4], {}).items():
            wanted.setdefault(ref_table, set()).update(
                v for v in changes.get(col, ()) if isinstance(v, int))
    resolved = uuids_of(conn, wanted, known_uuids)
    site = site_row(conn)
    schema = schema_revision(conn)
    synced = [entry[4] in SYNCED_TABLES for entry in entries]
    changes_ids = iter(uuid7_strings(sum(synced)))
    first_hlc = next_hlc(site.last_hlc)  # then one tick per change: monotonic, as next_hlc
    local = LOCAL_COLUMNS
    links = links or {}
    # The life of each record a key field points at: records stamped here (filled below, in
    # order, as the hook sees them) and, read once, those written before.
    lives: dict[str, str] = {}
    created = {entry[6] for entry, is_synced in zip(entries, synced, strict=True) if is_synced}
    outside = {u for u in resolved.values() if u and u not in created}
    for u, head in (load_heads(conn, sorted(outside)) if outside else {}).items():
        if LIFE in head["heads"]:
            lives[u] = head["heads"][LIFE][0]
    out: list[tuple[Any, ...]] = []
    heads: list[tuple[Any, ...]] = []
    quote = _json_string
    refs_of = {name: tuple(refs.items()) for name, refs in FOREIGN_REFS.items()}
    life_head = f'"{LIFE}":["'
    # The JSON is written as text (UUIDs and field names need no escaping; tag names are
    # quoted as json does): a third of the time json.dumps takes on 100,000 records.
    for entry, changes, is_synced in zip(entries, fields, synced, strict=True):
        if not is_synced:
            out.append((*entry, None, "", None, None, None, None, None))
            continue
        entity = entry[4]
        site.last_seq += 1
        site.last_hlc = hlc = max(first_hlc, site.last_hlc + 1)
        change = next(changes_ids)
        refs_text: list[str] = []
        parents_text: list[str] = []
        for col, ref_table in refs_of[entity]:
            pair = changes.get(col)
            if pair is None:
                continue
            old, new = (resolved.get((ref_table, v)) if isinstance(v, int) else None for v in pair)
            refs_text.append(f'"{col}":[{_uuid_json(old)},{_uuid_json(new)}]')
            if new is not None and new in lives:
                parents_text.append(f'"{LIFE}:{col}":["{lives[new]}"]')
        text = entry[7]
        names = [f for f in changes if f not in local and not f.startswith("__")]
        link_field = LINK_FIELDS.get(entity)
        items = sorted(set(links.get(entry[6], ()))) if link_field else []
        if items and link_field:
            if isinstance(text, str):
                value = "[" + ",".join([quote(i) for i in items]) + "]"
                text = (text[:-1] + ("," if len(text) > 2 else "") + f'"{link_field}":[null,{value}]}}')
            else:
                text = {**text, link_field: [None, items]}
            names.append(link_field)
        stamp = f'["{change}",{hlc},"{site.site}"]'
        heads.append((entry[6], entity, "live", None,
                      "{" + ",".join([life_head + change + '"]', *(f'"{f}":{stamp}' for f in names)]) + "}"))
        lives[entry[6]] = change
        out.append((*entry[:7], text, change, site.site, site.last_seq, hlc,
                    "{" + ",".join(parents_text) + "}", "{" + ",".join(refs_text) + "}", schema))
    site.save(conn)
    insert_rows(conn, HEAD_TABLE.name, ("entity_uuid", "entity", "state", "merged_into", "heads"), heads)
    return out


def _uuid_json(value: str | None) -> str:
    """A UUID (or None) as JSON text."""
    return "null" if value is None else f'"{value}"'


def audit_row(at: Any, actor: str, action: str, entity: str, values: Mapping[str, Any],
              source: str = "import") -> dict[str, Any]:
    """The audit row the hook would write for a Core insert or delete of *values* (a whole
    row with ``id`` and ``uuid``), as a dict for ``insert(AuditEntry)``."""
    return dict(zip(AUDIT_COLUMNS, audit_entry(at, actor, action, entity, values["id"],
                                               values["uuid"], insert_changes(values), source),
                    strict=True))


__all__ = ["AUDIT_COLUMNS", "STAMPED_AUDIT_COLUMNS", "InsertChanges", "audit_entry", "audit_row",
           "insert_changes", "stamp_new_records", "update_changes"]
