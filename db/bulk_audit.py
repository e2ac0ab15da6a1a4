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
  the batch's metadata given once by the caller).

The sync columns stay empty; :func:`db.audit.stamp_pending` stamps the rows before the
transaction commits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from json.encoder import encode_basestring as _json_string
from typing import Any

from db.audit import SKIPPED_COLUMNS, plain_value

#: The audit columns a bulk writer fills, in the order of :func:`audit_entry`'s tuple.
AUDIT_COLUMNS = ("at", "actor", "source", "action", "entity", "entity_id", "entity_uuid", "changes")


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
        self.parts = [(f'"{c}":[null,', i) for i, c in enumerate(columns) if c not in SKIPPED_COLUMNS]

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


def audit_row(at: Any, actor: str, action: str, entity: str, values: Mapping[str, Any],
              source: str = "import") -> dict[str, Any]:
    """The audit row the hook would write for a Core insert or delete of *values* (a whole
    row with ``id`` and ``uuid``), as a dict for ``insert(AuditEntry)``."""
    return dict(zip(AUDIT_COLUMNS, audit_entry(at, actor, action, entity, values["id"],
                                               values["uuid"], insert_changes(values), source),
                    strict=True))


__all__ = ["AUDIT_COLUMNS", "InsertChanges", "audit_entry", "audit_row", "insert_changes",
           "update_changes"]
