"""Events (رویداد): visits, innovation camps, exhibitions, ceremonies, awards.

An event has a start day and, for one that runs over several days, an end day no earlier
than the start; the partners taking part are links (``event_partners``), the rest of the
participants a free text. The form is loaded with ``get`` and saved version-checked; a
change of partners alone also moves the event's version, so two people editing the same
event's partners meet a conflict instead of one silently losing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import Attachment, Event, EventKind, Partner, event_partners
from db.types import utcnow
from desktop_app.domain import dates
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import Entity, RecordService, VersionedForm, known_member, links
from desktop_app.domain.labels import label
from desktop_app.domain.records import (
    Cascade,
    LinkLabels,
    hub_choices,
    mou_choices,
    set_if_changed,
)
from desktop_app.domain.text import sort_key


@dataclass
class EventForm(VersionedForm):
    """Everything the event form edits; ``id``/``version`` are ``None`` for a new event."""

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


def _cascade(s: Session, c: Cascade, event_id: int) -> None:
    c.delete(s, s.scalars(select(Attachment).where(Attachment.event_id == event_id)))


EVENT = Entity(
    model=Event, noun=QT_TRANSLATE_NOOP("domain.events", "event"),
    fields=("kind", "title", "held_on", "ends_on", "place", "participants", "description",
            "mou_id", "hub_id"),
    texts=("title", "place", "participants", "description"),
    links=(links.MOU, links.HUB),
    cascade=_cascade,
    sort={"held_on": Event.held_on, "title": Event.title, "kind": Event.kind,
          "place": Event.place},
    text_sorts=frozenset({"title", "kind", "place"}),
    search=_texts,
)


class EventService(RecordService[EventForm]):
    """Use cases for events: load, validate and save, delete, list and search."""

    kind = EVENT
    form = EventForm

    # ------------------------------------------------------------------ reading

    def form_of(self, obj: Any) -> EventForm:
        """The event's form, with the partners taking part."""
        return EventForm(id=obj.id, version=obj.version, partner_ids=[p.id for p in obj.partners],
                         **{name: getattr(obj, name) for name in EVENT.fields})

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
        stmt = select(Event.id, Event.version, self.sort_column(q.sort, "held_on"))
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            keep = self.search(s, rows, q.text)
        pairs = [(r[0], label(EventKind(str(r[2]))) if q.sort == "kind" else r[2])
                 for r in rows if r[0] in keep]
        return self.sorted_ids(pairs, q.sort, q.descending)

    def rows(self, ids: Sequence[int]) -> dict[int, EventRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        return self.chunked_rows(ids, self._rows)

    def _rows(self, s: Session, chunk: list[int]) -> Iterator[tuple[int, EventRow]]:
        lang = language()
        evs = s.execute(select(Event.id, Event.kind, Event.title, Event.held_on,
                               Event.ends_on, Event.place, Event.mou_id, Event.hub_id)
                        .where(Event.id.in_(chunk))).all()
        names: dict[int, list[str]] = {}
        for eid, n in s.execute(select(event_partners.c.event_id, Partner.name)
                                .join(Partner, Partner.id == event_partners.c.partner_id)
                                .where(event_partners.c.event_id.in_(chunk))):
            names.setdefault(eid, []).append(n)
        name = LinkLabels(s, evs, "mou_id", "hub_id")
        sep = "، " if lang == "fa" else ", "
        for e in evs:
            yield e.id, EventRow(
                id=e.id, kind=e.kind, kind_text=label(e.kind, lang), title=e.title,
                held_on=e.held_on, ends_on=e.ends_on,
                date_text=date_span_text(e.held_on, e.ends_on, lang), place=e.place,
                partner_names=sep.join(sorted(names.get(e.id, []), key=sort_key)),
                mou_id=e.mou_id, mou_label=name("mou_id", e.mou_id),
                hub_id=e.hub_id, hub_label=name("hub_id", e.hub_id))

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

    def rules(self, f: EventForm) -> dict[str, str]:
        """A title, a known kind, a start day and an end day no earlier than it."""
        f.partner_ids = list(dict.fromkeys(f.partner_ids or []))
        errors: dict[str, str] = {}
        if not f.title:
            errors["title"] = translate("domain.events", "The title is required.")
        known_member(f, "kind", EventKind, errors,
                     QT_TRANSLATE_NOOP("domain.events", "Unknown kind of event."))
        if not isinstance(f.held_on, dt.date):
            errors["held_on"] = translate("domain.events", "The event's date is required.")
        if f.ends_on is not None:
            if not isinstance(f.ends_on, dt.date):
                errors["ends_on"] = translate("domain.events", "Not a date.")
            elif isinstance(f.held_on, dt.date) and f.ends_on < f.held_on:
                errors["ends_on"] = translate("domain.events", "The end date is before the start "
                                                               "date.")
        return errors

    def settle(self, f: EventForm) -> None:
        """A one-day event has no end day."""
        if f.ends_on == f.held_on:
            f.ends_on = None

    def check(self, s: Session, f: EventForm, linked: dict[str, Any]) -> dict[str, str]:
        """Every partner taking part still exists (kept in *linked* for :meth:`apply`)."""
        partners = list(s.scalars(select(Partner).where(Partner.id.in_(f.partner_ids))))
        linked["partners"] = partners
        if len(partners) != len(f.partner_ids):
            return {"partner_ids": translate("domain.events", "A chosen partner no longer exists.")}
        return {}

    def apply(self, s: Session, obj: Any, f: EventForm, linked: dict[str, Any]) -> None:
        """The fields, then the partners in the form's order (a change of partners alone
        moves the event's version: the partners are the event's)."""
        changed = set_if_changed(obj, {name: getattr(f, name) for name in EVENT.fields})
        partners: list[Partner] = linked["partners"]
        order = {pid: i for i, pid in enumerate(f.partner_ids)}
        partners.sort(key=lambda p: order[p.id])
        if {p.id for p in obj.partners} != set(f.partner_ids):
            obj.partners = partners
            if not changed and f.id is not None:
                obj.updated_at = utcnow()


__all__ = ["EventForm", "EventQuery", "EventRow", "EventService", "date_span_text"]
