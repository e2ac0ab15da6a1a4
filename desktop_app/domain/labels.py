"""Names of the register's enumerations in Persian and English (UI, reports, exports)."""

from __future__ import annotations

import enum

from db.models import (
    ActionStatus,
    BodyKind,
    EventKind,
    HubStatus,
    LetterDirection,
    MoUStatus,
    Origin,
    PartnerKind,
    WorkStatus,
)
from desktop_app.domain import i18n

_LABELS: dict[enum.Enum, tuple[str, str]] = {
    PartnerKind.PARK: ("Science & technology park", "پارک علم و فناوری"),
    PartnerKind.COMPANY: ("Technology company", "شرکت فناور"),
    PartnerKind.KNOWLEDGE_BASED: ("Knowledge-based company", "شرکت دانش‌بنیان"),
    PartnerKind.UNIVERSITY: ("University", "دانشگاه"),
    PartnerKind.RESEARCH_INSTITUTE: ("Research institute", "پژوهشگاه"),
    PartnerKind.INDUSTRIAL: ("Industrial company", "شرکت صنعتی"),
    PartnerKind.CLUSTER: ("Industrial cluster", "خوشه صنعتی"),
    PartnerKind.GOVERNMENT: ("Government body", "نهاد دولتی"),
    PartnerKind.HOLDING: ("Holding", "هلدینگ"),
    PartnerKind.TRADE_TOWN: ("Trade town", "شهرک تجاری"),
    PartnerKind.ASSOCIATION: ("Association", "انجمن"),
    PartnerKind.OTHER: ("Other", "سایر"),
    Origin.DOMESTIC: ("Domestic", "داخلی"),
    Origin.FOREIGN: ("Foreign", "خارجی"),
    HubStatus.PLANNED: ("Planned", "برنامه‌ریزی‌شده"),
    HubStatus.ACTIVE: ("Active", "فعال"),
    HubStatus.SUSPENDED: ("Suspended", "معلق"),
    HubStatus.CLOSED: ("Closed", "بسته"),
    WorkStatus.NOT_STARTED: ("Not started", "شروع‌نشده"),
    WorkStatus.IN_PROGRESS: ("In progress", "در حال انجام"),
    WorkStatus.DONE: ("Done", "انجام‌شده"),
    WorkStatus.ON_HOLD: ("On hold", "متوقف"),
    MoUStatus.DRAFT: ("Draft", "پیش‌نویس"),
    MoUStatus.NEGOTIATING: ("Under negotiation", "در حال مذاکره"),
    MoUStatus.SIGNED: ("Signed", "امضاشده"),
    MoUStatus.ACTIVE: ("Active", "فعال"),
    MoUStatus.EXPIRED: ("Expired", "منقضی"),
    MoUStatus.TERMINATED: ("Terminated", "فسخ‌شده"),
    MoUStatus.RENEWED: ("Renewed", "تمدیدشده"),
    BodyKind.WORKING_GROUP: ("Working group", "کارگروه"),
    BodyKind.COMMITTEE: ("Committee", "کمیته"),
    BodyKind.STEERING_COUNCIL: ("Steering council", "شورای راهبری"),
    ActionStatus.OPEN: ("Open", "باز"),
    ActionStatus.IN_PROGRESS: ("In progress", "در حال انجام"),
    ActionStatus.DONE: ("Done", "انجام‌شده"),
    ActionStatus.CANCELLED: ("Cancelled", "لغوشده"),
    LetterDirection.INCOMING: ("Incoming", "وارده"),
    LetterDirection.OUTGOING: ("Outgoing", "صادره"),
    LetterDirection.INTERNAL: ("Internal", "داخلی"),
    EventKind.VISIT: ("Visit", "بازدید"),
    EventKind.INNOVATION_CAMP: ("Innovation camp", "کمپ نوآوری"),
    EventKind.EXHIBITION: ("Exhibition", "نمایشگاه"),
    EventKind.CEREMONY: ("Ceremony", "مراسم"),
    EventKind.AWARD: ("Award", "جایزه"),
    EventKind.MEETING: ("Meeting", "نشست"),
    EventKind.OTHER: ("Other", "سایر"),
}


def label(member: enum.Enum | None, language: str | None = None) -> str:
    """The shown name of an enum member in *language* (default: the current language)."""
    if member is None:
        return ""
    en, fa = _LABELS.get(member, (str(member.value), str(member.value)))
    return fa if (language or i18n.language()) == "fa" else en


def choices(enum_class: type[enum.Enum], language: str | None = None) -> list[tuple[enum.Enum, str]]:
    """Every member of *enum_class* with its shown name, in declaration order."""
    return [(m, label(m, language)) for m in enum_class]
