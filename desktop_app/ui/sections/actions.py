"""The Actions section: follow-up tasks with owner, due date, status and physical progress.

The list draws progress as a bar and marks overdue rows with a warning icon, red text and
a tooltip saying by how many days (not by colour alone). Filters: status (or "open" /
"overdue"), owner, MoU and a due-date range. In the form, progress and status move
together the way the service keeps them: 100 % is done, done is 100 %.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QStyle, QWidget

from desktop_app.domain import dates, i18n
from desktop_app.domain.actions import ActionForm, ActionQuery
from desktop_app.domain.labels import label
from desktop_app.domain.text import localize_digits
from desktop_app.domain.vocabulary import ActionStatus
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill, fill_enum
from desktop_app.ui.kit.form import RecordForm, lang, link_column
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.records.delegates import PROGRESS_ROLE, ProgressDelegate
from desktop_app.ui.sections.filters import combo_filter, date_range_filter

CENTER = Qt.AlignmentFlag.AlignCenter
OVERDUE_COLOUR = QColor("#b3261e")


class ProgressField(QWidget):
    """A 0–100 slider with a spin box beside it, kept in step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.valueChanged = self.spin.valueChanged
        self.setFocusProxy(self.spin)

    def value(self) -> int:
        return self.spin.value()

    def setValue(self, value: int) -> None:
        self.spin.setValue(value)


class ActionFormWidget(RecordForm):
    """The action's fields; status and progress follow each other as the service rules."""

    entity = "action_items"
    choices_from = "actions"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, attachments=False)
        self._form = ActionForm()
        self.title = self.add_row("title", self.line())
        self.owner = self.add_row("owner", QComboBox(self.details))
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        owner_line = self.owner.lineEdit()
        assert owner_line is not None  # an editable combo has its line
        owner_line.textEdited.connect(self._edited)
        self.due_on = self.add_row("due_on", self.date_edit())
        self.status = self.add_row("status", QComboBox(self.details))
        self.progress = ProgressField(self.details)
        self.add_row("progress", self.progress)
        self.progress.valueChanged.connect(self._edited)
        self.completed = self.add_row("completed_on", QLabel(self.details))
        self.mou = self.add_row("mou_id", self.link("mous"))
        self.mission = self.add_row("mission_id", self.link(
            "hubs", QT_TRANSLATE_NOOP("Kit", "Open the mission's hub"), "missions"))
        self.meeting = self.add_row("meeting_id", self.link("meetings"))
        self.description = self.add_row("description", self.text_box(90))
        self.progress.valueChanged.connect(self._progress_moved)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.mou.changed.connect(self._filter_meetings)
        self.mission.open_button.clicked.disconnect()
        self.mission.open_button.clicked.connect(self._open_mission_hub)
        self._mission_hubs: dict[int, int] = {}
        self.refresh_choices()
        self.retranslate()

    def refresh_choices(self) -> None:
        super().refresh_choices()
        self._filter_meetings()
        keep = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItems(self.ctx.services.actions.owners())
        self.owner.setCurrentText(keep)
        self.owner.blockSignals(False)

    def _filter_meetings(self) -> None:
        """Offer only the chosen MoU's meetings (all of them while no MoU is chosen); the
        meeting already linked stays offered, so loading a record never drops its link."""
        mou_id = self.mou.value()
        choices = self.ctx.services.actions.meeting_choices(mou_id)
        linked = self._form.meeting_id if hasattr(self, "_form") else None
        if mou_id is not None and linked is not None and linked not in {i for i, _ in choices}:
            extra = dict(self.ctx.services.actions.meeting_choices(None)).get(linked)
            if extra:
                choices = [*choices, (linked, extra)]
        self.meeting.set_choices(choices)

    def _open_mission_hub(self) -> None:
        mission_id = self.mission.value()
        if mission_id is not None:
            hub_id = self.ctx.services.actions.mission_hub(mission_id)
            if hub_id is not None:
                self.ctx.open_record("hubs", hub_id)

    def _progress_moved(self, value: int) -> None:
        if self._loading:
            return
        status = self.status.currentData()
        self.status.blockSignals(True)
        if value == 100 and status != ActionStatus.CANCELLED:
            self._set_status(ActionStatus.DONE)
        elif (value < 100 and status == ActionStatus.DONE) or (value > 0 and status == ActionStatus.OPEN):
            self._set_status(ActionStatus.IN_PROGRESS)
        self.status.blockSignals(False)

    def _status_chosen(self, _index: int) -> None:
        if self._loading:
            return
        if self.status.currentData() == ActionStatus.DONE:
            self.progress.setValue(100)
        elif self.progress.value() == 100 and self.status.currentData() != ActionStatus.CANCELLED:
            self.progress.setValue(90)

    def _set_status(self, status: ActionStatus) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def load(self, form: ActionForm) -> None:
        self.begin_load(form.id)
        self._form = form
        self.title.setText(form.title)
        self.owner.setCurrentText(form.owner)
        self.due_on.setDate(form.due_on)
        self._set_status(form.status)
        self.progress.setValue(form.progress)
        self.completed.setText(dates.format_date(form.completed_on, lang()) or "—")
        self.mou.set_value(form.mou_id)
        self.mission.set_value(form.mission_id)
        self._filter_meetings()
        self.meeting.set_value(form.meeting_id)
        self.description.setPlainText(form.description)
        self.end_load()

    def read(self, key: str, value: Any) -> Any:
        if key == "owner":
            return self.owner.currentText()
        return value or ActionStatus.OPEN if key == "status" else value

    def heading_text(self) -> str:
        return self._form.title if self.record_id is not None else self.tr("New action")

    def retranslate(self) -> None:
        super().retranslate()
        fill_enum(self.status, list(ActionStatus))
        for key, text in (("title", self.tr("Title")), ("owner", self.tr("Owner")),
                          ("due_on", self.tr("Due date")), ("status", self.tr("Status")),
                          ("progress", self.tr("Progress")),
                          ("completed_on", self.tr("Completed on")),
                          ("mou_id", self.tr("MoU")), ("mission_id", self.tr("Hub mission")),
                          ("meeting_id", self.tr("Meeting")),
                          ("description", self.tr("Description"))):
            self.captions[key].setText(text)


class ActionsSection(RecordSection):
    """Action items: list (progress bars, overdue marked) | form."""

    section_id = "actions"
    filters_list_records = True
    form_class = ActionFormWidget
    entities = frozenset({"action_items", "mous", "meetings", "hub_missions", "hubs"})
    order = 50
    column_widths = (330, 170, 100, 150, 120, 230)
    default_sort = ("due_on", False)

    def columns(self) -> list[Column]:
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        def overdue_tip(r: Any) -> str | None:
            if not r.overdue:
                return r.title
            return r.title + "\n" + self.tr("Overdue by %1 day(s)").replace(
                "%1", localize_digits(r.days_overdue, lang()))

        return [
            Column(lambda: self.tr("Title"), lambda r: r.title, sort="title", role_values={
                Qt.ItemDataRole.DecorationRole: lambda r: warn if r.overdue else None,
                Qt.ItemDataRole.ForegroundRole: lambda r: OVERDUE_COLOUR if r.overdue else None,
                Qt.ItemDataRole.ToolTipRole: overdue_tip}),
            Column(lambda: self.tr("Owner"), lambda r: r.owner, sort="owner"),
            Column(lambda: self.tr("Due"), lambda r: r.due_text, sort="due_on", align=CENTER,
                   role_values={
                       Qt.ItemDataRole.ForegroundRole: lambda r: OVERDUE_COLOUR if r.overdue else None,
                       Qt.ItemDataRole.ToolTipRole: overdue_tip}),
            Column(lambda: self.tr("Status"), lambda r: (self.tr("Overdue") + i18n.separator() if r.overdue else "")
                   + r.status_text, sort="status"),
            Column(lambda: self.tr("Progress"), lambda r: r.progress_text, sort="progress",
                   role_values={PROGRESS_ROLE: lambda r: r.progress}),
            link_column(lambda: self.tr("MoU"), "mous", lambda r: r.mou_id, lambda r: r.mou_label),
            link_column(lambda: self.tr("Meeting"), "meetings", lambda r: r.meeting_id,
                        lambda r: r.meeting_label),
            link_column(lambda: self.tr("Hub mission"), "hubs", lambda r: r.hub_id,
                        lambda r: r.mission_label),
        ]

    def build_filters(self) -> None:
        self.list.table.setItemDelegateForColumn(4, ProgressDelegate(self.list.table))
        self.status_filter = combo_filter(self, "actionStatusFilter", 1)
        self.owner_filter = combo_filter(self, "actionOwnerFilter", 2, wide=12)
        self.mou_filter = combo_filter(self, "actionMouFilter", 2, wide=12)
        self.due_from, self.due_to = date_range_filter(
            self, "actionDueFrom", "actionDueTo", QT_TRANSLATE_NOOP("Filters", "Due from"))

    def retranslate_filters(self) -> None:
        fill(self.status_filter, [(None, self.tr("Any status")), ("open", self.tr("Not done")),
                                  ("overdue", self.tr("Overdue")),
                                  *((m, label(m)) for m in ActionStatus)])
        fill(self.owner_filter, [(None, self.tr("All owners")),
                                 *((o, o) for o in self.ctx.services.actions.owners())])
        fill(self.mou_filter, [(None, self.tr("All MoUs")),
                               *self.ctx.services.actions.link_choices()["mous"]])

    def make_query(self, text: str, sort: str | None, descending: bool) -> ActionQuery:
        status = self.status_filter.currentData()
        return ActionQuery(
            text=text, status=status if isinstance(status, ActionStatus) else None,
            open_only=status == "open", overdue=status == "overdue", today=dates.today(),
            owner=self.owner_filter.currentData() or "", mou_id=self.mou_filter.currentData(),
            due_from=self.due_from.date(), due_to=self.due_to.date(),
            sort=sort or "due_on", descending=descending)

    def fetch_rows(self, ids: Any) -> dict[int, Any]:
        return self.service.rows(ids, today=dates.today())

    def noun(self) -> str:
        return self.tr("action")

    def title(self) -> str:
        return self.tr("Actions")


__all__ = ["ActionFormWidget", "ActionsSection", "ProgressField"]
