"""Benchmark of the office sync: a no-op sync, 10,000 changes laptop → server → laptop, a package.

Builds a laptop register and imports N partners into it (default 10,000 — one change
each), then, each step in a fresh process so its peak memory (``ru_maxrss``) is its own:

1. laptop → server: the first sync sends the N changes (the server: PostgreSQL when
   ``--pg URL`` is given or one can be started from the installed binaries, else a SQLite
   file standing in for it);
2. server → second laptop: an empty laptop joins and receives the N changes;
3. a sync with nothing to do (the laptop again);
4. ``sync export`` of the N changes, the package's size.

The reference, measured in the same run: the importer writing the same N partners into
the first laptop (the same rows written once), and the CSV the partners came from.
Targets (issue 11): no-op < 0.3 s; each way < 10 s and < 300 MB; package < 5 MB.

Run: ``python bench/bench_sync.py [--partners N] [--pg URL] [--sqlite-server]``.
"""

from __future__ import annotations

import argparse
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


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, local: str, remote: str) -> None:
    """One measured step in this process; prints one JSON line."""
    from db.database import Database
    from desktop_app.sync.engine import export_package, sync_direct

    db = Database.open(local, app_version="bench")
    started = time.perf_counter()
    if step == "export":
        result = export_package(db, Path(remote))
    else:
        other = Database.open(remote, app_version="bench")
        result = sync_direct(db, other, join=True)
        other.close()
    seconds = time.perf_counter() - started
    again = 0.0
    if step == "noop":  # a second sync in the same process: the window's Sync now, warm
        other = Database.open(remote, app_version="bench")
        started = time.perf_counter()
        sync_direct(db, other)
        again = time.perf_counter() - started
        other.close()
    print(json.dumps({"seconds": seconds, "again": again, "rss_mb": _peak_rss_mb(), "sent": result.sent,
                      "received": result.received}))


def _run(step: str, local: Path | str, remote: Path | str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, __file__, "--child", step, str(local), str(remote)],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _server(folder: Path, pg: str | None, sqlite_server: bool) -> tuple[str, object | None]:
    if sqlite_server:
        return str(folder / "server.sqlite3"), None
    if pg:
        return pg, None
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from conftest import _pg_bindir, _PgServer  # the tests' throwaway server

        bindir = _pg_bindir()
        if bindir is None:
            raise RuntimeError("no PostgreSQL binaries")
        server = _PgServer(bindir)
        return server.start(), server
    except Exception as exc:  # no server: a SQLite file stands in, said so in the output
        print(f"(no PostgreSQL server: {exc}; a SQLite file stands in for the server)")
        return str(folder / "server.sqlite3"), None


def main() -> None:
    """Build, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL")
    parser.add_argument("--sqlite-server", action="store_true")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from db.database import Database
    from desktop_app.domain.imports import ImportService

    folder = Path(tempfile.mkdtemp(prefix="peyvand-bench-sync-"))
    server_url, server = _server(folder, args.pg, args.sqlite_server)
    try:
        csv = folder / "partners.csv"
        csv.write_text("name,name_en,city,website\n" + "".join(
            f"شرکت دانش‌بنیان نمونه {i},Sample Company {i},تبریز,https://c{i}.example.ir\n"
            for i in range(args.partners)), encoding="utf-8")
        laptop = folder / "laptop.sqlite3"
        db = Database.open(laptop, app_version="bench")
        service = ImportService(db)
        started = time.perf_counter()
        service.commit(service.preview(csv, policy="create", near_matches=False))
        import_seconds = time.perf_counter() - started
        db.close()
        Database.open(server_url, app_version="bench").close()
        up = _run("sync", laptop, server_url)
        down = _run("sync", folder / "laptop2.sqlite3", server_url)
        noop = _run("noop", laptop, server_url)
        package = folder / "changes.peyvand"
        exported = _run("export", laptop, package)
        kind = "PostgreSQL" if "://" in server_url else "SQLite file"
        print(f"partners: {args.partners}; server: {kind}")
        print(f"reference: importing the same partners into the laptop  {import_seconds:6.2f} s")
        print(f"laptop -> server ({up['sent']:.0f} changes)            {up['seconds']:6.2f} s"
              f"   peak {up['rss_mb']:.0f} MB   (target < 10 s, < 300 MB)")
        print(f"server -> new laptop ({down['received']:.0f} changes)      {down['seconds']:6.2f} s"
              f"   peak {down['rss_mb']:.0f} MB   (target < 10 s, < 300 MB)")
        print(f"sync with nothing to do                        {noop['again']:6.3f} s"
              f"   (first in a fresh process, imports included: {noop['seconds']:.3f} s)"
              f"   (target < 0.3 s)")
        print(f"package of {exported['sent']:.0f} changes: {package.stat().st_size / 1e6:.2f} MB"
              f" (written in {exported['seconds']:.2f} s); the CSV they came from: "
              f"{csv.stat().st_size / 1e6:.2f} MB   (target < 5 MB)")
    finally:
        if server is not None:
            server.stop()  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
