"""Reading partner lists as they arrive: encodings, delimiters, workbooks, hostile files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.importing import (
    ImportFileError,
    auto_map,
    clean_rows,
    detect_delimiter,
    read_table,
    textfile,
    write_csv,
    write_xlsx,
)
from desktop_app.importing import table as table_module
from desktop_app.importing.workbook import cell_text, column_text, open_workbook

CP1256_TEXT = (
    "نام شرکت,کشور,تلفن,ایمیل\r\n"
    "شرکت پارسیان کیمیا,ایران,9123456789,info@parsian.ir\r\n"
    "دانشگاه تبریز,ایران,04133344455,\r\n"
)


def to_cp1256(text: str) -> bytes:
    """Text as Excel's "CSV" on Persian Windows writes it: Arabic Yeh and Kaf only."""
    return text.replace("ی", "ي").replace("ک", "ك").encode("cp1256")


def test_cp1256_is_detected_and_stored_with_persian_letters(write_bytes):
    table = read_table(write_bytes("list.csv", to_cp1256(CP1256_TEXT)))
    assert table.encoding == "cp1256"
    assert table.delimiter == ","
    clean, rejections = clean_rows(table, auto_map(table.headers))
    assert rejections == []
    assert [row.name for row in clean] == ["شرکت پارسیان کیمیا", "دانشگاه تبریز"]
    assert "ي" not in clean[0].name and "ك" not in clean[0].name
    assert clean[0].country == "IR"
    assert clean[0].phone == "09123456789"  # the leading 0 Excel dropped is back
    assert clean[1].kind == "university"  # inferred from the name


def test_utf16_tab_separated_unicode_text(write_bytes):
    text = "نام\tCountry\tWebsite\r\nپارک علم و فناوری تبریز\tIran\twww.tstp.ir\r\n"
    table = read_table(write_bytes("list.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    clean, _ = clean_rows(table, auto_map(table.headers))
    assert clean[0].website == "www.tstp.ir" and clean[0].kind == "park"


def test_utf8_bom_with_semicolons_and_quoted_fields(write_bytes):
    text = 'Company;Country;Address\n"Acme; Inc.";Germany;"Berlin,\nMitte"\nBeta GmbH;Turkey;Ankara\n'
    table = read_table(write_bytes("list.csv", b"\xef\xbb\xbf" + text.encode()))
    assert table.encoding == "utf-8-sig" and table.delimiter == ";"
    assert table.headers == ["Company", "Country", "Address"]
    assert table.rows[0] == ["Acme; Inc.", "Germany", "Berlin,\nMitte"]
    assert table.row_numbers == [2, 3]  # a multi-line cell is one Excel row


def test_title_and_blank_rows_above_the_header_in_csv(write_bytes):
    text = "فهرست شرکت‌های نمایشگاه\n\n\nردیف,نام,کشور\n1,الف,ایران\n\n2,ب,ترکیه\n"
    table = read_table(write_bytes("list.csv", text.encode()))
    assert table.header_row == 4
    assert table.row_numbers == [5, 7]  # the blank row 6 is skipped, numbers stay Excel's


def test_encoding_and_delimiter_overrides(write_bytes):
    path = write_bytes("list.csv", b"a|b\n1|2\n")
    table = read_table(path, delimiter=",", encoding="latin-1")
    assert table.headers == ["a|b"] and table.encoding == "latin-1"


def make_partner_workbook(path: Path) -> None:
    """Instructions first, then a title row and blank rows above the header."""
    book = openpyxl.Workbook()
    instructions = book.active
    instructions.title = "راهنما"
    for line in ("این فایل را پر کنید.", "ستون نام سازمان الزامی است.", "کشور را کامل بنویسید."):
        instructions.append([line])
    sheet = book.create_sheet("فهرست")
    sheet.append(["فهرست شرکای خارجی ۱۴۰۴"])
    sheet.append([])
    sheet.append([])
    sheet.append(["نام سازمان", "کشور", "تلفن", "موبایل", "تاریخ", "وب‌سایت"])
    sheet.append(["شرکت پارس", "ایران", 2188776655, 9123456789.0, dt.date(2025, 12, 16), "pars.ir"])
    sheet.append(["Istanbul Teknopark", "Turkey", 902165550000, 9.12e9, None, "'=HYPERLINK(1)"])
    book.save(path)


def test_workbook_sheet_header_and_numbers(tmp_path):
    path = tmp_path / "partners.xlsx"
    make_partner_workbook(path)
    table = read_table(path)
    assert table.file_format == "xlsx"
    assert table.sheet == "فهرست" and table.sheet_names == ["راهنما", "فهرست"]
    assert table.header_row == 4 and table.row_numbers == [5, 6]
    assert table.rows[0][2:5] == ["2188776655", "9123456789", "2025-12-16"]
    assert table.rows[1][3] == "9120000000"
    assert table.rows[1][5] == "=HYPERLINK(1)"  # our export's apostrophe is taken off
    clean, rejections = clean_rows(table, auto_map(table.headers))
    assert clean[0].phone == "02188776655 / 09123456789"
    assert [(r.row, r.column, r.code) for r in rejections] == [(6, "وب‌سایت", "bad_website")]


def test_sheet_and_header_row_overrides(tmp_path):
    path = tmp_path / "partners.xlsx"
    make_partner_workbook(path)
    table = read_table(path, sheet="راهنما", header_row=1)
    assert table.headers == ["این فایل را پر کنید."]
    with pytest.raises(ImportFileError):
        read_table(path, sheet="nope")


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Partners">
<table:table-row><table:table-cell office:value-type="string"><text:p>نام</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>تلفن</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>پارک فناوری پردیس</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="9123456789"><text:p>9123456789</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_ods_is_read_too(tmp_path):
    """A minimal ODS as LibreOffice lays it out (mimetype first, stored)."""
    path = tmp_path / "partners.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", ODS_CONTENT.replace("\n<", "<"))  # LibreOffice writes no newlines
    table = read_table(path)
    assert table.file_format == "ods"
    assert table.rows == [["پارک فناوری پردیس", "9123456789"]]
    clean, _ = clean_rows(table, auto_map(table.headers))
    assert clean[0].phone == "09123456789" and clean[0].kind == "park"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02\x03binary\xff\xfe\x00junk" * 50,
        b"PK\x03\x04 this is not really a zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        b"   \n\n  \n",
    ],
    ids=["empty", "binary", "fake-zip", "fake-xls", "blank"],
)
def test_unreadable_files_raise_import_file_error(write_bytes, data):
    with pytest.raises(ImportFileError):
        read_table(write_bytes("x.csv", data))


def test_truncated_xlsx(tmp_path):
    path = tmp_path / "partners.xlsx"
    make_partner_workbook(path)
    data = path.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(cut)


def test_zip_that_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="not a spreadsheet"):
        read_table(path)


def test_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportFileError, match="compressed"):
        read_table(path)


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)


def billion_laughs_workbook(path: Path) -> None:
    """A real workbook whose shared strings declare the billion-laughs entities."""
    book = openpyxl.Workbook()
    book.active.append(["Name", "Country"])
    book.active.append(["x", "Iran"])
    plain = io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = BILLION_LAUGHS + text[text.index("<worksheet"):]
                text = text.replace(">x<", ">&lol9;<")
                data = text.encode()
            target.writestr(info, data)


def test_billion_laughs_is_refused(tmp_path):
    path = tmp_path / "laughs.xlsx"
    billion_laughs_workbook(path)
    with pytest.raises(ImportFileError, match="entity"):
        read_table(path)


def test_calamine_itself_does_not_expand_entities(tmp_path):
    """Even without our guard, calamine does not expand the entities (in a capped process)."""
    path = tmp_path / "laughs.xlsx"
    billion_laughs_workbook(path)
    script = (
        "import resource, sys, python_calamine\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "try:\n"
        "    book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])\n"
        "    rows = book.get_sheet_by_index(0).to_python()\n"
        "    print(max(len(str(c)) for r in rows for c in r))\n"
        "except python_calamine.CalamineError as error:\n"
        "    print('refused', type(error).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.strip()
    assert out.startswith("refused") or int(out) < 1000


def test_export_then_import_round_trips(tmp_path):
    headers = ["نام", "تلفن", "Formula", "Notes"]
    rows = [
        ["پارک علم و فناوری", "+98 21 8877 6655", "=1+2", "'=already quoted"],
        ["Acme", "-5", "@SUM(A1)", "plain"],
    ]
    for writer, name in ((write_csv, "out.csv"), (write_xlsx, "out.xlsx")):
        path = tmp_path / name
        writer(path, headers, rows)
        table = read_table(path)
        assert table.headers == headers
        assert table.rows == rows, name


def test_csv_export_is_neutralised_for_excel(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["a"], [["=cmd|' /C calc'!A0"], ["+98 21"]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "'=cmd" in data.decode("utf-8-sig") and "'+98 21" in data.decode("utf-8-sig")


def test_xlsx_export_is_rtl_for_persian_and_stores_text_not_formulas(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["نام", "کشور"], [["شرکت الف", "ایران"], ["=1+1", 5]], "شرکا")
    book = openpyxl.load_workbook(path)
    sheet = book["شرکا"]
    assert sheet.sheet_view.rightToLeft
    assert sheet["A1"].font.b
    assert sheet["A3"].value == "'=1+1" and sheet["A3"].data_type == "s"
    assert sheet["B3"].value == 5


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_detection_simple(delimiter):
    text = delimiter.join(["name", "country", "city"]) + "\n" + delimiter.join(["a, b", "x", "y"]) + "\n"
    if delimiter == ",":
        text = 'name,country,city\n"a, b",x,y\n'
    assert detect_delimiter(text) == delimiter


# ----------------------------------------------------------------------------- fast paths
# Reading cuts lines itself, pools repeated cells and skips work a file does not need; each
# is checked against the plain way it replaced.

LINE_CHARS = [*"ab,;\"' \r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\r\n", "پ"]
line_text = st.lists(st.sampled_from(LINE_CHARS), max_size=40).map("".join)


def plain_records(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))


@settings(max_examples=400, deadline=None)
@given(line_text, st.sampled_from([",", ";"]), st.integers(min_value=0, max_value=12))
def test_lines_are_cut_as_stringio_reads_them(text, delimiter, block_size):
    expected = list(io.StringIO(text, newline=""))
    assert list(textfile._lines(text, block_size)) == expected
    assert list(csv.reader(textfile._lines(text, block_size), delimiter=delimiter, strict=False)) == plain_records(
        text, delimiter
    )
    assert list(textfile.iter_records(text, delimiter)) == plain_records(text, delimiter)


@settings(max_examples=300, deadline=None)
@given(line_text, st.sampled_from([",", ";", "|"]))
@example("\"'", ",")
@example("a;'b", ";")
@example("a\r'b", ",")
def test_no_apostrophe_pass_only_when_no_cell_starts_with_one(text, delimiter):
    if not table_module._may_start_with_apostrophe(text, delimiter):
        assert not any(cell.startswith("'") for row in plain_records(text, delimiter) for cell in row)


ragged = st.lists(st.lists(st.sampled_from(["", "x", "y", "ایران", " ", "'=1"]) | st.text(max_size=3), max_size=5),
                  max_size=40)


@settings(max_examples=300, deadline=None)
@given(ragged, st.integers(min_value=1, max_value=7))
def test_gathered_rows_equal_the_records(records, chunk):
    old = table_module.GATHER_ROWS
    table_module.GATHER_ROWS = chunk
    try:
        gathered = table_module.gather_rows(iter([list(r) for r in records]))
    finally:
        table_module.GATHER_ROWS = old
    assert gathered == records
    assert all(type(row) is list for row in gathered)


def test_repeated_cells_are_shared_and_unique_ones_not_pooled():
    records = [["".join(["ایر", "ان"]), f"name {i}", "".join(["C", "EO"])] for i in range(5000)]
    gathered = table_module.gather_rows(iter(records))
    assert gathered == records
    assert len({id(row[0]) for row in gathered}) == 1 and len({id(row[2]) for row in gathered}) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=4), st.sampled_from(["'=x", "''+1", "'a"]), st.floats(), st.integers(),
                          st.booleans(), st.dates(), st.none()), max_size=8))
def test_column_text_equals_cell_text(cells):
    assert list(column_text(cells)) == [cell_text(cell) for cell in cells]


@pytest.mark.parametrize(
    "cells",
    [{}, {"A1": "h"}, {"A1": "h", "C5": 3, "A3": "x"}, {"C3": "x", "D4": 5}, {"B2": "h", "B3": 9123456789}],
)
def test_workbook_cells_equal_to_python(tmp_path, cells):
    book = openpyxl.Workbook()
    for ref, value in cells.items():
        book.active[ref] = value
    path = tmp_path / "cells.xlsx"
    book.save(path)
    opened = open_workbook(path, path.read_bytes()[:8])
    try:
        name = opened.sheet_names[0]
        expected = opened._book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        assert list(opened.cells(name)) == expected
    finally:
        opened.close()


def old_read_csv(data: bytes) -> tuple[list[str], list[list[str]], list[int], int]:
    """How read_table read a text file before the fast paths: StringIO, a list, every cell."""
    text, _ = textfile.decode_table_text(data)
    records = plain_records(text, textfile.detect_delimiter(text))
    return table_module._build(records, None, undo_apostrophes=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["نام", "name", "کشور", "'=1", "''+2", "'a", " x ", "ایران", '"q, r"', ""]), max_size=6)
       .map(",".join).map(lambda line: line + "\n"), st.lists(line_text, max_size=4).map("".join))
@example("نام,کشور\n", " ,\n'=a,b\n\"'=1\",x\n \t, ,\n")
def test_read_table_equals_the_old_reading(header, body):
    data = (header + body).encode()
    try:
        expected = old_read_csv(data)
    except ImportFileError:
        expected = None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.csv"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except ImportFileError:
            assert expected is None
        else:
            assert (table.headers, table.rows, table.row_numbers, table.header_row) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "\t", "x", " x", "\u3000", "ا"]), max_size=5))
def test_blank_row_check_equals_the_plain_one(row):
    assert table_module._is_blank(row) == (not any(row) or all(not cell or cell.isspace() for cell in row))
