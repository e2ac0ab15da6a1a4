"""Kill -9 at random moments during a backup, a restore and an automatic backup.

Each trial starts a real process that repeats the operation in a loop on a small register,
kills it with SIGKILL after a random delay, and checks what it left: the register sound and
all-or-nothing (it holds one of the two states it was switched between), every backup file
that is visible a complete, verified backup. Used by ``tests/db/test_storage_kills.py``
(20 kills per operation) and ``tests/stress/`` (more).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

from db.backup import BACKUP_SUFFIX, BackupStore, backup_sqlite, verify_backup
from db.integrity import examine
from desktop_app.domain.register_check import check_sqlite_register

ROOT = Path(__file__).resolve().parents[2]
_verified: set[tuple[Path, int]] = set()

_CHILD = r"""
import shutil
import sys
import tempfile
import time
from pathlib import Path
from db.backup import BackupStore, restore_backup
from db.database import Database
from desktop_app.domain.partners import PartnerForm, PartnerService
operation, register, a, b = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
if len(sys.argv) > 5 and sys.argv[5] == "b":  # which backup the first restore puts back
    a, b = b, a
store = BackupStore.for_register(register)
if operation == "automatic":
    db = Database.open(register, app_version="test")
    service = PartnerService(db)
if operation == "restore":  # a first restore elsewhere loads what a restore uses
    scratch = Path(tempfile.mkdtemp())
    restore_backup(Path(a), scratch / "register.sqlite3",
                   store=BackupStore(scratch / "backups"))
    shutil.rmtree(scratch, ignore_errors=True)
print("ready", flush=True)
i = 0
while True:
    i += 1
    started = time.perf_counter()
    if operation == "backup":
        store.back_up(register, "manual")
    elif operation == "restore":
        restore_backup(Path(a if i % 2 else b), register, store=store)
    else:  # the window's automatic backup: a change, then the timer's backup
        service.save(PartnerForm(name=f"auto {i}"))
        db.back_up("automatic")
    print(f"done {i} {time.perf_counter() - started:.4f}", flush=True)
"""


def prepare(template: Path, folder: Path) -> tuple[Path, Path, Path]:
    """A register in *folder* and two backups of it: 26 partners (A) and 27 (B)."""
    from db.database import Database
    from desktop_app.domain.partners import PartnerForm, PartnerService

    folder.mkdir(parents=True, exist_ok=True)
    register = folder / "register.sqlite3"
    backup_sqlite(template, register)
    src_att = template.parent / "register.attachments"
    if src_att.exists():
        shutil.copytree(src_att, folder / "register.attachments")
    store = BackupStore.for_register(register)
    a = store.back_up(register, "manual").path
    db = Database.open(register, app_version="test")
    PartnerService(db).save(PartnerForm(name="the 27th partner"))
    db.close()
    b = store.back_up(register, "manual").path
    return register, a, b


def _start(arguments: tuple[str, ...]) -> subprocess.Popen[str]:
    """The operation's loop in a child process of its own (see ``_CHILD``)."""
    return subprocess.Popen([sys.executable, "-c", _CHILD, *arguments], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


class Outcome(NamedTuple):
    """What one kill left: the register's partner count and how many rounds the loop had
    finished (printed "done") before the kill."""

    state: str
    completed: int


def trial(operation: str, register: Path, a: Path, b: Path, rng: random.Random,
          max_delay: float = 0.4, first: str = "a") -> Outcome:
    """One kill: start, wait for "ready", sleep a random moment, SIGKILL, then check.

    A restore loop puts back backup *first* ("a" or "b") first, then the other, in turn."""
    process = _start((operation, str(register), str(a), str(b), first))
    completed = 0
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "ready", (line, process.stderr.read() if process.stderr else "")
        time.sleep(rng.uniform(0, max_delay))
        alive = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        completed = sum(1 for text in process.stdout if text.startswith("done"))
        if not alive:
            raise AssertionError(f"the {operation} loop ended by itself: "
                                 f"{process.stderr.read() if process.stderr else ''}")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return Outcome(check_after_kill(register, a, b), completed)


def restore_time(register: Path, a: Path, b: Path) -> tuple[float, str]:
    """How long one restore takes in the trials' child now (the median of three rounds), and
    the state the register is left in (the child is killed after them, mid-round)."""
    process = _start(("restore", str(register), str(a), str(b), "a"))
    rounds: list[float] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("done"):
                rounds.append(float(line.split()[2]))
                if len(rounds) == 3:
                    break
        assert len(rounds) == 3, process.stderr.read() if process.stderr else ""
    finally:
        process.kill()
        process.wait()
    return sorted(rounds)[1], check_after_kill(register, a, b)


def check_after_kill(register: Path, a: Path, b: Path) -> str:
    """The register sound and in one whole state; every visible backup complete."""
    finding = examine(register)
    assert finding.kind == "ok", finding
    health = check_sqlite_register(register)
    assert health.integrity == "ok" and health.foreign_keys == "ok", health
    assert health.attachments["missing"] == [], health.attachments
    partners = health.counts["partners"]
    for backup in register.parent.joinpath("register.backups").glob(f"*{BACKUP_SUFFIX}"):
        key = (backup, backup.stat().st_mtime_ns)
        if key not in _verified:
            verify_backup(backup)  # raises when a half-written backup became visible
            _verified.add(key)
    assert a.exists() and b.exists()
    return f"{partners}"
