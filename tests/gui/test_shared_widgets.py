"""The shared list page, lazy id model and Jalali date field, on real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from qt_keyboard import type_text

from desktop_app.ui.models.id_table_model import Column, IdTableModel
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit, make_jalali_calendar
from desktop_app.ui.widgets.list_page import ListPage

pytestmark = pytest.mark.gui

ROWS = {i: (f"پارک {i}", f"Park {i}") for i in range(1, 2001)}


def _fetch(ids):  # type: ignore[no-untyped-def]
    _fetch.calls += 1  # type: ignore[attr-defined]
    return {i: ROWS[i] for i in ids if i in ROWS}


_fetch.calls = 0  # type: ignore[attr-defined]


def _query(text: str, sort: str | None, descending: bool) -> list[int]:
    ids = [i for i, r in ROWS.items() if text in r[0] or text.lower() in r[1].lower()]
    return sorted(ids, reverse=descending)


COLUMNS = [Column(lambda: "Name", lambda r: r[0], sort="name"),
           Column(lambda: "Latin", lambda r: r[1])]


def test_id_model_passes_the_model_tester_and_fetches_lazily(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = IdTableModel(COLUMNS, _fetch)
    model.set_ids(list(ROWS))
    before = _fetch.calls  # type: ignore[attr-defined]
    qtmodeltester.check(model)
    assert model.rowCount() == 2000
    assert model.data(model.index(1999, 1)) == "Park 2000"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 1
    # The tester touched few rows; pages of 200 mean far fewer fetches than rows.
    assert _fetch.calls - before <= 10  # type: ignore[attr-defined]


def test_list_page_searches_sorts_and_selects(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ListPage(COLUMNS, _fetch, _query)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 2000
    qtbot.keyClicks(page.search, "Park 19")
    qtbot.waitUntil(lambda: page.model.rowCount() == 111, timeout=2000)
    with qtbot.waitSignal(page.currentIdChanged) as sig:
        assert page.select_id(1900)
    assert sig.args == [1900] and page.current_id() == 1900
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.model.id_at(0) == 1999
    assert page.current_id() == 1900  # selection kept across the re-query
    with qtbot.waitSignal(page.deleteRequested) as sig:
        page.delete_button.click()
    assert sig.args == [1900]


def test_jalali_date_field_accepts_what_people_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = JalaliDateEdit()
    qtbot.addWidget(field)
    for typed in ("1404/9/25", "۱۴۰۴/۰۹/۲۵", "25 آذر 1404"):
        field.edit.clear()
        type_text(field.edit, typed)
        field.edit.editingFinished.emit()
        assert field.date() == dt.date(2025, 12, 16) and field.isValid()
    field.edit.setText("1404/12/31")
    field.edit.editingFinished.emit()
    assert not field.isValid() and field.error.isVisibleTo(field)
    assert field.date() == dt.date(2025, 12, 16)  # the last valid value is kept


def test_required_field_refuses_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = JalaliDateEdit(required=True)
    qtbot.addWidget(field)
    field.edit.setText("")
    field.edit.editingFinished.emit()
    assert not field.isValid()


def test_picker_is_jalali_saturday_first_friday_weekend(qtbot) -> None:  # type: ignore[no-untyped-def]
    cal = make_jalali_calendar()
    qtbot.addWidget(cal)
    assert cal.calendar().name() == "Jalali"
    assert cal.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert cal.verticalHeaderFormat() == cal.VerticalHeaderFormat.NoVerticalHeader
    assert cal.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color().name() == "#c0392b"
    assert cal.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color().name() != "#c0392b"
    assert cal.selectedDate() == QDate.currentDate()
    field = JalaliDateEdit()
    qtbot.addWidget(field)
    field._picked(QDate(2025, 12, 16))
    assert field.date() == dt.date(2025, 12, 16)


def test_export_table_yields_every_row_of_the_query(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ListPage(COLUMNS, _fetch, _query)
    qtbot.addWidget(page)
    page.search.setText("Park 1")
    page.reload()
    headers, rows = page.export_table()
    rows = list(rows)
    assert headers == ["Name", "Latin"]
    assert len(rows) == page.model.rowCount() == 1111
    assert rows[0] == ["پارک 1", "Park 1"]


def _paged_query(text: str, sort: str | None, descending: bool, limit: int | None = None) -> list[int]:
    ids = _query(text, sort, descending)
    _paged_query.calls.append(limit)  # type: ignore[attr-defined]
    return ids if limit is None else ids[:limit]


_paged_query.calls = []  # type: ignore[attr-defined]


def test_first_page_then_the_rest_and_stale_answers_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ListPage(COLUMNS, _fetch, _paged_query, first_page=True)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == ListPage.FIRST_PAGE and not page.is_complete()
    assert "۳۰۰" in page.count_label.text() or "300" in page.count_label.text()
    qtbot.waitUntil(page.is_complete, timeout=2000)
    assert page.model.rowCount() == 2000 and page.model.ids() == _query("", None, False)
    # Two quick searches: the first one's rest must never land on the second's list.
    _paged_query.calls.clear()  # type: ignore[attr-defined]
    page.search.setText("Park")
    page.reload()
    page.search.setText("Park 19")
    page.reload()
    qtbot.waitUntil(page.is_complete, timeout=2000)
    qtbot.wait(50)
    assert page.model.rowCount() == 111
    assert _paged_query.calls.count(None) == 0  # "Park 19" fits in one page; "Park" was stale
