"""Create where you are: a meeting, an action or a letter added from the record it belongs to.

:class:`QuickAddDialog` shows the same form as the record's own section (so the same
fields, checks and messages), filled in with what is known — the MoU the user is in, the
meeting whose decisions are being recorded — and saves through the same service. The
MoU editor's Meetings, Actions and Letters tabs and the meeting form use it; the user
never leaves the record they are working on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop_app.domain.errors import ValidationError
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.operation import KNOWN, run_operation

KINDS: dict[str, tuple[str, str, str, str]] = {
    # kind: (module, form widget class, service, form class in the domain)
    "meetings": ("desktop_app.ui.sections.meetings", "MeetingFormWidget", "meetings",
                 "desktop_app.domain.meetings:MeetingForm"),
    "actions": ("desktop_app.ui.sections.actions", "ActionFormWidget", "actions",
                "desktop_app.domain.actions:ActionForm"),
    "letters": ("desktop_app.ui.sections.letters", "LetterFormWidget", "letters",
                "desktop_app.domain.letters:LetterForm"),
}


def _load(spec: str) -> Any:
    import importlib

    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


class QuickAddDialog(QDialog):
    """A new meeting, action or letter with some fields already filled in."""

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None,
                 **known: Any) -> None:
        super().__init__(parent)
        module, widget_class, service, form_class = KINDS[kind]
        self.ctx = ctx
        self.kind = kind
        self.service = getattr(ctx.services, service)
        self.saved_id: int | None = None
        self.setObjectName(f"quickAdd_{kind}")
        self.form = _load(f"{module}:{widget_class}")(ctx, self)
        self.form.load(_load(form_class)(**known))
        self.form.dirty = bool(known)
        self.form.saveRequested.connect(self.save)
        self.form.revertRequested.connect(self.reject)
        self.form.revert_button.setText(QCoreApplication.translate("QPlatformTheme", "Cancel"))
        self.form.revert_button.setToolTip("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.heading_text())
        self.resize(560, 620)

    def save(self) -> int | None:
        """Check and save; close on success. The record's id, or ``None`` (errors shown)."""
        if not self.form.dates_valid():
            self.form.show_errors({}, keep_date_errors=True)
            return None
        outcome = run_operation(self.ctx, self, "quick add", self.service.save,
                                self.form.value(), handled=KNOWN)
        if isinstance(outcome.error, ValidationError):
            self.form.show_errors(outcome.error.errors)
            return None
        if outcome.error is not None:
            self.form.show_errors({"": str(outcome.error)})
            return None
        self.form.dirty = False
        self.saved_id = outcome.value
        self.accept()
        return self.saved_id

    def reject(self) -> None:
        self.form.dirty = False
        super().reject()
