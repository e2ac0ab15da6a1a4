"""What an operation changed, so that views refresh from it instead of polling."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from db.audit import AuditNote, WriteSet

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Ids created, updated and deleted per entity (table name, e.g. ``"partners"``)."""

    created: dict[str, frozenset[int]] = field(default_factory=dict)
    updated: dict[str, frozenset[int]] = field(default_factory=dict)
    deleted: dict[str, frozenset[int]] = field(default_factory=dict)
    #: The audit entries the work wrote, when its unit of work knows them all; ``None`` for
    #: changes built by hand (who needs the entries then reads them from the trail).
    entries: tuple[AuditNote, ...] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, *, created: Mapping[str, Iterable[int]] | None = None,
           updated: Mapping[str, Iterable[int]] | None = None,
           deleted: Mapping[str, Iterable[int]] | None = None) -> Changes:
        """Build from any iterables of ids."""
        def freeze(d: Mapping[str, Iterable[int]] | None) -> dict[str, frozenset[int]]:
            return {k: frozenset(v) for k, v in (d or {}).items() if v}
        return cls(freeze(created), freeze(updated), freeze(deleted))

    @classmethod
    def from_writes(cls, written: WriteSet | None) -> Changes:
        """What a unit of work wrote (the audit hook's :class:`~db.audit.WriteSet`), as the
        operation's changes: the one converter. A row created and deleted in the same work
        never existed for anyone else and is left out; a created or deleted row is not also
        reported as updated."""
        if written is None:
            return cls(entries=())
        created = {k: set(v) for k, v in written.created.items()}
        deleted = {k: set(v) for k, v in written.deleted.items()}
        for table, ids in list(deleted.items()):
            born = created.get(table, set()) & ids
            if born:
                created[table] -= born
                ids -= born
        updated = {k: set(v) - created.get(k, set()) - deleted.get(k, set())
                   for k, v in written.updated.items()}
        found = cls.of(created=created, updated=updated, deleted=deleted)
        entries = tuple(written.entries) if written.complete else None
        return cls(found.created, found.updated, found.deleted, entries)

    def entities(self) -> frozenset[str]:
        """Every entity touched."""
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, entity: str) -> bool:
        """True when *entity* had anything created, updated or deleted."""
        return entity in self.entities()

    def __or__(self, other: Changes) -> Changes:
        def join(a: dict[str, frozenset[int]], b: dict[str, frozenset[int]]) -> dict[str, frozenset[int]]:
            out = dict(a)
            for k, v in b.items():
                out[k] = out.get(k, frozenset()) | v
            return out
        entries = (None if self.entries is None or other.entries is None
                   else self.entries + other.entries)
        return Changes(join(self.created, other.created), join(self.updated, other.updated),
                       join(self.deleted, other.deleted), entries)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """An operation's value (e.g. the saved record's id) and what it changed."""

    value: T
    changes: Changes
