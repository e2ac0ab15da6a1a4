"""Every script a partner writes its name in prints, and the text layer gives the words back.

Read back from real PDFs: PDFium for which font drew each glyph, pypdf for the fonts'
embedding, poppler's ``pdftotext`` for what a reader copies or finds, GNU FriBidi's
``fribidi`` as the independent implementation of the bidi algorithm.
"""

from __future__ import annotations

import ctypes
import io
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import report_fixtures as fx
from hypothesis import given, settings
from hypothesis import strategies as st
from report_pdftext import page_text

from reports import render_hub_dossier, render_mou_summary
from reports.data import LetterRow, PartnerRow
from reports.fonts import CJK, LATIN, REGULAR, logical_text, runs
from reports.rtl import RTLParagraph, bidi_input, prepare_words, shape_line, visual_line

CHINESE = "中关村科技园区管理委员会"
TRADITIONAL = "香港科學園區"
RUSSIAN = "Фонд «Сколково»"
TURKISH = "Türkiye Bilimsel ve Teknolojik Araştırma Kurumu (TÜBİTAK) Çağ Şişli Ğİıöü"
AZERBAIJANI = "Azərbaycan İnnovasiyalar Agentliyi Əə"
PERSIAN = "پارک علم و فناوری آذربایجان شرقی"
NAMES = [CHINESE, TRADITIONAL, RUSSIAN, TURKISH, AZERBAIJANI, PERSIAN]


# poppler wraps lines and runs of the other direction in invisible bidi embeddings.
BIDI_CONTROLS = {cp: None for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def need(binary: str) -> str:
    """The path of *binary*; skip the test without it, except in CI where it must exist."""
    path = shutil.which(binary)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{binary} is not installed (CI must install it)")
        pytest.skip(f"{binary} is not installed")
    return path


def hub_with_world_names() -> bytes:
    data = fx.hub_fa()
    data.partners = [
        PartnerRow(CHINESE, "Zhongguancun Science Park", "پارک علم و فناوری", "北京 Beijing"),
        PartnerRow(TRADITIONAL, "Hong Kong Science Park", "پارک علم و فناوری", "香港"),
        PartnerRow(RUSSIAN, "Skolkovo Foundation", "صندوق", "Москва"),
        PartnerRow(TURKISH, "TÜBİTAK", "پژوهشگاه", "Ankara"),
        PartnerRow(AZERBAIJANI, "Innovation Agency", "دولتی", "Bakı"),
        PartnerRow(PERSIAN, "East Azarbaijan Science and Technology Park", "پارک", "تبریز"),
    ]
    data.letters = [
        LetterRow("EAST-1405-118", "۱۴۰۵/۰۲/۱۴", "پیگیری تفاهم‌نامه", PERSIAN, CHINESE, "outgoing"),
        LetterRow("ZGC-2026-0457", "۱۴۰۵/۰۳/۱۱", "دعوت", RUSSIAN, PERSIAN, "incoming"),
    ]
    buf = io.BytesIO()
    render_hub_dossier(fx.ctx_fa(), data, buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def hub_pdf() -> bytes:
    return hub_with_world_names()


def glyph_fonts(pdf: bytes) -> list[tuple[str, str]]:
    """(character, name of the font that drew it) for every glyph of every page."""
    out: list[tuple[str, str]] = []
    doc = pdfium.PdfDocument(pdf)
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    try:
        for page in doc:
            tp = page.get_textpage()
            for i in range(tp.count_chars()):
                if pdfium_c.FPDFText_IsGenerated(tp.raw, i) == 1:
                    continue
                ch = chr(pdfium_c.FPDFText_GetUnicode(tp.raw, i))
                n = pdfium_c.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(flags))
                out.append((ch, buf.raw[: max(0, n - 1)].decode("latin-1")))
    finally:
        doc.close()
    return out


def test_every_character_of_every_script_is_drawn_with_a_real_glyph(hub_pdf: bytes) -> None:
    drawn = glyph_fonts(hub_pdf)
    chars = {ch for ch, _ in drawn}
    assert "\ufffd" not in chars
    for name in NAMES:
        letters = {logical_text(ord(c)) for c in name if c.isalpha()}
        missing = {c for c in letters if c not in chars}
        assert not missing, f"{name}: {missing} not in the PDF"
    fonts_of = {}
    for ch, font in drawn:
        fonts_of.setdefault(ch, set()).add(font)
    for ch in CHINESE + TRADITIONAL:
        assert all("CJK" in f for f in fonts_of[ch]), (ch, fonts_of[ch])
    for ch in "ФондСколково":
        assert all("NotoSans" in f and "CJK" not in f for f in fonts_of[ch]), (ch, fonts_of[ch])
    for ch in "ğşÇİıəƏÜ":
        assert all("Vazirmatn" in f for f in fonts_of[ch]), (ch, fonts_of[ch])


def test_every_font_is_embedded_as_a_subset(hub_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(hub_pdf))
    seen: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font["/BaseFont"])
            seen.add(base.split("+", 1)[-1])
            assert "/FontFile2" in font["/FontDescriptor"], f"{base} is not embedded"
            assert "+" in base, f"{base} is not a subset"
    assert any("CJK" in b for b in seen) and any(b.startswith("NotoSans-") for b in seen)
    assert any(b.startswith("Vazirmatn") for b in seen)


def test_names_come_back_whole_from_pdftotext(hub_pdf: bytes, tmp_path: Path) -> None:
    pdftotext = need("pdftotext")
    path = tmp_path / "hub.pdf"
    path.write_bytes(hub_pdf)
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.translate(BIDI_CONTROLS)
    for name in (CHINESE, TRADITIONAL, "Сколково", "Azərbaycan İnnovasiyalar",
                 PERSIAN, "EAST-1405-118"):
        assert name in text, name


def test_letters_show_the_other_party(hub_pdf: bytes) -> None:
    lines = [ln for p in range(2) for ln in page_text(hub_pdf, p)]
    # The park sent the first letter: the dossier names the recipient, not the park.
    line_118 = next(ln for ln in lines if "EAST-1405-118" in ln)
    assert CHINESE in line_118
    line_457 = next(ln for ln in lines if "ZGC-2026-0457" in ln)
    assert "Сколково" in line_457


def test_runs_choose_a_font_per_script() -> None:
    assert runs("پارک 中关村 Фонд", REGULAR) == (
        (REGULAR, "پارک "), (CJK, "中关村 "), (LATIN, "Фонд"),
    )
    assert runs("abc", REGULAR) == ((REGULAR, "abc"),)
    assert runs("\U0001f600", REGULAR) == ((REGULAR, "\ufffd"),)


# -- the text layer ------------------------------------------------------------------

SUMMARY_WORDS = ["تفاهم‌نامه", "همکاری", "مازندران", "هم‌افزایی", "محورهای"]


def test_text_layer_maps_shapes_to_letters() -> None:
    """Without poppler: every font's ToUnicode map (read by pypdf) gives letters only."""
    buf = io.BytesIO()
    render_mou_summary(fx.ctx_fa(), fx.mou_fa(), buf)
    lines = page_text(buf.getvalue(), 0)
    text = "\n".join(lines)
    assert "مازندران"[::-1] in text  # drawn in visual order, read back as letters
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in text), "presentation forms"


def test_pdftotext_gives_the_persian_words_as_typed(tmp_path: Path) -> None:
    pdftotext = need("pdftotext")
    path = tmp_path / "mou.pdf"
    render_mou_summary(fx.ctx_fa(), fx.mou_fa(), path)
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.translate(BIDI_CONTROLS)
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in text), "presentation forms in text"
    for word in SUMMARY_WORDS:
        assert word in text, word
    # A whole line comes back in reading order, ZWNJ and all.
    assert fx.MOU_TITLE in text.replace("\n", " ")


# -- the bidi order against GNU FriBidi ---------------------------------------------

MIXED = [
    "تفاهم‌نامه شماره ۵۴ با Zhongguancun Co., Ltd. در سال ۱۴۰۴",
    "کد EAST-1403-02 و 1401-NPC-ISIPO در نامه ۱۴۹۳۸۴",
    "شرکت «Aselsan A.Ş.» با ۳ محور (فناوری، نوآوری)",
    "Teknopark Istanbul و پارک فناوری پردیس ۲۵٪ پیشرفت",
    "نشانی https://www.teknoparkistanbul.com.tr و info@ostim.com.tr",
    "Huawei Technologies Co., Ltd. — ۱۴۰۵/۰۹/۰۱ ساعت ۱۲:۳۰",
    "پروژه Smart City 2030 با ۱۲ شریک",
]
MIXED_EN = [
    "MoU with پارک علم و فناوری مازندران signed 2025-12-16",
    "Hub of ترکیه (Turkey), 6 missions",
]


def fribidi_visual(lines: list[str], rtl: bool) -> list[str]:
    """GNU FriBidi's visual order of each logical line (explicit marks removed)."""
    exe = need("fribidi")
    proc = subprocess.run(
        [exe, "--nopad", "--nobreak", "--rtl" if rtl else "--ltr"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, check=True,
    )
    return [ln.replace("\u200e", "").replace("\u200f", "") for ln in proc.stdout.split("\n")][
        : len(lines)
    ]


def shaped_lines(texts: list[str], rtl: bool) -> list[str]:
    return [" ".join(w for hard in prepare_words(t, rtl) for w in hard) for t in texts]


@pytest.mark.parametrize("rtl", [True, False])
def test_line_order_matches_fribidi(rtl: bool) -> None:
    texts = MIXED if rtl else MIXED_EN
    shaped = shaped_lines(texts, rtl)
    expected = fribidi_visual([bidi_input(s, rtl) for s in shaped], rtl)
    for text, s, want in zip(texts, shaped, expected, strict=True):
        assert visual_line(s, rtl) == want, text


def test_pdf_glyph_order_matches_fribidi(tmp_path: Path) -> None:
    """Each drawn line of a real PDF, read from its content stream, in FriBidi's order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    path = tmp_path / "mixed.pdf"
    story = [RTLParagraph(t, direction="rtl", size=9) for t in MIXED]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    drawn = page_text(path, 0)
    shaped = shaped_lines(MIXED, True)
    expected = fribidi_visual([bidi_input(s, True) for s in shaped], True)
    for text, got, want in zip(MIXED, drawn, expected, strict=True):
        want_letters = "".join(logical_text(ord(c)) for c in want)
        assert got == want_letters, text


# Guillemets are left out here: Unicode does not pair « » (BidiBrackets.txt), FriBidi
# follows it, and the reports pair them like brackets on purpose (bidi_levels._OPEN_FA),
# so a line such as "Persian «Persian»" in an English paragraph differs by design.
LATIN_WORDS = st.sampled_from(["Co.,", "Ltd.", "A.Ş.", "Inc.", "Park", "2030", "EAST-1403-02",
                               "(TÜBİTAK)", "Zhongguancun", "info@zgc.cn", "[R&D]"])
PERSIAN_WORDS = st.sampled_from(["تفاهم‌نامه", "با", "پارک", "۱۴۰۴", "(فناوری)", "۲۵٪",
                                 "و", "شماره", "لاله", "—", "۱۴۰۵/۰۹/۰۱"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(LATIN_WORDS, PERSIAN_WORDS), min_size=1, max_size=9),
       st.booleans())
def test_any_mixed_line_matches_fribidi(words: list[str], rtl: bool) -> None:
    shaped = shaped_lines([" ".join(words)], rtl)[0]
    [want] = fribidi_visual([bidi_input(shaped, rtl)], rtl)
    assert visual_line(shaped, rtl) == want


def test_latin_name_keeps_its_full_stop_in_a_persian_line() -> None:
    vis = shape_line("با Zhongguancun Co., Ltd. در پکن", True)
    assert "Zhongguancun Co., Ltd." in vis
    # a Persian sentence that ends on a Latin word keeps its full stop at its end (left)
    assert shape_line("همکاری با Aselsan.", True).startswith(".Aselsan")
    assert shape_line("همکاری با NPC.", True).startswith(".NPC")
    assert "Inc." in shape_line("شرکت Acme Inc. در تهران", True)
    assert "A.Ş." in shape_line("با A.Ş.", True)


def test_presentation_forms_map_to_letters() -> None:
    assert logical_text(0xFEE3) == "م"
    assert logical_text(0xFEFB) == "ال"  # lam-alef, in visual order
    assert logical_text(ord("a")) == "a"
    assert all(
        unicodedata.category(c)[0] in "LMN"
        for cp in range(0xFE80, 0xFEFC)
        for c in logical_text(cp)
    )


def test_english_directory_says_one_partner() -> None:
    from reports import CountryGroup, PartnerDirectoryData, render_partner_directory

    data = PartnerDirectoryData([CountryGroup("Russia", [PartnerRow("Skolkovo Foundation")]),
                                 CountryGroup("Türkiye", [PartnerRow("Aselsan"),
                                                          PartnerRow("ODTÜ Teknokent")])])
    buf = io.BytesIO()
    render_partner_directory(fx.ctx_en(), data, buf)
    text = "\n".join(page_text(buf.getvalue(), 0))
    assert "Russia (1 partner)" in text and "Türkiye (2 partners)" in text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["https://www.teknoparkistanbul.com.tr", "info@odtuteknokent.com.tr",
                        "Knowledge-based", "EAST-1403-02", "1401-NPC-ISIPO"]),
       st.floats(min_value=18, max_value=120))
def test_long_latin_words_break_instead_of_shrinking(word: str, width: float) -> None:
    from reports.fonts import text_width
    from reports.rtl import layout

    lines = layout(word, REGULAR, 8, width, True)
    assert "".join(w for ln in lines for w in ln.words) == word  # nothing lost or added
    for ln in lines:
        piece = " ".join(ln.words)
        # a piece is wider than the column only when it has no break point left
        assert text_width(piece, REGULAR, 8) <= width + 1e-6 or not any(
            c in "/.-_@" for c in piece[:-1]
        )


def test_persian_words_are_never_broken() -> None:
    from reports.rtl import layout

    lines = layout("تفاهم‌نامه‌های همکاری", REGULAR, 9, 5, True)
    assert len(lines) == 2


def test_correspondent_is_the_other_party() -> None:
    from reports.strings import correspondent

    assert correspondent("fa", "outgoing", "پارک", CHINESE) == f"به: {CHINESE}"
    assert correspondent("en", "incoming", RUSSIAN, "Park") == f"From: {RUSSIAN}"
    assert correspondent("en", "internal", "Office A", "Office B") == "From Office A to Office B"
    assert correspondent("fa", "", "", "") == ""
