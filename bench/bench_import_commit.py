"""Bench: the import's commit stage — a 100,000-row list into a register of 100,000 partners.

Generates the list and the existing partners with ``bench_import_read.generate`` (about 5%
of rows duplicate an existing partner or an earlier row), builds the register once (the
existing partners imported into an empty register: that build is timed too, it is the
"100,000 into an empty register" case), makes the dry run once (no near-match search: the
commit does not depend on it) and keeps it. Then, on a fresh copy of the register for each
run, it times :meth:`ImportService.commit` and prints its parts (``ImportService.timings``):
updates, inserts (rows, contacts, tags, audit, change rows, index work), the sync stamp of
the audit rows, the final COMMIT, and the process's peak memory.

The reference, in the same run on the same copy: the same new partner rows read back and
written by the driver's fastest path (``executemany`` on SQLite, ``COPY`` on PostgreSQL)
into a new table with the partners' columns and no index, no audit, no history — the
storage's floor for these rows.

Run: ``python bench/bench_import_commit.py [--rows N] [--existing N] [--folder DIR]
[--runs 2] [--postgres URL]`` (with ``--postgres`` the bench creates and drops its own
databases on that server). Target (issue 15): PostgreSQL 100,000 into 100,000 < 15 s end
to end and < 300 MB; the commit is the part measured here.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_import_read import generate, peak_rss_mb  # noqa: E402 (after the path is set)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BASE, RUN = "peyvand_commit_base", "peyvand_commit_run"


def _admin(server: str) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(server, isolation_level="AUTOCOMMIT")


def _database(server: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _create(server: str, name: str, template: str | None = None) -> str:
    engine = _admin(server)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    engine.dispose()
    return _database(server, name)


def build(folder: Path, existing_json: Path, target: str) -> float:
    """Import the existing partners into the empty register *target*; seconds taken."""
    from db.database import Database
    from desktop_app.domain.imports import ImportService

    source = folder / "existing.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "name_en", "country", "website", "email"])
        for _id, name, name_en, country, website, email in json.loads(existing_json.read_text("utf-8")):
            writer.writerow([name, name_en, country, website, email])
    started = time.perf_counter()
    db = Database.open(target, app_version="bench")
    service = ImportService(db)
    service.commit(service.preview(source, policy="create", near_matches=False))
    db.close()
    return time.perf_counter() - started


def measure(register: str, preview_file: str, handover: str = "") -> dict[str, object]:
    """Commit the kept dry run into *register* in this process, then the reference. With
    *handover*, the new rows' derived columns are computed first (untimed, as the stages
    before the commit will hand them over) and given to the commit."""
    from sqlalchemy import select

    from db.bulk import insert_rows
    from db.database import Database
    from db.models import Partner
    from desktop_app.domain.imports import ImportService

    preview = pickle.loads(Path(preview_file).read_bytes())
    db = Database.open(register, app_version="bench")
    service = ImportService(db)
    derived = None
    if handover:
        from desktop_app.domain.import_derive import Deriver

        derive = Deriver().values
        derived = {r.partner.row: derive(r.partner.name, r.partner.name_en, r.partner.website,
                                         r.partner.email, r.partner.city, r.partner.sector,
                                         r.partner.phone, r.partner.country or None, r.partner.tags)
                   for r in preview.plan.rows}
    before = peak_rss_mb()
    started = time.perf_counter()
    result = service.commit(preview, **({"derived": derived} if derived else {}))
    total = time.perf_counter() - started
    peak = peak_rss_mb()
    timings = {k: v for k, v in service.timings.items() if k.startswith("commit")}
    table = Partner.__table__
    columns = [c.name for c in table.columns]
    with db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(
            select(*table.columns).where(table.c.import_batch_id == result.value))]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE partners_reference AS SELECT * FROM partners WHERE 1 = 0")
    clock = time.perf_counter()
    with db.engine.begin() as conn:
        insert_rows(conn, "partners_reference", columns, rows)
    reference = time.perf_counter() - clock
    db.close()
    return {"commit_s": total, "parts": timings, "new_partners": len(rows),
            "reference_s": reference, "rss_before_mb": before, "rss_peak_mb": peak}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, help="keep the generated files and register here")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server URL to run against")
    parser.add_argument("--handover", action="store_true",
                        help="also run with the derived columns handed over ready-made")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)  # one run, in a child
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    from db.database import Database
    from desktop_app.domain.imports import ImportService

    folder = args.folder or Path(tempfile.mkdtemp(prefix="peyvand-commit-"))
    folder.mkdir(parents=True, exist_ok=True)
    engine = "postgresql" if args.postgres else "sqlite"
    stamp = folder / f"made-{engine}-{args.rows}-{args.existing}.json"
    base_file = folder / "base.sqlite3"
    preview_file = folder / f"preview-{engine}.pickle"
    if not stamp.exists():
        paths = generate(folder, args.rows, args.existing)
        target = _create(args.postgres, BASE) if args.postgres else str(base_file)
        if not args.postgres:
            base_file.unlink(missing_ok=True)
        seconds = build(folder, paths["existing"], target)
        print(f"{args.existing:,} partners into an empty register ({engine}): {seconds:.1f} s")
        db = Database.open(target, app_version="bench")
        service = ImportService(db)
        preview = service.preview(paths["utf8"], policy="update_empty", near_matches=False)
        db.close()
        preview_file.write_bytes(pickle.dumps(preview))
        stamp.write_text(json.dumps({"build_s": seconds}))
    print(f"{args.rows:,} rows into {args.existing:,} partners ({engine}); reference = the same "
          "new rows written by the driver's fastest path into a table with no index")
    for run, handover in [(r, h) for r in range(args.runs) for h in ([""] + ["handover"] * args.handover)]:
        if args.postgres:
            register = _create(args.postgres, RUN, template=BASE)
        else:
            register = str(folder / "run.sqlite3")
            shutil.copyfile(base_file, register)
        out = subprocess.run([sys.executable, __file__, "--measure", register, str(preview_file),
                              *([handover] if handover else [])],
                             check=True, capture_output=True, text=True, cwd=ROOT)
        got = json.loads(out.stdout.strip().splitlines()[-1])
        parts = ", ".join(f"{k.removeprefix('commit_')} {v:.2f}" for k, v in got["parts"].items()
                          if k != "commit")
        print(f"run {run + 1}{' (derived handed over)' if handover else ''}: commit {got['commit_s']:.2f} s ({parts}); "
              f"{got['new_partners']:,} new partners; reference {got['reference_s']:.2f} s "
              f"({got['commit_s'] / max(got['reference_s'], 1e-9):.1f}x); "
              f"peak {got['rss_peak_mb']:.0f} MB (before the commit {got['rss_before_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
