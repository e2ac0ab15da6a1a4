"""The shared office server (issue 9): ``init`` and its roles, an officer's login that
opens, edits, imports, undoes and prints without owning anything, an audit trail an officer
cannot rewrite, a manager who can only read, and ``copy-to`` — all on the real PostgreSQL
server of the test session."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from db.database import Database
from db.errors import PermissionDeniedError, StorageError, translate_dbapi_error
from db.models import AuditEntry, Partner
from db.roles import MANAGER, OFFICER, login_sql, role_sql, script
from db.server import copy_register, register_rows
from desktop_app.domain import i18n
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerService

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _english() -> None:
    i18n.set_language("en")
    yield
    i18n.set_language("fa")


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PEYVAND_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180)


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


# ----------------------------------------------------------------------------- init


def test_role_sql_keeps_the_audit_trail_append_only() -> None:
    sql = role_sql("register")
    audit = [s for s in sql if '"audit_log"' in s and s.startswith("GRANT")]
    # INSERT, and UPDATE of the seven sync columns only (a trigger allows that once).
    assert audit == ['GRANT INSERT ON "public"."audit_log" TO "peyvand_officer"',
                     'GRANT UPDATE ("change_uuid", "site", "seq", "hlc", "parents", "refs", '
                     '"schema_rev") ON "public"."audit_log" TO "peyvand_officer"']
    assert any("peyvand_audit_stamp_once" in s and s.startswith("CREATE TRIGGER") for s in sql)
    assert any(s.startswith("GRANT USAGE, SELECT ON ALL SEQUENCES") for s in sql)
    assert not any(MANAGER in s for s in sql if s.startswith("GRANT INSERT"))
    text_script = script("register")
    assert "BEGIN;" in text_script and "CREATE ROLE \"maryam\" LOGIN IN ROLE" in text_script
    with pytest.raises(ValueError):
        login_sql("robert'); DROP TABLE partners;--")


def test_init_prints_then_applies_and_can_run_again(pg_database_url: str, tmp_path: Path) -> None:
    printed = run("--db", pg_database_url, "init", tmp_path=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert "GRANT INSERT ON \"public\".\"audit_log\" TO \"peyvand_officer\";" in printed.stdout
    with psycopg.connect(_plain(pg_database_url)) as conn:  # the schema is there, at head
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    for _ in range(2):  # idempotent: run again after every upgrade
        applied = run("--db", pg_database_url, "init", "--apply", tmp_path=tmp_path)
        assert applied.returncode == 0, applied.stderr
        assert OFFICER in applied.stdout and MANAGER in applied.stdout
    with psycopg.connect(_plain(pg_database_url)) as conn:
        grants = {r[0] for r in conn.execute(
            "SELECT privilege_type FROM information_schema.role_table_grants "
            "WHERE grantee = %s AND table_name = 'audit_log'", (OFFICER,))}
    assert grants == {"SELECT", "INSERT"}


def test_init_refuses_a_sqlite_file(tmp_path: Path) -> None:
    done = run("--db", str(tmp_path / "r.sqlite3"), "init", tmp_path=tmp_path)
    assert done.returncode == 1 and "PostgreSQL" in done.stderr and "Traceback" not in done.stderr


# ----------------------------------------------------------------------------- the officer


def test_officer_opens_without_ddl_edits_imports_undoes_and_prints(
        pg_officer_url: str, tmp_path: Path) -> None:
    statements: list[str] = []

    def seen(conn, cursor, statement, *rest) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        db = Database.open(pg_officer_url, app_version="test")
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    ddl = [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP"))]
    assert ddl == [] and statements
    try:
        assert db.actor == make_url(pg_officer_url).username
        with db.engine.connect() as conn:
            assert not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
        service = PartnerService(db)
        pid = service.save(PartnerForm(name="پارک فناوری پردیس", city="تهران")).value
        form = service.get(pid)
        form.city = "پردیس"
        service.save(form)
        source = tmp_path / "list.csv"
        source.write_text("Name,City\nشرکت نمونه یک,تبریز\nشرکت نمونه دو,شیراز\n", encoding="utf-8")
        imports = ImportService(db)
        batch = imports.commit(imports.preview(source)).value
        with db.reading() as s:
            assert s.scalar(select(func.count(Partner.id))) == 3
        imports.undo(batch)
        with db.reading() as s:
            assert s.scalar(select(func.count(Partner.id))) == 1
            actors = set(s.scalars(select(AuditEntry.actor)))
        assert actors == {make_url(pg_officer_url).username}  # the database login
    finally:
        db.close()
    pdf = tmp_path / "partners.pdf"
    printed = run("--db", pg_officer_url, "report", "partners", "-o", str(pdf), tmp_path=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET actor = 'someone else'",
    "UPDATE audit_log SET site = 'another'",  # the sync columns: filled once, never again
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
])
def test_officer_cannot_rewrite_the_audit_trail(pg_db: Database, statement: str) -> None:
    PartnerService(pg_db).save(PartnerForm(name="هلدینگ"))
    with pytest.raises(DBAPIError) as caught, pg_db.engine.begin() as conn:
        conn.execute(text(statement))
    translated = translate_dbapi_error(caught.value)
    assert isinstance(translated, PermissionDeniedError)
    assert "not allowed" in str(translated) and "peyvand_officer" in str(translated)
    with pg_db.reading() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == 1
        assert s.scalar(select(AuditEntry.actor)) == pg_db.actor


def test_an_audit_entry_cannot_claim_another_login(pg_db: Database) -> None:
    with pg_db.unit_of_work(actor="the director") as s:  # a forged name
        s.add(Partner(name="x"))
    with pg_db.reading() as s:
        assert set(s.scalars(select(AuditEntry.actor))) == {pg_db.actor}


def test_officer_cannot_change_the_schema_or_the_country_list(pg_db: Database) -> None:
    for statement in ("CREATE TABLE sneaky (id int)", "DROP TABLE partners",
                      "UPDATE countries SET name_en = 'x'", "DELETE FROM alembic_version"):
        with pytest.raises(DBAPIError) as caught, pg_db.engine.begin() as conn:
            conn.execute(text(statement))
        assert isinstance(translate_dbapi_error(caught.value), PermissionDeniedError), statement


# ----------------------------------------------------------------------------- the manager


@pytest.fixture
def manager_url(pg_url: str, pg_officer_url: str) -> str:
    with psycopg.connect(_plain(pg_url), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'peyvand_test_manager'").fetchone():
            conn.execute(login_sql("peyvand_test_manager", MANAGER))
        conn.execute("ALTER ROLE peyvand_test_manager PASSWORD 'peyvand-test'")
    url = make_url(pg_officer_url).set(username="peyvand_test_manager", password="peyvand-test")
    return url.render_as_string(hide_password=False)


def test_manager_reads_and_a_refused_save_is_a_plain_message(pg_db: Database, manager_url: str) -> None:
    PartnerService(pg_db).save(PartnerForm(name="دانشگاه تبریز"))
    manager = Database.open(manager_url, app_version="test")
    try:
        service = PartnerService(manager)
        assert service.count() == 1
        for language, words in (("en", "not allowed"), ("fa", "اجازه")):
            i18n.set_language(language)
            with pytest.raises(PermissionDeniedError) as caught:
                service.save(PartnerForm(name="x"))
            assert words in str(caught.value) and "Traceback" not in str(caught.value)
        assert service.count() == 1
    finally:
        manager.close()


# ----------------------------------------------------------------------------- copy-to


def test_copy_to_carries_a_laptops_register_once(tmp_path: Path, pg_database_url: str) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    db = Database.open(laptop, app_version="test")
    build_demo(db)
    before = register_rows(db)
    db.close()
    done = run("--db", str(laptop), "copy-to", pg_database_url, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    server = Database.open(pg_database_url, app_version="test")
    try:
        assert register_rows(server) == before
        # the sequences moved past the copied ids: a new record saves
        PartnerService(server).save(PartnerForm(name="پارک تازه"))
    finally:
        server.close()
    again = run("--db", str(laptop), "copy-to", pg_database_url, tmp_path=tmp_path)
    assert again.returncode == 1 and "already holds a register" in again.stderr


def test_copy_to_is_all_or_nothing(tmp_path: Path, pg_database_url: str) -> None:
    laptop = Database.open(tmp_path / "laptop.sqlite3", app_version="test")
    server = Database.open(pg_database_url, app_version="test")
    try:
        build_demo(laptop)
        with laptop.engine.begin() as conn:  # SQLite kept what the server's column cannot hold
            conn.execute(text("UPDATE partners SET city = :c WHERE id = (SELECT max(id) FROM partners)"),
                         {"c": "c" * 500})
        with pytest.raises(StorageError) as caught:
            copy_register(laptop, server)
        assert "partners.city" in str(caught.value) and "Nothing was copied" in str(caught.value)
        assert register_rows(server) == {}
        with closing(sqlite3.connect(tmp_path / "laptop.sqlite3")) as conn:
            # now a failure half-way through the copy: a party whose partner is gone
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("UPDATE partners SET city = '' WHERE length(city) > 120")
            conn.execute("UPDATE mou_parties SET partner_id = 999999 "
                         "WHERE id = (SELECT max(id) FROM mou_parties)")
            conn.commit()
        with pytest.raises(StorageError) as caught:
            copy_register(laptop, server)
        assert "undone" in str(caught.value)
        assert register_rows(server) == {}
    finally:
        laptop.close()
        server.close()


def test_copy_to_refuses_a_target_that_is_not_a_server(tmp_path: Path) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    Database.open(laptop, app_version="test").close()
    done = run("--db", str(laptop), "copy-to", str(tmp_path / "other.sqlite3"), tmp_path=tmp_path)
    assert done.returncode == 1 and "PostgreSQL" in done.stderr


def test_validation_error_is_unchanged_for_officers(pg_db: Database) -> None:
    with pytest.raises(ValidationError):
        PartnerService(pg_db).save(PartnerForm(name="a" * 400))


def test_officer_meeting_a_register_that_needs_an_upgrade_is_told_plainly(
        pg_owner_db: Database, pg_officer_url: str) -> None:
    with pg_owner_db.engine.begin() as conn:  # the register as an older Peyvand left it
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    with pytest.raises(PermissionDeniedError) as caught:
        Database.open(pg_officer_url, app_version="test")
    assert "upgrade that only its owner can make" in str(caught.value)
    assert "init --apply" in str(caught.value)


def test_copy_to_carries_the_attachment_files(tmp_path: Path, pg_database_url: str) -> None:
    """A scan attached on the laptop opens on a colleague's laptop after copy-to."""
    from desktop_app.domain.attachments import AttachmentService

    laptop = Database.open(tmp_path / "laptop.sqlite3", app_version="test")
    scan = tmp_path / "signed-mou-54.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed MoU 54\n" * 50)
    try:
        pid = PartnerService(laptop).save(PartnerForm(name="پارک علم و فناوری خراسان")).value
        AttachmentService(laptop, tmp_path / "laptop.attachments").add("partners", pid, scan)
    finally:
        laptop.close()
    done = run("--db", str(tmp_path / "laptop.sqlite3"), "copy-to", pg_database_url,
               tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "attachment files: 1" in done.stdout
    server = Database.open(pg_database_url, app_version="test")
    try:
        colleague = AttachmentService(server, tmp_path / "colleague-cache")
        (row,) = colleague.list_for("partners", pid)
        path, *_ = colleague.verified_path(row.id)
        assert Path(path).read_bytes() == scan.read_bytes()
    finally:
        server.close()
