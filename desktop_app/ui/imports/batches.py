"""The import history: every batch with its file, time, who, counts, and Undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.dates import format_datetime
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.imports.models import Field, RecordsModel
from desktop_app.ui.imports.undo import undo_with_plan
from desktop_app.ui.kit.views import row_list


def _count(counts: dict[str, Any], key: str) -> int:
    value = counts.get(key, 0)
    return len(value) if isinstance(value, (list, tuple)) else int(value or 0)


class BatchesDialog(FollowsLanguage, QDialog):
    """Lists :meth:`ImportService.batches`; Undo takes the selected one back (after asking)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBatches")
        self.ctx = ctx
        self.model = RecordsModel(
            [Field(lambda: self.tr("No."), lambda b: b.id),
             Field(lambda: self.tr("File"), lambda b: b.file_name, tooltip=lambda b: b.file_name),
             Field(lambda: self.tr("Imported"),
                   lambda b: format_datetime(b.imported_at, i18n.language())),
             Field(lambda: self.tr("By"), lambda b: b.actor),
             Field(lambda: self.tr("Added"), lambda b: _count(b.counts, "added")),
             Field(lambda: self.tr("Updated"), lambda b: _count(b.counts, "updated")),
             Field(lambda: self.tr("Skipped"), lambda b: _count(b.counts, "skipped")),
             Field(lambda: self.tr("Rejected"), lambda b: _count(b.counts, "rejected")),
             Field(lambda: self.tr("Undone"),
                   lambda b: format_datetime(b.undone_at, i18n.language()) if b.undone_at else "")],
            self)
        self.view = row_list(self, self.model, "batchesView")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoBatch")
        self.undo_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.undo_selected())
        ctx.bus.changed.connect(self._changes)
        self.resize(1000, 480)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set the dialog's strings again."""
        self.setWindowTitle(self.tr("Import history"))
        self.undo_button.setText(self.tr("Undo this import…"))
        self.empty_label.setText(self.tr("No partner list has been imported yet."))
        self.model.retranslate()


    def reload(self) -> None:
        """Read the batches again, keeping the selected one selected."""
        current = self.current_batch()
        batches = self.ctx.services.imports.batches()
        self.model.set_records(batches)
        self.empty_label.setVisible(not batches)
        ids = [b.id for b in batches]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if batches:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current_batch(self) -> Any:
        """The selected batch row, or ``None``."""
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_batch(self, batch_id: int) -> bool:
        """Select the batch *batch_id*; False when it is not listed."""
        for row, batch in enumerate(self.model.records()):
            if batch.id == batch_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def undo_selected(self) -> None:
        """Undo the selected batch, after saying what will be kept; the outcome is told afterwards."""
        batch = self.current_batch()
        if batch is None or batch.undone_at is not None:
            return
        undo_with_plan(self.ctx, self, batch.id)
        self.reload()

    def _update_buttons(self) -> None:
        batch = self.current_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def _changes(self, changes: Changes) -> None:
        if changes.touches("import_batches") or changes.touches("partners"):
            self.reload()


