"""The MoU form's Meetings, Actions and Letters tabs: the records linked to the MoU, each
opened with a double-click, added here (already linked) or deleted after asking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.dates import format_date
from desktop_app.domain.labels import label
from desktop_app.domain.text import localize_digits
from desktop_app.ui.context import UiContext
from desktop_app.ui.icons import icon
from desktop_app.ui.mous.tab_base import ID_ROLE, LinkedTab, bar_of


def _meeting(m: Any, lang: str) -> list[str]:
    ordinal = localize_digits(m.ordinal, lang) if m.ordinal else ""
    return [format_date(m.held_on, lang), ordinal, m.title, m.body_name]


def _action(a: Any, lang: str) -> list[str]:
    return [a.title, a.owner, format_date(a.due_on, lang), label(a.status),
            localize_digits(f"{a.progress}%", lang)]


def _letter(x: Any, lang: str) -> list[str]:
    return [localize_digits(x.reference_number, lang), format_date(x.dated, lang),
            label(x.direction), x.subject]


# section -> (cells of a row, the column that names the record, column widths)
KINDS: dict[str, tuple[Callable[[Any, str], list[str]], int, tuple[int, ...]]] = {
    "meetings": (_meeting, 2, (100, 50, 320)),
    "actions": (_action, 0, (320, 200)),
    "letters": (_letter, 3, (110, 100)),
}


class RelatedList(LinkedTab):
    """One tab of records linked to the MoU, added here already linked to it."""

    def __init__(self, ctx: UiContext, section: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.section = section
        self.cells, self.name_column, self.widths = KINDS[section]
        self.tree.setRootIsDecorated(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(
            lambda item, _c: ctx.open_record(section, int(item.data(0, ID_ROLE))))
        self.add = QPushButton(self)
        self.add.setObjectName(f"add_{section}")
        self.add.setIcon(icon("new"))
        self.add.clicked.connect(self.quick_add)
        self.page.addLayout(bar_of(self.add))
        self.page.addWidget(self.tree, 1)

    def show_rows(self, mou_id: int | None, rows: Sequence[Any]) -> None:
        """List *rows* (overdue actions in red)."""
        self.mou_id = mou_id
        self.tree.clear()
        lang = i18n.language()
        today = dt.date.today()
        for row in rows:
            item = QTreeWidgetItem(self.cells(row, lang))
            item.setData(0, ID_ROLE, row.id)
            if self.section == "actions" and row.overdue(today):
                for c in range(item.columnCount()):
                    item.setForeground(c, QColor("#b42318"))
                item.setToolTip(2, self.tr("Overdue"))
            self.tree.addTopLevelItem(item)
        self.add.setEnabled(mou_id is not None)

    def quick_add(self) -> None:
        """Add a meeting, an action or a letter to this MoU without leaving it."""
        if self.mou_id is None:
            return
        from desktop_app.ui.records.quick_add import QuickAddDialog

        known: dict[str, Any] = {"mou_id": self.mou_id}
        if self.section == "meetings":
            known["held_on"] = None
        dialog = QuickAddDialog(self.ctx, self.section, self, **known)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.quick_dialog = dialog

    def delete_selected(self) -> None:
        """Delete the selected record, after asking what goes with it."""
        self.delete_with(getattr(self.ctx.services, self.section), self.name_column)

    def retranslate(self) -> None:
        """Headers and the Add button."""
        headers = {"meetings": [self.tr("Date"), self.tr("No."), self.tr("Title"),
                                self.tr("Body")],
                   "actions": [self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                               self.tr("Status"), self.tr("Progress")],
                   "letters": [self.tr("Reference"), self.tr("Date"), self.tr("Direction"),
                               self.tr("Subject")]}
        adds = {"meetings": self.tr("Add a meeting"), "actions": self.tr("Add an action"),
                "letters": self.tr("Add a letter")}
        self.tree.setColumnCount(len(headers[self.section]))
        self.tree.setHeaderLabels(headers[self.section])
        for column, width in enumerate(self.widths):
            self.tree.header().resizeSection(column, width)
        self.add.setText(adds[self.section])
        self.tree.setToolTip(self.tr("Double-click to open"))
