"""Errors the domain layer raises for the user's mistakes; the UI decides how to show them.

Storage problems (locked, full, damaged, concurrent edit) are :mod:`db.errors` types; they
are re-exported here so callers need one import.
"""

from __future__ import annotations

from db.errors import ConflictError, StorageError


class DomainError(Exception):
    """A request the register refuses for a reason the user can act on (a complete sentence)."""


class ValidationError(DomainError):
    """One or more fields are invalid; ``errors`` maps each field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""


__all__ = ["ConflictError", "DomainError", "NotFoundError", "StorageError", "ValidationError"]
