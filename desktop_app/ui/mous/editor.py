"""The MoU form: details, parties, cooperation axes, bodies, meetings, actions, letters,
attachments and history, each on its own tab. ``load`` / ``current_form`` / ``save`` work
against :class:`~desktop_app.domain.mous.MoUForm`; the service does every check and the
form shows its messages under the fields and marks the tabs that hold them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.domain import i18n
from desktop_app.domain.bodies import BodyForm
from desktop_app.domain.changes import Changes
from desktop_app.domain.dates import (
    DateParseError,
    format_date,
    format_time,
    parse_time,
    years_later,
)
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.labels import label
from desktop_app.domain.mous import MoUDetail, MoUForm, allowed_statuses
from desktop_app.domain.records import describe_cascade
from desktop_app.domain.text import localize_digits
from desktop_app.ui.bidi import display, isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.delete_key import set_delete_handler
from desktop_app.ui.icons import icon
from desktop_app.ui.mous.body_dialog import BodyDialog
from desktop_app.ui.mous.models import AxesModel, PartiesModel
from desktop_app.ui.mous.partner_picker import PartnerPicker
from desktop_app.ui.widgets.attachments import AttachmentsPanel
from desktop_app.ui.widgets.history import HistoryPanel
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.text_box import TextBox

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b42318;"

# Which tab holds the message of each field the service may name.
TAB_OF_FIELD = {"parties": 1, "axes": 2}


class FieldError(QLabel):
    """The red line under a field that says what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def _ordered_table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return view


class MoUEditor(QWidget):
    """The form of one MoU (or of a new one)."""

    saved = Signal(int)
    dirtyChanged = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = MoUForm()
        self.detail: MoUDetail | None = None
        self.own_changes: Changes | None = None  # while this editor publishes its save
        self._dirty = False
        self._loading = False
        self._time_error = ""
        self.errors: dict[str, str] = {}

        # ---------------------------------------------------------- header
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("editorSubtitle")
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setIcon(icon("save"))
        self.print_button = QPushButton(self)
        self.print_button.setIcon(icon("print"))
        self.print_button.clicked.connect(self.print_summary)
        self.conflict = QFrame(self)
        self.conflict.setObjectName("conflictBanner")
        self.conflict.setStyleSheet("#conflictBanner { background: #fef3f2; border: 1px solid #fda29b;"
                                    " border-radius: 4px; }")
        self.conflict_text = QLabel(self.conflict)
        self.conflict_text.setWordWrap(True)
        self.reload_button = QPushButton(self.conflict)
        self.reload_button.clicked.connect(self.reload)
        banner = QHBoxLayout(self.conflict)
        banner.addWidget(self.conflict_text, 1)
        banner.addWidget(self.reload_button)
        self.conflict.hide()
        self.form_error = FieldError(self)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Nine tabs do not fit a laptop's half-screen: rather than hide the last ones behind
        # scroll arrows, the tab titles shorten ("Cooperation…"), each with its whole title
        # as a tooltip, so Attachments and History are always one click away.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._build_details()
        self._build_parties()
        self._build_axes()
        self._build_bodies()
        self.add_buttons: dict[str, QPushButton] = {}
        self.meetings = self._build_list("meetings", 4)
        self.actions = self._build_list("action_items", 5)
        self.letters = self._build_list("letters", 4)
        self.attachments = AttachmentsPanel(ctx, "mous", self)
        self.attachments.countChanged.connect(lambda _n: self._retitle_tabs())
        self.tabs.addTab(self.attachments, "")
        self.history = HistoryPanel(ctx, "mous", self)
        self.tabs.addTab(self.history, "")

        # The Delete key acts on the list that has the focus (see desktop_app.ui.delete_key).
        set_delete_handler(self.parties_view, lambda: self._remove(self.parties_view))
        set_delete_handler(self.axes_view, lambda: self._remove(self.axes_view))
        set_delete_handler(self.bodies, self.delete_body)
        for tree, service in ((self.meetings, "meetings"), (self.actions, "actions"),
                              (self.letters, "letters")):
            set_delete_handler(tree, lambda t=tree, s=service: self._delete_related(t, s))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.conflict)
        layout.addWidget(self.form_error)
        layout.addWidget(self.tabs, 1)
        self._init_print_button()
        self.retranslate()
        self.load_new()

    # ================================================================ building

    def _build_details(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.field_errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            holder = QWidget(page)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            err = FieldError(holder)
            box.addWidget(err)
            self.field_errors[key] = err
            lab = QLabel(page)
            lab.setBuddy(widget)
            self.labels[key] = lab
            form.addRow(lab, holder)

        def text_box(height: int = 56) -> TextBox:
            box = TextBox(page)
            box.setFixedHeight(height)
            box.setTabChangesFocus(True)
            box.textChanged.connect(self._mark_dirty)
            return box

        self.number = QLineEdit(page)
        self.title_edit = QLineEdit(page)
        self.subject = text_box()
        self.objectives = text_box()
        dates = QWidget(page)
        self.signed_on = JalaliDateEdit(dates)
        self.signed_time = QLineEdit(dates)
        self.signed_time.setMaximumWidth(90)
        drow = QHBoxLayout(dates)
        drow.setContentsMargins(0, 0, 0, 0)
        drow.addWidget(self.signed_on, 1)
        self.time_label = QLabel(dates)
        drow.addWidget(self.time_label)
        drow.addWidget(self.signed_time)
        self.place = QLineEdit(page)
        validity = QWidget(page)
        self.valid_from = JalaliDateEdit(validity)
        self.valid_until = JalaliDateEdit(validity)
        self.until_label = QLabel(validity)
        vrow = QHBoxLayout(validity)
        vrow.setContentsMargins(0, 0, 0, 0)
        vrow.addWidget(self.valid_from, 1)
        vrow.addWidget(self.until_label)
        vrow.addWidget(self.valid_until, 1)
        self.valid_for = QComboBox(validity)
        self.valid_for.setObjectName("validFor")
        self.valid_for.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        vrow.addWidget(self.valid_for)
        self.valid_for.activated.connect(self._valid_for_chosen)
        self.renewal_terms = text_box(44)
        self.status = QComboBox(page)
        for s in MoUStatus:
            self.status.addItem(label(s), s)
        self.renews = QComboBox(page)
        self.hub = QComboBox(page)
        self.notes = text_box(70)
        for key, widget in (("number", self.number), ("title", self.title_edit),
                            ("status", self.status), ("signed_on", dates), ("place", self.place),
                            ("valid_from", validity), ("renewal_terms", self.renewal_terms),
                            ("subject", self.subject), ("objectives", self.objectives),
                            ("hub_id", self.hub), ("renews_id", self.renews), ("notes", self.notes)):
            row(key, widget)
        # Errors about the time and the end of validity sit with their neighbours.
        self.field_errors["signed_time"] = self.field_errors["signed_on"]
        self.field_errors["valid_until"] = self.field_errors["valid_from"]
        for edit in (self.number, self.title_edit, self.place, self.signed_time):
            edit.textEdited.connect(self._mark_dirty)
        self.title_edit.textEdited.connect(self._update_heading)
        for date_edit in (self.signed_on, self.valid_from, self.valid_until):
            date_edit.dateChanged.connect(self._mark_dirty)
        for combo in (self.status, self.renews, self.hub):
            combo.currentIndexChanged.connect(self._mark_dirty)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, "")

    def _build_parties(self) -> None:
        page = QWidget()
        self.parties_model = PartiesModel(self.ctx.services.mous.partner_names, self)
        self.parties_model.edited.connect(self._parties_edited)
        self.parties_view = _ordered_table(self.parties_model, page)
        header = self.parties_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.resizeSection(1, 90)
        header.resizeSection(2, 170)
        self.picker = PartnerPicker(lambda t: self.ctx.services.partners.choices(t, 30), page)
        self.picker.partnerChosen.connect(self.add_party)
        self.party_up, self.party_down, self.party_remove = (QPushButton(page) for _ in range(3))
        self.party_up.clicked.connect(lambda: self._move(self.parties_view, -1))
        self.party_down.clicked.connect(lambda: self._move(self.parties_view, 1))
        self.party_remove.clicked.connect(lambda: self._remove(self.parties_view))
        self.parties_error = FieldError(page)
        self.parties_hint = QLabel(page)
        self.parties_hint.setWordWrap(True)
        self.parties_hint.setStyleSheet("color: #667085;")
        bar = QHBoxLayout()
        bar.addWidget(self.picker, 1)
        for b in (self.party_up, self.party_down, self.party_remove):
            bar.addWidget(b)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.parties_view, 1)
        layout.addWidget(self.parties_error)
        layout.addWidget(self.parties_hint)
        self.field_errors["parties"] = self.parties_error
        self.tabs.addTab(page, "")

    def _build_axes(self) -> None:
        page = QWidget()
        self.axes_model = AxesModel(self)
        self.axes_model.edited.connect(self._axes_edited)
        self.axes_view = _ordered_table(self.axes_model, page)
        self.axes_view.horizontalHeader().resizeSection(0, 420)
        self.axes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.axis_add, self.axis_up, self.axis_down, self.axis_remove = (
            QPushButton(page) for _ in range(4))
        self.axis_add.clicked.connect(self.add_axis)
        self.axis_up.clicked.connect(lambda: self._move(self.axes_view, -1))
        self.axis_down.clicked.connect(lambda: self._move(self.axes_view, 1))
        self.axis_remove.clicked.connect(lambda: self._remove(self.axes_view))
        self.axes_error = FieldError(page)
        bar = QHBoxLayout()
        for b in (self.axis_add, self.axis_up, self.axis_down, self.axis_remove):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.axes_view, 1)
        layout.addWidget(self.axes_error)
        self.field_errors["axes"] = self.axes_error
        self.tabs.addTab(page, "")

    def _build_bodies(self) -> None:
        page = QWidget()
        self.bodies = QTreeWidget(page)
        self.bodies.setColumnCount(4)
        self.bodies.setAlternatingRowColors(True)
        self.bodies.header().resizeSection(0, 280)
        self.bodies.header().resizeSection(1, 120)
        self.bodies.header().resizeSection(2, 180)
        self.bodies.itemActivated.connect(lambda _i, _c: self.edit_body())
        self.body_add, self.body_add_under, self.body_edit, self.body_delete = (
            QPushButton(page) for _ in range(4))
        self.body_add.clicked.connect(lambda: self.add_body(under=False))
        self.body_add_under.clicked.connect(lambda: self.add_body(under=True))
        self.body_edit.clicked.connect(self.edit_body)
        self.body_delete.clicked.connect(self.delete_body)
        self.bodies_hint = QLabel(page)
        self.bodies_hint.setStyleSheet("color: #667085;")
        # Two short rows rather than one long one: the editor stays narrow enough for a
        # 1280×720 laptop at 125%.
        layout = QVBoxLayout(page)
        for pair in ((self.body_add, self.body_add_under), (self.body_edit, self.body_delete)):
            bar = QHBoxLayout()
            for b in pair:
                bar.addWidget(b)
            bar.addStretch(1)
            layout.addLayout(bar)
        layout.addWidget(self.bodies, 1)
        layout.addWidget(self.bodies_hint)
        self.tabs.addTab(page, "")

    def _build_list(self, entity: str, columns: int) -> QTreeWidget:
        """A tab listing the MoU's meetings, actions or letters, with Add (create it here,
        already linked to this MoU) above the list."""
        page = QWidget(self)
        tree = QTreeWidget(page)
        tree.setRootIsDecorated(False)
        tree.setColumnCount(columns)
        tree.setAlternatingRowColors(True)
        tree.header().setStretchLastSection(True)
        section = {"action_items": "actions"}.get(entity, entity)
        tree.itemActivated.connect(
            lambda item, _c: self.ctx.open_record(section, int(item.data(0, ID_ROLE))))
        tree.setToolTip(self.tr("Double-click to open"))
        add = QPushButton(page)
        add.setObjectName(f"add_{section}")
        add.setIcon(icon("new"))
        add.clicked.connect(lambda _c=False, k=section: self.quick_add(k))
        self.add_buttons[section] = add
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(tree, 1)
        self.tabs.addTab(page, "")
        return tree

    def quick_add(self, kind: str) -> None:
        """Add a meeting, an action or a letter to this MoU without leaving it."""
        if self.form.id is None:
            return
        from desktop_app.ui.records.quick_add import QuickAddDialog

        known: dict[str, Any] = {"mou_id": self.form.id}
        if kind == "meetings":
            known["held_on"] = None
        dialog = QuickAddDialog(self.ctx, kind, self, **known)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._refresh_related)
        dialog.open()
        self.quick_dialog = dialog

    def _valid_for_chosen(self, _index: int) -> None:
        """"Valid for N years": the end of validity is the day before the N-th Jalali
        anniversary of the start (or of the signing, when no start is given)."""
        years = self.valid_for.currentData()
        start = self.valid_from.date() or self.signed_on.date()
        if not years or start is None:
            return
        self.valid_until.setDate(years_later(start, int(years)))
        self._mark_dirty()

    def _init_print_button(self) -> None:
        try:
            reports = self.ctx.services.reports
            available = hasattr(reports, "mou_summary_pdf")
        except ImportError:
            available = False
        self._print_available = available
        self.print_button.setEnabled(available)

    # ================================================================ loading

    def load(self, mou_id: int) -> bool:
        """Show MoU *mou_id*; False when it no longer exists."""
        try:
            detail = self.ctx.services.mous.detail(mou_id)
        except NotFoundError:
            self.load_new()
            return False
        self.detail = detail
        self._fill(detail.form)
        return True

    def load_new(self) -> None:
        """Start a new, empty MoU."""
        self.detail = None
        self._fill(MoUForm())

    def reload(self) -> None:
        """Read the open MoU again (after a conflict), dropping the edits."""
        if self.form.id is not None:
            self.load(self.form.id)
        else:
            self.load_new()

    def _fill(self, f: MoUForm) -> None:
        self._loading = True
        try:
            self.form = f
            lang = i18n.language()
            self.number.setText(f.number if any("a" <= c.lower() <= "z" for c in f.number)
                                else localize_digits(f.number, lang))
            self.title_edit.setText(f.title)
            self.subject.setPlainText(f.subject)
            self.objectives.setPlainText(f.objectives)
            self.signed_on.setDate(f.signed_on)
            self.signed_time.setText(format_time(f.signed_time, lang))
            self.place.setText(f.place)
            self.valid_from.setDate(f.valid_from)
            self.valid_until.setDate(f.valid_until)
            self.renewal_terms.setPlainText(f.renewal_terms)
            self._fill_status(f.status if f.id is not None else None, f.status)
            self._fill_combo(self.hub, self.ctx.services.mous.hub_choices(), f.hub_id,
                             self.tr("(no hub)"))
            self._fill_combo(self.renews, self.ctx.services.mous.choices("", 500, exclude=f.id),
                             f.renews_id, self.tr("(does not renew another MoU)"))
            self.notes.setPlainText(f.notes)
            self.parties_model.set_rows(f.parties)
            self.axes_model.set_rows(f.axes)
            self._fill_related()
            self.attachments.set_owner(f.id)
            self.history.set_record(f.id)
            self.show_errors({})
            self.conflict.hide()
            self._update_heading()
            self._set_dirty(False)
            self._update_buttons()
        finally:
            self._loading = False

    def _fill_status(self, current: MoUStatus | None, value: MoUStatus) -> None:
        allowed = set(allowed_statuses(current))
        model = self.status.model()
        for i in range(self.status.count()):
            status = MoUStatus(self.status.itemData(i))
            self.status.setItemText(i, label(status))
            item = model.item(i)  # type: ignore[attr-defined]
            item.setEnabled(status in allowed)
            item.setToolTip("" if status in allowed else
                            self.tr("Not allowed from the MoU's current status"))
        self.status.setCurrentIndex(max(self.status.findData(value), 0))

    @staticmethod
    def _fill_combo(combo: QComboBox, choices: list[tuple[int, str]], value: int | None,
                    empty: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(empty, None)
        for cid, text in choices:
            shown = localize_digits(text, i18n.language()) if text[:1].isdigit() else text
            combo.addItem(display(shown), cid)
            combo.setItemData(combo.count() - 1, display(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.blockSignals(False)

    def _fill_related(self) -> None:
        lang = i18n.language()
        d = self.detail
        self.bodies.clear()
        self.meetings.clear()
        self.actions.clear()
        self.letters.clear()
        if d is None:
            self._retitle_tabs()
            return

        def add_body(node: Any, parent: Any) -> None:
            members = "، ".join(filter(None, (m.person or m.partner_name for m in node.members))) \
                if lang == "fa" else ", ".join(filter(None, (m.person or m.partner_name
                                                             for m in node.members)))
            item = QTreeWidgetItem([node.name, label(node.kind), node.secretariat_name, members])
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, node.description or node.name)
            item.setToolTip(3, "\n".join(
                " — ".join(filter(None, (m.person, m.partner_name, m.role))) for m in node.members))
            if parent is None:
                self.bodies.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add_body(child, item)

        for root in d.bodies:
            add_body(root, None)
        self.bodies.expandAll()
        for m in d.meetings:
            ordinal = localize_digits(m.ordinal, lang) if m.ordinal else ""
            item = QTreeWidgetItem([format_date(m.held_on, lang), ordinal, m.title, m.body_name])
            item.setData(0, ID_ROLE, m.id)
            self.meetings.addTopLevelItem(item)
        today = dt.date.today()
        for a in d.actions:
            item = QTreeWidgetItem([a.title, a.owner, format_date(a.due_on, lang), label(a.status),
                                    localize_digits(f"{a.progress}%", lang)])
            item.setData(0, ID_ROLE, a.id)
            if a.overdue(today):
                for c in range(5):
                    item.setForeground(c, QColor("#b42318"))
                item.setToolTip(2, self.tr("Overdue"))
            self.actions.addTopLevelItem(item)
        for x in d.letters:
            item = QTreeWidgetItem([localize_digits(x.reference_number, lang),
                                    format_date(x.dated, lang), label(x.direction), x.subject])
            item.setData(0, ID_ROLE, x.id)
            self.letters.addTopLevelItem(item)
        self._retitle_tabs()

    # ================================================================ editing

    def add_party(self, partner_id: int, name: str) -> None:
        """Add the partner chosen in the picker as the next party."""
        row = self.parties_model.add_partner(partner_id, name)
        if row is None:
            self.parties_error.show_message(self.tr("%1 is a party already.").replace("%1", isolate(name)))
            return
        self.parties_view.selectRow(row)

    def add_axis(self) -> None:
        """Add an empty axis and start typing its title."""
        row = self.axes_model.add_axis()
        index = self.axes_model.index(row, 0)
        self.axes_view.setCurrentIndex(index)
        self.axes_view.edit(index)

    @staticmethod
    def _selected_row(view: QTableView) -> int:
        """The row the user sees selected (falling back to the current index)."""
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return rows[0].row() if rows else view.currentIndex().row()

    def _move(self, view: QTableView, delta: int) -> None:
        row = self._selected_row(view)
        if row < 0:
            return
        new_row = view.model().move(row, delta)  # type: ignore[attr-defined]
        view.setCurrentIndex(view.model().index(new_row, 0))
        view.selectRow(new_row)

    def _remove(self, view: QTableView) -> None:
        row = self._selected_row(view)
        if row >= 0:
            view.model().remove(row)  # type: ignore[attr-defined]

    def _parties_edited(self) -> None:
        self._mark_dirty()
        self._retitle_tabs()

    def _axes_edited(self) -> None:
        self._mark_dirty()
        self._retitle_tabs()

    def current_form(self) -> MoUForm:
        """The MoU as the form shows it now (not yet checked)."""
        time_value = None
        time_error = ""
        try:
            time_value = parse_time(self.signed_time.text())
        except DateParseError:
            time_error = self.tr("Not a time: type it as 14:30.")
        self._time_error = time_error
        return MoUForm(
            id=self.form.id, version=self.form.version, number=self.number.text(),
            title=self.title_edit.text(), subject=self.subject.toPlainText(),
            objectives=self.objectives.toPlainText(), signed_on=self.signed_on.date(),
            signed_time=time_value, place=self.place.text(), valid_from=self.valid_from.date(),
            valid_until=self.valid_until.date(), renewal_terms=self.renewal_terms.toPlainText(),
            status=MoUStatus(self.status.currentData()), renews_id=self.renews.currentData(),
            hub_id=self.hub.currentData(), notes=self.notes.toPlainText(),
            parties=self.parties_model.rows(), axes=self.axes_model.rows())

    def _typing_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for key, edit in (("signed_on", self.signed_on), ("valid_from", self.valid_from),
                          ("valid_until", self.valid_until)):
            if not edit.isValid():
                errors[key] = edit.errorText() or self.tr("Not a date.")
        if self._time_error:
            errors["signed_time"] = self._time_error
        return errors

    def save(self) -> int | None:
        """Check and save the MoU; returns its id, or ``None`` (errors are shown)."""
        form = self.current_form()
        typing = self._typing_errors()
        if typing:
            self.show_errors(typing)
            return None
        try:
            mou_id = self.ctx.services.mous.save(form)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        except ConflictError as exc:
            self.show_conflict(str(exc))
            return None
        except Exception as exc:  # storage problems the user can act on, shown plainly
            from desktop_app.domain.errors import DomainError, StorageError

            if isinstance(exc, DomainError | StorageError):
                QMessageBox.warning(self, self.tr("Peyvand"), str(exc))
                return None
            raise
        # Show the saved MoU first, then tell the views: the section sees that the editor
        # already holds what this save changed and does not load it a second time.
        self.load(mou_id.value)
        self.own_changes = mou_id.changes
        try:
            self.ctx.publish(mou_id.changes)
        finally:
            self.own_changes = None
        self.saved.emit(mou_id.value)
        return mou_id.value

    def show_conflict(self, message: str) -> None:
        """Say that someone else changed (or deleted) the MoU; offer to reload it."""
        self.conflict_text.setText(message)
        self.conflict.show()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field and mark the tabs that hold one."""
        self.errors = dict(errors)
        for widget in self.field_errors.values():
            widget.show_message("")
        shown = set()
        for key, message in errors.items():
            widget = self.field_errors.get(key)
            if widget is not None:
                existing = widget.text() if widget.isVisible() else ""
                widget.show_message(f"{existing}\n{message}" if existing else message)
                shown.add(key)
        rest = [m for k, m in errors.items() if k not in shown]
        self.form_error.show_message("\n".join(rest))
        if errors:
            self.form_error.show_message("\n".join(
                [self.tr("The MoU was not saved; see the marked fields."), *rest]))
        self._retitle_tabs()
        if errors:
            first_tab = min(TAB_OF_FIELD.get(k, 0) for k in errors)
            self.tabs.setCurrentIndex(first_tab)

    # ================================================================ bodies

    def _selected_body(self) -> int | None:
        item = self.bodies.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def add_body(self, under: bool = False) -> None:
        """Add a working group (or a committee under the selected body)."""
        if self.form.id is None:
            return
        from desktop_app.domain.vocabulary import BodyKind

        parent = self._selected_body() if under else None
        form = BodyForm(kind=BodyKind.COMMITTEE if parent else BodyKind.WORKING_GROUP,
                        mou_id=self.form.id, parent_id=parent)
        self._body_dialog(form)

    def edit_body(self) -> None:
        """Edit the selected body."""
        body_id = self._selected_body()
        if body_id is None:
            return
        form = self.ctx.run(self, self.ctx.services.bodies.get, body_id)
        if form is not None:
            self._body_dialog(form)

    def _body_dialog(self, form: BodyForm) -> None:
        dialog = BodyDialog(self.ctx, form, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._refresh_related)
        dialog.open()
        self.body_dialog = dialog

    def delete_body(self) -> None:
        """Delete the selected body (and what is under it), after asking with the counts."""
        body_id = self._selected_body()
        if body_id is None:
            return
        usage = self.ctx.services.bodies.usage(body_id)
        lang = i18n.language()
        text = self.tr("Delete “%1” with %2 committee(s) under it, %3 member(s) and %4 "
                       "meeting(s)?").replace("%1", self.bodies.currentItem().text(0)) \
            .replace("%2", localize_digits(usage["bodies"] - 1, lang)) \
            .replace("%3", localize_digits(usage["body_members"], lang)) \
            .replace("%4", localize_digits(usage["meetings"], lang))
        if QMessageBox.question(self, self.tr("Delete"), text) == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, self.ctx.services.bodies.delete, body_id)
            self._refresh_related()

    def _delete_related(self, tree: QTreeWidget, service_name: str) -> None:
        """Delete the meeting, action or letter selected in *tree*, after asking."""
        item = tree.currentItem()
        if item is None:
            return
        column = 2 if service_name == "meetings" else (0 if service_name == "actions" else 3)
        name = item.text(column)
        service = getattr(self.ctx.services, service_name)
        record_id = int(item.data(0, ID_ROLE))
        also = describe_cascade(service.usage(record_id))
        question = self.tr("Delete “%1”? This cannot be undone.").replace("%1", isolate(name))
        if QMessageBox.question(self, self.tr("Delete"), question + ("\n\n" + also if also else "")) \
                == QMessageBox.StandardButton.Yes:
            self.ctx.run(self, service.delete, record_id)
            self._refresh_related()

    def _refresh_related(self) -> None:
        if self.form.id is None:
            return
        try:
            self.detail = self.ctx.services.mous.detail(self.form.id)
        except NotFoundError:
            return
        self._fill_related()
        self.history.reload()

    # ================================================================ printing

    def print_summary(self) -> None:
        """Write the MoU's one-page summary (PDF) and open it."""
        if self.form.id is None or not self._print_available:
            return
        path = self.ctx.run(self, self.ctx.services.reports.mou_summary_pdf, self.form.id,
                            i18n.language())
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ================================================================ state

    def is_dirty(self) -> bool:
        """True when the form holds edits not saved yet."""
        return self._dirty

    def _mark_dirty(self, *_args: Any) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        self.save_button.setEnabled(True)

    def _update_heading(self) -> None:
        lang = i18n.language()
        title = self.title_edit.text().strip()
        if self.form.id is None:
            self.heading.setText(self.tr("New MoU"))
        else:
            number = self.number.text().strip()
            number = number if any("a" <= c.lower() <= "z" for c in number) \
                else localize_digits(number, lang)
            self.heading.setText(self.tr("MoU No. %1").replace("%1", number) if number
                                 else self.tr("MoU"))
        self.subtitle.setText(title)

    def _update_buttons(self) -> None:
        saved = self.form.id is not None
        for b in (self.body_add, self.body_add_under, self.body_edit, self.body_delete,
                  *self.add_buttons.values()):
            b.setEnabled(saved)
        self.print_button.setEnabled(saved and self._print_available)
        self.bodies_hint.setVisible(not saved)

    def _retitle_tabs(self) -> None:
        lang = i18n.language()

        def n(count: int) -> str:
            return f" ({localize_digits(count, lang)})" if count else ""

        d = self.detail
        counts = [0, self.parties_model.rowCount(), self.axes_model.rowCount(),
                  sum(len(b.walk()) for b in d.bodies) if d else 0,
                  len(d.meetings) if d else 0, len(d.actions) if d else 0,
                  len(d.letters) if d else 0, self.attachments.list.topLevelItemCount(), 0]
        # Short titles on the tabs (nine of them share a laptop's half-screen), the full
        # ones in their tooltips.
        full = [self.tr("Details"), self.tr("Parties"), self.tr("Cooperation axes"),
                self.tr("Working groups"), self.tr("Meetings"), self.tr("Actions"),
                self.tr("Letters"), self.tr("Attachments"), self.tr("History")]
        short = [self.tr("Details"), self.tr("Parties"), self.tr("Axes"), self.tr("Groups"),
                 self.tr("Meetings"), self.tr("Actions"), self.tr("Letters"), self.tr("Files"),
                 self.tr("History")]
        titles = [t + n(c) for t, c in zip(short, counts, strict=True)]
        tooltips = [t + n(c) for t, c in zip(full, counts, strict=True)]
        bad_tabs = {TAB_OF_FIELD.get(k, 0) for k in self.errors}
        bar = self.tabs.tabBar()
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, ("⚠ " + title) if i in bad_tabs else title)
            self.tabs.setTabToolTip(i, tooltips[i])
            bar.setTabTextColor(i, QColor("#b42318") if i in bad_tabs else QColor())

    def retranslate(self) -> None:
        """Every string of the form in the current language."""
        names = {
            "number": self.tr("Number"), "title": self.tr("Title"), "status": self.tr("Status"),
            "signed_on": self.tr("Signed on"), "place": self.tr("Place or occasion"),
            "valid_from": self.tr("Valid from"), "renewal_terms": self.tr("Renewal terms"),
            "subject": self.tr("Subject"), "objectives": self.tr("Objectives"),
            "hub_id": self.tr("Country hub"), "renews_id": self.tr("Renews"),
            "notes": self.tr("Notes"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        self.time_label.setText(self.tr("at"))
        self.until_label.setText(self.tr("until"))
        self.valid_for.clear()
        self.valid_for.addItem(self.tr("for…"), None)
        for years in (1, 2, 3, 5, 10):
            self.valid_for.addItem(localize_digits(self.tr("%n year(s)", "", years),
                                                   i18n.language()), years)
        self.valid_for.setToolTip(self.tr("Fill “until” from the validity period"))
        self.add_buttons["meetings"].setText(self.tr("Add a meeting"))
        self.add_buttons["actions"].setText(self.tr("Add an action"))
        self.add_buttons["letters"].setText(self.tr("Add a letter"))
        self.signed_time.setPlaceholderText(self.tr("hh:mm"))
        self.number.setPlaceholderText(self.tr("e.g. 54"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the MoU (Ctrl+S)"))
        self.print_button.setText(self.tr("Print summary"))
        self.print_button.setToolTip(
            self.tr("The MoU's one-page summary as a PDF") if self._print_available
            else self.tr("Reports are not available in this version"))
        self.reload_button.setText(self.tr("Reload"))
        self.party_up.setText(self.tr("Move up"))
        self.party_down.setText(self.tr("Move down"))
        self.party_remove.setText(self.tr("Remove"))
        self.parties_hint.setText(self.tr(
            "Parties are listed in the order of the MoU's text. Double-click a cell to edit the "
            "role or the signatory. A signed MoU has at least two parties."))
        self.axis_add.setText(self.tr("Add axis"))
        self.axis_up.setText(self.tr("Move up"))
        self.axis_down.setText(self.tr("Move down"))
        self.axis_remove.setText(self.tr("Remove"))
        self.body_add.setText(self.tr("Add working group"))
        self.body_add_under.setText(self.tr("Add committee under it"))
        self.body_edit.setText(self.tr("Edit"))
        self.body_delete.setText(self.tr("Delete"))
        self.bodies_hint.setText(self.tr("Save the MoU first to add its working groups."))
        self.bodies.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Secretariat"),
                                     self.tr("Members")])
        self.meetings.setHeaderLabels([self.tr("Date"), self.tr("No."), self.tr("Title"),
                                       self.tr("Body")])
        self.actions.setHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                      self.tr("Status"), self.tr("Progress")])
        self.letters.setHeaderLabels([self.tr("Reference"), self.tr("Date"),
                                      self.tr("Direction"), self.tr("Subject")])
        self.meetings.header().resizeSection(0, 100)
        self.meetings.header().resizeSection(1, 50)
        self.meetings.header().resizeSection(2, 320)
        self.actions.header().resizeSection(0, 320)
        self.actions.header().resizeSection(1, 200)
        self.letters.header().resizeSection(0, 110)
        self.letters.header().resizeSection(1, 100)
        self.parties_model.retranslate()
        self.axes_model.retranslate()
        self._update_heading()
        self._retitle_tabs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self._dirty and self.form.id is not None:
                self.load(self.form.id)  # dates, digits and labels in the new language
        super().changeEvent(event)
