"""The hub form's editable missions table: title, owner, progress (a bar), status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.actions import percent_text
from desktop_app.domain.hubs import mission_status
from desktop_app.domain.i18n import language
from desktop_app.domain.labels import label
from desktop_app.domain.vocabulary import WorkStatus
from desktop_app.ui.kit.rows import OrderedRows
from desktop_app.ui.records.delegates import PROGRESS_ROLE

Index = QModelIndex | QPersistentModelIndex
TITLE, OWNER, PROGRESS, STATUS = range(4)


class MissionsModel(OrderedRows):
    """The missions of the hub being edited, in order; editing progress moves the status
    the way the service will (100 % is done)."""

    columns = (TITLE, OWNER, PROGRESS, STATUS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = ["Mission", "Owner", "Progress", "Status"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == TITLE:
                return m.title
            if col == OWNER:
                return m.owner
            if col == PROGRESS:
                return m.progress if role == Qt.ItemDataRole.EditRole else percent_text(
                    m.progress, language())
            if col == STATUS:
                return label(WorkStatus(m.status))
        if role == PROGRESS_ROLE and col == PROGRESS:
            return m.progress
        if role == Qt.ItemDataRole.ToolTipRole and col in (TITLE, OWNER):
            return (m.title if col == TITLE else m.owner) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        m = self._rows[index.row()]
        col = index.column()
        if col == TITLE:
            m.title = str(value)
        elif col == OWNER:
            m.owner = str(value)
        elif col == PROGRESS:
            try:
                m.progress = max(0, min(100, int(value)))
            except (TypeError, ValueError):
                return False
            m.status = mission_status(m.progress, WorkStatus(m.status))
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() != STATUS else base

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 4):
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
