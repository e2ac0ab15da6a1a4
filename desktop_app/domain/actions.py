"""Action items (اقدام): follow-up tasks with an owner, a due date and physical progress.

The rules the office works by: an action is *done* exactly when its progress is 100 %, and
being done stamps the day it was completed; an action is *overdue* when its due date has
passed and it is neither done nor cancelled. ``today`` is always a parameter (defaulting to
the computer's day) so the rules can be tested on any date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import ActionItem, ActionStatus, HubMission, MoU
from desktop_app.domain import dates
from desktop_app.domain.changes import OpResult
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import Entity, RecordService, VersionedForm, known_member, links
from desktop_app.domain.labels import label
from desktop_app.domain.records import (
    LinkLabels,
    date_range,
    hub_labels,
    meeting_choices,
    mission_choices,
    mission_labels,
    mou_choices,
)
from desktop_app.domain.text import localize_digits, match_key, sort_key

CLOSED = (ActionStatus.DONE, ActionStatus.CANCELLED)


@dataclass
class ActionForm(VersionedForm):
    """Everything the action form edits; ``id``/``version`` are ``None`` for a new action."""

    title: str = ""
    description: str = ""
    owner: str = ""
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    progress: int = 0
    completed_on: dt.date | None = None
    mou_id: int | None = None
    mission_id: int | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    """One line of the action list, ready to show in the current language."""

    id: int
    title: str
    owner: str
    due_on: dt.date | None
    due_text: str
    status: ActionStatus
    status_text: str
    progress: int
    progress_text: str
    completed_on: dt.date | None
    overdue: bool
    days_overdue: int
    mou_id: int | None
    mou_label: str
    meeting_id: int | None
    meeting_label: str
    mission_id: int | None
    mission_label: str
    hub_id: int | None
    hub_label: str


@dataclass(frozen=True)
class ActionQuery:
    """What the action list shows: search text, filters and the sort column."""

    text: str = ""
    status: ActionStatus | None = None
    open_only: bool = False  # neither done nor cancelled
    overdue: bool = False
    today: dt.date | None = None
    owner: str = ""  # exact owner (compared by match key)
    mou_id: int | None = None
    mission_id: int | None = None
    meeting_id: int | None = None
    hub_id: int | None = None  # through the action's mission
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    sort: str = "due_on"  # due_on | title | owner | status | progress
    descending: bool = False


def is_overdue(due_on: dt.date | None, status: ActionStatus, today: dt.date) -> bool:
    """True when *due_on* has passed and the action is neither done nor cancelled."""
    return due_on is not None and due_on < today and status not in CLOSED


def percent_text(value: int, lang: str | None = None) -> str:
    """``35%`` in English, ``۳۵٪`` in Persian."""
    lang = lang or language()
    return f"{localize_digits(value, lang)}٪" if lang == "fa" else f"{value}%"


def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    return [tuple(r) for r in s.execute(
        select(ActionItem.id, ActionItem.version, ActionItem.title, ActionItem.owner,
               ActionItem.description, MoU.number, HubMission.title)
        .outerjoin(MoU, MoU.id == ActionItem.mou_id)
        .outerjoin(HubMission, HubMission.id == ActionItem.mission_id)
        .where(ActionItem.id.in_(ids)))]


ACTION = Entity(
    model=ActionItem, noun=QT_TRANSLATE_NOOP("domain.actions", "action"),
    fields=("title", "description", "owner", "due_on", "status", "progress", "completed_on",
            "mou_id", "mission_id", "meeting_id"),
    texts=("title", "description", "owner"),
    links=(links.MOU, links.MISSION, links.MEETING),
    sort={"due_on": ActionItem.due_on, "title": ActionItem.title, "owner": ActionItem.owner,
          "status": ActionItem.status, "progress": ActionItem.progress,
          "completed_on": ActionItem.completed_on},
    text_sorts=frozenset({"title", "owner"}),
    search=_texts,
)


class ActionService(RecordService[ActionForm]):
    """Use cases for action items: load, validate and save, delete, list, overdue counts."""

    kind = ACTION
    form = ActionForm

    # ------------------------------------------------------------------ reading

    def _conditions(self, q: ActionQuery) -> list[object]:
        today = q.today or dates.today()
        conds: list[object] = list(date_range(ActionItem.due_on, q.due_from, q.due_to))
        if q.status is not None:
            conds.append(ActionItem.status == q.status)
        if q.open_only:
            conds.append(ActionItem.status.not_in(CLOSED))
        if q.overdue:
            conds += [ActionItem.due_on < today, ActionItem.status.not_in(CLOSED)]
        for col, value in ((ActionItem.mou_id, q.mou_id), (ActionItem.mission_id, q.mission_id),
                           (ActionItem.meeting_id, q.meeting_id)):
            if value is not None:
                conds.append(col == value)
        if q.hub_id is not None:
            conds.append(ActionItem.mission_id.in_(
                select(HubMission.id).where(HubMission.hub_id == q.hub_id)))
        return conds

    def query(self, q: ActionQuery = ActionQuery()) -> list[int]:
        """Ids of the actions *q* selects, in its order."""
        stmt = select(ActionItem.id, ActionItem.version, self.sort_column(q.sort, "due_on"),
                      ActionItem.owner)
        conds = self._conditions(q)
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        owner_key = match_key(q.owner)
        with self.db.reading() as s:
            rows = [r for r in s.connection().execute(stmt).all()
                    if not owner_key or match_key(r[3]) == owner_key]
            keep = self.search(s, rows, q.text)
        return self.sorted_ids(((r[0], r[2]) for r in rows if r[0] in keep), q.sort,
                               q.descending)

    def overdue_count(self, today: dt.date | None = None) -> int:
        """How many actions are overdue on *today*."""
        today = today or dates.today()
        with self.db.reading() as s:
            return s.scalar(select(func.count(ActionItem.id)).where(
                ActionItem.due_on < today, ActionItem.status.not_in(CLOSED))) or 0

    def rows(self, ids: Sequence[int], today: dt.date | None = None) -> dict[int, ActionRow]:
        """The list rows of *ids*; ``overdue`` is judged on *today*."""
        day = today or dates.today()
        return self.chunked_rows(ids, lambda s, chunk: self._rows(s, chunk, day))

    def _rows(self, s: Session, chunk: list[int], today: dt.date) -> Iterator[tuple[int, ActionRow]]:
        lang = language()
        acts = s.execute(select(
            ActionItem.id, ActionItem.title, ActionItem.owner, ActionItem.due_on,
            ActionItem.status, ActionItem.progress, ActionItem.completed_on,
            ActionItem.mou_id, ActionItem.meeting_id, ActionItem.mission_id)
            .where(ActionItem.id.in_(chunk))).all()
        name = LinkLabels(s, acts, "mou_id", "meeting_id")
        missions = mission_labels(s, (a.mission_id for a in acts))
        hubs = hub_labels(s, (h for _, h in missions.values()))
        for a in acts:
            mission_title, hub_id = missions.get(a.mission_id, ("", None))
            overdue = is_overdue(a.due_on, a.status, today)
            yield a.id, ActionRow(
                id=a.id, title=a.title, owner=a.owner, due_on=a.due_on,
                due_text=dates.format_date(a.due_on, lang), status=a.status,
                status_text=label(a.status, lang), progress=a.progress,
                progress_text=percent_text(a.progress, lang),
                completed_on=a.completed_on, overdue=overdue,
                days_overdue=(today - a.due_on).days if overdue and a.due_on else 0,
                mou_id=a.mou_id, mou_label=name("mou_id", a.mou_id),
                meeting_id=a.meeting_id,
                meeting_label=name("meeting_id", a.meeting_id),
                mission_id=a.mission_id, mission_label=mission_title,
                hub_id=hub_id, hub_label=hubs.get(hub_id, "") if hub_id else "")

    def owners(self) -> list[str]:
        """The distinct owners named on actions, for the owner filter."""
        with self.db.reading() as s:
            names = [o for o in s.scalars(select(ActionItem.owner).distinct()) if o]
        return sorted(names, key=sort_key)

    def mission_hub(self, mission_id: int) -> int | None:
        """The hub a mission belongs to (a mission is shown and edited within its hub)."""
        with self.db.reading() as s:
            return s.scalar(select(HubMission.hub_id).where(HubMission.id == mission_id))

    def link_choices(self) -> dict[str, list[tuple[int, str]]]:
        """Pickers for the form: ``mous``, ``missions`` and ``meetings`` as (id, label)."""
        with self.db.reading() as s:
            return {"mous": mou_choices(s), "missions": mission_choices(s),
                    "meetings": meeting_choices(s)}

    def meeting_choices(self, mou_id: int | None) -> list[tuple[int, str]]:
        """The meetings an action of MoU *mou_id* can come from (every one without a MoU)."""
        with self.db.reading() as s:
            return meeting_choices(s, mou_id)

    # ------------------------------------------------------------------ writing

    def rules(self, f: ActionForm) -> dict[str, str]:
        """A title, a known status, progress 0–100, dates that are dates."""
        errors: dict[str, str] = {}
        if not f.title:
            errors["title"] = translate("domain.actions", "The title is required.")
        known_member(f, "status", ActionStatus, errors,
                     QT_TRANSLATE_NOOP("domain.actions", "Unknown status."))
        if isinstance(f.progress, bool) or not isinstance(f.progress, int) \
                or not 0 <= f.progress <= 100:
            errors["progress"] = translate("domain.actions", "Progress is a whole number from 0 "
                                                             "to 100.")
        for name in ("due_on", "completed_on"):
            value = getattr(f, name)
            if value is not None and not isinstance(value, dt.date):
                errors[name] = translate("domain.actions", "Not a date.")
        return errors

    def validate(self, form: ActionForm, today: dt.date | None = None) -> ActionForm:
        """Return *form* normalised with status, progress and completion day agreeing:
        done ⇔ 100 %; a done action keeps (or gets *today* as) its completion day; any
        other action has none. Raises :class:`ValidationError` on bad fields."""
        f = super().validate(form)
        if f.status == ActionStatus.DONE:
            f.progress = 100
        elif f.progress == 100 and f.status != ActionStatus.CANCELLED:
            f.status = ActionStatus.DONE
        elif f.progress > 0 and f.status == ActionStatus.OPEN:
            f.status = ActionStatus.IN_PROGRESS
        if f.status == ActionStatus.DONE:
            f.completed_on = f.completed_on or today or dates.today()
        else:
            f.completed_on = None
        return f

    def check(self, s: Session, f: ActionForm, linked: dict[str, Any]) -> dict[str, str]:
        """An action from an MoU's meeting serves that MoU unless the form names another."""
        meeting = linked.get("meeting_id")
        if meeting is not None and f.mou_id is None:
            f.mou_id = meeting.mou_id
        return {}

    def save(self, form: ActionForm, today: dt.date | None = None) -> OpResult[int]:
        """Create or update an action from *form*; returns its id and what changed."""
        return self.store(self.validate(form, today))

    def save_form(self, form: ActionForm, today: dt.date | None = None) -> OpResult[ActionForm]:
        """Like :meth:`save`, but returns the saved action as its form (new id and version,
        status, progress and completion day as stored)."""
        result: OpResult[ActionForm] = self.store(self.validate(form, today), as_form=True)
        return result


__all__ = ["CLOSED", "ActionForm", "ActionQuery", "ActionRow", "ActionService", "is_overdue",
           "percent_text"]
