"""Bodies formed to carry an MoU or a hub out: working groups, committees, steering councils.

A body nests under another (a specialised committee under a joint working group), has a
secretariat hosted by one partner and members (people, usually on behalf of a partner).
Same shape as the other services: form, validate, version-checked save, delete that says
what went with it, and the tree of an MoU's or hub's bodies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from db.database import Database
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
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.i18n import tr
from desktop_app.domain.mous import BodyNode, _body_tree
from desktop_app.domain.text import field_errors, normalize_text


@dataclass
class MemberForm:
    """A member of a body as the members table edits it."""

    id: int | None = None
    partner_id: int | None = None
    person: str = ""
    role: str = ""


@dataclass
class BodyForm:
    """Everything the body dialog edits; ``id``/``version`` are ``None`` for a new body."""

    id: int | None = None
    version: int | None = None
    kind: BodyKind = BodyKind.WORKING_GROUP
    name: str = ""
    description: str = ""
    mou_id: int | None = None
    hub_id: int | None = None
    parent_id: int | None = None
    secretariat_partner_id: int | None = None
    formed_on: dt.date | None = None
    members: list[MemberForm] = field(default_factory=list)


class BodyService:
    """Use cases for bodies: load, validate and save, delete, and the tree of an MoU or hub."""

    entity = "bodies"

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, body_id: int) -> BodyForm:
        """The body as the dialog edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            b = s.get(Body, body_id)
            if b is None:
                raise NotFoundError(tr("This body no longer exists.",
                                       "این کارگروه یا کمیته دیگر وجود ندارد."))
            return BodyForm(b.id, b.version, b.kind, b.name, b.description, b.mou_id, b.hub_id,
                            b.parent_id, b.secretariat_partner_id, b.formed_on,
                            [MemberForm(m.id, m.partner_id, m.person, m.role) for m in b.members])

    def tree_for_mou(self, mou_id: int) -> list[BodyNode]:
        """The MoU's bodies as a forest (roots first, committees under their working group)."""
        with self.db.reading() as s:
            return _body_tree(s, mou_id=mou_id)

    def tree_for_hub(self, hub_id: int) -> list[BodyNode]:
        """The hub's bodies as a forest."""
        with self.db.reading() as s:
            return _body_tree(s, hub_id=hub_id)

    def validate(self, form: BodyForm) -> BodyForm:
        """Return *form* normalised; raise :class:`ValidationError` naming each bad field."""
        with self.db.reading() as s:
            return self._validate(s, form)

    def _validate(self, s: Session, form: BodyForm) -> BodyForm:
        f = replace(form)
        f.name = normalize_text(f.name)
        f.description = normalize_text(f.description)
        errors: dict[str, str] = {}
        try:
            f.kind = BodyKind(f.kind)
        except ValueError:
            errors["kind"] = tr("Unknown kind of body.", "نوع ناشناخته است.")
        if not f.name:
            errors["name"] = tr("The name is required.", "نام لازم است.")
        elif len(f.name) > 500:
            errors["name"] = tr("The name is longer than 500 characters.",
                                "نام بیش از ۵۰۰ نویسه است.")
        if f.mou_id is not None and s.get(MoU, f.mou_id) is None:
            errors["mou_id"] = tr("This MoU no longer exists.", "این تفاهم‌نامه دیگر وجود ندارد.")
        if f.hub_id is not None and s.get(Hub, f.hub_id) is None:
            errors["hub_id"] = tr("This hub no longer exists.", "این هاب دیگر وجود ندارد.")
        if f.parent_id is not None:
            parent = s.get(Body, f.parent_id)
            if parent is None:
                errors["parent_id"] = tr("The parent body no longer exists.",
                                         "نهاد بالادست دیگر وجود ندارد.")
            elif f.id is not None and _is_under(s, f.parent_id, f.id):
                errors["parent_id"] = tr("A body cannot sit under itself or one of its own "
                                         "committees.",
                                         "یک نهاد نمی‌تواند زیر خودش یا کمیته‌های خودش باشد.")
            elif parent.mou_id != f.mou_id and f.mou_id is not None:
                errors["parent_id"] = tr("The parent body belongs to another MoU.",
                                         "نهاد بالادست از تفاهم‌نامه دیگری است.")
        partner_ids = {f.secretariat_partner_id} | {m.partner_id for m in f.members}
        partner_ids.discard(None)
        known = set(s.scalars(select(Partner.id).where(Partner.id.in_(partner_ids)))) \
            if partner_ids else set()
        if f.secretariat_partner_id is not None and f.secretariat_partner_id not in known:
            errors["secretariat_partner_id"] = tr("The secretariat's partner no longer exists.",
                                                  "سازمان دبیرخانه دیگر وجود ندارد.")
        members: list[MemberForm] = []
        for m in f.members:
            m2 = MemberForm(m.id, m.partner_id, normalize_text(m.person), normalize_text(m.role))
            if m2.partner_id is None and not m2.person:
                if m2.role:
                    errors["members"] = tr("Every member needs a person or an organisation.",
                                           "هر عضو باید یک شخص یا سازمان باشد.")
                continue
            if m2.partner_id is not None and m2.partner_id not in known:
                errors["members"] = tr("A member's partner no longer exists.",
                                       "سازمان یکی از اعضا دیگر وجود ندارد.")
            errors = {**field_errors("body_members", vars(m2), as_field="members"), **errors}
            members.append(m2)
        f.members = members
        errors = {**field_errors("bodies", vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        return f

    def save(self, form: BodyForm) -> OpResult[int]:
        """Create or update a body and its members in one unit of work."""
        with self.db.unit_of_work() as s:
            f = self._validate(s, form)
            if f.id is None:
                b = Body()
                s.add(b)
            else:
                found = s.get(Body, f.id)
                if found is None:
                    raise ConflictError(tr("This body was deleted elsewhere.",
                                           "این نهاد در جای دیگری حذف شده است."))
                if f.version is not None and found.version != f.version:
                    raise ConflictError(tr(
                        "Someone else changed this body after you opened it; reopen it.",
                        "کس دیگری پس از باز کردن شما این نهاد را تغییر داده است؛ دوباره باز کنید."))
                b = found
                b.updated_at = utcnow()
            for name in ("kind", "name", "description", "mou_id", "hub_id", "parent_id",
                         "secretariat_partner_id", "formed_on"):
                if getattr(b, name) != getattr(f, name):
                    setattr(b, name, getattr(f, name))
            old = {m.id for m in b.members}
            by_id = {m.id: m for m in b.members}
            keep: list[BodyMember] = []
            for position, mf in enumerate(f.members):
                row = by_id.pop(mf.id, None) if mf.id is not None else None
                row = row or BodyMember()
                for name in ("partner_id", "person", "role"):
                    if getattr(row, name) != getattr(mf, name):
                        setattr(row, name, getattr(mf, name))
                if row.position != position:
                    row.position = position
                keep.append(row)
            b.members = keep
            s.flush()
            body_id = b.id
            new = {m.id for m in b.members}
        kind = "created" if f.id is None else "updated"
        changes = Changes.of(**{kind: {"bodies": [body_id]}})
        changes |= Changes.of(created={"body_members": new - old},
                              deleted={"body_members": old - new},
                              updated={"body_members": new & old})
        if f.mou_id is not None:
            changes |= Changes.of(updated={"mous": [f.mou_id]})
        return OpResult(body_id, changes)

    def usage(self, body_id: int) -> dict[str, int]:
        """What deleting the body takes with it: committees under it, members, meetings."""
        with self.db.reading() as s:
            return {k: len(v) for k, v in _plan(s, body_id).items()}

    def delete(self, body_id: int) -> Changes:
        """Delete the body, the bodies under it, their members, meetings and actions."""
        with self.db.unit_of_work() as s:
            b = s.get(Body, body_id)
            if b is None:
                return Changes()
            mou_id = b.mou_id
            plan = _plan(s, body_id)
            for letter in s.scalars(select(Letter).where(Letter.id.in_(plan["letters"]))):
                if letter.body_id in plan["bodies"]:
                    letter.body_id = None
                if letter.meeting_id in plan["meetings"]:
                    letter.meeting_id = None
            s.flush()
            for model, key in ((Attachment, "attachments"), (ActionItem, "action_items"),
                               (Meeting, "meetings")):
                for obj in s.scalars(select(model).where(model.id.in_(plan[key]))):
                    s.delete(obj)
                s.flush()
            bodies = {x.id: x for x in s.scalars(select(Body).where(Body.id.in_(plan["bodies"])))}
            for bid in reversed(plan["bodies"]):
                s.delete(bodies[bid])
                s.flush()
        changes = Changes.of(deleted={k: plan[k] for k in ("bodies", "body_members", "meetings",
                                                          "action_items", "attachments")},
                             updated={"letters": plan["letters"]})
        if mou_id is not None:
            changes |= Changes.of(updated={"mous": [mou_id]})
        return changes

    def count(self) -> int:
        """How many bodies the register holds."""
        with self.db.reading() as s:
            return s.scalar(select(func.count(Body.id))) or 0


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
    letter_cond: ColumnElement[bool] = Letter.body_id.in_(bodies)
    if meetings:
        letter_cond = or_(letter_cond, Letter.meeting_id.in_(meetings))
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
