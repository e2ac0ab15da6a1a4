"""What reading a table promises, by example: the header row found under titles, columns
named as Excel names them, row numbers as the user sees them, the sheet holding the list."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app.importing import ImportFileError, read_table
from desktop_app.importing.table import (
    HEADER_SEARCH_ROWS,
    _build,
    _is_blank,
    _may_start_with_apostrophe,
    _sheet_score,
    column_letter,
    find_header_row,
    gather_rows,
)


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")],
)
def test_columns_are_named_as_excel_names_them(index, letters):
    assert column_letter(index) == letters


def test_the_header_is_the_row_naming_the_most_fields_under_a_title():
    rows = [["فهرست شرکا ۱۴۰۴"], [], ["Name", "Country", "Phone"], ["Name", "Country", "x"], ["a", "b", "c"]]
    assert find_header_row(rows) == 2  # the earliest of the best rows
    assert find_header_row([["x", "y"], ["Name", "y"]]) == 1


def test_without_known_headers_the_first_row_half_as_wide_as_the_widest_is_the_header():
    assert find_header_row([["x"], ["a", "b", "c", "d"], ["a", "b"]]) == 1
    assert find_header_row([[" "], ["a", "", "c"], ["a", "b", "c", "d"]]) == 1  # 2 of 4 filled is half
    assert find_header_row([["t"], ["a", "b", "c"]]) == 1  # 1 of 3 filled is less than half


def test_only_the_first_rows_are_searched_for_the_header():
    rows = [["x", "y"]] * HEADER_SEARCH_ROWS + [["Name", "Country"]]
    assert find_header_row(rows) == 0
    assert find_header_row([["x", "y"]] * (HEADER_SEARCH_ROWS - 1) + [["Name", "Country"]]) == HEADER_SEARCH_ROWS - 1


def test_a_table_with_only_blank_first_rows_is_refused():
    with pytest.raises(ImportFileError) as refused:
        find_header_row([[""], [" ", "\t"]] * 20)
    assert str(refused.value) == "The file has no table in it (the first rows are blank)."


def test_a_sheet_is_ranked_by_known_headers_times_data_rows():
    assert _sheet_score([["Name", "Country"], ["a", "b"], ["c", ""], ["d", "e"]]) == (4, 2, 2)
    assert _sheet_score([["Notes"], ["Fill in the list."]]) == (0, 0, 1)
    assert _sheet_score([[""], [" "]]) == (0, 0, 0)
    assert _sheet_score([]) == (0, 0, 0)


def test_rows_are_built_padded_cut_and_numbered_as_the_user_sees_them():
    records = [["Title"], ["Name ", " City", ""], ["a", "b", "", "x"], [" ", ""], ["c"], ["d", "e", "f", "", " "]]
    headers, rows, numbers, header_row = _build(records, None, undo_apostrophes=False)
    assert headers == ["Name", "City", "Column C", "Column D"]
    assert rows == [["a", "b", "", "x"], ["c", "", "", ""], ["d", "e", "f", ""]]
    assert numbers == [3, 5, 6] and header_row == 2


def test_empty_columns_at_the_right_are_dropped_and_a_table_of_none_is_refused():
    assert _build([["Name", "", ""], ["a", "", ""]], None, undo_apostrophes=False)[0] == ["Name"]
    assert _build([["Name", "", ""], ["a", "", "z"]], None, undo_apostrophes=False)[0] == ["Name", "Column B", "Column C"]
    with pytest.raises(ImportFileError) as refused:
        _build([["", "", ""], ["", ""]], 1, undo_apostrophes=False)
    assert str(refused.value) == "The file has no columns."


@pytest.mark.parametrize("row", [0, 3, -1])
def test_a_header_row_outside_the_file_is_refused(row):
    with pytest.raises(ImportFileError) as refused:
        _build([["a"], ["b"]], row, undo_apostrophes=False)
    assert str(refused.value) == f"Row {row} is not in the file."


def test_the_given_header_row_is_used_and_our_apostrophes_are_undone_when_asked():
    headers, rows, numbers, header_row = _build([["t"], ["'=Name", "x"], ["'=1", "''+2"]], 2, undo_apostrophes=True)
    assert (headers, rows, numbers, header_row) == (["=Name", "x"], [["=1", "'+2"]], [3], 2)
    assert _build([["=x"], ["'=1"]], None, undo_apostrophes=False)[1] == [["'=1"]]


@pytest.mark.parametrize(
    ("text", "may"),
    [("a,'b", True), ("'a,b", True), ("a\n'b", True), ("a\r'b", True), ('"\'b"', True),
     ("a;'b", False), ("it's,x", False), ("a,b", False)],
)
def test_the_apostrophe_pass_is_skipped_only_when_no_cell_can_start_with_one(text, may):
    assert _may_start_with_apostrophe(text, ",") is may


@pytest.mark.parametrize(
    ("row", "blank"),
    [([], True), ([""], True), ([" ", "\t", ""], True), (["", "x"], False), (["x"], False), (["", " a"], False)],
)
def test_a_row_is_blank_when_every_cell_is_empty_or_space(row, blank):
    assert _is_blank(row) is blank


def test_gathered_rows_keep_their_lengths_and_are_converted_per_column():
    records = [[1, 2], [3], [], [4, 5, 6]]
    rows = gather_rows(iter(records), lambda column: [str(cell) for cell in column])
    assert rows == [["1", "2"], ["3"], [], ["4", "5", "6"]]
    assert gather_rows(iter([[], []])) == [[], []]
    assert gather_rows(iter([])) == []


def test_a_column_that_stops_repeating_stops_being_pooled():
    # 3,000 rows (three chunks): a country typed on each row is kept once; the names,
    # never repeating, are kept as they came (and all of them, past the pool's limit).
    records = [[f"name {i}", "".join(["Ir", "an"])] for i in range(3_000)]
    rows = gather_rows(iter(records))
    assert rows == [[f"name {i}", "Iran"] for i in range(3_000)]
    assert all(row[1] is rows[0][1] for row in rows)
    assert all(row[0] is record[0] for row, record in zip(rows, records, strict=True))


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_the_sheet_with_the_list_is_chosen_and_the_first_wins_a_tie(tmp_path):
    guide = [["Fill in the list on the next sheet."], ["Thank you"]]
    partners = [["Name", "Country"], ["Acme", "Iran"], ["Beta", "Turkey"]]
    assert read_table(write_book(tmp_path / "a.xlsx", {"Guide": guide, "List": partners})).sheet == "List"
    book = write_book(tmp_path / "b.xlsx", {"One": partners, "Two": partners})
    assert read_table(book).sheet == "One"
    longer = write_book(tmp_path / "c.xlsx", {"One": partners, "Two": [*partners, ["Gamma", "Iraq"]]})
    assert read_table(longer).sheet == "Two"
    single = read_table(write_book(tmp_path / "d.xlsx", {"Only": guide}))
    assert single.sheet == "Only" and single.sheet_names == ["Only"]


def test_a_text_file_reports_how_it_was_read(write_bytes):
    table = read_table(write_bytes("list.csv", "Name;Country\r\nAcme;Iran\r\n\r\n'=1;x\r\n".encode("utf-8-sig")))
    assert (table.file_format, table.encoding, table.delimiter, table.sheet) == ("csv", "utf-8-sig", ";", None)
    assert table.rows == [["Acme", "Iran"], ["=1", "x"]] and table.row_numbers == [2, 4]


def test_a_missing_and_an_empty_file_are_refused_saying_so(tmp_path, write_bytes):
    with pytest.raises(ImportFileError) as refused:
        read_table(tmp_path / "gone.csv")
    assert str(refused.value) == "The file cannot be opened: No such file or directory."
    with pytest.raises(ImportFileError) as refused:
        read_table(write_bytes("empty.csv", b""))
    assert str(refused.value) == "The file is empty."


def test_numbers_count_as_filled_cells_when_the_sheet_is_chosen(tmp_path):
    # The list's rows hold a name and a phone stored as a number; the guide's rows two texts.
    guide = [["Step", "What to do"], ["1", "Fill in the list"], ["2", "Send it back"]]
    partners = [["Name", "Phone"], ["Acme", 9123456789], ["Beta", 2188776655]]
    table = read_table(write_book(tmp_path / "a.xlsx", {"Guide": guide, "List": partners}))
    assert table.sheet == "List" and table.rows == [["Acme", "9123456789"], ["Beta", "2188776655"]]


def test_a_text_file_takes_the_header_row_it_is_given(write_bytes):
    path = write_bytes("list.csv", b"Name,Country\nAcme,Iran\nBeta,Iraq\n")
    table = read_table(path, header_row=2)
    assert table.headers == ["Acme", "Iran"] and table.rows == [["Beta", "Iraq"]] and table.header_row == 2


def test_a_field_over_a_megabyte_is_refused_as_no_readable_table(write_bytes):
    path = write_bytes("list.csv", b"Name,Notes\nAcme,\"" + b"x" * (1024 * 1024 + 1) + b"\"\n")
    with pytest.raises(ImportFileError) as refused:
        read_table(path, delimiter=",")
    assert str(refused.value) == "The file is not a readable table: field larger than field limit (1048576)."


def test_a_one_column_header_naming_a_field_is_found_on_the_first_row():
    assert find_header_row([["Name"], ["a", "b", "c"]]) == 0
    with pytest.raises(ImportFileError):
        find_header_row([])


def test_the_last_row_may_be_given_as_the_header_and_far_right_cells_widen_the_table():
    assert _build([["a"], ["b"]], 2, undo_apostrophes=False) == (["b"], [], [], 2)
    headers, rows, _, _ = _build([["Name", "City"], ["g", "h", "", "y", ""]], None, undo_apostrophes=False)
    assert headers == ["Name", "City", "Column C", "Column D"] and rows == [["g", "h", "", "y"]]
