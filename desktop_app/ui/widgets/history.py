"""The "History" panel: who changed a record, when, and which fields — and taking it back.

Every form that shows History uses this one panel (the record forms, the MoU editor and the
partner form), so *Restore this value* and *Bring back* are offered everywhere alike.

Select a field's change and choose *Restore this value* to set that field back to what it
was before the change; select the deletion of one of the record's parts (a contact, a
party, a cooperation axis …) and choose *Bring back* to undelete it. Both are ordinary,
audited changes (:mod:`desktop_app.domain.undo`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.countries import country_name
from desktop_app.domain.dates import format_datetime
from desktop_app.domain.errors import ValidationError
from desktop_app.ui.bidi import display
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.numbers import digits_for

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20  # the HistoryEntry of a row
FIELD_ROLE = Qt.ItemDataRole.UserRole + 21  # the FieldChange of a child row


def _history_entries(services: Any, entity: str, record_id: int) -> list[Any]:
    """The record's entries from the history service, or none while it is not there."""
    try:
        history = services.history
    except ImportError:
        return []
    if hasattr(history, "for_record"):
        return list(history.for_record(entity, record_id))
    if hasattr(history, "entries"):
        return list(history.entries(entity, record_id))
    return []


def _value(v: Any) -> str:
    return "" if v in (None, "") else str(v)


#: Columns whose values keep the digits they were typed with (what a phone, an e-mail or
#: a web address is); every other value is written in the window's digits, codes with
#: Latin letters kept whole (:func:`desktop_app.ui.numbers.digits_for`).
_AS_TYPED = ("phone", "email", "website", "url", "web")


def value_text(column: str, value: Any, language: str) -> str:
    """An audited *value* of *column* as History shows it: a country by its name, numbers
    and dates in the window's digits, phones, e-mails and web addresses as typed."""
    text = _value(value)
    if not text:
        return text
    if column.endswith("country_code"):
        return country_name(text, language) or text
    if column.endswith(_AS_TYPED):
        return text
    return digits_for(text, language)


def change_text(old: str, new: str) -> str:
    """"old → new" read in the window's direction (old first, the arrow pointing to the new
    value: "←" in a right-to-left window), whatever script either value is in."""
    if not old:
        return new
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + old + (" ← " if rtl else " → ") + new


def audit_tree(parent: QWidget, widths: tuple[int, int, int]) -> QTreeWidget:
    """A four-column list of audit entries (when, who, what, details), as History shows it."""
    tree = QTreeWidget(parent)
    tree.setColumnCount(4)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    for column, width in enumerate(widths):
        tree.setColumnWidth(column, width)
    return tree


class HistoryPanel(FollowsLanguage, QWidget):
    """The audit entries of one record (and its parts), newest first; one row per change,
    the changed fields as child rows (old → new)."""

    def __init__(self, ctx: UiContext | None, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity = entity
        self.record_id: int | None = None
        self.tree = audit_tree(self, (170, 110, 160))
        for column in range(3):  # when, who, what as wide as they need: the change gets the rest
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("historyRestore")
        self.undelete_button = QPushButton(self)
        self.undelete_button.setObjectName("historyUndelete")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.undelete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.restore_button.clicked.connect(self.restore_selected)
        self.undelete_button.clicked.connect(self.undelete_selected)
        self.retranslate()
        self._update_buttons()

    @property
    def ctx(self) -> UiContext | None:
        """The context the panel restores through: the one it was given, else that of the
        nearest enclosing section or form holding a ``ctx`` (the partner form has none of
        its own)."""
        if self._ctx is not None:
            return self._ctx
        widget = self.parentWidget()
        while widget is not None:
            found = getattr(widget, "ctx", None)
            if isinstance(found, UiContext):
                return found
            widget = widget.parentWidget()
        return None

    @ctx.setter
    def ctx(self, ctx: UiContext | None) -> None:
        self._ctx = ctx

    def set_record(self, record_id: int | None) -> None:
        """Show the history of *record_id* (``None``: nothing)."""
        self.record_id = record_id
        self.reload()

    def show_entries(self, record_id: int | None, entries: Sequence[Any]) -> None:
        """Show *entries* (read by the caller) as the history of *record_id*; Restore and
        Bring back then read the history again themselves."""
        self.record_id = record_id
        self._fill(list(entries) if record_id is not None else [])

    def reload(self) -> None:
        """Read the entries again."""
        ctx = self.ctx
        if self.record_id is None or ctx is None:
            self.tree.clear()
            return
        self._fill(_history_entries(ctx.services, self.entity, self.record_id))

    def _fill(self, entries: list[Any]) -> None:
        from desktop_app.domain import history as h

        self.tree.clear()
        ctx = self.ctx
        if self.record_id is None:
            self._update_buttons()
            return
        lang = i18n.language()
        shown = {e.id for e in entries}
        parts = [] if ctx is None else [
            e for e in ctx.services.undo.deleted_parts(self.entity, self.record_id)
            if e.id not in shown]
        if parts:
            entries = sorted([*entries, *parts], key=lambda e: e.id, reverse=True)
        for e in entries:
            what = h.action_name(e.action)
            if e.entity != self.entity:
                what = f"{h.entity_name(e.entity)} — {what}"
            item = QTreeWidgetItem([format_datetime(e.at, lang), display(e.actor), what, ""])
            item.setData(0, ENTRY_ROLE, e)
            for f in e.fields:
                name = h.field_name(f.column)
                old = display(value_text(f.column, f.old, lang))
                new = display(value_text(f.column, f.new, lang))
                text = change_text(old, new)
                child = QTreeWidgetItem(["", "", name, text])
                child.setToolTip(3, text)
                child.setData(0, ENTRY_ROLE, e)
                child.setData(0, FIELD_ROLE, f)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    # ---------------------------------------------------------------- taking back

    def _selected(self) -> tuple[Any, Any]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, ENTRY_ROLE), item.data(0, FIELD_ROLE)

    def _update_buttons(self) -> None:
        entry, change = self._selected()
        self.restore_button.setEnabled(
            entry is not None and change is not None and entry.action == "update")
        self.undelete_button.setEnabled(entry is not None and entry.action == "delete")

    def restore_selected(self) -> bool:
        """Set the selected field back to its value before the selected change (an audited
        change like any other); a value that cannot be restored is said so, plainly."""
        entry, change = self._selected()
        ctx = self.ctx
        if ctx is None or entry is None or change is None or entry.action != "update":
            return False
        try:
            done = ctx.run(self, ctx.services.undo.restore_value, entry.entity,
                           entry.entity_id, change.column, change.old)
        except ValidationError as exc:
            from desktop_app.ui.dialogs.messages import warn

            warn(self, self.tr("History"), "\n".join(exc.errors.values()) or str(exc))
            return False
        self.reload()
        return done is not None

    def undelete_selected(self) -> bool:
        """Bring back the record whose deletion is selected (with what went with it)."""
        entry, _change = self._selected()
        ctx = self.ctx
        if ctx is None or entry is None or entry.action != "delete":
            return False
        done = ctx.run(self, ctx.services.undo.undelete, entry.id)
        self.reload()
        return done is not None

    def count(self) -> int:
        """How many entries are shown."""
        return self.tree.topLevelItemCount()

    def retranslate(self) -> None:
        """Headers in the current language."""
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Change")])
        self.restore_button.setText(self.tr("Restore this value"))
        self.restore_button.setToolTip(self.tr("Set the selected field back to its value "
                                               "before this change"))
        self.undelete_button.setText(self.tr("Bring back"))
        self.undelete_button.setToolTip(self.tr("Undelete the selected record"))
        if self.record_id is not None:
            self.reload()

