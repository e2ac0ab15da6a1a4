"""The Events section: visits, innovation camps, exhibitions, ceremonies, awards.

An event spans one day or several (the end no earlier than the start); the partners who
took part are chosen with the partner picker that searches as you type; the other
participants are free text. Filters: kind, a date range (events overlapping it), the hub.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventForm, EventQuery
from desktop_app.domain.labels import label
from desktop_app.domain.vocabulary import EventKind
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill, fill_enum
from desktop_app.ui.kit.form import RecordForm, link_column
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.mous.partner_picker import PartnerPicker
from desktop_app.ui.sections.columns import tipped_column
from desktop_app.ui.sections.filters import combo_filter, date_range_filter
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit

CENTER = Qt.AlignmentFlag.AlignCenter


class PartnerList(QWidget):
    """The partners linked to an event: a picker to add one, a list, a remove button."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picker = PartnerPicker(ctx.services.partners.choices, self)
        self.picker.setObjectName("eventPartnerPicker")
        self.list = QListWidget(self)
        self.list.setFixedHeight(92)
        self.remove = QPushButton(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(row)
        col.addWidget(self.list)
        self.picker.partnerChosen.connect(self.add)
        self.remove.clicked.connect(self._remove)
        self.list.itemActivated.connect(
            lambda item: ctx.open_record("partners", item.data(Qt.ItemDataRole.UserRole)))
        self.setFocusProxy(self.picker)
        self.on_change: Any = lambda: None

    def value(self) -> list[int]:
        """The ids of the partners listed."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, ids: Any) -> None:
        """List the partners *ids*."""
        self.list.clear()
        names = self.ctx.services.events.partner_names(ids)
        for pid in ids:
            self._append(pid, names.get(pid, str(pid)))

    def add(self, partner_id: int, name: str) -> None:
        if partner_id not in self.value():
            self._append(partner_id, name)
            self.on_change()
        self.picker.clear()

    def _append(self, partner_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, partner_id)
        item.setToolTip(name)
        self.list.addItem(item)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
            self.on_change()


class EventFormWidget(RecordForm):
    """The event's fields; the service validates."""

    entity = choices_from = "events"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._form = EventForm()
        self.kind = self.add_row("kind", QComboBox(self.details))
        self.title = self.add_row("title", self.line())
        self.held_on = self.add_row("held_on", self.date_edit(required=True))
        self.ends_on = self.add_row("ends_on", self.date_edit())
        self.place = self.add_row("place", self.line())
        self.partners = PartnerList(ctx, self.details)
        self.add_row("partner_ids", self.partners)
        self.partners.on_change = self._edited
        self.participants = self.add_row("participants", self.text_box(56))
        self.mou = self.add_row("mou_id", self.link("mous"))
        self.hub = self.add_row("hub_id", self.link("hubs"))
        self.description = self.add_row("description", self.text_box(80))
        self.refresh_choices()
        self.retranslate()

    def read(self, key: str, value: Any) -> Any:
        return value or EventKind.OTHER if key == "kind" else value

    def heading_text(self) -> str:
        return self._form.title if self.record_id is not None else self.tr("New event")

    def retranslate(self) -> None:
        super().retranslate()
        fill_enum(self.kind, list(EventKind))
        for key, text in (("kind", self.tr("Kind")), ("title", self.tr("Title")),
                          ("held_on", self.tr("Date")), ("ends_on", self.tr("Until")),
                          ("place", self.tr("Place")), ("partner_ids", self.tr("Partners")),
                          ("participants", self.tr("Other participants")),
                          ("mou_id", self.tr("MoU")), ("hub_id", self.tr("Hub")),
                          ("description", self.tr("Description"))):
            self.captions[key].setText(text)
        self.partners.picker.setPlaceholderText(self.tr("Type a partner's name to add it…"))
        self.partners.remove.setText(self.tr("Remove"))
        self.ends_on.edit.setToolTip(self.tr("Leave empty for a one-day event"))


class EventsSection(RecordSection):
    """Events: list | form."""

    section_id = "events"
    filters_list_records = True
    form_class = EventFormWidget
    entities = frozenset({"events", "mous", "hubs", "partners"})
    order = 60
    column_widths = (170, 110, 330, 180, 260, 220)
    default_sort = ("held_on", True)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.date_text, sort="held_on", align=CENTER),
            Column(lambda: self.tr("Kind"), lambda r: r.kind_text, sort="kind"),
            tipped_column(lambda: self.tr("Title"), lambda r: r.title, sort="title"),
            tipped_column(lambda: self.tr("Place"), lambda r: r.place, sort="place"),
            tipped_column(lambda: self.tr("Partners"), lambda r: r.partner_names),
            link_column(lambda: self.tr("MoU"), "mous", lambda r: r.mou_id, lambda r: r.mou_label),
            link_column(lambda: self.tr("Hub"), "hubs", lambda r: r.hub_id, lambda r: r.hub_label),
        ]

    def build_filters(self) -> None:
        self.kind_filter = combo_filter(self, "eventKindFilter", 1)
        self.hub_filter = combo_filter(self, "eventHubFilter", 2, wide=14)
        self.date_from, self.date_to = date_range_filter(
            self, "eventFrom", "eventTo")

    def retranslate_filters(self) -> None:
        fill(self.kind_filter, [(None, self.tr("All kinds")), *((m, label(m)) for m in EventKind)])
        fill(self.hub_filter, [(None, self.tr("All hubs")),
                               *self.ctx.services.events.link_choices()["hubs"]])

    def make_query(self, text: str, sort: str | None, descending: bool) -> EventQuery:
        return EventQuery(text=text, kind=self.kind_filter.currentData(),
                          hub_id=self.hub_filter.currentData(), date_from=self.date_from.date(),
                          date_to=self.date_to.date(), sort=sort or "held_on",
                          descending=descending)

    def noun(self) -> str:
        return self.tr("event")

    def title(self) -> str:
        return self.tr("Events")


__all__ = ["EventFormWidget", "EventsSection", "JalaliDateEdit", "PartnerList"]
