"""What an operation changed, so that views refresh from it instead of polling."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Ids created, updated and deleted per entity (table name, e.g. ``"partners"``)."""

    created: dict[str, frozenset[int]] = field(default_factory=dict)
    updated: dict[str, frozenset[int]] = field(default_factory=dict)
    deleted: dict[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, *, created: Mapping[str, Iterable[int]] | None = None,
           updated: Mapping[str, Iterable[int]] | None = None,
           deleted: Mapping[str, Iterable[int]] | None = None) -> Changes:
        """Build from any iterables of ids."""
        def freeze(d: Mapping[str, Iterable[int]] | None) -> dict[str, frozenset[int]]:
            return {k: frozenset(v) for k, v in (d or {}).items() if v}
        return cls(freeze(created), freeze(updated), freeze(deleted))

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
        return Changes(join(self.created, other.created), join(self.updated, other.updated),
                       join(self.deleted, other.deleted))

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """An operation's value (e.g. the saved record's id) and what it changed."""

    value: T
    changes: Changes
