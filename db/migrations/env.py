"""Alembic environment for Peyvand: runs on the connection the caller hands over.

Batch mode is on for SQLite (its ALTER TABLE is limited) and the metadata carries a
constraint naming convention, so later migrations can name what they change.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from db.migrations_support import include_name
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    """Migrate on ``config.attributes['connection']`` (or a URL, for developers' autogenerate)."""
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no connection or sqlalchemy.url given to the migrations")
        engine = create_engine(url)
        with engine.begin() as conn:
            _configure_and_run(conn)
        engine.dispose()
        return
    _configure_and_run(connection)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
