"""Writing tables for people to open in Excel: exports (CSV, XLSX) and rejected rows.

CSV is UTF-8 with a byte-order mark (Excel opens it as UTF-8 only with the mark). XLSX is
written with openpyxl's write-only mode (it streams rows to disk, so 100,000 rows take
seconds and little memory); the sheet reads right-to-left when most of its text is
Persian, the header is bold and the columns are sized to their contents.

Cells that Excel would take for a formula (text starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return) get an apostrophe in front, following OWASP's CSV-injection advice.
:func:`desktop_app.importing.read_table` takes exactly that apostrophe off again, so
exporting and re-importing gives back the same text — ``+98 21 …`` included. A value that
already starts with apostrophes before such a character gets one more, so it too survives.
Bidi control characters (a register written before they were refused may hold some) are
left out of every exported cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.text import strip_bidi_controls
from desktop_app.importing.cleaning import Rejection

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The header of the column the rejections file adds; :func:`auto_map` ignores it.
REASON_HEADER = "reason"
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_WIDTH_SAMPLE = 1000
#: The control characters XML 1.0 cannot hold, which openpyxl refuses in a cell (its
#: ``ILLEGAL_CHARACTERS_RE``). Kept here so that importing this module does not import
#: openpyxl: it is loaded with the first XLSX export only, as every import and the app's
#: start would otherwise pay its 12 MB (20 MB with numpy, which it loads when present).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

Cell = str | int | float | Decimal | bool | dt.date | dt.datetime | None


def neutralise(value: str) -> str:
    """Put an apostrophe before text Excel would run as a formula (see the module docstring)."""
    if value and value.lstrip("'")[:1] in FORMULA_STARTS and value.lstrip("'"):
        return "'" + value
    return value


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(strip_bidi_controls(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a CSV (UTF-8 with BOM, comma-separated) and return the number of data rows."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(str(h)) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def _is_mostly_persian(headers: Sequence[str], sample: Sequence[Sequence[Cell]]) -> bool:
    persian = latin = 0
    for row in (headers, *sample):
        for value in row:
            if isinstance(value, str) and value:
                if _ARABIC_LETTER.search(value):
                    persian += 1
                elif _LATIN_LETTER.search(value):
                    latin += 1
    return persian > latin


def _sheet_title(title: str) -> str:
    clean = _BAD_SHEET_CHARS.sub(" ", title).strip().strip("'")[:31]
    return clean or "Sheet1"


def _xlsx_value(value: Cell) -> Cell:
    if isinstance(value, str):
        return neutralise(_ILLEGAL_XML.sub("", strip_bidi_controls(value)))
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    sheet_title: str = "Sheet1",
) -> int:
    """Write an XLSX with one sheet and return the number of data rows.

    Numbers and dates are stored as such; text as text (never as a formula). The sheet is
    right-to-left when most text cells are Persian/Arabic.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    iterator = iter(rows)
    sample: list[Sequence[Cell]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= _WIDTH_SAMPLE:
            break
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    rtl = _is_mostly_persian(headers, sample)
    sheet.sheet_view.rightToLeft = rtl
    sheet.freeze_panes = "A2"
    for column, header in enumerate(headers, start=1):
        longest = max(
            [len(str(header))] + [len(_csv_text(r[column - 1])) for r in sample if len(r) >= column],
        )
        sheet.column_dimensions[get_column_letter(column)].width = min(max(longest * 1.1 + 2, 8), 60)
    bold = Font(bold=True)
    align = Alignment(horizontal="right" if rtl else "left", vertical="center")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_xlsx_value(str(header)))
        cell.font = bold
        cell.alignment = align
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for chunk in (sample, iterator):
        for row in chunk:
            sheet.append([_xlsx_value(v) for v in row])
            count += 1
    workbook.save(Path(path))
    return count


def write_rejections_csv(
    path: str | os.PathLike[str], headers: Sequence[str], rejections: Iterable[Rejection]
) -> int:
    """Write the rejected rows in their original columns plus a ``reason`` column.

    One line per rejected row (its problems joined in the reason), in file order, so the
    user can fix the file and import it again. Returns the number of rows written.
    """
    by_row: dict[int, tuple[tuple[str, ...], list[str]]] = {}
    for rejection in rejections:
        entry = by_row.setdefault(rejection.row, (rejection.values, []))
        entry[1].append(f"{rejection.column}: {rejection.reason}" if rejection.column else rejection.reason)
    width = len(headers)
    lines = (
        [*values[:width], *[""] * (width - len(values)), " ".join(reasons)]
        for _, (values, reasons) in sorted(by_row.items())
    )
    return write_csv(path, [*headers, REASON_HEADER], lines)
