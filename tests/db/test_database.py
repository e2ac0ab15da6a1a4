"""Storage: migrations, pragmas, the too-new refusal, audit trail, versions, cascades."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

import db.database as database_module
from db.backup import backup_sqlite, restore_sqlite
from db.database import Database, head_revision
from db.errors import (
    ConflictError,
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseTooNewError,
    StorageError,
    locked_message,
    translate_dbapi_error,
)
from db.models import (
    AuditEntry,
    Body,
    BodyKind,
    Contact,
    CooperationAxis,
    Country,
    MoU,
    MoUParty,
    Partner,
)
from desktop_app.domain.demo import build_demo
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerQuery, PartnerService


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_to_head_creates_every_table_and_countries(any_db: Database) -> None:
    state = any_db.schema_state()
    assert state.current == head_revision() and not state.pending
    with any_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Country)) == 249
        assert s.get(Country, "TR").name_fa == "ترکیه"


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_too_new_database_is_refused_untouched(db_path: Path) -> None:
    Database.open(db_path, app_version="0.1.0").close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("UPDATE peyvand_meta SET value = '7.3.0' WHERE key = 'app_version'")
    conn.commit()
    conn.close()
    before = _sha(db_path)
    with pytest.raises(DatabaseTooNewError) as info:
        Database.open(db_path, app_version="0.1.0")
    assert "7.3.0" in str(info.value) and "9999" in str(info.value)
    assert _sha(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    with pytest.raises(DatabaseDamagedError):
        Database.open(junk)
    assert junk.read_bytes().startswith(b"PK")


def _scripts_with_extra_revision(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(database_module.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_extra.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9001'\ndown_revision = '{head_revision()}'\n"
        "branch_labels = None\ndepends_on = None\n\n"
        f"def upgrade():\n{body}\n\ndef downgrade():\n    pass\n", encoding="utf-8")
    return scripts


def test_pending_migration_backs_up_first_then_migrates(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.open(db_path, app_version="0.1.0")
    PartnerService(db).save(PartnerForm(name="پارک علم و فناوری خراسان"))
    db.close()
    shipped_head = head_revision()
    scripts = _scripts_with_extra_revision(
        tmp_path, "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))")
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", scripts)
    backups = tmp_path / "bk"
    db = Database.open(db_path, backup_dir=backups, app_version="0.2.0")
    assert db.schema_state().current == "9001"
    db.close()
    (copy,) = backups.glob("*.sqlite3")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head
    assert conn.execute("SELECT name FROM partners").fetchone()[0] == "پارک علم و فناوری خراسان"
    conn.close()


def test_failed_migration_leaves_the_file_as_it_was(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.open(db_path, app_version="0.1.0")
    PartnerService(db).save(PartnerForm(name="پارک"))
    db.close()
    shipped_head = head_revision()
    scripts = _scripts_with_extra_revision(
        tmp_path,
        "    op.create_table('half', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.execute('DELETE FROM partners')\n"
        "    raise RuntimeError('migration step failed')")
    monkeypatch.setattr(database_module, "MIGRATIONS_DIR", scripts)
    with pytest.raises(RuntimeError):
        Database.open(db_path, backup_dir=tmp_path / "bk", app_version="0.2.0")
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == shipped_head
    assert conn.execute("SELECT count(*) FROM partners").fetchone()[0] == 1
    conn.close()


def test_audit_trail_records_insert_update_delete(any_db: Database) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="پارک علم و فناوری مازندران", country_code="IR")).value
    form = service.get(pid)
    form.city = "ساری"
    service.save(form)
    service.delete(pid)
    with any_db.reading() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == "partners")
                         .order_by(AuditEntry.id)).all()
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert rows[1].changes == {"city": ["", "ساری"]}
    assert all(r.actor and r.entity_id == pid for r in rows)
    if not any_db.is_sqlite:
        with any_db.engine.connect() as conn:  # the database login on PostgreSQL
            assert rows[0].actor == conn.execute(text("SELECT session_user")).scalar_one()


def test_concurrent_edit_is_detected(any_db: Database) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="پارک فناوری و نوآوری صنعت نفت")).value
    mine, theirs = service.get(pid), service.get(pid)
    theirs.city = "تهران"
    service.save(theirs)
    mine.city = "اهواز"
    with pytest.raises(ConflictError):
        service.save(mine)
    assert service.get(pid).city == "تهران"


def test_version_counter_catches_a_race_inside_transactions(any_db: Database) -> None:
    """Two writers of one record inside their transactions, on both databases: on SQLite
    the second waits for the first's lock (and, past the timeout, is told so plainly); on
    PostgreSQL its UPDATE of the old version finds nothing and is a conflict."""
    pid = PartnerService(any_db).save(PartnerForm(name="هلدینگ")).value
    if any_db.is_sqlite:
        with any_db.unit_of_work() as s:
            s.get(Partner, pid).city = "mine"  # type: ignore[union-attr]
            s.flush()
            with any_db.engine.connect() as other:  # another window's write lands now?
                other.exec_driver_sql("PRAGMA busy_timeout = 100")
                other.commit()
                with pytest.raises(DatabaseLockedError, match=re.escape(locked_message())):
                    try:
                        with other.execution_options(write=True).begin():
                            other.execute(text("UPDATE partners SET city = 'theirs' WHERE id = :i"),
                                          {"i": pid})
                    except DBAPIError as exc:
                        raise (translate_dbapi_error(exc) or exc) from exc
                other.exec_driver_sql("PRAGMA busy_timeout = 10000")
                other.commit()
        assert PartnerService(any_db).get(pid).city == "mine"
        return
    with pytest.raises(ConflictError), any_db.unit_of_work() as s:
        p = s.get(Partner, pid)
        with any_db.engine.begin() as other:  # another laptop's write lands in between
            other.execute(text("UPDATE partners SET version = version + 1 WHERE id = :i"),
                          {"i": pid})
        p.city = "x"  # type: ignore[union-attr]
    assert PartnerService(any_db).get(pid).city == ""


def test_sqlite_writer_waits_for_the_lock_instead_of_racing(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_deleting_an_mou_leaves_no_orphans(any_db: Database) -> None:
    build_demo(any_db)
    with any_db.unit_of_work() as s:
        mou = s.scalars(select(MoU).where(MoU.number == "1401-NPC-ISIPO")).one()
        mou_id = mou.id
        s.delete(mou)
    with any_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(MoUParty).where(MoUParty.mou_id == mou_id)) == 0
        assert s.scalar(select(func.count()).select_from(CooperationAxis)
                        .where(CooperationAxis.mou_id == mou_id)) == 0
        assert s.scalar(select(func.count()).select_from(Body).where(Body.mou_id == mou_id)) == 0
        assert s.scalar(select(func.count()).select_from(Body).where(
            Body.kind == BodyKind.COMMITTEE, Body.parent_id.is_not(None))) == 0


def test_partner_in_an_mou_cannot_be_deleted(any_db: Database) -> None:
    build_demo(any_db)
    service = PartnerService(any_db)
    (pid,) = service.query(PartnerQuery(text="پارک علم و فناوری مازندران"))
    from desktop_app.domain.errors import DomainError
    with pytest.raises(DomainError):
        service.delete(pid)
    assert service.get(pid).name == "پارک علم و فناوری مازندران"


def test_contacts_go_with_their_partner(any_db: Database) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="مرکز رشد انرژی",
                                   contacts=[ContactForm(name="رابط", email="a@b.ir")])).value
    service.delete(pid)
    with any_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_search_matches_across_letter_forms_zwnj_and_digits(any_db: Database) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="شرکت دانش‌بنیان فن‌آوران ۲۰۲۴",
                                   name_en="Fanavaran Co.")).value
    for typed in ("دانش بنیان", "دانشبنیان", "شركت", "فن‌آوران 2024", "fanav", "FANAVARAN"):
        assert service.query(PartnerQuery(text=typed)) == [pid], typed
    assert service.query(PartnerQuery(text="ترکیه")) == []


def test_demo_refresh_keeps_the_office_records(any_db: Database) -> None:
    own = PartnerService(any_db).save(PartnerForm(name="شریک خود دفتر")).value
    build_demo(any_db)
    build_demo(any_db)
    with any_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(MoU)) == 5
        assert s.get(Partner, own) is not None
        mou = s.scalars(select(MoU).where(MoU.number == "54")).one()
        assert [a.position for a in mou.axes] == [0, 1, 2, 3, 4]
        assert mou.signed_on.isoformat() == "2025-12-16"


def test_backup_and_restore_round_trip(sqlite_db: Database, tmp_path: Path) -> None:
    service = PartnerService(sqlite_db)
    service.save(PartnerForm(name="پیش از پشتیبان"))
    backup = backup_sqlite(sqlite_db.path, tmp_path / "copy.sqlite3")
    service.save(PartnerForm(name="پس از پشتیبان"))
    sqlite_db.close()
    safety = restore_sqlite(sqlite_db.path, backup)
    assert safety is not None and safety.exists()
    db = Database.open(sqlite_db.path)
    assert [service_row.name for service_row in PartnerService(db).rows(
        PartnerService(db).query()).values()] == ["پیش از پشتیبان"]
    db.close()


def test_restore_refuses_a_file_that_is_not_a_backup(sqlite_db: Database, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00" * 4096)
    before = _sha(sqlite_db.path)
    with pytest.raises(StorageError):
        restore_sqlite(sqlite_db.path, junk)
    assert _sha(sqlite_db.path) == before


def test_migrations_match_the_models(any_db: Database) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.migrations_support import include_name
    from db.models import Base

    with any_db.engine.connect() as conn:
        opts = {"compare_type": False, "include_name": include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_partner_list_sorts_the_persian_way(any_db: Database) -> None:
    service = PartnerService(any_db)
    for name in ("گروه صنعتی", "کارگاه", "پارک علم", "بانک", "ولایت", "هلدینگ", "چین", "Alpha"):
        service.save(PartnerForm(name=name))
    names = [service.rows([i])[i].name for i in service.query(PartnerQuery(sort="name"))]
    assert names == ["بانک", "پارک علم", "چین", "کارگاه", "گروه صنعتی", "ولایت", "هلدینگ", "Alpha"]


@pytest.mark.parametrize("typed", ["پارک", "پارك علم", "دانش بنیان", "دانشبنیان", "Park", "teknopark",
                                   "ترکیه", "turk", "kstp", "۲۰۲۴", "پ", "ز", "هلدینگ خلیج"])
def test_fulltext_index_finds_what_the_like_scan_finds(sqlite_db: Database, typed: str) -> None:
    from desktop_app.domain.partners import text_filter

    build_demo(sqlite_db)
    service = PartnerService(sqlite_db)
    service.save(PartnerForm(name="شرکت دانش‌بنیان فن‌آوران ۲۰۲۴", country_code="TR"))
    with sqlite_db.reading() as s:
        scanned = set(s.scalars(select(Partner.id).where(*text_filter(Partner.search_text, typed))))
    assert set(service.query(PartnerQuery(text=typed))) == scanned
    if typed in ("پارک", "Park", "ترکیه", "۲۰۲۴"):
        assert scanned  # the comparison is not between two empty sets


def test_fulltext_index_follows_raw_inserts_updates_and_deletes(sqlite_db: Database) -> None:
    service = PartnerService(sqlite_db)
    pid = service.save(PartnerForm(name="پارک فناوری پردیس")).value
    with sqlite_db.engine.begin() as conn:  # a bulk writer that bypasses the ORM
        conn.execute(text("UPDATE partners SET search_text = ' زاگرس ' WHERE id = :i"), {"i": pid})
    assert service.query(PartnerQuery(text="زاگرس")) == [pid]
    assert service.query(PartnerQuery(text="پردیس")) == []
    service.delete(pid)
    assert service.query(PartnerQuery(text="زاگرس")) == []
