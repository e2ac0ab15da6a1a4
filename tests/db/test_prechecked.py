"""The integrity check started early (db.prechecked): ``Database.open`` takes its finding
instead of reading the file again, and still refuses a damaged register before anything
writes to it — also one damaged after the check began."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import db.integrity
from db import prechecked
from db.backup import BackupStore, backup_sqlite
from db.database import Database
from db.errors import RegisterRefusedError
from tests.db.storage_damage import DAMAGES, damage, make_register


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "register.sqlite3")


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Path:
    """A register that has held records: a backup of it lies beside it, as after any start
    (an empty file with nothing beside it is an unborn register, created anew)."""
    path = tmp_path / "register.sqlite3"
    backup_sqlite(template, path)
    BackupStore.for_register(path).back_up(path, "manual")
    return path


@pytest.fixture
def examinations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every call of db.integrity.examine (the real one runs)."""
    calls: list[Path] = []
    real = db.integrity.examine

    def counted(path: Path) -> db.integrity.Finding:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(db.integrity, "examine", counted)
    monkeypatch.setattr(prechecked, "examine", counted)
    return calls


def test_the_open_takes_the_early_finding(register: Path, examinations: list[Path]) -> None:
    prechecked.start(register)
    db = Database.open(register, app_version="test")
    try:
        assert examinations == [register.resolve()]  # on the thread, not again in the open
        assert db.schema_state().pending is False
    finally:
        db.close()
    assert prechecked.take(register) is None  # taken once


def test_without_an_early_start_the_open_examines(register: Path,
                                                  examinations: list[Path]) -> None:
    Database.open(register, app_version="test").close()
    assert examinations == [register]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_register_damaged_before_the_early_check_is_refused(register: Path, how: str) -> None:
    damage(register, how)
    prechecked.start(register)
    with pytest.raises(RegisterRefusedError):
        Database.open(register, app_version="test")


@pytest.mark.parametrize("how", DAMAGES)
def test_a_register_damaged_after_the_early_check_is_examined_again(
        register: Path, how: str, examinations: list[Path]) -> None:
    prechecked.start(register)
    job = prechecked._started[register.resolve()]
    job.join()
    assert job.finding is not None and job.finding.kind == "ok"
    time.sleep(0.01)  # a later modification time even on coarse clocks
    damage(register, how)
    with pytest.raises(RegisterRefusedError):
        Database.open(register, app_version="test")
    assert len(examinations) == 2  # the early one, then the open's own


def test_a_missing_file_starts_nothing(tmp_path: Path) -> None:
    prechecked.start(tmp_path / "none.sqlite3")
    assert prechecked.take(tmp_path / "none.sqlite3") is None
