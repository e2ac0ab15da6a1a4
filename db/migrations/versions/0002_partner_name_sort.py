"""Partners get a Persian sort key, so lists order پ چ ژ گ the Persian way in SQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_sort", sa.String(length=360), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_partners_name_sort"), ["name_sort"], unique=False)
    # Fill the key for the partners already there (the function is the application's own,
    # so the stored key is exactly what new saves will write).
    from desktop_app.domain.text import sort_key

    conn = op.get_bind()
    partners = sa.table("partners", sa.column("id", sa.Integer), sa.column("name", sa.String),
                        sa.column("name_sort", sa.String))
    rows = conn.execute(sa.select(partners.c.id, partners.c.name)).all()
    for start in range(0, len(rows), 1000):
        chunk = rows[start:start + 1000]
        conn.execute(
            partners.update().where(partners.c.id == sa.bindparam("pid"))
            .values(name_sort=sa.bindparam("key")),
            [{"pid": r.id, "key": sort_key(r.name)} for r in chunk],
        )


def downgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_name_sort"))
        batch_op.drop_column("name_sort")
