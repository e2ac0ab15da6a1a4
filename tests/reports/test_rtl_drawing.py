"""Where the RTL layer puts text on the page: anchors, alignment, justification, condensing,
baselines, paragraph splitting, and the number formats — measured on a real reportlab canvas
that also records each string it is asked to draw (the PDF text tests see words, not where
they sit)."""

from __future__ import annotations

import io
import itertools
from typing import Any

import pytest
from reportlab.lib.colors import black, red
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports import rtl
from reports.fonts import BOLD, REGULAR
from reports.rtl import (
    RTLParagraph,
    draw_line,
    fmt_int,
    fmt_percent,
    layout,
    line_width,
    shape_line,
)


class RecordingCanvas(Canvas):
    """A real canvas writing a real PDF that also lists each string it draws."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.drawn: list[dict[str, Any]] = []
        self.fills: list[Any] = []
        self._text = ""
        self._in_string = False
        self._begun = (0.0, 0.0)

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:
        self.drawn.append({"x": x, "y": y, "text": text, "font": self._fontname,
                           "size": self._fontsize, "scale": 100})
        self._in_string = True
        try:
            return super().drawString(x, y, text, *args, **kwargs)
        finally:
            self._in_string = False

    def drawText(self, aTextObject: Any) -> Any:
        if not self._in_string:
            self.drawn.append({"x": self._begun[0], "y": self._begun[1], "text": self._text,
                               "font": aTextObject._fontname, "size": aTextObject._fontsize,
                               # reportlab keeps 100 + the Tz value it writes
                               "scale": aTextObject._horizScale - 100})
        return super().drawText(aTextObject)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
        text = super().beginText(x, y, direction)
        self._begun = (x, y)
        canvas = self
        original = text.textOut

        def text_out(value: str) -> Any:
            canvas._text = value
            return original(value)

        text.textOut = text_out  # type: ignore[method-assign]
        return text

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        self.fills.append(aColor)
        super().setFillColor(aColor, alpha)


FA = "همکاری پارک علم و فناوری"
EN = "Science and Technology Park"


def width_of(text: str, rtl_: bool, size: float = 9, font: str = REGULAR) -> float:
    return float(stringWidth(shape_line(text, rtl_), font, size))


# --------------------------------------------------------------------------- draw_line


@pytest.mark.parametrize(("text", "is_rtl", "anchor", "expected_x"), [
    (FA, True, "start", lambda x, w: x - w),
    (FA, True, "end", lambda x, w: x),
    (EN, False, "start", lambda x, w: x),
    (EN, False, "end", lambda x, w: x - w),
    (FA, True, "middle", lambda x, w: x - w / 2),
    (EN, False, "right", lambda x, w: x - w),
    (EN, False, "left", lambda x, w: x),
])
def test_draw_line_anchors(text: str, is_rtl: bool, anchor: str, expected_x: Any) -> None:
    canv = RecordingCanvas()
    width = draw_line(canv, 300.0, 500.0, text, size=11, rtl=is_rtl, anchor=anchor)  # type: ignore[arg-type]
    assert width == pytest.approx(width_of(text, is_rtl, 11))
    [drawn] = canv.drawn
    assert drawn["x"] == pytest.approx(expected_x(300.0, width))
    assert drawn["y"] == 500.0
    assert drawn["text"] == shape_line(text, is_rtl)
    assert (drawn["font"], drawn["size"], drawn["scale"]) == (REGULAR, 11, 100)


def test_draw_line_condenses_a_line_wider_than_max_width() -> None:
    canv = RecordingCanvas()
    full = width_of(FA, True, 12, BOLD)
    width = draw_line(canv, 200.0, 100.0, FA, font=BOLD, size=12, max_width=full / 2, color=red)
    assert width == pytest.approx(full / 2)
    [drawn] = canv.drawn
    assert drawn["x"] == pytest.approx(200.0 - full / 2)
    assert drawn["scale"] == pytest.approx(50.0)
    assert (drawn["font"], drawn["size"]) == (BOLD, 12)
    assert red in canv.fills


def test_draw_line_does_not_condense_a_line_that_fits() -> None:
    canv = RecordingCanvas()
    full = width_of(EN, False)
    assert draw_line(canv, 0.0, 0.0, EN, rtl=False, max_width=full + 1) == pytest.approx(full)
    assert canv.drawn[0]["scale"] == 100 and canv.fills == []


def test_line_width_is_the_drawn_width() -> None:
    assert line_width(FA, REGULAR, 10, True) == pytest.approx(width_of(FA, True, 10))
    assert line_width("سال 1404", REGULAR, 10, True) == pytest.approx(width_of("سال ۱۴۰۴", True, 10))


# --------------------------------------------------------------------------- paragraphs


def test_paragraph_defaults_and_options() -> None:
    p = RTLParagraph(FA)
    assert (p.size, p.font, p.rtl, p.align, p.color) == (9.5, REGULAR, True, "right", black)
    assert p.leading == pytest.approx(9.5 * 1.55)
    assert (p.spaceBefore, p.spaceAfter, p.width, p.height) == (0.0, 0.0, 0.0, 0.0)
    assert repr(p) == f"RTLParagraph({FA[:30]!r})"
    q = RTLParagraph(EN, size=12, bold=True, direction="ltr", leading=20, space_before=3,
                     space_after=4, color=red, digits="latin")
    assert (q.size, q.font, q.rtl, q.align, q.leading) == (12, BOLD, False, "left", 20)
    assert (q.spaceBefore, q.spaceAfter, q.color, q.digits) == (3, 4, red, "latin")
    assert RTLParagraph(EN, font=BOLD, bold=False).font == BOLD
    assert RTLParagraph(EN, direction="auto").rtl is False
    assert RTLParagraph(FA, direction="auto").rtl is True
    assert RTLParagraph("  ", direction="auto").rtl is True
    assert RTLParagraph(EN, direction="auto", align="center").align == "center"


def test_lines_are_cached_per_width_and_fixed_lines_stay() -> None:
    p = RTLParagraph(FA * 3)
    wide = p.lines_for(400)
    assert p.lines_for(400) is wide
    narrow = p.lines_for(60)
    assert narrow is not wide and len(narrow) > len(wide)
    assert narrow == layout(FA * 3, REGULAR, 9.5, 60, True)
    fixed = RTLParagraph(FA, _lines=wide)
    assert fixed.lines_for(60) is wide


def test_wrap_and_split_between_lines() -> None:
    p = RTLParagraph(" ".join([FA] * 6), leading=10, space_before=5, space_after=7)
    width, height = p.wrap(120, 1000)
    lines = p.lines_for(120)
    assert (width, height) == (120, len(lines) * 10)
    assert len(lines) >= 3
    assert p.split(120, 9.9) == []
    assert p.split(120, len(lines) * 10) == [p]
    first, rest = p.split(120, 20)
    assert first.lines_for(999) == lines[:2] and rest.lines_for(1) == lines[2:]
    assert (first.spaceBefore, first.spaceAfter, rest.spaceBefore, rest.spaceAfter) == (5, 0.0, 0.0, 7)
    for part in (first, rest):
        assert (part.text, part.size, part.font, part.leading, part.rtl, part.align, part.digits) == \
            (p.text, p.size, p.font, p.leading, p.rtl, p.align, p.digits)
    ltr = RTLParagraph(" ".join([EN] * 6), direction="ltr", leading=10)
    ltr.wrap(120, 1000)
    assert all(not part.rtl for part in ltr.split(120, 20))


def _drawn(p: RTLParagraph, width: float) -> tuple[RecordingCanvas, list[Any]]:
    canv = RecordingCanvas()
    p.wrap(width, 1000)
    p.drawOn(canv, 0, 0)
    return canv, p.lines_for(width)


@pytest.mark.parametrize(("align", "is_rtl"), [("right", True), ("left", False), ("center", True),
                                               ("left", True), ("right", False)])
def test_each_line_sits_where_its_alignment_says(align: str, is_rtl: bool) -> None:
    text = " ".join([FA if is_rtl else EN] * 4)
    p = RTLParagraph(text, size=10, leading=16, align=align, direction="rtl" if is_rtl else "ltr")  # type: ignore[arg-type]
    canv, lines = _drawn(p, 150)
    assert len(canv.drawn) == len(lines) > 1
    top = p.height
    for n, (line, drawn) in enumerate(zip(lines, canv.drawn, strict=True)):
        expected = {"right": 150 - line.width, "left": 0.0, "center": (150 - line.width) / 2}[align]
        assert drawn["x"] == pytest.approx(expected)
        assert drawn["y"] == pytest.approx(top - (16 / 2 + 10 * 0.25) - n * 16)
        assert drawn["text"] == rtl.visual_line(" ".join(line.words), is_rtl)
        assert (drawn["font"], drawn["size"]) == (REGULAR, 10)
    assert canv.fills[0] == black


@pytest.mark.parametrize("is_rtl", [True, False])
def test_justified_lines_fill_the_width_and_the_last_sits_at_the_start(is_rtl: bool) -> None:
    text = " ".join([FA if is_rtl else EN] * 5)
    p = RTLParagraph(text, size=10, leading=16, align="justify", direction="rtl" if is_rtl else "ltr")
    canv, lines = _drawn(p, 170)
    assert len(lines) >= 3
    space = rtl.word_width(" ", REGULAR) * 10
    y_of_line = sorted({d["y"] for d in canv.drawn}, reverse=True)
    assert len(y_of_line) == len(lines)
    for line, y in zip(lines, y_of_line, strict=True):
        pieces = [d for d in canv.drawn if d["y"] == y]
        if line.last:
            [piece] = pieces
            expected = 170 - line.width if is_rtl else 0.0
            assert piece["x"] == pytest.approx(expected)
            continue
        assert len(pieces) == len(line.words)  # word by word, gaps stretched
        assert pieces[0]["x"] == pytest.approx(0.0)
        end = pieces[-1]["x"] + rtl.word_width(pieces[-1]["text"], REGULAR) * 10
        assert end == pytest.approx(170.0)
        gaps = [b["x"] - (a["x"] + rtl.word_width(a["text"], REGULAR) * 10)
                for a, b in itertools.pairwise(pieces)]
        assert all(g == pytest.approx(gaps[0]) and g >= space - 1e-6 for g in gaps)


def test_a_word_wider_than_the_column_is_condensed_not_clipped() -> None:
    long = "KazanTechnoparkInnovationCentreInternational"  # nowhere to break it
    p = RTLParagraph(long, size=10, direction="ltr")
    canv, lines = _drawn(p, 60)
    [line] = lines
    [drawn] = canv.drawn
    assert line.width > 60
    assert drawn["x"] == pytest.approx(0.0)
    assert drawn["scale"] == pytest.approx(60 / line.width * 100)


def test_blank_lines_take_their_height_and_draw_nothing() -> None:
    p = RTLParagraph("اول\n\nسوم", leading=10)
    canv, lines = _drawn(p, 200)
    assert len(lines) == 3 and lines[1].words == ()
    assert [round(p.height - d["y"], 3) for d in canv.drawn] == [round(5 + 9.5 * 0.25, 3),
                                                                   round(25 + 9.5 * 0.25, 3)]


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(("n", "lang", "text"), [
    (1234567, "fa", "۱٬۲۳۴٬۵۶۷"), (1234567, "en", "1,234,567"), (12.5, "fa", "۱۲٫۵"),
    (12.5, "en", "12.5"), (12.0, "en", "12"), (12.0, "fa", "۱۲"), (1234.56, "en", "1,234.6"),
    (0, "fa", "۰"), (-1500, "en", "-1,500"),
])
def test_fmt_int(n: float, lang: str, text: str) -> None:
    assert fmt_int(n, lang) == text


@pytest.mark.parametrize(("p", "lang", "text"), [
    (45, "fa", "۴۵٪"), (45, "en", "45%"), (12.5, "fa", "۱۲٫۵٪"), (12.5, "en", "12.5%"),
    (100.0, "en", "100%"),
])
def test_fmt_percent(p: float, lang: str, text: str) -> None:
    assert fmt_percent(p, lang) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("سلام Hello", True), ("Hello سلام", False), ("123 سلام", True), ("(«", False), ("", False),
    ("  ۱۲۳ Park", False), ("\u200fسلام", True),
])
def test_is_rtl_text_goes_by_the_first_strong_letter(text: str, expected: bool) -> None:
    assert rtl.is_rtl_text(text) is expected


def test_digits_and_hard_lines() -> None:
    assert rtl.to_ascii_digits("۱۴۰۴/۰۹/۲۵") == "1404/09/25"
    words = rtl.prepare_words("سال 1404\nHi 12", True)
    assert len(words) == 2 and words[0][1] == "۱۴۰۴" and words[1] == ["Hi", "۱۲"]
    assert rtl.prepare_words("Hi 12", False) == [["Hi", "12"]]


# --------------------------------------------------------------------------- digits and lines


@pytest.mark.parametrize(("words", "is_rtl", "digits", "expected"), [
    (["Hi", "12", "3", "there"], True, "auto", ["Hi", "12", "3", "there"]),  # between Latin words
    (["Hi", "12"], True, "auto", ["Hi", "۱۲"]),  # a Latin word on one side only
    (["12", "Park"], True, "auto", ["۱۲", "Park"]),
    (["Park", "12", "سال", "13", "Hi"], True, "auto", ["Park", "۱۲", "سال", "۱۳", "Hi"]),
    (["سال", "۱۴۰۴", "۱۲"], True, "ascii", ["سال", "1404", "12"]),
    (["A4", "۱۲"], False, "ascii", ["A4", "12"]),
    (["Hi", "12"], False, "auto", ["Hi", "12"]),  # an English paragraph keeps its digits
    (["Hi", "12", "A4"], False, "fa", ["Hi", "۱۲", "A4"]),
])
def test_localise_digits(words: list[str], is_rtl: bool, digits: str, expected: list[str]) -> None:
    assert rtl.localise_digits(words, is_rtl, digits) == expected  # type: ignore[arg-type]


def test_layout_widths_and_last_lines() -> None:
    text = " ".join([FA] * 4) + "\n\n" + FA
    lines = layout(text, REGULAR, 10, 150, True)
    space = rtl.word_width(" ", REGULAR) * 10
    blank = [i for i, line in enumerate(lines) if not line.words]
    assert len(blank) == 1 and lines[blank[0]] == rtl.Line((), 0.0, True)
    first = lines[:blank[0]]
    assert len(first) >= 2
    assert [line.last for line in first] == [False] * (len(first) - 1) + [True]
    assert lines[-1].last
    for line in lines:
        if line.words:
            expected = sum(rtl.word_width(w, REGULAR) * 10 for w in line.words) + space * (len(line.words) - 1)
            assert line.width == pytest.approx(expected) and line.width <= 150
    assert layout("سال 1404", REGULAR, 10, 150, True, "ascii")[0].words[-1] == "1404"


def test_draw_line_passes_the_digit_choice_on() -> None:
    canv = RecordingCanvas()
    draw_line(canv, 100, 100, "سال 1404", digits="ascii")
    draw_line(canv, 100, 100, "سال 1404")
    assert "1404" in canv.drawn[0]["text"] and "۱۴۰۴" in canv.drawn[1]["text"]
