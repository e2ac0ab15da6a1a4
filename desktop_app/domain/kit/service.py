"""The one service base: get, version-checked save, delete with its plan, usage, count,
choices and chunked rows for any declared :class:`~desktop_app.domain.kit.entity.Entity`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.database import Database
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.kit.entity import Entity
from desktop_app.domain.kit.operation import chunks, operation
from desktop_app.domain.records import Cascade, KeyCache, set_if_changed, sort_ids
from desktop_app.domain.text import field_errors, normalize_text


class FormLike(Protocol):
    """What every record form has: its id and the version it was loaded at."""

    id: int | None
    version: int | None


@dataclass
class VersionedForm:
    """The fields every record form starts with: the record's id and the version the form
    was loaded at (both ``None`` for a new record)."""

    id: int | None = None
    version: int | None = None


F = TypeVar("F", bound=FormLike)
R = TypeVar("R")


class Linked(dict[str, Any]):
    """The records a form links to, by field; those the record already held are read
    only when asked for (``linked.get("body_id")``). :attr:`current` is the record being
    updated (``None`` for a new one)."""

    def __init__(self, s: Session, current: Any) -> None:
        super().__init__()
        self.session = s
        self.current = current
        self._later: dict[str, tuple[type[Any], Any]] = {}

    def later(self, name: str, model: type[Any], record_id: Any) -> None:
        """Note a link to read on first use."""
        self._later[name] = (model, record_id)

    def _load(self, name: str) -> None:
        pending = self._later.pop(name, None)
        if pending is not None:
            self[name] = self.session.get(*pending)

    def __getitem__(self, name: str) -> Any:
        self._load(name)
        return super().__getitem__(name)

    def get(self, name: str, default: Any = None) -> Any:
        """The linked record of *name* (read now if it was left for later)."""
        self._load(name)
        return super().get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self._later or super().__contains__(name)


class RecordService(Generic[F]):
    """Use cases every kind of record shares. A subclass sets :attr:`kind` and :attr:`form`
    and adds its own rules (:meth:`rules`, :meth:`settle`, :meth:`check`) and its rows."""

    kind: ClassVar[Entity]
    form: ClassVar[type[Any]]

    def __init__(self, db: Database) -> None:
        self.db = db
        self._keys = KeyCache(self.kind.search) if self.kind.search is not None else None

    @property
    def entity(self) -> str:
        """The entity name on the change bus (the table name)."""
        return self.kind.table

    # ------------------------------------------------------------------ reading

    def get(self, record_id: int) -> F:
        """The record as its form edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            obj = s.get(self.kind.model, record_id)
            if obj is None:
                raise NotFoundError(self.kind.gone())
            return self.form_of(obj)

    def form_of(self, obj: Any) -> F:
        """The form of a loaded record (the declared fields; override for child rows)."""
        form: F = self.form(id=obj.id, version=obj.version,
                            **{name: getattr(obj, name) for name in self.kind.fields})
        return form

    def count(self) -> int:
        """How many records of this kind the register holds."""
        model = self.kind.model
        with self.db.reading() as s:
            return s.scalar(select(func.count(model.id))) or 0

    def choices(self) -> list[tuple[int, str]]:
        """Every record as (id, label) for a link picker, in :meth:`choice_order`."""
        with self.db.reading() as s:
            return self.choice_list(s)

    def choice_list(self, s: Session) -> list[tuple[int, str]]:
        """The picker list inside an open session (override to label records)."""
        return [(i, str(i)) for i in s.scalars(select(self.kind.model.id)
                                               .order_by(self.kind.model.id))]

    def chunked_rows(self, ids: Sequence[int],
                     fetch: Callable[[Session, list[int]], Iterable[tuple[int, R]]]) -> dict[int, R]:
        """``{id: row}`` for *ids*, *fetch* called in one reading session per chunk of ids
        (missing ids are simply absent)."""
        out: dict[int, R] = {}
        if not ids:
            return out
        with self.db.reading() as s:
            for chunk in chunks(ids):
                out.update(fetch(s, chunk))
        return out

    def search(self, s: Session, rows: Sequence[Sequence[Any]], text: str,
               extra: Callable[[int, str], bool] | None = None) -> set[int]:
        """The ids of *rows* (``(id, version, …)``) whose search texts match *text*."""
        if self._keys is None:
            return {r[0] for r in rows}
        return self._keys.filter(s, [(r[0], r[1]) for r in rows], text, extra)

    def sorted_ids(self, pairs: Iterable[tuple[int, Any]], sort: str, descending: bool) -> list[int]:
        """Ids ordered by their sort value (text sorts in Persian alphabetical order)."""
        return sort_ids(pairs, descending, text=sort in self.kind.text_sorts)

    def sort_column(self, sort: str, default: str) -> Any:
        """The declared column for the sort key *sort* (or for *default*)."""
        return self.kind.sort.get(sort, self.kind.sort[default])

    # ------------------------------------------------------------------ validating

    def validate(self, form: F) -> F:
        """*form* normalised (text fields tidied, the entity's own rules applied); raises
        :class:`ValidationError` naming each bad field."""
        f = replace(form)  # type: ignore[type-var]
        for name in self.kind.texts:
            setattr(f, name, normalize_text(getattr(f, name)))
        errors = self.rules(f)
        errors = {**field_errors(self.kind.table, vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        self.settle(f)
        return f

    def rules(self, f: F) -> dict[str, str]:
        """The entity's own field rules: field → message (may normalise *f* in place)."""
        return {}

    def settle(self, f: F) -> None:
        """Make a valid form consistent (e.g. derived fields), in place."""

    def check(self, s: Session, f: F, linked: dict[str, Any]) -> dict[str, str]:
        """Rules needing the database (clashes, values taken from a linked record), in the
        save's unit of work; *linked* maps each declared link field to its record."""
        return {}

    # ------------------------------------------------------------------ writing

    def save(self, form: F) -> OpResult[int]:
        """Create or update a record from *form*; returns its id and what the save wrote."""
        return self.store(self.validate(form))

    def save_form(self, form: F) -> OpResult[F]:
        """Like :meth:`save`, but returns the saved record as its form (new id and version,
        the values as stored), read from the unit of work itself: a form that shows the
        saved record needs no second reading."""
        result: OpResult[F] = self.store(self.validate(form), as_form=True)
        return result

    def store(self, f: F, *, as_form: bool = False) -> OpResult[Any]:
        """Write a validated form in one operation (links checked, version checked); the
        value is the record's id, or its form when *as_form*.

        An update loads the record first and checks only the links the form changed: a
        link the record already holds exists (the foreign key says so), and on the office
        server every statement saved is a round trip.
        """
        with operation(self.db) as op:
            s = op.session
            if f.id is None:
                linked = self.verify(s, f, None)
                obj = self.load_for_update(s, None, None)
            else:
                obj = self.load_for_update(s, f.id, f.version)
                linked = self.verify(s, f, obj)
            self.apply(s, obj, f, linked)
            s.flush()
            op.value = self.form_of(obj) if as_form else obj.id
        return op.result()

    def verify(self, s: Session, f: F, current: Any = None) -> dict[str, Any]:
        """Check the declared links and :meth:`check` in *s*; the linked records by field,
        or :class:`ValidationError` naming every field whose record is gone or refused.

        A link that *current* (the record being updated) already holds is not read unless
        :meth:`check` asks for it."""
        errors: dict[str, str] = {}
        linked = Linked(s, current)
        for link in self.kind.links:
            value = getattr(f, link.field)
            if value is None:
                continue
            if current is not None and getattr(current, link.field) == value:
                linked.later(link.field, link.model, value)
                continue
            found = s.get(link.model, value)
            if found is None:
                errors[link.field] = link.gone.text()
            linked[link.field] = found
        errors.update(self.check(s, f, linked))
        if errors:
            raise ValidationError(errors)
        return linked

    def load_for_update(self, s: Session, record_id: int | None, version: int | None) -> Any:
        """A new record (added to *s*) or the one to update; :class:`ConflictError` when it
        was deleted or changed since the form loaded it (its version no longer *version*)."""
        if record_id is None:
            obj = self.kind.model()
            s.add(obj)
            return obj
        found = s.get(self.kind.model, record_id)
        if found is None:
            raise ConflictError(self.kind.deleted_elsewhere())
        if version is not None and found.version != version:
            raise ConflictError(self.kind.changed_elsewhere())
        return found

    def apply(self, s: Session, obj: Any, f: F, linked: dict[str, Any]) -> None:
        """Copy the form onto the record (only what differs; override for child rows);
        *linked* is what :meth:`check` found (declared links and the entity's own)."""
        set_if_changed(obj, {name: getattr(f, name) for name in self.kind.fields})

    # ------------------------------------------------------------------ deleting

    def plan(self, s: Session, record_id: int, *, dry: bool) -> Cascade:
        """What a delete of *record_id* removes and unlinks (carried out unless *dry*)."""
        c = Cascade(dry=dry)
        if self.kind.cascade is not None:
            self.kind.cascade(s, c, record_id)
        obj = s.get(self.kind.model, record_id)
        if obj is not None and record_id not in c.deleted.get(self.kind.table, set()):
            c.delete(s, [obj])
        return c

    def usage(self, record_id: int) -> dict[str, int]:
        """What a delete would take with it (by table) and unlink (``"-"``-prefixed)."""
        with self.db.reading() as s:
            counts = self.plan(s, record_id, dry=True).counts()
        counts.pop(self.kind.table, None)
        return counts

    def delete(self, record_id: int) -> Changes:
        """Delete the record with what its plan removes; returns what the delete wrote."""
        with operation(self.db) as op:
            s = op.session
            if s.get(self.kind.model, record_id) is not None:
                self.plan(s, record_id, dry=False)
        return op.changes


__all__ = ["RecordService"]
