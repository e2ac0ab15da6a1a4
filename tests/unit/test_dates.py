"""Jalali parsing and formatting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import (
    DateParseError,
    format_date,
    jalali_month,
    jalali_quarter,
    jalali_year,
    parse_date,
    parse_time,
)
from desktop_app.domain.text import to_persian_digits


@pytest.mark.parametrize("typed", [
    "1404/09/25", "1404/9/25", "۱۴۰۴/۰۹/۲۵", "۱۴۰۴/۹/۲۵", "١٤٠٤/٩/٢٥", "1404-09-25",
    "25 آذر 1404", "۲۵ آذر ۱۴۰۴", "25 Azar 1404", "2025-12-16", "25/09/1404",
])
def test_typed_dates(typed: str) -> None:
    assert parse_date(typed) == dt.date(2025, 12, 16)


@pytest.mark.parametrize("typed", ["1404/13/01", "1404/12/31", "1403/07/31", "abc", "12/12",
                                   "32 آذر 1404", "25 فلان 1404", "2025-02-30"])
def test_invalid_dates_are_refused_with_a_message(typed: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(typed)
    assert str(info.value)


def test_empty_is_none_and_formatting() -> None:
    assert parse_date("  ") is None
    day = dt.date(2025, 12, 16)
    assert format_date(day) == "۱۴۰۴/۰۹/۲۵"
    assert format_date(day, "en") == "1404/09/25"
    assert format_date(day, "fa", "long") == "۲۵ آذر ۱۴۰۴"
    assert format_date(day, "en", "long") == "25 Azar 1404"
    assert parse_time("12:00") == dt.time(12) and parse_time("۹:۳۰") == dt.time(9, 30)


def test_leap_year_esfand_30() -> None:
    assert parse_date("1403/12/30") == dt.date(2025, 3, 20)


def test_periods() -> None:
    autumn = jalali_quarter(1404, 3)
    assert (autumn.start, autumn.end) == (dt.date(2025, 9, 23), dt.date(2025, 12, 21))
    assert autumn.label("fa") == "پاییز ۱۴۰۴"
    year = jalali_year(1404)
    assert year.start == dt.date(2025, 3, 21) and year.end == dt.date(2026, 3, 20)
    assert jalali_month(1404, 12).end == dt.date(2026, 3, 20)


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_format_then_parse_round_trips(day: dt.date) -> None:
    assert parse_date(format_date(day, "fa")) == day
    assert parse_date(format_date(day, "en")) == day
    assert parse_date(format_date(day, "fa", "long")) == day
    assert parse_date(to_persian_digits(day.isoformat())) == day


@given(st.text(max_size=30))
def test_parse_never_raises_anything_but_a_clear_error(text: str) -> None:
    try:
        result = parse_date(text)
    except DateParseError as exc:
        assert str(exc)
    else:
        assert result is None or isinstance(result, dt.date)
    try:
        parse_time(text)
    except DateParseError:
        pass
