"""Benchmark of the importer's pure-Python half: read, clean and plan 100,000 partners.

Generates a 100,000-row partner list of synthetic Persian/Latin organisations (about 5% of
them duplicates of existing partners or of earlier rows, in other spellings: Arabic letter
forms, ZWNJ/space, Latin case and accents, same web domain, typos) as UTF-8 CSV, cp1256
CSV and XLSX, plus 100,000 existing partners; then, each in a fresh process so the memory
figures are its own, times ``read_table``, ``clean_rows`` and ``plan_import`` and prints the
peak resident memory.

Run: ``python bench/bench_import_read.py [--rows N] [--existing N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PREFIXES = [
    "شرکت", "شرکت دانش‌بنیان", "پارک علم و فناوری", "دانشگاه", "پژوهشگاه", "هلدینگ",
    "خوشه صنعتی", "پالایشگاه", "انجمن", "گروه صنعتی", "مرکز رشد", "",
]
WORDS = [
    "پارس", "نوآوران", "فناوری", "پیشرو", "آریا", "صنعت", "گستر", "سامانه", "هوشمند", "نیرو",
    "پترو", "کاوش", "ایده", "پردازش", "تدبیر", "سپهر", "البرز", "زاگرس", "خلیج", "فارس",
    "مهندسی", "داده", "کیمیا", "آتیه", "پویا", "رایان", "شبکه", "انرژی", "سبز", "مهر",
    "تبریز", "اصفهان", "شیراز", "مشهد", "یزد", "کرمان", "گیلان", "دریا", "افق", "نگین",
]
SYLLABLES = ["pars", "no", "ava", "ran", "tech", "ari", "ya", "sa", "ma", "ne", "kav", "osh",
             "ide", "pard", "sep", "her", "alb", "orz", "zag", "ros", "kim", "ia", "poy", "rai"]
SUFFIXES = ["Co.", "Ltd", "Inc.", "Company", "Group", "Technology Park", "University", ""]
COUNTRIES = ["ایران"] * 14 + ["Iran", "ايران", "Turkey", "ترکیه", "China", "چین", "Russia",
             "روسیه", "Germany", "آلمان", "Iraq", "عراق", "Armenia", "UAE", "India"]
CITIES = ["تهران", "تبریز", "اصفهان", "شیراز", "مشهد", "Istanbul", "Beijing", "Kazan", ""]
KINDS = ["شرکت", "دانش‌بنیان", "دانشگاه", "پارک", "هلدینگ", "خوشه", "وزارت", "Company", ""]
HEADERS = ["نام سازمان", "نام لاتین", "نوع", "حوزه فعالیت", "کشور", "شهر", "نشانی", "وب‌سایت",
           "ایمیل", "تلفن", "توضیحات", "نام رابط", "سمت", "ایمیل رابط", "تلفن رابط", "فکس"]


def _partner(rng: random.Random, serial: int) -> dict[str, str]:
    words = " ".join(rng.sample(WORDS, 2))
    prefix = rng.choice(PREFIXES)
    name = f"{prefix} {words} {serial % 997}".strip()
    latin = " ".join(
        "".join(rng.sample(SYLLABLES, 3)).capitalize() for _ in range(2)
    ) + f" {serial % 997} " + rng.choice(SUFFIXES)
    domain = f"{''.join(rng.sample(SYLLABLES, 3))}{serial}.{rng.choice(['ir', 'com', 'co.ir', 'org'])}"
    return {
        "name": name,
        "name_en": latin.strip(),
        "country": rng.choice(COUNTRIES),
        "website": f"www.{domain}" if rng.random() < 0.7 else "",
        "email": f"info@{domain}" if rng.random() < 0.6 else f"user{serial}@gmail.com",
    }


def _spelling_variant(rng: random.Random, text: str) -> str:
    """The same name as another office would type it."""
    choice = rng.random()
    if choice < 0.35:
        return text.replace("ی", "ي").replace("ک", "ك")
    if choice < 0.6:
        return text.replace("\u200c", " ")
    if choice < 0.8:
        return text.replace(" ", "  ")
    if len(text) > 8:  # a typo in the middle
        i = rng.randrange(3, len(text) - 3)
        return text[:i] + text[i + 1 :]
    return text


def _row(rng: random.Random, p: dict[str, str], serial: int) -> list[object]:
    phone_kind = rng.random()
    if phone_kind < 0.4:
        phone: object = f"09{rng.randrange(10**8, 10**9)}"
    elif phone_kind < 0.7:
        phone = 9_000_000_000 + rng.randrange(10**9)  # a mobile stored as a number
    else:
        phone = f"+98 21 {rng.randrange(10**7, 10**8)}"
    return [
        p["name"], p["name_en"], rng.choice(KINDS), rng.choice(["نفت و گاز", "فناوری اطلاعات", "Energy", ""]),
        p["country"], rng.choice(CITIES), f"خیابان {rng.choice(WORDS)} پلاک {serial % 300}",
        p["website"], p["email"], phone, rng.choice(["", "", "نمایشگاه فن‌بازار ۱۴۰۴"]),
        rng.choice(["علی رضایی", "مریم احمدی", "John Smith", ""]), rng.choice(["مدیرعامل", "CEO", ""]),
        "", "", rng.choice(["", "021-88776655"]),
    ]


def generate(folder: Path, rows: int, existing: int, seed: int = 1404) -> dict[str, Path]:
    """Write the list in three formats and the existing partners; return their paths."""
    from desktop_app.importing.writers import write_xlsx

    rng = random.Random(seed)
    existing_partners = [_partner(rng, 1_000_000 + i) for i in range(existing)]
    table: list[list[object]] = []
    for serial in range(rows):
        r = rng.random()
        if r < 0.03 and existing_partners:  # a duplicate of an existing partner
            base = dict(rng.choice(existing_partners))
            base["name"] = _spelling_variant(rng, base["name"])
            if rng.random() < 0.5:
                base["name_en"] = base["name_en"].upper()
        elif r < 0.05 and table:  # a duplicate of an earlier row
            earlier = rng.choice(table)
            base = {"name": _spelling_variant(rng, str(earlier[0])), "name_en": str(earlier[1]),
                    "country": str(earlier[4]), "website": str(earlier[7]), "email": str(earlier[8])}
        else:
            base = _partner(rng, serial)
        table.append(_row(rng, base, serial))

    paths = {"existing": folder / "existing.json", "utf8": folder / "partners-utf8.csv",
             "cp1256": folder / "partners-cp1256.csv", "xlsx": folder / "partners.xlsx"}
    from desktop_app.domain.countries import resolve_country

    paths["existing"].write_text(  # as the register holds them: ISO country codes
        json.dumps([[i + 1, p["name"], p["name_en"], resolve_country(p["country"]) or "",
                     p["website"], p["email"]] for i, p in enumerate(existing_partners)],
                   ensure_ascii=False),
        encoding="utf-8",
    )
    with paths["utf8"].open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(table)
    to_cp1256 = str.maketrans({"ی": "ي", "ک": "ك", "۰": "0", "۱": "1", "۴": "4"})
    with paths["cp1256"].open("w", encoding="cp1256", newline="", errors="replace") as handle:
        writer = csv.writer(handle)
        writer.writerow([h.translate(to_cp1256) for h in HEADERS])
        writer.writerows([[str(c).translate(to_cp1256) for c in row] for row in table])
    write_xlsx(paths["xlsx"], HEADERS, table, "Partners")
    return paths


def measure(path: str, existing_path: str) -> dict[str, float]:
    """Read, clean and plan one file in this process; return timings and memory."""
    from desktop_app.importing import ExistingPartner, auto_map, clean_rows, plan_import, read_table

    existing = [ExistingPartner(*row) for row in json.loads(Path(existing_path).read_text("utf-8"))]
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    table = read_table(path)
    t1 = time.perf_counter()
    clean, rejections = clean_rows(table, auto_map(table.headers))
    t2 = time.perf_counter()
    plan = plan_import(clean, existing, "update_empty", rejections=rejections)
    t3 = time.perf_counter()
    tenth = plan_import(clean[: len(clean) // 10], existing, "update_empty")
    t4 = time.perf_counter()
    no_near = plan_import(clean, existing, "update_empty", near_cutoff=None)
    t5 = time.perf_counter()
    del tenth, no_near
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with_candidates = sum(1 for r in plan.rows if r.candidates)
    return {"rows": len(table.rows), "read_s": t1 - t0, "clean_s": t2 - t1, "plan_s": t3 - t2,
            "total_s": t3 - t0, "plan_tenth_s": t4 - t3, "plan_no_near_s": t5 - t4, "rss_before_mb": baseline, "rss_peak_mb": peak,
            **plan.counts(), "with_candidates": with_candidates}


def main() -> None:
    """Generate the files, then measure each format in a fresh process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the generated files here and keep them")
    parser.add_argument("--measure", nargs=2, metavar=("FILE", "EXISTING"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        paths = generate(folder, args.rows, args.existing)
        print(f"generated {args.rows} rows and {args.existing} existing in {time.perf_counter() - started:.1f} s")
        for label in ("utf8", "cp1256", "xlsx"):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(paths[label]), str(paths["existing"])],
                check=True, capture_output=True, text=True,
            )
            r = json.loads(out.stdout)
            print(
                f"{label:7} rows={r['rows']:>6} read={r['read_s']:.2f}s clean={r['clean_s']:.2f}s "
                f"plan={r['plan_s']:.2f}s total={r['total_s']:.2f}s "
                f"[plan of a tenth of the rows={r['plan_tenth_s']:.2f}s, "
                f"plan without near matches={r['plan_no_near_s']:.2f}s] "
                f"peak RSS={r['rss_peak_mb']:.0f} MB (before read {r['rss_before_mb']:.0f} MB) "
                f"add={r['to_add']} update={r['to_update']} skip={r['to_skip']} "
                f"rejected={r['rejected']} with-candidates={r['with_candidates']}"
            )


if __name__ == "__main__":
    main()
