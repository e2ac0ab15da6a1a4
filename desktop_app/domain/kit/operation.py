"""A write with its changes: a unit of work whose audit hook's write set becomes the
operation's :class:`~desktop_app.domain.changes.Changes`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from db.database import Database
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.records import CHUNK, chunks


@dataclass
class Operation:
    """One write in progress: its session, then (after the commit) what it changed."""

    session: Session
    value: Any = None
    changes: Changes = field(default_factory=Changes)

    def result(self) -> OpResult[Any]:
        """The operation's value and changes, as the services return them."""
        return OpResult(self.value, self.changes)


def note_bulk(s: Session, action: str, table: str, ids: Iterable[int]) -> None:
    """Add rows written with Core statements (``executemany`` bulk paths, which the ORM
    hook does not see) to the unit of work's write set, so that they are in the
    operation's changes like any other write. *action* is ``insert``, ``update`` or
    ``delete``. Their audit entries, if any, are not the hook's: the write set no longer
    knows all of them (the undo tracker then reads the trail)."""
    from db.audit import WriteSet

    written = s.info.setdefault("changes", WriteSet())
    written.complete = False
    for record_id in ids:
        written.add(action, table, record_id)


@contextlib.contextmanager
def operation(db: Database, **options: Any) -> Iterator[Operation]:
    """Run a write in one unit of work (``options`` go to ``Database.unit_of_work``).

    After the commit, ``op.changes`` holds the ids the audit hook saw inserted, updated and
    deleted during the work (:meth:`Changes.from_writes`); on any error nothing is
    committed and the error goes on.
    """
    with db.unit_of_work(**options) as s:
        op = Operation(s)
        yield op
        s.flush()
    op.changes = Changes.from_writes(s.info.get("changes"))


__all__ = ["CHUNK", "Operation", "chunks", "note_bulk", "operation"]
