"""Events (رویداد): visits, innovation camps, exhibitions, ceremonies, awards.

An event has a start day and, for one that runs over several days, an end day no earlier
than the start; the partners taking part are links (``event_partners``), the rest of the
participants a free text. The form is loaded with ``get`` and saved version-checked; a
change of partners alone also moves the event's version, so two people editing the same
event's partners meet a conflict instead of one silently losing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import Attachment, Event, EventKind, Hub, MoU, Partner, event_partners
from db.types import utcnow
from desktop_app.domain import dates
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import language, tr
from desktop_app.domain.labels import label
from desktop_app.domain.records import (
    Cascade,
    KeyCache,
    hub_choices,
    hub_labels,
    load_for_update,
    mou_choices,
    mou_labels,
    not_found,
    require,
    set_if_changed,
    sort_ids,
)
from desktop_app.domain.text import field_errors, normalize_text, sort_key


@dataclass
class EventForm:
    """Everything the event form edits; ``id``/``version`` are ``None`` for a new event."""

    id: int | None = None
    version: int | None = None
    kind: EventKind = EventKind.OTHER
    title: str = ""
    held_on: dt.date | None = None
    ends_on: dt.date | None = None
    place: str = ""
    participants: str = ""
    description: str = ""
    mou_id: int | None = None
    hub_id: int | None = None
    partner_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class EventRow:
    """One line of the event list, ready to show in the current language."""

    id: int
    kind: EventKind
    kind_text: str
    title: str
    held_on: dt.date
    ends_on: dt.date | None
    date_text: str
    place: str
    partner_names: str
    mou_id: int | None
    mou_label: str
    hub_id: int | None
    hub_label: str


@dataclass(frozen=True)
class EventQuery:
    """What the event list shows: search text, filters and the sort column.

    The date range selects events that *overlap* it (an exhibition that started the day
    before the range still counts)."""

    text: str = ""
    kind: EventKind | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    mou_id: int | None = None
    hub_id: int | None = None
    partner_id: int | None = None
    sort: str = "held_on"  # held_on | title | kind | place
    descending: bool = True


_FIELDS = ("kind", "title", "held_on", "ends_on", "place", "participants", "description",
           "mou_id", "hub_id")


def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    names: dict[int, list[str]] = {}
    for eid, n, e in s.execute(select(event_partners.c.event_id, Partner.name, Partner.name_en)
                               .join(Partner, Partner.id == event_partners.c.partner_id)
                               .where(event_partners.c.event_id.in_(ids))):
        names.setdefault(eid, []).extend((n, e))
    return [(r[0], r[1], *r[2:], " ".join(names.get(r[0], []))) for r in s.execute(
        select(Event.id, Event.version, Event.title, Event.place, Event.participants,
               Event.description).where(Event.id.in_(ids)))]


def date_span_text(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """``۱۴۰۴/۰۹/۲۳ تا ۱۴۰۴/۰۹/۲۷`` / ``1404/09/23 – 1404/09/27``; one date when it is one day."""
    first = dates.format_date(start, lang)
    if end is None or end == start:
        return first
    last = dates.format_date(end, lang)
    return f"{first} تا {last}" if lang == "fa" else f"{first} – {last}"


class EventService:
    """Use cases for events: load, validate and save, delete, list and search."""

    entity = "events"

    def __init__(self, db: Database) -> None:
        self.db = db
        self._keys = KeyCache(_texts)

    # ------------------------------------------------------------------ reading

    def get(self, event_id: int) -> EventForm:
        """The event as the form edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            e = s.get(Event, event_id)
            if e is None:
                raise not_found("This event no longer exists.", "این رویداد دیگر وجود ندارد.")
            return EventForm(id=e.id, version=e.version,
                             partner_ids=[p.id for p in e.partners],
                             **{name: getattr(e, name) for name in _FIELDS})

    def query(self, q: EventQuery = EventQuery()) -> list[int]:
        """Ids of the events *q* selects, in its order."""
        conds: list[object] = []
        if q.kind is not None:
            conds.append(Event.kind == q.kind)
        if q.date_from is not None:
            conds.append(func.coalesce(Event.ends_on, Event.held_on) >= q.date_from)
        if q.date_to is not None:
            conds.append(Event.held_on <= q.date_to)
        if q.mou_id is not None:
            conds.append(Event.mou_id == q.mou_id)
        if q.hub_id is not None:
            conds.append(Event.hub_id == q.hub_id)
        if q.partner_id is not None:
            conds.append(Event.id.in_(select(event_partners.c.event_id)
                                      .where(event_partners.c.partner_id == q.partner_id)))
        sort_col = {"title": Event.title, "kind": Event.kind,
                    "place": Event.place}.get(q.sort, Event.held_on)
        stmt = select(Event.id, Event.version, sort_col)
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            keep = self._keys.filter(s, [(r[0], r[1]) for r in rows], q.text)
        pairs = [(r[0], label(EventKind(str(r[2]))) if q.sort == "kind" else r[2])
                 for r in rows if r[0] in keep]
        return sort_ids(pairs, q.descending, text=q.sort in ("title", "kind", "place"))

    def rows(self, ids: Sequence[int]) -> dict[int, EventRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        if not ids:
            return {}
        lang = language()
        out: dict[int, EventRow] = {}
        with self.db.reading() as s:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                evs = s.execute(select(Event.id, Event.kind, Event.title, Event.held_on,
                                       Event.ends_on, Event.place, Event.mou_id, Event.hub_id)
                                .where(Event.id.in_(chunk))).all()
                names: dict[int, list[str]] = {}
                for eid, n in s.execute(select(event_partners.c.event_id, Partner.name)
                                        .join(Partner, Partner.id == event_partners.c.partner_id)
                                        .where(event_partners.c.event_id.in_(chunk))):
                    names.setdefault(eid, []).append(n)
                mous = mou_labels(s, (e.mou_id for e in evs))
                hubs = hub_labels(s, (e.hub_id for e in evs))
                sep = "، " if lang == "fa" else ", "
                for e in evs:
                    out[e.id] = EventRow(
                        id=e.id, kind=e.kind, kind_text=label(e.kind, lang), title=e.title,
                        held_on=e.held_on, ends_on=e.ends_on,
                        date_text=date_span_text(e.held_on, e.ends_on, lang), place=e.place,
                        partner_names=sep.join(sorted(names.get(e.id, []), key=sort_key)),
                        mou_id=e.mou_id, mou_label=mous.get(e.mou_id, "") if e.mou_id else "",
                        hub_id=e.hub_id, hub_label=hubs.get(e.hub_id, "") if e.hub_id else "")
        return out

    def count(self) -> int:
        """How many events the register holds."""
        with self.db.reading() as s:
            return s.scalar(select(func.count(Event.id))) or 0

    def partner_names(self, partner_ids: Sequence[int]) -> dict[int, str]:
        """Shown names of the partners *partner_ids* (for the form's partner list)."""
        if not partner_ids:
            return {}
        with self.db.reading() as s:
            return {i: (f"{n} — {e}" if e else n) for i, n, e in s.execute(
                select(Partner.id, Partner.name, Partner.name_en)
                .where(Partner.id.in_(list(partner_ids))))}

    def link_choices(self) -> dict[str, list[tuple[int, str]]]:
        """Pickers for the form: ``mous`` and ``hubs`` as (id, label)."""
        with self.db.reading() as s:
            return {"mous": mou_choices(s), "hubs": hub_choices(s)}

    # ------------------------------------------------------------------ writing

    def validate(self, form: EventForm) -> EventForm:
        """Return *form* normalised; raise :class:`ValidationError` on bad fields."""
        f = replace(form, partner_ids=list(dict.fromkeys(form.partner_ids or [])))
        for name in ("title", "place", "participants", "description"):
            setattr(f, name, normalize_text(getattr(f, name)))
        errors: dict[str, str] = {}
        if not f.title:
            errors["title"] = tr("The title is required.", "عنوان لازم است.")
        try:
            f.kind = EventKind(f.kind)
        except ValueError:
            errors["kind"] = tr("Unknown kind of event.", "نوع رویداد ناشناخته است.")
        if not isinstance(f.held_on, dt.date):
            errors["held_on"] = tr("The event's date is required.", "تاریخ رویداد لازم است.")
        if f.ends_on is not None:
            if not isinstance(f.ends_on, dt.date):
                errors["ends_on"] = tr("Not a date.", "تاریخ درست نیست.")
            elif isinstance(f.held_on, dt.date) and f.ends_on < f.held_on:
                errors["ends_on"] = tr("The end date is before the start date.",
                                       "تاریخ پایان پیش از تاریخ آغاز است.")
        errors = {**field_errors("events", vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        if f.ends_on == f.held_on:
            f.ends_on = None
        return f

    def save(self, form: EventForm) -> OpResult[int]:
        """Create or update an event from *form*; returns its id and what changed."""
        f = self.validate(form)
        with self.db.unit_of_work() as s:
            errors: dict[str, str] = {}
            require(s, MoU, f.mou_id, "mou_id", errors,
                    ("That MoU no longer exists.", "آن تفاهم‌نامه دیگر وجود ندارد."))
            require(s, Hub, f.hub_id, "hub_id", errors,
                    ("That hub no longer exists.", "آن هاب دیگر وجود ندارد."))
            partners = list(s.scalars(select(Partner).where(Partner.id.in_(f.partner_ids))))
            if len(partners) != len(f.partner_ids):
                errors["partner_ids"] = tr("A chosen partner no longer exists.",
                                           "یکی از طرف‌های همکاری برگزیده دیگر وجود ندارد.")
            if errors:
                raise ValidationError(errors)
            if f.id is None:
                e = Event()
                s.add(e)
            else:
                e = load_for_update(
                    s, Event, f.id, f.version,
                    ("This event was deleted elsewhere.", "این رویداد در جای دیگری حذف شده است."),
                    ("Someone else changed this event after you opened it; reopen it to see "
                     "their change.",
                     "کس دیگری پس از باز کردن شما این رویداد را تغییر داده است؛ آن را دوباره باز کنید."))
            changed = set_if_changed(e, {name: getattr(f, name) for name in _FIELDS})
            order = {pid: i for i, pid in enumerate(f.partner_ids)}
            partners.sort(key=lambda p: order[p.id])
            if {p.id for p in e.partners} != set(f.partner_ids):
                e.partners = partners
                if not changed and f.id is not None:
                    e.updated_at = utcnow()  # moves the version: the partners are the event's
            s.flush()
            eid = e.id
        kind = "created" if f.id is None else "updated"
        return OpResult(eid, Changes.of(**{kind: {"events": [eid]}}))

    def _cascade(self, s: Session, event_id: int, dry: bool) -> Cascade:
        c = Cascade(dry=dry)
        c.delete(s, s.scalars(select(Attachment).where(Attachment.event_id == event_id)))
        return c

    def usage(self, event_id: int) -> dict[str, int]:
        """What a delete would take with it (its attachments), by count."""
        with self.db.reading() as s:
            return self._cascade(s, event_id, dry=True).counts()

    def delete(self, event_id: int) -> Changes:
        """Delete an event with its attachments and partner links."""
        with self.db.unit_of_work() as s:
            e = s.get(Event, event_id)
            if e is None:
                return Changes()
            c = self._cascade(s, event_id, dry=False)
            s.delete(e)
        return Changes.of(deleted={"events": [event_id], **c.deleted})


__all__ = ["EventForm", "EventQuery", "EventRow", "EventService", "date_span_text"]
