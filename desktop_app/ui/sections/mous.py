"""The MoUs section: the list (search, filters, sortable columns) beside the MoU form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.countries import country_name
from desktop_app.domain.dates import format_date
from desktop_app.domain.labels import label
from desktop_app.domain.mous import MoUQuery, MoURow
from desktop_app.domain.text import display_code, localize_digits
from desktop_app.ui.bidi import display, isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.mous.editor import MoUEditor
from desktop_app.ui.section import Section
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.list_page import ListPage

EXPIRING_CHOICES = (30, 60, 90)


def _tr(text: str) -> str:
    """Translate an already-marked string of this section (for lambdas and helpers)."""
    return QCoreApplication.translate("MoUsSection", text)


def code_text(code: str) -> str:
    """A number or reference as shown in the current language (see ``display_code``)."""
    return display_code(code, i18n.language())


def _status(value: Any) -> MoUStatus | None:
    return None if value is None else MoUStatus(value)


def _expiry_text(row: MoURow) -> str:
    if row.days_to_expiry is None or row.status not in (MoUStatus.SIGNED, MoUStatus.ACTIVE):
        return ""
    lang = i18n.language()
    if row.days_to_expiry < 0:
        return QCoreApplication.translate("MoUsSection", "expired")
    return localize_digits(QCoreApplication.translate("MoUsSection", "%1 days").replace("%1", str(row.days_to_expiry)), lang)


def _expiry_colour(row: MoURow) -> Any:
    if row.days_to_expiry is None or row.status not in (MoUStatus.SIGNED, MoUStatus.ACTIVE):
        return None
    if row.days_to_expiry < 0:
        return QColor("#b42318")
    if row.days_to_expiry <= 30:
        return QColor("#b54708")
    return None


def mou_columns() -> list[Column]:
    """The columns of the MoU list."""
    fg = Qt.ItemDataRole.ForegroundRole
    tip = Qt.ItemDataRole.ToolTipRole
    return [
        Column(lambda: QCoreApplication.translate("MoUsSection", "No."), lambda r: code_text(r.number), "number"),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Title"), lambda r: r.title, "title",
               role_values={tip: lambda r: r.title}),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Signed"), lambda r: format_date(r.signed_on, i18n.language()),
               "signed_on"),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Status"), lambda r: label(r.status), "status"),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Valid until"), lambda r: format_date(r.valid_until, i18n.language()),
               "valid_until"),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Expires in"), _expiry_text, "valid_until",
               role_values={fg: _expiry_colour}),
        Column(lambda: QCoreApplication.translate("MoUsSection", "Parties"), lambda r: r.parties, None,
               role_values={tip: lambda r: "\n".join(r.party_names)}),
    ]


class MoUsSection(Section):
    """MoUs with their parties, axes, bodies, meetings, actions, letters and files."""

    section_id = "mous"
    entities = frozenset({"mous", "mou_parties", "cooperation_axes", "bodies", "body_members",
                          "meetings", "action_items", "letters", "attachments", "partners",
                          "hubs"})
    order = 30

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_page = ListPage(mou_columns(), self._rows, self._query, self)
        self.status_filter = QComboBox(self)
        self.country_filter = QComboBox(self)
        self.hub_filter = QComboBox(self)
        self.expiring_filter = QComboBox(self)
        self.signed_from = JalaliDateEdit(self)
        self.signed_to = JalaliDateEdit(self)
        self.signed_label = QLabel(self)
        self.to_label = QLabel(self)
        for combo in (self.status_filter, self.country_filter, self.hub_filter,
                      self.expiring_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.signed_from, self.signed_to):
            edit.dateChanged.connect(self._filters_changed)
        filters = QWidget(self)
        grid = QGridLayout(filters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.status_filter, 0, 0)
        grid.addWidget(self.country_filter, 0, 1)
        grid.addWidget(self.hub_filter, 0, 2, 1, 2)
        grid.addWidget(self.expiring_filter, 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.signed_label)
        dates.addWidget(self.signed_from, 1)
        dates.addWidget(self.to_label)
        dates.addWidget(self.signed_to, 1)
        grid.addLayout(dates, 1, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        self.list_page.add_filter(filters, 1)
        header = self.list_page.table.horizontalHeader()
        for col, width in enumerate((110, 240, 85, 70, 85, 80)):
            header.resizeSection(col, width)
        self.list_page.set_sort("signed_on", descending=True)

        self.editor = MoUEditor(ctx, self)
        self.editor.saved.connect(self._saved)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_page)
        self.splitter.addWidget(self.editor)
        # The list gives way first when the window narrows: the editor's nine tabs want
        # every pixel of a 1024-pixel-wide screen (1280×720 at 125%).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.addWidget(self.splitter)

        self.list_page.currentIdChanged.connect(self._current_changed)
        self.list_page.newRequested.connect(self.new_record)
        self.list_page.deleteRequested.connect(lambda _id: self.delete_current())
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_current),
                           (QKeySequence.StandardKey.New, self.new_record)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()  # fills the filters too
        self.list_page.reload()

    # ---------------------------------------------------------------- list

    def _query(self, text: str, sort: str | None, descending: bool) -> Sequence[int]:
        return self.ctx.services.mous.query(MoUQuery(
            text=text, status=_status(self.status_filter.currentData()),
            country_code=self.country_filter.currentData(), hub_id=self.hub_filter.currentData(),
            signed_from=self.signed_from.date(), signed_to=self.signed_to.date(),
            expiring_within_days=self.expiring_filter.currentData(),
            sort=sort or "signed_on", descending=descending if sort else True))

    def _rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return self.ctx.services.mous.rows(ids)

    def _fill_filters(self) -> None:
        lang = i18n.language()

        def refill(combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(display(text), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        refill(self.status_filter, QCoreApplication.translate("MoUsSection", "All statuses"), [(s, label(s)) for s in MoUStatus])
        refill(self.country_filter, QCoreApplication.translate("MoUsSection", "All countries"),
               sorted(((c, country_name(c, lang) or c)
                       for c in self.ctx.services.mous.party_countries()), key=lambda x: x[1]))
        refill(self.hub_filter, QCoreApplication.translate("MoUsSection", "All hubs"), self.ctx.services.mous.hub_choices())
        refill(self.expiring_filter, QCoreApplication.translate("MoUsSection", "Any expiry"),
               [(n, localize_digits(QCoreApplication.translate("MoUsSection", "Expiring within %1 days").replace("%1", str(n)), lang))
                for n in EXPIRING_CHOICES])

    def _filters_changed(self, *_args: Any) -> None:
        self.list_page.reload()

    # ---------------------------------------------------------------- form

    def _current_changed(self, mou_id: int | None) -> None:
        if mou_id is None or mou_id == self.editor.form.id:
            return
        if self.editor.is_dirty() and not self._may_discard():
            if self.editor.form.id is not None:
                self.list_page.select_id(self.editor.form.id)
            return
        self.editor.load(mou_id)

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MoUsSection", "Unsaved changes"),
            QCoreApplication.translate("MoUsSection", "The open MoU has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save() is not None
        return answer == QMessageBox.StandardButton.Discard

    def _saved(self, mou_id: int) -> None:
        self.list_page.select_id(mou_id)  # the list itself reloaded on the save's changes

    # ---------------------------------------------------------------- hooks

    def title(self) -> str:
        return QCoreApplication.translate("MoUsSection", "MoUs")

    def open_record(self, record_id: int) -> None:
        if not self.list_page.select_id(record_id):
            self.list_page.search.clear()
            for combo in (self.status_filter, self.country_filter, self.hub_filter,
                          self.expiring_filter):
                combo.setCurrentIndex(0)
            self.list_page.reload()
            self.list_page.select_id(record_id)
        if self.editor.form.id != record_id:
            self.editor.load(record_id)

    def new_record(self) -> None:
        if self.editor.is_dirty() and not self._may_discard():
            return
        self.list_page.table.clearSelection()
        self.editor.load_new()
        self.editor.tabs.setCurrentIndex(0)
        self.editor.title_edit.setFocus()

    def save_current(self) -> None:
        self.editor.save()

    def delete_current(self) -> None:
        mou_id = self.editor.form.id or self.list_page.current_id()
        if mou_id is None:
            return
        question = self.delete_question(mou_id)
        answer = QMessageBox.question(self, QCoreApplication.translate("MoUsSection", "Delete MoU"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_mou(mou_id)

    def delete_question(self, mou_id: int) -> str:
        """The question asked before deleting, with what would go with the MoU."""
        usage = self.ctx.services.mous.usage(mou_id)
        row = self.ctx.services.mous.rows([mou_id]).get(mou_id)
        lang = i18n.language()
        name = row.title if row else ""
        parts = []
        for key, text in (("mou_parties", QCoreApplication.translate("MoUsSection", "%1 parties")),
                          ("cooperation_axes", QCoreApplication.translate("MoUsSection", "%1 cooperation axes")),
                          ("bodies", QCoreApplication.translate("MoUsSection", "%1 working groups and committees")),
                          ("meetings", QCoreApplication.translate("MoUsSection", "%1 meetings")),
                          ("action_items", QCoreApplication.translate("MoUsSection", "%1 actions")),
                          ("attachments", QCoreApplication.translate("MoUsSection", "%1 attached files"))):
            if usage.get(key):
                parts.append(localize_digits(text.replace("%1", str(usage[key])), lang))
        text = QCoreApplication.translate("MoUsSection", "Delete the MoU “%1”?").replace("%1", isolate(name))
        if parts:
            text += "\n\n" + QCoreApplication.translate("MoUsSection", "It takes with it:") + "\n• " + "\n• ".join(parts)
        if usage.get("letters") or usage.get("events"):
            text += "\n\n" + localize_digits(
                QCoreApplication.translate("MoUsSection", "%1 letters and %2 events stay, without the link to it.")
                .replace("%1", str(usage.get("letters", 0)))
                .replace("%2", str(usage.get("events", 0))), lang)
        return text

    def delete_mou(self, mou_id: int) -> None:
        """Delete without asking (the question was asked)."""
        changes = self.ctx.run(self, self.ctx.services.mous.delete, mou_id)
        if changes is not None:
            try:
                self.ctx.services.attachments.prune()
            except Exception:  # tidying the folder must never fail a delete
                pass
            if self.editor.form.id == mou_id:
                self.editor.load_new()

    def focus_search(self) -> None:
        self.list_page.focus_search()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("partners") or changes.touches("hubs"):
            self._fill_filters()
        current = self.editor.form.id
        self.list_page.reload()
        if current is None:
            return
        if current in changes.deleted.get("mous", frozenset()):
            if self.editor.is_dirty():
                self.editor.show_conflict(QCoreApplication.translate("MoUsSection", "This MoU was deleted elsewhere."))
            else:
                self.editor.load_new()
            return
        if not self.editor.is_dirty() and changes is not self.editor.own_changes:
            self.editor.load(current)

    def retranslate(self) -> None:
        self.signed_label.setText(QCoreApplication.translate("MoUsSection", "Signed from"))
        self.to_label.setText(QCoreApplication.translate("MoUsSection", "to"))
        self._fill_filters()
        self.list_page.model.retranslate()
        self.list_page.refresh_rows()
