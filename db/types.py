"""Column types shared by the models: UTC timestamps and string-backed enums."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, String, TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and always handed back timezone-aware (UTC).

    SQLite has no time zones; PostgreSQL would convert to the session's zone. Storing naive
    UTC on both keeps one meaning everywhere.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs a timezone-aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def str_enum(enum_class: type[enum.Enum], length: int = 24) -> Enum:
    """An enum column that stores the members' values as plain strings (no native type).

    Plain strings keep SQLite and PostgreSQL alike and let a later version add members
    without an ``ALTER TYPE``.
    """
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    """Now, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


__all__ = ["String", "UTCDateTime", "str_enum", "utcnow"]
