"""Where the backup before an import spends its time, step by step, and what cheaper steps
would cost.

``ImportService.commit`` first writes a verified backup (``Database.back_up("before-import")``
→ ``db.backup.write_backup``); the import's own stage timers start after it. This bench
times each step of that backup on a register file — the source's examination, the copy
through SQLite's backup API, the copy's ``quick_check``, its SHA-256, the zip at the
compression level the store uses, the read-back check — and beside them the alternatives:
the backup API in large page steps, ``VACUUM INTO``, and the zip at lower levels or stored.
It reads the register only; every copy goes to a scratch folder.

Run: ``python bench/bench_import_backup.py REGISTER.sqlite3`` (e.g. the 100,000-partner
register ``bench/bench_import.py --keep DIR`` leaves in DIR).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(label: str, action: Callable[[], object], results: dict[str, float]) -> object:
    started = time.perf_counter()
    value = action()
    results[label] = time.perf_counter() - started
    print(f"{label:44} {results[label]:6.2f} s", flush=True)
    return value


def backup_api(source: Path, target: Path, pages: int) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=pages)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()


def vacuum_into(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.execute("VACUUM INTO ?", (str(target),))
    finally:
        src.close()


def quick_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        assert [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    finally:
        conn.close()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def zipped(copy: Path, target: Path, compression: int, level: int | None) -> int:
    with zipfile.ZipFile(target, "w", compression=compression, compresslevel=level) as zf:
        zf.write(copy, "register.sqlite3")
    return target.stat().st_size


def test_zip(target: Path) -> None:
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None


def main() -> None:
    from db.backup import write_backup
    from db.integrity import examine

    source = Path(sys.argv[1]).resolve()
    print(f"register {source.name}: {source.stat().st_size / 1e6:.0f} MB")
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        timed("write_backup (the whole backup, as today)",
              lambda: write_backup(source, folder / "whole.peyvand.zip", kind="before-import"), results)
        print("its steps:")
        timed("  examine the register", lambda: examine(source), results)
        copy = folder / "copy.sqlite3"
        timed("  copy: backup API, one step", lambda: backup_api(source, copy, -1), results)
        timed("  quick_check of the copy", lambda: quick_check(copy), results)
        timed("  SHA-256 of the copy", lambda: sha256(copy), results)
        size = timed("  zip, deflate level 6 (as the store)",
                     lambda: zipped(copy, folder / "l6.zip", zipfile.ZIP_DEFLATED, 6), results)
        print(f"{'':44} -> {int(size) / 1e6:.0f} MB")  # type: ignore[call-overload]
        timed("  read-back check (testzip)", lambda: test_zip(folder / "l6.zip"), results)
        print("alternatives:")
        for pages in (4096, 65536):
            other = folder / f"copy-{pages}.sqlite3"
            timed(f"  copy: backup API, {pages} pages a step", lambda: backup_api(source, other, pages), results)  # noqa: B023
            other.unlink()
        other = folder / "vacuum.sqlite3"
        timed("  copy: VACUUM INTO", lambda: vacuum_into(source, other), results)
        other.unlink()
        for label, compression, level in (("deflate level 1", zipfile.ZIP_DEFLATED, 1),
                                          ("stored (no compression)", zipfile.ZIP_STORED, None)):
            target = folder / f"{label.split()[0]}.zip"
            size = timed(f"  zip, {label}", lambda: zipped(copy, target, compression, level), results)  # noqa: B023
            print(f"{'':44} -> {int(size) / 1e6:.0f} MB")  # type: ignore[call-overload]
            timed(f"  read-back check of it ({label})", lambda: test_zip(target), results)  # noqa: B023
            target.unlink()


if __name__ == "__main__":
    main()
