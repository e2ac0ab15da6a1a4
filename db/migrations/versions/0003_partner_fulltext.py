"""SQLite: a full-text prefix index over partners.search_text (FTS5), kept by triggers.

Search-as-you-type on 100,000 partners scanned ``search_text LIKE '% key%'`` row by row
(about 300 ms a keystroke). FTS5 with prefix indexes answers the same word-prefix
question from an index. Triggers keep it in step with every write (the window, the
command line and the importer's bulk inserts alike). PostgreSQL keeps the LIKE search.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATEMENTS = [
    "CREATE VIRTUAL TABLE partners_fts USING fts5("
    "search_text, content='partners', content_rowid='id', prefix='1 2 3 4', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners BEGIN "
    "INSERT INTO partners_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners BEGIN "
    "INSERT INTO partners_fts(partners_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER partners_fts_update AFTER UPDATE OF search_text ON partners BEGIN "
    "INSERT INTO partners_fts(partners_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO partners_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO partners_fts(partners_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("partners_fts_insert", "partners_fts_delete", "partners_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS partners_fts")
