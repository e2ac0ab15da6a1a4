"""A panel of the files kept with a record: list, add (file dialog or drag and drop), open
with the system viewer, save a copy, remove. Reusable by every section that has attachments.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.attachments import human_size
from desktop_app.domain.dates import format_datetime
from desktop_app.ui import file_dialogs
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage


class AttachmentsPanel(FollowsLanguage, QWidget):
    """The attachments of one record of *owner_entity* ("mous", "meetings", "partners", …)."""

    countChanged = Signal(int)

    def __init__(self, ctx: UiContext, owner_entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner_entity = owner_entity
        self.owner_id: int | None = None
        self.setAcceptDrops(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAcceptDrops(False)
        self.list.itemActivated.connect(lambda _i, _c: self.open_selected())
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_with_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        ctx.bus.changed.connect(self._changes)
        self.retranslate()
        self._update_buttons()

    # ---------------------------------------------------------------- API

    def set_owner(self, owner_id: int | None) -> None:
        """Show the attachments of record *owner_id* (``None``: a record not saved yet)."""
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        """Read the list again."""
        self.list.clear()
        rows = [] if self.owner_id is None else \
            self.ctx.services.attachments.list_for(self.owner_entity, self.owner_id)
        lang = i18n.language()
        for r in rows:
            item = QTreeWidgetItem([r.filename, human_size(r.size, lang), r.description,
                                    format_datetime(r.created_at, lang)])
            item.setData(0, 256, r.id)
            item.setToolTip(0, f"{r.filename}\n{r.media_type}")
            self.list.addTopLevelItem(item)
        self.setEnabled(self.owner_id is not None)
        self._update_buttons()
        self.countChanged.emit(len(rows))

    def add_files(self, paths: Sequence[str | Path]) -> list[int]:
        """Attach *paths* to the record; returns the new attachments' ids."""
        if self.owner_id is None:
            return []
        added = []
        for path in paths:
            new_id = self.ctx.run(self, self.ctx.services.attachments.add, self.owner_entity,
                                  self.owner_id, str(path))
            if new_id is not None:
                added.append(new_id)
        self.reload()
        return added

    def selected_ids(self) -> list[int]:
        """Ids of the selected attachments."""
        return [int(i.data(0, 256)) for i in self.list.selectedItems()]

    def add_with_dialog(self) -> None:
        """Ask for files and attach them."""
        files = file_dialogs.open_files(self, self.tr("Attach files"), "attachments")
        if files:
            self.add_files(files)

    def open_selected(self) -> None:
        """Open the selected files with the system's viewer."""
        for att_id in self.selected_ids():
            path = self.ctx.run(self, self.ctx.services.attachments.viewing_copy, att_id)
            if path is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        """Save a copy of the selected file where the user says."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.list.selectedItems()[0].text(0)
        target = file_dialogs.save_file(self, self.tr("Save a copy"), "attachments", name, "")
        if target:
            self.ctx.run(self, self.ctx.services.attachments.save_copy, ids[0], target)

    def remove_selected(self, *, confirm: bool = True) -> None:
        """Remove the selected attachments, after asking."""
        ids = self.selected_ids()
        if not ids:
            return
        if confirm:
            names = "\n".join(i.text(0) for i in self.list.selectedItems())
            answer = QMessageBox.question(
                self, self.tr("Remove attachments"),
                self.tr("Remove these files from the record?") + "\n\n" + names)
            if answer != QMessageBox.StandardButton.Yes:
                return
        for att_id in ids:
            self.ctx.run(self, self.ctx.services.attachments.remove, att_id)
        self.reload()

    def retranslate(self) -> None:
        """Strings in the current language."""
        self.list.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Description"),
                                   self.tr("Added")])
        self.add_button.setText(self.tr("Add files…"))
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Drop files here to attach them. A copy is kept in the "
                                  "register's attachments folder."))

    # ---------------------------------------------------------------- internals

    def _update_buttons(self) -> None:
        n = len(self.list.selectedItems())
        self.open_button.setEnabled(n > 0)
        self.remove_button.setEnabled(n > 0)
        self.save_button.setEnabled(n == 1)
        self.add_button.setEnabled(self.owner_id is not None)

    def _changes(self, changes: object) -> None:
        if self.owner_id is not None and getattr(changes, "touches", lambda _e: False)("attachments"):
            self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._take_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_drag(event)

    def _take_drag(self, event: QDragMoveEvent) -> None:
        """Accept a drag of local files while the record is saved (enter and move alike)."""
        if self.owner_id is not None and event.mimeData().hasUrls() and all(
                u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.owner_id is not None:
            event.acceptProposedAction()
            self.add_files(paths)

