"""Bench: the Partners section on a register of 100,000 partners.

Builds (once, cached in the given folder) a SQLite register of N partners written in bulk
with the same derived columns the service keeps (``apply_derived``), then, offscreen:

* **open**: from creating the Partners section to its first rows painted (target < 1 s);
* **search as you type**: for Persian and Latin queries typed letter by letter, the time
  of each list refresh — query, model reset, repaint of the visible rows (target < 100 ms).

With ``--postgres URL`` (a server URL) the register is a PostgreSQL database on that
server (``peyvand_bench_list_N``, built once and kept; opening it migrates it), searched
through the keys index of migration 0007_pg_search (targets there: keystroke < 50 ms
median, < 100 ms max). The reference, in the same run: each keystroke's first page by
the plain ``search_text LIKE`` scan in name order, the plan before that index.

Usage: ``python bench/bench_partner_list.py [--partners 100000] [--folder DIR] [--postgres URL]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADS_FA = ["شرکت", "پارک علم و فناوری", "دانشگاه", "پژوهشگاه", "مرکز رشد", "شرکت دانش‌بنیان",
            "خوشه صنعتی", "هلدینگ", "انجمن", "گروه صنعتی", "پالایشگاه", "مرکز نوآوری"]
WORDS_FA = ["پارس", "آریا", "نوین", "فن‌آوران", "گستر", "پویا", "ژرف", "چکاد", "گیلان", "کاوش",
            "البرز", "زاگرس", "سپهر", "تابان", "مهر", "ایده", "هوشمند", "پلیمر", "انرژی", "داده",
            "تبریز", "مشهد", "اصفهان", "شیراز", "کرمان", "یزد", "رایان", "صنعت", "فولاد", "نفت"]
WORDS_EN = ["Pars", "Arya", "Novin", "Tech", "Gostar", "Pouya", "Zharf", "Chakad", "Gilan",
            "Kavosh", "Alborz", "Zagros", "Sepehr", "Taban", "Mehr", "Idea", "Smart", "Polymer",
            "Energy", "Data", "Tabriz", "Mashhad", "Isfahan", "Shiraz", "Kerman", "Yazd",
            "Rayan", "Sanat", "Steel", "Oil"]
TAILS_EN = ["Co.", "Park", "University", "Institute", "Incubator", "Knowledge Co.", "Cluster",
            "Holding", "Association", "Group", "Refinery", "Innovation Center"]
COUNTRIES = ["IR"] * 8 + ["TR", "CN", "RU", "DE", "IQ", "AE", "IN", "KZ", "AM", "AZ"]
CITIES = ["تهران", "تبریز", "مشهد", "اصفهان", "شیراز", "کرج", "Istanbul", "Beijing", "Moscow"]


def build_register(path: Path | str, n: int) -> None:
    """Write *n* partners to a fresh register at *path* — a file, or a database URL —
    (bulk, derived columns included)."""
    from sqlalchemy import insert

    from db.database import Database
    from db.models import Origin, Partner, PartnerKind
    from desktop_app.domain.partners import apply_derived

    rng = random.Random(1404)
    kinds = list(PartnerKind)
    db = Database.open(path, app_version="bench")
    started = time.perf_counter()
    rows = []
    for i in range(n):
        h = rng.randrange(len(HEADS_FA))
        w1, w2 = rng.sample(range(len(WORDS_FA)), 2)
        country = rng.choice(COUNTRIES)
        p = Partner(name=f"{HEADS_FA[h]} {WORDS_FA[w1]} {WORDS_FA[w2]} {i}",
                    name_en=f"{WORDS_EN[w1]} {WORDS_EN[w2]} {TAILS_EN[h]} {i}",
                    kind=kinds[h % len(kinds)], country_code=country,
                    origin=Origin.DOMESTIC if country == "IR" else Origin.FOREIGN,
                    city=rng.choice(CITIES), website=f"https://p{i}.example.com",
                    email=f"info@p{i}.example.com", phone=f"021-{rng.randrange(10**7, 10**8)}")
        apply_derived(p)
        rows.append({c.key: getattr(p, c.key) for c in Partner.__table__.columns
                     if c.key not in ("id",) and getattr(p, c.key, None) is not None})
        rows[-1].setdefault("uuid", f"00000000-0000-4000-8000-{i:012d}")
        rows[-1].setdefault("version", 1)
    with db.engine.begin() as conn:
        for start in range(0, n, 5000):
            conn.execute(insert(Partner), rows[start:start + 5000])
    db.close()
    print(f"built {n:,} partners in {time.perf_counter() - started:.1f} s → {path}")


def postgres_register(server_url: str, n: int) -> str:
    """The URL of a PostgreSQL register of *n* partners on *server_url* (built if missing)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"peyvand_bench_list_{n}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
        if not exists:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    target = url.set(database=name).render_as_string(hide_password=False)
    if not exists:
        build_register(target, n)
        vacuum = create_engine(target, isolation_level="AUTOCOMMIT")
        with vacuum.connect() as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        vacuum.dispose()
    return target


def like_scan_reference(db: object, queries: list[str], page: int) -> list[float]:
    """Each keystroke's first page by the ``search_text LIKE '% word%'`` scan in name order
    (what PostgreSQL did before migration 0007), in milliseconds."""
    from sqlalchemy import select

    from db.models import Partner
    from desktop_app.domain.partners import text_filter

    times = []
    for q in queries:
        for k in range(1, len(q) + 1):
            stmt = (select(Partner.id).where(*text_filter(Partner.search_text, q[:k]))
                    .order_by(Partner.name_sort, Partner.id).limit(page))
            t0 = time.perf_counter()
            with db.reading() as s:  # type: ignore[attr-defined]
                list(s.connection().execute(stmt))
            times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server URL to run against")
    args = parser.parse_args()
    path: Path | str
    if args.postgres:
        path = postgres_register(args.postgres, args.partners)
    else:
        path = args.folder / f"peyvand-bench-{args.partners}.sqlite3"
        if not path.exists():
            build_register(path, args.partners)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.database import Database
    from desktop_app.domain.services import Services
    from desktop_app.ui import theme
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.pyside_fixes import immortalize_singletons
    from desktop_app.ui.sections.partners import PartnersSection
    from desktop_app.ui.settings import AppSettings

    immortalize_singletons()
    app = QApplication(sys.argv[:1])
    theme.apply_theme(app)
    apply_language("fa")
    db = Database.open(path, app_version="bench")
    ctx = UiContext(Services(db), "fa")
    settings = AppSettings(QSettings(str(args.folder / "bench-settings.ini"),
                                     QSettings.Format.IniFormat))

    # -------------------------------------------------- open
    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        section = PartnersSection(ctx)
        section.restore_view_state(settings)
        section.resize(1366, 700)
        section.show()
        app.processEvents()
        section.list.table.viewport().repaint()
        opens.append((time.perf_counter() - t0) * 1000)
        rows = section.list.model.rowCount()
        if _ < 2:
            section.close()
            section.deleteLater()
            app.processEvents()
    engine = db.engine.dialect.name
    print(f"\nregister ({engine}): {rows:,} partners listed")
    print(f"open section → first rows painted: median {statistics.median(opens):.0f} ms, "
          f"max {max(opens):.0f} ms   (target < 1000 ms)")

    # -------------------------------------------------- search as you type
    queries = ["پارس", "شركت نوين", "دانش بنیان", "ژرف", "گیلان ۱۲", "Polymer", "zagros steel",
               "info@p4"]
    all_times: list[float] = []
    query_only: list[float] = []
    whole: list[float] = []
    print("\nsearch as you type (each keystroke: query + model reset + repaint of the first rows;"
          " 'whole' adds the rest of a large answer, appended right after):")
    for q in queries:
        times = []
        for k in range(1, len(q) + 1):
            section.list.search.blockSignals(True)
            section.list.search.setText(q[:k])
            section.list.search.blockSignals(False)
            t0 = time.perf_counter()
            section.list.reload()
            section.list.table.viewport().repaint()
            times.append((time.perf_counter() - t0) * 1000)
            query_only.append(section.list.last_query_ms)
            section.list.complete()
            whole.append((time.perf_counter() - t0) * 1000)
        all_times += times
        print(f"  {q!r:>16}: {len(times)} keystrokes, median {statistics.median(times):5.1f} ms, "
              f"max {max(times):5.1f} ms, {section.list.model.rowCount():,} found")
    print(f"all keystrokes: median {statistics.median(all_times):.1f} ms, "
          f"max {max(all_times):.1f} ms   (target < 100 ms; PostgreSQL: < 50 ms median); "
          "query+reset alone: median "
          f"{statistics.median(query_only):.1f} ms, max {max(query_only):.1f} ms")
    print(f"whole answer (first rows + the rest): median {statistics.median(whole):.1f} ms, "
          f"max {max(whole):.1f} ms")
    if engine == "postgresql":
        scan = like_scan_reference(db, queries, section.list.FIRST_PAGE)
        print(f"reference, same run — the LIKE scan (no keys index), first page only: median "
              f"{statistics.median(scan):.1f} ms, max {max(scan):.1f} ms; this run's query+reset "
              f"alone: median {statistics.median(query_only):.1f} ms, max {max(query_only):.1f} ms")
    section.list.search.setText("")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
