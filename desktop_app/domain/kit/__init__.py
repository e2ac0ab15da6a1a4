"""The record kit: one declaration per kind of record and one service base for all.

A kind of record is declared once (:class:`Entity`: its model, its form's fields, the
text fields the save normalises, the links that must exist, what a delete also removes,
its sort columns and search texts). :class:`RecordService` gives every such kind get,
version-checked save, delete with its plan, usage, count, choices and chunked rows; a
service keeps only what is its own: its validation rules and how a row is shown.

Every write runs in an :func:`operation`, whose :class:`~desktop_app.domain.changes.Changes`
are what the unit of work's audit hook saw written — never built by hand.
"""

from __future__ import annotations

from desktop_app.domain.kit import links
from desktop_app.domain.kit.entity import Entity, Link
from desktop_app.domain.kit.operation import Operation, chunks, note_bulk, operation
from desktop_app.domain.kit.rules import known_member
from desktop_app.domain.kit.service import RecordService, VersionedForm

__all__ = ["Entity", "Link", "Operation", "RecordService", "VersionedForm", "chunks",
           "known_member", "links", "note_bulk", "operation"]
