"""The figures on the dashboard: what expires, what is late, what comes up, what sleeps.

Everything is computed for a given ``today`` (a parameter, so tests and reports can ask
"as of" any day) and returned as plain dataclasses; the dashboard section only shows them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from db.database import Database
from db.models import (
    ActionItem,
    ActionStatus,
    Event,
    Hub,
    Letter,
    Meeting,
    MoU,
    MoUParty,
    MoUStatus,
    Partner,
)
from desktop_app.domain.countries import country_name
from desktop_app.domain.history import HistoryEntry, HistoryService

# MoUs that are in force (an expiring or dormant one matters only then).
LIVE_STATUSES = (MoUStatus.SIGNED, MoUStatus.ACTIVE, MoUStatus.RENEWED)
OPEN_ACTIONS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
EXPIRY_HORIZONS = (30, 60, 90)


@dataclass(frozen=True)
class ExpiringMoU:
    """A live MoU whose validity ends within the horizon."""

    id: int
    number: str
    title: str
    valid_until: dt.date
    days_left: int


@dataclass(frozen=True)
class OverdueAction:
    """An open action past its due date."""

    id: int
    title: str
    owner: str
    due_on: dt.date
    days_late: int
    progress: int
    mou_id: int | None


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting in the coming days."""

    id: int
    title: str
    held_on: dt.date
    place: str
    mou_id: int | None


@dataclass(frozen=True)
class DormantMoU:
    """A live MoU with nothing recorded since ``last_activity`` (None: never)."""

    id: int
    number: str
    title: str
    last_activity: dt.date | None


@dataclass(frozen=True)
class HubCount:
    """A hub with the number of MoUs and partners of its country."""

    id: int
    title: str
    country_code: str
    country: str
    mous: int
    partners: int


@dataclass(frozen=True)
class CountryCount:
    """A country with its number of partners and MoUs."""

    code: str
    name: str
    partners: int
    mous: int


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, as of ``today``."""

    today: dt.date
    partners_total: int
    mous_live: int
    hubs_total: int
    open_actions: int
    expiring: list[ExpiringMoU]
    overdue: list[OverdueAction]
    upcoming: list[UpcomingMeeting]
    dormant: list[DormantMoU]
    hubs: list[HubCount]
    countries: list[CountryCount]
    mous_by_status: dict[MoUStatus, int]
    recent: list[HistoryEntry] = field(default_factory=list)
    dormant_months: int = 6

    def expiring_within(self, days: int) -> list[ExpiringMoU]:
        """The expiring MoUs with at most *days* left."""
        return [m for m in self.expiring if m.days_left <= days]


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day *months* earlier (clamped to the month's end)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(y, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _as_date(day: Any) -> dt.date:
    """A date column's value as a date (a UNION on SQLite hands some back as text)."""
    if isinstance(day, str):
        return dt.date.fromisoformat(day[:10])
    if isinstance(day, dt.datetime):
        return day.date()
    return day


class DashboardService:
    """Computes :class:`Dashboard` for the open register."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def summary(self, today: dt.date, *, dormant_months: int = 6, upcoming_days: int = 30,
                recent_limit: int = 20, country_limit: int = 12) -> Dashboard:
        """The dashboard as of *today*: six statements in one reading session (on the office
        server each statement is a round trip; issue 10)."""
        horizon = today + dt.timedelta(days=max(EXPIRY_HORIZONS))
        with self.db.reading() as s:
            open_actions, mous_by_status, live = self._mous(s)
            expiring = sorted(
                (ExpiringMoU(i, n or "", t, vu, (vu - today).days)
                 for i, n, t, _vf, vu, _so in live if vu is not None and today <= vu <= horizon),
                key=lambda m: (m.days_left, m.id))
            overdue, upcoming = self._dated(s, today, today + dt.timedelta(days=upcoming_days))
            last = self._last_activity(s, [row[0] for row in live])
            cutoff = months_before(today, dormant_months)
            dormant = []
            for i, n, t, vf, _vu, so in live:
                dates = [d for d in (last.get(i), so, vf) if d is not None]
                latest = max(dates) if dates else None
                if latest is None or latest < cutoff:
                    dormant.append(DormantMoU(i, n or "", t, last.get(i)))
            dormant.sort(key=lambda m: (m.last_activity or dt.date.min, m.id))
            partners_total, partners_per_country, mou_countries, hub_rows = self._per_country(s)
            countries = self._countries(partners_per_country, mou_countries, country_limit)
            hubs = self._hubs(hub_rows, partners_per_country, mou_countries)
            recent = (HistoryService(self.db).recent(recent_limit, session=s)
                      if recent_limit else [])
        return Dashboard(today, partners_total, len(live), len(hubs), open_actions, expiring,
                         overdue, upcoming, dormant, hubs, countries,
                         {st: mous_by_status.get(st, 0) for st in MoUStatus}, recent,
                         dormant_months)

    @staticmethod
    def _mous(s: Session) -> tuple[int, Counter[MoUStatus], list[tuple[Any, ...]]]:
        """The open actions' count, the MoUs by status and the live MoUs' rows, in one
        statement (the count rides on a one-row source the MoUs are outer-joined to)."""
        counts = select(func.count(ActionItem.id).label("open_actions")).where(
            ActionItem.status.in_(OPEN_ACTIONS)).subquery()
        mous_by_status: Counter[MoUStatus] = Counter()
        live: list[tuple[Any, ...]] = []
        open_actions = 0
        for n_open, i, n, t, vf, vu, so, status in s.execute(
                select(counts.c.open_actions, MoU.id, MoU.number, MoU.title, MoU.valid_from,
                       MoU.valid_until, MoU.signed_on, MoU.status)
                .select_from(counts).outerjoin(MoU, true())):
            open_actions = int(n_open or 0)
            if i is None:  # no MoU at all: the one row carries the count alone
                continue
            mous_by_status[status] += 1
            if status in LIVE_STATUSES:
                live.append((i, n, t, vf, vu, so))
        return open_actions, mous_by_status, live

    @staticmethod
    def _dated(s: Session, today: dt.date,
               until: dt.date) -> tuple[list[OverdueAction], list[UpcomingMeeting]]:
        """The overdue actions and the coming meetings, in one UNION ALL."""
        overdue_q = (select(literal(0).label("kind"), ActionItem.id, ActionItem.title,
                            ActionItem.owner.label("text"), ActionItem.due_on.label("day"),
                            ActionItem.progress, ActionItem.mou_id)
                     .where(ActionItem.status.in_(OPEN_ACTIONS), ActionItem.due_on < today))
        upcoming_q = (select(literal(1).label("kind"), Meeting.id, Meeting.title,
                             Meeting.place.label("text"), Meeting.held_on.label("day"),
                             literal(0).label("progress"), Meeting.mou_id)
                      .where(Meeting.held_on >= today, Meeting.held_on <= until))
        rows = union_all(overdue_q, upcoming_q).subquery()
        overdue: list[OverdueAction] = []
        upcoming: list[UpcomingMeeting] = []
        for kind, i, t, text_, day, progress, mou_id in s.execute(
                select(rows).order_by(rows.c.kind, rows.c.day, rows.c.id)):
            day = _as_date(day)
            if kind == 0:
                overdue.append(OverdueAction(i, t, text_ or "", day, (today - day).days,
                                             progress, mou_id))
            else:
                upcoming.append(UpcomingMeeting(i, t or "", day, text_ or "", mou_id))
        return overdue, upcoming

    @staticmethod
    def _last_activity(s: Session, mou_ids: list[int]) -> dict[int, dt.date]:
        """The latest meeting, completed action, letter or event date of each MoU.

        A meeting already scheduled counts: an MoU with a meeting planned is not asleep.
        """
        last: dict[int, dt.date] = {}
        if not mou_ids:
            return last
        latest: Any = union_all(
            select(Meeting.mou_id, func.max(Meeting.held_on)).group_by(Meeting.mou_id),
            select(Letter.mou_id, func.max(Letter.dated)).group_by(Letter.mou_id),
            select(Event.mou_id, func.max(Event.held_on)).group_by(Event.mou_id),
            select(ActionItem.mou_id, func.max(ActionItem.completed_on))
            .group_by(ActionItem.mou_id),
        )
        for mou_id, day in s.execute(latest):
            if mou_id is None or day is None:
                continue
            day = _as_date(day)
            if mou_id not in last or day > last[mou_id]:
                last[mou_id] = day
        return last

    @staticmethod
    def _per_country(s: Session) -> tuple[int, dict[str, int], dict[int, set[str]],
                                          list[tuple[int, str, str]]]:
        """Everything the dashboard counts by country, in one UNION ALL: partners per
        country (and so in all), each MoU's party countries, and the hubs."""
        parts = union_all(
            select(literal(0).label("kind"), Partner.country_code.label("code"),
                   func.count(Partner.id).label("n"), literal(None, String).label("title"))
            .group_by(Partner.country_code),
            select(literal(1), Partner.country_code, MoUParty.mou_id, literal(None, String))
            .join(Partner, Partner.id == MoUParty.partner_id)
            .where(Partner.country_code.is_not(None)),
            select(literal(2), Hub.country_code, Hub.id, Hub.title),
        ).subquery()
        total = 0
        partners: dict[str, int] = {}
        mou_countries: dict[int, set[str]] = {}
        hubs: list[tuple[int, str, str]] = []
        for kind, code, n, title in s.execute(
                select(parts).order_by(parts.c.kind, parts.c.n)):
            if kind == 0:
                total += int(n)
                if code:
                    partners[code] = int(n)
            elif kind == 1:
                mou_countries.setdefault(n, set()).add(code)
            else:
                hubs.append((n, title, code))
        return total, partners, mou_countries, hubs

    @staticmethod
    def _mou_countries(s: Session) -> dict[int, set[str]]:
        """The countries of each MoU's parties."""
        out: dict[int, set[str]] = {}
        for mou_id, code in s.execute(
                select(MoUParty.mou_id, Partner.country_code)
                .join(Partner, Partner.id == MoUParty.partner_id)):
            if code:
                out.setdefault(mou_id, set()).add(code)
        return out

    @staticmethod
    def _countries(partners: dict[str, int], mou_countries: dict[int, set[str]],
                   limit: int) -> list[CountryCount]:
        mous: Counter[str] = Counter()
        for codes in mou_countries.values():
            mous.update(codes)
        codes = set(partners) | set(mous)
        rows = [CountryCount(c, country_name(c), partners.get(c, 0), mous.get(c, 0)) for c in codes]
        rows.sort(key=lambda r: (-r.mous, -r.partners, r.code))
        return rows[:limit]

    @staticmethod
    def _hubs(hub_rows: list[tuple[int, str, str]], partners: dict[str, int],
              mou_countries: dict[int, set[str]]) -> list[HubCount]:
        per_country: Counter[str] = Counter()
        for codes in mou_countries.values():
            per_country.update(codes)
        return [HubCount(hid, title, code, country_name(code), per_country.get(code, 0),
                         partners.get(code, 0))
                for hid, title, code in hub_rows]

    def mous_by_country(self, limit: int = 10) -> list[tuple[str, str, int]]:
        """(code, name, MoU count) of the countries with the most MoUs (foreign first)."""
        with self.db.reading() as s:
            counts: Counter[str] = Counter()
            for codes in self._mou_countries(s).values():
                counts.update(codes)
        return [(c, country_name(c), n) for c, n in counts.most_common(limit)]
