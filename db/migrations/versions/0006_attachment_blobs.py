"""Attachment files kept in a server register: one row per content hash.

On PostgreSQL the attachment files live with the register (bytea, by SHA-256) so that a
colleague on another laptop can open them and a ``pg_dump`` carries them. SQLite registers
keep files in their folder; the table stays empty there.

Revision ID: 0006_attachment_blobs
Revises: 0005_search
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_attachment_blobs"
down_revision: str | Sequence[str] | None = "0005_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``attachment_blobs``."""
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )


def downgrade() -> None:
    """Drop ``attachment_blobs``."""
    op.drop_table("attachment_blobs")
