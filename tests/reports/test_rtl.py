"""Unit and property tests of the RTL text layer (no PDF involved)."""

from __future__ import annotations

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from report_pdftext import base_letters

from reports import bidi_levels
from reports.fonts import REGULAR, covered_codepoints
from reports.rtl import (
    ZWNJ,
    break_words,
    layout,
    localise_digits,
    shape_line,
    shape_word,
    to_persian_digits,
    word_width,
)

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ"
LATIN = "abcdefghXYZ"
MIXED_ALPHABET = PERSIAN + LATIN + "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢" + " ()[]{}«»<>.,:;/-+@%٪،؛!?" + ZWNJ


def vis(text: str, rtl: bool = True) -> str:
    """The drawn line with base letters (visual order)."""
    return base_letters(shape_line(text, rtl))


# -- mirroring -----------------------------------------------------------------


def test_python_bidi_does_not_mirror_so_we_must() -> None:
    # Documents why bidi_levels exists: python-bidi 0.6 leaves ( as ( in RTL runs.
    # If a later version mirrors, visual_line notices (order check) and stays single-mirrored.
    raw = get_display("(سه کمیته)", base_dir="R")
    assert raw == ")هتیمک هس("  # reversed, brackets not mirrored: we must mirror them
    assert vis("(سه کمیته)") == "(هتیمک هس)"  # mirrored once: ( on the left, ) on the right
    assert vis("[سه] {کمیته}") == "{هتیمک} [هس]"


def test_persian_brackets_enclose_and_latin_brackets_stay() -> None:
    line = vis("کمیته‌ها (سه کمیته) و Persian Gulf Holding (PGPIC) هستند")
    assert "(هتیمک هس)" in line  # visual: ( on the left, ) on the right, text reversed
    assert "Persian Gulf Holding (PGPIC)" in line


@pytest.mark.parametrize(("open_", "close"), [("(", ")"), ("[", "]"), ("{", "}"), ("«", "»")])
def test_every_pair_is_mirrored_in_rtl_runs_only(open_: str, close: str) -> None:
    line = vis(f"متن {open_}سه کمیته{close} و ACME {open_}PGPIC{close} پایان")
    # In a right-to-left run the opening mark is printed at the right-hand side.
    assert f"{open_}هتیمک هس{close}" in line
    assert f"ACME {open_}PGPIC{close}" in line


def test_angle_brackets_follow_plain_uax9() -> None:
    # < > are mirrored but not paired brackets: they are mirrored in RTL runs only.
    assert "<هتیمک هس>" in vis("متن <سه کمیته> پایان")
    assert "a <b> c" in vis("a <b> c", rtl=False)
    assert "x < y" in vis("x < y", rtl=False)


def test_brackets_in_english_paragraph_with_persian_name() -> None:
    line = vis("Partner (پارک علم) signed (2025)", rtl=False)
    assert line.startswith("Partner (")
    assert "(ملع کراپ)" in line
    assert "(2025)" in line


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=MIXED_ALPHABET, max_size=40), st.booleans())
def test_our_order_equals_python_bidi(text: str, rtl: bool) -> None:
    ours = bidi_levels.reorder(text, rtl, mirror=False, pair_guillemets=False).replace(ZWNJ, "")
    theirs = get_display(text, base_dir="R" if rtl else "L").replace(ZWNJ, "")
    assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=MIXED_ALPHABET, max_size=40), st.booleans())
def test_mirroring_only_touches_mirrored_characters(text: str, rtl: bool) -> None:
    out = bidi_levels.reorder(text, rtl)
    assert len(out) == len(text)
    assert sorted(c for c in out if c not in bidi_levels.MIRROR) == sorted(
        c for c in text if c not in bidi_levels.MIRROR
    )
    # Brackets keep their count per pair: ( and ) together, [ and ] together...
    for a, b in (("(", ")"), ("[", "]"), ("«", "»")):
        assert out.count(a) + out.count(b) == text.count(a) + text.count(b)


# -- digits --------------------------------------------------------------------


def test_digits_are_persian_in_persian_text_only() -> None:
    words = [
        "در",
        "1404/09/25",
        "ساعت",
        "12:00",
        "PGPIC2",
        "info@park.ir",
        "https://kstp.ir/a1",
        "و",
        "٣",
        "مورد",
    ]
    out = localise_digits(words, rtl=True)
    assert out[1] == "۱۴۰۴/۰۹/۲۵"
    assert out[3] == "۱۲:۰۰"
    assert out[4] == "PGPIC2"
    assert out[5] == "info@park.ir"
    assert out[6] == "https://kstp.ir/a1"
    assert out[8] == "۳"


def test_number_between_latin_words_stays_ascii() -> None:
    out = localise_digits(["شرکت", "Holding", "2", "Co", "و", "3", "شعبه"], rtl=True)
    assert out[2] == "2"
    assert out[5] == "۳"


def test_english_paragraph_keeps_digits() -> None:
    assert localise_digits(["MoU", "54", "۵۴"], rtl=False) == ["MoU", "54", "۵۴"]


def test_url_and_email_survive_shaping_whole() -> None:
    line = shape_line("نشانی https://kstp.ir/a1 و info@park.ir است", True)
    assert "https://kstp.ir/a1" in line
    assert "info@park.ir" in line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=MIXED_ALPHABET, max_size=60))
def test_digit_localisation_never_touches_latin_tokens(text: str) -> None:
    words = text.split()
    out = localise_digits(words, rtl=True)
    assert len(out) == len(words)
    for before, after in zip(words, out, strict=True):
        if any(c in LATIN for c in before) or "@" in before:
            assert before == after
        else:
            assert after in (before, to_persian_digits(before))


# -- ZWNJ and glyphs -------------------------------------------------------------


def test_zwnj_is_kept_and_breaks_joining() -> None:
    shaped = shape_word("تفاهم‌نامه")
    assert ZWNJ in shaped
    before, after = shaped.split(ZWNJ)
    assert before[-1] == "\ufee2"  # MEEM final form: تفاهم ends here
    assert after[0] == "\ufee7"  # NOON initial form: نامه starts anew
    assert ord(ZWNJ) in covered_codepoints(REGULAR)
    assert word_width(ZWNJ, REGULAR) == 0


def test_arabic_yeh_and_kaf_print_as_persian() -> None:
    assert base_letters(shape_line("كي", True)) == "یک"


def test_unknown_glyph_becomes_replacement_char_not_box() -> None:
    # Chinese is in the bundled CJK font now; an emoji is in none of them.
    assert shape_word("北京") == "北京"
    assert shape_word("\U0001f600") == "\ufffd"


def test_all_persian_letters_have_glyphs() -> None:
    cover = covered_codepoints(REGULAR)
    text = PERSIAN + "۰۱۲۳۴۵۶۷۸۹٪٬٫،؛؟«»" + "İıŞşÜüÖöÇçĞğ"
    for ch in shape_line(text, True):
        assert ord(ch) in cover, hex(ord(ch))


# -- line breaking ----------------------------------------------------------------


def test_lines_are_broken_in_logical_order() -> None:
    words = [f"واژه{i}" for i in range(40)]
    lines = layout(" ".join(words), REGULAR, 10, 150, True)
    assert len(lines) > 3
    got = [base_letters(w) for ln in lines for w in ln.words]
    assert got == [to_persian_digits(w) for w in words]
    assert lines[0].words[0] == shape_word("واژه۰")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=MIXED_ALPHABET.replace(" ", ""), min_size=1, max_size=25), max_size=30
    ),
    st.floats(min_value=5, max_value=400),
)
def test_breaker_keeps_every_word_once_and_respects_width(words: list[str], width: float) -> None:
    shaped = [shape_word(w) for w in words]
    widths = [word_width(w, REGULAR) * 9 for w in shaped]
    space = word_width(" ", REGULAR) * 9
    groups = break_words(shaped, widths, space, width)
    assert [i for g in groups for i in g] == list(range(len(words)))
    for g in groups:
        total = sum(widths[i] for i in g) + space * (len(g) - 1)
        assert total <= width + 1e-6 or len(g) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.booleans(), st.floats(min_value=1, max_value=500))
def test_layout_never_raises_on_arbitrary_text(text: str, rtl: bool, width: float) -> None:
    lines = layout(text, REGULAR, 9, width, rtl)
    for ln in lines:
        shape_line(" ".join(ln.words), rtl)
