"""The reports' plain data, read from the register, and the PDF files made from it.

:class:`ReportService` is the one place that turns the register's records into the
dataclasses of :mod:`reports.data` (Jalali dates, translated labels, country names,
"days to expiry" from today) and hands them to the renderers. It has no Qt: the window,
the command line and the tests call the same methods.

How a typed reference finds its record (:meth:`ReportService.resolve_mou`,
:meth:`ReportService.resolve_hub`):

* **MoU**: ``"id:3"`` is the MoU with id 3. Anything else is first compared with the
  MoUs' *numbers*, whatever the digit script (``"۵۴"`` and ``"54"`` are the same) and
  ignoring case, spaces and punctuation (``"kstp 96 01"`` finds ``KSTP-96-01``). Only
  when no number matches is a bare integer taken as an id; so ``"54"`` is always MoU
  No. 54, never the MoU whose id happens to be 54.
* **Hub**: ``"id:2"`` is the hub with id 2; otherwise the text is read as a country (ISO
  code, English or Persian name, any usual variant: ``TR``, ``Turkey``, ``ترکیه``) and
  the hub of that country is taken; a bare integer that is no country is an id.

An unknown reference raises :class:`~desktop_app.domain.errors.NotFoundError` (a
:class:`DomainError`) with a sentence the user can act on.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import logging
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

import reports  # the renderers load reportlab on first use
from db.database import Database
from db.models import (
    ActionItem,
    ActionStatus,
    Attachment,
    Body,
    Event,
    Hub,
    Letter,
    Meeting,
    MoU,
    MoUParty,
    MoUStatus,
    OfficeSetting,
    Partner,
    PartnerKind,
)
from desktop_app.domain.countries import country_name, resolve_country
from desktop_app.domain.dates import (
    MONTHS_EN,
    MONTHS_FA,
    Period,
    format_date,
    format_time,
    to_jalali,
)
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.i18n import language, translate
from desktop_app.domain.labels import label
from desktop_app.domain.text import (
    match_key,
    normalize_text,
    search_words,
    sort_key,
    to_persian_digits,
)
from reports import (
    ActionRow,
    ActivityData,
    AttachmentRow,
    BodyRow,
    CountRow,
    CountryGroup,
    DueListData,
    EventRow,
    HubDossierData,
    LetterRow,
    MeetingRow,
    MissionRow,
    MonthRow,
    MoURow,
    MoUSummaryData,
    PartnerDirectoryData,
    PartnerRow,
    PartyRow,
    ReportContext,
)

log = logging.getLogger("peyvand.reports")

Lang = Literal["fa", "en"]

DEFAULT_PARK_FA = "پارک علم و فناوری"
DEFAULT_PARK_EN = "Science and Technology Park"

#: How far ahead the due list looks for MoUs whose validity ends.
DUE_HORIZON_DAYS = 90
#: Meetings shown in an MoU summary (the latest first).
LAST_MEETINGS = 5
#: Rows of the "recent" tables of a hub dossier.
RECENT_ROWS = 10

_OPEN_ACTIONS = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_LIVE_MOUS = (MoUStatus.SIGNED, MoUStatus.ACTIVE, MoUStatus.RENEWED)
_ID_REF = re.compile(r"^\s*(?:id|#)\s*[:=]?\s*(\d+)\s*$", re.IGNORECASE)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _given_id(ref: str | int) -> int | None:
    """The id *ref* gives outright: an int, or text written ``id:N`` / ``#N``."""
    if isinstance(ref, int):
        return ref
    explicit = _ID_REF.match(to_ascii(normalize_text(str(ref))))
    return int(explicit.group(1)) if explicit else None


def _existing(s: Any, model: type[Any], record_id: int, missing: str) -> int:
    """*record_id* if a *model* record has it; NotFoundError(*missing*) otherwise."""
    if s.get(model, record_id) is None:
        raise NotFoundError(missing)
    return record_id


def _bare_id(s: Any, model: type[Any], text: str) -> int | None:
    """The id a bare number *text* names, if a *model* record has it (the last resort)."""
    digits = to_ascii(text)
    if digits.isdigit() and s.get(model, int(digits)) is not None:
        return int(digits)
    return None


# The roles officers type for MoU parties, shown in English in an English report.
_ROLES_EN = {
    "طرف اول": "First party",
    "طرف دوم": "Second party",
    "طرف سوم": "Third party",
    "طرف چهارم": "Fourth party",
    "طرف ایرانی": "Iranian party",
    "طرف چینی": "Chinese party",
    "طرف ترک": "Turkish party",
    "ناظر": "Observer",
}

_sort_key = sort_key  # the Persian alphabetical order (desktop_app.domain.text)


def _lang(lang: str | None) -> Lang:
    return "en" if lang == "en" else "fa"


@dataclass(frozen=True)
class MoUFilter:
    """Which MoUs a batch prints: by status, by a party's country, by nearing expiry."""

    status: MoUStatus | None = None
    country_code: str | None = None
    expiring_within_days: int | None = None


class ReportService:
    """Builds every report's data from the register and writes the PDFs."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ context

    def office_values(self) -> dict[str, str]:
        """The ``office_settings`` rows as a dict (empty when none are set)."""
        with self.db.reading() as s:
            return {k: v for k, v in s.execute(select(OfficeSetting.key, OfficeSetting.value))}

    def context(self, lang: str, today: dt.date | None = None) -> ReportContext:
        """The park's name and logo, the author and the print date for a report in *lang*."""
        lang = _lang(lang)
        today = today or dt.date.today()
        values = self.office_values()
        name_fa = normalize_text(values.get("park_name", ""))
        name_en = normalize_text(values.get("park_name_en", ""))
        if lang == "fa":
            park = name_fa or DEFAULT_PARK_FA
            printed = format_date(today, "fa")
        else:
            park = name_en or DEFAULT_PARK_EN
            printed = format_date(today, "en", style="long")
        return ReportContext(park_name=park, lang=lang, printed_on=printed,
                             author=self.db.actor or "", logo=self._logo(values))

    def _logo(self, values: dict[str, str]) -> Path | None:
        """The logo as a file: a stored path, an attachment's SHA-256, or base64 image bytes."""
        raw = (values.get("park_logo") or "").strip()
        if not raw:
            return None
        if len(raw) < 1024 and not _SHA256.match(raw.lower()):
            path = Path(raw).expanduser()
            if path.is_file():
                return path
        if _SHA256.match(raw.lower()):
            return self._attachment_file(raw.lower())
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            log.warning("park_logo is neither a file, an attachment nor an image; ignored")
            return None
        ext = "jpg" if data.startswith(b"\xff\xd8\xff") else "png" if data.startswith(b"\x89PNG") else ""
        if not ext:
            return None
        folder = Path(tempfile.gettempdir()) / "peyvand-report-logos"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"logo-{hashlib.sha256(data).hexdigest()[:16]}.{ext}"
        if not path.exists():
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        return path

    def _attachment_file(self, sha: str) -> Path | None:
        """The stored file of attachment *sha* in the register's managed folder, if found."""
        if self.db.path is None:
            return None
        folder = self.db.path.parent / f"{self.db.path.stem}.attachments"
        if not folder.is_dir():
            return None
        for candidate in (folder / sha, folder / sha[:2] / sha):
            if candidate.is_file():
                return candidate
        for candidate in folder.rglob(f"{sha}*"):
            if candidate.is_file():
                return candidate
        return None

    # ------------------------------------------------------------------ references

    def resolve_mou(self, ref: str | int) -> int:
        """The id of the MoU *ref* names (see the module's rule); NotFoundError if none."""
        with self.db.reading() as s:
            given = _given_id(ref)
            if given is not None:
                return _existing(s, MoU, given, translate(
                    "domain.report_data", "There is no MoU with id {ref}.").format(ref=given))
            text = normalize_text(str(ref))
            if not text:
                raise NotFoundError(translate("domain.report_data", "Give an MoU's number or id "
                                                                    "(e.g. 54 or id:3)."))
            key = match_key(text)
            rows = s.execute(select(MoU.id, MoU.number).where(MoU.number.is_not(None))).all()
            exact = [mid for mid, number in rows if number == to_ascii(text)]
            if exact:
                return exact[0]
            matched = [mid for mid, number in rows if key and match_key(number) == key]
            if len(matched) == 1:
                return matched[0]
            if len(matched) > 1:
                raise DomainError(translate("domain.report_data", "“{ref}” matches {value} MoU "
                                                                  "numbers; give the exact "
                                                                  "number or the id (id:N).").format(
                                      ref=ref, value=len(matched)))
            found = _bare_id(s, MoU, text)
            if found is not None:
                return found
        raise NotFoundError(translate("domain.report_data", "No MoU has the number or id “{ref}”.").format(
                                ref=ref))

    def resolve_hub(self, ref: str | int) -> int:
        """The id of the hub *ref* names: id, ISO code or country name; NotFoundError if none."""
        with self.db.reading() as s:
            given = _given_id(ref)
            if given is not None:
                return _existing(s, Hub, given, translate(
                    "domain.report_data", "There is no country hub with id {ref}.").format(
                        ref=given))
            text = normalize_text(str(ref))
            if not text:
                raise NotFoundError(translate("domain.report_data", "Give the hub's country (ISO "
                                                                    "code or name) or its id."))
            code = resolve_country(text)
            if code is not None:
                found = s.scalar(select(Hub.id).where(Hub.country_code == code).order_by(Hub.id))
                if found is None:
                    raise NotFoundError(translate(
                        "domain.report_data", "There is no country hub for {country} ({code}).")
                        .format(country=country_name(code, language()), code=code))
                return int(found)
            bare = _bare_id(s, Hub, text)
            if bare is not None:
                return bare
        raise NotFoundError(translate("domain.report_data", "“{ref}” is neither a country nor a "
                                                            "hub id.").format(ref=ref))

    # ------------------------------------------------------------------ choices for pickers

    def mou_choices(self, lang: str = "fa") -> list[tuple[int, str]]:
        """(id, "No. — title") of every MoU, newest first, for a picker."""
        with self.db.reading() as s:
            rows = s.execute(select(MoU.id, MoU.number, MoU.title, MoU.signed_on)
                             .order_by(MoU.signed_on.desc().nulls_last(), MoU.id.desc())).all()
        out = []
        for mid, number, title, _signed in rows:
            shown = number or f"id:{mid}"
            if lang == "fa":
                shown = to_persian_digits(shown) if shown.isdigit() else shown
            out.append((mid, f"{shown} — {title}"))
        return out

    def hub_choices(self, lang: str = "fa") -> list[tuple[int, str]]:
        """(id, country name) of every hub, for a picker."""
        with self.db.reading() as s:
            rows = s.execute(select(Hub.id, Hub.country_code).order_by(Hub.id)).all()
        return [(hid, country_name(code, _lang(lang)) or code) for hid, code in rows]

    def party_countries(self) -> list[str]:
        """ISO codes of the countries of MoU parties (for the batch's country filter)."""
        with self.db.reading() as s:
            codes = s.scalars(select(Partner.country_code).distinct()
                              .join(MoUParty, MoUParty.partner_id == Partner.id)
                              .where(Partner.country_code.is_not(None)))
            return sorted(c for c in codes if c)

    def mou_ids(self, flt: MoUFilter | None = None, today: dt.date | None = None) -> list[int]:
        """Ids of the MoUs a batch filter selects, ordered by number."""
        flt = flt or MoUFilter()
        today = today or dt.date.today()
        stmt = select(MoU.id)
        if flt.status is not None:
            stmt = stmt.where(MoU.status == flt.status)
        if flt.country_code:
            stmt = stmt.where(MoU.id.in_(
                select(MoUParty.mou_id).join(Partner, Partner.id == MoUParty.partner_id)
                .where(Partner.country_code == flt.country_code)))
        if flt.expiring_within_days is not None:
            stmt = stmt.where(MoU.valid_until.is_not(None),
                              MoU.valid_until >= today,
                              MoU.valid_until <= today + dt.timedelta(days=flt.expiring_within_days),
                              MoU.status.in_(_LIVE_MOUS))
        with self.db.reading() as s:
            return list(s.scalars(stmt.order_by(MoU.number, MoU.id)))

    # ------------------------------------------------------------------ MoU summary

    def mou_summary_data(self, ref: str | int, lang: str = "fa",
                         today: dt.date | None = None) -> MoUSummaryData:
        """Everything the MoU summary prints, for the MoU *ref* names."""
        lang = _lang(lang)
        today = today or dt.date.today()
        mou_id = self.resolve_mou(ref)
        with self.db.reading() as s:
            m = s.scalars(select(MoU).where(MoU.id == mou_id).options(
                selectinload(MoU.parties), selectinload(MoU.axes))).one()
            parties = [PartyRow(
                name=_partner_name(p.partner, lang),
                latin_name=p.partner.name_en if lang == "fa" else "",
                role=_role(p.role, lang),
                signatory=" — ".join(x for x in (p.signatory, p.signatory_title) if x),
            ) for p in m.parties]
            bodies = s.scalars(select(Body).where(Body.mou_id == mou_id)
                               .options(selectinload(Body.members), selectinload(Body.children))
                               .order_by(Body.id)).all()
            top = [b for b in bodies if b.parent_id is None or b.parent_id not in
                   {x.id for x in bodies}]
            body_rows = [_body_row(b, lang) for b in top]
            meetings = s.scalars(select(Meeting).where(
                or_(Meeting.mou_id == mou_id, Meeting.body_id.in_([b.id for b in bodies])))
                .order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(LAST_MEETINGS)).all()
            meeting_rows = [_meeting_row(x, lang) for x in meetings]
            actions = s.scalars(select(ActionItem).where(
                ActionItem.status.in_(_OPEN_ACTIONS),
                or_(ActionItem.mou_id == mou_id,
                    ActionItem.meeting_id.in_(select(Meeting.id).where(Meeting.mou_id == mou_id))))
                .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)).all()
            action_rows = [_action_row(a, lang, today) for a in actions]
            attachments = s.scalars(select(Attachment).where(Attachment.mou_id == mou_id)
                                    .order_by(Attachment.id)).all()
            letters = s.scalars(select(Letter).where(Letter.mou_id == mou_id)
                                .order_by(Letter.dated.desc(), Letter.id.desc())
                                .limit(RECENT_ROWS)).all()
            return MoUSummaryData(
                number=m.number or f"id:{m.id}",
                title=m.title,
                date=format_date(m.signed_on, lang),
                time=format_time(m.signed_time, lang),
                place=m.place,
                status=label(m.status, lang),
                valid_from=format_date(m.valid_from, lang),
                valid_until=format_date(m.valid_until, lang),
                days_to_expiry=(m.valid_until - today).days if m.valid_until else None,
                subject=m.subject,
                objectives=m.objectives,
                parties=parties,
                axes=[a.title for a in m.axes],
                bodies=body_rows,
                meetings=meeting_rows,
                actions=action_rows,
                attachments=[AttachmentRow(a.filename, a.size, a.description)
                             for a in attachments],
                letters=[_letter_row(lt, lang) for lt in letters],
            )

    # ------------------------------------------------------------------ hub dossier

    def hub_dossier_data(self, country_or_id: str | int, lang: str = "fa",
                         today: dt.date | None = None) -> HubDossierData:
        """The dossier of the hub *country_or_id* names (ISO code, country name or id)."""
        lang = _lang(lang)
        today = today or dt.date.today()
        hub_id = self.resolve_hub(country_or_id)
        with self.db.reading() as s:
            hub = s.scalars(select(Hub).where(Hub.id == hub_id)
                            .options(selectinload(Hub.missions))).one()
            code = hub.country_code
            partners = s.scalars(select(Partner).where(Partner.country_code == code)).all()
            partner_rows = [_partner_row(p, lang) for p in _sorted_partners(partners, lang)]
            mou_ids = set(s.scalars(select(MoU.id).where(MoU.hub_id == hub_id)))
            mou_ids |= set(s.scalars(select(MoUParty.mou_id).join(
                Partner, Partner.id == MoUParty.partner_id).where(Partner.country_code == code)))
            mous = s.scalars(select(MoU).where(MoU.id.in_(mou_ids))
                             .options(selectinload(MoU.parties))
                             .order_by(MoU.signed_on.desc().nulls_last(), MoU.id)).all()
            related = or_(Event.hub_id == hub_id, Event.mou_id.in_(mou_ids))
            events = s.scalars(select(Event).where(related)
                               .order_by(Event.held_on.desc(), Event.id.desc())
                               .limit(RECENT_ROWS)).all()
            meetings = s.scalars(select(Meeting).where(
                or_(Meeting.hub_id == hub_id, Meeting.mou_id.in_(mou_ids),
                    Meeting.body_id.in_(select(Body.id).where(Body.hub_id == hub_id))))
                .order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(RECENT_ROWS)).all()
            letters = s.scalars(select(Letter).where(
                or_(Letter.hub_id == hub_id, Letter.mou_id.in_(mou_ids)))
                .order_by(Letter.dated.desc(), Letter.id.desc()).limit(RECENT_ROWS)).all()
            return HubDossierData(
                country=country_name(code, lang) or code,
                host_park=_partner_name(hub.host, lang),
                designated_by=hub.designated_by,
                launch_date=format_date(hub.launch_date, lang),
                status=label(hub.status, lang),
                description=hub.notes,
                missions=[MissionRow(x.title, x.progress, label(x.status, lang), x.owner)
                          for x in hub.missions],
                partners=partner_rows,
                mous=[_mou_row(x, lang, today) for x in mous],
                events=[EventRow(e.title, format_date(e.held_on, lang), label(e.kind, lang),
                                 e.place) for e in events],
                meetings=[_meeting_row(x, lang) for x in meetings],
                letters=[_letter_row(lt, lang) for lt in letters],
            )

    # ------------------------------------------------------------------ activity

    def activity_data(self, period: Period, lang: str = "fa",
                      today: dt.date | None = None) -> ActivityData:
        """Counts, charts and lists of what happened in *period* (both ends included)."""
        lang = _lang(lang)
        today = today or dt.date.today()
        start, end = period.start, period.end
        start_ts = dt.datetime.combine(start, dt.time.min, tzinfo=dt.UTC)
        end_ts = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC)
        with self.db.reading() as s:
            new_partners = s.scalars(select(Partner).where(
                Partner.created_at >= start_ts, Partner.created_at < end_ts)).all()
            new_mous = s.scalar(select(_count()).select_from(MoU).where(
                MoU.signed_on >= start, MoU.signed_on <= end)) or 0
            meetings = s.scalars(select(Meeting).where(
                Meeting.held_on >= start, Meeting.held_on <= end)
                .order_by(Meeting.held_on, Meeting.id)).all()
            events_count = s.scalar(select(_count()).select_from(Event).where(
                Event.held_on >= start, Event.held_on <= end)) or 0
            actions = s.execute(select(ActionItem.status, ActionItem.due_on,
                                       ActionItem.completed_on).where(or_(
                and_(ActionItem.completed_on >= start, ActionItem.completed_on <= end),
                and_(ActionItem.due_on >= start, ActionItem.due_on <= end)))).all()
            # MoUs signed in the period or in force during it.
            in_force = s.scalars(select(MoU).where(
                or_(and_(MoU.signed_on >= start, MoU.signed_on <= end),
                    and_(MoU.signed_on <= end,
                         or_(MoU.valid_until.is_(None), MoU.valid_until >= start))))
                .options(selectinload(MoU.parties))).all()
            by_country: dict[str, int] = defaultdict(int)
            by_status: dict[Any, int] = defaultdict(int)
            for m in in_force:
                by_status[m.status] += 1
                codes = {p.partner.country_code for p in m.parties if p.partner.country_code}
                foreign = codes - {"IR"}
                for code in (foreign or codes or {""}):
                    by_country[code] += 1
            expiring = s.scalars(select(MoU).where(
                MoU.valid_until >= start, MoU.valid_until <= end)
                .options(selectinload(MoU.parties)).order_by(MoU.valid_until)).all()
            done = overdue = 0
            months = _months(start, end)
            per_month = {key: [0, 0] for key, _ in months}
            for status, due, completed in actions:
                if completed is not None and start <= completed <= end and status == ActionStatus.DONE:
                    done += 1
                    per_month.setdefault(_month_key(completed), [0, 0])[0] += 1
                if (due is not None and start <= due <= end and due < today
                        and status in _OPEN_ACTIONS):
                    overdue += 1
                    per_month.setdefault(_month_key(due), [0, 0])[1] += 1
            month_rows = [MonthRow(lbl(lang), *per_month.get(key, [0, 0]))
                          for key, lbl in months]
            if len(month_rows) > 24:  # a long custom period: by Jalali year instead
                years: dict[int, list[int]] = {}
                for key, counts in per_month.items():
                    years.setdefault(key[0], [0, 0])
                    years[key[0]][0] += counts[0]
                    years[key[0]][1] += counts[1]
                month_rows = [MonthRow(_digits(str(y), lang), *c) for y, c in sorted(years.items())]
            return ActivityData(
                period=period.label(lang),
                new_partners_count=len(new_partners),
                new_mous_count=int(new_mous),
                meetings_count=len(meetings),
                actions_done_count=done,
                actions_overdue_count=overdue,
                events_count=int(events_count),
                mous_by_country=sorted(
                    (CountRow(country_name(c, lang) or c or "—", n)
                     for c, n in by_country.items()), key=lambda r: (-r.count, r.label)),
                mous_by_status=[CountRow(label(st, lang), n) for st, n in
                                sorted(by_status.items(), key=lambda kv: list(MoUStatus).index(kv[0]))],
                actions_by_month=month_rows,
                new_partners=[_partner_row(p, lang) for p in _sorted_partners(new_partners, lang)],
                meetings=[_meeting_row(x, lang) for x in meetings],
                expiring_mous=[_mou_row(x, lang, today) for x in expiring],
            )

    # ------------------------------------------------------------------ directory

    def partner_directory_data(self, lang: str = "fa",
                               query: str | None = None) -> PartnerDirectoryData:
        """Every partner (or those *query* finds), grouped by country, sorted by name."""
        lang = _lang(lang)
        cols = (Partner.name, Partner.name_en, Partner.kind, Partner.country_code,
                Partner.city, Partner.website, Partner.email, Partner.phone)
        stmt = select(*cols)
        words = search_words(query)
        if words:
            stmt = stmt.where(and_(*[Partner.search_text.like(f"% {w}%") for w in words]))
        kinds = {k: label(k, lang) for k in PartnerKind}
        groups: dict[str, list[tuple[str, PartnerRow]]] = defaultdict(list)
        with self.db.reading() as s:
            for name, name_en, kind, code, city, web, email, phone in s.execute(stmt):
                shown = name if lang == "fa" else (name_en or name)
                row = PartnerRow(shown, name_en if lang == "fa" else "",
                                 kinds.get(kind, ""), city, web, email, phone)
                key = _sort_key(shown) if lang == "fa" else shown.casefold()
                groups[code or ""].append((key, row))
        ordered = sorted(groups, key=lambda c: (c == "", c != "IR" if lang == "fa" else False,
                                                _country_sort(c, lang)))
        title = "" if not words else f"{_directory_title(lang)} — «{normalize_text(query)}»"
        return PartnerDirectoryData(
            [CountryGroup(country_name(c, lang) or _no_country(lang),
                          [row for _, row in sorted(groups[c], key=lambda kr: kr[0])])
             for c in ordered],
            title=title,
        )

    # ------------------------------------------------------------------ due list

    def due_list_data(self, lang: str = "fa", today: dt.date | None = None,
                      horizon_days: int = DUE_HORIZON_DAYS) -> DueListData:
        """MoUs in force whose validity ends within *horizon_days* (or has ended) and overdue
        open actions, as of *today*."""
        lang = _lang(lang)
        today = today or dt.date.today()
        with self.db.reading() as s:
            mous = s.scalars(select(MoU).where(
                MoU.status.in_(_LIVE_MOUS), MoU.valid_until.is_not(None),
                MoU.valid_until <= today + dt.timedelta(days=horizon_days))
                .options(selectinload(MoU.parties)).order_by(MoU.valid_until, MoU.id)).all()
            actions = s.scalars(select(ActionItem).where(
                ActionItem.status.in_(_OPEN_ACTIONS), ActionItem.due_on.is_not(None),
                ActionItem.due_on < today).order_by(ActionItem.due_on, ActionItem.id)).all()
            return DueListData(
                as_of=format_date(today, lang),
                expiring_mous=[_mou_row(m, lang, today) for m in mous],
                overdue_actions=[_action_row(a, lang, today) for a in actions],
            )

    # ------------------------------------------------------------------ PDF files

    def mou_summary_pdf(self, mou_id: int | str, lang: str = "fa", out: Path | None = None,
                        today: dt.date | None = None) -> Path:
        """Write the summary of MoU *mou_id* (an id, or a reference as the CLI takes it)."""
        data = self.mou_summary_data(mou_id, lang, today)
        return _write(lambda f: reports.render_mou_summary(self.context(lang, today), data, f), out,
                      f"mou-{_safe(data.number)}-")

    def hub_dossier_pdf(self, hub_id: int | str, lang: str = "fa", out: Path | None = None,
                        today: dt.date | None = None) -> Path:
        """Write the dossier of hub *hub_id* (an id, or a country as the CLI takes it)."""
        data = self.hub_dossier_data(hub_id, lang, today)
        return _write(lambda f: reports.render_hub_dossier(self.context(lang, today), data, f), out,
                      "hub-")

    def activity_pdf(self, period: Period, lang: str = "fa", out: Path | None = None,
                     today: dt.date | None = None) -> Path:
        """Write the activity report of *period*."""
        data = self.activity_data(period, lang, today)
        return _write(lambda f: reports.render_activity(self.context(lang, today), data, f), out,
                      "activity-")

    def partners_pdf(self, lang: str = "fa", out: Path | None = None,
                     query: str | None = None) -> Path:
        """Write the partner directory."""
        data = self.partner_directory_data(lang, query)
        return _write(lambda f: reports.render_partner_directory(self.context(lang), data, f), out,
                      "partners-")

    def due_pdf(self, lang: str = "fa", out: Path | None = None,
                today: dt.date | None = None) -> Path:
        """Write the due list as of *today*."""
        data = self.due_list_data(lang, today)
        return _write(lambda f: reports.render_due_list(self.context(lang, today), data, f), out, "due-")

    def mou_summaries_batch(
        self,
        mou_ids: Sequence[int],
        folder: Path,
        lang: str = "fa",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        today: dt.date | None = None,
        *,
        cancel: Any = None,
    ) -> list[Path]:
        """Write one summary per MoU into *folder*; return the files written.

        Stops between two MoUs when ``cancelled()`` is true (or the ``threading.Event``
        *cancel* is set, as :mod:`desktop_app.ui.worker` passes it); every file is written
        under a temporary name and renamed when complete, so no half-written PDF is left.
        Files are named ``MoU-<number>.pdf`` (an existing file of that name is replaced).
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise DomainError(translate("domain.report_data", "The folder {folder} does not "
                                                              "exist.").format(folder=folder))

        def stop() -> bool:
            return bool((cancelled and cancelled()) or (cancel is not None and cancel.is_set()))

        total = len(mou_ids)
        written: list[Path] = []
        ctx = self.context(lang, today)
        if progress:
            progress(0, total)
        for i, mou_id in enumerate(mou_ids, start=1):
            if stop():
                break
            data = self.mou_summary_data(int(mou_id), lang, today)
            target = folder / f"MoU-{_safe(data.number)}.pdf"
            _write(partial(reports.render_mou_summary, ctx, data), target, "")
            written.append(target)
            if progress:
                progress(i, total)
        return written


# ---------------------------------------------------------------------- helpers


def to_ascii(text: str) -> str:
    """ASCII digits (the register stores numbers that way)."""
    from desktop_app.domain.text import to_ascii_digits

    return to_ascii_digits(text)


def _digits(text: str, lang: str) -> str:
    return to_persian_digits(text) if lang == "fa" else text


def _count() -> Any:
    from sqlalchemy import func

    return func.count()


def _safe(text: str) -> str:
    """A string safe inside a file name (letters, digits, dash)."""
    cleaned = re.sub(r"[^\w\-]+", "-", to_ascii(text), flags=re.UNICODE).strip("-")
    return cleaned or "x"


def _write(render: Callable[[Any], int], out: Path | None, prefix: str) -> Path:
    """Render into a temporary file next to *out* and rename it into place.

    With *out* ``None`` the file is a new temporary ``.pdf``. An unwritable target raises
    :class:`DomainError` and leaves nothing behind.
    """
    if out is None:
        fd, name = tempfile.mkstemp(prefix=f"peyvand-{prefix}", suffix=".pdf")
        os.close(fd)
        target = Path(name)
    else:
        target = Path(out).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise DomainError(translate("domain.report_data", "Cannot write {target}: the folder "
                                                          "{folder} does not exist.").format(
                              target=target, folder=folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DomainError(_cannot_write(target, exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            render(handle)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError(_cannot_write(target, exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _letter_row(lt: Letter, lang: str) -> LetterRow:
    """A letter for a report, with both parties and its direction (the report prints the
    other party: the recipient of an outgoing letter, the sender of an incoming one)."""
    return LetterRow(lt.reference_number, format_date(lt.dated, lang), lt.subject,
                     lt.sender, lt.recipient, str(lt.direction.value if lt.direction else ""))


def _partner_name(p: Partner | None, lang: str) -> str:
    if p is None:
        return ""
    return p.name if lang == "fa" else (p.name_en or p.name)


def _role(role: str, lang: str) -> str:
    if lang == "en":
        return _ROLES_EN.get(normalize_text(role), role)
    return role


def _partner_row(p: Partner, lang: str) -> PartnerRow:
    return PartnerRow(_partner_name(p, lang), p.name_en if lang == "fa" else "",
                      label(p.kind, lang), p.city, p.website, p.email, p.phone)


def _sorted_partners(partners: Iterable[Partner], lang: str) -> list[Partner]:
    if lang == "fa":
        return sorted(partners, key=lambda p: _sort_key(p.name))
    return sorted(partners, key=lambda p: (p.name_en or p.name).casefold())


def _country_sort(code: str, lang: str) -> str:
    name = country_name(code, lang) or code
    return _sort_key(name) if lang == "fa" else name.casefold()


def _no_country(lang: str) -> str:
    return "بدون کشور" if lang == "fa" else "No country"


def _directory_title(lang: str) -> str:
    return "فهرست طرف‌های همکاری" if lang == "fa" else "Partner Directory"


def _split_decisions(text: str) -> list[str]:
    parts = re.split(r"\s*(?:[؛;]|\n)\s*", text or "")
    return [p.strip() for p in parts if p.strip()]


def _body_row(b: Body, lang: str) -> BodyRow:
    members = []
    for m in b.members:
        who = " — ".join(x for x in (m.person, _partner_name(m.partner, lang)) if x)
        members.append(f"{who} ({m.role})" if m.role and who else who or m.role)
    return BodyRow(
        name=b.name,
        kind=label(b.kind, lang),
        secretariat=_partner_name(b.secretariat, lang),
        members=[x for x in members if x],
        children=[_body_row(c, lang) for c in b.children],
    )


def _meeting_row(m: Meeting, lang: str) -> MeetingRow:
    body = m.body.name if m.body is not None else m.title
    return MeetingRow(
        ordinal=m.ordinal or 0,
        date=format_date(m.held_on, lang),
        place=m.place,
        body=body,
        decisions=_split_decisions(m.decisions),
    )


def _related(a: ActionItem, lang: str) -> str:
    if a.mou is not None:
        word = "تفاهم‌نامه" if lang == "fa" else "MoU"
        return f"{word} {a.mou.number or a.mou.title}"
    if a.mission is not None:
        hub = a.mission.hub
        word = "هاب" if lang == "fa" else "Hub"
        return f"{word} {country_name(hub.country_code, lang)}" if hub else a.mission.title
    if a.meeting is not None:
        return a.meeting.title or (a.meeting.body.name if a.meeting.body else "")
    return ""


def _action_row(a: ActionItem, lang: str, today: dt.date) -> ActionRow:
    late = (today - a.due_on).days if a.due_on and a.due_on < today else 0
    return ActionRow(
        title=a.title,
        owner=a.owner,
        due=format_date(a.due_on, lang),
        status=label(a.status, lang),
        progress=max(0, min(100, a.progress or 0)),
        days_overdue=late,
        related_to=_related(a, lang),
    )


def _mou_row(m: MoU, lang: str, today: dt.date) -> MoURow:
    sep = "، " if lang == "fa" else ", "
    return MoURow(
        number=m.number or f"id:{m.id}",
        title=m.title,
        date=format_date(m.signed_on, lang),
        status=label(m.status, lang),
        valid_until=format_date(m.valid_until, lang),
        days_to_expiry=(m.valid_until - today).days if m.valid_until else None,
        partners=sep.join(_partner_name(p.partner, lang) for p in m.parties),
    )


def _month_key(d: dt.date) -> tuple[int, int]:
    j = to_jalali(d)
    return (j.year, j.month)


def _months(start: dt.date, end: dt.date) -> list[tuple[tuple[int, int], Callable[[str], str]]]:
    """The Jalali months from *start* to *end*, with a label function per language."""
    out: list[tuple[tuple[int, int], Callable[[str], str]]] = []
    y, mo = _month_key(start)
    last = _month_key(end)
    while (y, mo) <= last and len(out) < 600:
        def lbl(lang: str, y: int = y, mo: int = mo) -> str:
            if lang == "fa":
                return to_persian_digits(f"{MONTHS_FA[mo - 1]} {y}")
            return f"{MONTHS_EN[mo - 1][:3]} {y}"
        out.append(((y, mo), lbl))
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return out



def _cannot_write(target: Path, exc: OSError) -> str:
    """"Cannot write FILE: why." in the current language."""
    why = exc.strerror or str(exc)
    return translate("domain.report_data", "Cannot write {target}: {why}.").format(
               target=target, why=why)

__all__ = ["DEFAULT_PARK_EN", "DEFAULT_PARK_FA", "MoUFilter", "ReportService"]

