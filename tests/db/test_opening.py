"""``Database.open`` and its units of work, case by case, on real register files.

What a person relies on when the program opens a register: a refusal that says why and
changes nothing (no folder, an upgrade not allowed, two schema revisions, an upgrade that
would break references), the countries put back when they are missing, the version that
last upgraded the file written down, and units of work that take the write lock at once
and sign every audit row with who wrote it and from where.
"""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import db.database as database_module
from db.database import Database
from db.errors import DatabaseDamagedError, StorageError
from db.models import AuditEntry, Country, Meta, Partner
from resources.translations.catalogue import set_language
from tests.db.storage_damage import without_rights
from tests.db.test_database import _scripts_with_extra_revision


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("fa")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _one_more_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Make this program ship one revision after the current head (its upgrade: *body*)."""
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", _scripts_with_extra_revision(tmp_path, body))


def test_a_register_in_a_missing_folder_is_refused_in_either_language(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder"
    said = {}
    try:
        for language in ("en", "fa"):
            set_language(language)
            with pytest.raises(StorageError) as info:
                Database.open(missing / "register.sqlite3")
            said[language] = str(info.value)
    finally:
        set_language("fa")
    assert said == {"en": f"The folder {missing} does not exist.",
                    "fa": f"پوشهٔ \u2066{missing}\u2069 وجود ندارد."}
    assert not missing.exists()


def test_an_upgrade_is_not_made_when_it_is_not_allowed(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    Database.open(db_path, app_version="0.1.0").close()
    before = _sha(db_path)
    _one_more_revision(tmp_path, monkeypatch, "    op.create_table('more', "
                                              "sa.Column('id', sa.Integer, primary_key=True))")
    with pytest.raises(StorageError) as info:
        Database.open(db_path, migrate=False, app_version="0.2.0")
    assert str(info.value) == "The database needs an upgrade; open it without --no-migrate."
    assert _sha(db_path) == before
    db = Database.open(db_path, backup_dir=tmp_path / "bk", app_version="0.2.0")
    try:
        assert db.schema_state().current == "9001" and not db.schema_state().pending
        with db.reading() as s:
            meta = dict(s.execute(select(Meta.key, Meta.value)).all())
    finally:
        db.close()
    assert meta["app_version"] == "0.2.0" and meta["migrated_at"].startswith("20")
    assert len(list((tmp_path / "bk").glob("*-before-migration.peyvand.zip"))) == 1


def test_an_upgrade_by_a_program_without_a_version_says_unknown(db_path: Path) -> None:
    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    meta = dict(conn.execute("SELECT key, value FROM peyvand_meta").fetchall())
    conn.close()
    assert meta["app_version"] == "unknown"


def test_an_upgrade_that_would_break_references_changes_nothing(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    Database.open(db_path, app_version="0.1.0").close()
    _one_more_revision(tmp_path, monkeypatch,
                       "    op.execute(\"INSERT INTO contacts (id, uuid, version, partner_id, name, "
                       "role, email, phone, notes, created_at, updated_at) VALUES (1, 'u1', 1, "
                       "777, 'x', '', '', '', '', '2025-01-01', '2025-01-01')\")")
    with pytest.raises(DatabaseDamagedError) as info:
        Database.open(db_path, backup_dir=tmp_path / "bk", app_version="0.2.0")
    assert str(info.value) == "The upgrade found 1 broken references; nothing was changed."
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() != [("9001",)]
    assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (0,)
    conn.close()


def test_a_register_with_two_schema_revisions_is_refused(db_path: Path, english: None) -> None:
    Database.open(db_path).close()
    _sql(db_path, "INSERT INTO alembic_version VALUES ('0001')")
    before = _sha(db_path)
    with pytest.raises(DatabaseDamagedError) as info:
        Database.open(db_path)
    assert str(info.value) == "The database records more than one schema revision."
    assert _sha(db_path) == before


def test_missing_countries_are_put_back_when_the_register_opens(db_path: Path) -> None:
    Database.open(db_path).close()
    _sql(db_path, "DELETE FROM countries WHERE code IN ('TR', 'DE')")
    db = Database.open(db_path)
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Country)) == 249
            assert s.get(Country, "TR") is not None and s.get(Country, "DE") is not None
    finally:
        db.close()


def test_a_unit_of_work_holds_the_write_lock_from_its_start(sqlite_db: Database) -> None:
    other = sqlite3.connect(sqlite_db.path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.reading():
            other.execute("BEGIN IMMEDIATE")  # reading takes no write lock
            other.execute("ROLLBACK")
        # Nothing written yet, and still the lock is held.
        with sqlite_db.unit_of_work(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at the end of the unit of work
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_each_audit_row_says_who_wrote_it_and_from_where(sqlite_db: Database) -> None:
    assert sqlite_db.actor == getpass.getuser()
    with sqlite_db.unit_of_work() as s:
        s.add(Partner(name="پارک علم و فناوری فارس"))
    with sqlite_db.unit_of_work(actor="reza", source="import") as s:
        s.add(Partner(name="شرکت دانش‌بنیان"))
    with sqlite_db.reading() as s:
        signed = [tuple(r) for r in s.execute(select(AuditEntry.actor, AuditEntry.source)
                                              .order_by(AuditEntry.id))]
    assert signed == [(getpass.getuser(), "app"), ("reza", "import")]


def test_a_backup_of_an_open_register_is_written_beside_it(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        s.add(Partner(name="پارک"))
    info = sqlite_db.back_up("manual")
    assert info is not None and info.kind == "manual" and info.verified
    assert info.path.parent == sqlite_db.path.parent / "register.backups"
    assert info.counts["partners"] == 1


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_register_opens_for_reading(folder_writable: bool) -> None:
    """A register the user may only read (on a read-only share, or in a folder they may
    not write to) is opened for reading: its records are shown, nothing is written."""

    def register_to_read(folder: Path) -> None:
        (folder / "shelf").mkdir()
        db = Database.open(folder / "shelf" / "register.sqlite3", app_version="test")
        with db.unit_of_work() as s:
            s.add(Partner(name="پارک علم و فناوری گیلان"))
        db.close()
        (folder / "shelf" / "register.sqlite3").chmod(0o444)
        (folder / "shelf").chmod(0o777 if folder_writable else 0o555)

    with without_rights(register_to_read) as folder:
        register = folder / "shelf" / "register.sqlite3"
        db = Database.open(register, app_version="test")
        try:
            assert db.read_only
            with db.reading() as s:
                assert list(s.scalars(select(Partner.name))) == ["پارک علم و فناوری گیلان"]
            assert db.back_up() is None  # nothing is written beside it either
            with pytest.raises(StorageError), db.unit_of_work() as s:
                s.add(Partner(name="نوشته نمی‌شود"))
        finally:
            db.close()
