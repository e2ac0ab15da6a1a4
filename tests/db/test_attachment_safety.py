"""Attachments: a stored name is only a label, content is checked against its hash, and on
PostgreSQL the files live in the register so another laptop can open them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from db.database import Database
from db.models import Attachment
from desktop_app.domain import i18n
from desktop_app.domain.attachments import AttachmentService, safe_filename
from desktop_app.domain.errors import DomainError
from desktop_app.domain.mous import MoUForm, MoUService

PLANTED = ["../../../escaped.txt", "..\\..\\escaped.txt",
           str(Path(tempfile.gettempdir()) / "escaped-absolute.txt"),
           "C:\\Windows\\escaped.txt", "CON", "NUL.pdf", "com1.txt", "..", ".", "",
           "a/../../b.txt", "\u202etxt.exe", "name\x00.pdf"]


@pytest.fixture
def service(any_db: Database, tmp_path: Path) -> AttachmentService:
    i18n.set_language("en")
    yield AttachmentService(any_db, tmp_path / "store")
    i18n.set_language("fa")


def _attach(service: AttachmentService, db: Database, tmp_path: Path, data: bytes) -> int:
    mou = MoUService(db).save(MoUForm(title="تفاهم‌نامه")).value
    src = tmp_path / "scan.pdf"
    src.write_bytes(data)
    return service.add("mous", mou, src).value


def _all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.mark.parametrize("planted", PLANTED)
def test_planted_names_write_nothing_outside(service: AttachmentService, any_db: Database,
                                             tmp_path: Path, planted: str) -> None:
    att = _attach(service, any_db, tmp_path, b"%PDF-1.4 " + planted.encode("utf-8", "replace"))
    with any_db.engine.begin() as conn:  # as if a bad import or another program had stored it
        conn.execute(update(Attachment).where(Attachment.id == att)
                     .values(filename=planted.replace("\x00", "")))
    view_root = Path(tempfile.gettempdir()) / "peyvand-view"
    outside_before = {p for p in Path(tempfile.gettempdir()).glob("escaped*")}
    home_before = _all_files(tmp_path)
    copy = service.viewing_copy(att)
    assert copy.resolve().is_relative_to(view_root.resolve())
    assert copy.parent.parent.resolve() == view_root.resolve()
    name = copy.name
    assert "/" not in name and "\\" not in name and name not in (".", "..")
    assert name.split(".")[0].upper() not in ("CON", "NUL", "COM1")
    assert {p for p in Path(tempfile.gettempdir()).glob("escaped*")} == outside_before
    # save as: only where the user chose
    chosen = tmp_path / "chosen" / "my copy.pdf"
    chosen.parent.mkdir()
    service.save_copy(att, chosen)
    assert _all_files(tmp_path) - home_before == {chosen}


@given(st.text(max_size=300))
def test_safe_filename_never_leaves_its_folder(label: str) -> None:
    name = safe_filename(label)
    assert name and len(name) <= 200
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and not name.endswith((" ", "."))
    assert name.split(".")[0].strip().upper() not in ("CON", "PRN", "AUX", "NUL", "COM1", "LPT1")
    assert (Path("folder") / name).parent == Path("folder")


def test_a_changed_stored_file_is_reported_not_served(service: AttachmentService, any_db: Database,
                                                      tmp_path: Path) -> None:
    att = _attach(service, any_db, tmp_path, b"the signed original")
    stored = service.path_for(att)
    os.chmod(stored, 0o644)
    stored.write_bytes(b"the signed original, altered")
    if not any_db.is_sqlite:  # the laptop's folder is a cache: the server's copy replaces it
        assert service.viewing_copy(att).read_bytes() == b"the signed original"
        return
    with pytest.raises(DomainError, match="no longer matches"):
        service.viewing_copy(att)
    target = tmp_path / "out.pdf"
    with pytest.raises(DomainError, match="no longer matches"):
        service.save_copy(att, target)
    assert not target.exists() and not list(tmp_path.glob(".incoming-*"))


@pytest.mark.postgres
def test_on_postgres_another_laptop_opens_the_file(pg_db: Database, tmp_path: Path) -> None:
    i18n.set_language("en")
    mine = AttachmentService(pg_db, tmp_path / "laptop-a")
    att = _attach(mine, pg_db, tmp_path, b"scan kept on the server")
    colleague = AttachmentService(pg_db, tmp_path / "laptop-b")  # nothing in its folder
    assert colleague.viewing_copy(att).read_bytes() == b"scan kept on the server"
    mine.remove(att)
    with pg_db.reading() as s:
        from sqlalchemy import func, select

        from db.models import AttachmentBlob

        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 0
