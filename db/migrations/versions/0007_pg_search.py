"""The partner search index on PostgreSQL: the match keys of ``search_text`` in a GIN index.

``search_text`` holds a partner's match keys, space-framed (``" key1 key2 … "``); a search
matches the partners that have, for every word typed, a key starting with that word. On
SQLite ``partners_fts`` answers it (migrations 0003, 0005). On PostgreSQL this migration
indexes the same keys, each one a lexeme as it is (``array_to_tsvector``: no parser, no
dictionary, no stemming), in a GIN index; a search asks it with a prefix query
(``'word1':* & 'word2':*``), which selects exactly the partners the ``LIKE '% word%'``
scan selected. The expression is :data:`KEYS_SQL`; the partner query writes the same one,
so the planner matches it to the index.

SQLite: nothing changes.

Revision ID: 0007_pg_search
Revises: 0006_attachment_blobs
Create Date: 2026-12-02
"""
from __future__ import annotations

from alembic import op

# The chain: this revision follows 0006 (no branches, no dependencies).
revision = "0007_pg_search"
down_revision: str | None = "0006_attachment_blobs"
branch_labels = depends_on = None

#: The keys of ``partners.search_text`` as a tsvector (kept equal to
#: ``desktop_app.domain.search_index.PG_KEYS_SQL``; a test checks it).
KEYS_SQL = "array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))"
INDEX = "ix_partners_search_keys"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON partners USING gin (({KEYS_SQL}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
