"""The MoU form's Working groups tab: the bodies formed to carry the MoU out, as a tree
(a joint working group with its committees), each added and edited in the body dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.bodies import BodyForm
from desktop_app.domain.labels import label
from desktop_app.domain.vocabulary import BodyKind
from desktop_app.ui.context import UiContext
from desktop_app.ui.delete_key import set_delete_handler
from desktop_app.ui.kit.dialogs import confirm_delete
from desktop_app.ui.kit.operation import run_operation
from desktop_app.ui.mous.body_dialog import BodyDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class BodiesTab(QWidget):
    """The bodies of one MoU; ``changed`` after a body was saved or deleted here."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mou_id: int | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((280, 120, 180)):
            self.tree.header().resizeSection(column, width)
        self.tree.itemActivated.connect(lambda _i, _c: self.edit_body())
        self.add, self.add_under, self.edit, self.delete = (QPushButton(self) for _ in range(4))
        self.add.clicked.connect(lambda: self.add_body(under=False))
        self.add_under.clicked.connect(lambda: self.add_body(under=True))
        self.edit.clicked.connect(self.edit_body)
        self.delete.clicked.connect(self.delete_body)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #667085;")
        set_delete_handler(self.tree, self.delete_body)
        # Two short rows rather than one long one: the form stays narrow enough for a
        # 1280×720 laptop at 125%.
        layout = QVBoxLayout(self)
        for pair in ((self.add, self.add_under), (self.edit, self.delete)):
            bar = QHBoxLayout()
            for b in pair:
                bar.addWidget(b)
            bar.addStretch(1)
            layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)

    def show_bodies(self, mou_id: int | None, bodies: Any) -> None:
        """List the MoU's bodies (a tree of :class:`BodyNode`)."""
        self.mou_id = mou_id
        self.tree.clear()
        sep = "، " if i18n.language() == "fa" else ", "

        def add(node: Any, parent: QTreeWidgetItem | None) -> None:
            members = sep.join(filter(None, (m.person or m.partner_name for m in node.members)))
            item = QTreeWidgetItem([node.name, label(node.kind), node.secretariat_name, members])
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, node.description or node.name)
            item.setToolTip(3, "\n".join(
                " — ".join(filter(None, (m.person, m.partner_name, m.role))) for m in node.members))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(child, item)

        for root in bodies:
            add(root, None)
        self.tree.expandAll()
        for b in (self.add, self.add_under, self.edit, self.delete):
            b.setEnabled(mou_id is not None)
        self.hint.setVisible(mou_id is None)

    def count(self) -> int:
        """How many bodies the tree shows (committees included)."""
        n = 0
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                n += 1
                stack.extend(item.child(i) for i in range(item.childCount()))
        return n

    def _selected(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def add_body(self, under: bool = False) -> None:
        """Add a working group (or a committee under the selected body)."""
        if self.mou_id is None:
            return
        parent = self._selected() if under else None
        self._dialog(BodyForm(kind=BodyKind.COMMITTEE if parent else BodyKind.WORKING_GROUP,
                              mou_id=self.mou_id, parent_id=parent))

    def edit_body(self) -> None:
        """Edit the selected body."""
        body_id = self._selected()
        if body_id is not None:
            form = self.ctx.run(self, self.ctx.services.bodies.get, body_id)
            if form is not None:
                self._dialog(form)

    def _dialog(self, form: BodyForm) -> None:
        dialog = BodyDialog(self.ctx, form, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.body_dialog = dialog

    def delete_body(self) -> None:
        """Delete the selected body (and what is under it), after asking with the counts."""
        body_id, item = self._selected(), self.tree.currentItem()
        if body_id is None or item is None:
            return
        usage = dict(self.ctx.services.bodies.usage(body_id))
        usage["bodies"] = usage.get("bodies", 1) - 1  # the plan counts the body itself
        if confirm_delete(self, item.text(0), usage):
            run_operation(self.ctx, self, "delete body", self.ctx.services.bodies.delete, body_id)
            self.changed.emit()

    def retranslate(self) -> None:
        """Every word of the tab."""
        self.add.setText(self.tr("Add working group"))
        self.add_under.setText(self.tr("Add committee under it"))
        self.edit.setText(self.tr("Edit"))
        self.delete.setText(self.tr("Delete"))
        self.hint.setText(self.tr("Save the MoU first to add its working groups."))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Secretariat"),
                                   self.tr("Members")])
