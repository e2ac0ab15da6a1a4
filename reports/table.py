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
from typing import TypeAlias

from reportlab.lib.colors import Color, HexColor, white
from reportlab.platypus import Flowable

from reports.fonts import BOLD, REGULAR
from reports.rtl import Align, Digits, Direction, RTLParagraph, draw_line, fmt_int, word_width

HEADER_BG: Color = HexColor("#1f4e79")
ZEBRA_BG: Color = HexColor("#eef3f8")
GRID: Color = HexColor("#c9d3de")

Cell: TypeAlias = str | Flowable


@dataclass(slots=True)
class Column:
    """A table column: header text, relative width and how its cells are set."""

    header: str
    weight: float = 1.0
    align: Align | None = None
    direction: Direction | None = None  # None: the table's direction
    digits: Digits = "auto"
    bold: bool = False


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
        self._cells: list[list[Flowable]] | None = None
        self._heights: list[float] = []
        self._header: list[RTLParagraph] = []
        self._header_h = 0.0
        self._widths: list[float] = []
        self._for_width = -1.0
        self._start = 0
        self._end = len(rows)
        self._first_row_index = 0  # for zebra continuity across pages
        self.width = 0.0
        self.height = 0.0

    # -- measuring --------------------------------------------------------

    def _cell(self, value: Cell, col: Column) -> Flowable:
        if isinstance(value, Flowable):
            return value
        direction = col.direction or ("rtl" if self.rtl else "ltr")
        return RTLParagraph(
            value,
            size=self.size,
            bold=col.bold,
            align=col.align or ("right" if self.rtl else "left"),
            direction=direction,
            digits=col.digits,
            leading=self.size * 1.5,
        )

    def _measure(self, avail_width: float) -> None:
        if self._cells is not None and abs(avail_width - self._for_width) < 1e-6:
            return
        total = sum(c.weight for c in self.columns) or 1.0
        self._widths = [avail_width * c.weight / total for c in self.columns]
        pad2 = 2 * self.padding
        self._header = [
            RTLParagraph(
                c.header,
                size=self.size,
                bold=True,
                color=white,
                align=c.align or ("right" if self.rtl else "left"),
                direction="rtl" if self.rtl else "ltr",
                leading=self.size * 1.5,
            )
            for c in self.columns
        ]
        self._header_h = (
            max(p.wrap(w - pad2, 1e6)[1] for p, w in zip(self._header, self._widths, strict=True))
            + pad2
            if self.show_header
            else 0.0
        )
        cols = self.columns
        cells = [
            [self._cell(v, cols[i]) for i, v in enumerate(row)]
            for row in self._raw_rows[self._start : self._end]
        ]
        heights = []
        inner = [w - pad2 for w in self._widths]
        for row in cells:
            h = 0.0
            for f, w in zip(row, inner, strict=False):
                fh = f.wrap(w, 1e6)[1]
                if fh > h:
                    h = fh
            heights.append(h + pad2)
        self._cells = cells
        self._heights = heights
        self._for_width = avail_width

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
        pad = self.padding
        top = self.height
        canv.saveState()
        if self.caption is not None:
            cap = self.caption
            cap.wrap(self.width, 1e6)
            top -= cap.getSpaceBefore()
            cap.drawOn(canv, 0, top - cap.height)
            top -= cap.height + cap.getSpaceAfter()
        table_top = top
        if self.show_header:
            canv.setFillColor(HEADER_BG)
            canv.rect(0, top - self._header_h, self.width, self._header_h, stroke=0, fill=1)
            for p, x, w in zip(self._header, xs, self._widths, strict=True):
                p.wrap(w - 2 * pad, 1e6)
                p.drawOn(canv, x + pad, top - pad - p.height)
            top -= self._header_h
        y = top
        for i, (row, h) in enumerate(zip(self._cells, self._heights, strict=True)):
            if self.zebra and (self._first_row_index + i) % 2 == 1:
                canv.setFillColor(ZEBRA_BG)
                canv.rect(0, y - h, self.width, h, stroke=0, fill=1)
            for f, x, w in zip(row, xs, self._widths, strict=False):
                _, fh = f.wrap(w - 2 * pad, 1e6)
                f.drawOn(canv, x + pad, y - pad - fh)
            y -= h
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        bottom = y
        canv.line(0, bottom, self.width, bottom)
        canv.line(0, table_top, self.width, table_top)
        for x in [*xs, self.width]:
            canv.line(x, bottom, x, table_top)
        yy = table_top - self._header_h
        for h in self._heights:
            yy -= h
            canv.line(0, yy, self.width, yy)
        canv.restoreState()


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
            else RTLParagraph(text, size=size, direction="rtl" if rtl else "ltr")
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
