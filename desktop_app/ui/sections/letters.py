"""The Letters section: official correspondence with its reference number and Jalali date.

The search box finds a letter by its number typed in any digit script (۱۴۹۳۸۴ finds
149384). Filters: direction and a date range. The form links a letter to the MoU, hub,
body and meeting it concerns; each link opens its record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.domain.labels import label
from desktop_app.domain.letters import LetterForm, LetterQuery
from desktop_app.domain.text import localize_digits
from desktop_app.domain.vocabulary import LetterDirection
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill, fill_enum
from desktop_app.ui.kit.form import RecordForm, lang, link_column
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.sections.columns import tipped_column
from desktop_app.ui.sections.filters import combo_filter, date_range_filter

CENTER = Qt.AlignmentFlag.AlignCenter


class LetterFormWidget(RecordForm):
    """The letter's fields; the service validates and stores the number in ASCII digits."""

    entity = choices_from = "letters"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._form = LetterForm()
        self.reference = self.add_row("reference_number", self.line())
        self.dated = self.add_row("dated", self.date_edit(required=True))
        self.direction = self.add_row("direction", self.combo())
        self.sender_edit = self.add_row("sender", self.line())
        self.recipient = self.add_row("recipient", self.line())
        self.subject = self.add_row("subject", self.line())
        self.summary = self.add_row("summary", self.text_box(110))
        self.mou = self.add_row("mou_id", self.link("mous"))
        self.hub = self.add_row("hub_id", self.link("hubs"))
        self.body = self.add_row("body_id", self.link("bodies"))
        self.meeting = self.add_row("meeting_id", self.link("meetings"))
        self.refresh_choices()
        self.retranslate()

    def shown(self, key: str, value: Any) -> Any:
        return localize_digits(value, lang()) if key == "reference_number" else value

    def read(self, key: str, value: Any) -> Any:
        return value or LetterDirection.INCOMING if key == "direction" else value

    def heading_text(self) -> str:
        if self.record_id is None:
            return self.tr("New letter")
        number = localize_digits(self._form.reference_number, lang())
        return self.tr("Letter %1").replace("%1", number) + " — " + self._form.subject

    def retranslate(self) -> None:
        super().retranslate()
        fill_enum(self.direction, list(LetterDirection))
        for key, text in (("reference_number", self.tr("Reference no.")),
                          ("dated", self.tr("Date")), ("direction", self.tr("Direction")),
                          ("sender", self.tr("From")), ("recipient", self.tr("To")),
                          ("subject", self.tr("Subject")), ("summary", self.tr("Summary")),
                          ("mou_id", self.tr("MoU")), ("hub_id", self.tr("Hub")),
                          ("body_id", self.tr("Body")), ("meeting_id", self.tr("Meeting"))):
            self.captions[key].setText(text)


class LettersSection(RecordSection):
    """Letters: list | form."""

    section_id = "letters"
    form_class = LetterFormWidget
    name_field = "subject"
    entities = frozenset({"letters", "mous", "hubs", "bodies", "meetings"})
    order = 70
    column_widths = (110, 100, 80, 320, 200, 200, 220)
    default_sort = ("dated", True)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Reference no."), lambda r: r.reference_text, sort="reference",
                   align=CENTER),
            Column(lambda: self.tr("Date"), lambda r: r.dated_text, sort="dated", align=CENTER),
            Column(lambda: self.tr("Direction"), lambda r: r.direction_text, sort="direction"),
            tipped_column(lambda: self.tr("Subject"), lambda r: r.subject, sort="subject"),
            tipped_column(lambda: self.tr("From"), lambda r: r.sender, sort="sender"),
            tipped_column(lambda: self.tr("To"), lambda r: r.recipient, sort="recipient"),
            link_column(lambda: self.tr("MoU"), "mous", lambda r: r.mou_id, lambda r: r.mou_label),
            link_column(lambda: self.tr("Meeting"), "meetings", lambda r: r.meeting_id,
                        lambda r: r.meeting_label),
        ]

    def build_filters(self) -> None:
        self.direction_filter = combo_filter(self, "letterDirectionFilter", 1)
        self.date_from, self.date_to = date_range_filter(
            self, "letterFrom", "letterTo")
        self.list.filter_bar.addStretch(2)

    def retranslate_filters(self) -> None:
        fill(self.direction_filter, [(None, self.tr("Incoming and outgoing")),
                                     *((m, label(m)) for m in LetterDirection)])

    def make_query(self, text: str, sort: str | None, descending: bool) -> LetterQuery:
        return LetterQuery(text=text, direction=self.direction_filter.currentData(),
                           date_from=self.date_from.date(), date_to=self.date_to.date(),
                           sort=sort or "dated", descending=descending)

    def noun(self) -> str:
        return self.tr("letter")

    def title(self) -> str:
        return self.tr("Letters")


__all__ = ["LetterFormWidget", "LettersSection"]
