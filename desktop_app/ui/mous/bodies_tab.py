"""The MoU form's Working groups tab: the bodies formed to carry the MoU out, as a tree
(a joint working group with its committees), each added and edited in the body dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidgetItem, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.bodies import BodyForm
from desktop_app.domain.labels import label
from desktop_app.domain.vocabulary import BodyKind
from desktop_app.ui.context import UiContext
from desktop_app.ui.mous.body_dialog import BodyDialog
from desktop_app.ui.mous.tab_base import ID_ROLE, LinkedTab, bar_of


class BodiesTab(LinkedTab):
    """The bodies of one MoU."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tree.setColumnCount(4)
        for column, width in enumerate((280, 120, 180)):
            self.tree.header().resizeSection(column, width)
        self.tree.itemActivated.connect(lambda _i, _c: self.edit_body())
        self.add, self.add_under, self.edit, self.delete = (QPushButton(self) for _ in range(4))
        self.add.clicked.connect(lambda: self.add_body(under=False))
        self.add_under.clicked.connect(lambda: self.add_body(under=True))
        self.edit.clicked.connect(self.edit_body)
        self.delete.clicked.connect(self.delete_selected)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #667085;")
        # Two short rows rather than one long one: the form stays narrow enough for a
        # 1280×720 laptop at 125%.
        self.page.addLayout(bar_of(self.add, self.add_under))
        self.page.addLayout(bar_of(self.edit, self.delete))
        self.page.addWidget(self.tree, 1)
        self.page.addWidget(self.hint)

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

    def add_body(self, under: bool = False) -> None:
        """Add a working group (or a committee under the selected body)."""
        if self.mou_id is None:
            return
        parent = self.selected_id() if under else None
        self._dialog(BodyForm(kind=BodyKind.COMMITTEE if parent else BodyKind.WORKING_GROUP,
                              mou_id=self.mou_id, parent_id=parent))

    def edit_body(self) -> None:
        """Edit the selected body."""
        body_id = self.selected_id()
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

    def delete_selected(self) -> None:
        """Delete the selected body (and what is under it), after asking with the counts."""
        bodies = self.ctx.services.bodies
        body_id = self.selected_id()
        if body_id is not None:
            usage = dict(bodies.usage(body_id))
            usage["bodies"] = usage.get("bodies", 1) - 1  # the plan counts the body itself
            self.delete_with(bodies, 0, usage)

    def retranslate(self) -> None:
        """Every word of the tab."""
        for button, text in ((self.add, self.tr("Add working group")),
                             (self.add_under, self.tr("Add committee under it")),
                             (self.edit, self.tr("Edit")), (self.delete, self.tr("Delete"))):
            button.setText(text)
        self.hint.setText(self.tr("Save the MoU first to add its working groups."))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Secretariat"),
                                   self.tr("Members")])
