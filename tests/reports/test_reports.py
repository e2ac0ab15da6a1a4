"""The five reports rendered and read back: text order, brackets, digits, fonts, pages."""

from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
import report_fixtures as fx
from report_pdftext import base_letters, page_count, page_lines, page_text, to_logical

from reports import (
    ReportContext,
    render_activity,
    render_due_list,
    render_hub_dossier,
    render_mou_summary,
    render_partner_directory,
)
from reports.document import MARGIN_X, PAGE_WIDTH
from reports.fonts import REGULAR, covered_codepoints

ROOT = Path(__file__).resolve().parents[2]

Render = Callable[[ReportContext, Any, Any], int]

CASES: list[tuple[str, Render, Callable[[], ReportContext], Callable[[], Any]]] = [
    ("mou_fa", render_mou_summary, fx.ctx_fa, fx.mou_fa),
    ("mou_en", render_mou_summary, fx.ctx_en, fx.mou_en),
    ("hub_fa", render_hub_dossier, fx.ctx_fa, fx.hub_fa),
    ("activity_fa", render_activity, fx.ctx_fa, fx.activity_fa),
    ("due_fa", render_due_list, fx.ctx_fa, fx.due_fa),
    ("directory_fa", render_partner_directory, fx.ctx_fa, lambda: fx.synthetic_directory(400)),
]


def render(fn: Render, ctx: ReportContext, data: Any) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = fn(ctx, data, buf)
    return buf.getvalue(), pages


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[bytes, int, ReportContext]]:
    out = {}
    for name, fn, ctx, data in CASES:
        c = ctx()
        pdf, pages = render(fn, c, data())
        out[name] = (pdf, pages, c)
    return out


@pytest.fixture(scope="module")
def mou_lines(rendered: dict[str, tuple[bytes, int, ReportContext]]) -> list[str]:
    pdf, pages, _ = rendered["mou_fa"]
    return [ln for p in range(pages) for ln in page_text(pdf, p)]


# -- every report ----------------------------------------------------------------


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_page_count_footer_and_metadata(
    rendered: dict[str, tuple[bytes, int, ReportContext]], name: str
) -> None:
    pdf, pages, ctx = rendered[name]
    assert pages >= 1
    assert page_count(pdf) == pages
    for p in range(pages):
        logical = [to_logical(t, ctx.rtl) for t in page_text(pdf, p)]
        if ctx.lang == "fa":
            digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
            want = f"صفحه {str(p + 1).translate(digits)} از {str(pages).translate(digits)}"
        else:
            want = f"Page {p + 1} of {pages}"
        assert any(want in t for t in logical), (p, logical[-3:])
        assert any(ctx.park_name in t for t in logical[:3])
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title and meta.author and meta.subject


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_fonts_embedded_and_no_missing_glyphs(
    rendered: dict[str, tuple[bytes, int, ReportContext]], name: str
) -> None:
    pdf, pages, _ = rendered[name]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    descriptors = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for desc_font in font.get("/DescendantFonts", [font]):
                desc = desc_font.get_object().get("/FontDescriptor")
                if desc is not None:
                    descriptors += 1
                    assert "/FontFile2" in desc.get_object(), font.get("/BaseFont")
                    assert "Vazirmatn" in str(desc.get_object()["/FontName"])
    assert descriptors > 0
    cover = covered_codepoints(REGULAR)
    for p in range(min(pages, 3)):
        for line in page_text(pdf, p):
            assert "\ufffd" not in line
            for ch in line:
                assert ord(ch) in cover or ch == " ", (hex(ord(ch)), line)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_says_embedded(
    rendered: dict[str, tuple[bytes, int, ReportContext]], tmp_path: Path
) -> None:
    for name, (pdf, _, _) in rendered.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
        rows = out.splitlines()[2:]
        assert rows
        for row in rows:
            assert re.search(r"\byes\s+yes\s+yes\b", row), row  # emb sub uni


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_nothing_overflows_the_frame(
    rendered: dict[str, tuple[bytes, int, ReportContext]], name: str
) -> None:
    pdf, pages, _ = rendered[name]
    for p in range(min(pages, 4)):
        for ln in page_lines(pdf, p):
            assert ln.x0 >= MARGIN_X - 1.5, (p, ln.text, ln.x0)
            assert ln.x1 <= PAGE_WIDTH - MARGIN_X + 1.5, (p, ln.text, ln.x1)


# -- the MoU summary in detail -------------------------------------------------


def test_wrapped_paragraph_keeps_word_order(mou_lines: list[str]) -> None:
    logical = [to_logical(t) for t in mou_lines]
    start = next(i for i, t in enumerate(logical) if t.startswith("این تفاهم‌نامه با هدف"))
    first, second = logical[start], logical[start + 1]
    assert "بهره‌گیری از ظرفیت‌های متقابل" in first
    assert second.startswith("علمی و صنعتی کشور") or "علمی" in second.split()[0:2]
    # The words of the whole paragraph come back in their original order.
    words = [w for t in logical[start : start + 4] for w in t.split()]
    expected = fx.OBJECTIVES.split()[:12]
    assert [base_letters(w) for w in words[:12]] == expected


def test_brackets_enclose_persian_and_latin_stays(mou_lines: list[str]) -> None:
    visual = [base_letters(t) for t in mou_lines]
    assert any("(هتیمک هس)" in t for t in visual)  # "(سه کمیته)" as drawn, left to right
    assert any("Persian Gulf Petrochemical Industries" in t for t in visual)
    assert any("Co. (PGPIC)" in t for t in visual)
    assert not any(")هتیمک هس(" in t for t in visual)


def test_url_email_intact_and_digits_persian(mou_lines: list[str]) -> None:
    text = "\n".join(mou_lines)
    assert "https://mstp.ir/mou/54" in text
    assert "info@mstp.ir" in text
    logical = "\n".join(to_logical(t) for t in mou_lines)
    assert "۱۴۰۴/۰۹/۲۵" in logical
    assert "۱۲:۰۰" in logical
    assert "1404" not in logical


def test_zwnj_words_come_back_whole(mou_lines: list[str]) -> None:
    logical = "\n".join(to_logical(t) for t in mou_lines)
    assert "تفاهم‌نامه" in logical
    assert "تفاهمنامه" not in logical


def test_axes_numbered_in_persian_with_marker_at_right(
    rendered: dict[str, tuple[bytes, int, ReportContext]],
) -> None:
    pdf, _, _ = rendered["mou_fa"]
    lines = page_lines(pdf, 0)
    for i, axis in enumerate(fx.AXES, start=1):
        marker = f"{'۰۱۲۳۴۵۶۷۸۹'[i]}."
        ln = next(ln for ln in lines if to_logical(ln.text).startswith(marker))
        assert axis.split()[0] in to_logical(ln.text)
        assert ln.x1 > PAGE_WIDTH - MARGIN_X - 3  # the marker sits at the right edge


def test_table_first_column_is_at_the_right(
    rendered: dict[str, tuple[bytes, int, ReportContext]],
) -> None:
    pdf, _, _ = rendered["mou_fa"]
    lines = page_lines(pdf, 0)
    header = next(
        ln
        for ln in lines
        if "طرف همکاری" in to_logical(ln.text) and "امضاکننده" in to_logical(ln.text)
    )
    logical = to_logical(header.text)
    # Read right to left the header is: partner, Latin name, role, signatory.
    assert logical.index("طرف همکاری") < logical.index("نام لاتین") < logical.index("نقش")


def test_english_report_is_left_to_right(
    rendered: dict[str, tuple[bytes, int, ReportContext]],
) -> None:
    pdf, _, _ = rendered["mou_en"]
    lines = page_lines(pdf, 0)
    title = next(ln for ln in lines if ln.text == "MoU No. 54")
    assert abs(title.x0 - MARGIN_X) < 2
    drawn = page_text(pdf, 0)
    assert any("Teknopark İstanbul" in t for t in drawn)
    assert any("expired 12 days ago" in t for t in drawn)
    assert any("(پارک علم و فناوری مازندران)" in to_logical(t, rtl=False) for t in drawn)


def test_logo_and_file_outputs(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), (31, 78, 121)).save(logo)
    ctx = fx.ctx_fa()
    ctx.logo = logo
    out = tmp_path / "mou.pdf"
    pages = render_mou_summary(ctx, fx.mou_fa(), out)
    assert pages == page_count(out)
    reader = pypdf.PdfReader(str(out))
    assert "/XObject" in reader.pages[0]["/Resources"]
    pages2 = render_due_list(ctx, fx.due_fa(), str(tmp_path / "due.pdf"))
    assert pages2 >= 1


# -- the directory -------------------------------------------------------------------


def test_directory_repeats_header_and_groups(
    rendered: dict[str, tuple[bytes, int, ReportContext]],
) -> None:
    pdf, pages, _ = rendered["directory_fa"]
    assert pages > 5
    for p in range(1, pages):
        logical = [to_logical(t) for t in page_text(pdf, p)]
        assert any("نام لاتین" in t and "رایانامه" in t for t in logical), p
    first = [to_logical(t) for t in page_text(pdf, 0)]
    assert any(t.startswith("ایران") and "طرف همکاری" in t for t in first)


def test_large_directory_renders_every_partner() -> None:
    # Its time is measured by bench/bench_reports.py (--partners 3000), not asserted here.
    data = fx.synthetic_directory(3000)
    _, pages = render(render_partner_directory, fx.ctx_fa(), data)
    assert pages > 60


def test_empty_data_still_renders() -> None:
    from reports import ActivityData, DueListData, PartnerDirectoryData

    for fn, data in [
        (render_due_list, DueListData("1404/01/01")),
        (render_activity, ActivityData("بهار ۱۴۰۵")),
        (render_partner_directory, PartnerDirectoryData()),
    ]:
        pdf, pages = render(fn, fx.ctx_fa(), data)
        assert pages == 1 and pdf.startswith(b"%PDF")


# -- layering ------------------------------------------------------------------------


def test_reports_import_no_qt_no_database() -> None:
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "db", "desktop_app")
    for path in (ROOT / "reports").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for n in names:
                assert n.split(".")[0] not in forbidden, (path.name, n)
    code = (
        "import sys, reports, reports.rtl, reports.table;"
        "bad=[m for m in sys.modules if m.split('.')[0] in "
        "('PySide6','shiboken6','sqlalchemy','db','desktop_app')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
