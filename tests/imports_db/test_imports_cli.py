"""``import`` and ``export`` on the command line, run as a user runs them (subprocesses),
and an import killed half-way leaving the register exactly as it was."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PEYVAND_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=environment, cwd=ROOT, timeout=180)


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Latin name", "Country", "Website", "Email", "Contact", "Tags"])
        writer.writerows(rows)
    return path


def partners(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM partners").fetchone()[0])


def dump(db: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every table's rows, for comparing a register before and after."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()) for t in tables]


LIST = [
    ["شرکت پارس نوآوران", "Pars Noavaran", "ایران", "parsno.ir", "info@parsno.ir", "علی رضایی", "fair"],
    ["پارک فناوری پردیس", "Pardis Technology Park", "Iran", "pardis.ir", "", "", ""],
    ["", "", "Iran", "", "", "", ""],
    ["Nowhere Co", "", "Atlantis", "", "", "", ""],
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from db.database import Database

    path = tmp_path / "register.sqlite3"
    Database.open(path, app_version="test").close()
    return path


def test_import_json_dry_run_batches_undo_export(db: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "list.csv", LIST)
    dry = run("--db", str(db), "import", "partners", str(source), "--dry-run", "--json",
              data_dir=tmp_path)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["added"] == 2 and "batch" not in report and partners(db) == 0
    assert {(r["row"], r["column"]) for r in report["rejected"]} == {(4, "Name"), (5, "Country")}
    assert all(set(r) >= {"row", "column", "reason"} for r in report["rejected"])

    rejects = tmp_path / "rejects.csv"
    done = run("--db", str(db), "import", "partners", str(source), "--json", "--rejects",
               str(rejects), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) >= {"added", "updated", "skipped", "rejected", "possible_duplicates", "batch"}
    assert report["added"] == 2 and report["updated"] == 0 and report["skipped"] == 0
    assert partners(db) == 2
    with rejects.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][-1] == "reason" and len(lines) == 3 and lines[2][2] == "Atlantis"

    # a near match on the command line: imported, and listed as a possible duplicate
    near = write(tmp_path / "near.csv", [["پارک فناوری پردیسس", "", "Iran", "", "", "", ""],
                                         ["Pars Noavaran Co.", "", "IR", "", "", "", ""]])
    again = run("--db", str(db), "import", "partners", str(near), "--json", "--on-duplicate",
                "update", data_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["added"] == 1 and second["updated"] + second["unchanged"] == 1
    [possible] = second["possible_duplicates"]
    assert possible["row"] == 2 and possible["existing_name"] == "پارک فناوری پردیس"
    assert possible["score"] >= 90 and isinstance(possible["existing_id"], int)
    assert partners(db) == 3

    listed = run("--db", str(db), "import", "batches", data_dir=tmp_path)
    assert listed.returncode == 0 and "list.csv" in listed.stdout and "near.csv" in listed.stdout

    out = tmp_path / "all.xlsx"
    exported = run("--db", str(db), "export", "partners", str(out), data_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    from desktop_app.importing import read_table

    table = read_table(out)
    assert table.headers[:11] == ["name", "name_en", "country", "city", "kind", "sector",
                                  "website", "email", "phone", "address", "notes"]
    assert len(table.rows) == 3 and {r[2] for r in table.rows} == {"IR"}
    bad = run("--db", str(db), "export", "partners", str(tmp_path / "all.pdf"), data_dir=tmp_path)
    assert bad.returncode in (1, 2) and ".csv or .xlsx" in bad.stderr

    undo = run("--db", str(db), "import", "undo", str(second["batch"]), data_dir=tmp_path)
    assert undo.returncode == 0, undo.stderr
    assert "1 partner(s) removed" in undo.stdout and partners(db) == 2
    twice = run("--db", str(db), "import", "undo", str(second["batch"]), data_dir=tmp_path)
    assert twice.returncode == 1 and "already undone" in twice.stderr
    unknown = run("--db", str(db), "import", "undo", "999", data_dir=tmp_path)
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1


def test_junk_and_usage_errors_write_nothing(db: Path, tmp_path: Path) -> None:
    before = dump(db)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04" + os.urandom(4000))
    for path in (junk, tmp_path / "missing.csv"):
        result = run("--db", str(db), "import", "partners", str(path), "--json", data_dir=tmp_path)
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(256)) * 40)
    result = run("--db", str(db), "import", "partners", str(noise), data_dir=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    usage = run("--db", str(db), "import", "partners", str(noise), "--on-duplicate", "merge",
                data_dir=tmp_path)
    assert usage.returncode == 2
    assert dump(db) == before


def test_killed_import_leaves_the_register_as_it_was(db: Path, tmp_path: Path) -> None:
    seed = write(tmp_path / "seed.csv", [[f"شرکت نخست {i}", "", "ایران", "", "", "", ""]
                                         for i in range(50)])
    assert run("--db", str(db), "import", "partners", str(seed), data_dir=tmp_path).returncode == 0
    before = dump(db)
    with sqlite3.connect(db) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    big = write(tmp_path / "big.csv", [
        [f"شرکت شماره {i}", f"Company {i}", "ایران", f"c{i}.ir", "", f"رابط {i}", "tag"]
        for i in range(12_000)])
    env = {"PEYVAND_DATA_DIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "imports_db" / "paused_import.py"), "5000",
         "--db", str(db), "import", "partners", str(big), "--no-near-matches"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT,
        env={**os.environ, **env})
    try:
        deadline = time.monotonic() + 120
        assert process.stderr is not None
        line = process.stderr.readline()
        while line and "PAUSED" not in line and time.monotonic() < deadline:
            line = process.stderr.readline()
        assert "PAUSED after 5000" in line, line
        wal = db.with_name(db.name + "-wal")
        # Paused inside the write transaction (the import's larger page cache may still
        # hold the rows, so the WAL need not have grown yet).
        assert wal.exists()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Killed while the bulk insert had the indexes and FTS trigger dropped: all back.
        assert conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert dump(db) == before
    assert partners(db) == 50
    check = run("--db", str(db), "check", "--json", data_dir=tmp_path)
    assert check.returncode == 0 and json.loads(check.stdout)["integrity"] == "ok"
