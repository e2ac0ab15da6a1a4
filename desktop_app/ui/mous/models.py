"""Item models of the MoU form: the ordered parties and cooperation axes being edited,
and the choices of a search-as-you-type picker. Each passes QAbstractItemModelTester."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.mous import AxisForm, PartyForm
from desktop_app.ui.kit.rows import OrderedRows

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def _t(text: str) -> str:
    return QCoreApplication.translate("MoUForm", text)


class _OrderedRows(OrderedRows):
    """The parties' and axes' columns: text cells, the editable ones declared."""

    columns: tuple[tuple[str, Any], ...] = ()  # (attribute, English header, marked for lupdate)
    editable: frozenset[str] = frozenset()

    def display(self, item: Any, attribute: str) -> str:
        return str(getattr(item, attribute) or "")

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        attribute = self.columns[index.column()][0]
        if role in (DISPLAY, EDIT):
            return self.display(item, attribute)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(item, attribute) or None
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        attribute = self.columns[index.column()][0]
        if attribute not in self.editable:
            return False
        item = self._rows[index.row()]
        text = str(value or "")
        if getattr(item, attribute) == text:
            return False
        setattr(item, attribute, text)
        self.dataChanged.emit(index, index, [DISPLAY, EDIT])
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()][0] in self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self.columns):
            return _t(self.columns[section][1])
        if orientation == Qt.Orientation.Vertical and role == DISPLAY \
                and 0 <= section < len(self._rows):
            from desktop_app.domain import i18n
            from desktop_app.domain.text import localize_digits
            return localize_digits(section + 1, i18n.language())
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Headers follow the language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)


class PartiesModel(_OrderedRows):
    """The MoU's parties in order: partner (chosen with the picker), role, signatory."""

    columns = (("partner_id", QT_TRANSLATE_NOOP("MoUForm", "Partner")), ("role", QT_TRANSLATE_NOOP("MoUForm", "Role")),
               ("signatory", QT_TRANSLATE_NOOP("MoUForm", "Signatory")),
               ("signatory_title", QT_TRANSLATE_NOOP("MoUForm", "Signatory's title")))
    editable = frozenset({"role", "signatory", "signatory_title"})

    def __init__(self, names: Callable[[Sequence[int]], dict[int, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._names_of = names
        self._names: dict[int, str] = {}

    def set_rows(self, rows: Sequence[PartyForm], *, names_known: bool = False) -> None:
        """Show *rows*; the partners' names are read again, or with *names_known* (the same
        MoU shown again after its own save) only those of partners not shown before."""
        ids = [r.partner_id for r in rows if r.partner_id is not None]
        if names_known:
            missing = [i for i in ids if i not in self._names]
            names = {i: self._names[i] for i in ids if i in self._names}
            if missing:
                names.update(self._names_of(missing))
            self._names = names
        else:
            self._names = self._names_of(ids)
        super().set_rows(rows)

    def add_partner(self, partner_id: int, name: str) -> int | None:
        """Add a party for *partner_id* (``None`` when it is a party already)."""
        if any(r.partner_id == partner_id for r in self._rows):
            return None
        self._names[partner_id] = name
        return self.append(PartyForm(partner_id=partner_id))

    def display(self, item: Any, attribute: str) -> str:
        if attribute == "partner_id":
            return self._names.get(item.partner_id, "")
        return super().display(item, attribute)


class AxesModel(_OrderedRows):
    """The MoU's cooperation axes in order: title and description."""

    columns = (("title", QT_TRANSLATE_NOOP("MoUForm", "Cooperation axis")),
               ("description", QT_TRANSLATE_NOOP("MoUForm", "Description")))
    editable = frozenset({"title", "description"})

    def add_axis(self, title: str = "", description: str = "") -> int:
        """Add an axis at the end; returns its row."""
        return self.append(AxisForm(title=title, description=description))


class ChoiceListModel(QAbstractListModel):
    """(id, text) choices for a picker; the id is in ``Qt.UserRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[int, str]] = []

    def set_choices(self, choices: Sequence[tuple[int, str]]) -> None:
        """Replace the choices."""
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> tuple[int, str] | None:
        """The (id, text) on *row*."""
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        cid, text = self._choices[index.row()]
        if role in (DISPLAY, EDIT):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return cid
        return None
