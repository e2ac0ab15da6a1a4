"""MoUs (تفاهم‌نامه) with their parties and cooperation axes: forms, lifecycle, search, detail.

Follows :mod:`desktop_app.domain.partners`: a plain :class:`MoUForm` loaded with ``get`` and
written with ``save`` in one unit of work (version-checked), ``delete`` that takes everything
belonging to the MoU with it and says so, ``query`` returning ordered ids and ``rows``
fetching only the visible rows. ``detail`` gathers what the MoU page and the one-page summary
show: parties, axes, bodies, meetings, actions, letters, attachments and the renewal chain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from db.models import (
    ActionItem,
    ActionStatus,
    Attachment,
    Body,
    BodyKind,
    CooperationAxis,
    Event,
    Hub,
    Letter,
    LetterDirection,
    Meeting,
    MoU,
    MoUParty,
    MoUStatus,
    Partner,
)
from db.types import utcnow
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import DomainError, NotFoundError, ValidationError
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import (
    Entity,
    RecordService,
    VersionedForm,
    chunks,
    known_member,
    operation,
)
from desktop_app.domain.labels import label
from desktop_app.domain.partners import text_filter
from desktop_app.domain.records import replace_children, set_if_changed
from desktop_app.domain.search_index import mou_search_text
from desktop_app.domain.text import field_errors, match_key, normalize_code, normalize_text

# --------------------------------------------------------------------------- lifecycle

#: Where an MoU may go from each status when it is edited (staying put is always allowed).
#: Forward steps may be skipped (a draft signed on the day goes straight to "signed"); the
#: way back is open only before signing; terminated and renewed are final.
TRANSITIONS: dict[MoUStatus, frozenset[MoUStatus]] = {
    MoUStatus.DRAFT: frozenset({MoUStatus.NEGOTIATING, MoUStatus.SIGNED, MoUStatus.ACTIVE,
                                MoUStatus.TERMINATED}),
    MoUStatus.NEGOTIATING: frozenset({MoUStatus.DRAFT, MoUStatus.SIGNED, MoUStatus.ACTIVE,
                                      MoUStatus.TERMINATED}),
    MoUStatus.SIGNED: frozenset({MoUStatus.ACTIVE, MoUStatus.EXPIRED, MoUStatus.TERMINATED,
                                 MoUStatus.RENEWED}),
    MoUStatus.ACTIVE: frozenset({MoUStatus.EXPIRED, MoUStatus.TERMINATED, MoUStatus.RENEWED}),
    # An expired MoU whose validity was extended becomes active again, or is renewed.
    MoUStatus.EXPIRED: frozenset({MoUStatus.ACTIVE, MoUStatus.RENEWED}),
    MoUStatus.TERMINATED: frozenset(),
    MoUStatus.RENEWED: frozenset(),
}

#: Statuses of an MoU that was signed: it has a signing date and at least two parties.
SIGNED_STATUSES = frozenset({MoUStatus.SIGNED, MoUStatus.ACTIVE, MoUStatus.EXPIRED,
                             MoUStatus.RENEWED})
#: Statuses of an MoU in force (what "expiring within N days" looks at).
IN_FORCE_STATUSES = frozenset({MoUStatus.SIGNED, MoUStatus.ACTIVE})


def allowed_statuses(current: MoUStatus | None) -> list[MoUStatus]:
    """The statuses an MoU in *current* may be given (all of them for a new MoU), in order."""
    if current is None:
        return list(MoUStatus)
    allowed = TRANSITIONS[current] | {current}
    return [s for s in MoUStatus if s in allowed]


def transition_error(old: MoUStatus, new: MoUStatus) -> str | None:
    """Why *old* → *new* is refused, or ``None`` when the move is allowed."""
    if new == old or new in TRANSITIONS[old]:
        return None
    if not TRANSITIONS[old]:
        return translate("domain.mous", "A {old} MoU is final; its status cannot change "
                         "(not to {new}).").format(old=label(old).lower(), new=label(new).lower())
    targets = translate("domain.mous", ", ").join(
        label(s).lower() for s in allowed_statuses(old) if s != old)
    return translate("domain.mous", "A {old} MoU cannot go back to {new}; it can become: "
                     "{targets}.").format(old=label(old).lower(), new=label(new).lower(),
                                          targets=targets)


# --------------------------------------------------------------------------- forms


@dataclass
class PartyForm:
    """A party to the MoU as the parties table edits it."""

    id: int | None = None
    partner_id: int | None = None
    role: str = ""
    signatory: str = ""
    signatory_title: str = ""


@dataclass
class AxisForm:
    """A cooperation axis (محور همکاری) as the axes list edits it."""

    id: int | None = None
    title: str = ""
    description: str = ""


@dataclass
class MoUForm(VersionedForm):
    """Everything the MoU form edits; ``id``/``version`` are ``None`` for a new MoU."""

    number: str = ""
    title: str = ""
    subject: str = ""
    objectives: str = ""
    signed_on: dt.date | None = None
    signed_time: dt.time | None = None
    place: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    renewal_terms: str = ""
    status: MoUStatus = MoUStatus.DRAFT
    renews_id: int | None = None
    hub_id: int | None = None
    notes: str = ""
    parties: list[PartyForm] = field(default_factory=list)
    axes: list[AxisForm] = field(default_factory=list)


@dataclass(frozen=True)
class MoURow:
    """One line of the MoU list."""

    id: int
    number: str
    title: str
    signed_on: dt.date | None
    status: MoUStatus
    valid_until: dt.date | None
    parties: str
    days_to_expiry: int | None
    party_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class MoUQuery:
    """What the MoU list shows: search text, filters and the sort column."""

    text: str = ""
    status: MoUStatus | None = None
    country_code: str | None = None  # of any party
    hub_id: int | None = None
    signed_from: dt.date | None = None
    signed_to: dt.date | None = None
    expiring_within_days: int | None = None  # in force and valid_until within N days
    sort: str = "signed_on"  # number | title | signed_on | status | valid_until | created
    descending: bool = True


SORT_COLUMNS = {
    "number": MoU.number,
    "title": MoU.title,
    "signed_on": MoU.signed_on,
    "status": MoU.status,
    "valid_until": MoU.valid_until,
    "created": MoU.id,
}


# --------------------------------------------------------------------------- detail


@dataclass(frozen=True)
class PartyDetail:
    """A party as the MoU page and summary show it."""

    id: int
    partner_id: int
    name: str
    name_en: str
    country_code: str | None
    role: str
    signatory: str
    signatory_title: str


@dataclass(frozen=True)
class AxisDetail:
    """A cooperation axis, in the MoU's order."""

    id: int
    title: str
    description: str


@dataclass(frozen=True)
class MemberDetail:
    """A member of a body."""

    id: int
    partner_id: int | None
    partner_name: str
    person: str
    role: str


@dataclass(frozen=True)
class BodyNode:
    """A working group, committee or council with its members and the bodies under it."""

    id: int
    kind: BodyKind
    name: str
    description: str
    parent_id: int | None
    secretariat_partner_id: int | None
    secretariat_name: str
    formed_on: dt.date | None
    members: tuple[MemberDetail, ...]
    children: tuple[BodyNode, ...]

    def walk(self) -> list[BodyNode]:
        """This body and every body under it, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting of the MoU (or of one of its bodies)."""

    id: int
    ordinal: int | None
    title: str
    held_on: dt.date
    place: str
    body_name: str


@dataclass(frozen=True)
class ActionSummary:
    """A follow-up action of the MoU with its progress."""

    id: int
    title: str
    owner: str
    due_on: dt.date | None
    status: ActionStatus
    progress: int

    @property
    def is_open(self) -> bool:
        """True while the action is still to be done."""
        return self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)

    def overdue(self, today: dt.date | None = None) -> bool:
        """True when it is open and its due date has passed."""
        return self.is_open and self.due_on is not None and self.due_on < (today or dt.date.today())


@dataclass(frozen=True)
class LetterSummary:
    """A letter linked to the MoU."""

    id: int
    reference_number: str
    dated: dt.date
    direction: LetterDirection
    subject: str
    sender: str
    recipient: str


@dataclass(frozen=True)
class AttachmentSummary:
    """A file kept with the MoU."""

    id: int
    filename: str
    size: int
    media_type: str
    description: str


@dataclass(frozen=True)
class ChainLink:
    """One MoU of a renewal chain."""

    id: int
    number: str
    title: str
    signed_on: dt.date | None
    status: MoUStatus


@dataclass(frozen=True)
class MoUDetail:
    """Everything the MoU page and its one-page summary show."""

    form: MoUForm
    hub_title: str
    parties: tuple[PartyDetail, ...]
    axes: tuple[AxisDetail, ...]
    bodies: tuple[BodyNode, ...]
    meetings: tuple[MeetingSummary, ...]  # newest first
    actions: tuple[ActionSummary, ...]  # by due date
    letters: tuple[LetterSummary, ...]  # newest first
    attachments: tuple[AttachmentSummary, ...]
    renewal_chain: tuple[ChainLink, ...]  # oldest first, this MoU included

    @property
    def open_actions(self) -> tuple[ActionSummary, ...]:
        """The actions still to be done."""
        return tuple(a for a in self.actions if a.is_open)

    def last_meetings(self, n: int = 5) -> tuple[MeetingSummary, ...]:
        """The *n* most recent meetings."""
        return self.meetings[:n]


def days_to_expiry(valid_until: dt.date | None, today: dt.date | None = None) -> int | None:
    """Days from *today* until the MoU's validity ends (negative once it has passed)."""
    if valid_until is None:
        return None
    return (valid_until - (today or dt.date.today())).days


def partner_display(name: str, name_en: str, lang: str | None = None) -> str:
    """A partner's name for a reader of *lang*: the Latin name in English when there is one."""
    if (lang or language()) == "en" and name_en:
        return name_en
    return name or name_en


# --------------------------------------------------------------------------- service


MOU = Entity(
    model=MoU, noun=QT_TRANSLATE_NOOP("domain.mous", "MoU"),
    fields=("title", "subject", "objectives", "signed_on", "signed_time", "place",
            "valid_from", "valid_until", "renewal_terms", "status", "renews_id", "hub_id",
            "notes"),
)


class MoUService(RecordService["MoUForm"]):
    """Use cases for MoUs: load, validate and save, delete, list and search, the MoU page
    (the kit's count, version check and operations; its own parties, axes and page)."""

    kind = MOU
    form = MoUForm

    # ------------------------------------------------------------------ reading

    def get(self, mou_id: int) -> MoUForm:
        """The MoU as the form edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            return _form_of(_require(s, mou_id))

    def exists(self, mou_id: int) -> bool:
        """True while the MoU is in the register."""
        with self.db.reading() as s:
            return s.get(MoU, mou_id) is not None

    def _select(self, q: MoUQuery, today: dt.date | None = None) -> Any:
        stmt = select(MoU.id)
        conds: list[object] = list(text_filter(MoU.search_text, q.text))
        if q.status:
            conds.append(MoU.status == q.status)
        if q.country_code:
            conds.append(MoU.id.in_(
                select(MoUParty.mou_id).join(Partner, Partner.id == MoUParty.partner_id)
                .where(Partner.country_code == q.country_code)))
        if q.hub_id is not None:
            conds.append(MoU.hub_id == q.hub_id)
        if q.signed_from is not None:
            conds.append(MoU.signed_on >= q.signed_from)
        if q.signed_to is not None:
            conds.append(MoU.signed_on <= q.signed_to)
        if q.expiring_within_days is not None:
            start = today or dt.date.today()
            conds.append(MoU.status.in_(IN_FORCE_STATUSES))
            conds.append(MoU.valid_until >= start)
            conds.append(MoU.valid_until <= start + dt.timedelta(days=q.expiring_within_days))
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        col = SORT_COLUMNS.get(q.sort, MoU.signed_on)
        order = col.desc() if q.descending else col.asc()
        # Records without a value (no number, not yet signed) come last either way.
        return stmt.order_by(col.is_(None), order, MoU.id.desc() if q.descending else MoU.id)

    def query(self, q: MoUQuery = MoUQuery(), today: dt.date | None = None) -> list[int]:
        """Ids of the MoUs *q* selects, in its order."""
        with self.db.reading() as s:
            return list(s.scalars(self._select(q, today)))

    def rows(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, MoURow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        if not ids:
            return {}
        lang = language()
        joiner = translate("domain.mous", ", ")
        out: dict[int, MoURow] = {}
        with self.db.reading() as s:
            for chunk in chunks(ids):
                names: dict[int, list[str]] = {}
                for mou_id, name, name_en in s.execute(
                        select(MoUParty.mou_id, Partner.name, Partner.name_en)
                        .join(Partner, Partner.id == MoUParty.partner_id)
                        .where(MoUParty.mou_id.in_(chunk))
                        .order_by(MoUParty.mou_id, MoUParty.position, MoUParty.id)):
                    names.setdefault(mou_id, []).append(partner_display(name, name_en, lang))
                for r in s.execute(select(MoU.id, MoU.number, MoU.title, MoU.signed_on,
                                          MoU.status, MoU.valid_until)
                                   .where(MoU.id.in_(chunk))):
                    party_names = tuple(names.get(r.id, ()))
                    out[r.id] = MoURow(r.id, r.number or "", r.title, r.signed_on, r.status,
                                       r.valid_until, joiner.join(party_names),
                                       days_to_expiry(r.valid_until, today), party_names)
        return out

    def choices(self, text: str = "", limit: int = 50,
                exclude: int | None = None) -> list[tuple[int, str]]:
        """(id, "number — title") for pickers (e.g. the MoU a renewal renews)."""
        with self.db.reading() as s:
            stmt = select(MoU.id, MoU.number, MoU.title)
            conds = text_filter(MoU.search_text, text)
            if exclude is not None:
                conds.append(MoU.id != exclude)
            if conds:
                stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
            stmt = stmt.order_by(MoU.signed_on.is_(None), MoU.signed_on.desc(), MoU.id.desc())
            return [(i, f"{n} — {t}" if n else t) for i, n, t in s.execute(stmt.limit(limit))]

    def hub_choices(self) -> list[tuple[int, str]]:
        """(id, title) of every hub, for the form's hub combo and the list's filter."""
        with self.db.reading() as s:
            return [(i, t or c) for i, t, c in
                    s.execute(select(Hub.id, Hub.title, Hub.country_code).order_by(Hub.title))]

    def party_countries(self) -> list[str]:
        """ISO codes of the countries of every MoU party (for the list's country filter)."""
        with self.db.reading() as s:
            return sorted(c for c in s.scalars(
                select(Partner.country_code).distinct()
                .join(MoUParty, MoUParty.partner_id == Partner.id)) if c)

    def partner_names(self, ids: Sequence[int]) -> dict[int, str]:
        """Shown names of partners (for the parties table of a form being edited)."""
        if not ids:
            return {}
        lang = language()
        with self.db.reading() as s:
            return {i: partner_display(n, e, lang) for i, n, e in s.execute(
                select(Partner.id, Partner.name, Partner.name_en).where(Partner.id.in_(list(ids))))}

    def detail(self, mou_id: int) -> MoUDetail:
        """The MoU with everything around it, for its page and its summary."""
        lang = language()
        with self.db.reading() as s:
            m = _require(s, mou_id)
            form = _form_of(m)
            parties = tuple(PartyDetail(p.id, p.partner_id, p.partner.name, p.partner.name_en,
                                        p.partner.country_code, p.role, p.signatory,
                                        p.signatory_title) for p in m.parties)
            axes = tuple(AxisDetail(a.id, a.title, a.description) for a in m.axes)
            bodies = tuple(_body_tree(s, mou_id=mou_id, lang=lang))
            body_ids = [b.id for root in bodies for b in root.walk()]
            body_names = {b.id: b.name for root in bodies for b in root.walk()}
            meeting_cond = or_in(Meeting.mou_id == mou_id, Meeting.body_id, body_ids)
            meetings = tuple(
                MeetingSummary(x.id, x.ordinal, x.title, x.held_on, x.place,
                               body_names.get(x.body_id or -1, ""))
                for x in s.scalars(select(Meeting).where(meeting_cond)
                                   .order_by(Meeting.held_on.desc(), Meeting.id.desc())))
            meeting_ids = [x.id for x in meetings]
            action_cond = or_in(ActionItem.mou_id == mou_id, ActionItem.meeting_id, meeting_ids)
            actions = tuple(
                ActionSummary(a.id, a.title, a.owner, a.due_on, a.status, a.progress)
                for a in s.scalars(select(ActionItem).where(action_cond)
                                   .order_by(ActionItem.due_on.is_(None), ActionItem.due_on,
                                             ActionItem.id)))
            letters = tuple(
                LetterSummary(x.id, x.reference_number, x.dated, x.direction, x.subject,
                              x.sender, x.recipient)
                for x in s.scalars(select(Letter).where(Letter.mou_id == mou_id)
                                   .order_by(Letter.dated.desc(), Letter.id.desc())))
            attachments = tuple(
                AttachmentSummary(x.id, x.filename, x.size, x.media_type, x.description)
                for x in s.scalars(select(Attachment).where(Attachment.mou_id == mou_id)
                                   .order_by(Attachment.id)))
            hub_title = m.hub.title if m.hub is not None else ""
            chain = tuple(_renewal_chain(s, m))
        return MoUDetail(form, hub_title, parties, axes, bodies, meetings, actions, letters,
                         attachments, chain)

    def usage(self, mou_id: int) -> dict[str, int]:
        """What deleting the MoU would take with it (and unlink), for the delete question."""
        with self.db.reading() as s:
            plan = _delete_plan(s, mou_id)
        return {k: len(v) for k, v in plan.items()}

    # ------------------------------------------------------------------ writing

    def validate(self, form: MoUForm) -> MoUForm:
        """Return *form* normalised; raise :class:`ValidationError` naming each bad field."""
        with self.db.reading() as s:
            return self._validate(s, form)

    def _validate(self, s: Session, form: MoUForm, current: MoU | None = None) -> MoUForm:
        """*form* normalised, or :class:`ValidationError`. With *current* (the MoU being
        updated, loaded with its parties), what it already holds is not read again: its
        number, hub, renewal and parties' partners are checked only when the form changes
        them."""
        f = replace(form)
        for name in ("title", "subject", "objectives", "place", "renewal_terms", "notes"):
            setattr(f, name, normalize_text(getattr(f, name)))
        f.number = normalize_code(f.number)
        errors: dict[str, str] = {}
        if not known_member(f, "status", MoUStatus, errors,
                            QT_TRANSLATE_NOOP("domain.mous", "Unknown status.")):
            f.status = MoUStatus.DRAFT

        if not f.title:
            errors["title"] = translate("domain.mous", "The title is required.")
        if len(f.title) > 500:
            errors["title"] = translate("domain.mous", "The title is longer than 500 characters.")
        if len(f.number) > 60:
            errors["number"] = translate("domain.mous", "The number is longer than 60 characters.")
        elif f.number and (current is None
                           or (current.number or "").lower() != f.number.lower()):
            stmt = select(MoU.id, MoU.title).where(func.lower(MoU.number) == f.number.lower())
            if f.id is not None:
                stmt = stmt.where(MoU.id != f.id)
            other = s.execute(stmt.limit(1)).first()
            if other is not None:
                errors["number"] = translate("domain.mous", "Number {number} is already used by "
                                                            "the MoU “{title}”.").format(
                                       number=f.number, title=other.title)
        if len(f.place) > 500:
            errors["place"] = translate("domain.mous", "The place is longer than 500 characters.")
        for name in ("signed_on", "valid_from", "valid_until"):
            value = getattr(f, name)
            if value is not None and (not isinstance(value, dt.date)
                                      or isinstance(value, dt.datetime)):
                errors[name] = translate("domain.mous", "Not a date.")
                setattr(f, name, None)
        if f.signed_time is not None and not isinstance(f.signed_time, dt.time):
            errors["signed_time"] = translate("domain.mous", "Not a time of day.")
            f.signed_time = None
        if f.valid_from and f.valid_until and f.valid_until < f.valid_from:
            errors["valid_until"] = translate("domain.mous", "The validity ends before it begins.")

        if f.status in SIGNED_STATUSES and f.signed_on is None:
            errors["signed_on"] = translate(
                "domain.mous", "A {status} MoU needs its signing date.").format(
                status=label(f.status).lower())

        # Parties: in order, each partner once, real partners.
        parties: list[PartyForm] = []
        seen: dict[int, int] = {}
        for p in f.parties:
            p2 = PartyForm(p.id, p.partner_id, normalize_text(p.role), normalize_text(p.signatory),
                           normalize_text(p.signatory_title))
            if p2.partner_id is None:
                if p2.role or p2.signatory or p2.signatory_title:
                    errors["parties"] = translate("domain.mous", "Every party needs a partner "
                                                                 "organisation.")
                continue
            if any(len(x) > 200 for x in (p2.role, p2.signatory, p2.signatory_title)):
                errors["parties"] = translate("domain.mous", "A role or signatory is longer than "
                                                             "200 characters.")
            errors = {**field_errors("mou_parties", vars(p2), as_field="parties"), **errors}
            seen[p2.partner_id] = seen.get(p2.partner_id, 0) + 1
            parties.append(p2)
        f.parties = parties
        known = {p.partner_id: p.partner.name for p in (current.parties if current else ())
                 if p.partner is not None}
        wanted = [pid for pid in seen if isinstance(pid, int) and pid not in known]
        if wanted:
            known.update({p.id: p.name for p in s.scalars(select(Partner)
                                                          .where(Partner.id.in_(wanted)))})
        missing = [pid for pid in seen if pid not in known]
        twice = [pid for pid, n in seen.items() if n > 1 and pid in known]
        if missing:
            errors["parties"] = translate("domain.mous", "A party's partner organisation no "
                                                         "longer exists.")
        elif twice:
            name = known[twice[0]]
            errors["parties"] = translate("domain.mous", "{name} is listed as a party more than "
                                                         "once.").format(name=name)
        elif len(parties) < 2 and f.status in SIGNED_STATUSES:
            errors["parties"] = translate(
                "domain.mous", "A {status} MoU has at least two parties.").format(
                status=label(f.status).lower())

        axes: list[AxisForm] = []
        for a in f.axes:
            a2 = AxisForm(a.id, normalize_text(a.title), normalize_text(a.description))
            if not a2.title and not a2.description:
                continue
            if not a2.title:
                errors["axes"] = translate("domain.mous", "Every cooperation axis needs a title.")
            errors = {**field_errors("cooperation_axes", vars(a2), as_field="axes"), **errors}
            axes.append(a2)
        f.axes = axes

        if f.hub_id is not None and (current is None or current.hub_id != f.hub_id) \
                and s.get(Hub, f.hub_id) is None:
            errors["hub_id"] = translate("domain.mous", "This hub no longer exists.")
        if f.renews_id is not None and (current is None or current.renews_id != f.renews_id):
            problem = _renewal_problem(s, f.id, f.renews_id)
            if problem:
                errors["renews_id"] = problem

        if f.id is not None:
            status = current.status if current is not None else s.scalar(
                select(MoU.status).where(MoU.id == f.id))
            if status is not None:
                problem = transition_error(status, f.status)
                if problem:
                    errors["status"] = problem
        errors = {**field_errors("mous", vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        return f

    def save(self, form: MoUForm) -> OpResult[int]:
        """Create or update an MoU with its parties and axes in one unit of work."""
        return self._store(form, as_form=False)

    def save_form(self, form: MoUForm) -> OpResult[MoUForm]:
        """Like :meth:`save`, but returns the saved MoU as its form (new id and version, its
        parties and axes as stored), from the unit of work itself: the editor shows the
        saved MoU without reading it again."""
        result: OpResult[MoUForm] = self._store(form, as_form=True)
        return result

    def _store(self, form: MoUForm, *, as_form: bool) -> OpResult[Any]:
        """The save: an update reads the MoU with its parties (and their partners) and axes
        in two statements, checks only what the form changed, and writes the rows that
        differ (the ORM batches the parties' and axes' inserts)."""
        with operation(self.db) as op:
            s = op.session
            current = None
            if form.id is not None:
                current = s.get(MoU, form.id, options=[
                    joinedload(MoU.parties).joinedload(MoUParty.partner),
                    selectinload(MoU.axes)])
            f = self._validate(s, form, current)
            # No flush until everything is set: one INSERT/UPDATE, the version moves once.
            with s.no_autoflush:
                m = self.load_for_update(s, f.id, f.version)
                if f.id is not None:
                    # Bump the version even when only parties or axes changed, so that a
                    # concurrent edit of them is caught too.
                    m.updated_at = utcnow()
                set_if_changed(m, {name: getattr(f, name) for name in MOU.fields})
                number = f.number or None
                if m.number != number:
                    m.number = number
                _sync_parties(s, m, f.parties)
                _sync_axes(s, m, f.axes)
                search_text = mou_search_text(m)
                if m.search_text != search_text:
                    m.search_text = search_text
            s.flush()
            op.value = _form_of(m) if as_form else m.id
        return op.result()

    def delete(self, mou_id: int) -> Changes:
        """Delete the MoU and everything that belongs to it; unlink letters and events.

        Parties, axes, bodies (and the bodies under them, their members), the meetings of the
        MoU and its bodies, their actions and the attachments of all of them go; letters,
        events and renewals that referred to it stay, without the link. Each removal goes
        through the session so that the audit trail records it.
        """
        with operation(self.db) as op:
            s = op.session
            m = s.get(MoU, mou_id)
            if m is None:
                return op.changes
            plan = _delete_plan(s, mou_id)
            doomed_bodies = set(plan["bodies"])
            doomed_meetings = set(plan["meetings"])
            for letter in s.scalars(select(Letter).where(Letter.id.in_(plan["letters"]))):
                if letter.mou_id == mou_id:
                    letter.mou_id = None
                if letter.body_id in doomed_bodies:
                    letter.body_id = None
                if letter.meeting_id in doomed_meetings:
                    letter.meeting_id = None
            for event in s.scalars(select(Event).where(Event.id.in_(plan["events"]))):
                event.mou_id = None
            for other in s.scalars(select(MoU).where(MoU.id.in_(plan["renewals"]))):
                other.renews_id = None
            s.flush()
            delete_planned(s, plan)
            s.delete(m)
        return op.changes


# --------------------------------------------------------------------------- helpers


def delete_planned(s: Session, plan: dict[str, list[int]]) -> None:
    """Delete a plan's attachments, actions, meetings and bodies (parents first in the plan),
    through the session so that the audit trail sees each; what only referred to them must
    already be unlinked. Shared by the MoU's and the body's delete."""
    for model, key in ((Attachment, "attachments"), (ActionItem, "action_items"),
                       (Meeting, "meetings")):
        for obj in s.scalars(select(model).where(model.id.in_(plan[key]))):
            s.delete(obj)
        s.flush()
    # Bodies deepest first, so each delete finds its children already gone.
    bodies = {b.id: b for b in s.scalars(select(Body).where(Body.id.in_(plan["bodies"])))}
    for body_id in reversed(plan["bodies"]):
        s.delete(bodies[body_id])
        s.flush()


def or_in(cond: ColumnElement[bool], column: Any, values: Sequence[int]) -> ColumnElement[bool]:
    """*cond*, or *column* among *values* when there are any (an empty IN is left out)."""
    return or_(cond, column.in_(values)) if values else cond


def _require(s: Session, mou_id: int) -> MoU:
    m = s.get(MoU, mou_id)
    if m is None:
        raise NotFoundError(translate("domain.mous", "This MoU no longer exists."))
    return m


def _form_of(m: MoU) -> MoUForm:
    return MoUForm(
        id=m.id, version=m.version, number=m.number or "", title=m.title, subject=m.subject,
        objectives=m.objectives, signed_on=m.signed_on, signed_time=m.signed_time,
        place=m.place, valid_from=m.valid_from, valid_until=m.valid_until,
        renewal_terms=m.renewal_terms, status=m.status, renews_id=m.renews_id, hub_id=m.hub_id,
        notes=m.notes,
        parties=[PartyForm(p.id, p.partner_id, p.role, p.signatory, p.signatory_title)
                 for p in m.parties],
        axes=[AxisForm(a.id, a.title, a.description) for a in m.axes],
    )


def _renewal_problem(s: Session, mou_id: int | None, renews_id: int) -> str | None:
    if renews_id == mou_id:
        return translate("domain.mous", "An MoU cannot renew itself.")
    seen = {mou_id}
    current: int | None = renews_id
    for _ in range(1000):
        if current is None:
            return None
        if current in seen:
            return translate("domain.mous", "That would make a renewal loop.")
        seen.add(current)
        row = s.execute(select(MoU.id, MoU.renews_id).where(MoU.id == current)).first()
        if row is None:
            if current == renews_id:
                return translate("domain.mous", "The renewed MoU no longer exists.")
            return None
        current = row.renews_id
    return None


def _renewal_chain(s: Session, m: MoU) -> list[ChainLink]:
    def link(x: MoU) -> ChainLink:
        return ChainLink(x.id, x.number or "", x.title, x.signed_on, x.status)

    before: list[ChainLink] = []
    seen = {m.id}
    cur = m.renews
    while cur is not None and cur.id not in seen:
        seen.add(cur.id)
        before.append(link(cur))
        cur = cur.renews
    after: list[ChainLink] = []
    cur_id = m.id
    while True:
        nxt = s.scalars(select(MoU).where(MoU.renews_id == cur_id).order_by(MoU.id)).first()
        if nxt is None or nxt.id in seen:
            break
        seen.add(nxt.id)
        after.append(link(nxt))
        cur_id = nxt.id
    return [*reversed(before), link(m), *after]


def _sync_parties(s: Session, m: MoU, forms: Sequence[PartyForm]) -> None:
    """Replace the parties in the form's order, keeping rows (and ids) where possible.

    A row is kept for the same partner whatever its id in the form, so that reordering,
    swapping or re-adding a partner never trips the one-row-per-partner constraint.
    """
    from db.models import MoUParty as Party

    by_partner = {p.partner_id: p for p in m.parties}
    by_id = {p.id: p for p in m.parties}
    wanted = {pf.partner_id for pf in forms}
    # The partners were read by the validation (the identity map has them): no statement.
    partners: dict[int | None, Any] = {pid: s.get(Partner, pid) for pid in wanted
                                       if pid not in by_partner}
    used: set[int] = set()
    keep: list[Party] = []
    for position, pf in enumerate(forms):
        assert pf.partner_id is not None
        row = by_partner.get(pf.partner_id)
        if row is None and pf.id is not None:
            candidate = by_id.get(pf.id)
            if (candidate is not None and candidate.partner_id not in wanted
                    and candidate.id not in used):
                row = candidate
        if row is None:
            row = Party()
        if row.id is not None:
            used.add(row.id)
        if row.partner_id != pf.partner_id:
            row.partner = partners[pf.partner_id]
        for name in ("role", "signatory", "signatory_title"):
            if getattr(row, name) != getattr(pf, name):
                setattr(row, name, getattr(pf, name))
        if row.position != position:
            row.position = position
        keep.append(row)
    replace_children(s, m, "parties", keep)


def _sync_axes(s: Session, m: MoU, forms: Sequence[AxisForm]) -> None:
    by_id = {a.id: a for a in m.axes}
    keep: list[CooperationAxis] = []
    for position, af in enumerate(forms):
        row = by_id.pop(af.id, None) if af.id is not None else None
        if row is None:
            row = CooperationAxis()
        for name in ("title", "description"):
            if getattr(row, name) != getattr(af, name):
                setattr(row, name, getattr(af, name))
        if row.position != position:
            row.position = position
        keep.append(row)
    replace_children(s, m, "axes", keep)


def _delete_plan(s: Session, mou_id: int) -> dict[str, list[int]]:
    """Ids of everything deleting the MoU removes or unlinks; bodies parents first."""
    from db.models import BodyMember

    def ids(stmt: Any) -> list[int]:
        return list(s.scalars(stmt))

    bodies: list[int] = []
    frontier = ids(select(Body.id).where(Body.mou_id == mou_id, Body.parent_id.is_(None)))
    frontier += [b for b in ids(select(Body.id).where(Body.mou_id == mou_id)) if b not in frontier]
    # Breadth first from every body of the MoU through the children (which may lack mou_id).
    seen: set[int] = set()
    while frontier:
        nxt: list[int] = []
        for b in frontier:
            if b not in seen:
                seen.add(b)
                bodies.append(b)
        children = ids(select(Body.id).where(Body.parent_id.in_(frontier)).order_by(Body.id))
        nxt = [c for c in children if c not in seen]
        frontier = nxt
    # Make parents come before children in the list (the walk may have met a child first).
    parent_of: dict[int, int | None] = {
        i: pid for i, pid in s.execute(select(Body.id, Body.parent_id).where(Body.id.in_(bodies)))}

    def depth(b: int) -> int:
        d, cur, guard = 0, parent_of.get(b), 0
        while cur is not None and cur in parent_of and guard < 1000:
            d, cur, guard = d + 1, parent_of.get(cur), guard + 1
        return d

    bodies.sort(key=lambda b: (depth(b), b))
    meeting_cond = or_in(Meeting.mou_id == mou_id, Meeting.body_id, bodies)
    meetings = ids(select(Meeting.id).where(meeting_cond).order_by(Meeting.id))
    action_cond = or_in(ActionItem.mou_id == mou_id, ActionItem.meeting_id, meetings)
    actions = ids(select(ActionItem.id).where(action_cond).order_by(ActionItem.id))
    attach_cond = or_in(Attachment.mou_id == mou_id, Attachment.meeting_id, meetings)
    attachments = ids(select(Attachment.id).where(attach_cond).order_by(Attachment.id))
    letter_cond = or_in(or_in(Letter.mou_id == mou_id, Letter.body_id, bodies),
                        Letter.meeting_id, meetings)
    return {
        "mou_parties": ids(select(MoUParty.id).where(MoUParty.mou_id == mou_id)),
        "cooperation_axes": ids(select(CooperationAxis.id).where(CooperationAxis.mou_id == mou_id)),
        "bodies": bodies,
        "body_members": ids(select(BodyMember.id).where(BodyMember.body_id.in_(bodies)))
        if bodies else [],
        "meetings": meetings,
        "action_items": actions,
        "attachments": attachments,
        "letters": ids(select(Letter.id).where(letter_cond)),
        "events": ids(select(Event.id).where(Event.mou_id == mou_id)),
        "renewals": ids(select(MoU.id).where(MoU.renews_id == mou_id)),
    }


def _body_tree(s: Session, *, mou_id: int | None = None, hub_id: int | None = None,
               lang: str | None = None) -> list[BodyNode]:
    """The bodies of an MoU (or hub) as a forest: roots in id order, children under them."""
    from db.models import BodyMember

    cond = Body.mou_id == mou_id if mou_id is not None else Body.hub_id == hub_id
    rows = list(s.scalars(select(Body).where(cond).order_by(Body.id)))
    # Children of those bodies that lack the MoU link still belong to the tree.
    ids = {b.id for b in rows}
    frontier = list(ids)
    while frontier:
        more = list(s.scalars(select(Body).where(Body.parent_id.in_(frontier),
                                                 Body.id.notin_(ids)).order_by(Body.id)))
        rows += more
        ids |= {b.id for b in more}
        frontier = [b.id for b in more]
    partner_ids = {b.secretariat_partner_id for b in rows if b.secretariat_partner_id}
    members = list(s.scalars(select(BodyMember).where(BodyMember.body_id.in_(ids))
                             .order_by(BodyMember.body_id, BodyMember.position, BodyMember.id))
                   ) if ids else []
    partner_ids |= {x.partner_id for x in members if x.partner_id}
    names = {i: partner_display(n, e, lang) for i, n, e in s.execute(
        select(Partner.id, Partner.name, Partner.name_en).where(Partner.id.in_(partner_ids)))
    } if partner_ids else {}
    members_of: dict[int, list[MemberDetail]] = {}
    for x in members:
        members_of.setdefault(x.body_id, []).append(
            MemberDetail(x.id, x.partner_id, names.get(x.partner_id or -1, ""), x.person, x.role))
    children_of: dict[int | None, list[Body]] = {}
    for b in rows:
        parent = b.parent_id if b.parent_id in ids else None
        children_of.setdefault(parent, []).append(b)

    def node(b: Body, depth: int) -> BodyNode:
        kids = children_of.get(b.id, []) if depth < 50 else []
        return BodyNode(b.id, b.kind, b.name, b.description, b.parent_id,
                        b.secretariat_partner_id, names.get(b.secretariat_partner_id or -1, ""),
                        b.formed_on, tuple(members_of.get(b.id, ())),
                        tuple(node(c, depth + 1) for c in kids))

    return [node(b, 0) for b in children_of.get(None, [])]


def title_key(title: str) -> str:
    """A sort key for titles that ignores letter forms, ZWNJ and spaces."""
    return match_key(title)


__all__ = ["TRANSITIONS", "ActionSummary", "AxisForm", "BodyNode", "DomainError", "MoUDetail",
           "MoUForm", "MoUQuery", "MoURow", "MoUService", "PartyForm", "allowed_statuses",
           "transition_error"]
