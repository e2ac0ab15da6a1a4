"""One entry point for every partner-list file: :func:`read_table` → :class:`RawTable`.

The file's kind is told from its first bytes, not its name (a ".xls" that is really HTML or
CSV is common): a zip is a workbook (XLSX/ODS), an OLE file an old .xls, anything else is
tried as delimited text. In a workbook the sheet holding the list is chosen (not an
instructions sheet in front of it); in every kind of file the header row is found even
under a title row and blank rows.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.importing.errors import ImportFileError
from desktop_app.importing.mapping import header_score
from desktop_app.importing.textfile import read_text_rows
from desktop_app.importing.workbook import open_workbook, undo_neutralising, workbook_kind

#: How many rows from the top are searched for the header row.
HEADER_SEARCH_ROWS = 30
#: How many rows of each sheet are looked at when choosing the sheet.
SHEET_SAMPLE_ROWS = 200


@dataclass
class RawTable:
    """A file's table as text, before mapping: headers, data rows and how it was read.

    ``rows[i]`` has exactly ``len(headers)`` cells and is the row Excel numbers
    ``row_numbers[i]`` (1-based, as the user sees it). Entirely blank rows are left out.
    ``encoding`` and ``delimiter`` are set for text files, ``sheet`` for workbooks;
    ``header_row`` is 1-based.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    header_row: int
    file_format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """Excel's name for the 0-based column *index*: 0 → "A", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def _filled(row: list[str]) -> int:
    return sum(1 for cell in row if cell and not cell.isspace())


def find_header_row(rows: list[list[str]]) -> int:
    """The 0-based index of the header row among the first rows.

    The row naming the most known fields wins (the earliest on a tie); when none names any,
    the first row with at least half as many filled cells as the widest row near the top.
    Raises :class:`ImportFileError` when the rows are all blank.
    """
    top = rows[:HEADER_SEARCH_ROWS]
    best_index, best_score = -1, 0
    for index, row in enumerate(top):
        score = header_score(row)
        if score > best_score:
            best_index, best_score = index, score
    if best_index >= 0:
        return best_index
    widths = [_filled(row) for row in top]
    widest = max(widths, default=0)
    if widest == 0:
        raise ImportFileError("The file has no table in it (the first rows are blank).")
    return next(i for i, width in enumerate(widths) if width >= max(1, widest / 2) and width)


def _sheet_score(rows: list[list[str]]) -> tuple[int, int, int]:
    """Rank a sheet: known headers times data-like rows under them, then data rows."""
    if not any(_filled(row) for row in rows):
        return (0, 0, 0)
    header = find_header_row(rows)
    known = header_score(rows[header])
    data_rows = sum(1 for row in rows[header + 1 :] if _filled(row) >= 2)
    return (known * data_rows, data_rows, known)


def _build(
    records: list[list[str]], header_row: int | None, *, undo_apostrophes: bool
) -> tuple[list[str], list[list[str]], list[int], int]:
    if header_row is None:
        index = find_header_row(records)
    else:
        if header_row < 1 or header_row > len(records):
            raise ImportFileError(f"Row {header_row} is not in the file.")
        index = header_row - 1
    header_cells = [cell.strip() for cell in records[index]]
    body = records[index + 1 :]
    width = len(header_cells)
    for row in body:
        if len(row) > width:
            for position in range(len(row) - 1, width - 1, -1):
                if row[position] and not row[position].isspace():
                    width = position + 1
                    break
    header_cells += [""] * (width - len(header_cells))
    while width and not header_cells[width - 1] and not any(
        len(row) >= width and row[width - 1] for row in body
    ):
        width -= 1
    if width == 0:
        raise ImportFileError("The file has no columns.")
    headers = [
        undo_neutralising(cell) if cell else f"Column {column_letter(i)}"
        for i, cell in enumerate(header_cells[:width])
    ]
    rows: list[list[str]] = []
    numbers: list[int] = []
    padding = [""] * width
    for offset, row in enumerate(body):
        if not any(row) or all(not cell or cell.isspace() for cell in row):
            continue
        if len(row) != width:
            row = (row + padding)[:width]
        if undo_apostrophes:
            row = [undo_neutralising(cell) if cell[:1] == "'" else cell for cell in row]
        rows.append(row)
        numbers.append(index + offset + 2)
    return headers, rows, numbers, index + 1


def read_table(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Read a partner list (CSV/TSV/text, XLSX/XLSM, ODS or XLS) into a :class:`RawTable`.

    Every argument after *path* overrides detection: the text *encoding* (a Python codec
    name), the *delimiter*, the workbook *sheet* by name, the 1-based *header_row*.
    Raises :class:`ImportFileError` (and nothing else) for any file that cannot be read.
    """
    file_path = Path(path)
    try:
        with file_path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ImportFileError(f"The file cannot be opened: {error.strerror or error}.") from None
    if not head:
        raise ImportFileError("The file is empty.")
    if workbook_kind(head):
        return _read_workbook(file_path, head, sheet, header_row)
    try:
        data = file_path.read_bytes()
    except (OSError, MemoryError) as error:
        raise ImportFileError(f"The file cannot be read: {error}.") from None
    records, used_encoding, used_delimiter = read_text_rows(data, encoding=encoding, delimiter=delimiter)
    del data
    headers, rows, numbers, header_index = _build(records, header_row, undo_apostrophes=True)
    return RawTable(
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        header_row=header_index,
        file_format="csv",
        encoding=used_encoding,
        delimiter=used_delimiter,
    )


def _read_workbook(path: Path, head: bytes, sheet: str | None, header_row: int | None) -> RawTable:
    book = open_workbook(path, head)
    try:
        names = book.sheet_names
        if sheet is None:
            if len(names) == 1:
                sheet = names[0]
            else:
                scores = {name: _sheet_score(book.rows(name, SHEET_SAMPLE_ROWS)) for name in names}
                sheet = max(names, key=lambda name: scores[name])  # first wins a tie
        elif sheet not in names:
            raise ImportFileError(f"The workbook has no sheet “{sheet}”.")
        records = book.rows(sheet)
    finally:
        book.close()
    if header_row is None and not any(_filled(row) for row in records):
        raise ImportFileError(f"The sheet “{sheet}” is empty.")
    headers, rows, numbers, header_index = _build(records, header_row, undo_apostrophes=False)
    return RawTable(
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        header_row=header_index,
        file_format=book.kind,
        sheet=sheet,
        sheet_names=names,
    )
