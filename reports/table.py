"""Tables and lists for right-to-left reports.

``RTLTable`` is our own Flowable rather than reportlab's ``Table``: a
reportlab table re-measures every remaining row each time it splits across
a page, which is quadratic for a 10,000-row directory.  Here every row is
measured once, page splits use those heights (linear overall), the split
halves share the measured rows, and the header row is repeated on every
page.  Columns are laid out from the right in Persian (the first column is
at the right edge) and from the left in English; their widths are the given
weights scaled to the frame, so a table never overflows the page.

``bullet_list`` / ``numbered_list`` give list items with the marker on the
right for Persian (۱. ۲. …) and on the left for English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.fonts import BOLD, REGULAR, runs
from reports.rtl import (
    Align,
    Digits,
    Direction,
    RTLParagraph,
    draw_line,
    fmt_int,
    is_rtl_text,
    layout,
    line_width,
    visual_line,
    word_width,
)

HEADER_BG: Color = HexColor("#1f4e79")
ZEBRA_BG: Color = HexColor("#eef3f8")
GRID: Color = HexColor("#c9d3de")

Cell: TypeAlias = str | Flowable


@dataclass(frozen=True, slots=True)
class TextCell:
    """A table cell's text, broken and reordered once: ``lines`` are (visual text, width).

    Drawn straight into the page's content stream by :meth:`RTLTable.draw` (one text
    object per table slice), which is what makes a 10,000-row directory fast.
    """

    lines: tuple[tuple[str, float], ...]
    font: str
    size: float
    leading: float
    align: Align

    @property
    def height(self) -> float:
        """Height of the cell's text."""
        return len(self.lines) * self.leading


@lru_cache(maxsize=32768)
def text_cell(
    text: str, font: str, size: float, width: float, rtl: bool, digits: Digits, align: Align
) -> TextCell:
    """Break *text* at *width* and reorder each line (cached: kinds, cities and countries
    repeat across thousands of rows)."""
    lines = tuple(
        (visual_line(" ".join(line.words), rtl), line.width) if line.words else ("", 0.0)
        for line in layout(text, font, size, width, rtl, digits)
    )
    if lines and not lines[-1][0] and len(lines) > 1:
        lines = lines[:-1]
    return TextCell(lines or (("", 0.0),), font, size, size * 1.5, align)


def _num(v: float) -> str:
    """A coordinate for the content stream (two decimals, no trailing zeros)."""
    text = f"{v:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class _TextWriter:
    """Writes text cells into one BT … ET block, switching font subsets only when needed.

    The encoded bytes of each (font, visual text) are cached per canvas: the TrueType
    subset a glyph lands in is fixed for a document once assigned.
    """

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.code = canv._code
        cache = getattr(canv, "_peyvand_encoded", None)
        if cache is None:
            cache = {}
            canv._peyvand_encoded = cache
        self.cache: dict[tuple[str, str], list[tuple[str, str]]] = cache
        self.current: tuple[str, float] | None = None
        self.code.append("BT")

    def color(self, rgb: tuple[float, float, float]) -> None:
        self.code.append(f"{_num(rgb[0])} {_num(rgb[1])} {_num(rgb[2])} rg")

    def _encoded(self, font: str, text: str) -> list[tuple[str, str]]:
        key = (font, text)
        found = self.cache.get(key)
        if found is None:
            doc = self.canv._doc
            found = []
            for run_font, run_text in runs(text, font):
                f = getFont(run_font)
                found.extend(
                    (f.getSubsetInternalName(subset, doc), self.canv._escape(chunk))
                    for subset, chunk in f.splitString(run_text, doc)
                )
            self.cache[key] = found
        return found

    def line(
        self, x: float, y: float, text: str, font: str, size: float, scale: float = 1.0
    ) -> None:
        code = self.code
        code.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
        if scale < 0.999:
            code.append(f"{_num(scale * 100)} Tz")
        for name, chunk in self._encoded(font, text):
            if self.current != (name, size):
                code.append(f"{name} {_num(size)} Tf")
                self.current = (name, size)
            code.append(f"({chunk}) Tj")
        if scale < 0.999:
            code.append("100 Tz")

    def cell(self, cell: TextCell, x: float, top: float, width: float) -> None:
        """Draw *cell* in the box of *width* whose top edge is *top*."""
        y = top - cell.leading / 2 - cell.size * 0.25
        for text, w in cell.lines:
            if text:
                scale = 1.0
                if w > width > 0:
                    scale, w = width / w, width
                if cell.align == "right":
                    x0 = x + width - w
                elif cell.align == "center":
                    x0 = x + (width - w) / 2
                else:
                    x0 = x
                self.line(x0, y, text, cell.font, cell.size, scale)
            y -= cell.leading

    def close(self) -> None:
        self.code.append("ET")


def _rgb(c: Color) -> tuple[float, float, float]:
    return (float(c.red), float(c.green), float(c.blue))


@dataclass(slots=True)
class Column:
    """A table column: header text, relative width and how its cells are set."""

    header: str
    weight: float = 1.0
    align: Align | None = None
    direction: Direction | None = None  # None: the table's direction
    digits: Digits = "auto"
    bold: bool = False
    #: Widen the column, when needed, to its longest word (a code such as EAST-1403-02 is
    #: never broken, so it would otherwise be condensed to fit); the other columns give
    #: up the room in proportion to their weights.
    fit: bool = False


class RTLTable(Flowable):
    """A wrapping, page-splitting table with a repeated header and zebra rows."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        rtl: bool = True,
        size: float = 8.5,
        padding: float = 3.0,
        zebra: bool = True,
        show_header: bool = True,
        space_before: float = 2.0,
        space_after: float = 8.0,
        caption: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.caption = caption
        self._caption_h = 0.0
        self.columns = list(columns)
        self.rtl = rtl
        self.size = size
        self.padding = padding
        self.zebra = zebra
        self.show_header = show_header
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._raw_rows = rows
        self._cells: list[list[Flowable | TextCell]] | None = None
        self._heights: list[float] = []
        self._header: list[TextCell] = []
        self._header_h = 0.0
        self._widths: list[float] = []
        self._for_width = -1.0
        self._start = 0
        self._end = len(rows)
        self._first_row_index = 0  # for zebra continuity across pages
        self.width = 0.0
        self.height = 0.0

    # -- measuring --------------------------------------------------------

    def _cell(self, value: Cell, col: Column, width: float) -> Flowable | TextCell:
        if isinstance(value, Flowable):
            return value
        # Register data is mostly Persian: in an English table a cell takes the direction
        # of its own text (its first strong letter), so a Persian title still reads
        # right to left; it stays aligned with the table.
        direction = col.direction or ("rtl" if self.rtl else "auto")
        if direction == "auto":
            rtl = is_rtl_text(value) if value.strip() else self.rtl
        else:
            rtl = direction == "rtl"
        align = col.align or ("right" if self.rtl else "left")
        return text_cell(
            value, BOLD if col.bold else REGULAR, self.size, width, rtl, col.digits, align
        )

    def _measure(self, avail_width: float) -> None:
        if self._cells is not None and abs(avail_width - self._for_width) < 1e-6:
            return
        total = sum(c.weight for c in self.columns) or 1.0
        self._widths = [avail_width * c.weight / total for c in self.columns]
        pad2 = 2 * self.padding
        if any(c.fit for c in self.columns):
            self._fit_widths(avail_width, pad2)
        inner = [w - pad2 for w in self._widths]
        self._header = [
            text_cell(
                c.header,
                BOLD,
                self.size,
                w,
                self.rtl,
                "auto",
                c.align or ("right" if self.rtl else "left"),
            )
            for c, w in zip(self.columns, inner, strict=True)
        ]
        self._header_h = max(c.height for c in self._header) + pad2 if self.show_header else 0.0
        cols = self.columns
        cells = [
            [self._cell(v, cols[i], inner[i]) for i, v in enumerate(row)]
            for row in self._raw_rows[self._start : self._end]
        ]
        heights = []
        for row in cells:
            h = 0.0
            for f, w in zip(row, inner, strict=False):
                fh = f.height if isinstance(f, TextCell) else f.wrap(w, 1e6)[1]
                if fh > h:
                    h = fh
            heights.append(h + pad2)
        self._cells = cells
        self._heights = heights
        self._for_width = avail_width

    def _fit_widths(self, avail_width: float, pad2: float) -> None:
        """Give each ``fit`` column the width of its longest word (at most a third of the
        table), taken from the other columns in proportion to their widths."""
        rows = self._raw_rows[self._start : self._end]
        widths = list(self._widths)
        for i, col in enumerate(self.columns):
            if not col.fit:
                continue
            font = BOLD if col.bold else REGULAR
            need = 0.0
            for row in rows:
                value = row[i] if i < len(row) else ""
                if not isinstance(value, str):
                    continue
                rtl = (
                    is_rtl_text(value)
                    if col.direction in (None, "auto")
                    else (col.direction == "rtl")
                )
                for word in value.split():
                    need = max(need, line_width(word, font, self.size, rtl, col.digits))
            for word in col.header.split():
                need = max(need, line_width(word, BOLD, self.size, self.rtl))
            need = min(need + pad2 + 1.0, avail_width / 3)
            if need <= widths[i]:
                continue
            others = sum(w for j, w in enumerate(widths) if j != i and not self.columns[j].fit)
            if others <= 0:
                continue
            take = need - widths[i]
            for j in range(len(widths)):
                if j != i and not self.columns[j].fit:
                    widths[j] -= take * widths[j] / others
            widths[i] = need
        self._widths = widths

    def _measure_caption(self, avail_width: float) -> None:
        if self.caption is not None:
            _, h = self.caption.wrap(avail_width, 1e6)
            self._caption_h = h + self.caption.getSpaceBefore() + self.caption.getSpaceAfter()
        else:
            self._caption_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._measure(availWidth)
        self._measure_caption(availWidth)
        self.width = availWidth
        self.height = self._caption_h + self._header_h + sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # The caption (a heading) is kept with at least the first row.
        self._measure(availWidth)
        self._measure_caption(availWidth)
        room = availHeight - self._header_h - self._caption_h
        k = 0
        used = 0.0
        for h in self._heights:
            if used + h > room + 1e-6:
                break
            used += h
            k += 1
        if k == 0:
            return []
        if k >= len(self._heights):
            return [self]
        return [self._slice(0, k), self._slice(k, len(self._heights))]

    def _slice(self, a: int, b: int) -> RTLTable:
        assert self._cells is not None
        part = RTLTable.__new__(RTLTable)
        Flowable.__init__(part)
        part.columns = self.columns
        part.rtl = self.rtl
        part.size = self.size
        part.padding = self.padding
        part.zebra = self.zebra
        part.show_header = self.show_header
        part.spaceBefore = self.spaceBefore if a == 0 else 0.0
        part.spaceAfter = self.spaceAfter if b == len(self._heights) else 0.0
        part.caption = self.caption if a == 0 else None
        part._caption_h = self._caption_h if a == 0 else 0.0
        part._raw_rows = []
        part._cells = self._cells[a:b]
        part._heights = self._heights[a:b]
        part._header = self._header
        part._header_h = self._header_h
        part._widths = self._widths
        part._for_width = self._for_width
        part._start = 0
        part._end = b - a
        part._first_row_index = self._first_row_index + a
        part.width = self.width
        part.height = part._caption_h + part._header_h + sum(part._heights)
        return part

    # -- drawing ----------------------------------------------------------

    def _column_x(self) -> list[float]:
        """Left edge of each logical column (first column at the right in RTL)."""
        xs: list[float] = []
        if self.rtl:
            x = self.width
            for w in self._widths:
                x -= w
                xs.append(x)
        else:
            x = 0.0
            for w in self._widths:
                xs.append(x)
                x += w
        return xs

    def draw(self) -> None:
        assert self._cells is not None
        canv = self.canv
        xs = self._column_x()
        widths = self._widths
        pad = self.padding
        top = self.height
        if self.caption is not None:
            cap = self.caption
            cap.wrap(self.width, 1e6)
            top -= cap.getSpaceBefore()
            cap.drawOn(canv, 0, top - cap.height)
            top -= cap.height + cap.getSpaceAfter()
        table_top = top
        code = canv._code
        code.append("q")
        # Backgrounds first (header band, zebra rows), as one path per colour.
        if self.show_header:
            r, g, b = _rgb(HEADER_BG)
            code.append(
                f"{_num(r)} {_num(g)} {_num(b)} rg 0 {_num(top - self._header_h)} "
                f"{_num(self.width)} {_num(self._header_h)} re f"
            )
        rows_top = top - self._header_h
        if self.zebra:
            r, g, b = _rgb(ZEBRA_BG)
            parts = [f"{_num(r)} {_num(g)} {_num(b)} rg"]
            y = rows_top
            for i, h in enumerate(self._heights):
                if (self._first_row_index + i) % 2 == 1:
                    parts.append(f"0 {_num(y - h)} {_num(self.width)} {_num(h)} re")
                y -= h
            if len(parts) > 1:
                code.append(" ".join(parts) + " f")
        # All text cells in one text object; other flowables (progress bars) after it.
        writer = _TextWriter(canv)
        flowables: list[tuple[Flowable, float, float, float]] = []
        if self.show_header:
            writer.color(_rgb(white))
            for cell, x, w in zip(self._header, xs, widths, strict=True):
                writer.cell(cell, x + pad, top - pad, w - 2 * pad)
        writer.color((0.0, 0.0, 0.0))
        y = rows_top
        for row, h in zip(self._cells, self._heights, strict=True):
            for f, x, w in zip(row, xs, widths, strict=False):
                if isinstance(f, TextCell):
                    writer.cell(f, x + pad, y - pad, w - 2 * pad)
                else:
                    flowables.append((f, x + pad, y - pad, w - 2 * pad))
            y -= h
        writer.close()
        bottom = y
        for f, x, ftop, w in flowables:
            _, fh = f.wrap(w, 1e6)
            f.drawOn(canv, x, ftop - fh)
        # The grid as one stroked path.
        r, g, b = _rgb(GRID)
        path = [f"{_num(r)} {_num(g)} {_num(b)} RG 0.4 w"]
        path.append(f"0 {_num(bottom)} m {_num(self.width)} {_num(bottom)} l")
        path.append(f"0 {_num(table_top)} m {_num(self.width)} {_num(table_top)} l")
        for x in [*xs, self.width]:
            path.append(f"{_num(x)} {_num(bottom)} m {_num(x)} {_num(table_top)} l")
        yy = rows_top
        for h in self._heights:
            yy -= h
            path.append(f"0 {_num(yy)} m {_num(self.width)} {_num(yy)} l")
        code.append(" ".join(path) + " S")
        code.append("Q")


class ListItem(Flowable):
    """One list item: a marker at the start side and a wrapping paragraph."""

    def __init__(
        self,
        marker: str,
        text: str | RTLParagraph,
        *,
        rtl: bool = True,
        size: float = 9.5,
        indent: float = 16.0,
        level: int = 0,
    ) -> None:
        super().__init__()
        self.marker = marker
        self.rtl = rtl
        self.size = size
        self.indent = indent
        self.level = level
        self.para = (
            text
            if isinstance(text, RTLParagraph)
            else RTLParagraph(
                text,
                size=size,
                direction="rtl" if rtl else "auto",
                align="right" if rtl else "left",
            )
        )
        self.spaceAfter = 1.5
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        offset = self.indent * (self.level + 1)
        _, h = self.para.wrap(availWidth - offset, availHeight)
        self.width, self.height = availWidth, h
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        offset = self.indent * (self.level + 1)
        start = self.width - self.indent * self.level if self.rtl else self.indent * self.level
        baseline = self.height - self.para.leading / 2 - self.para.size * 0.25
        draw_line(canv, start, baseline, self.marker, BOLD, self.size, self.rtl, "start")
        x = 0.0 if self.rtl else offset
        self.para.drawOn(canv, x, 0)


def numbered_list(
    items: Sequence[str], *, lang: str, size: float = 9.5, level: int = 0
) -> list[Flowable]:
    """Items numbered ۱. ۲. … (Persian) or 1. 2. … (English)."""
    rtl = lang == "fa"
    return [
        ListItem(f"{fmt_int(i, lang)}.", t, rtl=rtl, size=size, level=level)
        for i, t in enumerate(items, start=1)
    ]


def bullet_list(
    items: Sequence[str], *, lang: str, size: float = 9.5, level: int = 0, bullet: str = "•"
) -> list[Flowable]:
    """Bulleted items, the bullet at the start side."""
    rtl = lang == "fa"
    return [ListItem(bullet, t, rtl=rtl, size=size, level=level) for t in items]


def text_width(text: str, bold: bool, size: float) -> float:
    """Width of a plain (unshaped) one-word label, for sizing small boxes."""
    return word_width(text, BOLD if bold else REGULAR) * size


__all__ = ["Column", "ListItem", "RTLTable", "bullet_list", "numbered_list"]
