"""The child rows a form edits in a table (an MoU's parties and axes, a hub's missions, a
partner's contacts): copies of the domain's row forms, in order, appended, removed and
moved with the model's begin/end signals. Each table keeps only its columns and cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

Index = QModelIndex | QPersistentModelIndex


class OrderedRows(QAbstractTableModel):
    """Rows of dataclass forms in order; ``edited`` after an append, a removal or a move."""

    edited = Signal()
    columns: Sequence[Any] = ()  # one entry a column (what each table needs to know of it)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show copies of *rows* (the form keeps its own)."""
        self.beginResetModel()
        self._rows = [replace(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        """Copies of the rows, in order."""
        return [replace(r) for r in self._rows]

    def row_at(self, row: int) -> Any:
        """The row object on *row* (not a copy)."""
        return self._rows[row]

    def append(self, item: Any) -> int:
        """Add *item* at the end; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int, count: int = 1) -> bool:
        """Remove *count* rows from *row*; False when they are not all there."""
        if row < 0 or count <= 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def move(self, row: int, delta: int) -> int:
        """Move *row* up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)
