"""Merging partners across registers: a merge change, and two merges that meet.

A merge moves a partner's links to the kept partner and leaves a tombstone pointing at it.
Two opposite merges of one pair, two merges of one partner into two others, and a merge
into a partner deleted meanwhile each end the same way on every register, whatever order
the changes arrive in (``docs/sync.md``).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from db.audit import (
    LIFE,
    LOCAL_COLUMNS,
    MERGED_BY,
    load_heads,
)
from db.models import event_partners, partner_tags
from db.types import utcnow
from desktop_app.sync.core import AUDIT, PARTNERS, _key
from desktop_app.sync.links import set_links
from desktop_app.sync.records import RecordRules, _partner_derived

#: The key of the heads of a partner joined to another by two merges of one partner
#: (``MergeRules._concurrent_merge``). The join does not carry its values, so where an edit
#: of it arrives after the join the edit is kept as a conflict, as the join dropped it
#: where the edit came first — it does not land on the kept partner.
JOINED = "__joined__"


class MergeRules(RecordRules):
    """The partner-merge rules of the applier."""

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
            loser_head["heads"][JOINED] = [c["id"]]
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


def repoint_partner(conn: Connection, loser: int, kept: int) -> None:
    """Move every link of partner *loser* to partner *kept* (a merge), keeping links unique."""
    from db.models import Attachment, Body, BodyMember, Contact, Hub, MoUParty

    for model, col in ((Contact, "partner_id"), (Hub, "host_partner_id"), (Body, "secretariat_partner_id"),
                       (BodyMember, "partner_id"), (Attachment, "partner_id")):
        t = cast(Table, model.__table__)
        conn.execute(update(t).where(t.c[col] == loser).values({col: kept}))
    parties = cast(Table, MoUParty.__table__)
    kept_mous = select(parties.c.mou_id).where(parties.c.partner_id == kept).scalar_subquery()
    conn.execute(delete(parties).where(parties.c.partner_id == loser, parties.c.mou_id.in_(kept_mous)))
    conn.execute(update(parties).where(parties.c.partner_id == loser).values(partner_id=kept))
    for link, other in ((event_partners, "event_id"), (partner_tags, "tag_id")):
        kept_links = select(link.c[other]).where(link.c.partner_id == kept).scalar_subquery()
        conn.execute(delete(link).where(link.c.partner_id == loser, link.c[other].in_(kept_links)))
        conn.execute(update(link).where(link.c.partner_id == loser).values(partner_id=kept))
