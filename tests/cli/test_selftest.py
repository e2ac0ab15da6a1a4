"""``python main.py --self-test`` from source, as CI runs it, and the PDF checks it relies on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.selftest import STEPS, pdf_facts, run_self_test

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_from_source_passes_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "user-data"
    env = {**os.environ, "PEYVAND_DATA_DIR": str(data), "PYTHONPATH": str(ROOT),
           "TMPDIR": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must go off-screen by itself
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Peyvand ") and " passed in " in lines[0]
    assert "10 reports" in lines[0] and "backup and restore" in lines[0]
    # nothing in the user's data folder (no register, no backups, no log) and no temp left
    assert not data.exists() or not any(data.rglob("*"))
    assert not list(tmp_path.glob("peyvand-selftest-*"))


def _plain_pdf(out: Path, pages: int = 1) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out))
    for _ in range(pages):
        c.setFont("Helvetica", 12)  # a standard font: named, not embedded
        c.drawString(72, 720, "x")
        c.showPage()
    c.save()
    return out


def test_self_test_names_the_step_that_failed(tmp_path: Path, monkeypatch) -> None:
    # A partner directory printed without its font (as a bundle missing Vazirmatn would).
    from desktop_app.domain.report_data import ReportService

    monkeypatch.setattr(ReportService, "partners_pdf",
                        lambda self, lang="fa", out=None, query=None: _plain_pdf(out))
    monkeypatch.setenv("PEYVAND_DATA_DIR", str(tmp_path / "user-data"))
    printed = io.StringIO()
    assert run_self_test(out=printed) == 1
    line = printed.getvalue().strip()
    assert line.startswith("Peyvand ") and "self-test FAILED at reports:" in line
    assert "partner directory (fa) has no embedded font" in line and "Helvetica" in line
    assert "(3 of 7 steps passed)" in line
    assert os.environ["PEYVAND_DATA_DIR"] == str(tmp_path / "user-data")  # put back


def test_steps_cover_what_the_issue_lists() -> None:
    assert [name for name, _ in STEPS] == ["modules", "register", "demo", "reports",
                                           "translations", "window", "backup"]


def test_pdf_facts_reads_pages_and_embedded_fonts(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from resources import FONTS_DIR

    pdfmetrics.registerFont(TTFont("SelfTestVazirmatn", str(FONTS_DIR / "Vazirmatn-Regular.ttf")))
    out = tmp_path / "two.pdf"
    c = canvas.Canvas(str(out))
    for _ in range(2):
        c.setFont("SelfTestVazirmatn", 12)
        c.drawString(72, 720, "Peyvand")
        c.showPage()
    c.save()
    facts = pdf_facts(out.read_bytes())
    assert facts.pages == 2 and facts.embedded_fonts == 1 and facts.ok

    facts = pdf_facts(_plain_pdf(tmp_path / "plain.pdf").read_bytes())
    assert facts.pages == 1 and facts.embedded_fonts == 0 and not facts.ok
    assert pdf_facts(b"not a pdf").pages == 0
