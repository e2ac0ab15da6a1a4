"""Concurrent writers on one SQLite file, with two real processes (issue 9).

A write takes the lock up front (``BEGIN IMMEDIATE``) and waits up to the busy timeout;
two saves of the same record end as one save and one conflict message; a save during an
import waits for it, or — past the timeout — says plainly that another window or an import
is writing. The processes are synchronised through pipes (and, for the import, through the
database's own lock), not by sleeping for them.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from select import select as wait_readable

import pytest
from sqlalchemy import event, select

from db.database import Database
from db.errors import locked_message
from desktop_app.domain import i18n
from desktop_app.domain.partners import PartnerForm, PartnerService

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer_process.py")


@pytest.fixture(autouse=True)
def _english() -> None:
    i18n.set_language("en")
    yield
    i18n.set_language("fa")


class Writer:
    """Another Peyvand process writing to the same register."""

    def __init__(self, db: Path, *args: str, env: dict[str, str] | None = None) -> None:
        environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(db), *args], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=environment)

    def line(self) -> str:
        out = self.proc.stdout.readline().strip()  # type: ignore[union-attr]
        if not out:
            self.proc.wait(timeout=30)
            raise AssertionError(f"writer ended: {self.proc.stderr.read()}")  # type: ignore[union-attr]
        return out

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]

    def finish(self) -> None:
        assert self.proc.wait(timeout=120) == 0, self.proc.stderr.read()  # type: ignore[union-attr]


@pytest.fixture
def register(sqlite_db: Database) -> tuple[Path, int]:
    pid = PartnerService(sqlite_db).save(PartnerForm(name="پارک فناوری پردیس")).value
    assert sqlite_db.path is not None
    return sqlite_db.path, pid


def _city(path: Path, pid: int) -> tuple[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT city, version FROM partners WHERE id = ?", (pid,)).fetchone()


def test_a_write_begins_immediate_and_a_read_deferred(sqlite_db: Database) -> None:
    seen: list[str] = []
    event.listen(sqlite_db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: seen.append(statement))
    with sqlite_db.unit_of_work():
        pass
    with sqlite_db.reading() as s:
        s.execute(select(1))
    assert seen[:2] == ["BEGIN IMMEDIATE", "BEGIN"]


def test_two_saves_of_one_record_are_one_save_and_one_conflict(register: tuple[Path, int]) -> None:
    path, pid = register
    first = Writer(path, "hold", str(pid), "Tabriz")
    assert first.line() == "holding"          # the first process holds the write lock
    second = Writer(path, "save", str(pid), "1", "Shiraz")
    assert second.line() == "saving"          # the second has loaded version 1 and saves
    time.sleep(0.3)  # let it reach the lock; the outcome is the same if it is not there yet
    first.send("go")
    assert first.line() == "committed"
    outcome = second.line()
    first.finish()
    second.finish()
    assert outcome.startswith("conflict "), outcome
    assert "close it there" not in outcome and "changed" in outcome
    assert _city(path, pid)[0] == "Tabriz"


def test_a_save_waits_for_the_other_window_instead_of_failing(register: tuple[Path, int],
                                                                sqlite_db: Database) -> None:
    path, pid = register
    other_id = PartnerService(sqlite_db).save(PartnerForm(name="دانشگاه تبریز")).value
    other = Writer(path, "hold", str(pid), "Tabriz")
    assert other.line() == "holding"
    with closing(sqlite3.connect(path)) as conn:  # no lock free for anybody now
        conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            conn.execute("BEGIN IMMEDIATE")
    saver = Writer(path, "save", str(other_id), "1", "Shiraz")  # another record
    assert saver.line() == "saving"
    ready, _, _ = wait_readable([saver.proc.stdout], [], [], 0.5)
    assert not ready  # still waiting for the lock (before the fix it failed at once)
    other.send("go")
    assert other.line() == "committed"
    assert saver.line() == "saved"
    other.finish()
    saver.finish()
    assert _city(path, pid)[0] == "Tabriz" and _city(path, other_id)[0] == "Shiraz"


@pytest.mark.xfail(reason="Database.open reads the file header with a Python file object; "
                          "closing it drops this process's POSIX locks on the register, so "
                          "another process may checkpoint and delete the WAL under open "
                          "connections (a commit is lost). Database.open is the storage "
                          "engineer's (issue 9); reported to the lead.", strict=False)
def test_opening_the_register_twice_in_one_process_loses_nothing(register: tuple[Path, int]) -> None:
    path, pid = register  # the fixture's Database stays open, as an old window's would
    other = Writer(path, "hold", str(pid), "Tabriz")
    assert other.line() == "holding"
    again = Database.open(path, app_version="test")  # e.g. the window reopening after a restore
    other.send("go")
    assert other.line() == "committed"
    other.finish()
    try:
        PartnerService(again).save(PartnerForm(name="دانشگاه تبریز"))
    finally:
        again.close()
    probe = subprocess.run([sys.executable, "-c", "import sqlite3, sys; print(sqlite3.connect("
                            "sys.argv[1]).execute('SELECT count(*) FROM partners').fetchone()[0])",
                            str(path)], capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "2"


def _partner_list(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Name,City\n")
        for n in range(rows):
            handle.write(f"شرکت نمونه {n},تهران\n")
    return path


def test_a_save_during_an_import_gets_the_plain_message_and_nothing_half_written(
        register: tuple[Path, int], tmp_path: Path) -> None:
    path, pid = register
    source = _partner_list(tmp_path / "list.csv", 3000)
    importer = Writer(path, "import", str(source),
                      env={"PEYVAND_TEST_IMPORT_PAUSE": "after_rows:1000"})
    try:
        assert "PAUSED" in importer.proc.stderr.readline()  # type: ignore[union-attr]
        saver = Writer(path, "save", str(pid), "1", "Shiraz", "300")  # a 0.3 s busy timeout
        assert saver.line() == "saving"
        outcome = saver.line()
        saver.finish()
    finally:
        importer.proc.kill()
        importer.proc.wait()
    assert outcome == f"locked {locked_message()}"
    assert "another peyvand window or an import" in outcome.lower()
    assert "close it there" not in outcome
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM partners").fetchone()[0] == 1
    assert _city(path, pid) == ("", 1)


def test_a_save_started_while_an_import_runs_waits_for_it(register: tuple[Path, int],
                                                          tmp_path: Path) -> None:
    path, pid = register
    source = _partner_list(tmp_path / "list.csv", 20_000)
    importer = Writer(path, "import", str(source))
    # Wait (on the database itself) until the import holds the write lock.
    deadline = time.monotonic() + 120
    probe = sqlite3.connect(path, isolation_level=None)
    probe.execute("PRAGMA busy_timeout = 0")
    while True:
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError:
            break
        assert importer.proc.poll() is None and time.monotonic() < deadline
    probe.close()
    saver = Writer(path, "save", str(pid), "1", "Shiraz")
    assert saver.line() == "saving"
    outcome = saver.line()
    imported = importer.line()
    saver.finish()
    importer.finish()
    # The ten-second busy timeout covers this import; a slower machine gets the message.
    print(f"save during a 20,000-row import: {outcome}")
    assert outcome == "saved" or outcome == f"locked {locked_message()}", outcome
    assert imported.startswith("imported ")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM partners").fetchone()[0] == 20_001
    if outcome == "saved":
        assert _city(path, pid)[0] == "Shiraz"
