"""Undoing an import from the window: say beforehand what will be removed, restored and
kept (:func:`desktop_app.domain.import_undo.undo_plan`), undo if the user agrees, then tell
what was done. Reading the plan and the undo itself run off the GUI thread
(:func:`desktop_app.ui.worker.run_with_progress`); the wizard's result page and the import
history both call :func:`undo_with_plan`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain import i18n
from desktop_app.domain.changes import OpResult
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.domain.text import localize_digits
from desktop_app.ui.context import UiContext
from desktop_app.ui.imports import prompts
from desktop_app.ui.worker import Outcome, run_with_progress


def paragraphs(text: str) -> str:
    """*text* with the language's digits, each line opening with a direction mark: a line
    that starts with a partner's Persian name must still read left to right in the English
    window (and an English name right to left in the Persian one)."""
    language = i18n.language()
    mark = "\u200f" if language == "fa" else "\u200e"
    return "\n".join(mark + line for line in localize_digits(text, language).split("\n"))


def undo_report_text(report: Any) -> str:
    """The sentences that tell the user what an undo did and what it kept."""
    removed, restored = report.removed, report.restored  # lupdate reads only a name as %n
    lines = [
        QCoreApplication.translate("ImportUndo", "Removed %n partner(s).", None, removed)
        + " " + QCoreApplication.translate(
            "ImportUndo", "Restored the old values of %n partner(s).", None, restored)]
    if report.kept:
        lines.append(QCoreApplication.translate(
            "ImportUndo", "Kept because they were changed after the import:"))
        lines.extend(f"• {sentence}" for sentence in report.kept)
    return paragraphs("\n".join(lines))


def _failed(parent: QWidget, title: str, outcome: Outcome) -> bool:
    """Tell a known error plainly (and return True); a bug goes on to the crash handler."""
    if outcome.error is None:
        return False
    if not isinstance(outcome.error, (DomainError, StorageError)):
        raise outcome.error
    prompts.warn(parent, title, str(outcome.error))
    return True


def undo_with_plan(ctx: UiContext, parent: QWidget, batch_id: int) -> str | None:
    """Say what undoing batch *batch_id* will remove, restore and keep; undo it if the user
    agrees, then tell what it did. Returns the text told afterwards, ``None`` when nothing
    was undone (refused, cancelled or failed).

    The plan is read just before asking; the undo decides again in its own transaction, so
    an edit made while the question was open is kept too (and named in the report).
    """
    title = QCoreApplication.translate("ImportUndo", "Undo import")
    reading = QCoreApplication.translate("ImportUndo", "Reading what the undo would change…")
    outcome = run_with_progress(parent, reading, ctx.services.imports.undo_plan, batch_id,
                                pass_progress=False)
    if outcome.cancelled or _failed(parent, title, outcome):
        return None
    if not prompts.confirm(parent, title, paragraphs(outcome.value.question())):
        return None
    undoing = QCoreApplication.translate("ImportUndo", "Undoing the import…")
    outcome = run_with_progress(parent, undoing, ctx.services.imports.undo,
                                batch_id, pass_progress=False, cancellable=False)
    if _failed(parent, title, outcome):
        return None
    result = outcome.value
    if isinstance(result, OpResult):
        ctx.publish(result.changes)
        result = result.value
    text = undo_report_text(result)
    prompts.inform(parent, title, text)
    return text


__all__ = ["paragraphs", "undo_report_text", "undo_with_plan"]
