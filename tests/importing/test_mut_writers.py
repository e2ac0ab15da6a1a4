"""Exports and the rejections file, cell by cell: what mutation testing found unasserted.

Each test reads the written file back with the csv module or openpyxl (never through the
importer, which would undo the apostrophe) and checks the exact text, type and layout.
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.importing.cleaning import Rejection
from desktop_app.importing.writers import (
    REASON_HEADER,
    neutralise,
    write_csv,
    write_rejections_csv,
    write_xlsx,
)


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize(("value", "expected"), [
    ("", ""),
    ("'", "'"),            # apostrophes alone start no formula
    ("'''", "'''"),
    ("plain", "plain"),
    ("a=b", "a=b"),        # only the first character counts
    ("X=1", "X=1"),        # only apostrophes are looked past
    ("=1", "'=1"),
    ("'=1", "''=1"),       # already quoted: one more, so the import gives it back
    ("''+98", "'''+98"),
    ("-", "'-"),
])
def test_neutralise_exact(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def test_csv_cells_of_every_type_and_the_row_count(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [[None, True, False, dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 14, 7, 9),
             Decimal("1.50"), 7, "x\u200fy"]]
    assert write_csv(path, ["h"] * 8, rows) == 1
    assert path.read_bytes().startswith(b"\xef\xbb\xbfh,h,")
    assert _csv_rows(path)[1] == ["", "TRUE", "FALSE", "2024-03-05", "2024-03-05 14:07:09",
                                  "1.50", "7", "xy"]
    assert write_csv(tmp_path / "none.csv", ["a"], []) == 0
    assert _csv_rows(tmp_path / "none.csv") == [["a"]]


def test_rejections_file_joins_the_reasons_of_a_row_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    rejections = [
        Rejection(row=9, column="email", reason="bad address", code="bad_email", values=("b", "x@", "=2", "extra")),
        Rejection(row=3, column="", reason="duplicate", code="duplicate", values=("a",)),
        Rejection(row=9, column="name", reason="empty", code="missing_name", values=("b", "x@", "=2", "extra")),
    ]
    assert write_rejections_csv(path, ["name", "email", "phone"], rejections) == 2
    assert _csv_rows(path) == [
        ["name", "email", "phone", REASON_HEADER],
        ["a", "", "", "duplicate"],                       # short rows padded, no column named
        ["b", "x@", "'=2", "email: bad address name: empty"],  # cut to the headers' width
    ]


def test_xlsx_layout_types_and_rows_beyond_the_width_sample(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    # the widths are measured on the first 1,000 rows only: the long name after them is not
    rows = [["Acme", 1] for _ in range(1000)] + [["x" * 30, 1]] + [["Acme", 1] for _ in range(199)]
    rows += [["last", Decimal("2.5")]]
    assert write_xlsx(path, ["Name", "Partner count"], rows, "Partners [2024]: a/b?") == 1201
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Partners  2024   a b"]
    sheet = book.active
    assert sheet.max_row == 1202
    assert sheet.cell(1202, 1).value == "last" and sheet.cell(1202, 2).value == 2.5
    assert sheet.freeze_panes == "A2"
    assert not sheet.sheet_view.rightToLeft
    header = sheet["A1"]
    assert header.font.b and header.alignment.horizontal == "left"
    assert header.alignment.vertical == "center"
    assert not sheet["A2"].font.b
    # width = longest text × 1.1 + 2, at least 8, at most 60
    assert sheet.column_dimensions["A"].width == pytest.approx(8)
    assert sheet.column_dimensions["B"].width == pytest.approx(len("Partner count") * 1.1 + 2, abs=0.01)


def test_xlsx_widths_cap_and_persian_alignment(tmp_path: Path) -> None:
    path = tmp_path / "fa.xlsx"
    write_xlsx(path, ["نام", "یادداشت"], [["پارک", "x" * 200], ["مرکز", "y" * 30]], "'شرکا'")
    sheet = openpyxl.load_workbook(path)["شرکا"]
    assert sheet.sheet_view.rightToLeft
    assert sheet["A1"].alignment.horizontal == "right"
    assert sheet.column_dimensions["B"].width == pytest.approx(60)
    assert sheet.column_dimensions["A"].width == pytest.approx(8)


def test_xlsx_sheet_title_falls_back_and_is_cut(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "a.xlsx", ["a"], [], "[]:*?/\\")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames == ["Sheet1"]
    write_xlsx(tmp_path / "b.xlsx", ["a"], [], "t" * 40)
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").sheetnames == ["t" * 31]
    write_xlsx(tmp_path / "c.xlsx", ["a"], [])
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames == ["Sheet1"]
    write_xlsx(tmp_path / "d.xlsx", ["a"], [], " 'TAX' ")
    assert openpyxl.load_workbook(tmp_path / "d.xlsx").sheetnames == ["TAX"]


@pytest.mark.parametrize(("headers", "rows", "rtl"), [
    (["a", "b"], [["پارک", "x"]], False),        # two Latin against one Persian
    (["نام", "b"], [["پارک", "x"]], False),      # two against two: a tie is left to right
    (["نام", "b"], [["پارک", "مرکز"]], True),    # three Persian against one Latin
    (["1", "2"], [[5, "پ"]], True),               # digits are neither; numbers not counted
])
def test_xlsx_is_rtl_only_when_persian_cells_outnumber_latin(tmp_path: Path, headers, rows,
                                                             rtl) -> None:
    path = tmp_path / "dir.xlsx"
    write_xlsx(path, headers, rows)
    assert bool(openpyxl.load_workbook(path).active.sheet_view.rightToLeft) is rtl


def test_xlsx_drops_illegal_and_bidi_characters_and_keeps_types(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    day = dt.date(2024, 1, 2)
    write_xlsx(path, ["a", "b", "c", "d"], [["x\x01y\u202bz", day, True, None]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == "xyz"
    assert sheet["B2"].value.date() == day
    assert sheet["C2"].value is True
    assert sheet["D2"].value is None
