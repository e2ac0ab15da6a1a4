"""An ordered, editable table of an MoU's rows (parties, cooperation axes) with its bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView, QWidget

from desktop_app.ui.delete_key import set_delete_handler
from desktop_app.ui.kit.form import ErrorLabel


class OrderedTab(QWidget):
    """A tab whose rows keep the order of the MoU's text: move up, move down, remove."""

    edited = Signal()

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
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

    def selected_row(self) -> int:
        """The row the user sees selected (falling back to the current index)."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].row() if rows else self.view.currentIndex().row()

    def move_row(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.selected_row()
        if row < 0:
            return
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
