"""Meetings of working groups, committees and councils (or about an MoU or a hub).

Follows :mod:`desktop_app.domain.partners`: a form loaded with ``get`` and written with a
version-checked ``save``; ``delete`` takes the meeting's actions and attachments with it
and unlinks the letters that cite it (``usage`` says so first); ``query`` returns ordered
ids; ``rows`` gives the list's display-ready lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import ActionItem, ActionStatus, Body, Meeting, MoU
from desktop_app.domain import dates
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import Entity, RecordService, VersionedForm, links
from desktop_app.domain.records import (
    Cascade,
    LinkLabels,
    body_choices,
    cascade_meetings,
    date_range,
    hub_choices,
    meeting_choices,
    meeting_label,
    mou_choices,
)
from desktop_app.domain.text import localize_digits


@dataclass
class MeetingForm(VersionedForm):
    """Everything the meeting form edits; ``id``/``version`` are ``None`` for a new meeting."""

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
def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    return [tuple(r) for r in s.execute(
        select(Meeting.id, Meeting.version, Meeting.title, Meeting.place, Meeting.attendees,
               Meeting.decisions, Body.name, MoU.number, MoU.title)
        .outerjoin(Body, Body.id == Meeting.body_id).outerjoin(MoU, MoU.id == Meeting.mou_id)
        .where(Meeting.id.in_(ids)))]


def _cascade(s: Session, c: Cascade, meeting_id: int) -> None:
    cascade_meetings(s, c, [meeting_id])


MEETING = Entity(
    model=Meeting, noun=QT_TRANSLATE_NOOP("domain.meetings", "meeting"),
    fields=("body_id", "mou_id", "hub_id", "ordinal", "title", "held_on", "held_at", "place",
            "attendees", "minutes", "decisions"),
    texts=("title", "place", "attendees", "minutes", "decisions"),
    links=(links.BODY, links.MOU, links.HUB),
    cascade=_cascade,
    sort={"held_on": Meeting.held_on, "title": Meeting.title, "ordinal": Meeting.ordinal,
          "body": Body.name, "place": Meeting.place},
    text_sorts=frozenset({"title", "body", "place"}),
    search=_texts,
)


class MeetingService(RecordService[MeetingForm]):
    """Use cases for meetings: load, validate and save, delete, list and search."""

    kind = MEETING
    form = MeetingForm

    # ------------------------------------------------------------------ reading

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
        stmt = (select(Meeting.id, Meeting.version, self.sort_column(q.sort, "held_on"))
                .outerjoin(Body, Body.id == Meeting.body_id))
        if conds:
            stmt = stmt.where(and_(*conds))
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            keep = self.search(s, rows, q.text)
        return self.sorted_ids(((r[0], r[2]) for r in rows if r[0] in keep), q.sort,
                               q.descending)

    def rows(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, MeetingRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        day = today or dates.today()
        return self.chunked_rows(ids, lambda s, chunk: self._rows(s, chunk, day))

    def _rows(self, s: Session, chunk: list[int], today: dt.date) -> Iterator[tuple[int, MeetingRow]]:
        lang = language()
        of_meeting = ActionItem.meeting_id == Meeting.id
        ms = s.execute(select(Meeting.id, Meeting.ordinal, Meeting.title, Meeting.held_on,
                              Meeting.held_at, Meeting.place, Meeting.body_id,
                              Meeting.mou_id, Meeting.hub_id,
                              select(func.count(ActionItem.id)).where(of_meeting)
                              .scalar_subquery().label("n"),
                              select(func.count(ActionItem.id))
                              .where(of_meeting, ActionItem.status.in_(_OPEN))
                              .scalar_subquery().label("o"))
                       .where(Meeting.id.in_(chunk))).all()
        name = LinkLabels(s, ms, "body_id", "mou_id", "hub_id")
        for m in ms:
            body = name("body_id", m.body_id)
            n, o = m.n, m.o
            yield m.id, MeetingRow(
                id=m.id, ordinal=m.ordinal,
                ordinal_text=localize_digits(m.ordinal, lang) if m.ordinal else "",
                title=m.title, label=meeting_label(m.ordinal, m.title, body, None, lang),
                held_on=m.held_on, held_on_text=dates.format_date(m.held_on, lang),
                held_at_text=dates.format_time(m.held_at, lang), place=m.place,
                body_id=m.body_id, body_name=body,
                mou_id=m.mou_id, mou_label=name("mou_id", m.mou_id),
                hub_id=m.hub_id, hub_label=name("hub_id", m.hub_id),
                actions=int(n or 0), open_actions=int(o or 0),
                upcoming=m.held_on >= today)

    def choice_list(self, s: Session) -> list[tuple[int, str]]:
        """(id, label) of every meeting, newest first, for a link picker."""
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

    def rules(self, f: MeetingForm) -> dict[str, str]:
        """A date; an ordinal from 1; a title or a body; a time of day."""
        errors: dict[str, str] = {}
        if f.held_on is None:
            errors["held_on"] = translate("domain.meetings", "The meeting's date is required.")
        elif not isinstance(f.held_on, dt.date):
            errors["held_on"] = translate("domain.meetings", "Not a date.")
        if f.ordinal is not None and (not isinstance(f.ordinal, int) or not 1 <= f.ordinal <= 10_000):
            errors["ordinal"] = translate("domain.meetings", "The meeting number is a whole "
                                                             "number from 1 up.")
        if not f.title and f.body_id is None:
            errors["title"] = translate("domain.meetings", "Give the meeting a title or choose "
                                                           "its body.")
        if f.held_at is not None and not isinstance(f.held_at, dt.time):
            errors["held_at"] = translate("domain.meetings", "Not a time of day.")
        return errors

    def check(self, s: Session, f: MeetingForm, linked: dict[str, Any]) -> dict[str, str]:
        """A body's meeting is about the body's MoU/hub unless the form says otherwise; its
        number is not taken by another meeting of the body."""
        current = getattr(linked, "current", None)
        # A number the meeting already had in the same body is still its own.
        same_number = (current is not None and f.body_id == current.body_id
                       and f.ordinal == current.ordinal)
        if f.body_id is None or (same_number and f.mou_id is not None and f.hub_id is not None):
            return {}
        body = linked.get("body_id")
        if body is None:
            return {}
        f.mou_id = f.mou_id if f.mou_id is not None else body.mou_id
        f.hub_id = f.hub_id if f.hub_id is not None else body.hub_id
        if not same_number and f.ordinal is not None and links.taken(
                s, Meeting, f.id, body_id=body.id, ordinal=f.ordinal):
            return {"ordinal": translate(
                "domain.meetings", "{name} already has a meeting number {ordinal}.").format(
                name=body.name, ordinal=localize_digits(f.ordinal, language()))}
        return {}


__all__ = ["MeetingForm", "MeetingQuery", "MeetingRow", "MeetingService"]
