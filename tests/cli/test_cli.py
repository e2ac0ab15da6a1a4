"""The command line, run as a user runs it: ``python main.py …`` in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PEYVAND_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_version(tmp_path: Path) -> None:
    result = run("--version", data_dir=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Peyvand ")


def test_demo_then_check_json(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert run("--db", str(db), "demo", data_dir=tmp_path).returncode == 0
    result = run("--db", str(db), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok" and report["foreign_keys"] == "ok"
    assert report["counts"]["partners"] == 26
    assert report["counts"]["mous"] == 5 and report["counts"]["hubs"] == 2
    assert report["counts"]["hub_missions"] == 12
    assert report["schema"] == report["head"]


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run("frobnicate", data_dir=tmp_path)
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert run("restore", data_dir=tmp_path).returncode == 2  # a file or --latest is required


def test_damaged_and_too_new_exit_1_with_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    result = run("--db", str(junk), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["integrity"] == "damaged"
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr

    db = tmp_path / "new.sqlite3"
    assert run("--db", str(db), "demo", data_dir=tmp_path).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='0099'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    result = run("--db", str(db), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 1 and json.loads(result.stdout)["integrity"] == "too_new"
    assert run("--db", str(db), "demo", data_dir=tmp_path).returncode == 1
    assert db.read_bytes() == before


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "check",
                 data_dir=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "database server" in result.stderr


def test_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    run("--db", str(db), "demo", data_dir=tmp_path)
    copy = tmp_path / "copy.sqlite3"
    assert run("--db", str(db), "backup", "-o", str(copy), data_dir=tmp_path).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM action_items")
    conn.commit()
    conn.close()
    result = run("--db", str(db), "restore", str(copy), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "x.backups").glob("x-*-before-restore.peyvand.zip"))
    report = json.loads(run("--db", str(db), "check", "--json", data_dir=tmp_path).stdout)
    assert report["counts"]["actions"] == 10
    result = run("--db", str(db), "restore", str(tmp_path / "missing.sqlite3"), data_dir=tmp_path)
    assert result.returncode == 1


@pytest.mark.postgres
def test_demo_and_check_on_postgres(tmp_path: Path, pg_database_url: str) -> None:
    assert run("--db", pg_database_url, "demo", data_dir=tmp_path).returncode == 0
    result = run("--db", pg_database_url, "check", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["mous"] == 5
    result = run("--db", pg_database_url, "backup", "-o", str(tmp_path / "b"), data_dir=tmp_path)
    assert result.returncode == 1 and "pg_dump" in result.stderr
