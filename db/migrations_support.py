"""What Alembic's autogenerate should leave alone: objects the models do not describe.

The SQLite full-text index (``partners_fts`` and its shadow tables, migration 0003) is
created by hand-written SQL, and so is PostgreSQL's GIN index over the partners' match keys
(``ix_partners_search_keys``, migration 0007); comparing the models with the database must
not propose dropping them.
"""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """False for the full-text index's tables and the keys index, True for everything else."""
    if type_ == "index" and name in HAND_WRITTEN_INDEXES:
        return False
    return not (type_ == "table" and name is not None and name.startswith("partners_fts"))


#: Indexes created by hand-written SQL (expression indexes the models cannot declare).
HAND_WRITTEN_INDEXES = frozenset({"ix_partners_search_keys"})
