"""Edit › Undo (Ctrl+Z): the saves and deletes of this session, taken back one by one.

:class:`UndoTracker` listens to the change bus: after every operation a window publishes,
it keeps the audit entries the operation's unit of work wrote through the window as one
step (:attr:`Changes.entries`; no statement). Changes built by hand do not know their
entries: then it asks the audit trail which entries this user wrote through the window
since the last one (:meth:`desktop_app.domain.undo.UndoService.step_after`).
:meth:`UndoTracker.undo` reverts the newest step through the domain
(:meth:`~desktop_app.domain.undo.UndoService.revert`, itself an audited change) and tells
the views what changed. Imports are not steps (they have their own undo, in the import
history). Text fields keep Ctrl+Z for their own typing: they claim the key first.

It also says each save or delete in the status bar (:attr:`recorded`), briefly.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.changes import Changes
from desktop_app.ui.context import UiContext

log = logging.getLogger("peyvand.ui.undo")
MAX_STEPS = 50


class UndoTracker(QObject):
    """The session's undoable steps (newest last)."""

    changed = Signal()  # the stack grew or shrank (the Undo action's enabled state)
    recorded = Signal(str)  # "saved" or "deleted": a step was recorded
    undone = Signal(str)  # "undone" or the reason it was not

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.steps: list[Any] = []
        self._busy = False
        self._last: int | None  # the newest audit entry seen; None while undo is off
        try:
            self._last = ctx.services.undo.last_entry_id()
        except Exception:  # an unreadable trail must not stop the window from opening
            log.warning("cannot read the audit trail; undo is off", exc_info=True)
            self._last = None
        ctx.bus.changed.connect(self._published)

    def can_undo(self) -> bool:
        """True when there is a step to take back."""
        return bool(self.steps)

    def _published(self, changes: Changes) -> None:
        if self._last is None:
            return
        undo = self.ctx.services.undo
        if changes.entries is None:  # built by hand: the trail says what was written
            step, self._last = undo.step_after(self._last)  # one statement (issue 10)
        else:  # the unit of work said which entries it wrote: nothing to read
            step = undo.step_of(changes.entries)
            self._last = max([self._last, *(e.id for e in changes.entries)])
        if step is None or self._busy:
            return
        self.steps.append(step)
        del self.steps[:-MAX_STEPS]
        self.changed.emit()
        self.recorded.emit("deleted" if step.is_delete else "saved")

    def undo(self, parent: QWidget | None = None) -> bool:
        """Take back the newest step; False when nothing was undone (and why was shown)."""
        if not self.steps:
            return False
        step = self.steps[-1]
        self._busy = True
        try:
            done = self.ctx.run(parent, self.ctx.services.undo.revert, step.entry_ids)
        finally:
            self._busy = False
        if self._last is not None:
            self._last = self.ctx.services.undo.last_entry_id()
        self.steps.pop()  # taken back, or refused (changed since): either way not again
        self.changed.emit()
        if done is None:
            return False
        self.undone.emit("undone")
        return True
