"""The sync commands as a user runs them: ``python main.py --db … sync …`` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from db.database import Database
from tests.sync.helpers import add_partner, edit_partner

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PEYVAND_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_join_sync_status_package_and_conflicts(tmp_path: Path, sqlite_template: Path) -> None:
    office, laptop, other = (tmp_path / f"{n}.sqlite3" for n in ("office", "laptop", "other"))
    for path in (office, laptop, other):
        shutil.copyfile(sqlite_template, path)
    db = Database.open(office, app_version="test")
    pid = add_partner(db, "پارک علم و فناوری خراسان", city="مشهد")
    db.close()

    joined = run("--db", str(laptop), "sync", "join", str(office), "--json", data_dir=tmp_path)
    assert joined.returncode == 0, joined.stderr
    report = json.loads(joined.stdout)
    assert {"sent", "received", "applied", "skipped", "conflicts", "held"} <= set(report)
    assert report["received"] == 1 and report["applied"] == 1

    status = json.loads(run("--db", str(laptop), "sync", "status", "--json", data_dir=tmp_path).stdout)
    assert status["unsent"] == 0 and status["peers"][0]["target"] == str(office)

    # The same field changed on both sides: a conflict, listed by `conflicts`.
    db = Database.open(office, app_version="test")
    edit_partner(db, pid, city="Mashhad")
    db.close()
    lap = Database.open(laptop, app_version="test")
    from desktop_app.domain.partners import PartnerService

    edit_partner(lap, PartnerService(lap).query()[0], city="مشهد مقدس")
    lap.close()
    synced = json.loads(run("--db", str(laptop), "sync", str(office), "--json", data_dir=tmp_path).stdout)
    assert synced["conflicts"] >= 1
    conflicts = json.loads(run("--db", str(laptop), "conflicts", "--json", data_dir=tmp_path).stdout)
    assert conflicts[0]["field"] == "city"
    resolved = run("--db", str(laptop), "conflicts", "resolve", str(conflicts[0]["id"]), "theirs",
                   data_dir=tmp_path)
    assert resolved.returncode == 0, resolved.stderr
    assert json.loads(run("--db", str(laptop), "conflicts", "--json", data_dir=tmp_path).stdout) == []

    # A package to a laptop that never synced: dry run, import, import again.
    package = tmp_path / "changes.peyvand"
    exported = run("--db", str(laptop), "sync", "export", "-o", str(package), "--json", data_dir=tmp_path)
    assert exported.returncode == 0 and package.exists()
    dry = json.loads(run("--db", str(other), "sync", "import", str(package), "--dry-run", "--json",
                         data_dir=tmp_path).stdout)
    assert dry["dry_run"] and dry["applied"] >= 1
    first = json.loads(run("--db", str(other), "sync", "import", str(package), "--json",
                           data_dir=tmp_path).stdout)
    assert first["applied"] == dry["applied"]
    again = json.loads(run("--db", str(other), "sync", "import", str(package), "--json",
                           data_dir=tmp_path).stdout)
    assert again["applied"] == 0

    # A damaged package: one line, exit 1, nothing applied.
    broken = tmp_path / "broken.peyvand"
    broken.write_bytes(package.read_bytes()[:-10])
    result = run("--db", str(other), "sync", "import", str(broken), data_dir=tmp_path)
    assert result.returncode == 1 and "not a complete Peyvand change package" in result.stderr
    assert "Traceback" not in result.stderr
    usage = run("--db", str(other), "sync", data_dir=tmp_path)
    assert usage.returncode == 2
