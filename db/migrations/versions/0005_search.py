"""The partner search index, cheaper to fill on SQLite and present on PostgreSQL.

SQLite: ``partners_fts`` keeps prefix indexes for 2- and 3-letter prefixes only (was
``1 2 3 4``). Filling it for 100,000 partners is about a fifth cheaper and the index a
third smaller; a 1- or 4-letter prefix is answered from the term index instead (measured
on 100,000 partners: under 20 ms for the broadest one-letter query). The matches are the
same: the index holds the same terms, only its shortcuts change.

PostgreSQL: a GIN index over the *keys* of ``partners.search_text`` — the text is already
a space-separated list of match keys, so ``array_to_tsvector`` takes them verbatim as
lexemes (no parser, no dictionary: letter forms, ZWNJ and digit scripts were folded when
the keys were made) and a word-prefix query ``'key':*`` is answered from the index. The
search keeps its ``search_text LIKE '% key%'`` conditions beside it as the final word, so
the matches are exactly the scan's; PostgreSQL keeps the index in the row's own
transaction, so no committed partner can be missed. Core functions only: no extension.
(A ``pg_trgm`` index was measured first: it answers the LIKE itself, but filling it for
100,000 partners took 2.4x as long as this one, on ~8x as many index entries.)

Revision ID: 0005_search
Revises: 0003
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_search"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The prefix lengths ``partners_fts`` keeps after this migration, and before it.
PREFIXES = "2 3"
PREVIOUS_PREFIXES = "1 2 3 4"
KEYS_INDEX = "ix_partners_search_keys"
#: The lexemes of a partner: its search_text's keys (kept in step with
#: desktop_app.domain.search_index.SEARCH_KEYS_SQL, which the query uses).
SEARCH_KEYS_SQL = "array_to_tsvector(array_remove(string_to_array(btrim(search_text), ' '), ''))"
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
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _replace_fts(PREFIXES)
    elif conn.dialect.name == "postgresql":
        op.execute(f"CREATE INDEX IF NOT EXISTS {KEYS_INDEX} ON partners USING gin (({SEARCH_KEYS_SQL}))")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _replace_fts(PREVIOUS_PREFIXES)
    elif conn.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {KEYS_INDEX}")
