"""Named examples for the date and time readers, beside the property tests: two-digit
Jalali years (which century) and the AM/PM of a time."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.dates import DateParseError, from_jalali, parse_date, parse_time


@pytest.mark.parametrize(("typed", "jalali"), [
    ("25 آذر 04", (1404, 9, 25)),
    ("25 Azar 04", (1404, 9, 25)),
    ("1 فروردین 49", (1449, 1, 1)),   # below 50: this century
    ("1 فروردین 50", (1350, 1, 1)),   # 50 and above: the last one
    ("12 مهر 99", (1399, 7, 12)),
    ("۳ دی ۰۱", (1401, 10, 3)),
    ("25 آذر 1404", (1404, 9, 25)),   # a full year is taken as written
])
def test_two_digit_jalali_years(typed: str, jalali: tuple[int, int, int]) -> None:
    assert parse_date(typed) == from_jalali(*jalali)


@pytest.mark.parametrize(("typed", "time"), [
    ("2:30 PM", dt.time(14, 30)),
    ("2:30 pm", dt.time(14, 30)),
    ("2:30pm", dt.time(14, 30)),
    ("2:30 AM", dt.time(2, 30)),
    ("12:00 AM", dt.time(0, 0)),
    ("12:00 PM", dt.time(12, 0)),
    ("11:59 PM", dt.time(23, 59)),
    ("9 ب.ظ", dt.time(21, 0)),
    ("9 بظ", dt.time(21, 0)),
    ("9 ق.ظ", dt.time(9, 0)),
    ("۹:۱۵ ب.ظ", dt.time(21, 15)),
    ("14:30", dt.time(14, 30)),
])
def test_am_pm_times(typed: str, time: dt.time) -> None:
    assert parse_time(typed) == time


@pytest.mark.parametrize("typed", ["13:00 PM", "0:30 AM", "24:00", "9:60"])
def test_impossible_times_are_refused(typed: str) -> None:
    with pytest.raises(DateParseError):
        parse_time(typed)
