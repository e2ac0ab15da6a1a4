"""The Meetings section: meetings of working groups, committees and councils.

Filters: a date range (Jalali), the body, the MoU, upcoming/past. The form edits the body
(its MoU and hub follow unless chosen), the number, title, Jalali date and time, place,
attendees, minutes and decisions; attachments and history are the shared panels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from desktop_app.domain import dates
from desktop_app.domain.dates import DateParseError, format_time, parse_time
from desktop_app.domain.meetings import MeetingForm, MeetingQuery
from desktop_app.domain.text import localize_digits
from desktop_app.ui.bidi import plain
from desktop_app.ui.context import UiContext
from desktop_app.ui.icons import icon
from desktop_app.ui.kit.choices import fill
from desktop_app.ui.kit.form import RecordForm, lang, link_column
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.sections.columns import tipped_column
from desktop_app.ui.sections.filters import combo_filter, date_range_filter

CENTER = Qt.AlignmentFlag.AlignCenter


class MeetingFormWidget(RecordForm):
    """The meeting's fields; the service validates."""

    entity = choices_from = "meetings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._form = MeetingForm()
        self.body = self.add_row("body_id", self.link("bodies"))
        self.ordinal = self.add_row("ordinal", QSpinBox(self.details))
        self.ordinal.setRange(0, 10_000)
        self.ordinal.setSpecialValueText("—")
        self.title = self.add_row("title", self.line())
        self.held_on = self.add_row("held_on", self.date_edit(required=True))
        self.held_at = self.add_row("held_at", self.line())
        self.held_at.setMaximumWidth(120)
        self.place = self.add_row("place", self.line())
        self.mou = self.add_row("mou_id", self.link("mous"))
        self.hub = self.add_row("hub_id", self.link("hubs"))
        self.attendees = self.add_row("attendees", self.text_box(56))
        self.minutes = self.add_row("minutes", self.text_box(80))
        self.decisions = self.add_row("decisions", self.text_box(80))
        self.body.changed.connect(self._body_chosen)
        # "Add an action it decided": a new action already linked to this meeting and MoU.
        self.add_action_button = QPushButton(self.details)
        self.add_action_button.setObjectName("meetingAddAction")
        self.add_action_button.setIcon(icon("new"))
        self.add_action_button.clicked.connect(self.add_action)
        self.form_layout.addRow("", self.add_action_button)
        self.refresh_choices()
        self.retranslate()

    def _body_chosen(self) -> None:
        if self._loading:
            return
        body_id = self.body.value()
        if body_id is None:
            return
        mou_id, hub_id = self.ctx.services.meetings.body_links(body_id)
        if mou_id is not None and self.mou.value() is None:
            self.mou.set_value(mou_id)
        if hub_id is not None and self.hub.value() is None:
            self.hub.set_value(hub_id)
        if self.record_id is None and self.ordinal.value() == 0:
            self.ordinal.setValue(self.ctx.services.meetings.next_ordinal(body_id) or 0)

    def shown(self, key: str, value: Any) -> Any:
        return format_time(value, lang()) if key == "held_at" else value

    def read(self, key: str, value: Any) -> Any:
        if key == "ordinal":
            return value or None
        if key == "held_at":
            try:
                return parse_time(value)
            except DateParseError:
                return None  # dates_valid() has said so under the field
        return value

    def load_more(self, form: MeetingForm) -> None:
        self.add_action_button.setEnabled(form.id is not None)

    def add_action(self) -> None:
        """Record an action this meeting decided, without leaving the meeting."""
        if self.record_id is None:
            return
        from desktop_app.ui.records.quick_add import QuickAddDialog

        dialog = QuickAddDialog(self.ctx, "actions", self, meeting_id=self.record_id,
                                mou_id=self._form.mou_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.quick_dialog = dialog

    def dates_valid(self) -> bool:
        ok = super().dates_valid()
        try:
            parse_time(self.held_at.text())
            self.errors["held_at"].show_message("")
        except DateParseError:
            self.errors["held_at"].show_message(self.tr("Not a time: type it as 14:30."))
            ok = False
        return ok

    def heading_text(self) -> str:
        if self.record_id is None:
            return self.tr("New meeting")
        return self._form.title or plain(self.body.combo.currentText())

    def retranslate(self) -> None:
        super().retranslate()
        for key, text in (("body_id", self.tr("Body")), ("ordinal", self.tr("Meeting no.")),
                          ("title", self.tr("Title")), ("held_on", self.tr("Date")),
                          ("held_at", self.tr("Time")), ("place", self.tr("Place")),
                          ("mou_id", self.tr("MoU")), ("hub_id", self.tr("Hub")),
                          ("attendees", self.tr("Attendees")), ("minutes", self.tr("Minutes")),
                          ("decisions", self.tr("Decisions"))):
            self.captions[key].setText(text)
        self.held_at.setPlaceholderText(self.tr("e.g. 14:30"))
        self.add_action_button.setText(self.tr("Add an action it decided"))


class MeetingsSection(RecordSection):
    """Meetings: list | form."""

    section_id = "meetings"
    filters_list_records = True
    form_class = MeetingFormWidget
    entities = frozenset({"meetings", "bodies", "mous", "hubs", "action_items"})
    order = 40
    column_widths = (110, 60, 300, 220, 200, 80)
    default_sort = ("held_on", True)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.held_on_text, sort="held_on", align=CENTER),
            Column(lambda: self.tr("No."), lambda r: r.ordinal_text, sort="ordinal", align=CENTER),
            tipped_column(lambda: self.tr("Title"), lambda r: r.label, sort="title"),
            tipped_column(lambda: self.tr("Body"), lambda r: r.body_name, sort="body"),
            link_column(lambda: self.tr("MoU"), "mous", lambda r: r.mou_id, lambda r: r.mou_label),
            Column(lambda: self.tr("Place"), lambda r: r.place, sort="place"),
            Column(lambda: self.tr("Open actions"),
                   lambda r: localize_digits(r.open_actions, lang()) if r.open_actions else "",
                   align=CENTER),
        ]

    def build_filters(self) -> None:
        self.when_filter = combo_filter(self, "meetingWhenFilter", 0)
        self.body_filter = combo_filter(self, "meetingBodyFilter", 2, wide=16)
        self.mou_filter = combo_filter(self, "meetingMouFilter", 2, wide=16)
        self.date_from, self.date_to = date_range_filter(
            self, "meetingFrom", "meetingTo")

    def retranslate_filters(self) -> None:
        choices = self.ctx.services.meetings.link_choices()
        fill(self.when_filter, [(None, self.tr("Past and upcoming")),
                                ("upcoming", self.tr("Upcoming")), ("past", self.tr("Past"))])
        fill(self.body_filter, [(None, self.tr("All bodies")), *choices["bodies"]])
        fill(self.mou_filter, [(None, self.tr("All MoUs")), *choices["mous"]])

    def make_query(self, text: str, sort: str | None, descending: bool) -> MeetingQuery:
        return MeetingQuery(text=text, when=self.when_filter.currentData() or "",
                            body_id=self.body_filter.currentData(),
                            mou_id=self.mou_filter.currentData(),
                            date_from=self.date_from.date(), date_to=self.date_to.date(),
                            today=dates.today(), sort=sort or "held_on", descending=descending)

    def empty_form(self) -> MeetingForm:
        return MeetingForm(held_on=None)

    def record_name(self, form: Any) -> str:
        return form.title or self.tr("this meeting")

    def noun(self) -> str:
        return self.tr("meeting")

    def title(self) -> str:
        return self.tr("Meetings")


__all__ = ["MeetingFormWidget", "MeetingsSection"]
