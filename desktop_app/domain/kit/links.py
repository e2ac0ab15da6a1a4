"""The links most kinds of record carry, declared once (field, model, the message when the
linked record is gone)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Body, Hub, HubMission, Meeting, MoU, Record
from desktop_app.domain.kit.entity import Link

MOU = Link("mou_id", MoU, ("That MoU no longer exists.", "آن تفاهم‌نامه دیگر وجود ندارد."))
HUB = Link("hub_id", Hub, ("That hub no longer exists.", "آن هاب دیگر وجود ندارد."))
BODY = Link("body_id", Body, ("That body no longer exists.", "آن کارگروه/کمیته دیگر وجود ندارد."))
MEETING = Link("meeting_id", Meeting, ("That meeting no longer exists.",
                                       "آن جلسه دیگر وجود ندارد."))
MISSION = Link("mission_id", HubMission, ("That hub mission no longer exists.",
                                          "آن مأموریت هاب دیگر وجود ندارد."))


def taken(s: Session, model: type[Record], record_id: int | None, **values: Any) -> bool:
    """True when another record of *model* (not *record_id*) already has all *values*
    (a number or a (park, country) pair that must stay unique)."""
    table = model.__table__  # type: ignore[attr-defined]
    conds = [table.c[name] == value for name, value in values.items()]
    found = s.scalar(select(table.c.id).where(*conds, table.c.id != (record_id or 0)).limit(1))
    return found is not None


__all__ = ["BODY", "HUB", "MEETING", "MISSION", "MOU", "taken"]
