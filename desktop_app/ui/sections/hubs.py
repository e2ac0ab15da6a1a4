"""The Hubs section: country hubs, their missions (edited in the form) and their dossier.

The form's missions table is edited in place (progress with a spin box, drawn as a bar);
the Dossier tab shows the partners and MoUs in the hub's country, recent events, meetings
and letters, each a link that opens its record. "Print dossier" asks the reports service
for the hub's PDF when that service offers it.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import dates
from desktop_app.domain.countries import all_countries, country_name
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.hubs import HubForm, HubQuery, MissionForm
from desktop_app.domain.labels import label
from desktop_app.domain.text import localize_digits, sort_key
from desktop_app.domain.vocabulary import HubStatus
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill
from desktop_app.ui.kit.form import ErrorLabel, RecordForm, lang
from desktop_app.ui.kit.operation import KNOWN, run_operation
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.records.delegates import PROGRESS_ROLE, ProgressDelegate
from desktop_app.ui.records.missions import PROGRESS, MissionsModel
from desktop_app.ui.sections.columns import tipped_column

CENTER = Qt.AlignmentFlag.AlignCenter


def country_items() -> list[tuple[str, str]]:
    """(code, name) of every country in the current language's alphabetical order."""
    items = [(c.code, c.name(lang())) for c in all_countries()]
    return sorted(items, key=lambda x: sort_key(x[1]))


class HubFormWidget(RecordForm):
    """The hub's fields, its missions table and its dossier."""

    entity = "hubs"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._form = HubForm()
        self.title = self.add_row("title", self.line())
        self.host = self.add_row("host_partner_id", self.link(
            "partners", QT_TRANSLATE_NOOP("Kit", "Open the host park")))
        self.country = self.add_row("country_code", QComboBox(self.details))
        self.country.setMaxVisibleItems(20)
        self.designated_by = self.add_row("designated_by", self.line())
        self.launch_date = self.add_row("launch_date", self.date_edit())
        self.status = self.add_row("status", QComboBox(self.details))
        self.notes = self.add_row("notes", self.text_box(56))

        # missions: a tab of their own, edited in place
        missions = QWidget(self)
        self.missions_model = MissionsModel(self)
        self.missions_view = QTableView(missions)
        self.missions_view.setObjectName("hubMissions")
        self.missions_view.setModel(self.missions_model)
        self.missions_view.setWordWrap(True)
        self.missions_view.verticalHeader().setVisible(False)
        self.missions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.missions_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.missions_view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.missions_view))
        header = self.missions_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 140), (2, 110), (3, 100)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.missions_view.verticalHeader().setDefaultSectionSize(44)
        self.add_mission = QPushButton(missions)
        self.remove_mission = QPushButton(missions)
        self.up_mission = QPushButton(missions)
        self.down_mission = QPushButton(missions)
        self.errors["missions"] = ErrorLabel(missions)
        buttons = QHBoxLayout()
        for b in (self.add_mission, self.remove_mission, self.up_mission, self.down_mission):
            buttons.addWidget(b)
        buttons.addStretch(1)
        page = QVBoxLayout(missions)
        page.addWidget(self.missions_view, 1)
        page.addWidget(self.errors["missions"])
        page.addLayout(buttons)
        self.fields["missions"] = self.missions_view
        self.tabs.insertTab(1, missions, "")
        self.missions_tab = missions

        # dossier
        dossier = QWidget(self)
        self.dossier = QTextBrowser(dossier)
        self.dossier.setObjectName("hubDossier")
        self.dossier.setOpenLinks(False)
        self.dossier.anchorClicked.connect(self._link)
        self.print_button = QPushButton(dossier)
        self.print_button.setObjectName("hubPrintDossier")
        self.print_button.clicked.connect(self._print)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        dcol = QVBoxLayout(dossier)
        dcol.addWidget(self.dossier, 1)
        dcol.addLayout(row)
        self.tabs.insertTab(2, dossier, "")
        self.dossier_tab = dossier

        for signal in (self.missions_model.dataChanged, self.missions_model.rowsInserted,
                       self.missions_model.rowsRemoved, self.missions_model.rowsMoved):
            signal.connect(self._edited)
        self.add_mission.clicked.connect(self._add_mission)
        self.remove_mission.clicked.connect(self._remove_mission)
        self.up_mission.clicked.connect(lambda: self._move_mission(-1))
        self.down_mission.clicked.connect(lambda: self._move_mission(1))
        self.refresh_choices()
        self.retranslate()

    # ---------------------------------------------------------------- missions

    def _current_mission(self) -> int:
        index = self.missions_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _add_mission(self) -> None:
        row = self.missions_model.append(MissionForm())
        index = self.missions_model.index(row, 0)
        self.missions_view.setCurrentIndex(index)
        self.missions_view.edit(index)

    def _remove_mission(self) -> None:
        self.missions_model.remove(self._current_mission())

    def _move_mission(self, delta: int) -> None:
        row = self._current_mission()
        if row >= 0:
            target = self.missions_model.move(row, delta)
            self.missions_view.setCurrentIndex(self.missions_model.index(target, 0))

    # ---------------------------------------------------------------- dossier

    def _link(self, url: QUrl) -> None:
        entity, _, rid = url.toString().partition(":")
        if rid.isdigit():
            self.ctx.open_record(entity, int(rid))

    def _print(self) -> None:
        reports = self.ctx.services.reports
        if self.record_id is None or not hasattr(reports, "hub_dossier_pdf"):
            return
        outcome = run_operation(self.ctx, self, "print hub dossier", reports.hub_dossier_pdf,
                                self.record_id, lang(), handled=KNOWN)
        if outcome.error is not None:
            self.general_error.show_message(str(outcome.error))
            return
        path = outcome.value
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _show_dossier(self) -> None:
        self.dossier.setLayoutDirection(self.layoutDirection())
        if self.record_id is None:
            self.dossier.setHtml("")
            return
        try:
            d = self.ctx.services.hubs.detail(self.record_id)
        except NotFoundError:
            self.dossier.setHtml("")
            return
        direction = "rtl" if lang() == "fa" else "ltr"
        esc = html.escape

        def items(entity: str, rows: Any) -> str:
            if not rows:
                return f"<p style='color:#777'>{esc(self.tr('None recorded.'))}</p>"
            lis = []
            for x in rows:
                extra = " — ".join(v for v in (x.detail, dates.format_date(x.date, lang())) if v)
                lis.append(f"<li><a href='{entity}:{x.id}'>{esc(x.label)}</a>"
                           + (f" <span style='color:#666'>({esc(extra)})</span>" if extra else "")
                           + "</li>")
            return "<ul>" + "".join(lis) + "</ul>"

        r = d.row
        summary = self.tr("%1 missions, %2 done; mean progress %3").replace(
            "%1", localize_digits(r.missions, lang())).replace(
            "%2", localize_digits(r.missions_done, lang())).replace(
            "%3", localize_digits(f"{r.progress}%", lang()) if lang() == "en"
            else localize_digits(r.progress, lang()) + "٪")
        body = [f"<h3>{esc(r.title)}</h3>",
                f"<p>{esc(r.host_name)} — {esc(r.country_name)} — {esc(r.status_text)}"
                + (f" — {esc(r.launch_text)}" if r.launch_text else "") + "</p>",
                f"<p>{esc(summary)}</p>"]
        for heading, entity, rows in (
            (self.tr("MoUs linked to the hub"), "mous", d.hub_mous),
            (self.tr("Other MoUs with parties in %1").replace("%1", r.country_name), "mous",
             d.country_mous),
            (self.tr("Partners in %1").replace("%1", r.country_name), "partners", d.partners),
            (self.tr("Recent events"), "events", d.events),
            (self.tr("Recent meetings"), "meetings", d.meetings),
            (self.tr("Recent letters"), "letters", d.letters),
        ):
            body.append(f"<h4>{esc(heading)}</h4>{items(entity, rows)}")
        self.dossier.setHtml(f"<div dir='{direction}'>" + "".join(body) + "</div>")

    # ---------------------------------------------------------------- data

    def refresh_choices(self) -> None:
        self.host.set_choices(self.ctx.services.hubs.host_choices())

    def load_more(self, form: HubForm) -> None:
        self.missions_model.set_rows(form.missions)
        self.missions_view.resizeRowsToContents()

    def load(self, form: HubForm) -> None:
        super().load(form)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.dossier_tab), form.id is not None)
        self._update_print()
        self._show_dossier()

    def _update_print(self) -> None:
        available = hasattr(self.ctx.services.reports, "hub_dossier_pdf")
        self.print_button.setEnabled(available and self.record_id is not None)
        self.print_button.setToolTip(
            self.tr("Print the hub's dossier as a PDF") if available
            else self.tr("The dossier report is not available in this version yet."))

    def value(self) -> HubForm:
        form = super().value()
        return replace(form, status=form.status or HubStatus.ACTIVE,
                       missions=self.missions_model.rows())

    def show_errors(self, errors: dict[str, str], keep_date_errors: bool = False) -> None:
        super().show_errors(errors, keep_date_errors)
        if "missions" in errors:
            self.tabs.setCurrentWidget(self.missions_tab)

    def heading_text(self) -> str:
        return self._form.title if self.record_id is not None else self.tr("New hub")

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.missions_tab), self.tr("Missions"))
        self.tabs.setTabText(self.tabs.indexOf(self.dossier_tab), self.tr("Dossier"))
        keep = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem("—", None)
        for code, name in country_items():
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(keep)))
        self.country.blockSignals(False)
        keep = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        for m in HubStatus:
            self.status.addItem(label(m), m)
        self.status.setCurrentIndex(max(0, self.status.findData(keep)))
        self.status.blockSignals(False)
        for key, text in (("title", self.tr("Title")), ("host_partner_id", self.tr("Host park")),
                          ("country_code", self.tr("Country")),
                          ("designated_by", self.tr("Designated by")),
                          ("launch_date", self.tr("Launched on")), ("status", self.tr("Status")),
                          ("notes", self.tr("Notes"))):
            self.captions[key].setText(text)
        self.title.setPlaceholderText(self.tr("Left empty: named after the country"))
        self.missions_model.set_headers([self.tr("Mission"), self.tr("Owner"),
                                         self.tr("Progress"), self.tr("Status")])
        self.add_mission.setText(self.tr("Add mission"))
        self.remove_mission.setText(self.tr("Remove"))
        self.up_mission.setText(self.tr("Move up"))
        self.down_mission.setText(self.tr("Move down"))
        self.print_button.setText(self.tr("Print dossier"))
        self._update_print()
        self._show_dossier()


class HubsSection(RecordSection):
    """Country hubs: list | form (details, missions, dossier, attachments, history)."""

    section_id = "hubs"
    filters_list_records = True
    form_class = HubFormWidget
    entities = frozenset({"hubs", "hub_missions", "mous", "partners", "events", "meetings",
                          "letters", "action_items"})
    order = 20
    column_widths = (330, 110, 240, 110, 90, 130, 80)
    default_sort = ("launch_date", True)

    def columns(self) -> list[Column]:
        return [
            tipped_column(lambda: self.tr("Hub"), lambda r: r.title, sort="title"),
            Column(lambda: self.tr("Country"), lambda r: r.country_name, sort="country"),
            Column(lambda: self.tr("Host park"), lambda r: r.host_name, sort="host"),
            Column(lambda: self.tr("Launched"), lambda r: r.launch_text, sort="launch_date",
                   align=CENTER),
            Column(lambda: self.tr("Status"), lambda r: r.status_text, sort="status"),
            Column(lambda: self.tr("Progress"), lambda r: str(r.progress),
                   role_values={PROGRESS_ROLE: lambda r: r.progress}),
            Column(lambda: self.tr("Missions"), lambda r: localize_digits(
                f"{r.missions_done}/{r.missions}", lang()), align=CENTER),
        ]

    def build_filters(self) -> None:
        self.list.table.setItemDelegateForColumn(5, ProgressDelegate(self.list.table))
        self.status_filter = QComboBox(self.list)
        self.status_filter.setObjectName("hubStatusFilter")
        self.country_filter = QComboBox(self.list)
        self.country_filter.setObjectName("hubCountryFilter")
        self.list.add_filter(self.status_filter, 1)
        self.list.add_filter(self.country_filter, 1)
        self.list.filter_bar.addStretch(2)
        for combo in (self.status_filter, self.country_filter):
            combo.currentIndexChanged.connect(lambda _i: self.list.reload())

    def retranslate_filters(self) -> None:
        fill(self.status_filter, [(None, self.tr("Any status")),
                                  *((m, label(m)) for m in HubStatus)])
        fill(self.country_filter, [(None, self.tr("All countries")),
                                   *((c, country_name(c, lang()))
                                     for c in self.ctx.services.hubs.countries())])

    def refresh_choices(self) -> None:
        super().refresh_choices()
        self.form._show_dossier()

    def make_query(self, text: str, sort: str | None, descending: bool) -> HubQuery:
        return HubQuery(text=text, status=self.status_filter.currentData(),
                        country_code=self.country_filter.currentData(),
                        sort=sort or "launch_date", descending=descending)

    def noun(self) -> str:
        return self.tr("hub")

    def title(self) -> str:
        return self.tr("Hubs")


__all__ = ["HubFormWidget", "HubsSection"]
