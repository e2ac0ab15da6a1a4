"""Render every page of every report, in Persian and in English, to ``docs/reports``.

The register is the demo register plus the partners and letters of
``tests/reports_data/world.py`` (Chinese, Cyrillic, Turkish and Azerbaijani names, letters
of the China hub), printed on 1405/09/01 (22 November 2026). Each page is rendered with
poppler's ``pdftoppm -r 70 -png``; run from the repository root::

    python docs/reports/make_pages.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reports_data"))

from world import add_world_records  # noqa: E402

from db.database import Database  # noqa: E402
from desktop_app.domain.dates import jalali_year  # noqa: E402
from desktop_app.domain.demo import build_demo  # noqa: E402
from desktop_app.domain.report_data import ReportService  # noqa: E402

TODAY = dt.date(2026, 11, 22)
OUT = Path(__file__).resolve().parent


def main() -> None:
    """Build the register in a temporary folder, write the PDFs, render their pages."""
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "register.sqlite3", app_version="docs")
        try:
            build_demo(db)
            add_world_records(db)
            rs = ReportService(db)
            for lang in ("fa", "en"):
                pdfs = {
                    "mou_summary": rs.mou_summary_pdf("54", lang, folder / "m.pdf", TODAY),
                    "hub_dossier_cn": rs.hub_dossier_pdf("CN", lang, folder / "c.pdf", TODAY),
                    "hub_dossier_tr": rs.hub_dossier_pdf("TR", lang, folder / "t.pdf", TODAY),
                    "activity": rs.activity_pdf(jalali_year(1404), lang, folder / "a.pdf", TODAY),
                    "due_list": rs.due_pdf(lang, folder / "d.pdf", TODAY),
                    "partner_directory": rs.partners_pdf(lang, folder / "p.pdf"),
                }
                for name, pdf in pdfs.items():
                    prefix = OUT / f"{name}_{lang}"
                    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(prefix)],
                                   check=True)
        finally:
            db.close()
    for png in sorted(OUT.glob("*.png")):
        print(png.name, png.stat().st_size // 1024, "KB")


if __name__ == "__main__":
    main()
