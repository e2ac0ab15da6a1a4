"""A table model that holds only the ids of the current query and fetches rows lazily.

A list of 100,000 partners keeps 100,000 integers; the rows' data is fetched for the
visible part only, in pages, and kept in a small LRU cache (the Anki browser's approach).
Sorting and filtering happen in the service (SQL); the model asks again with the new query.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.models.columns_model import ColumnsModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (a callable, so it follows the language), how to show a row.

    ``sort`` names the service's sort key for this column (``None``: not sortable).
    ``role_values`` may give extra roles, e.g. ``{Qt.ItemDataRole.ToolTipRole: fn}``.
    """

    header: Callable[[], str]
    display: Callable[[Any], Any]
    sort: str | None = None
    align: Qt.AlignmentFlag | None = None
    role_values: dict[int, Callable[[Any], Any]] | None = None


class IdTableModel(ColumnsModel):
    """Rows are ids; data comes from ``fetch_rows(ids) -> {id: row}`` when first shown."""

    PAGE = 200
    CACHE_ROWS = 5000

    def __init__(self, columns: Sequence[Column],
                 fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
                 parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._cache: OrderedDict[int, Any] = OrderedDict()

    # ---------------------------------------------------------------- content

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show *ids* (the result of a new query); clears the cache."""
        self.beginResetModel()
        self._ids = list(ids)
        self._position = {rid: i for i, rid in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int]) -> None:
        """Append *ids* after the rows shown (the rest of a query whose first page is shown)."""
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        for offset, rid in enumerate(ids):
            self._position[rid] = first + offset
        self.endInsertRows()

    def refresh_rows(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached data of *ids* (all when ``None``) so it is fetched again."""
        if ids is None:
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._ids) - 1, len(self._columns) - 1))
            return
        for rid in ids:
            self._cache.pop(rid, None)
            row = self._position.get(rid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def ids(self) -> list[int]:
        """The ids shown, in order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The id on *row*, or ``None``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing *record_id*, or ``None``."""
        return self._position.get(record_id)

    def row_data(self, row: int) -> Any:
        """The fetched data of *row* (fetching its page if needed), or ``None``."""
        rid = self.id_at(row)
        if rid is None:
            return None
        if rid not in self._cache:
            start = (row // self.PAGE) * self.PAGE
            page = [i for i in self._ids[start:start + self.PAGE] if i not in self._cache]
            fetched = self._fetch_rows(page)
            for i in page:
                if i in fetched:
                    self._cache[i] = fetched[i]
            while len(self._cache) > self.CACHE_ROWS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(rid)
        return self._cache.get(rid)

    @property
    def fetch_rows(self) -> Callable[[Sequence[int]], dict[int, Any]]:
        """The function that turns ids into rows (for exports of the whole list)."""
        return self._fetch_rows

    def column(self, index: int) -> Column:
        """The spec of column *index*."""
        return self._columns[index]

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_data(index.row())
            return None if row is None else col.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        if col.role_values and role in col.role_values:
            row = self.row_data(index.row())
            return None if row is None else col.role_values[role](row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        header = self.header_of(section, orientation, role)
        return header if header is not None else super().headerData(section, orientation, role)
