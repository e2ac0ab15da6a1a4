"""The sync site remembers which file it is, so a copied register file is noticed.

``sync_site.file_identity`` holds the device, inode and path of the SQLite file the site
row was last written in; ``sync_site.copied_at_seq`` is set (to the site's last sequence
number then) when the row turns up in another file — a copy, which must take its own site
id (``sync fork``) before it syncs, or the two files' changes would share numbers.

Revision ID: 0007_sync2
Revises: 0006_attachment_blobs
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_sync2"
down_revision: str | Sequence[str] | None = "0007_pg_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add ``file_identity`` and ``copied_at_seq`` to ``sync_site``."""
    with op.batch_alter_table("sync_site") as batch:
        batch.add_column(sa.Column("file_identity", sa.String(600), nullable=True))
        batch.add_column(sa.Column("copied_at_seq", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("sync_site") as batch:
        batch.drop_column("copied_at_seq")
        batch.drop_column("file_identity")
