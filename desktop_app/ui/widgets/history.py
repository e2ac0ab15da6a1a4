"""The "History" panel: who changed a record, when, and which fields — and taking it back.

Select a field's change and choose *Restore this value* to set that field back to what it
was before the change; select the deletion of one of the record's parts (a contact, a
party, a cooperation axis …) and choose *Bring back* to undelete it. Both are ordinary,
audited changes (:mod:`desktop_app.domain.undo`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.dates import format_datetime
from desktop_app.ui.bidi import display
from desktop_app.ui.context import UiContext

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

class HistoryPanel(QWidget):
    """The audit entries of one record (and its parts), newest first; one row per change,
    the changed fields as child rows (old → new)."""

    def __init__(self, ctx: UiContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.record_id: int | None = None
        self.tree = audit_tree(self, (170, 110, 160))
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

    def set_record(self, record_id: int | None) -> None:
        """Show the history of *record_id* (``None``: nothing)."""
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        """Read the entries again."""
        self.tree.clear()
        if self.record_id is None:
            return
        try:
            from desktop_app.domain import history as h  # the shell engineer's module
        except ImportError:
            return
        lang = i18n.language()
        entries = _history_entries(self.ctx.services, self.entity, self.record_id)
        shown = {e.id for e in entries}
        parts = [e for e in self.ctx.services.undo.deleted_parts(self.entity, self.record_id)
                 if e.id not in shown]
        if parts:
            entries = sorted([*entries, *parts], key=lambda e: e.id, reverse=True)
        for e in entries:
            what = h.entity_name(e.entity) if hasattr(h, "entity_name") else e.entity
            action = h.action_name(e.action) if hasattr(h, "action_name") else e.action
            item = QTreeWidgetItem([format_datetime(e.at, lang), e.actor, f"{what}: {action}", ""])
            item.setData(0, ENTRY_ROLE, e)
            for f in e.fields:
                name = h.field_name(f.column) if hasattr(h, "field_name") else f.column
                old, new = display(_value(f.old)), display(_value(f.new))
                text = f"{old} → {new}" if old else new
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
        """Set the selected field back to its value before the selected change."""
        entry, change = self._selected()
        if entry is None or change is None or entry.action != "update":
            return False
        done = self.ctx.run(self, self.ctx.services.undo.restore_value, entry.entity,
                            entry.entity_id, change.column, change.old)
        self.reload()
        return done is not None

    def undelete_selected(self) -> bool:
        """Bring back the record whose deletion is selected (with what went with it)."""
        entry, _change = self._selected()
        if entry is None or entry.action != "delete":
            return False
        done = self.ctx.run(self, self.ctx.services.undo.undelete, entry.id)
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
