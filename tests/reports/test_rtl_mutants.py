"""Tests of ``reports.rtl`` written to kill the mutants the older tests let live.

Each asserts something a reader of a printed report depends on: which characters would
print as a replacement mark, the digits and widths of a line, where lines break.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports.fonts import BOLD, REGULAR
from reports.rtl import bidi_input, missing_glyphs, shape_line


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
