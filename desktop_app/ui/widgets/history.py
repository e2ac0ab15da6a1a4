"""A read-only "History" panel: who changed a record, when, and which fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.dates import format_datetime
from desktop_app.ui.context import UiContext


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


class HistoryPanel(QWidget):
    """The audit entries of one record (and its parts), newest first; one row per change,
    the changed fields as child rows (old → new)."""

    def __init__(self, ctx: UiContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.record_id: int | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.retranslate()

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
        for e in _history_entries(self.ctx.services, self.entity, self.record_id):
            what = h.entity_name(e.entity) if hasattr(h, "entity_name") else e.entity
            action = h.action_name(e.action) if hasattr(h, "action_name") else e.action
            item = QTreeWidgetItem([format_datetime(e.at, lang), e.actor, f"{what}: {action}", ""])
            for f in e.fields:
                name = h.field_name(f.column) if hasattr(h, "field_name") else f.column
                old, new = _value(f.old), _value(f.new)
                text = f"{old} → {new}" if old else new
                child = QTreeWidgetItem(["", "", name, text])
                child.setToolTip(3, text)
                item.addChild(child)
            self.tree.addTopLevelItem(item)

    def count(self) -> int:
        """How many entries are shown."""
        return self.tree.topLevelItemCount()

    def retranslate(self) -> None:
        """Headers in the current language."""
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Change")])
        if self.record_id is not None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
