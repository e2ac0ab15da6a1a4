"""Small drawn pieces of the reports: headings, progress bars, KPI boxes, charts.

Charts use reportlab.graphics; its ``String`` draws text as given, so every
label passes through ``rtl.shape_line`` (shaping, Persian digits, bidi)
before it reaches a chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from reports.data import LetterRow
from reports.fonts import BOLD, MEDIUM, REGULAR
from reports.rtl import RTLParagraph, draw_line, fmt_int, fmt_percent, shape_line
from reports.strings import correspondent, tr
from reports.table import Column, RTLTable

ACCENT: Color = HexColor("#1f4e79")
ACCENT_LIGHT: Color = HexColor("#dbe6f1")
TRACK: Color = HexColor("#e4e8ee")
GOOD: Color = HexColor("#2e7d32")
WARN: Color = HexColor("#e08a00")
BAD: Color = HexColor("#c62828")
PALETTE: list[Color] = [
    HexColor(c)
    for c in (
        "#1f4e79",
        "#2e86c1",
        "#48c9b0",
        "#f4d03f",
        "#eb984e",
        "#c0392b",
        "#8e44ad",
        "#7f8c8d",
    )
]


def heading(text: str, rtl: bool, size: float = 12.5, space_before: float = 10) -> list[Flowable]:
    """A section heading that does not stay alone at the bottom of a page."""
    head = RTLParagraph(
        text,
        size=size,
        bold=True,
        color=ACCENT,
        direction="rtl" if rtl else "ltr",
        space_before=space_before,
        space_after=3,
    )
    return [CondPageBreak(size * 4), head]


def captioned(title: str, table: RTLTable, rtl: bool, size: float = 12.5) -> list[Flowable]:
    """A heading drawn as the table's caption, so it never stays behind alone."""
    table.caption = RTLParagraph(
        title,
        size=size,
        bold=True,
        color=ACCENT,
        direction="rtl" if rtl else "ltr",
        space_before=10,
        space_after=3,
    )
    return [table]


def title_block(title: str, subtitle: str, rtl: bool) -> list[Flowable]:
    """The big title at the top of the first page."""
    out: list[Flowable] = [
        RTLParagraph(
            title, size=16, bold=True, color=ACCENT, direction="rtl" if rtl else "ltr", leading=26
        )
    ]
    if subtitle:
        out.append(
            RTLParagraph(
                subtitle,
                size=10,
                color=HexColor("#444444"),
                direction="rtl" if rtl else "auto",
                align="right" if rtl else "left",
                space_after=4,
            )
        )
    out.append(Spacer(1, 4))
    return out


def para(text: str, rtl: bool, size: float = 9.5, **kwargs: object) -> RTLParagraph:
    """A body paragraph in the report's direction.

    In an English report the paragraph takes the direction of its own text (Persian data
    reads right to left) but stays aligned to the left like the rest of the page.
    """
    if not rtl:
        kwargs.setdefault("align", "left")
    return RTLParagraph(text, size=size, direction="rtl" if rtl else "auto", **kwargs)  # type: ignore[arg-type]


def key_values(rows: Sequence[tuple[str, str]], rtl: bool, size: float = 9.0) -> RTLTable:
    """A two-column label/value block (no header row)."""
    cols = [Column("", 1.0, bold=True), Column("", 3.2)]
    return RTLTable(
        cols, [list(r) for r in rows], rtl=rtl, size=size, show_header=False, zebra=True
    )


def progress_color(percent: int) -> Color:
    """Red below 30 %, amber below 70 %, green above."""
    return BAD if percent < 30 else (WARN if percent < 70 else GOOD)


class ProgressBar(Flowable):
    """A horizontal bar filled to ``percent`` with the figure beside it.

    The bar fills from the right in Persian and from the left in English.
    """

    def __init__(self, percent: int, lang: str, height: float = 7.0, size: float = 7.5) -> None:
        super().__init__()
        self.percent = max(0, min(100, int(percent)))
        self.lang = lang
        self.rtl = lang == "fa"
        self.bar_h = height
        self.size = size
        self.width = 0.0
        self.height = height + 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        label = fmt_percent(self.percent, self.lang)
        label_w = self.size * 2.6
        bar_w = max(10.0, self.width - label_w - 3)
        y = (self.height - self.bar_h) / 2
        bar_x = self.width - bar_w if self.rtl else 0.0
        c.saveState()
        c.setFillColor(TRACK)
        c.roundRect(bar_x, y, bar_w, self.bar_h, 2, stroke=0, fill=1)
        fill_w = bar_w * self.percent / 100.0
        if fill_w > 0:
            c.setFillColor(progress_color(self.percent))
            fx = bar_x + bar_w - fill_w if self.rtl else bar_x
            c.roundRect(fx, y, fill_w, self.bar_h, 2, stroke=0, fill=1)
        lx = bar_x - 3 if self.rtl else bar_w + 3
        draw_line(
            c,
            lx,
            y + 1,
            label,
            MEDIUM,
            self.size,
            self.rtl,
            "start" if self.rtl else "left",
            progress_color(self.percent),
        )
        c.restoreState()


class KpiRow(Flowable):
    """A row of boxes, each with a big number and a label under it."""

    def __init__(self, items: Sequence[tuple[int, str]], lang: str, height: float = 52) -> None:
        super().__init__()
        self.items = list(items)
        self.lang = lang
        self.rtl = lang == "fa"
        self.height = height
        self.width = 0.0
        self.spaceAfter = 8

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        n = len(self.items) or 1
        gap = 6.0
        w = (self.width - gap * (n - 1)) / n
        for i, (value, label) in enumerate(self.items):
            pos = n - 1 - i if self.rtl else i
            x = pos * (w + gap)
            c.setFillColor(ACCENT_LIGHT)
            c.roundRect(x, 0, w, self.height, 4, stroke=0, fill=1)
            draw_line(
                c,
                x + w / 2,
                self.height - 24,
                fmt_int(value, self.lang),
                BOLD,
                18,
                self.rtl,
                "middle",
                ACCENT,
            )
            draw_line(
                c, x + w / 2, 10, label, REGULAR, 8, self.rtl, "middle", black, max_width=w - 6
            )


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose renderer starts in Vazirmatn (else Helvetica is declared, unembedded)."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    d.initialFontSize = 8
    return d


def _label(text: str, rtl: bool) -> str:
    return shape_line(text, rtl)


def bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    series_names: Sequence[str],
    title: str,
    lang: str,
    width: float,
    height: float = 170,
) -> Drawing:
    """A vertical bar chart with shaped labels; categories run right-to-left in Persian."""
    rtl = lang == "fa"
    labels = list(labels)
    data = [list(s) for s in series]
    if rtl:  # the first category at the right
        labels = labels[::-1]
        data = [s[::-1] for s in data]
    d = _drawing(width, height)
    d.add(
        String(
            width - 2 if rtl else 2,
            height - 12,
            _label(title, rtl),
            fontName=BOLD,
            fontSize=9.5,
            fillColor=ACCENT,
            textAnchor="end" if rtl else "start",
        )
    )
    chart = VerticalBarChart()
    chart.x = 34
    chart.y = 42
    chart.width = width - 50
    chart.height = height - 80
    chart.data = data or [[0]]
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.categoryAxis.categoryNames = [_label(t, rtl) for t in labels] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((max(s) for s in data if s), default=0)
    chart.valueAxis.valueMax = max(4, int(top * 1.15) + 1)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    chart.valueAxis.labelTextFormat = lambda v: _label(fmt_int(int(v), lang), rtl)
    if rtl:  # value axis on the right-hand side, labels outside it
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 4
        chart.valueAxis.tickLeft = 0
        chart.valueAxis.tickRight = 3
        chart.x = 12
    for i in range(len(data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    if len(series_names) > 1:
        legend = Legend()
        legend.fontName = REGULAR
        legend.fontSize = 7.5
        legend.alignment = "left" if rtl else "right"
        legend.columnMaximum = 1
        legend.dx = 7
        legend.dy = 7
        legend.deltax = 70
        pairs = [(PALETTE[i % len(PALETTE)], _label(n, rtl)) for i, n in enumerate(series_names)]
        legend.colorNamePairs = pairs[::-1] if rtl else pairs  # first series at the right
        legend.x = width - 150 if rtl else 40
        legend.y = height - 22
        legend.dxTextSpace = 4
        legend.autoXPadding = 10
        legend.variColumn = 1
        legend.columnMaximum = 1
        legend.boxAnchor = "nw"
        d.add(legend)
    return d


def pie_chart(
    labels: Sequence[str],
    values: Sequence[int],
    title: str,
    lang: str,
    width: float,
    height: float = 170,
) -> Drawing:
    """A pie chart with a legend of shaped labels and counts."""
    rtl = lang == "fa"
    d = _drawing(width, height)
    d.add(
        String(
            width - 2 if rtl else 2,
            height - 12,
            _label(title, rtl),
            fontName=BOLD,
            fontSize=9.5,
            fillColor=ACCENT,
            textAnchor="end" if rtl else "start",
        )
    )
    pie = Pie()
    size = min(height - 40, width / 2 - 20)
    pie.width = pie.height = size
    pie.y = 10
    pie.x = 15 if rtl else width - size - 15
    pie.data = list(values) if any(values) else [1]
    pie.labels = None
    pie.slices.strokeColor = white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)] if any(values) else ACCENT_LIGHT
    d.add(pie)
    legend = Legend()
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], _label(f"{lab}: {fmt_int(v, lang)}", rtl))
        for i, (lab, v) in enumerate(zip(labels, values, strict=True))
    ]
    legend.alignment = "left" if rtl else "right"
    legend.columnMaximum = 10
    legend.boxAnchor = "ne" if rtl else "nw"
    legend.x = width - 8 if rtl else 8
    legend.y = height - 30
    legend.dx = 8
    legend.dy = 8
    legend.deltay = 12
    d.add(legend)
    return d


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a heading with the block after it."""
    return KeepTogether(list(flowables))


class SideBySide(Flowable):
    """Drawings next to each other; the first one at the start side (right in Persian)."""

    def __init__(self, drawings: Sequence[Drawing], rtl: bool, gap: float = 12) -> None:
        super().__init__()
        self.drawings = list(drawings)
        self.rtl = rtl
        self.gap = gap
        self.width = sum(d.width for d in self.drawings) + gap * (len(self.drawings) - 1)
        self.height = max((d.height for d in self.drawings), default=0)
        self.spaceAfter = 6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        order = self.drawings[::-1] if self.rtl else self.drawings
        x = 0.0
        for d in order:
            renderPDF.draw(d, self.canv, x, self.height - d.height)
            x += d.width + self.gap


def letters_table(lang: str, letters: Sequence[LetterRow], rtl: bool,
                  correspondent_width: float = 2.6) -> list[Flowable]:
    """The captioned table of letters (number, date, subject, the other party)."""
    cols = [
        Column(tr(lang, "letter_no"), 1.2, fit=True),
        Column(tr(lang, "date"), 1.2),
        Column(tr(lang, "subject"), 4.0),
        Column(tr(lang, "correspondent"), correspondent_width),
    ]
    rows = [[lt.number, lt.date, lt.subject,
             correspondent(lang, lt.direction, lt.sender, lt.recipient)] for lt in letters]
    return captioned(tr(lang, "letters"), RTLTable(cols, rows, rtl=rtl), rtl)
