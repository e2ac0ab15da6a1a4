"""Bodies formed to carry an MoU or a hub out: working groups, committees, steering councils.

A body nests under another (a specialised committee under a joint working group), has a
secretariat hosted by one partner and members (people, usually on behalf of a partner).
Same shape as the other services: form, validate, version-checked save, delete that says
what went with it, and the tree of an MoU's or hub's bodies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ActionItem,
    Attachment,
    Body,
    BodyKind,
    BodyMember,
    Hub,
    Letter,
    Meeting,
    MoU,
    Partner,
)
from db.types import utcnow
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.domain.kit import (
    Entity,
    Link,
    RecordService,
    VersionedForm,
    known_member,
    operation,
)
from desktop_app.domain.mous import BodyNode, _body_tree, delete_planned, or_in
from desktop_app.domain.records import replace_children, set_if_changed
from desktop_app.domain.text import field_errors, normalize_text


@dataclass
class MemberForm:
    """A member of a body as the members table edits it."""

    id: int | None = None
    partner_id: int | None = None
    person: str = ""
    role: str = ""


@dataclass
class BodyForm(VersionedForm):
    """Everything the body dialog edits; ``id``/``version`` are ``None`` for a new body."""

    kind: BodyKind = BodyKind.WORKING_GROUP
    name: str = ""
    description: str = ""
    mou_id: int | None = None
    hub_id: int | None = None
    parent_id: int | None = None
    secretariat_partner_id: int | None = None
    formed_on: dt.date | None = None
    members: list[MemberForm] = field(default_factory=list)


BODY = Entity(
    model=Body, noun=QT_TRANSLATE_NOOP("domain.bodies", "body"),
    fields=("kind", "name", "description", "mou_id", "hub_id", "parent_id",
            "secretariat_partner_id", "formed_on"),
    texts=("name", "description"),
    links=(Link("mou_id", MoU, QT_TRANSLATE_NOOP("domain.bodies", "This MoU no longer exists.")),
           Link("hub_id", Hub, QT_TRANSLATE_NOOP("domain.bodies", "This hub no longer exists.")),
           Link("parent_id", Body, QT_TRANSLATE_NOOP("domain.bodies", "The parent body no longer exists."))),
)


class BodyService(RecordService[BodyForm]):
    """Use cases for bodies: load, validate and save, delete, and the tree of an MoU or hub."""

    kind = BODY
    form = BodyForm

    def form_of(self, obj: Any) -> BodyForm:
        """The body as the dialog edits it, members in order."""
        return BodyForm(id=obj.id, version=obj.version,
                        members=[MemberForm(m.id, m.partner_id, m.person, m.role)
                                 for m in obj.members],
                        **{name: getattr(obj, name) for name in BODY.fields})

    def tree_for_mou(self, mou_id: int) -> list[BodyNode]:
        """The MoU's bodies as a forest (roots first, committees under their working group)."""
        with self.db.reading() as s:
            return _body_tree(s, mou_id=mou_id)

    def tree_for_hub(self, hub_id: int) -> list[BodyNode]:
        """The hub's bodies as a forest."""
        with self.db.reading() as s:
            return _body_tree(s, hub_id=hub_id)

    # ------------------------------------------------------------------ rules

    def validate(self, form: BodyForm) -> BodyForm:
        """Return *form* normalised; raise :class:`ValidationError` naming each bad field
        (the links and the members' partners too)."""
        f = super().validate(form)
        with self.db.reading() as s:
            self.verify(s, f)
        return f

    def rules(self, f: BodyForm) -> dict[str, str]:
        """A known kind and a name; members normalised (empty rows dropped)."""
        errors: dict[str, str] = {}
        known_member(f, "kind", BodyKind, errors,
                     QT_TRANSLATE_NOOP("domain.bodies", "Unknown kind of body."))
        if not f.name:
            errors["name"] = translate("domain.bodies", "The name is required.")
        elif len(f.name) > 500:
            errors["name"] = translate("domain.bodies", "The name is longer than 500 characters.")
        members: list[MemberForm] = []
        for m in f.members:
            m2 = MemberForm(m.id, m.partner_id, normalize_text(m.person), normalize_text(m.role))
            if m2.partner_id is None and not m2.person:
                if m2.role:
                    errors["members"] = translate("domain.bodies", "Every member needs a person "
                                                                   "or an organisation.")
                continue
            errors = {**field_errors("body_members", vars(m2), as_field="members"), **errors}
            members.append(m2)
        f.members = members
        return errors

    def check(self, s: Session, f: BodyForm, linked: dict[str, Any]) -> dict[str, str]:
        """The parent is not the body itself nor under it, and serves the same MoU; the
        secretariat's and members' partners exist."""
        errors: dict[str, str] = {}
        parent = linked.get("parent_id")
        if parent is not None:
            if f.id is not None and _is_under(s, parent.id, f.id):
                errors["parent_id"] = translate("domain.bodies", "A body cannot sit under itself "
                                                                 "or one of its own committees.")
            elif parent.mou_id != f.mou_id and f.mou_id is not None:
                errors["parent_id"] = translate("domain.bodies", "The parent body belongs to "
                                                                 "another MoU.")
        partner_ids = {f.secretariat_partner_id} | {m.partner_id for m in f.members}
        partner_ids.discard(None)
        known = set(s.scalars(select(Partner.id).where(Partner.id.in_(partner_ids)))) \
            if partner_ids else set()
        if f.secretariat_partner_id is not None and f.secretariat_partner_id not in known:
            errors["secretariat_partner_id"] = translate("domain.bodies", "The secretariat's partner "
                                                                          "no longer exists.")
        if any(m.partner_id is not None and m.partner_id not in known for m in f.members):
            errors["members"] = translate("domain.bodies", "A member's partner no longer exists.")
        return errors

    # ------------------------------------------------------------------ writing

    def save(self, form: BodyForm) -> OpResult[int]:
        """Create or update a body and its members in one unit of work."""
        return self.store(super().validate(form))

    def save_form(self, form: BodyForm) -> OpResult[BodyForm]:
        """Like :meth:`save`, but returns the saved body as its form (members as stored)."""
        result: OpResult[BodyForm] = self.store(super().validate(form), as_form=True)
        return result

    def apply(self, s: Session, obj: Any, f: BodyForm, linked: dict[str, Any]) -> None:
        """The fields, then the members in order; an update always moves the version (the
        members are the body's)."""
        if f.id is not None:
            obj.updated_at = utcnow()
        set_if_changed(obj, {name: getattr(f, name) for name in BODY.fields})
        by_id = {m.id: m for m in obj.members}
        keep: list[BodyMember] = []
        for position, mf in enumerate(f.members):
            row = by_id.pop(mf.id, None) if mf.id is not None else None
            row = row or BodyMember()
            set_if_changed(row, {"partner_id": mf.partner_id, "person": mf.person,
                                 "role": mf.role, "position": position})
            keep.append(row)
        replace_children(s, obj, "members", keep)

    def usage(self, body_id: int) -> dict[str, int]:
        """What deleting the body takes with it: the body and those under it (``bodies``),
        ``body_members``, ``meetings``, ``action_items``, ``attachments``, and the
        ``letters`` that cite them (unlinked), by count."""
        with self.db.reading() as s:
            return {k: len(v) for k, v in _plan(s, body_id).items()}

    def delete(self, body_id: int) -> Changes:
        """Delete the body, the bodies under it, their members, meetings and actions."""
        with operation(self.db) as op:
            s = op.session
            if s.get(Body, body_id) is None:
                return op.changes
            plan = _plan(s, body_id)
            for letter in s.scalars(select(Letter).where(Letter.id.in_(plan["letters"]))):
                if letter.body_id in plan["bodies"]:
                    letter.body_id = None
                if letter.meeting_id in plan["meetings"]:
                    letter.meeting_id = None
            s.flush()
            delete_planned(s, plan)
        return op.changes


def _is_under(s: Session, body_id: int, ancestor_id: int) -> bool:
    """True when *body_id* is *ancestor_id* or sits (at any depth) under it."""
    cur: int | None = body_id
    seen: set[int] = set()
    while cur is not None and cur not in seen:
        if cur == ancestor_id:
            return True
        seen.add(cur)
        cur = s.scalar(select(Body.parent_id).where(Body.id == cur))
    return False


def _plan(s: Session, body_id: int) -> dict[str, list[int]]:
    """The body and everything under it, parents first."""
    bodies = [body_id]
    frontier = [body_id]
    while frontier:
        frontier = [b for b in s.scalars(select(Body.id).where(Body.parent_id.in_(frontier))
                                         .order_by(Body.id)) if b not in bodies]
        bodies += frontier
    meetings = list(s.scalars(select(Meeting.id).where(Meeting.body_id.in_(bodies))))
    actions = list(s.scalars(select(ActionItem.id).where(ActionItem.meeting_id.in_(meetings)))) \
        if meetings else []
    attachments = list(s.scalars(select(Attachment.id).where(Attachment.meeting_id.in_(meetings)))) \
        if meetings else []
    letter_cond = or_in(Letter.body_id.in_(bodies), Letter.meeting_id, meetings)
    return {
        "bodies": bodies,
        "body_members": list(s.scalars(select(BodyMember.id).where(BodyMember.body_id.in_(bodies)))),
        "meetings": meetings,
        "action_items": actions,
        "attachments": attachments,
        "letters": list(s.scalars(select(Letter.id).where(letter_cond))),
    }


def flatten(nodes: Sequence[BodyNode]) -> list[BodyNode]:
    """Every body of a forest, depth first."""
    return [n for root in nodes for n in root.walk()]


__all__ = ["BodyForm", "BodyService", "MemberForm", "flatten"]
