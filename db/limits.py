"""What a text column can hold, read once from the SQLAlchemy models, and a flush-time guard.

SQLite stores a 10,000-character name in a ``VARCHAR(300)`` and a NUL inside any text;
PostgreSQL refuses both with a raw driver error. Peyvand refuses them the same way on both,
before anything is written: the domain services check their forms with
:func:`text_limits` (``desktop_app.domain.text.field_errors``), and as a last line every ORM
flush is checked by :func:`check_object` so that no path — a form, the command line, a
future sync — can store what one of the two databases would not.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.errors import FieldValueError
from resources.translations.catalogue import language, translate

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@functools.cache
def text_limits(table_name: str) -> dict[str, int | None]:
    """Column name → maximum length (``None`` for unbounded ``Text``) of *table_name*'s text
    columns, as the models declare them."""
    from db.models import Base

    table = Base.metadata.tables[table_name]
    out: dict[str, int | None] = {}
    for column in table.columns:
        if isinstance(column.type, Text):
            out[column.name] = None
        elif isinstance(column.type, String):
            out[column.name] = column.type.length
    return out


def value_problem(value: object, limit: int | None) -> str | None:
    """``"nul"``, ``"too_long"`` or ``None`` for one value against its column's *limit*."""
    if not isinstance(value, str):
        return None
    if "\x00" in value:
        return "nul"
    if limit is not None and len(value) > limit:
        return "too_long"
    return None


def problem_message(field: str, problem: str, limit: int | None, length: int = 0) -> str:
    """The sentence (fa/en) for *problem* in *field*."""
    digits = _FA_DIGITS if language() == "fa" else {}
    shown_limit, shown_length = (str(n).translate(digits) for n in (limit, length))
    if problem == "nul":
        return translate("db.limits", "“{field}” contains a NUL character (code 0), which the "
                                      "register cannot hold.").format(field=field)
    return translate("db.limits", "“{field}” is longer than {limit} characters ({length}); "
                     "shorten it.").format(field=field, limit=shown_limit, length=shown_length)


def check_object(obj: Any) -> None:
    """Raise :class:`FieldValueError` if a text attribute of *obj* has a NUL or is too long."""
    mapper = inspect(obj).mapper
    table = mapper.local_table
    limits = text_limits(table.name) if table.name in _table_names() else {}
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if column.name not in limits:
            continue
        value = getattr(obj, attr.key, None)
        problem = value_problem(value, limits[column.name])
        if problem:
            raise FieldValueError(
                problem_message(f"{table.name}.{column.name}", problem, limits[column.name],
                                len(value) if isinstance(value, str) else 0),
                field=column.name, problem=problem,
            )


@functools.cache
def _table_names() -> frozenset[str]:
    from db.models import Base

    return frozenset(Base.metadata.tables)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        check_object(obj)


def install_field_checks(session_class: type[Session]) -> None:
    """Check every object written through sessions of *session_class* (once)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
