"""Jalali dates as people read and type them; ISO Gregorian as the database keeps them.

Calendar arithmetic is jdatetime's (a maintained library), not ours. This module adds what
the office needs on top: parsing what people type (``1404/09/25``, ``۱۴۰۴/۹/۲۵``,
``25 آذر 1404``, ``2025-12-16``), formatting in Persian or English, and Jalali periods
(month, quarter/season, year) as Gregorian ranges.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import jdatetime

from desktop_app.domain.text import normalize_text, to_ascii_digits, to_persian_digits

MONTHS_FA = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
MONTHS_EN = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)
SEASONS_FA = ("بهار", "تابستان", "پاییز", "زمستان")
SEASONS_EN = ("Spring", "Summer", "Autumn", "Winter")
WEEKDAYS_FA = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")

# Names people type for months, mapped to the month number (letter forms are normalised
# before lookup, so Arabic Yeh/Kaf spellings match too).
_MONTH_NAMES: dict[str, int] = {}
for _i, (_fa, _en) in enumerate(zip(MONTHS_FA, MONTHS_EN, strict=True), start=1):
    _MONTH_NAMES[_fa] = _i
    _MONTH_NAMES[_en.lower()] = _i
_MONTH_NAMES.update({"امرداد": 5, "مردادماه": 5, "ordibehesht": 2, "khordad": 3, "mordad": 5,
                     "dei": 10, "dey": 10, "esfand": 12, "shahrivar": 6, "farvardin": 1})

GREGORIAN_MIN_YEAR = 1700  # below this a typed year is Jalali, at or above it Gregorian


class DateParseError(ValueError):
    """A typed date that is not a date; the message says why, in words a user can act on."""


def to_jalali(value: dt.date) -> jdatetime.date:
    """The Jalali date of a Gregorian *value*."""
    return jdatetime.date.fromgregorian(date=value)


def from_jalali(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Jalali year/month/day; :class:`DateParseError` when invalid."""
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError) as exc:
        raise DateParseError(
            f"{year:04d}/{month:02d}/{day:02d} is not a day of the Jalali calendar"
        ) from exc


def years_later(start: dt.date, years: int) -> dt.date:
    """The last day of a period of *years* Jalali years from *start*: the day before the
    *years*-th anniversary (30 Esfand of a leap year falls back to 29 Esfand)."""
    j = to_jalali(start)
    day = j.day
    while True:
        try:
            anniversary = jdatetime.date(j.year + years, j.month, day).togregorian()
            break
        except ValueError:
            day -= 1
    return anniversary - dt.timedelta(days=1)


def format_date(value: dt.date | None, language: str = "fa", style: str = "numeric") -> str:
    """Show a stored date as a Jalali date.

    ``style="numeric"`` gives ``۱۴۰۴/۰۹/۲۵`` (``1404/09/25`` in English);
    ``style="long"`` gives ``۲۵ آذر ۱۴۰۴`` (``25 Azar 1404``). ``None`` gives ``""``.
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    j = to_jalali(value)
    if style == "long":
        months = MONTHS_FA if language == "fa" else MONTHS_EN
        text = f"{j.day} {months[j.month - 1]} {j.year}"
    else:
        text = f"{j.year:04d}/{j.month:02d}/{j.day:02d}"
    return to_persian_digits(text) if language == "fa" else text


def format_time(value: dt.time | None, language: str = "fa") -> str:
    """``12:00`` as a reader of *language* writes it (Persian digits in Persian)."""
    if value is None:
        return ""
    text = f"{value.hour:02d}:{value.minute:02d}"
    return to_persian_digits(text) if language == "fa" else text


def format_datetime(value: dt.datetime | None, language: str = "fa") -> str:
    """A UTC timestamp shown in local time as Jalali date and time."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_date(local.date(), language)} {format_time(local.time(), language)}"


_NUMERIC = re.compile(r"^(\d{1,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,4})$")
_NAMED = re.compile(r"^(\d{1,2})\s*([^\d\s/.\-]+)\s*(?:ماه\s*)?(?:سال\s*)?(\d{2,4})$")


def parse_date(text: str | None) -> dt.date | None:
    """Read a date as people type it; return the Gregorian date, ``None`` for empty input.

    Accepts Jalali ``1404/09/25``, ``1404-9-25``, ``۱۴۰۴/۹/۲۵``, ``25 آذر 1404``,
    ``25 Azar 1404`` and ISO Gregorian ``2025-12-16``. Anything else raises
    :class:`DateParseError` with a message that says what was expected.
    """
    raw = to_ascii_digits(normalize_text(text)).strip()
    if not raw:
        return None
    raw = raw.replace("\u200c", " ")
    match = _NUMERIC.match(raw)
    if match:
        a, b, c = (int(g) for g in match.groups())
        if len(match.group(1)) >= 3:
            year, month, day = a, b, c
        elif len(match.group(3)) >= 3:
            year, month, day = c, b, a
        else:
            raise DateParseError(f"“{text}”: write the year in full, e.g. 1404/09/25")
        return _make_date(year, month, day, text)
    match = _NAMED.match(raw)
    if match:
        day = int(match.group(1))
        name = match.group(2).lower().removesuffix("ماه").strip()
        named_month = _MONTH_NAMES.get(name)
        if named_month is None:
            raise DateParseError(f"“{text}”: “{match.group(2)}” is not a Jalali month name")
        year = int(match.group(3))
        if year < 100:
            year += 1400 if year < 50 else 1300
        return from_jalali(year, named_month, day)
    raise DateParseError(f"“{text}” is not a date; type it as 1404/09/25 or 25 آذر 1404")


def _make_date(year: int, month: int, day: int, text: str | None) -> dt.date:
    if year >= GREGORIAN_MIN_YEAR:
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise DateParseError(f"“{text}” is not a day of the Gregorian calendar") from exc
    if year < 1:
        raise DateParseError(f"“{text}”: the year must be at least 1")
    return from_jalali(year, month, day)


def parse_time(text: str | None) -> dt.time | None:
    """Read ``12:00``, ``۱۲:۰۰``, ``9:30``, ``12:00 PM``; ``None`` for empty input."""
    raw = to_ascii_digits(normalize_text(text)).strip().lower()
    if not raw:
        return None
    match = re.match(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm|ق\.?ظ|ب\.?ظ)?$", raw)
    if not match:
        raise DateParseError(f"“{text}” is not a time; type it as 14:30")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(4)
    if suffix:
        if not 1 <= hour <= 12:
            raise DateParseError(f"“{text}”: with AM/PM the hour is 1 to 12")
        hour = hour % 12 + (12 if suffix in ("pm", "ب.ظ", "بظ") else 0)
    if hour > 23 or minute > 59:
        raise DateParseError(f"“{text}” is not a time of day")
    return dt.time(hour, minute)


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included, with its name in Persian and English."""

    start: dt.date
    end: dt.date
    label_fa: str
    label_en: str

    def label(self, language: str) -> str:
        """The period's name for a reader of *language*."""
        return self.label_fa if language == "fa" else self.label_en


def jalali_month(year: int, month: int) -> Period:
    """The Jalali month *month* of *year*."""
    start = from_jalali(year, month, 1)
    end = (jdatetime.date(year + (month == 12), month % 12 + 1, 1).togregorian()
           - dt.timedelta(days=1))
    return Period(start, end, to_persian_digits(f"{MONTHS_FA[month - 1]} {year}"),
                  f"{MONTHS_EN[month - 1]} {year}")


def jalali_quarter(year: int, quarter: int) -> Period:
    """Quarter 1–4 of a Jalali year; the quarters are the seasons (spring first)."""
    if not 1 <= quarter <= 4:
        raise DateParseError("a quarter is 1, 2, 3 or 4")
    start = from_jalali(year, 3 * quarter - 2, 1)
    end = jalali_month(year, 3 * quarter).end
    return Period(start, end, to_persian_digits(f"{SEASONS_FA[quarter - 1]} {year}"),
                  f"{SEASONS_EN[quarter - 1]} {year}")


def jalali_year(year: int) -> Period:
    """The whole Jalali year *year* (Farvardin 1 to the last day of Esfand)."""
    start = from_jalali(year, 1, 1)
    end = from_jalali(year + 1, 1, 1) - dt.timedelta(days=1)
    return Period(start, end, to_persian_digits(f"سال {year}"), f"Year {year}")


def custom_period(start: dt.date, end: dt.date) -> Period:
    """Any from–to span; refuses an end before the start."""
    if end < start:
        raise DateParseError("the end of the period is before its start")
    return Period(start, end,
                  f"{format_date(start, 'fa')} تا {format_date(end, 'fa')}",
                  f"{format_date(start, 'en')} to {format_date(end, 'en')}")


def today() -> dt.date:
    """Today's date on this computer (the office's local day)."""
    return dt.date.today()
