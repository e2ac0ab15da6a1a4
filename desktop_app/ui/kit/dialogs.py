"""The three questions every section asks, asked one way: unsaved edits, a conflict, a delete.

* :func:`ask_unsaved` — save the open form's edits first, drop them, or stay;
* :func:`ask_reload` — someone else changed (or deleted) the record: says who, when and
  which fields from the audit trail, and offers to reload it as it is now;
* :func:`confirm_delete` — names the record and what else goes with it (from the domain's
  delete plan, :meth:`RecordService.usage` and :func:`describe_cascade`).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.dates import format_datetime
from desktop_app.domain.history import field_name
from desktop_app.domain.records import describe_cascade
from desktop_app.ui.bidi import isolate

Button = QMessageBox.StandardButton


def _t(text: str) -> str:
    return QCoreApplication.translate("Kit", text)


class Leave(Enum):
    """What the user chose when asked about unsaved edits."""

    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def ask_unsaved(parent: QWidget | None, name: str) -> Leave:
    """Ask whether to save the edits of the record called *name* before leaving it."""
    answer = QMessageBox.question(
        parent, _t("Unsaved changes"),
        _t("Save the changes to “%1” first?").replace("%1", isolate(name)),
        Button.Save | Button.Discard | Button.Cancel, Button.Save)
    if answer == Button.Save:
        return Leave.SAVE
    return Leave.DISCARD if answer == Button.Discard else Leave.STAY


def other_change(services: Any, entity: str, record_id: int | None) -> str:
    """"Changed by X on 1404/09/25 10:12: title, place." for the record's newest audit
    entry ("" when the trail has none)."""
    if record_id is None:
        return ""
    try:
        entries = list(services.history.entries(entity, record_id))
    except Exception:  # the explanation is a courtesy: never fail the dialog for it
        return ""
    own = [e for e in entries if e.entity == entity] or entries
    if not own:
        return ""
    newest = max(own, key=lambda e: (e.at, e.id))
    text = _t("Last changed by %1 on %2.").replace("%1", isolate(newest.actor or "?")).replace(
        "%2", format_datetime(newest.at, i18n.language()))
    fields = [field_name(f.column) for f in newest.fields]
    if fields:
        sep = "، " if i18n.language() == "fa" else ", "
        text += " " + _t("Fields changed: %1.").replace("%1", sep.join(fields))
    return text


def ask_reload(parent: QWidget | None, services: Any, entity: str, record_id: int | None,
               message: str) -> bool:
    """Say that the record changed elsewhere (*message*, and what the other change was);
    True when the user wants it reloaded as it is now."""
    detail = other_change(services, entity, record_id)
    text = message + ("\n\n" + detail if detail else "") + "\n\n" + _t(
        "Reload it as it is now? Your edits in this form will be lost.")
    answer = QMessageBox.warning(parent, _t("Changed elsewhere"), text,
                                 Button.Yes | Button.No, Button.No)
    return answer == Button.Yes


def confirm_delete(parent: QWidget | None, name: str, usage: dict[str, int],
                   extra: str = "") -> bool:
    """Ask before deleting *name*, listing what else the delete removes or unlinks."""
    question = _t("Delete “%1”? This cannot be undone.").replace("%1", isolate(name))
    also = " ".join(filter(None, (describe_cascade(usage), extra)))
    answer = QMessageBox.question(parent, _t("Delete"),
                                  question + ("\n\n" + also if also else ""),
                                  Button.Yes | Button.No, Button.No)
    return answer == Button.Yes


def refuse(parent: QWidget | None, title: str, text: str) -> None:
    """Say why something cannot be done (a record still in use)."""
    QMessageBox.information(parent, title, text)
