"""What the workbook reader promises: cells as typed, and the checks made before calamine
opens a file from an unknown sender (each refusal with its own sentence).

Sizes that would take seconds to produce (500 MB unpacked, a 200:1 ratio at its limit) are
written into a small zip's central directory, which is all the checks read.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.importing import ImportFileError, read_table
from desktop_app.importing.workbook import (
    MAX_TOTAL_UNCOMPRESSED,
    MAX_XLS_BYTES,
    RATIO_CHECK_OVER,
    cell_text,
    check_zip_workbook,
    column_text,
    open_workbook,
    undo_neutralising,
    workbook_kind,
)

SPREADSHEET_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)


def make_zip(path: Path, entries: dict[str, bytes | str], *, deflate: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def patch_central_entry(path: Path, name: str, *, flags: int = 0, sizes: tuple[int, int] | None = None) -> None:
    """Change what the central directory says of entry *name*: more flag bits, or
    (compressed, uncompressed) sizes."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")
    while True:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length].decode() == name:
            break
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | flags)
    if sizes:
        struct.pack_into("<II", data, at + 20, *sizes)
    path.write_bytes(bytes(data))


def workbook_zip(path: Path, **extra: bytes | str) -> Path:
    return make_zip(path, {"[Content_Types].xml": SPREADSHEET_TYPES, **extra})


# ----------------------------------------------------------------------------- cells
@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("x", "x"), ("'=a", "=a"), ("'x", "'x"), (True, "TRUE"), (False, "FALSE"),
        (9123456789.0, "9123456789"), (-3.0, "-3"), (1.5, "1.5"), (1e17, "1e+17"), (99999999999999984.0, "99999999999999984"),
        (float("nan"), ""), (float("inf"), ""), (float("-inf"), ""), (7, "7"),
        (dt.datetime(2025, 1, 2), "2025-01-02"), (dt.datetime(2025, 1, 2, 3, 4, 5), "2025-01-02 03:04:05"),
        (dt.date(2025, 1, 2), "2025-01-02"), (dt.time(3, 4), "03:04:00"),
        (dt.timedelta(hours=1, minutes=2), "1:02:00"), (None, ""), (Decimal("1.50"), "1.50"),
    ],
)
def test_a_cell_reads_as_the_text_a_person_typed(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "undone"),
    [("'=1", "=1"), ("''=1", "'=1"), ("'+1", "+1"), ("'-1", "-1"), ("'@x", "@x"), ("'\tx", "\tx"), ("'\rx", "\rx"),
     ("'", "'"), ("''", "''"), ("'a", "'a"), ("'X=1", "'X=1"), ("=1", "=1"), ("", "")],
)
def test_only_the_apostrophe_our_export_adds_is_taken_off(value, undone):
    assert undo_neutralising(value) == undone


def test_a_column_of_plain_text_is_given_back_as_it_is():
    plain = ["a", "b", "it's"]
    assert column_text(plain) is plain
    assert column_text(["'=a", "b"]) == ["=a", "b"]
    assert column_text(["a", "'=b"]) == ["a", "=b"]
    assert column_text(["a", 1.0, None]) == ["a", "1", ""]


def test_file_kinds_are_told_by_their_first_bytes():
    assert workbook_kind(b"PK\x03\x04rest") == "zip"
    assert workbook_kind(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "xls"
    assert workbook_kind(b"PK\x05\x06\x00\x00\x00\x00") is None  # an empty zip holds no workbook
    assert workbook_kind(b"Name,Country") is None


# ----------------------------------------------------------------------------- checks
def test_a_workbook_and_an_ods_pass_the_checks(tmp_path):
    assert check_zip_workbook(workbook_zip(tmp_path / "a.xlsx")) == "xlsx"
    old_excel = SPREADSHEET_TYPES.replace("openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "ms-excel")
    assert check_zip_workbook(make_zip(tmp_path / "b.xlsx", {"[Content_Types].xml": old_excel})) == "xlsx"
    ods = {"mimetype": "application/vnd.oasis.opendocument.spreadsheet\n"}
    assert check_zip_workbook(make_zip(tmp_path / "c.ods", ods)) == "ods"


@pytest.mark.parametrize(
    ("entries", "sentence"),
    [
        ({"mimetype": "application/vnd.oasis.opendocument.text"}, "The file is a zip archive, not a spreadsheet."),
        ({"[Content_Types].xml": SPREADSHEET_TYPES.replace("spreadsheetml.sheet", "wordprocessingml.document")},
         "The file is an Office document but not a spreadsheet."),
        ({"[Content_Types].xml": "<Types"}, "The workbook's content list is damaged or unsafe; not opened."),
        ({"[Content_Types].xml": '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY e "x">]><Types>&e;</Types>'},
         "The workbook's content list is damaged or unsafe; not opened."),
    ],
)
def test_a_zip_that_is_no_spreadsheet_is_refused_saying_why(tmp_path, entries, sentence):
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(make_zip(tmp_path / "x.xlsx", entries))
    assert str(refused.value) == sentence


DOCTYPE_SHEET = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>'


DECLARING = [
    ("xl/worksheets/sheet1.xml", DOCTYPE_SHEET),
    ("xl/_rels/workbook.xml.rels", DOCTYPE_SHEET),
    ("xl/drawings/vmlDrawing1.VML", DOCTYPE_SHEET),
    ("xl/sharedStrings.xml", "<!ENTITY a 'b'><sst/>"),
    ("xl/styles.xml", "<?xml version='1.0'?><!-- " + "x" * 40_000 + " --><!doctype x><styleSheet/>"),
    ("xl/a.xml", "\ufeff" + DOCTYPE_SHEET),
    ("xl/b.xml", DOCTYPE_SHEET.encode("utf-16")),  # with its byte-order mark
    ("xl/c.xml", DOCTYPE_SHEET.encode("utf-16-le")),
    ("xl/d.xml", DOCTYPE_SHEET.encode("utf-16-be")),
    ("xl/e.xml", "<!DOCTYPE x>"),  # no root element at all
]


@pytest.mark.parametrize(("name", "data"), DECLARING, ids=[name for name, _ in DECLARING])
def test_an_entity_declaration_before_the_root_is_refused(tmp_path, name, data):
    path = workbook_zip(tmp_path / "x.xlsx", **{name: data})
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(path)
    assert str(refused.value) == "The workbook contains XML entity declarations; not opened."


NOT_DECLARING = [
    ("xl/worksheets/sheet1.xml", "<worksheet><![CDATA[<!DOCTYPE x>]]></worksheet>"),  # after the root
    ("xl/sheet2.xml", "<worksheet>" + "<c/>" * 10_000 + "</worksheet><!DOCTYPE x>"),
    ("xl/u16.xml", "<worksheet><![CDATA[<!DOCTYPE x>]]></worksheet>".encode("utf-16")),
    ("xl/media/image1.bin", DOCTYPE_SHEET),  # not XML: calamine never parses it
    ("xl/long.xml", "<?xml version='1.0'?>" + " " * (1024 * 1024 + 10) + "<worksheet/>"),
]


@pytest.mark.parametrize(("name", "data"), NOT_DECLARING, ids=[name for name, _ in NOT_DECLARING])
def test_what_is_no_entity_declaration_passes(tmp_path, name, data):
    assert check_zip_workbook(workbook_zip(tmp_path / "x.xlsx", **{name: data})) == "xlsx"


def test_zip_bombs_are_told_by_their_ratio_above_one_megabyte(tmp_path):
    at_limit = workbook_zip(tmp_path / "a.xlsx", **{"xl/a.bin": b"x"})
    patch_central_entry(at_limit, "xl/a.bin", sizes=(1_000, RATIO_CHECK_OVER))
    assert check_zip_workbook(at_limit) == "xlsx"  # 1 MB unpacked is never a bomb, at 1000:1 either
    path = workbook_zip(tmp_path / "b.xlsx", **{"xl/a.bin": b"x"})
    patch_central_entry(path, "xl/a.bin", sizes=(10_000, 2_000_000))  # 200:1, the limit
    assert check_zip_workbook(path) == "xlsx"
    patch_central_entry(path, "xl/a.bin", sizes=(10_000, 2_000_001))
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(path)
    assert str(refused.value) == "The workbook is suspiciously compressed (a zip bomb?); not opened."
    patch_central_entry(path, "xl/a.bin", sizes=(0, RATIO_CHECK_OVER + 1))
    with pytest.raises(ImportFileError, match="zip bomb"):
        check_zip_workbook(path)


def test_a_workbook_too_large_unpacked_is_refused(tmp_path):
    path = workbook_zip(tmp_path / "a.xlsx", **{"xl/a.bin": b"x", "xl/b.bin": b"y"})
    half = MAX_TOTAL_UNCOMPRESSED // 2
    patch_central_entry(path, "xl/a.bin", sizes=(half, half))
    patch_central_entry(path, "xl/b.bin", sizes=(half, half - len(SPREADSHEET_TYPES)))
    assert check_zip_workbook(path) == "xlsx"  # 500 MB exactly, all entries together
    patch_central_entry(path, "xl/b.bin", sizes=(half, half - len(SPREADSHEET_TYPES) + 1))
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(path)
    assert str(refused.value) == "The workbook is too large to import (over 500 MB unpacked)."


def test_a_password_protected_entry_and_too_many_entries_are_refused(tmp_path):
    path = workbook_zip(tmp_path / "a.xlsx", **{"xl/a.bin": b"x"})
    patch_central_entry(path, "xl/a.bin", flags=0x1)
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(path)
    assert str(refused.value) == "The workbook is password-protected; save it without a password."
    many = workbook_zip(tmp_path / "b.xlsx", **{f"x/{i}": b"" for i in range(9_999)})
    assert check_zip_workbook(many) == "xlsx"  # 10,000 entries: the limit
    more = workbook_zip(tmp_path / "c.xlsx", **{f"x/{i}": b"" for i in range(10_000)})
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(more)
    assert str(refused.value) == "The workbook has too many parts to be a real spreadsheet."


def test_an_old_xls_is_limited_in_size_and_other_files_are_no_workbook(tmp_path):
    big = tmp_path / "big.xls"
    with big.open("wb") as handle:
        handle.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        handle.truncate(MAX_XLS_BYTES + 1)  # sparse: nothing written
    with pytest.raises(ImportFileError) as refused:
        open_workbook(big, big.read_bytes()[:8])
    assert str(refused.value) == "The workbook is too large to import (more than 100 MB)."
    with big.open("r+b") as handle:
        handle.truncate(MAX_XLS_BYTES)
    with pytest.raises(ImportFileError) as refused:  # within the limit, it reaches calamine
        open_workbook(big, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert str(refused.value) == "The workbook is damaged or incomplete and cannot be read."
    with pytest.raises(ImportFileError) as refused:
        open_workbook(big, b"Name,Cou")
    assert str(refused.value) == "The file is not a workbook."


# ----------------------------------------------------------------------------- sheets
def test_a_chart_sheet_is_not_offered_and_a_list_away_from_a1_keeps_its_row_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "List"
    sheet["C3"], sheet["D3"] = "Name", "Country"
    sheet["C4"], sheet["D4"] = "Acme", "Iran"
    sheet["C6"], sheet["D6"] = "Beta", 12.0
    book.create_chartsheet("Chart")
    path = tmp_path / "away.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheet_names == ["List"]
    assert table.header_row == 3 and table.row_numbers == [4, 6]
    assert table.headers == ["Column A", "Column B", "Name", "Country"]
    assert table.rows == [["", "", "Acme", "Iran"], ["", "", "Beta", "12"]]


def test_an_empty_sheet_and_a_missing_one_are_named_in_the_refusal(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Empty"
    book.create_sheet("Full").append(["Name"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError) as refused:
        read_table(path, sheet="Empty")
    assert str(refused.value) == "The sheet “Empty” is empty."
    with pytest.raises(ImportFileError) as refused:
        read_table(path, sheet="Gone")
    assert str(refused.value) == "The workbook has no sheet “Gone”."


def test_a_file_that_only_starts_like_a_zip_is_refused_as_damaged(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ImportFileError) as refused:
        check_zip_workbook(path)
    assert str(refused.value) == "The workbook is damaged or incomplete and cannot be read."


def test_a_damaged_sheet_is_refused_as_damaged(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Name", "Country"])
    plain = io.BytesIO()
    book.save(plain)
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, b"<worksheet><sheetData><row" if info.filename.endswith("sheet1.xml") else data)
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert "damaged" in str(refused.value)
