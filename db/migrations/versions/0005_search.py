"""The partner search index on SQLite, cheaper to fill (PostgreSQL: unchanged, see below).

SQLite: ``partners_fts`` keeps prefix indexes for 2- and 3-letter prefixes only (was
``1 2 3 4``). Filling it for 100,000 partners is about a fifth cheaper and the index a
third smaller; a 1- or 4-letter prefix is answered from the term index instead (measured
on 100,000 partners: under 20 ms for the broadest one-letter query). The matches are the
same: the index holds the same terms, only its shortcuts change.

PostgreSQL keeps the ``search_text LIKE '% key%'`` scan: nothing changes there. A GIN
index over the keys of search_text (``array_to_tsvector``) and a ``pg_trgm`` index were
both built and measured on 100,000 partners; neither made a keystroke's first page faster
than the scan walking the name index (medians 49-60 ms against 34-36 ms in the same
minutes), and both made a 100,000-row import slower (index fill 8.0 s and 19.2 s).

Revision ID: 0005_search
Revises: 0004_sync
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_search"
down_revision: str | Sequence[str] | None = "0004_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The prefix lengths ``partners_fts`` keeps after this migration, and before it.
PREFIXES = "2 3"
PREVIOUS_PREFIXES = "1 2 3 4"
TRIGGERS = ("partners_fts_insert", "partners_fts_delete", "partners_fts_update")


def fts_statements(prefixes: str) -> list[str]:
    """The full-text table over ``partners.search_text`` with *prefixes*, its three
    triggers (as migration 0003 wrote them) and its filling from the partners there."""
    return [
        "CREATE VIRTUAL TABLE partners_fts USING fts5("
        f"search_text, content='partners', content_rowid='id', prefix='{prefixes}', "
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


def _replace_fts(prefixes: str) -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS partners_fts")
    for statement in fts_statements(prefixes):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _replace_fts(PREFIXES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _replace_fts(PREVIOUS_PREFIXES)
