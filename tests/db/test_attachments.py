"""AttachmentService: content-addressed storage, shared files, removal, unreadable files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import Attachment
from desktop_app.domain import i18n
from desktop_app.domain.attachments import AttachmentService, human_size
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.mous import MoUForm, MoUService


@pytest.fixture
def service(any_db: Database, tmp_path: Path) -> AttachmentService:
    i18n.set_language("en")
    yield AttachmentService(any_db, tmp_path / "store")
    i18n.set_language("fa")


@pytest.fixture
def mou_id(any_db: Database) -> int:
    return MoUService(any_db).save(MoUForm(title="تفاهم‌نامه آزمایشی")).value


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def stored_files(folder: Path) -> list[Path]:
    """Files in the managed folder, not counting its trash (files no record uses)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".trash" not in p.parts)


def test_same_content_is_stored_once(service: AttachmentService, mou_id: int, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)  # more than one read chunk
    sha = hashlib.sha256(data).hexdigest()
    a = write(tmp_path / "تفاهم‌نامه امضاشده.pdf", data)
    b = write(tmp_path / "copy.PDF", data)
    first = service.add("mous", mou_id, a, "نسخه امضاشده")
    second = service.add("mous", mou_id, b)
    assert first.changes.created["attachments"] == {first.value}
    assert stored_files(service.folder) == [service.folder / sha[:2] / sha]
    rows = service.list_for("mous", mou_id)
    assert [r.filename for r in rows] == ["تفاهم‌نامه امضاشده.pdf", "copy.PDF"]
    assert rows[0].size == len(data) and rows[0].media_type == "application/pdf"
    assert rows[0].description == "نسخه امضاشده" and rows[0].sha256 == sha
    assert service.path_for(second.value).read_bytes() == data
    # the user's own file is not the storage
    a.unlink()
    assert service.path_for(first.value).exists()
    view = service.viewing_copy(first.value)
    assert view.name == "تفاهم‌نامه امضاشده.pdf" and view.read_bytes() == data


def test_removal_keeps_a_file_another_row_uses(service: AttachmentService, mou_id: int,
                                               tmp_path: Path) -> None:
    src = write(tmp_path / "scan.png", b"\x89PNG same bytes")
    one = service.add("mous", mou_id, src).value
    two = service.add("mous", mou_id, src).value
    stored = service.path_for(one)
    changes = service.remove(one)
    assert changes.deleted["attachments"] == {one}
    assert stored.exists()
    service.remove(two)
    assert not stored.exists()
    assert service.list_for("mous", mou_id) == []
    with pytest.raises(NotFoundError):
        service.path_for(two)
    assert service.remove(two) == type(changes)()


def test_unreadable_files_are_refused_plainly(service: AttachmentService, mou_id: int,
                                              tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="does not exist"):
        service.add("mous", mou_id, tmp_path / "missing.pdf")
    with pytest.raises(DomainError, match="is a folder"):
        service.add("mous", mou_id, tmp_path)
    locked = write(tmp_path / "locked.pdf", b"secret")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads everything
            pytest.skip("running as a user who can read any file")
        with pytest.raises(DomainError, match="cannot be read"):
            service.add("mous", mou_id, locked)
    finally:
        locked.chmod(0o600)
    assert service.list_for("mous", mou_id) == []
    assert stored_files(service.folder) == []


def test_nothing_half_written_when_reading_fails(service: AttachmentService, mou_id: int,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path / "big.bin", b"x" * (3 * 1024 * 1024))
    import desktop_app.domain.attachments as mod

    real_open = Path.open

    class Failing:
        def __init__(self, handle):
            self.handle, self.calls = handle, 0

        def read(self, n):
            self.calls += 1
            if self.calls == 2:
                raise OSError(5, "Input/output error")
            return self.handle.read(n)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def close(self):
            self.handle.close()

    def fake_open(self, mode="r", *a, **k):
        handle = real_open(self, mode, *a, **k)
        return Failing(handle) if self == src else handle

    monkeypatch.setattr(mod.Path, "open", fake_open)
    with pytest.raises(DomainError, match="cannot be read"):
        service.add("mous", mou_id, src)
    assert stored_files(service.folder) == []


def test_a_failed_row_write_removes_the_fresh_file(service: AttachmentService, tmp_path: Path,
                                                    any_db: Database) -> None:
    src = write(tmp_path / "a.txt", b"hello")
    with pytest.raises(NotFoundError):
        service.add("mous", 999_999, src)
    with pytest.raises(DomainError):
        service.add("nowhere", 1, src)
    assert stored_files(service.folder) == []


def test_prune_after_the_owner_was_deleted(service: AttachmentService, mou_id: int,
                                           tmp_path: Path, any_db: Database) -> None:
    att = service.add("mous", mou_id, write(tmp_path / "a.txt", b"hello")).value
    stored = service.path_for(att)
    MoUService(any_db).delete(mou_id)
    with any_db.reading() as s:
        assert s.scalars(select(Attachment)).all() == []
    assert service.prune(min_age_seconds=3600) == 0  # too young: maybe someone is adding it
    assert service.prune(min_age_seconds=0) == 1
    assert not stored.exists()


def test_human_size() -> None:
    assert human_size(512, "en") == "512 B"
    assert human_size(1536, "en") == "1.5 KB"
    assert human_size(3 * 1024 * 1024, "fa") == "۳٫۰ مگابایت"
