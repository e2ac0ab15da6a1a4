"""Plain data the reports take: small dataclasses, no ORM objects.

Conventions for every class here:

* **dates and times are strings already formatted by the caller** (Jalali,
  e.g. ``"۱۴۰۴/۰۹/۲۵"`` or ``"1404/09/25"`` for Persian — digits are turned
  into Persian digits when printed — or ``"25 Azar 1404"`` for English);
* **enum labels (status, role, kind, …) are strings already translated** into
  the report's language by the caller;
* counts, percentages and sizes are ``int``/``float``; the reports format
  them (Persian digits and separators in Persian reports);
* names come in the report's language; ``latin_name`` fields hold the Latin
  spelling when there is one (empty string when not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Lang = Literal["fa", "en"]


@dataclass(slots=True)
class ReportContext:
    """Who prints, for whom, in which language: shared by all reports.

    ``printed_on`` is a pre-formatted date string; ``logo`` an optional
    PNG/JPEG path shown in the page header.
    """

    park_name: str
    lang: Lang = "fa"
    printed_on: str = ""
    author: str = ""
    logo: str | Path | None = None

    @property
    def rtl(self) -> bool:
        """True for Persian (right-to-left) reports."""
        return self.lang == "fa"


# --- MoU summary --------------------------------------------------------------


@dataclass(slots=True)
class PartyRow:
    """One party of an MoU: name, Latin name, translated role, signatory."""

    name: str
    latin_name: str = ""
    role: str = ""
    signatory: str = ""


@dataclass(slots=True)
class BodyRow:
    """A working group / committee / council; ``children`` are nested bodies.

    ``kind`` is a translated label ("کارگروه", "Committee"); ``members`` are
    display strings ("name — organisation").
    """

    name: str
    kind: str = ""
    secretariat: str = ""
    members: list[str] = field(default_factory=list)
    children: list[BodyRow] = field(default_factory=list)


@dataclass(slots=True)
class MeetingRow:
    """A meeting: ordinal (6 for the sixth), pre-formatted date, place, decisions."""

    ordinal: int
    date: str
    place: str = ""
    body: str = ""
    decisions: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ActionRow:
    """An action item: title, owner, pre-formatted due date, status label, percent 0–100.

    ``days_overdue`` (> 0 when late) is used by the due list; ``related_to``
    names the MoU/mission/meeting it came from.
    """

    title: str
    owner: str = ""
    due: str = ""
    status: str = ""
    progress: int = 0
    days_overdue: int = 0
    related_to: str = ""


@dataclass(slots=True)
class AttachmentRow:
    """An attachment: file name and size in bytes."""

    file_name: str
    size_bytes: int = 0
    description: str = ""


@dataclass(slots=True)
class MoUSummaryData:
    """Everything the one-page MoU summary prints.

    ``date``, ``time``, ``valid_from`` and ``valid_until`` are pre-formatted;
    ``status`` is a translated label; ``days_to_expiry`` is positive before
    the end of validity, zero on the last day, negative after it, ``None``
    when the MoU has no end date.
    """

    number: str
    title: str
    date: str = ""
    time: str = ""
    place: str = ""
    status: str = ""
    valid_from: str = ""
    valid_until: str = ""
    days_to_expiry: int | None = None
    objectives: str = ""
    subject: str = ""
    parties: list[PartyRow] = field(default_factory=list)
    axes: list[str] = field(default_factory=list)
    bodies: list[BodyRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    attachments: list[AttachmentRow] = field(default_factory=list)
    letters: list[LetterRow] = field(default_factory=list)


# --- Country hub dossier ------------------------------------------------------


@dataclass(slots=True)
class MissionRow:
    """A hub mission with its progress in percent and a translated status."""

    title: str
    progress: int = 0
    status: str = ""
    owner: str = ""


@dataclass(slots=True)
class PartnerRow:
    """A partner organisation as listed in tables (kind is a translated label)."""

    name: str
    latin_name: str = ""
    kind: str = ""
    city: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""


@dataclass(slots=True)
class MoURow:
    """An MoU in a list: number, title, pre-formatted date, translated status."""

    number: str
    title: str
    date: str = ""
    status: str = ""
    valid_until: str = ""
    days_to_expiry: int | None = None
    partners: str = ""


@dataclass(slots=True)
class EventRow:
    """An event (visit, camp, exhibition, award): pre-formatted date, translated kind."""

    title: str
    date: str = ""
    kind: str = ""
    place: str = ""


@dataclass(slots=True)
class LetterRow:
    """A letter or directive: reference number, pre-formatted date, subject.

    ``direction`` is ``"incoming"``, ``"outgoing"`` or ``"internal"`` (or empty when
    unknown); ``correspondent`` in :mod:`reports.strings` prints the other party from it.
    """

    number: str
    date: str = ""
    subject: str = ""
    sender: str = ""
    recipient: str = ""
    direction: str = ""


@dataclass(slots=True)
class HubDossierData:
    """A country hub's dossier; ``launch_date`` pre-formatted, ``status`` translated."""

    country: str
    host_park: str
    designated_by: str = ""
    launch_date: str = ""
    status: str = ""
    description: str = ""
    missions: list[MissionRow] = field(default_factory=list)
    partners: list[PartnerRow] = field(default_factory=list)
    mous: list[MoURow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    letters: list[LetterRow] = field(default_factory=list)


# --- Activity report ----------------------------------------------------------


@dataclass(slots=True)
class CountRow:
    """A label (translated) and a count, for charts."""

    label: str
    count: int


@dataclass(slots=True)
class MonthRow:
    """Actions done and overdue in one month (``month`` is a pre-formatted label)."""

    month: str
    done: int = 0
    overdue: int = 0


@dataclass(slots=True)
class ActivityData:
    """The activity report of a period; ``period`` is a label ("پاییز ۱۴۰۴")."""

    period: str
    new_partners_count: int = 0
    new_mous_count: int = 0
    meetings_count: int = 0
    actions_done_count: int = 0
    actions_overdue_count: int = 0
    events_count: int = 0
    mous_by_country: list[CountRow] = field(default_factory=list)
    mous_by_status: list[CountRow] = field(default_factory=list)
    actions_by_month: list[MonthRow] = field(default_factory=list)
    new_partners: list[PartnerRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    expiring_mous: list[MoURow] = field(default_factory=list)


# --- Partner directory --------------------------------------------------------


@dataclass(slots=True)
class CountryGroup:
    """The partners of one country (``country`` is the display name)."""

    country: str
    partners: list[PartnerRow] = field(default_factory=list)


@dataclass(slots=True)
class PartnerDirectoryData:
    """The printable partner directory, grouped by country in the given order."""

    groups: list[CountryGroup] = field(default_factory=list)
    title: str = ""


# --- Due list -----------------------------------------------------------------


@dataclass(slots=True)
class DueListData:
    """The Saturday-morning list: ``as_of`` is a pre-formatted date.

    ``expiring_mous`` rows should carry ``valid_until`` and
    ``days_to_expiry``; ``overdue_actions`` rows ``due`` and ``days_overdue``.
    """

    as_of: str
    expiring_mous: list[MoURow] = field(default_factory=list)
    overdue_actions: list[ActionRow] = field(default_factory=list)
