"""What Alembic's autogenerate should leave alone: objects the models do not describe.

The SQLite full-text index (``partners_fts`` and its shadow tables, migration 0003) is
created by hand-written SQL; comparing the models with the database must not propose
dropping it.
"""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """False for the full-text index's tables, True for everything else."""
    return not (type_ == "table" and name is not None and name.startswith("partners_fts"))
