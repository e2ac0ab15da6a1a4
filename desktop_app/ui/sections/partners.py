"""The Partners section: the searchable, filterable list and the partner's form side by side.

The list is the shared :class:`~desktop_app.ui.widgets.list_page.ListPage` over the
partner service (ids in SQL order, rows fetched lazily), so a register of 100,000 partners
opens at once. The form saves through the service; a validation error marks its fields,
a concurrent edit offers to reload, a delete asks first and says what refers to the
partner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vocabulary import Origin, PartnerKind
from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.countries import country_name
from desktop_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from desktop_app.domain.labels import label
from desktop_app.domain.partners import PartnerForm, PartnerQuery, PartnerRow
from desktop_app.domain.text import localize_digits
from desktop_app.ui.bidi import isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.partners.duplicate_hint import DuplicateHint
from desktop_app.ui.partners.form import PartnerFormWidget, fill_country_combo, fill_enum_combo
from desktop_app.ui.section import Section
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.widgets.list_page import ListPage


def partner_columns() -> list[Column]:
    """The list's columns; headers are translated each time they are asked for."""

    def digits(text: str) -> str:
        return localize_digits(text, i18n.language())

    def header(text: str) -> Callable[[], str]:
        return lambda: QCoreApplication.translate("PartnersSection", text)

    latin = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute  # Latin reads from the left
    return [
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Name")), lambda r: r.name, sort="name",
               role_values={Qt.ItemDataRole.ToolTipRole: lambda r: r.name}),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Latin name")), lambda r: r.name_en, sort="name_en", align=latin),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Kind")), lambda r: label(r.kind), sort="kind"),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Country")), lambda r: country_name(r.country_code, i18n.language()),
               sort="country"),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "City")), lambda r: r.city, sort="city"),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Website")), lambda r: r.website, align=latin),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "E-mail")), lambda r: r.email, align=latin),
        Column(header(QT_TRANSLATE_NOOP("PartnersSection", "Phone")), lambda r: digits(r.phone)),
    ]


class PartnersSection(Section):
    """Partner organisations: list | form."""

    section_id = "partners"
    entities = frozenset({"partners", "contacts", "mou_parties", "hubs"})
    order = 10

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        service = ctx.services.partners
        # A register can hold 100,000 partners: show the first rows of a search at once.
        self.list = ListPage(partner_columns(), service.rows, self._query, self, first_page=True)
        self.list.setObjectName("partnerList")
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setMaxVisibleItems(20)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.origin_filter = QComboBox(self)
        self.origin_filter.setObjectName("originFilter")
        self.list.add_filter(self.country_filter, 2)
        self.list.add_filter(self.kind_filter, 2)
        self.list.add_filter(self.origin_filter, 1)
        for combo in (self.country_filter, self.kind_filter, self.origin_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.list.reload())

        self.form = PartnerFormWidget(self)
        # "Already in the register?" with the importer's duplicate rules, above the form.
        self.duplicate_hint = DuplicateHint(self.ctx.services.imports.existing_partners, self.form)
        self.form.layout().insertWidget(1, self.duplicate_hint)
        self.duplicate_hint.openRequested.connect(self.open_record)
        for line in (self.form.name, self.form.name_en, self.form.website, self.form.email):
            line.editingFinished.connect(self._check_duplicates)
        self.form.country.currentIndexChanged.connect(lambda _i: self._check_duplicates())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("partnersSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.splitter)

        header = self.list.table.horizontalHeader()
        for i, width in enumerate((260, 240, 150, 110, 100, 180, 180, 120)):
            header.resizeSection(i, width)

        self.list.currentIdChanged.connect(self._current_changed)
        self.list.newRequested.connect(self.new_record)
        self.list.deleteRequested.connect(self._delete)
        self.form.saveRequested.connect(self.save_current)
        self.form.revertRequested.connect(self._revert)
        self._following_selection = True
        self.retranslate()
        self.list.reload()

    # ---------------------------------------------------------------- list

    def _query(self, text: str, sort: str | None, descending: bool,
               limit: int | None = None) -> Sequence[int]:
        q = PartnerQuery(text=text, country_code=self.country_filter.currentData(),
                         kind=self.kind_filter.currentData(),
                         origin=self.origin_filter.currentData(),
                         sort=sort or "name", descending=descending)
        return self.ctx.services.partners.query(q, limit)

    def _current_changed(self, record_id: int | None) -> None:
        if not self._following_selection:
            return
        if record_id is None or record_id == self.form.record_id:
            return
        if not self._may_leave_form():
            self._following_selection = False
            if self.form.record_id is not None:
                self.list.select_id(self.form.record_id)
            self._following_selection = True
            return
        self._load(record_id)

    def _check_duplicates(self) -> None:
        if self.form.dirty:  # only what the user is typing, not a record just opened
            self.duplicate_hint.check(self.form.value())

    def _load(self, record_id: int) -> bool:
        try:
            form = self.ctx.services.partners.get(record_id)
        except NotFoundError as exc:
            QMessageBox.information(self, self.tr("Partners"), str(exc))
            self.list.reload()
            return False
        history = self.ctx.services.history.entries("partners", record_id)
        self.form.load(form, history)
        self.duplicate_hint.hide()
        return True

    def _may_leave_form(self) -> bool:
        """True when the form has no unsaved edits, or the user saved or dropped them."""
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” first?").replace(
                "%1", self.form.name.text() or self.tr("the new partner")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self._save()
        return answer == QMessageBox.StandardButton.Discard

    # ---------------------------------------------------------------- Section hooks

    def title(self) -> str:
        return self.tr("Partners")

    def open_record(self, record_id: int) -> None:
        if record_id == self.form.record_id:
            self.list.select_id(record_id)
            return
        if not self._may_leave_form():
            return
        if self.list.model.row_of(record_id) is None:
            # Not in the filtered list: show everything so the record can be selected.
            for combo in (self.country_filter, self.kind_filter, self.origin_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.list.search.blockSignals(True)
            self.list.search.clear()
            self.list.search.blockSignals(False)
            self.list.reload()
        if self._load(record_id):
            self._following_selection = False
            self.list.select_id(record_id)
            self._following_selection = True

    def new_record(self) -> None:
        if not self._may_leave_form():
            return
        self._following_selection = False
        self.list.table.clearSelection()
        self.list.table.setCurrentIndex(self.list.model.index(-1, -1))
        self._following_selection = True
        self.form.load(PartnerForm())
        self.duplicate_hint.hide()
        self.form.tabs.setCurrentIndex(0)
        self.form.name.setFocus()

    def save_current(self) -> None:
        self._save()

    def delete_current(self) -> None:
        record_id = self.list.current_id() or self.form.record_id
        if record_id is not None:
            self._delete(record_id)

    def focus_search(self) -> None:
        self.list.focus_search()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("partners"):
            self.duplicate_hint.forget()
        if changes.created.get("partners") or changes.deleted.get("partners"):
            self.list.reload()
        else:
            self.list.refresh_rows(sorted(changes.updated.get("partners", ())))
        current = self.form.record_id
        if current is None:
            return
        if current in changes.deleted.get("partners", ()):
            self.form.load(PartnerForm())
        elif current in changes.updated.get("partners", ()) and not self.form.dirty:
            self._load(current)

    def retranslate(self) -> None:
        fill_country_combo(self.country_filter, self.tr("All countries"))
        fill_enum_combo(self.kind_filter, list(PartnerKind), self.tr("All kinds"))
        fill_enum_combo(self.origin_filter, list(Origin), self.tr("Domestic and foreign"))
        self.list.model.retranslate()
        self.list.refresh_rows()

    # ---------------------------------------------------------------- view state

    def restore_view_state(self, settings: AppSettings) -> None:
        """Column widths and the list/form split as the user left them."""
        header = settings.header_state("partners")
        if not header.isEmpty():
            self.list.table.horizontalHeader().restoreState(header)
        split = settings.splitter_state("partners")
        if not split.isEmpty():
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([700, 460])

    def save_view_state(self, settings: AppSettings) -> None:
        """Remember column widths and the split."""
        settings.set_header_state("partners", self.list.table.horizontalHeader().saveState())
        settings.set_splitter_state("partners", QByteArray(self.splitter.saveState()))

    def can_close(self) -> bool:
        """False when the user chose to stay with unsaved edits."""
        return self._may_leave_form()

    # ---------------------------------------------------------------- operations

    def _save(self) -> bool:
        service = self.ctx.services.partners
        form = self.form.value()
        try:
            result = service.save(form)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            answer = QMessageBox.warning(
                self, self.tr("Changed elsewhere"),
                str(exc) + "\n\n" + self.tr("Reload the partner as it is now? Your edits in "
                                            "this form will be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes and form.id is not None:
                self.form.dirty = False
                if not self._load(form.id):
                    self.form.load(PartnerForm())
            return False
        except (DomainError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Partners"), str(exc))
            return False
        self.form.dirty = False
        self.ctx.publish(result.changes)
        self.open_record(result.value)  # a new partner: select it (an update reloaded already)
        return True

    def _revert(self) -> None:
        if self.form.record_id is None:
            self.form.load(PartnerForm())
        else:
            self._load(self.form.record_id)

    def _delete(self, record_id: int) -> None:
        service = self.ctx.services.partners
        try:
            name = service.get(record_id).name
        except NotFoundError:
            self.list.reload()
            return
        usage = service.usage(record_id)
        if usage.get("mous") or usage.get("hubs"):
            QMessageBox.information(
                self, self.tr("Delete partner"),
                self.tr("“%1” cannot be deleted: it is a party to %2 MoU(s) and hosts %3 "
                        "hub(s). Remove it from them first.")
                .replace("%1", isolate(name))
                .replace("%2", localize_digits(usage.get("mous", 0), i18n.language()))
                .replace("%3", localize_digits(usage.get("hubs", 0), i18n.language())))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete partner"),
            self.tr("Delete “%1” and its contacts? This cannot be undone.").replace("%1", isolate(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self.ctx.run(self, service.delete, record_id) is not None
        if deleted and self.form.record_id == record_id:
            self.form.dirty = False
            self.form.load(PartnerForm())


__all__ = ["PartnerRow", "PartnersSection"]
