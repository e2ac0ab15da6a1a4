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

import logging
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from db.audit import (
    LIFE,
    SYNCED_TABLES,
    load_heads,
    next_hlc,
    save_heads,
)
from desktop_app.sync.core import AUDIT, ApplyReport, _key
from desktop_app.sync.merges import JOINED, MergeRules

log = logging.getLogger("peyvand.sync")

#: Tables whose creates are inserted in batches: no unique constraint but the UUID can refuse them.
BATCHED_TABLES = frozenset(SYNCED_TABLES) - {"mous", "mou_parties"}


class GapError(Exception):
    """Changes arrived out of order (a site's sequence has a hole): nothing may be applied."""


class ForkedSiteError(Exception):
    """A change carries a site and number this register holds under another change id: one
    of the two registers is a copy of the other's file (``args[0]``: the site)."""


class Applier(MergeRules):
    """Applies wire changes to one register inside the caller's transaction."""

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

    def _apply_one(self, c: dict[str, Any], heads: dict[str, dict[str, Any]],
                   audit: list[dict[str, Any]]) -> None:
        table_name, record = c["table"], c["record"]
        op = c["op"]
        self._batch_keys[c["id"]] = _key(c)
        self._batch.append(c)
        local_id: int | None = None
        if table_name not in SYNCED_TABLES:
            self.report.skipped += 1
        elif op == "create" and record not in heads and table_name in BATCHED_TABLES:
            local_id = self._create(c, table_name, record, heads, batched=True)
        else:
            self._flush_pending()
            head = heads.get(record)
            target = record
            if head is not None and head["state"] == "merged" and op not in ("delete", "merge") \
                    and not (op == "update" and JOINED in head["heads"]):
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

    def _refresh_derived(self) -> None:
        """Recompute MoUs' search text after their parties, axes or partners changed."""
        from desktop_app.sync.derived import refresh_mou_search_text

        refresh_mou_search_text(self.conn, self.report.touched)
