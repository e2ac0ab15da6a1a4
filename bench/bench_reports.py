"""Benchmark of the PDF reports (a script, not a test).

Run from the repository root:  python bench/bench_reports.py [--partners N]

Prints the median time of 20 MoU summaries and the time and page count of a
partner directory with N synthetic partners (default 10,000 over 40
countries), and whether the targets (0.2 s and 10 s) are met; then the same
directory with every fifth partner named in Chinese or Russian (the fonts
chosen per run of text), beside the first as its reference.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "reports"))

import report_fixtures as fx

from reports import (
    CountryGroup,
    PartnerDirectoryData,
    PartnerRow,
    render_mou_summary,
    render_partner_directory,
)

FA = [
    "پارک",
    "فناوری",
    "نوآوری",
    "شرکت",
    "دانش‌بنیان",
    "صنایع",
    "پتروشیمی",
    "مرکز",
    "رشد",
    "انرژی",
    "خوشه",
    "پلاستیک",
    "هوشمند",
    "سبز",
    "توسعه",
    "مهندسی",
    "پالایش",
    "گاز",
]
EN = [
    "Tech",
    "Park",
    "Innovation",
    "Energy",
    "Holding",
    "Petro",
    "Smart",
    "Green",
    "Systems",
    "Industries",
    "Labs",
    "Group",
    "Teknokent",
    "Solutions",
]
CITIES = ["تهران", "تبریز", "مشهد", "ساری", "استانبول", "آنکارا", "شانگهای", "مسکو", "باکو"]
KINDS = ["پارک علم و فناوری", "شرکت دانش‌بنیان", "دانشگاه", "خوشه صنعتی", "هلدینگ"]


WORLD = [
    "中关村",
    "科技园区",
    "管理委员会",
    "香港科學園",
    "Фонд",
    "«Сколково»",
    "Технопарк",
    "Новосибирск",
]


def directory(
    n: int, countries: int = 40, seed: int = 1404, world: bool = False
) -> PartnerDirectoryData:
    """``n`` synthetic partners with Persian and Latin names over ``countries`` countries
    (with ``world``, every fifth one is named in Chinese or Russian)."""
    rnd = random.Random(seed)
    names = fx.COUNTRIES[:countries]
    groups = {c: [] for c in names}  # type: dict[str, list[PartnerRow]]
    for i in range(n):
        country = rnd.choice(names)
        en = " ".join(rnd.choice(EN) for _ in range(rnd.randint(2, 3)))
        slug = en.lower().replace(" ", "-")[:18] + str(i)
        words = WORLD if world and i % 5 == 0 else FA
        groups[country].append(
            PartnerRow(
                " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 5))),
                f"{en} Co. ({slug[:5].upper()})",
                rnd.choice(KINDS),
                rnd.choice(CITIES),
                f"https://{slug}.com",
                f"info@{slug}.com",
                f"+98 {rnd.randint(11, 99)} {rnd.randint(1000, 9999)} {rnd.randint(1000, 9999)}",
            )
        )
    return PartnerDirectoryData([CountryGroup(c, groups[c]) for c in names])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--partners", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    ctx, mou = fx.ctx_fa(), fx.mou_fa()
    render_mou_summary(ctx, mou, io.BytesIO())  # warm-up: font loading
    times = []
    pages = 0
    for _ in range(args.runs):
        t = time.perf_counter()
        pages = render_mou_summary(ctx, mou, io.BytesIO())
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(
        f"MoU summary: median {med:.3f} s over {args.runs} runs, {pages} pages "
        f"-> target 0.2 s {'MET' if med < 0.2 else 'MISSED'}"
    )

    data = directory(args.partners)
    buf = io.BytesIO()
    t, cpu = time.perf_counter(), time.process_time()
    pages = render_partner_directory(ctx, data, buf)
    elapsed = time.perf_counter() - t
    cpu = time.process_time() - cpu
    print(
        f"Partner directory: {args.partners} partners in {len(data.groups)} countries, "
        f"{pages} pages, {len(buf.getvalue()) / 1e6:.1f} MB in {elapsed:.2f} s "
        f"(CPU {cpu:.2f} s) -> target 10 s {'MET' if elapsed < 10 else 'MISSED'}"
    )

    mixed = directory(args.partners, world=True)
    buf = io.BytesIO()
    t, mixed_cpu = time.perf_counter(), time.process_time()
    pages = render_partner_directory(ctx, mixed, buf)
    mixed_s = time.perf_counter() - t
    mixed_cpu = time.process_time() - mixed_cpu
    print(
        f"Same directory, every fifth name Chinese or Russian: {pages} pages, "
        f"{len(buf.getvalue()) / 1e6:.1f} MB in {mixed_s:.2f} s (CPU {mixed_cpu:.2f} s, "
        f"{mixed_cpu / cpu:.2f}x the Persian-only run above)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
