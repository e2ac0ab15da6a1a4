"""Tests of ``reports.rtl`` written to kill the mutants the older tests let live.

Each asserts something a reader of a printed report depends on: which characters would
print as a replacement mark, the digits and widths of a line, where lines break.
"""

from __future__ import annotations

from reports.fonts import BOLD, REGULAR
from reports.rtl import missing_glyphs, shape_line


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
