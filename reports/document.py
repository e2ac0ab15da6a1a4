"""The page frame shared by all reports: A4, header, footer, metadata.

Every page gets the park's name (and logo, when given) and the report's
title in the header, and "صفحه ۱ از ۳" / "Page 1 of 3" with the print date
in the footer.  The total page count is only known at the end, so
``_NumberedCanvas`` keeps each page's drawing state and writes the footers
in ``save()`` (one pass over the story, not two builds).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reports.data import ReportContext
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.rtl import draw_line, fmt_int
from reports.strings import tr

log = logging.getLogger(__name__)

# Binary (Flate-only) content streams: ASCII85 on top of Flate only makes the file 25 %
# larger, and reportlab's pure-Python encoder is a quarter of a large directory's time.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

ACCENT: Color = HexColor("#1f4e79")
MUTED: Color = HexColor("#5f6b7a")
RULE: Color = HexColor("#b8c4d2")

Output = str | Path | IO[bytes]


def _canvas_class(ctx: ReportContext, title: str) -> type[Canvas]:
    """A canvas class that knows the context and writes 'page N of M' footers."""

    class _NumberedCanvas(Canvas):
        """Canvas that defers footers until the page count is known."""

        page_count = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page declares an unembedded Helvetica.
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = REGULAR
                kwargs["initialFontSize"] = 9
                kwargs["initialLeading"] = 12
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            type(self).page_count = total
            for state in self._pages:
                self.__dict__.update(state)
                _draw_footer(self, ctx, self.getPageNumber(), total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _NumberedCanvas


def _draw_header(canv: Canvas, ctx: ReportContext, title: str) -> None:
    rtl = ctx.rtl
    top = PAGE_HEIGHT - 11 * mm
    start_x = PAGE_WIDTH - MARGIN_X if rtl else MARGIN_X
    end_x = MARGIN_X if rtl else PAGE_WIDTH - MARGIN_X
    name_x = start_x
    if ctx.logo:
        try:
            img = ImageReader(str(ctx.logo))
            iw, ih = img.getSize()
            h = 11 * mm
            w = h * iw / ih if ih else h
            lx = start_x - w if rtl else start_x
            canv.drawImage(img, lx, top - h + 3 * mm, w, h, mask="auto")
            name_x = lx - 3 * mm if rtl else lx + w + 3 * mm
        except Exception:  # a broken logo must not stop the report
            log.warning("cannot draw logo %s", ctx.logo, exc_info=True)
    half = FRAME_WIDTH / 2 - 4 * mm
    draw_line(
        canv, name_x, top - 3 * mm, ctx.park_name, BOLD, 11, rtl, "start", ACCENT, max_width=half
    )
    draw_line(canv, end_x, top - 3 * mm, title, REGULAR, 9, rtl, "end", MUTED, max_width=half)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.8)
    canv.line(MARGIN_X, top - 7 * mm, PAGE_WIDTH - MARGIN_X, top - 7 * mm)


def _draw_footer(canv: Canvas, ctx: ReportContext, page: int, total: int) -> None:
    rtl, lang = ctx.rtl, ctx.lang
    y = 10 * mm
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, y + 4.5 * mm, PAGE_WIDTH - MARGIN_X, y + 4.5 * mm)
    start_x = PAGE_WIDTH - MARGIN_X if rtl else MARGIN_X
    end_x = MARGIN_X if rtl else PAGE_WIDTH - MARGIN_X
    page_text = tr(lang, "page_of", page=fmt_int(page, lang), total=fmt_int(total, lang))
    draw_line(canv, PAGE_WIDTH / 2, y, page_text, REGULAR, 8.5, rtl, "middle", MUTED)
    if ctx.printed_on:
        draw_line(
            canv,
            start_x,
            y,
            tr(lang, "printed_on", date=ctx.printed_on),
            REGULAR,
            8,
            rtl,
            "start",
            MUTED,
        )
    if ctx.author:
        draw_line(
            canv,
            end_x,
            y,
            tr(lang, "printed_by", author=ctx.author),
            REGULAR,
            8,
            rtl,
            "end",
            MUTED,
            max_width=FRAME_WIDTH / 3,
        )
    canv.restoreState()


def build_pdf(
    ctx: ReportContext,
    story: list[Flowable],
    out: Output,
    title: str,
    subject: str,
) -> int:
    """Lay ``story`` out on A4 pages with header and footer; return the page count."""
    register_fonts()
    target: Any = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=ctx.author or ctx.park_name,
        subject=subject,
        creator="Peyvand",
        producer="Peyvand (reportlab)",
        lang="fa-IR" if ctx.rtl else "en",
        invariant=False,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        _draw_header(canv, ctx, title)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    maker = _canvas_class(ctx, title)
    doc.build(story, canvasmaker=maker)
    return int(maker.page_count)
