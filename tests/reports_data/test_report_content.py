"""What the reports say, from a real register: the MoU's subject and letters, the other
party of a letter, codes printed at full size, names in every script found by pdftotext."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
import world
from pypdf.generic import ContentStream
from report_pdftext import _to_unicode_map, page_count, page_text

from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.report_data import ReportService

TODAY = dt.date(2026, 11, 22)
PARK = "پارک علم و فناوری آذربایجان شرقی"
SUBJECT_54 = "گامی تازه برای هم‌افزایی ملی در توسعه فناوری‌های صنعت نفت"


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportService, Path]]:
    folder = tmp_path_factory.mktemp("world")
    db = Database.open(folder / "world.sqlite3", app_version="test")
    build_demo(db)
    world.add_world_records(db)
    yield ReportService(db), folder
    db.close()


def lines_of(path: Path) -> list[str]:
    return [t for p in range(page_count(path)) for t in page_text(path, p)]


def pdftotext(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is not installed")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run([exe, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # poppler wraps each line and each run of the other direction in invisible bidi
    # embeddings (U+202A…U+202C); the letters and their order are what we check.
    return text.translate(BIDI_CONTROLS)


BIDI_CONTROLS = {cp: None for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def test_mou_summary_has_subject_and_letters(register: tuple[ReportService, Path]) -> None:
    rs, folder = register
    data = rs.mou_summary_data("54", "fa", TODAY)
    assert data.subject == SUBJECT_54
    assert data.objectives.startswith("بهره‌گیری از ظرفیت‌های متقابل")
    npc = rs.mou_summary_data("1401-NPC-ISIPO", "fa", TODAY)
    assert [lt.number for lt in npc.letters] == ["149384"]
    pdf = rs.mou_summary_pdf("1401-NPC-ISIPO", "fa", folder / "npc.pdf", TODAY)
    text = pdftotext(pdf)
    assert "مکاتبات" in text and "۱۴۹۳۸۴" in text
    assert "در خصوص ایجاد کارگروه مشترک بین دستگاهی" in text
    # an incoming letter: its sender is the other party ("از: …"; poppler moves the colon)
    assert any(line.startswith("از") and "رئیس محترم دفتر معاون اول" in line
               for line in text.splitlines())
    text_54 = pdftotext(rs.mou_summary_pdf("54", "fa", folder / "m54.pdf", TODAY))
    assert SUBJECT_54 in text_54
    assert "تفاهم‌نامه" in text_54 and "موضوع" in text_54


def test_hub_letters_show_the_other_party(register: tuple[ReportService, Path]) -> None:
    rs, folder = register
    data = rs.hub_dossier_data("CN", "fa", TODAY)
    by_no = {lt.number: lt for lt in data.letters}
    assert by_no[world.OUT_LETTER].direction == "outgoing"
    assert by_no[world.OUT_LETTER].recipient == world.CHINESE
    pdf = rs.hub_dossier_pdf("CN", "fa", folder / "cn.pdf", TODAY)
    lines = lines_of(pdf)
    out_line = next(t for t in lines if world.OUT_LETTER in t)
    assert world.CHINESE in out_line and "ﺏﻩ" not in out_line
    assert PARK[::-1] not in out_line  # the park sent it: it is not the other party
    text = pdftotext(pdf)
    assert any(line.startswith("به") and world.CHINESE in line for line in text.splitlines())
    assert world.CHINESE in text
    # the sender of the incoming letter, its full stop with it
    assert any("Development Co., Ltd." in t for t in lines)
    en = pdftotext(rs.hub_dossier_pdf("CN", "en", folder / "cn_en.pdf", TODAY))
    assert f"To: {world.CHINESE}" in en


def test_other_scripts_in_the_directory(register: tuple[ReportService, Path]) -> None:
    rs, folder = register
    text = pdftotext(rs.partners_pdf("fa", folder / "dir.pdf"))
    for name in (world.CHINESE, world.CHINESE_TRADITIONAL, "Сколково", "Aselsan Elektronik", "Azərbaycan İnnovasiyalar"):
        assert name in text, name
    assert "\ufffd" not in text


def test_codes_are_printed_at_full_size(register: tuple[ReportService, Path]) -> None:
    """EAST-1403-02 gets a column wide enough: drawn without horizontal condensing (Tz)."""
    rs, folder = register
    pdf = rs.hub_dossier_pdf("TR", "fa", folder / "tr.pdf", TODAY)
    reader = pypdf.PdfReader(str(pdf))
    page = reader.pages[0]
    fonts = page["/Resources"]["/Font"]
    maps = {name: _to_unicode_map(f.get_object()) for name, f in fonts.items()}
    scale, font, found = 100.0, None, []
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"Tz":
            scale = float(operands[0])
        elif op == b"Tf":
            font = operands[0]
        elif op == b"Tj":
            text = "".join(maps[font].get(b, "") for b in operands[0].original_bytes)
            if "EAST-" in text:
                found.append((text, scale))
    assert found, "the MoU number is not in the page"
    assert all(scale == 100.0 for _, scale in found), found
