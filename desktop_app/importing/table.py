"""One entry point for every partner-list file: :func:`read_table` → :class:`RawTable`.

The file's kind is told from its first bytes, not its name (a ".xls" that is really HTML or
CSV is common): a zip is a workbook (XLSX/ODS), an OLE file an old .xls, anything else is
tried as delimited text. In a workbook the sheet holding the list is chosen (not an
instructions sheet in front of it); in every kind of file the header row is found even
under a title row and blank rows.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import os
import re
import string
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, zip_longest
from pathlib import Path
from typing import Any

from desktop_app.importing.errors import ImportFileError
from desktop_app.importing.mapping import header_score
from desktop_app.importing.textfile import choose_delimiter, decode_table_text, iter_records
from desktop_app.importing.workbook import (
    column_text,
    open_workbook,
    undo_neutralising,
    workbook_kind,
)

#: How many rows from the top are searched for the header row.
HEADER_SEARCH_ROWS = 30
#: How many rows of each sheet are looked at when choosing the sheet.
SHEET_SAMPLE_ROWS = 200


#: Rows gathered at a time while reading (see :func:`gather_rows`); a few hundred rows
#: transpose within the CPU cache.
GATHER_ROWS = 1024
#: A column stops being pooled once it holds more distinct values than half its rows.
_POOL_MIN = 512


@dataclass
class RawTable:
    """A file's table as text, before mapping: headers, data rows and how it was read.

    ``rows[i]`` has exactly ``len(headers)`` cells and is the row Excel numbers
    ``row_numbers[i]`` (1-based, as the user sees it). Entirely blank rows are left out.
    ``encoding`` and ``delimiter`` are set for text files, ``sheet`` for workbooks;
    ``header_row`` is 1-based. A value that repeats down a column (a country, a kind, an
    empty cell) is one string object shared by its rows, not a copy per row.
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


#: Pauses under way (on any thread), and whether the collector ran before the first.
_pause_count = 0
_collector_was_on = False
_pauses_lock = threading.Lock()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a whole table is read or cleaned.

    Reading makes a list per row and cleaning an object per row, and no reference cycles;
    left running, the collector walks the growing table again and again (reading a
    100,000-row list took twice as long with it). Nested use is harmless, and so is use on
    two threads at once (the wizard's early index build beside a read or a dry run): the
    collector comes back on when the last pause ends, as it was before the first.
    """
    global _pause_count, _collector_was_on
    with _pauses_lock:
        if not _pause_count:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _pause_count += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pause_count -= 1
            if not _pause_count and _collector_was_on:
                gc.enable()


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


def gather_rows(
    records: Iterable[list[Any]], convert: Callable[[Sequence[Any]], Sequence[str]] | None = None
) -> list[list[str]]:
    """All *records* as lists of text, each cell that repeats down its column shared.

    The records are taken :data:`GATHER_ROWS` at a time and turned into columns; *convert*
    (if given) turns a column's cells into text, and the column's values are pooled, so a
    country or kind written on 100,000 rows is kept once, not 100,000 times. A column whose
    values turn out not to repeat (a name, an e-mail) stops being pooled. Records keep
    their own lengths.
    """
    gathered: list[list[str]] = []
    pools: list[dict[str, str] | None] = []
    iterator = iter(records)
    seen = 0
    while chunk := list(islice(iterator, GATHER_ROWS)):
        seen += len(chunk)
        lengths = list(map(len, chunk))
        width = max(lengths)
        if not width:
            gathered.extend(chunk)
            continue
        pools.extend({} for _ in range(width - len(pools)))
        uniform = lengths.count(width) == len(lengths)
        columns: list[Sequence[Any]] = list(zip(*chunk, strict=True) if uniform else zip_longest(*chunk, fillvalue=""))
        del chunk
        for position, column in enumerate(columns):
            if convert is not None:
                column = convert(column)
            pool = pools[position]
            if pool is not None:
                column = list(map(pool.setdefault, column, column))
                if len(pool) > max(_POOL_MIN, seen // 2):
                    pools[position] = None
            columns[position] = column
        rows = list(map(list, zip(*columns, strict=True)))
        del columns
        if not uniform:
            for row, length in zip(rows, lengths, strict=True):
                del row[length:]
        gathered.extend(rows)
    return gathered


def _is_blank(row: list[str]) -> bool:
    first = row[0] if row else ""
    if first and not first.isspace():
        return False  # the usual case, decided by the first cell
    return not any(row) or all(not cell or cell.isspace() for cell in row)


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
    first_number = index + 2
    for offset, row in enumerate(body):
        if _is_blank(row):
            continue
        if len(row) != width:
            row = (row + padding)[:width]
        if undo_apostrophes:
            row = [undo_neutralising(cell) if cell[:1] == "'" else cell for cell in row]
        rows.append(row)
        numbers.append(first_number + offset)
    return headers, rows, numbers, index + 1


def _may_start_with_apostrophe(text: str, delimiter: str) -> bool:
    """False when no cell of the delimited *text* can start with an apostrophe.

    A cell starts at the start of the text, after a line break or a delimiter, or after
    the quote that opens it; when no apostrophe follows any of those, the per-cell undoing
    of our export's apostrophes (:func:`undo_neutralising`) can be left out.
    """
    if "'" not in text:
        return False
    return re.search("(?:^|[\r\n\"" + re.escape(delimiter) + "])'", text) is not None


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
        with gc_paused():
            return _read_workbook(file_path, head, sheet, header_row)
    with gc_paused():
        return _read_text(file_path, encoding, delimiter, header_row)


def _read_text(
    file_path: Path, encoding: str | None, delimiter: str | None, header_row: int | None
) -> RawTable:
    try:
        data = file_path.read_bytes()
    except (OSError, MemoryError) as error:
        raise ImportFileError(f"The file cannot be read: {error}.") from None
    text, used_encoding = decode_table_text(data, encoding)
    del data  # the bytes, the text and the cells are never all held at once
    used_delimiter = choose_delimiter(text, delimiter)
    apostrophes = _may_start_with_apostrophe(text, used_delimiter)
    try:
        records = gather_rows(iter_records(text, used_delimiter))
    except csv.Error as error:
        raise ImportFileError(f"The file is not a readable table: {error}.") from None
    del text
    headers, rows, numbers, header_index = _build(records, header_row, undo_apostrophes=apostrophes)
    del records
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
        records = gather_rows(book.cells(sheet), column_text)
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
