"""The office sync: the audit trail becomes the change log; sites, heads, peers, conflicts.

``audit_log`` gains the change's UUID, site, per-site sequence, hybrid logical clock,
parents per field, the UUIDs its key fields point at and its schema revision. Entries
written before this revision are older history (``site = ''``), not sync changes; the
records they describe become changes when the register first syncs (its baseline).

Revision ID: 0004_sync
Revises: 0003
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_sync"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_uuid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("site", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hlc", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("parents", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("refs", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("schema_rev", sa.String(length=40), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_change_uuid"), ["change_uuid"])
        batch_op.create_index("ix_audit_log_site_seq", ["site", "seq"], unique=True)
    op.execute("UPDATE audit_log SET site = ''")
    op.create_table(
        "sync_site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=36), nullable=False),
        sa.Column("register_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_site")),
    )
    op.create_table(
        "sync_heads",
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("heads", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity_uuid", name=op.f("pk_sync_heads")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("site", sa.String(length=36), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("vector", sa.JSON(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("site", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("key", name=op.f("uq_sync_conflicts_key")),
    )
    op.create_index(op.f("ix_sync_conflicts_entity_uuid"), "sync_conflicts", ["entity_uuid"])
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held")),
        sa.UniqueConstraint("package_sha256", name=op.f("uq_sync_held_package_sha256")),
    )


def downgrade() -> None:
    for name in ("sync_held", "sync_conflicts", "sync_peers", "sync_heads", "sync_site"):
        op.drop_table(name)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_site_seq")
        batch_op.drop_constraint(batch_op.f("uq_audit_log_change_uuid"), type_="unique")
        for col in ("schema_rev", "refs", "parents", "hlc", "seq", "site", "change_uuid"):
            batch_op.drop_column(col)
