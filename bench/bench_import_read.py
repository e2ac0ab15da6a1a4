"""Benchmark of the importer's pure-Python half: read, clean and plan 100,000 partners.

Generates a 100,000-row partner list of synthetic Persian/Latin organisations (brand names
made of Persian syllables and words with the usual "شرکت"/"پارک علم و فناوری" prefixes,
Latin names from syllables with legal suffixes; about 5% of rows duplicate existing
partners or earlier rows in other spellings: Arabic letter forms, ZWNJ/space, doubled
spaces, Latin upper case, same web domain, a typo in the middle) as UTF-8 CSV, cp1256 CSV
and XLSX, plus 100,000 existing partners; then, each in a fresh process so the memory
figures are its own, times ``read_table``, ``clean_rows``, the planner's index of the existing
partners and ``plan_import`` (which derives the new partners' columns for the commit), and
prints the peak resident memory (read, clean and plan of the whole list).

Run: ``python bench/bench_import_read.py [--rows N] [--existing N] [--keep DIR [--reuse]]
[--formats utf8,cp1256,xlsx]``.
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

# Organisation kinds: the Persian words in front of the name, and the Latin words behind it.
# Most partners are companies; parks, universities and refineries are a few hundred at most.
COMPANIES = [("شرکت", ""), ("شرکت دانش‌بنیان", ""), ("", "")]
INSTITUTIONS = [
    ("پارک علم و فناوری", "Science and Technology Park"), ("دانشگاه", "University"),
    ("پژوهشگاه", "Research Institute"), ("هلدینگ", "Holding"), ("خوشه صنعتی", "Industrial Cluster"),
    ("پالایشگاه", "Refinery"), ("انجمن", "Association"), ("گروه صنعتی", "Industrial Group"),
    ("مرکز رشد", "Incubator"),
]
# Brand names are a stem and one or two endings, in Persian and in Latin letters alike
# ("آر" + "نیک" + "سان" → "آرنیکسان", Arniksan): with a descriptive word and a field of work,
# "شرکت دانش‌بنیان آرنیکسان پویا الکترونیک" / "Arniksan Pouya Electronics Co." — names that look
# unique, as a real list's do, and whose Persian and Latin forms belong together.
FA_STEMS = [
    ("آر", "Ar"), ("پار", "Par"), ("نو", "No"), ("سا", "Sa"), ("مه", "Meh"), ("تا", "Ta"),
    ("کا", "Ka"), ("دا", "Da"), ("به", "Beh"), ("رو", "Ru"), ("فر", "Far"), ("هو", "Hu"),
    ("را", "Ra"), ("ما", "Ma"), ("نی", "Ni"), ("سپ", "Sep"), ("آو", "Av"), ("کی", "Ki"),
    ("زر", "Zar"), ("پو", "Pu"), ("ام", "Om"), ("ای", "I"), ("بر", "Bar"), ("تک", "Tak"),
    ("جا", "Ja"), ("دی", "Di"), ("ره", "Rah"), ("سی", "Si"), ("شا", "Sha"), ("صبا", "Saba"),
    ("فا", "Fa"), ("گل", "Gol"), ("لا", "La"), ("مو", "Mo"), ("وا", "Va"), ("یا", "Ya"),
    ("هم", "Ham"), ("آس", "As"), ("بنی", "Bani"), ("کیا", "Kia"), ("ژی", "Zhi"), ("نگ", "Neg"),
    ("خو", "Kho"), ("شی", "Shi"), ("گو", "Gu"), ("تو", "Tu"), ("چی", "Chi"), ("دل", "Del"),
    ("سر", "Sar"), ("آذر", "Azar"),
]
FA_ENDINGS = [
    ("یا", "ya"), ("رس", "ras"), ("وین", "vin"), ("سان", "san"), ("هر", "her"), ("بان", "ban"),
    ("وش", "vash"), ("ران", "ran"), ("تاک", "tak"), ("ناز", "naz"), ("راد", "rad"), ("مان", "man"),
    ("کو", "ku"), ("دار", "dar"), ("تین", "tin"), ("نیک", "nik"), ("گام", "gam"), ("روز", "ruz"),
    ("ژن", "zhen"), ("تاش", "tash"), ("فام", "fam"), ("ویس", "vis"), ("نگار", "negar"),
    ("لند", "land"), ("پاد", "pad"), ("زیست", "zist"), ("سیر", "sir"), ("کام", "kam"),
    ("تیس", "tis"), ("ان", "an"), ("ین", "in"), ("اک", "ak"), ("ون", "un"), ("یس", "is"),
    ("ارا", "ara"), ("داد", "dad"), ("بد", "bod"), ("کان", "kan"), ("سو", "su"), ("فن", "fan"),
    ("تاب", "tab"), ("نوا", "nava"), ("گر", "gar"), ("زان", "zan"), ("بخش", "bakhsh"),
    ("یار", "yar"), ("ماه", "mah"), ("ساز", "saz"), ("شید", "shid"),
]
WORDS = [
    ("پارس", "Pars"), ("نوآوران", "Noavaran"), ("فناوری", "Fanavari"), ("پیشرو", "Pishro"),
    ("آریا", "Aria"), ("صنعت", "Sanat"), ("گستر", "Gostar"), ("سامانه", "Samaneh"),
    ("هوشمند", "Hooshmand"), ("نیرو", "Niroo"), ("پترو", "Petro"), ("کاوش", "Kavosh"),
    ("ایده", "Ideh"), ("پردازش", "Pardazesh"), ("تدبیر", "Tadbir"), ("سپهر", "Sepehr"),
    ("البرز", "Alborz"), ("زاگرس", "Zagros"), ("خلیج", "Khalij"), ("فارس", "Fars"),
    ("مهندسی", "Mohandesi"), ("داده", "Dadeh"), ("کیمیا", "Kimia"), ("آتیه", "Atieh"),
    ("پویا", "Pouya"), ("رایان", "Rayan"), ("شبکه", "Shabakeh"), ("انرژی", "Energy"),
    ("سبز", "Sabz"), ("مهر", "Mehr"), ("تبریز", "Tabriz"), ("اصفهان", "Isfahan"),
    ("شیراز", "Shiraz"), ("مشهد", "Mashhad"), ("یزد", "Yazd"), ("کرمان", "Kerman"),
    ("گیلان", "Gilan"), ("دریا", "Darya"), ("افق", "Ofogh"), ("نگین", "Negin"),
]
FIELDS = [
    ("الکترونیک", "Electronics"), ("پلیمر", "Polymer"), ("دارو", "Pharma"),
    ("ارتباطات", "Communications"), ("فولاد", "Steel"), ("سیستم", "Systems"),
    ("نرم‌افزار", "Software"), ("تجارت", "Trading"), ("سازه", "Structures"), ("طب", "Medical"),
    ("پخش", "Distribution"), ("ماشین", "Machinery"), ("صنایع غذایی", "Foods"),
    ("تجهیزات", "Equipment"), ("شیمی", "Chemicals"), ("ترابر", "Logistics"),
    ("مخابرات", "Telecom"), ("نساجی", "Textiles"), ("معدن", "Mining"), ("خودرو", "Automotive"),
    ("کشاورزی", "Agro"), ("آب", "Water"), ("بتن", "Concrete"), ("رباتیک", "Robotics"),
]
LEGAL = ["Co.", "Ltd", "Inc.", "Company", "GmbH", "LLC", "JSC", "Co., Ltd.", "Group", ""]
COUNTRIES = ["ایران"] * 14 + ["Iran", "ايران", "Turkey", "ترکیه", "China", "چین", "Russia",
             "روسیه", "Germany", "آلمان", "Iraq", "عراق", "Armenia", "UAE", "India"]
IRAN = {"ایران", "Iran", "ايران"}
CITIES = ["تهران", "تبریز", "اصفهان", "شیراز", "مشهد", "Istanbul", "Beijing", "Kazan", ""]
KINDS = ["شرکت", "دانش‌بنیان", "دانشگاه", "پارک", "هلدینگ", "خوشه", "وزارت", "Company", ""]
HEADERS = ["نام سازمان", "نام لاتین", "نوع", "حوزه فعالیت", "کشور", "شهر", "نشانی", "وب‌سایت",
           "ایمیل", "تلفن", "توضیحات", "نام رابط", "سمت", "ایمیل رابط", "تلفن رابط", "فکس"]


def _name(rng: random.Random) -> tuple[str, str, str]:
    """A Persian name, its Latin form and the brand alone in Latin letters."""
    stem = rng.choice(FA_STEMS)
    fa, en = stem
    for _ in range(3 if rng.random() < 0.3 else 2):
        ending = rng.choice(FA_ENDINGS)
        fa, en = fa + ending[0], en + ending[1]
    brand = en.lower()
    kind, kind_en = rng.choice(COMPANIES if rng.random() < 0.95 else INSTITUTIONS)
    fa_parts, en_parts = [kind, fa], [en]
    if rng.random() < 0.6:
        word = rng.choice(WORDS)
        fa_parts.append(word[0])
        en_parts.append(word[1])
    if rng.random() < 0.5:
        work = rng.choice(FIELDS)
        fa_parts.append(work[0])
        en_parts.append(work[1])
    en_parts.append(kind_en or rng.choice(LEGAL))
    return " ".join(p for p in fa_parts if p), " ".join(p for p in en_parts if p), brand


def _partner(rng: random.Random, serial: int, domains: set[str]) -> dict[str, str]:
    country = rng.choice(COUNTRIES)
    name, latin, brand = _name(rng)
    if country not in IRAN and rng.random() < 0.5:
        name = latin  # foreign partners often come with their Latin name only
    elif rng.random() < 0.3:
        latin = ""
    domain = f"{brand}.{rng.choice(['ir', 'com', 'co.ir', 'org'])}"
    while domain in domains:  # one organisation per domain: "arnik2.ir"
        domain = f"{brand}{rng.randrange(2, 100)}.{domain.split('.', 1)[1]}"
    domains.add(domain)
    return {
        "name": name,
        "name_en": latin,
        "country": country,
        "website": f"www.{domain}" if rng.random() < 0.7 else "",
        "email": f"info@{domain}" if rng.random() < 0.6 else f"{brand[:6]}{serial % 1000}@gmail.com",
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
        p["country"], rng.choice(CITIES), f"خیابان {rng.choice(WORDS)[0]} پلاک {serial % 300}",
        p["website"], p["email"], phone, rng.choice(["", "", "نمایشگاه فن‌بازار ۱۴۰۴"]),
        rng.choice(["علی رضایی", "مریم احمدی", "John Smith", ""]), rng.choice(["مدیرعامل", "CEO", ""]),
        "", "", rng.choice(["", "021-88776655"]),
    ]


def generate(folder: Path, rows: int, existing: int, seed: int = 1404) -> dict[str, Path]:
    """Write the list in three formats and the existing partners; return their paths."""
    from desktop_app.importing.writers import write_xlsx

    rng = random.Random(seed)
    domains: set[str] = set()
    existing_partners = [_partner(rng, 1_000_000 + i, domains) for i in range(existing)]
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
            base = _partner(rng, serial, domains)
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


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (``VmHWM``; ``ru_maxrss`` survives ``exec``
    and so starts at the peak of the parent that generated the files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: str, existing_path: str) -> dict[str, float]:
    """Read, clean and plan one file in this process; return timings and memory.

    The planner's pass over the existing partners (``ExistingIndex``) is timed on its own:
    a preview builds it once, and the next preview of an unchanged register reuses it
    (``cached_existing_index``), as the "plan of a tenth" here does. The derived columns the
    plan hands to the commit are timed beside what the commit's per-row ``Deriver`` takes
    for the same rows (the work the commit no longer does once it takes them).
    """
    from desktop_app.importing import ExistingPartner, auto_map, clean_rows, plan_import, read_table
    from desktop_app.importing._keys import fast_match_key
    from desktop_app.importing.duplicates import ExistingIndex
    from desktop_app.importing.keys import derive_columns

    # As ImportService loads them: with the name key the register keeps (partners.name_key).
    existing = [ExistingPartner(*row, key=fast_match_key(row[1]))
                for row in json.loads(Path(existing_path).read_text("utf-8"))]
    baseline = peak_rss_mb()
    t0 = time.perf_counter()
    table = read_table(path)
    t1 = time.perf_counter()
    clean, rejections = clean_rows(table, auto_map(table.headers))
    t2 = time.perf_counter()
    index = ExistingIndex(existing)
    t3 = time.perf_counter()
    plan = plan_import(clean, index, "update_empty", rejections=rejections)
    t4 = time.perf_counter()
    peak = peak_rss_mb()
    tenth = plan_import(clean[: len(clean) // 10], index, "update_empty")
    t5 = time.perf_counter()
    no_near = plan_import(clean, index, "update_empty", near_cutoff=None)
    t6 = time.perf_counter()
    del tenth, no_near
    derive_columns(clean)
    t7 = time.perf_counter()
    per_row = _per_row_derive(clean)
    t8 = time.perf_counter()
    with_candidates = sum(1 for r in plan.rows if r.candidates)
    return {"rows": len(table.rows), "read_s": t1 - t0, "clean_s": t2 - t1, "index_s": t3 - t2,
            "plan_s": t4 - t3, "total_s": t4 - t0, "plan_tenth_s": t5 - t4, "plan_no_near_s": t6 - t5,
            "derive_s": t7 - t6, "per_row_derive_s": (t8 - t7) if per_row else float("nan"),
            "rss_before_mb": baseline, "rss_peak_mb": peak, **plan.counts(), "with_candidates": with_candidates}


def _per_row_derive(rows: list) -> bool:
    """The commit's per-row derivation of the same rows (``desktop_app.domain.imports``'s
    ``Deriver``), for comparison; False where that module has none."""
    try:
        from desktop_app.domain.imports import Deriver
    except ImportError:
        return False
    values = Deriver().values
    for r in rows:
        values(r.name, r.name_en, r.website, r.email, r.city, r.sector, r.phone, r.country or None, r.tags)
    return True


def main() -> None:
    """Generate the files, then measure each format in a fresh process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the generated files here and keep them")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse the files generated before")
    parser.add_argument("--formats", default="utf8,cp1256,xlsx", help="comma-separated: utf8,cp1256,xlsx")
    parser.add_argument("--measure", nargs=2, metavar=("FILE", "EXISTING"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        names = {"existing": "existing.json", "utf8": "partners-utf8.csv", "cp1256": "partners-cp1256.csv",
                 "xlsx": "partners.xlsx"}
        if args.reuse and args.keep and all((folder / name).exists() for name in names.values()):
            paths = {label: folder / name for label, name in names.items()}
            print("reusing the generated files")
        else:
            started = time.perf_counter()
            paths = generate(folder, args.rows, args.existing)
            print(f"generated {args.rows} rows and {args.existing} existing in {time.perf_counter() - started:.1f} s")
        for label in args.formats.split(","):
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(paths[label]), str(paths["existing"])],
                check=True, capture_output=True, text=True,
            )
            r = json.loads(out.stdout)
            print(
                f"{label:7} rows={r['rows']:>6} read={r['read_s']:.2f}s clean={r['clean_s']:.2f}s "
                f"existing-index={r['index_s']:.2f}s plan={r['plan_s']:.2f}s total={r['total_s']:.2f}s "
                f"[plan of a tenth of the rows, index reused={r['plan_tenth_s']:.2f}s, "
                f"plan without near matches={r['plan_no_near_s']:.2f}s; "
                f"derived columns column-wise={r['derive_s']:.2f}s vs per row={r['per_row_derive_s']:.2f}s] "
                f"peak RSS={r['rss_peak_mb']:.0f} MB (before read {r['rss_before_mb']:.0f} MB) "
                f"add={r['to_add']} update={r['to_update']} skip={r['to_skip']} "
                f"rejected={r['rejected']} with-candidates={r['with_candidates']}"
            )


if __name__ == "__main__":
    main()
