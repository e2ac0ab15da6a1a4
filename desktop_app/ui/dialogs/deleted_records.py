"""Edit › Deleted records…: the history of what was deleted, and bringing it back.

Lists the records deleted from the register (newest first, whoever deleted them), named as
they were; *Bring back* undeletes the selected one with what was deleted together with it
(:meth:`desktop_app.domain.undo.UndoService.undelete`, an audited change) and opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.dates import format_datetime
from desktop_app.domain.history import entity_name
from desktop_app.ui.bidi import display
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.widgets.history import audit_tree

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20


class DeletedRecordsDialog(FollowsLanguage, QDialog):
    """The deleted records, with a button to bring the selected one back."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deletedRecords")
        self.resize(760, 460)
        self.tree = audit_tree(self, (150, 110, 140))
        self.tree.setRootIsDecorated(False)
        self.bring_back = QPushButton(self)
        self.bring_back.setObjectName("bringBack")
        self.bring_back.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.bring_back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(
            lambda cur, _p: self.bring_back.setEnabled(cur is not None))
        self.tree.itemActivated.connect(lambda _i, _c: self.bring_back_selected())
        self.bring_back.clicked.connect(self.bring_back_selected)
        self.retranslate()

    def reload(self) -> None:
        """Read the deletions again."""
        self.tree.clear()
        lang = i18n.language()
        for e in self.ctx.services.undo.deleted_records():
            item = QTreeWidgetItem([format_datetime(e.at, lang), e.actor,
                                    entity_name(e.entity), display(e.title)])
            item.setData(0, ENTRY_ROLE, e)
            item.setToolTip(3, display(e.title))
            self.tree.addTopLevelItem(item)
        self.bring_back.setEnabled(False)

    def bring_back_selected(self) -> bool:
        """Undelete the selected record and open it; False when nothing was brought back."""
        item = self.tree.currentItem()
        entry: Any = item.data(0, ENTRY_ROLE) if item is not None else None
        if entry is None:
            return False
        done = self.ctx.run(self, self.ctx.services.undo.undelete, entry.id)
        self.reload()
        if done is None:
            return False
        self.ctx.open_record(entry.entity, entry.entity_id)
        return True

    def retranslate(self) -> None:
        """Every string in the current language."""
        self.setWindowTitle(self.tr("Deleted records"))
        self.tree.setHeaderLabels([self.tr("Deleted"), self.tr("By"), self.tr("Kind"),
                                   self.tr("Record")])
        self.bring_back.setText(self.tr("Bring back"))
        self.bring_back.setToolTip(self.tr("Undelete the selected record with what was "
                                           "deleted together with it"))
        self.reload()

