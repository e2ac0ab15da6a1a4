"""Meetings of working groups, committees and councils (or about an MoU or a hub).

Follows :mod:`desktop_app.domain.partners`: a form loaded with ``get`` and written with a
version-checked ``save``; ``delete`` takes the meeting's actions and attachments with it
and unlinks the letters that cite it (``usage`` says so first); ``query`` returns ordered
ids; ``rows`` gives the list's display-ready lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import ActionItem, ActionStatus, Body, Hub, Meeting, MoU
from desktop_app.domain import dates
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import language, tr
from desktop_app.domain.records import (
    Cascade,
    KeyCache,
    body_choices,
    body_labels,
    cascade_meetings,
    date_range,
    hub_choices,
    hub_labels,
    load_for_update,
    meeting_choices,
    meeting_label,
    mou_choices,
    mou_labels,
    not_found,
    require,
    set_if_changed,
    sort_ids,
)
from desktop_app.domain.text import field_errors, localize_digits, normalize_text


@dataclass
class MeetingForm:
    """Everything the meeting form edits; ``id``/``version`` are ``None`` for a new meeting."""

    id: int | None = None
    version: int | None = None
    body_id: int | None = None
    mou_id: int | None = None
    hub_id: int | None = None
    ordinal: int | None = None
    title: str = ""
    held_on: dt.date | None = None
    held_at: dt.time | None = None
    place: str = ""
    attendees: str = ""
    minutes: str = ""
    decisions: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list, ready to show in the current language."""

    id: int
    ordinal: int | None
    ordinal_text: str
    title: str
    label: str
    held_on: dt.date
    held_on_text: str
    held_at_text: str
    place: str
    body_id: int | None
    body_name: str
    mou_id: int | None
    mou_label: str
    hub_id: int | None
    hub_label: str
    actions: int
    open_actions: int
    upcoming: bool


@dataclass(frozen=True)
class MeetingQuery:
    """What the meeting list shows: search text, filters and the sort column."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    body_id: int | None = None
    mou_id: int | None = None
    hub_id: int | None = None
    when: str = ""  # "" | "upcoming" | "past" (relative to ``today``)
    today: dt.date | None = None
    sort: str = "held_on"  # held_on | title | ordinal | body | place
    descending: bool = True


_OPEN = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS]
_FIELDS = ("body_id", "mou_id", "hub_id", "ordinal", "title", "held_on", "held_at", "place",
           "attendees", "minutes", "decisions")


def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    return [tuple(r) for r in s.execute(
        select(Meeting.id, Meeting.version, Meeting.title, Meeting.place, Meeting.attendees,
               Meeting.decisions, Body.name, MoU.number, MoU.title)
        .outerjoin(Body, Body.id == Meeting.body_id).outerjoin(MoU, MoU.id == Meeting.mou_id)
        .where(Meeting.id.in_(ids)))]


class MeetingService:
    """Use cases for meetings: load, validate and save, delete, list and search."""

    entity = "meetings"

    def __init__(self, db: Database) -> None:
        self.db = db
        self._keys = KeyCache(_texts)

    # ------------------------------------------------------------------ reading

    def get(self, meeting_id: int) -> MeetingForm:
        """The meeting as the form edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise not_found("This meeting no longer exists.", "این جلسه دیگر وجود ندارد.")
            return MeetingForm(id=m.id, version=m.version,
                               **{name: getattr(m, name) for name in _FIELDS})

    def query(self, q: MeetingQuery = MeetingQuery()) -> list[int]:
        """Ids of the meetings *q* selects, in its order."""
        conds = date_range(Meeting.held_on, q.date_from, q.date_to)
        today = q.today or dates.today()
        if q.when == "upcoming":
            conds.append(Meeting.held_on >= today)
        elif q.when == "past":
            conds.append(Meeting.held_on < today)
        for col, value in ((Meeting.body_id, q.body_id), (Meeting.mou_id, q.mou_id),
                           (Meeting.hub_id, q.hub_id)):
            if value is not None:
                conds.append(col == value)
        sort_col = {"title": Meeting.title, "ordinal": Meeting.ordinal, "body": Body.name,
                    "place": Meeting.place}.get(q.sort, Meeting.held_on)
        stmt = (select(Meeting.id, Meeting.version, sort_col)
                .outerjoin(Body, Body.id == Meeting.body_id))
        if conds:
            stmt = stmt.where(and_(*conds))
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            keep = self._keys.filter(s, [(r[0], r[1]) for r in rows], q.text)
        return sort_ids(((r[0], r[2]) for r in rows if r[0] in keep), q.descending,
                        text=q.sort in ("title", "body", "place"))

    def rows(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, MeetingRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        if not ids:
            return {}
        lang = language()
        today = today or dates.today()
        out: dict[int, MeetingRow] = {}
        with self.db.reading() as s:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                ms = s.execute(select(Meeting.id, Meeting.ordinal, Meeting.title, Meeting.held_on,
                                      Meeting.held_at, Meeting.place, Meeting.body_id,
                                      Meeting.mou_id, Meeting.hub_id)
                               .where(Meeting.id.in_(chunk))).all()
                bodies = body_labels(s, (m.body_id for m in ms))
                mous = mou_labels(s, (m.mou_id for m in ms))
                hubs = hub_labels(s, (m.hub_id for m in ms))
                counts = {mid: (n, o) for mid, n, o in s.execute(
                    select(ActionItem.meeting_id, func.count(),
                           func.sum(case((ActionItem.status.in_(_OPEN), 1), else_=0)))
                    .where(ActionItem.meeting_id.in_(chunk)).group_by(ActionItem.meeting_id))}
                for m in ms:
                    body = bodies.get(m.body_id, "") if m.body_id else ""
                    n, o = counts.get(m.id, (0, 0))
                    out[m.id] = MeetingRow(
                        id=m.id, ordinal=m.ordinal,
                        ordinal_text=localize_digits(m.ordinal, lang) if m.ordinal else "",
                        title=m.title, label=meeting_label(m.ordinal, m.title, body, None, lang),
                        held_on=m.held_on, held_on_text=dates.format_date(m.held_on, lang),
                        held_at_text=dates.format_time(m.held_at, lang), place=m.place,
                        body_id=m.body_id, body_name=body,
                        mou_id=m.mou_id, mou_label=mous.get(m.mou_id, "") if m.mou_id else "",
                        hub_id=m.hub_id, hub_label=hubs.get(m.hub_id, "") if m.hub_id else "",
                        actions=int(n or 0), open_actions=int(o or 0),
                        upcoming=m.held_on >= today)
        return out

    def count(self) -> int:
        """How many meetings the register holds."""
        with self.db.reading() as s:
            return s.scalar(select(func.count(Meeting.id))) or 0

    def choices(self) -> list[tuple[int, str]]:
        """(id, label) of every meeting, newest first, for a link picker."""
        with self.db.reading() as s:
            return meeting_choices(s)

    def link_choices(self) -> dict[str, list[tuple[int, str]]]:
        """Pickers for the form and filters: ``bodies``, ``mous``, ``hubs`` as (id, label)."""
        with self.db.reading() as s:
            return {"bodies": body_choices(s), "mous": mou_choices(s), "hubs": hub_choices(s)}

    def body_choices(self, mou_id: int | None = None) -> list[tuple[int, str]]:
        """(id, name) of the bodies a meeting can belong to."""
        with self.db.reading() as s:
            return body_choices(s, mou_id)

    def body_links(self, body_id: int) -> tuple[int | None, int | None]:
        """The MoU and hub a body belongs to (the form fills them in when a body is chosen)."""
        with self.db.reading() as s:
            b = s.get(Body, body_id)
            return (b.mou_id, b.hub_id) if b is not None else (None, None)

    def next_ordinal(self, body_id: int | None) -> int | None:
        """The number the body's next meeting would carry (``None`` without a body)."""
        if body_id is None:
            return None
        with self.db.reading() as s:
            return (s.scalar(select(func.max(Meeting.ordinal))
                             .where(Meeting.body_id == body_id)) or 0) + 1

    # ------------------------------------------------------------------ writing

    def validate(self, form: MeetingForm) -> MeetingForm:
        """Return *form* normalised; raise :class:`ValidationError` on bad fields."""
        f = replace(form)
        for name in ("title", "place", "attendees", "minutes", "decisions"):
            setattr(f, name, normalize_text(getattr(f, name)))
        errors: dict[str, str] = {}
        if f.held_on is None:
            errors["held_on"] = tr("The meeting's date is required.", "تاریخ جلسه لازم است.")
        elif not isinstance(f.held_on, dt.date):
            errors["held_on"] = tr("Not a date.", "تاریخ درست نیست.")
        if f.ordinal is not None and (not isinstance(f.ordinal, int) or not 1 <= f.ordinal <= 10_000):
            errors["ordinal"] = tr("The meeting number is a whole number from 1 up.",
                                   "شماره جلسه عددی صحیح از ۱ به بالا است.")
        if not f.title and f.body_id is None:
            errors["title"] = tr("Give the meeting a title or choose its body.",
                                 "برای جلسه عنوانی بنویسید یا کارگروه/کمیته آن را برگزینید.")
        if f.held_at is not None and not isinstance(f.held_at, dt.time):
            errors["held_at"] = tr("Not a time of day.", "ساعت درست نیست.")
        errors = {**field_errors("meetings", vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        return f

    def save(self, form: MeetingForm) -> OpResult[int]:
        """Create or update a meeting from *form*; returns its id and what changed."""
        f = self.validate(form)
        with self.db.unit_of_work() as s:
            errors: dict[str, str] = {}
            body = require(s, Body, f.body_id, "body_id", errors,
                           ("That body no longer exists.", "آن کارگروه/کمیته دیگر وجود ندارد."))
            require(s, MoU, f.mou_id, "mou_id", errors,
                    ("That MoU no longer exists.", "آن تفاهم‌نامه دیگر وجود ندارد."))
            require(s, Hub, f.hub_id, "hub_id", errors,
                    ("That hub no longer exists.", "آن هاب دیگر وجود ندارد."))
            if body is not None:
                # A body's meeting is about the body's MoU/hub unless the form says otherwise.
                f.mou_id = f.mou_id if f.mou_id is not None else body.mou_id
                f.hub_id = f.hub_id if f.hub_id is not None else body.hub_id
                if f.ordinal is not None:
                    clash = s.scalar(select(Meeting.id).where(
                        Meeting.body_id == body.id, Meeting.ordinal == f.ordinal,
                        Meeting.id != (f.id or 0)).limit(1))
                    if clash is not None:
                        errors["ordinal"] = tr(
                            f"{body.name} already has a meeting number {f.ordinal}.",
                            f"«{body.name}» جلسه شماره {localize_digits(f.ordinal, 'fa')} را دارد.")
            if errors:
                raise ValidationError(errors)
            if f.id is None:
                m = Meeting()
                s.add(m)
            else:
                m = load_for_update(
                    s, Meeting, f.id, f.version,
                    ("This meeting was deleted elsewhere.", "این جلسه در جای دیگری حذف شده است."),
                    ("Someone else changed this meeting after you opened it; reopen it to see "
                     "their change.",
                     "کس دیگری پس از باز کردن شما این جلسه را تغییر داده است؛ آن را دوباره باز کنید."))
            set_if_changed(m, {name: getattr(f, name) for name in _FIELDS})
            s.flush()
            mid = m.id
        kind = "created" if f.id is None else "updated"
        return OpResult(mid, Changes.of(**{kind: {"meetings": [mid]}}))

    def _cascade(self, s: Session, meeting_id: int, dry: bool) -> Cascade:
        c = Cascade(dry=dry)
        cascade_meetings(s, c, [meeting_id])
        return c

    def usage(self, meeting_id: int) -> dict[str, int]:
        """What a delete would take with it: ``action_items``, ``attachments`` (deleted) and
        ``-letters`` (unlinked), by count."""
        with self.db.reading() as s:
            counts = self._cascade(s, meeting_id, dry=True).counts()
        counts.pop("meetings", None)
        return counts

    def delete(self, meeting_id: int) -> Changes:
        """Delete a meeting with its actions and attachments; letters citing it are unlinked."""
        with self.db.unit_of_work() as s:
            if s.get(Meeting, meeting_id) is None:
                return Changes()
            c = self._cascade(s, meeting_id, dry=False)
        return Changes.of(deleted=c.deleted, updated=c.updated)


__all__ = ["MeetingForm", "MeetingQuery", "MeetingRow", "MeetingService"]
