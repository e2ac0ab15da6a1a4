"""Tests of ``reports.rtl`` written to kill the mutants the older tests let live.

Each asserts something a reader of a printed report depends on: which characters would
print as a replacement mark, the digits and widths of a line, where lines break.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.colors import red
from reportlab.pdfgen.canvas import Canvas
from test_rtl_drawing import FA, RecordingCanvas

from reports.fonts import BOLD, REGULAR, text_width
from reports.rtl import (
    RTLParagraph,
    bidi_input,
    draw_line,
    is_rtl_text,
    layout,
    line_width,
    missing_glyphs,
    shape_line,
)


def test_missing_glyphs_names_the_characters_no_font_has() -> None:
    # An emoji and an unassigned code point: no bundled font draws them.
    assert missing_glyphs("Hello 😀 سلام") == {"😀"}
    assert missing_glyphs("a\u0378b") == {"\u0378"}
    assert missing_glyphs("😀 و 🚀", BOLD) == {"😀", "🚀"}
    # ... and they are exactly what the drawn line replaces by U+FFFD.
    assert "\ufffd" in shape_line("Hello 😀 سلام", True)


def test_missing_glyphs_is_empty_for_what_the_fonts_cover() -> None:
    # Persian (shaped to presentation forms), Arabic forms folded by normalise, Latin,
    # Chinese, Persian and ASCII digits, the replacement mark itself.
    assert missing_glyphs("تفاهم‌نامه شماره ۵۴ با PGPIC و 中文 12") == set()
    assert missing_glyphs("ي ك ة أ", REGULAR) == set()
    assert missing_glyphs("\ufffd") == set()
    assert missing_glyphs("") == set()


def test_missing_glyphs_reads_every_line() -> None:
    assert missing_glyphs("first line\nsecond 😀\r\nthird 🚀") == {"😀", "🚀"}


# -- full stops of Latin names in a Persian line ----------------------------------

LRM = "\u200e"


@pytest.mark.parametrize(("line", "marked"), [
    # a long Latin word ending a Persian sentence: its stop ends the sentence
    ("قرارداد با Aselsan.", "قرارداد با Aselsan."),
    ("با ABCDE. امضا", "با ABCDE. امضا"),
    ("با Corporation. ACME", "با Corporation. ACME"),
    ("ACME با Corporation.", "ACME با Corporation."),
    ("Corpor. با ACME", "Corpor. با ACME"),
    ("سلام. ACME", "سلام. ACME"),  # a Persian word's stop is never a name's
    ("با NPC.", "با NPC."),  # short, but it ends the line: the sentence's stop
    # after another Latin word, inside an abbreviation, or a short name mid-line: the name's
    ("قرارداد با ACME Corp.", f"قرارداد با ACME Corp.{LRM}"),
    ("ACME Corp.", f"ACME Corp.{LRM}"),
    ("با U.S.A. امضا", f"با U.S.A.{LRM} امضا"),
    ("با NPC. امضا", f"با NPC.{LRM} امضا"),
    ("با ABCD. امضا", f"با ABCD.{LRM} امضا"),
    # the mark goes before closing brackets and quotes
    ("با (NPC.) امضا", f"با (NPC.{LRM}) امضا"),
    ("با «ABCD.» امضا", f"با «ABCD.{LRM}» امضا"),
    # a stop that is not a name's does not stop the search for the next one
    ("Aselsan. و ACME Corp.", f"Aselsan. و ACME Corp.{LRM}"),
    # spaces stay as they were
    ("با  ACME Corp.  امضا", f"با  ACME Corp.{LRM}  امضا"),
])
def test_full_stops_that_belong_to_a_latin_name_are_marked(line: str, marked: str) -> None:
    assert bidi_input(line, True) == marked


@given(st.text(alphabet="ab AB.«»()سلام", max_size=30))
def test_bidi_input_only_adds_marks(line: str) -> None:
    assert bidi_input(line, True).replace(LRM, "") == line
    assert bidi_input(line, False).replace(LRM, "") == line


# -- words too wide for their column ------------------------------------------------

SIZE = 9.0


def _pieces(word: str, max_width: float, rtl: bool = False) -> list[str]:
    return [w for line in layout(word, REGULAR, SIZE, max_width, rtl) for w in line.words]


def _greedy(word: str, max_width: float) -> list[str]:
    """The expected pieces: atoms ending at a break character, packed greedily."""
    atoms, start = [], 0
    for i, ch in enumerate(word[:-1]):
        if ch in "/.-_@?&=":
            atoms.append(word[start:i + 1])
            start = i + 1
    atoms.append(word[start:])
    out: list[str] = []
    for atom in atoms:
        if out and text_width(out[-1] + atom, REGULAR, SIZE) <= max_width + 1e-6:
            out[-1] += atom
        else:
            out.append(atom)
    return out


URL = "https://www.teknoparkistanbul.com.tr/en/about-us/international_office?lang=en"


@pytest.mark.parametrize("share", [0.2, 0.3, 0.45, 0.6, 0.8])
def test_a_long_latin_word_breaks_after_break_characters_filling_each_piece(share: float) -> None:
    max_width = text_width(URL, REGULAR, SIZE) * share
    pieces = _pieces(URL, max_width)
    assert "".join(pieces) == URL
    assert pieces == _greedy(URL, max_width)


def test_pieces_that_fit_exactly_are_kept_whole() -> None:
    exact = text_width(URL, REGULAR, SIZE)
    assert _pieces(URL, exact) == [URL]  # the word fits exactly: not broken
    head = "https://www."
    assert _pieces(URL, text_width(head, REGULAR, SIZE))[0] == head


def test_a_break_character_just_before_the_last_letter_is_a_break() -> None:
    word = "Knowledgebasedcompanies-x"
    max_width = text_width(word[:-1], REGULAR, SIZE) + 0.5
    assert _pieces(word, max_width) == ["Knowledgebasedcompanies-", "x"]


@pytest.mark.parametrize("word", ["1234567890-1234567890-1234567890", "ABCDEFGH-سلام-DEFGHIJK",
                                  "تفاهم‌نامه‌های-همکاری-فناوری-پارک"])
def test_numbers_and_words_with_persian_letters_are_never_broken(word: str) -> None:
    narrow = text_width(word, REGULAR, SIZE) / 3
    assert len(_pieces(word, narrow, rtl=True)) == 1


# -- direction, widths, digits ----------------------------------------------------


def test_hebrew_is_right_to_left_too() -> None:
    assert is_rtl_text("שלום עולם") is True
    assert is_rtl_text("123 שלום") is True
    assert is_rtl_text("Park שלום") is False


def test_line_width_follows_direction_and_digit_choice() -> None:
    ascii_width = text_width("Room 1404", REGULAR, 10)
    assert line_width("Room 1404", REGULAR, 10, False) == pytest.approx(ascii_width)
    assert line_width("Room 1404", REGULAR, 10, False, "ascii") == pytest.approx(ascii_width)
    assert line_width("Room 1404", REGULAR, 10, False, "fa") == pytest.approx(
        text_width("Room ۱۴۰۴", REGULAR, 10))
    assert line_width("سال 1404", REGULAR, 10, True, "ascii") == pytest.approx(
        text_width(shape_line("سال 1404", True, "ascii"), REGULAR, 10))


def test_draw_line_keeps_an_english_lines_digits_by_default() -> None:
    canv = RecordingCanvas()
    draw_line(canv, 0.0, 0.0, "Room 1404", rtl=False)
    assert canv.drawn[0]["text"] == "Room 1404"


def test_draw_line_condenses_only_for_a_positive_max_width() -> None:
    full = line_width(FA, REGULAR, 9, True)
    canv = RecordingCanvas()
    assert draw_line(canv, 0.0, 0.0, FA, max_width=0) == pytest.approx(full)
    assert canv.drawn[0]["scale"] == 100
    canv = RecordingCanvas()
    assert draw_line(canv, 0.0, 0.0, FA, max_width=0.5) == pytest.approx(0.5)
    assert canv.drawn[0]["scale"] == pytest.approx(100 * 0.5 / full)


def test_a_line_of_several_fonts_is_drawn_run_by_run_on_its_baseline() -> None:
    canv = Canvas(io.BytesIO())
    text = "همکاری با 中关村 پارک"
    width = draw_line(canv, 100.0, 321.0, text, anchor="left")
    code = "\n".join(canv._code)
    assert "BT 1 0 0 1 100 321 Tm" in code  # one text object from x, on the baseline
    assert code.count(" Tf") == 3  # one font per run: Persian, Chinese, Persian
    assert " Tz" not in code  # not condensed
    assert width == pytest.approx(text_width(shape_line(text, True), REGULAR, 9))
    two = Canvas(io.BytesIO())
    draw_line(two, 10.0, 20.0, "پارک 中关村")  # two runs are two fonts as well
    assert "\n".join(two._code).count(" Tf") == 2


# -- paragraphs ---------------------------------------------------------------------


def test_split_parts_keep_every_style() -> None:
    p = RTLParagraph(" ".join([FA] * 8), size=12, bold=True, color=red, align="center",
                     direction="ltr", digits="ascii", leading=10, space_before=2, space_after=3)
    p.wrap(120, 1000)
    lines = p.lines_for(120)
    one, rest = p.split(120, 10)  # room for exactly one line
    assert one.lines_for(1) == lines[:1] and rest.lines_for(1) == lines[1:]
    for part in (one, rest):
        assert (part.size, part.font, part.color, part.align, part.rtl, part.digits, part.leading) \
            == (12, BOLD, red, "center", False, "ascii", 10)
    assert (one.spaceBefore, one.spaceAfter, rest.spaceBefore, rest.spaceAfter) == (2, 0.0, 0.0, 3)


def test_paragraph_lines_follow_its_direction_and_digits() -> None:
    text = "Report of 1404 " * 6
    ltr = RTLParagraph(text, direction="ltr")
    assert ltr.lines_for(150) == layout(text, REGULAR, 9.5, 150, False)
    fa = RTLParagraph("گزارش سال 1404", digits="ascii")
    assert "1404" in fa.lines_for(400)[0].words


def test_a_small_change_of_width_lays_the_lines_out_again() -> None:
    text = "Science Park"
    exact = layout(text, REGULAR, 9.5, 1000, False)[0].width
    p = RTLParagraph(text, direction="ltr")
    assert len(p.lines_for(exact)) == 1
    assert len(p.lines_for(exact - 0.5)) == 2


def test_repr_shows_thirty_characters() -> None:
    assert repr(RTLParagraph("x" * 40)) == f"RTLParagraph({'x' * 30!r})"


def _drawn_paragraph(p: RTLParagraph, width: float) -> RecordingCanvas:
    canv = RecordingCanvas()
    p.wrap(width, 1000)
    p.drawOn(canv, 0, 0)
    return canv


def test_a_word_wider_than_a_right_aligned_column_is_condensed_at_its_edge() -> None:
    word = "پژوهشگاه‌صنعت‌نفت‌وپتروشیمی"
    full = line_width(word, REGULAR, 9.5, True)
    canv = _drawn_paragraph(RTLParagraph(word), full / 2)
    [drawn] = canv.drawn
    assert drawn["x"] == pytest.approx(0.0)
    assert drawn["scale"] == pytest.approx(50.0, abs=0.5)


def test_a_zero_width_column_does_not_squash_the_text() -> None:
    canv = _drawn_paragraph(RTLParagraph("Park", direction="ltr"), 0)
    assert [d["scale"] for d in canv.drawn] == [100]


def test_justified_lines_of_one_or_two_words() -> None:
    words = ["Knowledgebased", "Technology", "Cooperation", "Partnership", "Park"]
    text = " ".join(words)
    one_word = max(text_width(w, REGULAR, 9.5) for w in words) + 1
    p = RTLParagraph(text, direction="ltr", align="justify")
    canv = _drawn_paragraph(p, one_word)
    lines = p.lines_for(one_word)
    assert len(canv.drawn) == len(lines)  # no line of one word is stretched
    assert all(len(line.words) == 1 for line in lines[:-1])
    assert all(d["x"] == 0.0 for d in canv.drawn)
    two = text_width("Knowledgebased Technology", REGULAR, 9.5) + 5
    p = RTLParagraph("Knowledgebased Technology Park", direction="ltr", align="justify")
    canv = _drawn_paragraph(p, two)
    first, second = canv.drawn[0], canv.drawn[1]
    assert (first["text"], second["text"]) == ("Knowledgebased", "Technology")
    # the two words of the first line reach both edges
    assert first["x"] == 0.0
    assert second["x"] + text_width("Technology", REGULAR, 9.5) == pytest.approx(two)


def test_a_no_break_space_keeps_its_two_parts_together_in_a_justified_line() -> None:
    words = ["Park", "1404\u00a0AP", "Science", "Technology", "Cooperation", "Office"]
    text = " ".join(words)
    width = text_width("Park 1404\u00a0AP Science", REGULAR, 9.5) + 8
    p = RTLParagraph(text, direction="ltr", align="justify")
    canv = _drawn_paragraph(p, width)
    first_line = p.lines_for(width)[0]
    assert "1404\u00a0AP" in first_line.words
    drawn = [d["text"] for d in canv.drawn[:len(first_line.words)]]
    assert drawn == list(first_line.words)  # one piece per word, the no-break space inside


def test_a_column_narrower_than_a_point_still_condenses() -> None:
    full = text_width("Park", REGULAR, 9.5)
    canv = _drawn_paragraph(RTLParagraph("Park", direction="ltr"), 0.5)
    assert canv.drawn[0]["scale"] == pytest.approx(100 * 0.5 / full)
