"""The dashboard: big numbers on top, then what needs attention, then charts.

Everything comes from :class:`~desktop_app.domain.dashboard.DashboardService` as plain
data for a given day (``today_provider``, replaceable in tests); every line opens its
record through ``ctx.open_record``. The figures are recomputed when any change arrives —
at once if the dashboard is on screen, otherwise the next time it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import dates, i18n
from desktop_app.domain.actions import percent_text
from desktop_app.domain.changes import Changes
from desktop_app.domain.dashboard import Dashboard
from desktop_app.domain.history import action_name, entity_name
from desktop_app.domain.labels import label
from desktop_app.domain.text import display_code, localize_digits
from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.ui import theme
from desktop_app.ui.bidi import message
from desktop_app.ui.context import UiContext
from desktop_app.ui.numbers import count_text, digits_for
from desktop_app.ui.section import Section

RECORD_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    MoUStatus.DRAFT: "#98a2b3", MoUStatus.NEGOTIATING: "#f79009", MoUStatus.SIGNED: "#2e90fa",
    MoUStatus.ACTIVE: "#12b76a", MoUStatus.EXPIRED: "#f04438", MoUStatus.TERMINATED: "#667085",
    MoUStatus.RENEWED: "#7a5af8",
}


def _n(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return count_text(value)  # "۱۰۰٬۰۰۰" / "100,000"
    return localize_digits(value, i18n.language())


def _code(value: str | None) -> str:
    return display_code(value, i18n.language())


def _d(value: dt.date | None) -> str:
    return dates.format_date(value, i18n.language())


class Card(QFrame):
    """A big number with its caption and a small line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.number = QLabel(self)
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(self)
        self.caption.setObjectName("cardTitle")
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, number: int, caption: str, detail: str = "", alert: bool = False) -> None:
        """Show *number* (in the language's digits), its caption and detail line."""
        self.number.setText(_n(number))
        self.number.setProperty("alert", alert and number > 0)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.caption.setText(message(caption))
        self.detail.setText(message(detail))  # names and codes keep their order
        self.detail.setVisible(bool(detail))


class RecordList(QTreeWidget):
    """A compact, read-only list of records; activating a line opens the record."""

    def __init__(self, open_record: Callable[[str, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = open_record
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setMinimumHeight(150)
        self.header().setStretchLastSection(False)
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def set_headers(self, headers: Sequence[str], stretch: int) -> None:
        """Column titles; column *stretch* takes the free width."""
        self.setColumnCount(len(headers))
        self.setHeaderLabels(list(headers))
        header = self.header()
        for i in range(len(headers)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: Sequence[tuple[tuple[str, int], Sequence[str]]], empty: str) -> None:
        """Replace the lines: each ``((entity, id), texts)``; *empty* when there are none."""
        self.clear()
        for (entity, rid), texts in rows:
            item = QTreeWidgetItem([str(t) for t in texts])
            item.setData(0, RECORD_ROLE, (entity, rid))
            item.setToolTip(0, texts[0] if texts else "")
            for col, text in enumerate(texts):
                item.setToolTip(col, str(text))
            self.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([empty])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, RECORD_ROLE)
        if data:
            self._open(data[0], int(data[1]))


def _chart_view(parent: QWidget) -> QChartView:
    chart = QChart()
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitleFont(theme.ui_font(10, QFont.Weight.DemiBold))
    chart.legend().setFont(theme.ui_font(9))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


class DashboardSection(Section):
    """What needs attention today, at a glance."""

    section_id = "dashboard"
    entities: frozenset[str] = frozenset()  # everything: any change may move a figure
    order = 0

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today_provider: Callable[[], dt.date] = dates.today
        self.data: Dashboard | None = None
        self._dirty = True
        self._waiting = False  # the first figures wait for the window's first paint

        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.as_of = QLabel(self)
        self.as_of.setObjectName("muted")
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.as_of)
        head.addStretch(1)
        head.addWidget(self.refresh_button)

        self.card_partners = Card(self)
        self.card_mous = Card(self)
        self.card_expiring = Card(self)
        self.card_overdue = Card(self)
        self.card_meetings = Card(self)
        self.card_dormant = Card(self)
        cards = QHBoxLayout()
        for card in (self.card_partners, self.card_mous, self.card_expiring, self.card_overdue,
                     self.card_meetings, self.card_dormant):
            cards.addWidget(card, 1)

        open_record = self._open
        self.expiring = RecordList(open_record, self)
        self.overdue = RecordList(open_record, self)
        self.upcoming = RecordList(open_record, self)
        self.dormant = RecordList(open_record, self)
        self.hubs = RecordList(open_record, self)
        self.countries = RecordList(open_record, self)
        self.recent = RecordList(open_record, self)
        for lst in (self.expiring, self.overdue, self.upcoming, self.dormant, self.hubs,
                    self.countries, self.recent):
            lst.setObjectName("dashboardList")
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        placements = [("expiring", self.expiring, 0, 0), ("overdue", self.overdue, 0, 1),
                      ("upcoming", self.upcoming, 1, 0), ("dormant", self.dormant, 1, 1),
                      ("hubs", self.hubs, 3, 0), ("countries", self.countries, 3, 1)]
        for key, widget, row, col in placements:
            grid.addWidget(self._box(key, widget), row, col)
        self.status_chart = _chart_view(self)
        self.country_chart = _chart_view(self)
        grid.addWidget(self._box("status_chart", self.status_chart), 2, 0)
        grid.addWidget(self._box("country_chart", self.country_chart), 2, 1)
        grid.addWidget(self._box("recent", self.recent), 4, 0, 1, 2)
        self.recent.setMinimumHeight(260)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)
        column.addLayout(head)
        column.addLayout(cards)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def _box(self, key: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(widget)
        self.boxes[key] = box
        return box

    def _open(self, entity: str, record_id: int) -> None:
        self.ctx.open_record(entity, record_id)

    # ---------------------------------------------------------------- Section hooks

    def title(self) -> str:
        return self.tr("Dashboard")

    def on_changes(self, changes: Changes) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            # The first screen of the window: its frame is drawn first and the figures
            # follow at once (their queries are not on the path to the first paint).
            window = self.window()
            after_paint = getattr(window, "after_first_paint", None)
            if after_paint is not None and not getattr(window, "painted", True):
                if not self._waiting:
                    self._waiting = True
                    after_paint(self._first_refresh)
            else:
                self.refresh()
        super().showEvent(event)

    def _first_refresh(self) -> None:
        self._waiting = False
        if self._dirty:
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.refresh_button.setText(self.tr("Refresh"))
        titles = {
            "expiring": self.tr("MoUs expiring within 90 days"),
            "overdue": self.tr("Overdue actions"),
            "upcoming": self.tr("Meetings in the next 30 days"),
            "dormant": self.tr("Dormant MoUs (nothing recorded for %1 months)"),
            "status_chart": self.tr("MoUs by status"),
            "country_chart": self.tr("MoUs by country"),
            "hubs": self.tr("Country hubs"),
            "countries": self.tr("Partners and MoUs per country"),
            "recent": self.tr("Recent changes"),
        }
        for key, text in titles.items():
            self.boxes[key].setTitle(text)
        self.expiring.set_headers([self.tr("MoU"), self.tr("No."), self.tr("Valid until"),
                                   self.tr("Days left")], 0)
        self.overdue.set_headers([self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                  self.tr("Days late"), self.tr("Progress")], 0)
        self.upcoming.set_headers([self.tr("Meeting"), self.tr("Date"), self.tr("Place")], 0)
        self.dormant.set_headers([self.tr("MoU"), self.tr("No."), self.tr("Last activity")], 0)
        self.hubs.set_headers([self.tr("Hub"), self.tr("Country"), self.tr("MoUs"),
                               self.tr("Partners")], 0)
        self.countries.set_headers([self.tr("Country"), self.tr("Partners"), self.tr("MoUs")], 0)
        self.recent.set_headers([self.tr("When"), self.tr("Who"), self.tr("What"),
                                 self.tr("Record")], 3)
        if self.data is not None:
            self.show_data(self.data)

    # ---------------------------------------------------------------- content

    def refresh(self) -> None:
        """Recompute the figures for today and show them."""
        months = 6
        window = self.window()
        settings = getattr(window, "settings", None)
        if settings is not None:
            months = max(1, int(settings.dormant_months))
        self.data = self.ctx.services.dashboard.summary(self.today_provider(),
                                                        dormant_months=months)
        self._dirty = False
        self.show_data(self.data)

    def show_data(self, d: Dashboard) -> None:
        """Fill cards, lists and charts from *d*."""
        self.as_of.setText(self.tr("as of %1").replace("%1", dates.format_date(
            d.today, i18n.language(), "long")))
        self.boxes["dormant"].setTitle(self.tr("Dormant MoUs (nothing recorded for %1 months)")
                                       .replace("%1", _n(d.dormant_months)))
        self.card_partners.set(d.partners_total, self.tr("Partners"))
        self.card_mous.set(d.mous_live, self.tr("MoUs in force"),
                           self.tr("%1 hubs").replace("%1", _n(d.hubs_total)))
        self.card_expiring.set(
            len(d.expiring_within(90)), self.tr("Expiring within 90 days"),
            self.tr("30 days: %1 · 60 days: %2").replace("%1", _n(len(d.expiring_within(30))))
            .replace("%2", _n(len(d.expiring_within(60)))), alert=bool(d.expiring_within(30)))
        self.card_overdue.set(len(d.overdue), self.tr("Overdue actions"),
                              self.tr("%1 open in all").replace("%1", _n(d.open_actions)),
                              alert=True)
        self.card_meetings.set(len(d.upcoming), self.tr("Meetings in 30 days"))
        self.card_dormant.set(len(d.dormant), self.tr("Dormant MoUs"))

        nothing = self.tr("Nothing to show")
        self.expiring.set_rows([(("mous", m.id), [m.title, _code(m.number), _d(m.valid_until),
                                                  _n(m.days_left)]) for m in d.expiring], nothing)
        self.overdue.set_rows([(("action_items", a.id),
                                [a.title, a.owner, _d(a.due_on), _n(a.days_late),
                                 percent_text(a.progress, i18n.language())]) for a in d.overdue], nothing)
        self.upcoming.set_rows([(("meetings", m.id), [m.title, _d(m.held_on), m.place])
                                for m in d.upcoming], nothing)
        self.dormant.set_rows([(("mous", m.id), [m.title, _code(m.number),
                                                 _d(m.last_activity) if m.last_activity
                                                 else self.tr("none")])
                               for m in d.dormant], nothing)
        lang = i18n.language()
        from desktop_app.domain.countries import country_name

        self.hubs.set_rows([(("hubs", h.id), [h.title, country_name(h.country_code, lang),
                                              _n(h.mous), _n(h.partners)]) for h in d.hubs],
                           nothing)
        self.countries.set_rows([(("partners", 0), [country_name(c.code, lang), _n(c.partners),
                                                    _n(c.mous)]) for c in d.countries], nothing)
        # A country line is not a record: make it inert.
        for i in range(self.countries.topLevelItemCount()):
            line = self.countries.topLevelItem(i)
            if line is not None:
                line.setData(0, RECORD_ROLE, None)
        self.recent.set_rows([((e.entity, e.entity_id),
                               [dates.format_datetime(e.at, lang), e.actor,
                                f"{entity_name(e.entity)} — {action_name(e.action)}",
                                digits_for(e.title)])
                              for e in d.recent], nothing)
        self._status_chart(d)
        self._country_chart(d)

    def _status_chart(self, d: Dashboard) -> None:
        chart = self.status_chart.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        for status, count in d.mous_by_status.items():
            if count:
                slice_ = series.append(f"{label(status)} ({_n(count)})", count)
                slice_.setColor(QColor(STATUS_COLOURS.get(status, theme.ACCENT)))
                slice_.setLabelFont(theme.ui_font(9))
        series.setPieSize(0.75)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight
                                    if i18n.language() == "en" else Qt.AlignmentFlag.AlignLeft)
        chart.legend().setFont(theme.ui_font(9))

    def _country_chart(self, d: Dashboard) -> None:
        chart = self.country_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = [c for c in d.countries if c.mous][:8][::-1]
        lang = i18n.language()
        from desktop_app.domain.countries import country_name

        bars = QBarSet(self.tr("MoUs"))
        bars.setColor(QColor(theme.ACCENT))
        bars.setLabelFont(theme.ui_font(9))
        for c in rows:
            bars.append(c.mous)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([country_name(c.code, lang) for c in rows] or [""])
        categories.setLabelsFont(theme.ui_font(9))
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([c.mous for c in rows] + [1]))
        values.setTickCount(min(6, max([c.mous for c in rows] + [1]) + 1))
        values.setLabelsFont(theme.ui_font(8))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(False)
