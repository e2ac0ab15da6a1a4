"""``db.database`` by case: how a target becomes an address, how the migrations' head is
found, what a register's name shows (never a password), the pragmas of a register opened
without foreign keys, and that a failed unit of work leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from db.database import (
    SQLITE_BUSY_TIMEOUT_MS,
    Database,
    SchemaState,
    _scan_revisions,
    head_revision,
    known_revisions,
    make_engine,
    to_url,
)
from db.errors import StorageError
from db.models import Partner
from resources.translations.catalogue import set_language


def test_a_path_becomes_an_absolute_sqlite_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = to_url("office.sqlite3")
    assert url.get_backend_name() == "sqlite" and url.drivername == "sqlite+pysqlite"
    assert url.database == str(tmp_path.resolve() / "office.sqlite3")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert to_url("~/x.sqlite3").database == str(tmp_path.resolve() / "x.sqlite3")
    assert to_url(tmp_path / "y.sqlite3").database == str(tmp_path.resolve() / "y.sqlite3")


def test_an_address_stays_an_address() -> None:
    url = to_url("postgresql+psycopg://officer:secret@db.office:5433/peyvand")
    assert (url.get_backend_name(), url.host, url.port, url.database, url.username) == \
        ("postgresql", "db.office", 5433, "peyvand", "officer")
    said = {}
    try:
        for language in ("en", "fa"):  # a storage error is told in the program's language
            set_language(language)
            with pytest.raises(StorageError) as info:
                to_url("postgresql://officer@db:notaport/x")
            said[language] = str(info.value)
    finally:
        set_language("fa")
    assert said == {"en": "“postgresql://officer@db:notaport/x” is not a database address.",
                    "fa": "«\u2066postgresql://officer@db:notaport/x\u2069» نشانی یک پایگاه داده "
                          "نیست."}


def test_a_server_register_is_named_without_its_password() -> None:
    url = to_url("postgresql+psycopg://officer:secret@db.office/peyvand")
    db = Database(url, create_engine(url), "officer")  # no connection is made
    assert db.is_sqlite is False and db.path is None
    assert "secret" not in db.display_name() and "officer:***@db.office" in db.display_name()
    assert db.backups() is None and db.back_up() is None  # the server's own backups apply


def test_a_file_register_is_named_by_its_path(sqlite_db: Database) -> None:
    assert sqlite_db.is_sqlite is True
    assert sqlite_db.path is not None and sqlite_db.display_name() == str(sqlite_db.path)


def _script(folder: Path, name: str, revision: str, down: str) -> None:
    (folder / f"{name}.py").write_text(f'"""m"""\nrevision = "{revision}"\ndown_revision = {down}\n',
                                       encoding="utf-8")


def test_the_head_is_the_one_revision_no_other_follows(tmp_path: Path) -> None:
    _script(tmp_path, "a", "0001_base", "None")
    _script(tmp_path, "b", "0002_next", '"0001_base"')
    _script(tmp_path, "c", "0003_side", "'0001_base'")
    (tmp_path / "notes.py").write_text("x = 1\n", encoding="utf-8")  # not a migration
    with pytest.raises(RuntimeError, match="2 heads"):
        _scan_revisions(tmp_path)
    merged = tmp_path / "merged"
    merged.mkdir()
    for name, rev, down in (("a", "0001_base", "None"), ("b", "0002_next", '"0001_base"'),
                            ("c", "0003_side", '"0001_base"'),
                            ("d", "0004_merge", '("0002_next", "0003_side")')):
        _script(merged, name, rev, down)
    assert _scan_revisions(merged) == (
        frozenset({"0001_base", "0002_next", "0003_side", "0004_merge"}), "0004_merge")


def test_the_shipped_head() -> None:
    revisions, head = known_revisions()
    assert head == head_revision() and head in revisions and len(revisions) >= 6


def test_pending_means_not_at_the_head() -> None:
    assert SchemaState("0005", "0006", True, "").pending
    assert SchemaState(None, "0006", True, "").pending
    assert not SchemaState("0006", "0006", True, "").pending


def test_pragmas_of_a_register_opened_without_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(to_url(tmp_path / "raw.sqlite3"), foreign_keys=False, pooled=False)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == SQLITE_BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()
    engine = make_engine(to_url(tmp_path / "raw.sqlite3"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_failed_unit_of_work_leaves_nothing(any_db: Database) -> None:
    with pytest.raises(RuntimeError), any_db.unit_of_work() as s:
        s.add(Partner(name="نیمه‌کاره"))
        s.flush()
        raise RuntimeError("the user's save failed half-way")
    with any_db.reading() as s:
        assert s.scalar(select(Partner.id)) is None
    with any_db.unit_of_work(actor="someone", source="import") as s:
        assert (s.info["actor"], s.info["source"]) == ("someone", "import")
        s.add(Partner(name="کامل"))
    with any_db.reading() as s:
        assert s.scalars(select(Partner.name)).all() == ["کامل"]
        actor, source = s.execute(text("SELECT actor, source FROM audit_log")).one()
    assert source == "import"
    if any_db.is_sqlite:  # a server records its login as the actor
        assert actor == "someone"
