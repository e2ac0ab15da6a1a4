"""The register's storage commands as a user runs them: check reads only, damaged registers
are refused with exit 1 and recovered with restore --latest, backups are listed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db.backup import backup_sqlite
from tests.db.storage_damage import DAMAGES, damage, fingerprint, make_register

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PEYVAND_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "r.sqlite3")


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "r.sqlite3"
    backup_sqlite(template, path)
    shutil.copytree(template.parent / "r.attachments", tmp_path / "r.attachments")
    return path


def test_check_writes_nothing_even_with_a_live_wal(register: Path, tmp_path: Path) -> None:
    code = ("import sqlite3, os, sys\nc = sqlite3.connect(sys.argv[1])\n"
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"UPDATE partners SET notes='left in the wal'\"); c.commit()\n"
            "os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", code, str(register)], check=False)
    assert register.with_name("r.sqlite3-wal").stat().st_size > 0
    before = fingerprint(register)
    result = run("--db", str(register), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok" and report["counts"]["partners"] == 26
    after = fingerprint(register)
    for side in ("db", "-wal"):
        assert after[side] == before[side], side  # same bytes and same mtime


def test_check_tells_a_hot_journal_from_damage(register: Path, tmp_path: Path) -> None:
    damage(register, "hot_journal")
    before = fingerprint(register)
    result = run("--db", str(register), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["integrity"] == "hot_journal"
    assert "hot journal" in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(register) == before


def test_check_reports_attachment_files(register: Path, tmp_path: Path) -> None:
    folder = tmp_path / "r.attachments"
    (stored,) = [p for p in folder.rglob("*") if p.is_file()]
    orphan = folder / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"left behind")
    os.chmod(stored, 0o644)
    stored.write_bytes(b"altered scan")
    report = json.loads(run("--db", str(register), "check", "--json", data_dir=tmp_path).stdout)
    assert report["attachment_files"]["orphaned"] == [orphan.name]
    assert report["attachment_files"]["mismatched"] == [stored.name]
    stored.unlink()
    result = run("--db", str(register), "check", "--json", data_dir=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["attachment_files"]["missing"] == [stored.name]


@pytest.mark.parametrize("how", DAMAGES)
def test_damaged_register_exit_1_then_restore_latest(register: Path, tmp_path: Path, how: str) -> None:
    assert run("--db", str(register), "backup", data_dir=tmp_path).returncode == 0
    damage(register, how)
    before = fingerprint(register)
    result = run("--db", str(register), "demo", data_dir=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "newest good backup" in result.stderr and "restore --latest" in result.stderr
    (kept,) = tmp_path.glob("r.damaged-*.sqlite3")
    assert fingerprint(kept)["db"][0] == before["db"][0]
    if how == "flipped":  # the same words in Persian
        persian = run("--lang", "fa", "--db", str(register), "demo", data_dir=tmp_path)
        assert persian.returncode == 1 and "پشتیبان" in persian.stderr
    result = run("--db", str(register), "restore", "--latest", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(run("--db", str(register), "check", "--json", data_dir=tmp_path).stdout)
    assert report["integrity"] == "ok" and report["counts"]["partners"] == 26
    assert report["counts"]["attachments"] == 1 and report["attachment_files"]["missing"] == []


def test_backup_refuses_a_damaged_register(register: Path, tmp_path: Path) -> None:
    damage(register, "flipped")
    result = run("--db", str(register), "backup", "-o", str(tmp_path / "b.zip"), data_dir=tmp_path)
    assert result.returncode == 1 and not (tmp_path / "b.zip").exists()


def test_backups_lists_kind_time_size_and_check(register: Path, tmp_path: Path) -> None:
    assert run("--db", str(register), "backup", data_dir=tmp_path).returncode == 0
    result = run("--db", str(register), "demo", "--reset", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    listing = json.loads(run("--db", str(register), "backups", "--json", data_dir=tmp_path).stdout)
    assert {b["kind"] for b in listing} == {"manual", "before-demo-reset"}
    assert all(b["verified"] and b["size"] > 0 and b["time"] for b in listing)
    text = run("--db", str(register), "backups", data_dir=tmp_path).stdout
    assert "before-demo-reset" in text and "verified" in text
    again = run("--db", str(register), "demo", data_dir=tmp_path)
    assert again.returncode == 0 and "nothing was changed" in again.stdout


def test_full_disk_open_and_import_give_a_plain_message_and_lose_nothing(
        template: Path, tmp_path: Path) -> None:
    from tests.db.storage_damage import fill_disk, mount_tmpfs, unmount

    disk = tmp_path / "small"
    if not mount_tmpfs(disk, "1536k"):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        register = disk / "r.sqlite3"
        backup_sqlite(template, register)
        shutil.copytree(template.parent / "r.attachments", disk / "r.attachments")
        csv = tmp_path / "list.csv"
        csv.write_text("نام,کشور\n" + "".join(f"شرکت {i},ایران\n" for i in range(2000)),
                       encoding="utf-8")
        fill_disk(disk)
        before = fingerprint(register)["db"][0]
        opened = run("--db", str(register), "check", data_dir=tmp_path)
        assert opened.returncode == 0 and "disk holding the register is full" in opened.stdout
        result = run("--db", str(register), "import", "partners", str(csv), data_dir=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "disk is full" in result.stderr
        (disk / "filler").unlink()
        assert fingerprint(register)["db"][0] == before
        report = json.loads(run("--db", str(register), "check", "--json", data_dir=tmp_path).stdout)
        assert report["counts"]["partners"] == 26 and report["integrity"] == "ok"
    finally:
        unmount(disk)
