"""Page 4 of the import wizard: what the import did, its number, and Undo (which says
beforehand what it will keep: :func:`desktop_app.ui.imports.undo.undo_with_plan`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.ui.imports.common import ImportPage, localized
from desktop_app.ui.imports.undo import undo_with_plan


class ResultPage(ImportPage):
    """What the import did, its batch number, and Undo."""

    def build(self) -> None:
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImport")
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("undoResult")
        self.undo_label.setWordWrap(True)
        self.undo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addLayout(row)
        layout.addWidget(self.undo_label)
        layout.addStretch(1)
        self.undo_button.clicked.connect(self.undo)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the page's strings again."""
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The partner list shows the new and updated partners. "
                                 "Every import can be undone later from Import history."))
        self.undo_button.setText(self.tr("Undo this import"))
        if self.w.batch_id is not None:
            self.initializePage()

    def initializePage(self) -> None:
        batch = next((b for b in self.w.service.batches() if b.id == self.w.batch_id), None)
        counts = dict(getattr(batch, "counts", None) or {})
        text = self.tr("Import no. %1 is done.\nAdded: %2 · Updated: %3 · Skipped: %4 · "
                       "Rejected: %5")
        for i, key in enumerate(("added", "updated", "skipped", "rejected"), start=2):
            value = counts.get(key, 0)
            text = text.replace(f"%{i}", str(len(value) if isinstance(value, list) else value))
        self.result_label.setText(localized(text.replace("%1", str(self.w.batch_id))))
        undone = batch is not None and getattr(batch, "undone_at", None) is not None
        self.undo_button.setEnabled(not undone)

    def undo(self) -> None:
        """Undo the import just made, after saying what will be kept."""
        if self.w.batch_id is None:
            return
        text = undo_with_plan(self.w.ctx, self, self.w.batch_id)
        if text is not None:
            self.w.last_undo_text = text
            self.undo_button.setEnabled(False)
            self.undo_label.setText(text)
