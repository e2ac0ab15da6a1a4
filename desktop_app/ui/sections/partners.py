"""The Partners section: the searchable, filterable list and the partner's form side by side.

The list is the shared :class:`~desktop_app.ui.widgets.list_page.ListPage` over the
partner service (ids in SQL order, rows fetched lazily), so a register of 100,000 partners
opens at once. The form saves through the service; a validation error marks its fields,
a concurrent edit offers to reload, a delete asks first and says what refers to the
partner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.countries import country_name
from desktop_app.domain.labels import label
from desktop_app.domain.partners import PartnerQuery, PartnerRow
from desktop_app.domain.text import localize_digits
from desktop_app.domain.vocabulary import Origin, PartnerKind
from desktop_app.ui.bidi import isolate
from desktop_app.ui.kit.choices import fill_countries, fill_enum
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.partners.duplicate_hint import DuplicateHint
from desktop_app.ui.partners.form import PartnerFormWidget


def partner_columns() -> list[Column]:
    """The list's columns; headers are translated each time they are asked for."""

    def digits(text: str) -> str:
        return localize_digits(text, i18n.language())

    def header(text: object) -> Callable[[], str]:
        return lambda: QCoreApplication.translate("PartnersSection", str(text))

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


class PartnersSection(RecordSection):
    """Partner organisations: list | form, with "already in the register?" above the form."""

    section_id = "partners"
    name_field = "name"
    entities = frozenset({"partners", "contacts", "mou_parties", "hubs"})
    order = 10
    first_page = True  # a register can hold 100,000 partners: the first rows at once
    column_widths = (260, 240, 150, 110, 100, 180, 180, 120)
    default_sort = ("name", False)
    split_sizes = (700, 460)

    def columns(self) -> list[Column]:
        return partner_columns()

    def build_filters(self) -> None:
        self.country_filter = QComboBox(self.list)
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setMaxVisibleItems(20)
        self.kind_filter = QComboBox(self.list)
        self.kind_filter.setObjectName("kindFilter")
        self.origin_filter = QComboBox(self.list)
        self.origin_filter.setObjectName("originFilter")
        # equal shares: "Domestic and foreign" was cut at 1366 px with a half share
        for combo, stretch in ((self.country_filter, 1), (self.kind_filter, 1),
                               (self.origin_filter, 1)):
            self.list.add_filter(combo, stretch)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.list.reload())

    def retranslate_filters(self) -> None:
        fill_countries(self.country_filter, self.tr("All countries"))
        fill_enum(self.kind_filter, list(PartnerKind), self.tr("All kinds"))
        fill_enum(self.origin_filter, list(Origin), self.tr("Domestic and foreign"))

    def make_query(self, text: str, sort: str | None, descending: bool) -> PartnerQuery:
        return PartnerQuery(text=text, country_code=self.country_filter.currentData(),
                            kind=self.kind_filter.currentData(),
                            origin=self.origin_filter.currentData(),
                            sort=sort or "name", descending=descending)

    def make_form(self) -> PartnerFormWidget:
        form = PartnerFormWidget(self.ctx, self)
        # "Already in the register?" with the importer's duplicate rules, above the form.
        self.duplicate_hint = DuplicateHint(self.ctx.services.imports.existing_partners, form)
        form.column.insertWidget(1, self.duplicate_hint)
        self.duplicate_hint.openRequested.connect(self.open_record)
        for line in (form.name, form.name_en, form.website, form.email):
            line.editingFinished.connect(self._check_duplicates)
        form.country.currentIndexChanged.connect(lambda _i: self._check_duplicates())
        return form

    def noun(self) -> str:
        return self.tr("the new partner")

    def title(self) -> str:
        return self.tr("Partners")

    def delete_refusal(self, name: str, usage: dict[str, int]) -> str:
        if not (usage.get("mous") or usage.get("hubs")):
            return ""
        lang = i18n.language()
        return self.tr("“%1” cannot be deleted: it is a party to %2 MoU(s) and hosts %3 "
                       "hub(s). Remove it from them first.").replace("%1", isolate(name)) \
            .replace("%2", localize_digits(usage.get("mous", 0), lang)) \
            .replace("%3", localize_digits(usage.get("hubs", 0), lang))

    def delete_details(self, usage: dict[str, int]) -> str:
        return self.tr("Its contacts are deleted with it.")

    def _check_duplicates(self) -> None:
        if self.form.dirty:  # only what the user is typing, not a record just opened
            self.duplicate_hint.check(self.form.value())

    def _load(self, record_id: int) -> bool:
        self.duplicate_hint.hide()
        return super()._load(record_id)

    def new_record(self) -> None:
        super().new_record()
        self.duplicate_hint.hide()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("partners"):
            self.duplicate_hint.forget()
        super().on_changes(changes)


__all__ = ["PartnerRow", "PartnersSection"]
