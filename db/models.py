"""The office's register as SQLAlchemy 2 declarative classes.

Every record has an integer key (for joins), a stable UUID (for exports, merges and links
that outlive a database), UTC created/updated timestamps and a version counter that
SQLAlchemy checks on every UPDATE (``version_id_col``), so a concurrent edit is detected
instead of silently overwritten. Dates are ISO Gregorian; the UI shows them as Jalali.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)

from db.types import UTCDateTime, str_enum, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """The declarative base; its metadata carries the constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}  # noqa: RUF012 - SQLAlchemy reads it


class Record:
    """Columns every register record has: key, UUID, timestamps and the version counter."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(
        String(36), unique=True, default=lambda: str(uuid.uuid4()), nullable=False
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


# --------------------------------------------------------------------------- enums


class PartnerKind(enum.StrEnum):
    """What kind of organisation a partner is."""

    PARK = "park"
    COMPANY = "company"
    KNOWLEDGE_BASED = "knowledge_based"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    INDUSTRIAL = "industrial"
    CLUSTER = "cluster"
    GOVERNMENT = "government"
    HOLDING = "holding"
    TRADE_TOWN = "trade_town"
    ASSOCIATION = "association"
    OTHER = "other"


class Origin(enum.StrEnum):
    """Whether a partner is Iranian (domestic) or from abroad (foreign)."""

    DOMESTIC = "domestic"
    FOREIGN = "foreign"


class HubStatus(enum.StrEnum):
    """Where a country hub stands."""

    PLANNED = "planned"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class WorkStatus(enum.StrEnum):
    """Progress state of a hub mission."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ON_HOLD = "on_hold"


class MoUStatus(enum.StrEnum):
    """The life of an MoU: draft → negotiating → signed → active → expired/terminated/renewed."""

    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"


class BodyKind(enum.StrEnum):
    """Bodies formed to carry an MoU or a hub out."""

    WORKING_GROUP = "working_group"
    COMMITTEE = "committee"
    STEERING_COUNCIL = "steering_council"


class ActionStatus(enum.StrEnum):
    """State of an action item."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class LetterDirection(enum.StrEnum):
    """Whether the office received or sent a letter (or it passed between others)."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"


class EventKind(enum.StrEnum):
    """Kinds of events the office records."""

    VISIT = "visit"
    INNOVATION_CAMP = "innovation_camp"
    EXHIBITION = "exhibition"
    CEREMONY = "ceremony"
    AWARD = "award"
    MEETING = "meeting"
    OTHER = "other"


# --------------------------------------------------------------------------- reference


class Country(Base):
    """An ISO 3166-1 country (reference data loaded from ``resources/data/countries.csv``)."""

    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    alpha3: Mapped[str] = mapped_column(String(3), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    name_fa: Mapped[str] = mapped_column(String(100), nullable=False)


partner_tags = Table(
    "partner_tags",
    Base.metadata,
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

event_partners = Table(
    "event_partners",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    """A free label officers put on partners (e.g. "نفت و گاز", "Fan-Bazar 1404")."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)


# --------------------------------------------------------------------------- partners


class Partner(Record, Base):
    """A partner organisation: park, company, university, cluster, ministry …; domestic or foreign."""

    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    kind: Mapped[PartnerKind] = mapped_column(
        str_enum(PartnerKind), nullable=False, default=PartnerKind.OTHER
    )
    sector: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    origin: Mapped[Origin] = mapped_column(str_enum(Origin), nullable=False, default=Origin.DOMESTIC)
    country_code: Mapped[str | None] = mapped_column(
        ForeignKey("countries.code", ondelete="RESTRICT"), index=True
    )
    city: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    website: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Derived columns, kept by the service layer, for search and duplicate detection.
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, default="", index=True)
    name_sort: Mapped[str] = mapped_column(String(360), nullable=False, default="", index=True)
    name_en_key: Mapped[str] = mapped_column(String(300), nullable=False, default="", index=True)
    web_domain: Mapped[str] = mapped_column(String(253), nullable=False, default="", index=True)
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    country: Mapped[Country | None] = relationship(lazy="joined")
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Contact.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=partner_tags, order_by="Tag.name")


class Contact(Record, Base):
    """A person at a partner organisation (رابط)."""

    __tablename__ = "contacts"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True, nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")


# --------------------------------------------------------------------------- hubs


class Hub(Record, Base):
    """A park designated as the national hub for technology interactions with one country."""

    __tablename__ = "hubs"

    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    host_partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    country_code: Mapped[str] = mapped_column(
        ForeignKey("countries.code", ondelete="RESTRICT"), index=True, nullable=False
    )
    designated_by: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    launch_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[HubStatus] = mapped_column(
        str_enum(HubStatus), nullable=False, default=HubStatus.ACTIVE
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    host: Mapped[Partner] = relationship(lazy="joined")
    country: Mapped[Country] = relationship(lazy="joined")
    missions: Mapped[list[HubMission]] = relationship(
        back_populates="hub", cascade="all, delete-orphan", order_by="HubMission.position"
    )


class HubMission(Record, Base):
    """One mission of a hub (e.g. a technology & innovation desk), with its progress."""

    __tablename__ = "hub_missions"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    hub_id: Mapped[int] = mapped_column(
        ForeignKey("hubs.id", ondelete="CASCADE"), index=True, nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[WorkStatus] = mapped_column(
        str_enum(WorkStatus), nullable=False, default=WorkStatus.NOT_STARTED
    )

    hub: Mapped[Hub] = relationship(back_populates="missions")


# --------------------------------------------------------------------------- MoUs


class MoU(Record, Base):
    """A memorandum of understanding (تفاهم‌نامه) with its parties and cooperation axes."""

    __tablename__ = "mous"

    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    objectives: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    signed_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    renewal_terms: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[MoUStatus] = mapped_column(
        str_enum(MoUStatus), nullable=False, default=MoUStatus.DRAFT, index=True
    )
    renews_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="SET NULL"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    parties: Mapped[list[MoUParty]] = relationship(
        back_populates="mou", cascade="all, delete-orphan", order_by="MoUParty.position"
    )
    axes: Mapped[list[CooperationAxis]] = relationship(
        back_populates="mou", cascade="all, delete-orphan", order_by="CooperationAxis.position"
    )
    renews: Mapped[MoU | None] = relationship(remote_side="MoU.id")
    hub: Mapped[Hub | None] = relationship()


class MoUParty(Record, Base):
    """A partner that is a party to an MoU, its role and who signed for it."""

    __tablename__ = "mou_parties"
    __table_args__ = (UniqueConstraint("mou_id", "partner_id", name="uq_mou_parties_mou_partner"),)

    mou_id: Mapped[int] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True, nullable=False
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signatory: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signatory_title: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    mou: Mapped[MoU] = relationship(back_populates="parties")
    partner: Mapped[Partner] = relationship(lazy="joined")


class CooperationAxis(Record, Base):
    """One cooperation axis (محور همکاری) of an MoU, in the order the text lists them."""

    __tablename__ = "cooperation_axes"

    mou_id: Mapped[int] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True, nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")

    mou: Mapped[MoU] = relationship(back_populates="axes")


# --------------------------------------------------------------------------- bodies


class Body(Record, Base):
    """A working group, committee or steering council formed to carry an MoU or hub out.

    Bodies nest: a specialised committee sits under a joint working group.
    """

    __tablename__ = "bodies"

    kind: Mapped[BodyKind] = mapped_column(str_enum(BodyKind), nullable=False)
    name: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="CASCADE"), index=True
    )
    secretariat_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    formed_on: Mapped[dt.date | None] = mapped_column(Date)

    parent: Mapped[Body | None] = relationship(remote_side="Body.id", back_populates="children")
    children: Mapped[list[Body]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="Body.id"
    )
    members: Mapped[list[BodyMember]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="BodyMember.position"
    )
    secretariat: Mapped[Partner | None] = relationship()
    mou: Mapped[MoU | None] = relationship()
    hub: Mapped[Hub | None] = relationship()


class BodyMember(Record, Base):
    """A member of a body: a person, usually on behalf of a partner."""

    __tablename__ = "body_members"

    body_id: Mapped[int] = mapped_column(
        ForeignKey("bodies.id", ondelete="CASCADE"), index=True, nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    person: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    body: Mapped[Body] = relationship(back_populates="members")
    partner: Mapped[Partner | None] = relationship()


# --------------------------------------------------------------------------- follow-up


class Meeting(Record, Base):
    """A meeting of a body (the sixth meeting of a steering council) or about an MoU or hub."""

    __tablename__ = "meetings"

    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="CASCADE"), index=True
    )
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    held_at: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    attendees: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decisions: Mapped[str] = mapped_column(Text, nullable=False, default="")

    body: Mapped[Body | None] = relationship()
    mou: Mapped[MoU | None] = relationship()
    hub: Mapped[Hub | None] = relationship()


class ActionItem(Record, Base):
    """A follow-up task created by an MoU, a hub mission or a meeting, with its progress."""

    __tablename__ = "action_items"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),)

    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus), nullable=False, default=ActionStatus.OPEN, index=True
    )
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True
    )
    mission_id: Mapped[int | None] = mapped_column(
        ForeignKey("hub_missions.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )

    mou: Mapped[MoU | None] = relationship()
    mission: Mapped[HubMission | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()


class Letter(Record, Base):
    """Official correspondence (مکاتبه / ابلاغیه) with its reference number and date."""

    __tablename__ = "letters"

    reference_number: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    dated: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    direction: Mapped[LetterDirection] = mapped_column(
        str_enum(LetterDirection), nullable=False, default=LetterDirection.INCOMING
    )
    sender: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    recipient: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(500), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="SET NULL"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="SET NULL"), index=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )

    mou: Mapped[MoU | None] = relationship()
    hub: Mapped[Hub | None] = relationship()
    body: Mapped[Body | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()


class Event(Record, Base):
    """A visit, innovation camp, exhibition, ceremony or award."""

    __tablename__ = "events"

    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    participants: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="SET NULL"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="SET NULL"), index=True
    )

    partners: Mapped[list[Partner]] = relationship(secondary=event_partners)
    mou: Mapped[MoU | None] = relationship()
    hub: Mapped[Hub | None] = relationship()


class Attachment(Record, Base):
    """A file kept with a record, stored in the managed folder under its SHA-256.

    Exactly one owner column is set. The stored file is addressed by ``sha256`` only;
    ``filename`` is the name the user knew it by, for display and "save as".
    """

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN partner_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN mou_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN hub_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN letter_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN event_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
    )

    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    description: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    mou_id: Mapped[int | None] = mapped_column(
        ForeignKey("mous.id", ondelete="CASCADE"), index=True
    )
    hub_id: Mapped[int | None] = mapped_column(
        ForeignKey("hubs.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )


# --------------------------------------------------------------------------- bookkeeping


class AuditEntry(Base):
    """One insert, update or delete of a register record: who, when, what, old and new values."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),
                      Index("ix_audit_log_site_seq", "site", "seq", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(120), nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="app")
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    entity_uuid: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    # The office sync's change log (db/audit.py, migration 0004): who wrote the change where,
    # its place in that site's gapless sequence, its clock, the changes it superseded per
    # field, the UUIDs of the records its key fields point at, and the schema it was written
    # under. Empty ``site`` marks an entry that is not a sync change (older history).
    change_uuid: Mapped[str | None] = mapped_column(String(36), unique=True)
    site: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int | None] = mapped_column(Integer)
    hlc: Mapped[int | None] = mapped_column(BigInteger)
    parents: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    refs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    schema_rev: Mapped[str | None] = mapped_column(String(40))


class ImportBatch(Record, Base):
    """One import of a partner list: the file, its hash, the mapping used and the counts."""

    __tablename__ = "import_batches"

    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    actor: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column()


class ImportChange(Base):
    """What one import did to one partner, so the batch can be undone field by field."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True, nullable=False
    )
    partner_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # created | updated
    old_values: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    new_values: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    partner_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class ImportProfile(Base):
    """A named column mapping for partner lists that keep arriving in the same shape."""

    __tablename__ = "import_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class OfficeSetting(Base):
    """Settings that belong to the office's register, not to one laptop (the park's name, logo)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Meta(Base):
    """Facts about the database itself: which Peyvand version last migrated it, and when."""

    __tablename__ = "peyvand_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


AUDITED_MODELS: tuple[type[Record], ...] = (
    Partner, Contact, Hub, HubMission, MoU, MoUParty, CooperationAxis, Body, BodyMember,
    Meeting, ActionItem, Letter, Event, Attachment, ImportBatch,
)


from db import sync_models  # noqa: E402,F401 - the sync tables share this metadata
