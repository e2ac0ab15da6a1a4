"""Country hubs (هاب تعاملات فناورانه) and their missions, edited together in one form.

A hub is a park designated as the national hub for technology interactions with one
country; there is at most one hub per (host park, country). Its missions are kept in the
order the designation lists them, each with an owner and a physical progress 0–100 (a
mission at 100 % is done). The hub's version guards the whole form: changing only a
mission still moves it, so two people editing one hub's missions meet a conflict.

``detail`` gathers the dossier: missions, the MoUs linked to the hub and those whose
parties are in its country, the partners in that country and the recent events,
meetings and letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    ActionItem,
    ActionStatus,
    Attachment,
    Body,
    Event,
    Hub,
    HubMission,
    HubStatus,
    Letter,
    Meeting,
    MoU,
    MoUParty,
    Partner,
    PartnerKind,
    WorkStatus,
    event_partners,
)
from db.types import utcnow
from desktop_app.domain import dates
from desktop_app.domain.countries import country, country_name
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import Entity, Link, RecordService, VersionedForm, known_member, links
from desktop_app.domain.labels import label
from desktop_app.domain.records import (
    Cascade,
    cascade_meetings,
    hub_label,
    meeting_label,
    mou_label,
    replace_children,
    set_if_changed,
)
from desktop_app.domain.text import field_errors, localize_digits, normalize_text, sort_key

RECENT = 10  # events, meetings and letters shown in a dossier


@dataclass
class MissionForm:
    """One mission as edited in the hub form (``id`` ``None`` for a new one)."""

    id: int | None = None
    title: str = ""
    description: str = ""
    owner: str = ""
    progress: int = 0
    status: WorkStatus = WorkStatus.NOT_STARTED


@dataclass
class HubForm(VersionedForm):
    """Everything the hub form edits; ``id``/``version`` are ``None`` for a new hub."""

    title: str = ""
    host_partner_id: int | None = None
    country_code: str | None = None
    designated_by: str = ""
    launch_date: dt.date | None = None
    status: HubStatus = HubStatus.ACTIVE
    notes: str = ""
    missions: list[MissionForm] = field(default_factory=list)


@dataclass(frozen=True)
class HubRow:
    """One line of the hub list, ready to show in the current language."""

    id: int
    title: str
    host_partner_id: int
    host_name: str
    country_code: str
    country_name: str
    designated_by: str
    launch_date: dt.date | None
    launch_text: str
    status: HubStatus
    status_text: str
    missions: int
    missions_done: int
    progress: int  # mean of the missions' progress
    mous: int


@dataclass(frozen=True)
class HubQuery:
    """What the hub list shows: search text, filters and the sort column."""

    text: str = ""
    status: HubStatus | None = None
    country_code: str | None = None
    host_partner_id: int | None = None
    sort: str = "launch_date"  # launch_date | title | host | country | status
    descending: bool = True


@dataclass(frozen=True)
class MissionRow:
    """A mission in the dossier."""

    id: int
    position: int
    title: str
    owner: str
    progress: int
    status: WorkStatus
    status_text: str
    actions: int
    open_actions: int


@dataclass(frozen=True)
class Linked:
    """A record the dossier links to: its id, a label and a short second column."""

    id: int
    label: str
    detail: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class HubDetail:
    """The hub's dossier, display-ready in the current language."""

    row: HubRow
    notes: str
    missions: list[MissionRow]
    hub_mous: list[Linked]  # MoUs linked to the hub
    country_mous: list[Linked]  # MoUs with a party in the hub's country (not linked)
    partners: list[Linked]  # partners in the hub's country
    events: list[Linked]
    meetings: list[Linked]
    letters: list[Linked]


_HUB_FIELDS = ("title", "host_partner_id", "country_code", "designated_by", "launch_date",
               "status", "notes")
_MISSION_FIELDS = ("title", "description", "owner", "progress", "status")


def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    missions: dict[int, list[str]] = {}
    for hid, t in s.execute(select(HubMission.hub_id, HubMission.title)
                            .where(HubMission.hub_id.in_(ids))):
        missions.setdefault(hid, []).append(t)
    out = []
    for hid, version, title, code, designated, host, host_en in s.execute(
            select(Hub.id, Hub.version, Hub.title, Hub.country_code, Hub.designated_by,
                   Partner.name, Partner.name_en)
            .join(Partner, Partner.id == Hub.host_partner_id).where(Hub.id.in_(ids))):
        found = country(code)
        out.append((hid, version, title, designated, host, host_en, code,
                    *((found.name_fa, found.name_en, *found.aliases) if found else ()),
                    " ".join(missions.get(hid, []))))
    return out


def mission_status(progress: int, status: WorkStatus) -> WorkStatus:
    """The status a mission at *progress* has: 100 % is done; progress lifts "not started"."""
    if progress >= 100:
        return WorkStatus.DONE
    if status == WorkStatus.DONE:
        return WorkStatus.IN_PROGRESS
    if progress > 0 and status == WorkStatus.NOT_STARTED:
        return WorkStatus.IN_PROGRESS
    return status


def _cascade(s: Session, c: Cascade, hub_id: int) -> None:
    mission_ids = select(HubMission.id).where(HubMission.hub_id == hub_id)
    c.delete(s, s.scalars(select(ActionItem).where(ActionItem.mission_id.in_(mission_ids))))
    bodies = _bodies_under(s, hub_id)
    meeting_ids = list(s.scalars(select(Meeting.id).where(or_(
        Meeting.hub_id == hub_id, Meeting.body_id.in_(bodies)))))
    cascade_meetings(s, c, meeting_ids)
    c.unlink(s, s.scalars(select(Letter).where(Letter.hub_id == hub_id)), hub_id=None)
    c.unlink(s, s.scalars(select(Letter).where(Letter.body_id.in_(bodies))), body_id=None)
    c.unlink(s, s.scalars(select(Event).where(Event.hub_id == hub_id)), hub_id=None)
    c.unlink(s, s.scalars(select(MoU).where(MoU.hub_id == hub_id)), hub_id=None)
    c.delete(s, s.scalars(select(Attachment).where(Attachment.hub_id == hub_id)))
    c.delete(s, s.scalars(select(Body).where(Body.id.in_(bodies)).order_by(Body.id.desc())))
    c.delete(s, s.scalars(select(HubMission).where(HubMission.hub_id == hub_id)))


HUB = Entity(
    model=Hub, noun=QT_TRANSLATE_NOOP("domain.hubs", "hub"), fields=_HUB_FIELDS,
    texts=("title", "designated_by", "notes"),
    links=(Link("host_partner_id", Partner, QT_TRANSLATE_NOOP("domain.hubs", "That partner no longer exists.")),),
    cascade=_cascade,
    text_sorts=frozenset({"title", "host", "country", "status"}),
    search=_texts,
)


class HubService(RecordService["HubForm"]):
    """Use cases for country hubs: load, validate and save (with missions), delete, list,
    search and the dossier."""

    kind = HUB
    form = HubForm

    # ------------------------------------------------------------------ reading

    def form_of(self, obj: Any) -> HubForm:
        """The hub as the form edits it, missions in order."""
        return HubForm(
            id=obj.id, version=obj.version,
            missions=[MissionForm(m.id, m.title, m.description, m.owner, m.progress, m.status)
                      for m in obj.missions],
            **{name: getattr(obj, name) for name in _HUB_FIELDS})

    def query(self, q: HubQuery = HubQuery()) -> list[int]:
        """Ids of the hubs *q* selects, in its order."""
        conds: list[object] = []
        if q.status is not None:
            conds.append(Hub.status == q.status)
        if q.country_code:
            conds.append(Hub.country_code == q.country_code)
        if q.host_partner_id is not None:
            conds.append(Hub.host_partner_id == q.host_partner_id)
        stmt = (select(Hub.id, Hub.version, Hub.launch_date, Hub.title, Partner.name,
                       Hub.country_code, Hub.status)
                .join(Partner, Partner.id == Hub.host_partner_id))
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            keep = self.search(s, rows, q.text)
        lang = language()
        value = {
            "title": lambda r: r[3], "host": lambda r: r[4],
            "country": lambda r: country_name(r[5], lang), "status": lambda r: label(r[6]),
        }.get(q.sort, lambda r: r[2])
        return self.sorted_ids(((r[0], value(r)) for r in rows if r[0] in keep), q.sort,
                               q.descending)

    def rows(self, ids: Sequence[int]) -> dict[int, HubRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        return self.chunked_rows(ids, self._rows)

    def _rows(self, s: Session, chunk: list[int]) -> Iterator[tuple[int, HubRow]]:
        lang = language()
        stats = {hid: (n, done, avg) for hid, n, done, avg in s.execute(
            select(HubMission.hub_id, func.count(),
                   func.sum(case((HubMission.progress >= 100, 1), else_=0)),
                   func.avg(HubMission.progress))
            .where(HubMission.hub_id.in_(chunk)).group_by(HubMission.hub_id))}
        mous = dict(s.execute(select(MoU.hub_id, func.count()).where(MoU.hub_id.in_(chunk))
                              .group_by(MoU.hub_id)).all())
        for h in s.execute(select(Hub.id, Hub.title, Hub.host_partner_id, Partner.name,
                                  Hub.country_code, Hub.designated_by, Hub.launch_date,
                                  Hub.status)
                           .join(Partner, Partner.id == Hub.host_partner_id)
                           .where(Hub.id.in_(chunk))):
            n, done, avg = stats.get(h.id, (0, 0, 0))
            yield h.id, HubRow(
                id=h.id, title=hub_label(h.title, h.country_code, lang),
                host_partner_id=h.host_partner_id, host_name=h.name,
                country_code=h.country_code,
                country_name=country_name(h.country_code, lang),
                designated_by=h.designated_by, launch_date=h.launch_date,
                launch_text=dates.format_date(h.launch_date, lang), status=h.status,
                status_text=label(h.status, lang), missions=int(n or 0),
                missions_done=int(done or 0), progress=round(float(avg or 0)),
                mous=int(mous.get(h.id, 0)))

    def host_choices(self) -> list[tuple[int, str]]:
        """Parks (and the partners already hosting a hub) as (id, name), for the host picker."""
        with self.db.reading() as s:
            rows = s.execute(select(Partner.id, Partner.name).where(or_(
                Partner.kind == PartnerKind.PARK,
                Partner.id.in_(select(Hub.host_partner_id)))))
            pairs = [(i, n) for i, n in rows]
        return sorted(pairs, key=lambda p: sort_key(p[1]))

    def countries(self) -> list[str]:
        """Codes of the countries that have a hub (for the list's country filter)."""
        with self.db.reading() as s:
            return sorted(set(s.scalars(select(Hub.country_code))))

    def detail(self, hub_id: int, today: dt.date | None = None) -> HubDetail:
        """The hub's dossier; :class:`NotFoundError` if the hub is gone."""
        lang = language()
        rows = self.rows([hub_id])
        if hub_id not in rows:
            raise NotFoundError(HUB.gone())
        row = rows[hub_id]
        with self.db.reading() as s:
            hub = s.get(Hub, hub_id)
            assert hub is not None
            counts = {mid: (n, o) for mid, n, o in s.execute(
                select(ActionItem.mission_id, func.count(),
                       func.sum(case((ActionItem.status.in_(
                           [ActionStatus.OPEN, ActionStatus.IN_PROGRESS]), 1), else_=0)))
                .join(HubMission, HubMission.id == ActionItem.mission_id)
                .where(HubMission.hub_id == hub_id).group_by(ActionItem.mission_id))}
            missions = [MissionRow(m.id, m.position, m.title, m.owner, m.progress, m.status,
                                   label(m.status, lang), int(counts.get(m.id, (0, 0))[0]),
                                   int(counts.get(m.id, (0, 0))[1] or 0))
                        for m in hub.missions]

            def mou_item(m: MoU) -> Linked:
                return Linked(m.id, mou_label(m.number, m.title, lang),
                              label(m.status, lang), m.signed_on)

            linked = list(s.scalars(select(MoU).where(MoU.hub_id == hub_id)
                                    .order_by(MoU.signed_on.desc().nulls_last(), MoU.id)))
            linked_ids = {m.id for m in linked}
            in_country = [m for m in s.scalars(
                select(MoU).where(MoU.id.in_(
                    select(MoUParty.mou_id).join(Partner, Partner.id == MoUParty.partner_id)
                    .where(Partner.country_code == hub.country_code)))
                .order_by(MoU.signed_on.desc().nulls_last(), MoU.id))
                if m.id not in linked_ids]
            partners = [Linked(i, n, f"{label(k, lang)}{'، ' if lang == 'fa' else ', '}{c}"
                               if c else label(k, lang))
                        for i, n, k, c in s.execute(
                            select(Partner.id, Partner.name, Partner.kind, Partner.city)
                            .where(Partner.country_code == hub.country_code))]
            partners.sort(key=lambda x: sort_key(x.label))
            mou_scope = [m.id for m in linked]
            # events of the hub, of its MoUs, and with partners from its country
            with_partners = (select(event_partners.c.event_id)
                             .join(Partner, Partner.id == event_partners.c.partner_id)
                             .where(Partner.country_code == hub.country_code))
            events = [Linked(e.id, e.title, label(e.kind, lang), e.held_on) for e in s.scalars(
                select(Event).where(or_(Event.hub_id == hub_id, Event.mou_id.in_(mou_scope),
                                        Event.id.in_(with_partners)))
                .order_by(Event.held_on.desc(), Event.id.desc()).limit(RECENT))]
            body_ids = select(Body.id).where(Body.hub_id == hub_id)
            meetings = [Linked(i, meeting_label(o, t, b, None, lang), p, d) for i, o, t, b, p, d in
                        s.execute(select(Meeting.id, Meeting.ordinal, Meeting.title, Body.name,
                                         Meeting.place, Meeting.held_on)
                                  .outerjoin(Body, Body.id == Meeting.body_id)
                                  .where(or_(Meeting.hub_id == hub_id,
                                             Meeting.body_id.in_(body_ids),
                                             Meeting.mou_id.in_(mou_scope)))
                                  .order_by(Meeting.held_on.desc(), Meeting.id.desc())
                                  .limit(RECENT))]
            letters = [Linked(i, subj, localize_digits(ref, lang), d) for i, ref, subj, d in
                       s.execute(select(Letter.id, Letter.reference_number, Letter.subject,
                                        Letter.dated)
                                 .where(or_(Letter.hub_id == hub_id, Letter.mou_id.in_(mou_scope),
                                            Letter.body_id.in_(body_ids)))
                                 .order_by(Letter.dated.desc(), Letter.id.desc()).limit(RECENT))]
            return HubDetail(row=row, notes=hub.notes, missions=missions,
                             hub_mous=[mou_item(m) for m in linked],
                             country_mous=[mou_item(m) for m in in_country],
                             partners=partners, events=events, meetings=meetings,
                             letters=letters)

    # ------------------------------------------------------------------ writing

    def rules(self, f: HubForm) -> dict[str, str]:
        """Host and country chosen and known, a known status; missions normalised with
        their statuses agreeing with their progress (``missions`` for any mission's
        problem)."""
        missions, f.missions = f.missions, []
        f.country_code = (f.country_code or "").strip().upper() or None
        errors: dict[str, str] = {}
        if f.host_partner_id is None:
            errors["host_partner_id"] = translate("domain.hubs", "Choose the host park.")
        if not f.country_code:
            errors["country_code"] = translate("domain.hubs", "Choose the country.")
        elif not country_name(f.country_code, "en"):
            errors["country_code"] = translate("domain.hubs", "Unknown country.")
        known_member(f, "status", HubStatus, errors,
                     QT_TRANSLATE_NOOP("domain.hubs", "Unknown status."))
        if f.launch_date is not None and not isinstance(f.launch_date, dt.date):
            errors["launch_date"] = translate("domain.hubs", "Not a date.")
        for n, m in enumerate(missions, start=1):
            m2 = MissionForm(m.id, normalize_text(m.title), normalize_text(m.description),
                             normalize_text(m.owner), m.progress, m.status)
            if not (m2.title or m2.description or m2.owner) and not m2.progress:
                continue  # an empty row the user added and left
            shown = localize_digits(n, language())
            errors = {**field_errors("hub_missions", vars(m2), as_field="missions"), **errors}
            if not m2.title:
                errors["missions"] = translate("domain.hubs", "Mission {shown} needs a title."
                                               ).format(shown=shown)
            if isinstance(m2.progress, bool) or not isinstance(m2.progress, int) \
                    or not 0 <= m2.progress <= 100:
                errors["missions"] = translate("domain.hubs", "Mission {shown}: progress is a "
                                               "whole number from 0 to 100.").format(shown=shown)
                f.missions.append(m2)
                continue
            try:
                m2.status = mission_status(m2.progress, WorkStatus(m2.status))
            except ValueError:
                errors["missions"] = translate("domain.hubs", "Mission {shown}: unknown status."
                                               ).format(shown=shown)
            f.missions.append(m2)
        return errors

    def settle(self, f: HubForm) -> None:
        """A hub without a title is named after its country."""
        if not f.title:
            f.title = translate("domain.hubs", "Technology and innovation interactions hub with "
                                "{country}").format(country=country_name(f.country_code, language()))

    def check(self, s: Session, f: HubForm, linked: dict[str, Any]) -> dict[str, str]:
        """At most one hub per (host park, country)."""
        if links.taken(s, Hub, f.id, host_partner_id=f.host_partner_id,
                       country_code=f.country_code):
            return {"country_code": translate(
                "domain.hubs", "This park is already the hub for {country}.").format(
                country=country_name(f.country_code, language()))}
        return {}

    def apply(self, s: Session, obj: Any, f: HubForm, linked: dict[str, Any]) -> None:
        """The fields, then the missions in order (a change of missions alone moves the
        hub's version: the missions are the hub's)."""
        changed = set_if_changed(obj, {name: getattr(f, name) for name in _HUB_FIELDS})
        touched = _sync_missions(s, obj, f.missions)
        if touched and not changed and f.id is not None:
            obj.updated_at = utcnow()


def _bodies_under(s: Session, hub_id: int) -> list[int]:
    """The hub's bodies and every body nested under them."""
    found = list(s.scalars(select(Body.id).where(Body.hub_id == hub_id)))
    frontier = list(found)
    while frontier:
        frontier = list(s.scalars(select(Body.id).where(Body.parent_id.in_(frontier))))
        found += [b for b in frontier if b not in found]
    return found


def _sync_missions(s: Session, h: Hub, forms: Sequence[MissionForm]) -> bool:
    """Make the hub's missions *forms*, in order. A mission that actions refer to is not
    removed (that would delete the actions with it): :class:`ValidationError` instead."""
    by_id = {m.id: m for m in h.missions}
    touched = False
    keep: list[HubMission] = []
    for pos, mf in enumerate(forms):
        m = by_id.get(mf.id) if mf.id is not None else None
        if m is None:
            m = HubMission()
            touched = True
        values = {"position": pos, **{n: getattr(mf, n) for n in _MISSION_FIELDS}}
        touched = set_if_changed(m, values) or touched
        keep.append(m)
    kept_ids = {m.id for m in keep if m.id is not None}
    removed = [m for m in h.missions if m.id not in kept_ids]
    if removed:
        used = dict(s.execute(select(ActionItem.mission_id, func.count())
                              .where(ActionItem.mission_id.in_([m.id for m in removed]))
                              .group_by(ActionItem.mission_id)).all())
        for m in removed:
            if used.get(m.id):
                n = used[m.id]
                raise ValidationError({"missions": translate(
                    "domain.hubs", "“{title}” has %Ln action(s); delete them or link them elsewhere "
                    "before removing the mission.", None, n).format(title=m.title)})
        touched = True
    replace_children(s, h, "missions", keep)
    return touched


__all__ = ["HubDetail", "HubForm", "HubQuery", "HubRow", "HubService", "Linked", "MissionForm",
           "MissionRow", "mission_status"]
