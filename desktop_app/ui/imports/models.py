"""Item models of the import wizard and the batches dialog.

* :class:`RawTableModel` shows a file's raw rows (a slice of them: the wizard previews the
  first rows only), with the file's own row numbers down the side and, across the top,
  each column's header and the field it will fill.
* :class:`RecordsModel` is a read-only list of plain records under :class:`Field` specs
  (duplicates, candidates, rejections, new rows, batches).
* :class:`DecisionsModel` adds one editable column: the action chosen for each row, edited
  with :class:`ChoiceDelegate` (a combo box).

None of them copies a 100,000-row file into Qt items: they index the lists they are given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.text import localize_digits
from desktop_app.ui.models.columns_model import ColumnsModel

Index = QModelIndex | QPersistentModelIndex


def digits(value: object) -> str:
    """*value* as text with the current language's digits."""
    return localize_digits(str(value), i18n.language())


class RawTableModel(QAbstractTableModel):
    """The first *limit* rows of a raw table: headers, text cells, the file's row numbers."""

    def __init__(self, parent: Any = None, limit: int = 50) -> None:
        super().__init__(parent)
        self._limit = limit
        self._headers: list[str] = []
        self._rows: Sequence[Sequence[str]] = []
        self._numbers: Sequence[int] = []
        self._targets: dict[int, str] = {}
        self.arrow = "→"

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                  numbers: Sequence[int]) -> None:
        """Show *rows* (only the first ``limit`` are indexed) under *headers*."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = rows
        self._numbers = numbers
        self._targets = {}
        self.endResetModel()

    def set_targets(self, targets: Mapping[int, str]) -> None:
        """Column index → the label of the field it fills (shown under the header)."""
        self._targets = dict(targets)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(len(self._rows), self._limit)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._headers):
                return None
            target = self._targets.get(section)
            return f"{self._headers[section]}\n{self.arrow} {target}" if target else self._headers[section]
        if 0 <= section < min(len(self._numbers), self._limit):
            return digits(self._numbers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Field:
    """One column of a :class:`RecordsModel`: its header (follows the language) and value."""

    header: Callable[[], str]
    value: Callable[[Any], Any]
    tooltip: Callable[[Any], str] | None = None


class RecordsModel(ColumnsModel):
    """A read-only table over a list of plain records."""

    def __init__(self, fields: Sequence[Field], parent: Any = None) -> None:
        super().__init__(fields, parent)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        """Show *records*, in order."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        """The records shown, in order."""
        return list(self._records)

    def record(self, row: int) -> Any:
        """The record on *row*, or ``None``."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = spec.value(record)
            return digits(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.header_of(section, orientation, role)

    def retranslate(self) -> None:
        """Headers and cells follow the language: tell the views to ask again."""
        super().retranslate()
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, len(self._columns) - 1))


#: Role under which :class:`DecisionsModel` gives the choices of a decision cell.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class DecisionsModel(RecordsModel):
    """Records with one editable column: the action chosen for each (a code).

    ``key(record)`` is the record's key in :attr:`decisions` (the file row number);
    ``choices(record)`` the allowed codes; ``label(code)`` their shown names.
    """

    def __init__(self, fields: Sequence[Field], decision_header: Callable[[], str],
                 key: Callable[[Any], int], choices: Callable[[Any], Sequence[str]],
                 label: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(fields, parent)
        self._decision_header = decision_header
        self._key = key
        self._choices = choices
        self._label = label
        self.decisions: dict[int, str] = {}

    @property
    def decision_column(self) -> int:
        """The index of the editable column (the last one)."""
        return len(self._columns)

    def set_records(self, records: Sequence[Any],
                    decisions: Mapping[int, str] | None = None) -> None:
        """Show *records* with their starting *decisions* (key → code)."""
        self.beginResetModel()
        self._records = list(records)
        self.decisions = dict(decisions or {})
        self.endResetModel()

    def set_all(self, code: str) -> None:
        """Choose *code* for every record that allows it."""
        for record in self._records:
            if code in self._choices(record):
                self.decisions[self._key(record)] = code
        if self._records:
            column = self.decision_column
            self.dataChanged.emit(self.index(0, column), self.index(len(self._records) - 1, column))

    def decision(self, record: Any) -> str:
        """The code chosen for *record*."""
        return self.decisions.get(self._key(record), "")

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() != self.decision_column:
            return super().data(index, role)
        record = self._records[index.row()]
        code = self.decision(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(code)
        if role == Qt.ItemDataRole.EditRole:
            return code
        if role == CHOICES_ROLE:
            return [(c, self._label(c)) for c in self._choices(record)]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.decision_column
                or role != Qt.ItemDataRole.EditRole):
            return False
        record = self._records[index.row()]
        if value not in self._choices(record):
            return False
        self.decisions[self._key(record)] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == self.decision_column and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self._decision_header()
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.decision_column:
            record = self._records[index.row()]
            if len(self._choices(record)) > 1:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def retranslate(self) -> None:
        """Headers and the shown action names follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.decision_column)
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, self.decision_column))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a :class:`DecisionsModel` cell with a combo box of its choices."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("decisionCombo")
        for code, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, code)
        # Commit as soon as a choice is made, not only when the editor loses focus.
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw an editable cell as a combo box, so it is plain that it can be changed."""
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        combo = QStyleOptionComboBox()
        combo.rect = option.rect.adjusted(2, 2, -2, -2)
        combo.direction = option.direction
        combo.palette = option.palette
        combo.fontMetrics = option.fontMetrics
        combo.state = QStyle.StateFlag.State_Enabled
        combo.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 170), hint.height())
