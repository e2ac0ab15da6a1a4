"""Exports never hand Excel a formula: every text cell that starts with = + - @ TAB or CR
gets an apostrophe — checked on the CSV's raw bytes and the XLSX's cells and XML, header
row included (the import round trip strips the apostrophe, so it cannot see a missing one)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.importing import write_csv, write_xlsx
from desktop_app.importing.writers import FORMULA_STARTS

DANGEROUS = ["=HYPERLINK(\"http://x\")", "+98 21 1234", "-1+2", "@SUM(A1)", "\t=1+1", "\r=1+1"]
SAFE = ["شرکت پارس", "a=b", "info@x.ir", "1404/09/25", "'already quoted", ""]


def test_the_formula_starts_are_exactly_these() -> None:
    assert sorted(FORMULA_STARTS) == sorted(["=", "+", "-", "@", "\t", "\r"])


def _xml(value: str) -> str:
    """A cell's text as read back from XML, which turns a carriage return into a newline."""
    return value.replace("\r", "\n")


def _csv_cells(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_csv_neutralises_every_formula_start_in_rows_and_headers(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    headers = [*DANGEROUS, "name"]
    write_csv(path, headers, [[*DANGEROUS, "x"], [*SAFE]])
    expected = io.StringIO(newline="")
    csv.writer(expected).writerows([["'" + v for v in DANGEROUS] + ["name"],
                                    ["'" + v for v in DANGEROUS] + ["x"], SAFE])
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.getvalue().encode("utf-8")
    header, first, second = _csv_cells(path)
    assert header == ["'" + v for v in DANGEROUS] + ["name"]
    assert first == ["'" + v for v in DANGEROUS] + ["x"]
    assert second == SAFE  # nothing else is touched


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_start_alone_in_a_header_and_a_cell(tmp_path: Path, start: str) -> None:
    path = tmp_path / "one.csv"
    write_csv(path, [start + "h"], [[start + "v"]])
    assert _csv_cells(path) == [["'" + start + "h"], ["'" + start + "v"]]
    book = tmp_path / "one.xlsx"
    write_xlsx(book, [start + "h"], [[start + "v"]])
    sheet = load_workbook(book).active
    assert [c.value for c in sheet[1]] == [_xml("'" + start + "h")]
    assert [c.value for c in sheet[2]] == [_xml("'" + start + "v")]


def test_xlsx_cells_and_xml_hold_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    headers = [*DANGEROUS, "name"]
    write_xlsx(path, headers, [[*DANGEROUS, "x"], [*SAFE[:-1], None]])
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [_xml("'" + v) for v in DANGEROUS] + ["name"]
    assert rows[1] == [_xml("'" + v) for v in DANGEROUS] + ["x"]
    assert rows[2][:len(SAFE) - 1] == SAFE[:-1]
    assert all(c.data_type == "s" for row in sheet.iter_rows(max_row=2) for c in row)
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                      if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
