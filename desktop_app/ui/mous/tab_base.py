"""What the MoU form's own tabs share: an ordered table of the MoU's rows (parties,
cooperation axes) and a list of records linked to the MoU (bodies, meetings, actions,
letters) whose rows open, and are deleted after asking, from the tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.context import UiContext
from desktop_app.ui.delete_key import set_delete_handler
from desktop_app.ui.kit.dialogs import confirm_delete
from desktop_app.ui.kit.form import ErrorLabel
from desktop_app.ui.kit.operation import run_operation

ID_ROLE = Qt.ItemDataRole.UserRole


def bar_of(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    """A row of buttons (the first stretching, or a stretch after them)."""
    bar = QHBoxLayout()
    for i, w in enumerate(widgets):
        bar.addWidget(w, 1 if stretch_first and i == 0 else 0)
    if not stretch_first:
        bar.addStretch(1)
    return bar


class OrderedTab(QWidget):
    """Rows that keep the order of the MoU's text: [lead] move up, move down, remove."""

    edited = Signal()

    def __init__(self, model: Any, lead: QWidget | None = None, parent: QWidget | None = None,
                 *, stretch_lead: bool = False) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.up, self.down, self.remove = (QPushButton(self) for _ in range(3))
        self.up.clicked.connect(lambda: self.move_row(-1))
        self.down.clicked.connect(lambda: self.move_row(1))
        self.remove.clicked.connect(self.remove_selected)
        self.error = ErrorLabel(self)
        model.edited.connect(self.edited)
        # The Delete key acts on the list that has the focus (see desktop_app.ui.delete_key).
        set_delete_handler(self.view, self.remove_selected)
        self.page = QVBoxLayout(self)
        leading = [lead] if lead is not None else []
        self.page.addLayout(bar_of(*leading, self.up, self.down, self.remove,
                                   stretch_first=stretch_lead))
        self.page.addWidget(self.view, 1)
        self.page.addWidget(self.error)

    def selected_row(self) -> int:
        """The row the user sees selected (falling back to the current index)."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].row() if rows else self.view.currentIndex().row()

    def move_row(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.selected_row()
        if row >= 0:
            new_row = self.model.move(row, delta)
            self.view.setCurrentIndex(self.model.index(new_row, 0))
            self.view.selectRow(new_row)

    def remove_selected(self) -> None:
        """Remove the selected row."""
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)

    def retranslate_bar(self) -> None:
        """The bar's words."""
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.remove.setText(self.tr("Remove"))


class LinkedTab(QWidget):
    """Records linked to the MoU in a tree; ``changed`` after one was added or deleted."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mou_id: int | None = None
        self.tree = QTreeWidget(self)
        self.tree.setAlternatingRowColors(True)
        set_delete_handler(self.tree, self.delete_selected)
        self.page = QVBoxLayout(self)

    def selected_id(self) -> int | None:
        """The id of the record selected in the tree."""
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def delete_with(self, service: Any, name_column: int,
                    usage: dict[str, int] | None = None) -> None:
        """Delete the selected record through *service*, after asking what goes with it."""
        record_id, item = self.selected_id(), self.tree.currentItem()
        if record_id is None or item is None:
            return
        plan = usage if usage is not None else service.usage(record_id)
        if confirm_delete(self, item.text(name_column), plan):
            run_operation(self.ctx, self, f"delete {service.entity}", service.delete, record_id)
            self.changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected record (the tab says which service)."""
