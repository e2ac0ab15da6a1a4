"""The office sync's own tables: this register's site, record heads, peers, conflicts, held packages.

The change log itself is the audit trail (:class:`~db.models.AuditEntry` with its sync
columns); these tables hold what the log alone cannot answer quickly:

- :class:`SyncSite` — one row: this register's site UUID, the office register id it belongs
  to, the last sequence number and hybrid logical clock it handed out, and which file it
  lives in (so a copied register file is noticed).
- :class:`SyncHead` — one row per synced record (live or not): for every field the change
  that last set it (the common ancestor of a three-way merge), and whether the record was
  deleted (a tombstone) or merged into another.
- :class:`SyncPeer` — per peer, the version vector we know it has and when we last synced.
- :class:`SyncConflict` — conflicts and possible-duplicate tasks, kept until resolved.
- :class:`SyncHeld` — change packages put aside (missing prerequisites, newer schema).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import utcnow


class SyncSite(Base):
    """This register as a sync site (exactly one row, ``id = 1``)."""

    __tablename__ = "sync_site"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str] = mapped_column(String(36), nullable=False)
    register_id: Mapped[str] = mapped_column(String(36), nullable=False)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hlc: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    #: The SQLite file this row was last written in (device, inode, path); None on a server.
    file_identity: Mapped[str | None] = mapped_column(String(600))
    #: Set when the row turned up in another file (a copy): the last sequence number then.
    copied_at_seq: Mapped[int | None] = mapped_column(Integer)


class SyncHead(Base):
    """The current lineage of one synced record: per field the change that set it last."""

    __tablename__ = "sync_heads"

    entity_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False, default="live")
    merged_into: Mapped[str | None] = mapped_column(String(36))
    heads: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class SyncPeer(Base):
    """Another site this register has synced with: what we know it has, and when."""

    __tablename__ = "sync_peers"

    site: Mapped[str] = mapped_column(String(36), primary_key=True)
    target: Mapped[str] = mapped_column(Text, nullable=False, default="")
    vector: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column()


class SyncConflict(Base):
    """A conflict (same field changed differently, delete against edit, merge) or a task.

    ``kind`` is ``field``, ``delete``, ``merge``, ``clash`` (a unique value already taken),
    ``missing`` (a change aimed at a record this register never had) or ``duplicate``
    (a possible duplicate partner). ``base``/``mine``/``theirs`` are JSON objects with the
    value and, where known, the change, person and time behind it.
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    base: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    mine: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolution: Mapped[str] = mapped_column(String(20), nullable=False, default="")


class SyncHeld(Base):
    """A change package kept aside, with why (missing changes, newer schema)."""

    __tablename__ = "sync_held"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    package_sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    package: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
