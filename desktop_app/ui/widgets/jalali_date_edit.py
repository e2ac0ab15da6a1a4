"""A date field in the Jalali calendar: type it or pick it; Saturday first, Friday weekend.

Typing accepts everything :func:`desktop_app.domain.dates.parse_date` reads
(``1404/9/25``, ``۱۴۰۴/۰۹/۲۵``, ``25 آذر 1404``, ISO). The picker is a
:class:`QCalendarWidget` on Qt's own Jalali :class:`QCalendar`, without week numbers,
with today selected when the field is empty. An invalid date is refused with an inline
message and :meth:`date` keeps the last valid value.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.domain import i18n
from desktop_app.domain.dates import DateParseError, format_date, parse_date
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.icons import icon

JALALI = QCalendar(QCalendar.System.Jalali)


def make_jalali_calendar(parent: QWidget | None = None) -> QCalendarWidget:
    """A calendar widget in the Jalali calendar: Saturday first, Friday marked, no week numbers."""
    cal = QCalendarWidget(parent)
    cal.setCalendar(JALALI)
    cal.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
    cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    cal.setGridVisible(False)
    normal = QTextCharFormat()
    weekend = QTextCharFormat()
    weekend.setForeground(QColor("#c0392b"))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Monday,
                Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday, Qt.DayOfWeek.Thursday):
        cal.setWeekdayTextFormat(day, normal)
    cal.setWeekdayTextFormat(Qt.DayOfWeek.Friday, weekend)
    today = QTextCharFormat()
    today.setFontWeight(700)
    today.setBackground(QColor("#d6eaf8"))
    cal.setDateTextFormat(QDate.currentDate(), today)
    return cal


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate (the same day; QDate is calendar-neutral)."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


class JalaliDateEdit(FollowsLanguage, QWidget):
    """A line edit for a Jalali date with a calendar button and an inline error line."""

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._required = required
        self._valid = True
        self.edit = QLineEdit(self)
        self.edit.setObjectName("jalaliDateText")
        # Never narrower than a whole date (filter bars squeeze their widgets otherwise).
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("۰۰۰۰/۰۰/۰۰") + 24)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))  # an SVG: the 📅 emoji is in no bundled font
        self.button.setAutoRaise(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.calendar = make_jalali_calendar()
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.error)

        self.edit.editingFinished.connect(self._typed)
        self.button.clicked.connect(self._open_picker)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.setFocusProxy(self.edit)
        self.retranslate()

    # ---------------------------------------------------------------- API

    def date(self) -> dt.date | None:
        """The last valid date entered (``None`` when empty)."""
        return self._date

    def setDate(self, value: dt.date | None) -> None:
        """Show *value* (``None`` empties the field)."""
        changed = value != self._date
        self._date = value
        self.edit.setText(format_date(value, i18n.language()))
        self._set_error("")
        if changed:
            self.dateChanged.emit(value)

    def isValid(self) -> bool:
        """False while the text typed is not a date (or empty when required)."""
        return self._valid

    def errorText(self) -> str:
        """The inline message shown, or ``""``."""
        return self.error.text() if self._valid is False else ""

    def setError(self, message: str) -> None:
        """Show *message* under the field (e.g. a ValidationError from the service)."""
        self._set_error(message, valid=not message)

    def retranslate(self) -> None:
        """Placeholder and tooltip in the current language."""
        self.edit.setPlaceholderText(self.tr("yyyy/mm/dd, e.g. 1404/09/25"))
        self.button.setToolTip(self.tr("Pick a date"))
        if self._date is not None and self._valid:
            self.edit.setText(format_date(self._date, i18n.language()))

    # ---------------------------------------------------------------- internals

    def _set_error(self, message: str, valid: bool | None = None) -> None:
        self._valid = not message if valid is None else valid
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet("border: 1px solid #c0392b;" if message else "")

    def _typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            if self._required:
                self._set_error(self.tr("A date is required."))
                return
            self._set_error("")
            if self._date is not None:
                self._date = None
                self.dateChanged.emit(None)
            return
        try:
            value = parse_date(text)
        except DateParseError:
            self._set_error(self.tr("Not a date: type it as 1404/09/25 or 25 Azar 1404."))
            return
        self.setDate(value)

    def _open_picker(self) -> None:
        self.calendar.setSelectedDate(to_qdate(self._date) if self._date else QDate.currentDate())
        pos = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        self._menu.popup(pos)

    def _picked(self, qdate: QDate) -> None:
        self._menu.hide()
        self.setDate(from_qdate(qdate))

