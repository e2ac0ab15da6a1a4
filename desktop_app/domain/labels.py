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
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, Message

_LABELS: dict[enum.Enum, Message] = {
    PartnerKind.PARK: QT_TRANSLATE_NOOP("domain.labels", "Science & technology park"),
    PartnerKind.COMPANY: QT_TRANSLATE_NOOP("domain.labels", "Technology company"),
    PartnerKind.KNOWLEDGE_BASED: QT_TRANSLATE_NOOP("domain.labels", "Knowledge-based company"),
    PartnerKind.UNIVERSITY: QT_TRANSLATE_NOOP("domain.labels", "University"),
    PartnerKind.RESEARCH_INSTITUTE: QT_TRANSLATE_NOOP("domain.labels", "Research institute"),
    PartnerKind.INDUSTRIAL: QT_TRANSLATE_NOOP("domain.labels", "Industrial company"),
    PartnerKind.CLUSTER: QT_TRANSLATE_NOOP("domain.labels", "Industrial cluster"),
    PartnerKind.GOVERNMENT: QT_TRANSLATE_NOOP("domain.labels", "Government body"),
    PartnerKind.HOLDING: QT_TRANSLATE_NOOP("domain.labels", "Holding"),
    PartnerKind.TRADE_TOWN: QT_TRANSLATE_NOOP("domain.labels", "Trade town"),
    PartnerKind.ASSOCIATION: QT_TRANSLATE_NOOP("domain.labels", "Association"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("domain.labels", "Other"),
    Origin.DOMESTIC: QT_TRANSLATE_NOOP("domain.labels", "Domestic"),
    Origin.FOREIGN: QT_TRANSLATE_NOOP("domain.labels", "Foreign"),
    HubStatus.PLANNED: QT_TRANSLATE_NOOP("domain.labels", "Planned"),
    HubStatus.ACTIVE: QT_TRANSLATE_NOOP("domain.labels", "Active"),
    HubStatus.SUSPENDED: QT_TRANSLATE_NOOP("domain.labels", "Suspended"),
    HubStatus.CLOSED: QT_TRANSLATE_NOOP("domain.labels", "Closed"),
    WorkStatus.NOT_STARTED: QT_TRANSLATE_NOOP("domain.labels", "Not started"),
    WorkStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("domain.labels", "In progress"),
    WorkStatus.DONE: QT_TRANSLATE_NOOP("domain.labels", "Done"),
    WorkStatus.ON_HOLD: QT_TRANSLATE_NOOP("domain.labels", "On hold"),
    MoUStatus.DRAFT: QT_TRANSLATE_NOOP("domain.labels", "Draft"),
    MoUStatus.NEGOTIATING: QT_TRANSLATE_NOOP("domain.labels", "Under negotiation"),
    MoUStatus.SIGNED: QT_TRANSLATE_NOOP("domain.labels", "Signed"),
    MoUStatus.ACTIVE: QT_TRANSLATE_NOOP("domain.labels", "Active"),
    MoUStatus.EXPIRED: QT_TRANSLATE_NOOP("domain.labels", "Expired"),
    MoUStatus.TERMINATED: QT_TRANSLATE_NOOP("domain.labels", "Terminated"),
    MoUStatus.RENEWED: QT_TRANSLATE_NOOP("domain.labels", "Renewed"),
    BodyKind.WORKING_GROUP: QT_TRANSLATE_NOOP("domain.labels", "Working group"),
    BodyKind.COMMITTEE: QT_TRANSLATE_NOOP("domain.labels", "Committee"),
    BodyKind.STEERING_COUNCIL: QT_TRANSLATE_NOOP("domain.labels", "Steering council"),
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("domain.labels", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("domain.labels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("domain.labels", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("domain.labels", "Cancelled"),
    LetterDirection.INCOMING: QT_TRANSLATE_NOOP("domain.labels", "Incoming"),
    LetterDirection.OUTGOING: QT_TRANSLATE_NOOP("domain.labels", "Outgoing"),
    LetterDirection.INTERNAL: QT_TRANSLATE_NOOP("domain.labels", "Internal"),
    EventKind.VISIT: QT_TRANSLATE_NOOP("domain.labels", "Visit"),
    EventKind.INNOVATION_CAMP: QT_TRANSLATE_NOOP("domain.labels", "Innovation camp"),
    EventKind.EXHIBITION: QT_TRANSLATE_NOOP("domain.labels", "Exhibition"),
    EventKind.CEREMONY: QT_TRANSLATE_NOOP("domain.labels", "Ceremony"),
    EventKind.AWARD: QT_TRANSLATE_NOOP("domain.labels", "Award"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("domain.labels", "Meeting"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("domain.labels", "Other"),
}


def label(member: enum.Enum | None, language: str | None = None) -> str:
    """The shown name of an enum member in *language* (default: the current language)."""
    if member is None:
        return ""
    name = _LABELS.get(member)
    return name.text(language) if name is not None else str(member.value)


def choices(enum_class: type[enum.Enum], language: str | None = None) -> list[tuple[enum.Enum, str]]:
    """Every member of *enum_class* with its shown name, in declaration order."""
    return [(m, label(m, language)) for m in enum_class]
