"""The MoUs section: the list (search, filters, sortable columns) beside the MoU form."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.countries import country_name
from desktop_app.domain.dates import format_date
from desktop_app.domain.labels import label
from desktop_app.domain.mous import MoUDetail, MoUForm, MoUQuery, MoURow
from desktop_app.domain.records import describe_cascade
from desktop_app.domain.text import display_code, localize_digits
from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.mous.editor import MoUEditor
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit

EXPIRING_CHOICES = (30, 60, 90)


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


class MoUsSection(RecordSection):
    """MoUs with their parties, axes, bodies, meetings, actions, letters and files."""

    section_id = "mous"
    form_class = MoUEditor
    entities = frozenset({"mous", "mou_parties", "cooperation_axes", "bodies", "body_members",
                          "meetings", "action_items", "letters", "attachments", "partners",
                          "hubs"})
    order = 30
    column_widths = (110, 240, 85, 70, 85, 80)
    default_sort = ("signed_on", True)
    # The list gives way first when the window narrows: the form's nine tabs want every
    # pixel of a 1024-pixel-wide screen (1280×720 at 125%).
    split_sizes = (430, 720)
    stretch = (1, 0)
    margins = (4, 8, 4, 8)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_page = self.list
        self.editor = self.form

    def columns(self) -> list[Column]:
        return mou_columns()

    def build_filters(self) -> None:
        self.status_filter, self.country_filter, self.hub_filter, self.expiring_filter = (
            QComboBox(self.list) for _ in range(4))
        self.signed_from, self.signed_to = JalaliDateEdit(self.list), JalaliDateEdit(self.list)
        self.signed_label, self.to_label = QLabel(self.list), QLabel(self.list)
        for combo in (self.status_filter, self.country_filter, self.hub_filter,
                      self.expiring_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i: self.list.reload())
        for edit in (self.signed_from, self.signed_to):
            edit.dateChanged.connect(lambda _d: self.list.reload())
        filters = QWidget(self.list)
        grid = QGridLayout(filters)
        grid.setContentsMargins(0, 0, 0, 0)
        # Two filters a row and the signing dates on a row of their own: the list keeps a
        # narrow minimum, so the MoU form beside it shows all nine tabs on a laptop screen.
        grid.addWidget(self.status_filter, 0, 0)
        grid.addWidget(self.country_filter, 0, 1)
        grid.addWidget(self.hub_filter, 1, 0)
        grid.addWidget(self.expiring_filter, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.signed_label)
        dates.addWidget(self.signed_from, 1)
        dates.addWidget(self.to_label)
        dates.addWidget(self.signed_to, 1)
        grid.addLayout(dates, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.list.add_filter(filters, 1)

    def retranslate_filters(self) -> None:
        lang = i18n.language()
        mous = self.ctx.services.mous
        fill(self.status_filter, [(None, QCoreApplication.translate("MoUsSection", "All statuses")), *((s, label(s)) for s in MoUStatus)])
        fill(self.country_filter, [(None, QCoreApplication.translate("MoUsSection", "All countries")), *sorted(
            ((c, country_name(c, lang) or c) for c in mous.party_countries()), key=lambda x: x[1])])
        fill(self.hub_filter, [(None, QCoreApplication.translate("MoUsSection", "All hubs")), *mous.hub_choices()])
        fill(self.expiring_filter, [(None, QCoreApplication.translate("MoUsSection", "Any expiry")), *(
            (n, localize_digits(QCoreApplication.translate("MoUsSection", "Expiring within %1 days").replace("%1", str(n)), lang))
            for n in EXPIRING_CHOICES)])
        self.signed_label.setText(QCoreApplication.translate("MoUsSection", "Signed from"))
        self.to_label.setText(QCoreApplication.translate("MoUsSection", "to"))

    def make_query(self, text: str, sort: str | None, descending: bool) -> MoUQuery:
        return MoUQuery(
            text=text, status=_status(self.status_filter.currentData()),
            country_code=self.country_filter.currentData(), hub_id=self.hub_filter.currentData(),
            signed_from=self.signed_from.date(), signed_to=self.signed_to.date(),
            expiring_within_days=self.expiring_filter.currentData(),
            sort=sort or "signed_on", descending=descending)

    def fetch(self, record_id: int) -> MoUDetail:
        return self.service.detail(record_id)

    def saved_record(self, saved: MoUForm) -> MoUDetail | MoUForm:
        # A save writes the MoU, its parties and axes: the bodies, meetings, actions and
        # letters the form lists are those it showed.
        detail = self.form.detail
        if detail is not None and detail.form.id == saved.id:
            return replace(detail, form=saved)
        return saved

    def noun(self) -> str:
        return QCoreApplication.translate("MoUsSection", "the new MoU")

    def title(self) -> str:
        return QCoreApplication.translate("MoUsSection", "MoUs")

    def usage(self, record_id: int) -> dict[str, int]:
        # The MoU's plan lists the letters and events it unlinks under their own names.
        plan = dict(self.service.usage(record_id))
        for kept in ("letters", "events"):
            if kept in plan:
                plan["-" + kept] = plan.pop(kept)
        return plan

    def delete_question(self, mou_id: int) -> str:
        """What the delete question lists besides the MoU."""
        return describe_cascade(self.usage(mou_id))

    def deleted(self, record_id: int) -> None:
        try:
            self.ctx.services.attachments.prune()
        except Exception:  # tidying the folder must never fail a delete
            pass

    def reload_on(self, changes: Changes) -> bool:
        # the tabs list the MoU's bodies, meetings, actions and letters
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("partners") or changes.touches("hubs"):
            self.retranslate_filters()
        super().on_changes(changes)
