"""The dialog that edits one working group, committee or steering council of an MoU."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.bodies import BodyForm, MemberForm, flatten
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.labels import label
from desktop_app.domain.vocabulary import BodyKind
from desktop_app.ui.bidi import display
from desktop_app.ui.context import UiContext
from desktop_app.ui.mous.partner_picker import PartnerPicker
from desktop_app.ui.numbers import count_text
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.text_box import TextBox

ID_ROLE = 256


class BodyDialog(QDialog):
    """Edits a :class:`BodyForm`: kind, name, parent, secretariat, formed on, members."""

    def __init__(self, ctx: UiContext, form: BodyForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.saved_id: int | None = None
        self.setMinimumWidth(640)
        self.kind = QComboBox(self)
        for kind in BodyKind:
            self.kind.addItem(label(kind), kind)
        self.name = QLineEdit(self)
        self.description = TextBox(self)
        self.description.setFixedHeight(60)
        self.parent_combo = QComboBox(self)
        self.parent_combo.addItem(self.tr("(none: a top-level body)"), None)
        if form.mou_id is not None:
            for node in flatten(ctx.services.bodies.tree_for_mou(form.mou_id)):
                if node.id != form.id:
                    self.parent_combo.addItem(display(node.name), node.id)
        self.secretariat = QComboBox(self)
        self.secretariat.addItem(self.tr("(none)"), None)
        if form.mou_id is not None:
            for party in ctx.services.mous.detail(form.mou_id).parties:
                self.secretariat.addItem(display(party.name), party.partner_id)
        self.formed_on = JalaliDateEdit(self)
        self.members = QTableWidget(0, 3, self)
        self.members.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Person"),
                                                self.tr("Role")])
        # The organisation and the person share the width; the role ("secretary", "member")
        # is short and takes what its text needs.
        header = self.members.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picker = PartnerPicker(lambda t: ctx.services.partners.choices(t, 30), self)
        self.picker.partnerChosen.connect(self._add_member)
        self.add_person = QPushButton(self.tr("Add a person"), self)
        self.add_person.clicked.connect(lambda: self._add_member(None, ""))
        self.remove_member = QPushButton(self.tr("Remove member"), self)
        self.remove_member.clicked.connect(self._remove_member)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.error.hide()

        form_layout = QFormLayout()
        form_layout.addRow(self.tr("Kind"), self.kind)
        form_layout.addRow(self.tr("Name"), self.name)
        form_layout.addRow(self.tr("Description"), self.description)
        form_layout.addRow(self.tr("Under"), self.parent_combo)
        form_layout.addRow(self.tr("Secretariat"), self.secretariat)
        form_layout.addRow(self.tr("Formed on"), self.formed_on)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.picker, 1)
        member_buttons.addWidget(self.add_person)
        member_buttons.addWidget(self.remove_member)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(QLabel(self.tr("Members"), self))
        layout.addLayout(member_buttons)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Working group or committee"))
        self._load(form)

    def _load(self, f: BodyForm) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(f.kind), 0))
        self.name.setText(f.name)
        self.description.setPlainText(f.description)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(f.parent_id), 0))
        index = self.secretariat.findData(f.secretariat_partner_id)
        if index < 0 and f.secretariat_partner_id is not None:
            names = self.ctx.services.mous.partner_names([f.secretariat_partner_id])
            self.secretariat.addItem(display(names.get(f.secretariat_partner_id, "")),
                                    f.secretariat_partner_id)
            index = self.secretariat.count() - 1
        self.secretariat.setCurrentIndex(max(index, 0))
        self.formed_on.setDate(f.formed_on)
        names = self.ctx.services.mous.partner_names([m.partner_id for m in f.members if m.partner_id])
        for m in f.members:
            self._add_member(m.partner_id, names.get(m.partner_id or -1, ""), m)

    def _add_member(self, partner_id: int | None, name: str, member: MemberForm | None = None) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        org = QTableWidgetItem(name)
        org.setData(ID_ROLE, partner_id)
        org.setData(ID_ROLE + 1, member.id if member else None)
        self.members.setItem(row, 0, org)
        self.members.setItem(row, 1, QTableWidgetItem(member.person if member else ""))
        self.members.setItem(row, 2, QTableWidgetItem(member.role if member else ""))
        self._number_members()

    def _number_members(self) -> None:
        """Members numbered in the window's digits (the grid's own header counts 1, 2, 3)."""
        self.members.setVerticalHeaderLabels(
            [count_text(i + 1) for i in range(self.members.rowCount())])

    def _remove_member(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)
            self._number_members()

    def current_form(self) -> BodyForm:
        """The form as the dialog shows it."""
        members = []
        for row in range(self.members.rowCount()):
            org, person, role = (self.members.item(row, c) for c in range(3))
            if org is None:
                continue
            members.append(MemberForm(org.data(ID_ROLE + 1), org.data(ID_ROLE),
                                      person.text() if person else "",
                                      role.text() if role else ""))
        return BodyForm(self.form.id, self.form.version, BodyKind(self.kind.currentData()),
                        self.name.text(), self.description.toPlainText(), self.form.mou_id,
                        self.form.hub_id, self.parent_combo.currentData(),
                        self.secretariat.currentData(), self.formed_on.date(), members)

    def save(self) -> None:
        """Save through the body service; show what is wrong, or close."""
        try:
            saved = self.ctx.run(self, self.ctx.services.bodies.save, self.current_form())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            self.error.show()
            return
        if saved is not None:
            self.saved_id = saved
            self.accept()
