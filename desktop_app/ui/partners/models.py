"""Item models of the partner form: the editable contacts table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.partners import ContactForm
from desktop_app.ui.kit.rows import OrderedRows

Index = QModelIndex | QPersistentModelIndex


# (attribute, header) — headers are callables so they follow the language.
CONTACT_COLUMNS: list[tuple[str, Callable[[], str]]] = [
    ("name", lambda: QCoreApplication.translate("ContactsModel", "Name")),
    ("role", lambda: QCoreApplication.translate("ContactsModel", "Role")),
    ("email", lambda: QCoreApplication.translate("ContactsModel", "E-mail")),
    ("phone", lambda: QCoreApplication.translate("ContactsModel", "Phone")),
]


class ContactsModel(OrderedRows):
    """The contact persons of the partner being edited; every cell is editable in place."""

    columns = CONTACT_COLUMNS

    def add_contact(self) -> QModelIndex:
        """Append an empty contact; return the index of its name cell."""
        return self.index(self.append(ContactForm()), 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(self._rows[index.row()], CONTACT_COLUMNS[index.column()][0])
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        attr = CONTACT_COLUMNS[index.column()][0]
        text = "" if value is None else str(value)
        if getattr(self._rows[index.row()], attr) == text:
            return False
        setattr(self._rows[index.row()], attr, text)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.remove(row, count)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(CONTACT_COLUMNS)):
            return CONTACT_COLUMNS[section][1]()
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Headers follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CONTACT_COLUMNS) - 1)
