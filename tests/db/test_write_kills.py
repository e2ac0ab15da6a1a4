"""kill -9 at random moments during a batch of edits, an import and a migration: 12 kills
each in the suite (20 with PEYVAND_STRESS=1), every one followed by an integrity check and an all-or-nothing check, and then the
operation run again to its end on what the kill left.

Each trial is a real process (``python -c`` on this checkout) doing the operation over and
over until SIGKILL lands after a random delay; the parent then examines the file the way
Peyvand does before opening it. (Backups, restores and automatic backups: see
``test_storage_kills.py``; a direct sync and a change package: ``tests/sync/test_kill.py``.)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.database import Database, head_revision
from db.integrity import examine
from desktop_app.domain.partners import PartnerForm, PartnerService

ROOT = Path(__file__).resolve().parents[2]
# Kills per test: 12 in the suite (kept under 10 minutes), 20 in a stress run.
KILLS = 20 if os.environ.get("PEYVAND_STRESS") else 12
ROWS = 400  # partners per import round (the 100,000-row kills: tests/imports_db, bench/)

_CHILD = r"""
import sys
from pathlib import Path
from db.database import Database
from db.models import Partner
operation, register, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
if operation == "create":
    print("ready", flush=True)
db = Database.open(register, app_version="test")  # a migration, for operation "migrate"
print("ready", flush=True)
if operation in ("migrate", "create"):
    sys.exit(0)
if operation == "import":
    from desktop_app.domain.imports import ImportService
    imports = ImportService(db)
i = 0
while True:
    i += 1
    if operation == "edits":  # one unit of work edits every partner
        with db.unit_of_work() as s:
            for partner in s.query(Partner):
                partner.city = f"round {i}"
    else:
        imports.commit(imports.preview(extra, policy="create", near_matches=False))
"""


def _run_until_killed(operation: str, register: Path, extra: str, rng: random.Random,
                      wait_ready: bool = True) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", _CHILD, operation, str(register), extra],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        if wait_ready:  # let it open the register first, then kill it mid-work
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line.strip() == "ready", child.stderr.read() if child.stderr else line
        time.sleep(rng.uniform(0.0, 0.6))
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def _sound(register: Path) -> None:
    finding = examine(register)
    assert not finding.refused, finding.english


def _cities_and_count(register: Path) -> tuple[set[str], int]:
    conn = sqlite3.connect(register)
    try:
        cities = {c or "" for (c,) in conn.execute("SELECT city FROM partners")}
        count = conn.execute("SELECT count(*) FROM partners").fetchone()[0]
        return cities, int(count)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kills") / "register.sqlite3"
    db = Database.open(path, app_version="test")
    service = PartnerService(db)
    for n in range(30):
        service.save(PartnerForm(name=f"شرکت نمونه {n}", city="تهران"))
    db.close()
    return path


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    register = folder / "register.sqlite3"
    shutil.copy2(template, register)
    return register


@pytest.mark.slow
def test_kill_9_during_a_batch_of_edits(template: Path, tmp_path: Path) -> None:
    register = _copy(template, tmp_path)
    rng = random.Random("edits-kills")
    for _ in range(KILLS):
        _run_until_killed("edits", register, "", rng)
        _sound(register)
        cities, count = _cities_and_count(register)
        assert count == 30
        assert len(cities) == 1, cities  # one whole round or the one before, never a mix
    assert cities != {"تهران"}  # the kills did let whole rounds land


@pytest.mark.slow
def test_kill_9_during_an_import(template: Path, tmp_path: Path) -> None:
    register = _copy(template, tmp_path)
    source = tmp_path / "list.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write("Name,City\n")
        for n in range(ROWS):
            handle.write(f"شرکت وارداتی {n},Tabriz\n")
    rng = random.Random("import-kills")
    counts = []
    for _ in range(KILLS):
        _run_until_killed("import", register, str(source), rng)
        _sound(register)
        _cities, count = _cities_and_count(register)
        assert (count - 30) % ROWS == 0, count  # whole imports only
        counts.append(count)
    assert counts == sorted(counts)  # nothing committed was lost
    db = Database.open(register, app_version="test")  # and the register is usable after
    try:
        assert PartnerService(db).save(PartnerForm(name="پس از قطع")).value > 0
    finally:
        db.close()


@pytest.mark.slow
def test_kill_9_during_a_migration(template: Path, tmp_path: Path) -> None:
    from alembic import command

    from db.database import alembic_config, make_engine, to_url

    old = _copy(template, tmp_path / "old")
    engine = make_engine(to_url(old), foreign_keys=False, pooled=False)
    with engine.begin() as conn:  # the register as an older Peyvand left it
        command.downgrade(alembic_config(conn), "0003")
    engine.dispose()
    rng = random.Random("migration-kills")
    revisions = set()
    for n in range(KILLS):
        register = _copy(old, tmp_path / f"trial{n}")
        _run_until_killed("migrate", register, "", rng, wait_ready=False)
        _sound(register)
        conn = sqlite3.connect(register)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            count = conn.execute("SELECT count(*) FROM partners").fetchone()[0]
        finally:
            conn.close()
        assert revision in {"0003", head_revision()}  # before or after, never between
        assert count == 30
        revisions.add(revision)
        db = Database.open(register, app_version="test")  # the next start completes it
        try:
            assert db.schema_state().current == head_revision()
        finally:
            db.close()
    assert "0003" in revisions  # at least one kill landed before the migration committed


@pytest.mark.slow
def test_kill_9_while_a_new_register_is_created(tmp_path: Path) -> None:
    """The first start on a new register, killed at any moment: what is left is never
    refused (SQLite opens an empty file and discards its first journal), and the next
    start creates the register."""
    rng = random.Random("create-kills")
    kinds = set()
    for n in range(KILLS // 2):
        register = tmp_path / f"trial{n}" / "register.sqlite3"
        register.parent.mkdir()
        _run_until_killed("create", register, "", rng)
        finding = examine(register)
        assert not finding.refused, (finding.english, sorted(p.name for p in register.parent.iterdir()))
        kinds.add(finding.kind)
        db = Database.open(register, app_version="test")
        try:
            assert db.schema_state().current == head_revision()
        finally:
            db.close()
    assert kinds <= {"new", "unborn", "ok"}, kinds
