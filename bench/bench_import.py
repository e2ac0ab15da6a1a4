"""Benchmark of the whole import: a 100,000-row list into a register of 100,000 partners.

Builds (once) a SQLite register holding 100,000 existing partners — imported through the
same :class:`ImportService`, so derived columns and audit entries are real — and reports
that build time separately. Then, for the UTF-8 CSV and the XLSX made by
``bench_import_read.generate`` (about 5% of rows duplicate an existing partner or an
earlier row in another spelling), each in a fresh process on a fresh copy of the
register, runs ``ImportService.preview`` + ``commit`` end to end (detect, read, normalise,
validate, de-duplicate with near-match search, commit in one transaction) and prints each
stage's time, the process's CPU time (``process_time``, the whole import and the dry
run alone) with the load average, and its peak resident memory (``ru_maxrss``).

Each figure is printed beside a reference run in the same script, on the same file and a
fresh copy of the same register, in its own fresh process: ``pandas.read_csv`` (or
``read_excel`` with calamine) + ``DataFrame.to_sql`` into a new table — what a power user
would do by hand, without any normalising, validation, de-duplication or history. pandas
is a bench-only dependency (the ``bench`` extra).

Cases: ``utf8`` and ``xlsx`` (the whole list), ``utf8-10k`` (its first 10,000 rows: the
largest list an office really receives, into the same 100,000). With ``--postgres URL``
(a server URL; the bench creates and drops its own databases there) the same cases run
against a PostgreSQL register instead.

Run: ``python bench/bench_import.py [--rows N] [--existing N] [--keep DIR] [--reuse]
[--no-near] [--formats utf8,xlsx,utf8-10k] [--postgres URL]``.
Targets (issue 15): CSV < 5 s and <= 6x pandas, XLSX < 8 s, 10k rows < 1 s, peak RSS
< 300 MB; PostgreSQL CSV < 15 s and < 300 MB.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_import_read import peak_rss_mb  # noqa: E402 (after the path is set)


def build_register(folder: Path, existing_json: Path, target: str | None = None) -> tuple[str, float]:
    """A register (SQLite in *folder*, or the database URL *target*) holding the existing
    partners; returns where it is and the seconds taken."""
    from db.database import Database
    from desktop_app.domain.imports import ImportService

    rows = json.loads(existing_json.read_text("utf-8"))
    source = folder / "existing.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "name_en", "country", "website", "email"])
        for _id, name, name_en, country, website, email in rows:
            writer.writerow([name, name_en, country, website, email])
    if target is None:
        path = folder / "register.sqlite3"
        path.unlink(missing_ok=True)
        target = str(path)
    started = time.perf_counter()
    db = Database.open(target, app_version="bench")
    service = ImportService(db)
    preview = service.preview(source, policy="create", near_matches=False)
    service.commit(preview)
    db.close()
    return target, time.perf_counter() - started


def reference(file: str, register: str) -> dict[str, object]:
    """pandas: read *file* and write it as a new table into *register*, in this process."""
    import pandas as pd

    baseline = peak_rss_mb()
    started = time.perf_counter()
    cpu_started = time.process_time()
    if file.endswith(".xlsx"):
        frame = pd.read_excel(file, engine="calamine", dtype=str)
    else:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False)
    read = time.perf_counter() - started
    if "://" in register:
        from sqlalchemy import create_engine

        engine = create_engine(register)
        frame.to_sql("bench_reference", engine, index=False, chunksize=10_000)
        engine.dispose()
    else:
        import sqlite3

        with sqlite3.connect(register) as conn:
            frame.to_sql("bench_reference", conn, index=False, chunksize=10_000)
    total = time.perf_counter() - started
    return {"total_s": total, "read_s": read, "cpu_s": time.process_time() - cpu_started,
            "rss_before_mb": baseline, "rss_peak_mb": peak_rss_mb()}


class _Postgres:
    """Fresh copies of a PostgreSQL register, made from a template database."""

    BASE = "peyvand_bench_base"
    RUN = "peyvand_bench_run"

    def __init__(self, server_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(server_url)
        self.engine = create_engine(self.url, isolation_level="AUTOCOMMIT")

    def database(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def exists(self, name: str) -> bool:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return bool(conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar())

    def drop(self, name: str) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create(self, name: str, template: str | None = None) -> str:
        self.drop(name)
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.database(name)


#: Extra import folders for the reference runs only (``--reference-site``): pandas can be
#: installed apart, so the measured runs do not see it (nor numpy, which changes rapidfuzz).
REFERENCE_SITE: list[str] = []


def _run(*args: str) -> dict[str, object]:
    env = None
    if args and args[0] == "--reference" and REFERENCE_SITE:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [*REFERENCE_SITE, *filter(None, [os.environ.get("PYTHONPATH")])])}
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True,
                         env=env)
    return json.loads(out.stdout)


def measure(file: str, register: str, near: bool) -> dict[str, object]:
    """Import *file* into *register* in this process; timings per stage and peak memory."""
    from db.database import Database
    from desktop_app.domain.imports import ImportService

    db = Database.open(register, app_version="bench")
    baseline = peak_rss_mb()
    service = ImportService(db)
    started = time.perf_counter()
    cpu_started = time.process_time()
    preview = service.preview(file, policy="update_empty", near_matches=near,
                              keep_rows=False)  # as the command line does
    preview_cpu = time.process_time() - cpu_started
    timings = dict(service.timings)
    after_preview = peak_rss_mb()
    counts = preview.plan.counts()
    candidates = sum(1 for r in preview.plan.rows if r.candidates)
    result = service.commit(preview)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    timings.update((k, v) for k, v in service.timings.items() if k.startswith("commit") or k == "backup")
    peak = peak_rss_mb()
    db.close()
    return {"rows": len(preview.plan.rows) + counts["rejected"], "total_s": total,
            "cpu_s": cpu, "preview_cpu_s": preview_cpu, "load": os.getloadavg()[0],
            "stages": timings, "rss_before_mb": baseline, "rss_peak_mb": peak,
            "rss_peak_preview_mb": after_preview,
            "batch": result.value, **counts, "with_candidates": candidates}


def main() -> None:
    """Generate the files and the register, then measure each format in a fresh process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the generated files here and keep them")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: reuse files and register generated by an earlier run")
    parser.add_argument("--no-near", action="store_true", help="skip the near-match search")
    parser.add_argument("--formats", default="utf8,xlsx,utf8-10k",
                        help="comma-separated: utf8,cp1256,xlsx,utf8-10k")
    parser.add_argument("--postgres", metavar="URL",
                        help="measure against PostgreSQL: a server URL (e.g. postgresql+psycopg://user@host/postgres)")
    parser.add_argument("--reference-site", action="append", default=[], metavar="DIR",
                        help="a folder holding pandas, put on the path of the reference runs only")
    parser.add_argument("--measure", nargs=3, metavar=("FILE", "REGISTER", "NEAR"), help=argparse.SUPPRESS)
    parser.add_argument("--reference", nargs=2, metavar=("FILE", "REGISTER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        file, register, near = args.measure
        print(json.dumps(measure(file, register, near == "1")))
        return
    if args.reference:
        print(json.dumps(reference(*args.reference)))
        return
    REFERENCE_SITE[:] = [str(Path(d).resolve()) for d in args.reference_site]
    from bench_import_read import generate

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = folder / "generated.json"
        wanted = {"rows": args.rows, "existing": args.existing}
        pg = _Postgres(args.postgres) if args.postgres else None
        reuse = args.reuse and stamp.exists() and json.loads(stamp.read_text()) == wanted
        if reuse:
            paths = {k: folder / v for k, v in (("existing", "existing.json"), ("utf8", "partners-utf8.csv"),
                                                 ("cp1256", "partners-cp1256.csv"), ("xlsx", "partners.xlsx"))}
            print("reusing the generated files")
        else:
            started = time.perf_counter()
            paths = generate(folder, args.rows, args.existing)
            print(f"generated {args.rows} rows and {args.existing} existing in {time.perf_counter() - started:.1f} s")
            stamp.write_text(json.dumps(wanted))
        paths["utf8-10k"] = folder / "partners-utf8-10k.csv"
        with paths["utf8"].open(encoding="utf-8-sig") as source, \
                paths["utf8-10k"].open("w", encoding="utf-8-sig") as head:
            head.writelines(line for _, line in zip(range(10_001), source, strict=False))
        if pg is not None:
            if not (reuse and pg.exists(pg.BASE)):
                _, build_s = build_register(folder, paths["existing"], pg.create(pg.BASE))
                print(f"built the PostgreSQL register of {args.existing} existing partners in {build_s:.1f} s")
        else:
            register = folder / "register.sqlite3"
            if not (reuse and register.exists()):
                _, build_s = build_register(folder, paths["existing"])
                print(f"built the register of {args.existing} existing partners in {build_s:.1f} s "
                      f"({register.stat().st_size / 1e6:.0f} MB)")

        def fresh_register(label: str) -> str:
            if pg is not None:
                return pg.create(pg.RUN, template=pg.BASE)
            copy = folder / f"register-{label}.sqlite3"
            shutil.copyfile(register, copy)
            return str(copy)

        def done(target: str) -> None:
            if pg is not None:
                pg.drop(pg.RUN)
            else:
                Path(target).unlink(missing_ok=True)

        engine = "postgresql" if pg is not None else "sqlite"
        for label in args.formats.split(","):
            target = fresh_register(label)
            r = _run("--measure", str(paths[label]), target, "0" if args.no_near else "1")
            done(target)
            target = fresh_register(label)
            ref = _run("--reference", str(paths[label]), target)
            done(target)
            stages = " ".join(f"{k}={v:.2f}s" for k, v in r["stages"].items())
            print(f"{engine} {label:8} rows={r['rows']:>6} total={r['total_s']:.2f}s "
                  f"(CPU {r['cpu_s']:.2f}s, dry run CPU {r['preview_cpu_s']:.2f}s, load {r['load']:.1f}) "
                  f"pandas={ref['total_s']:.2f}s (CPU {ref['cpu_s']:.2f}s, read {ref['read_s']:.2f}s, peak RSS {ref['rss_peak_mb']:.0f} MB) "
                  f"ratio={r['total_s'] / ref['total_s']:.1f}x [{stages}] "
                  f"peak RSS={r['rss_peak_mb']:.0f} MB (after opening the db {r['rss_before_mb']:.0f} MB, "
                  f"by the end of the preview {r['rss_peak_preview_mb']:.0f} MB) "
                  f"add={r['to_add']} update={r['to_update']} skip={r['to_skip']} "
                  f"rejected={r['rejected']} with-candidates={r['with_candidates']}", flush=True)

if __name__ == "__main__":
    main()
