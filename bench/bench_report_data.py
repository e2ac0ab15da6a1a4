"""End-to-end benchmark of the reports from a register (a script, not a test).

Run from the repository root:  python bench/bench_report_data.py [--partners N] [--keep FILE]

Builds a SQLite register with the demo data plus N synthetic partners (default 10,000,
over 40 countries, with Persian and Latin names) and times, through ``ReportService``
(query + data + render + file):

* the summary of MoU No. 54 (median of 20 runs; target 0.2 s);
* the partner directory of every partner (target 10 s);
* the due list and the activity report of a Jalali year (for information).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from db.database import Database
from db.models import Country, Origin, Partner, PartnerKind
from desktop_app.domain.dates import jalali_year
from desktop_app.domain.demo import build_demo
from desktop_app.domain.report_data import ReportService

FA = ["پارک", "فناوری", "نوآوری", "شرکت", "دانش‌بنیان", "صنایع", "پتروشیمی", "مرکز", "رشد",
      "انرژی", "خوشه", "پلاستیک", "هوشمند", "سبز", "توسعه", "مهندسی", "پالایش", "گاز",
      "الکترونیک", "داده", "زیست", "فن‌آوران", "نوین", "پویا", "کاوش", "آینده"]
EN = ["Tech", "Park", "Innovation", "Energy", "Holding", "Petro", "Smart", "Green", "Systems",
      "Industries", "Labs", "Group", "Teknokent", "Solutions", "Data", "Bio", "Nova"]
CITIES = ["تهران", "تبریز", "مشهد", "ساری", "استانبول", "آنکارا", "شانگهای", "مسکو", "باکو"]


def fill(db: Database, n: int, countries: int = 40, seed: int = 1404) -> None:
    """Insert *n* synthetic partners in one transaction (bulk insert, no ORM objects)."""
    rnd = random.Random(seed)
    with db.unit_of_work(source="bench") as s:
        codes = list(s.scalars(select(Country.code).order_by(Country.code)))[:countries]
        kinds = list(PartnerKind)
        rows = []
        for i in range(n):
            code = rnd.choice(codes)
            en = " ".join(rnd.choice(EN) for _ in range(rnd.randint(2, 3)))
            slug = en.lower().replace(" ", "-")[:18] + str(i)
            rows.append({
                "uuid": f"00000000-0000-4000-8000-{i:012d}",
                "name": " ".join(rnd.choice(FA) for _ in range(rnd.randint(2, 5))),
                "name_en": f"{en} Co.", "kind": rnd.choice(kinds),
                "origin": Origin.DOMESTIC if code == "IR" else Origin.FOREIGN,
                "country_code": code, "city": rnd.choice(CITIES),
                "website": f"https://{slug}.com", "email": f"info@{slug}.com",
                "phone": f"+98 {rnd.randint(11, 99)} {rnd.randint(1000, 9999)} "
                         f"{rnd.randint(1000, 9999)}",
            })
        s.execute(insert(Partner), rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--partners", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="also save the directory PDF here")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "bench.sqlite3", app_version="bench")
        build_demo(db)
        t = time.perf_counter()
        fill(db, args.partners)
        print(f"register: demo + {args.partners} partners written in "
              f"{time.perf_counter() - t:.1f} s")
        rs = ReportService(db)
        mou = rs.resolve_mou("54")
        rs.mou_summary_pdf(mou, "fa", folder / "warm.pdf")  # fonts, first queries
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            rs.mou_summary_pdf(mou, "fa", folder / "mou.pdf")
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        print(f"MoU summary (query + data + render + file): median {med:.3f} s over "
              f"{args.runs} runs -> target 0.2 s {'MET' if med < 0.2 else 'MISSED'}")

        t = time.perf_counter()
        data = rs.partner_directory_data("fa")
        t_data = time.perf_counter() - t
        t = time.perf_counter()
        out = rs.partners_pdf("fa", args.keep or folder / "partners.pdf")
        total = time.perf_counter() - t
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        n = sum(len(g.partners) for g in data.groups)
        print(f"Partner directory: {n} partners in {len(data.groups)} countries, {pages} pages, "
              f"{out.stat().st_size / 1e6:.1f} MB in {total:.2f} s (of which query + data "
              f"{t_data:.2f} s) -> target 10 s {'MET' if total < 10 else 'MISSED'}")

        for name, call in (("due list", lambda: rs.due_pdf("fa", folder / "due.pdf")),
                           ("activity 1404", lambda: rs.activity_pdf(
                               jalali_year(1404), "fa", folder / "act.pdf"))):
            t = time.perf_counter()
            call()
            print(f"{name}: {time.perf_counter() - t:.3f} s")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
