"""Automatic, rotated, verified backups that carry the attachment files; restore; full disk."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.backup import (
    BackupFailedError,
    BackupStore,
    RetentionPolicy,
    backup_name,
    backup_sqlite,
    register_backups_dir,
    restore_backup,
    select_kept,
    verify_backup,
    write_backup,
)
from db.database import Database, head_revision
from db.errors import DatabaseDamagedError, DatabaseTooNewError, DiskFullError, StorageError
from db.models import Attachment, Partner
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.domain.services import Services
from resources.translations.catalogue import set_language
from tests.db.storage_damage import (
    damage,
    fill_disk,
    fingerprint,
    make_register,
    mount_tmpfs,
    remount_read_only,
    unmount,
)
from tests.db.test_backup_messages import assert_wholly

SCAN = b"signed scan %PDF-1.4"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "register.sqlite3", attachment=SCAN)


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "register.sqlite3"
    backup_sqlite(template, path)
    shutil.copytree(template.parent / "register.attachments", folder / "register.attachments")
    return path


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Path:
    return _copy(template, tmp_path / "office")


def _partners(path: Path) -> int:
    db = Database.open(path, app_version="test")
    try:
        with db.reading() as s:
            return s.scalar(select(func.count()).select_from(Partner)) or 0
    finally:
        db.close()


def test_a_backup_is_one_verified_file_with_the_attachments(register: Path) -> None:
    info = BackupStore.for_register(register).back_up(register, "manual")
    assert info.verified and info.path.parent == register_backups_dir(register)
    with zipfile.ZipFile(info.path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        sha = hashlib.sha256(SCAN).hexdigest()
        assert f"attachments/{sha[:2]}/{sha}" in names and "register.sqlite3" in names
        assert zf.read(f"attachments/{sha[:2]}/{sha}") == SCAN
    assert manifest["kind"] == "manual" and manifest["schema"] == head_revision()
    assert manifest["counts"]["partners"] == 26 and manifest["counts"]["mous"] == 5
    assert verify_backup(info.path).counts["attachments"] == 1


def test_an_unchanged_register_is_not_backed_up_twice_automatically(register: Path) -> None:
    store = BackupStore.for_register(register)
    first = store.back_up(register)
    second = store.back_up(register)
    assert second.unchanged and second.path == first.path and len(store.list()) == 1
    db = Database.open(register, app_version="test")
    PartnerService(db).save(PartnerForm(name="طرف تازه"))
    db.close()
    third = store.back_up(register)
    assert not third.unchanged and len(store.list()) == 2


def test_backup_refuses_a_damaged_register(register: Path, tmp_path: Path) -> None:
    damage(register, "flipped")
    with pytest.raises(DatabaseDamagedError):
        write_backup(register, tmp_path / "x.peyvand.zip")
    assert not (tmp_path / "x.peyvand.zip").exists()


def test_restore_of_an_older_backup_keeps_newer_attachment_files(register: Path, tmp_path: Path) -> None:
    store = BackupStore.for_register(register)
    old = store.back_up(register, "manual")
    db = Database.open(register, app_version="test")
    services = Services(db)
    newer = tmp_path / "letter.pdf"
    newer.write_bytes(b"a letter attached after the backup")
    pid = services.partners.save(PartnerForm(name="پس از پشتیبان")).value
    services.attachments.add("partners", pid, newer)
    db.close()
    result = restore_backup(old.path, register, store=store)
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert _partners(register) == 26
    sha = hashlib.sha256(newer.read_bytes()).hexdigest()
    stored = register.parent / "register.attachments" / sha[:2] / sha
    assert stored.exists()  # not deleted by the restore
    db = Database.open(register, app_version="test")
    services = Services(db)
    assert services.attachments.prune(min_age_seconds=0) == 1  # unreferenced now: to the trash
    assert not stored.exists() and services.attachments.trash_path(sha) is not None
    import time

    assert services.attachments.empty_trash(now=time.time() + 29 * 86400) == 0
    assert services.attachments.empty_trash(now=time.time() + 31 * 86400) == 1
    db.close()
    # and the backup taken before the restore brings the newer state back, with its file
    shutil.rmtree(register.parent / "register.attachments" / ".trash", ignore_errors=True)
    restore_backup(result.safety_backup, register, store=store)
    assert _partners(register) == 27 and stored.exists()


def test_restore_reads_the_backup_without_writing_it(register: Path) -> None:
    info = BackupStore.for_register(register).back_up(register, "manual")
    before = fingerprint(info.path)
    restore_backup(info.path, register)
    assert fingerprint(info.path) == before


def test_restore_refuses_damaged_and_newer_backups(register: Path, tmp_path: Path) -> None:
    info = BackupStore.for_register(register).back_up(register, "manual")
    data = bytearray(info.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "bad.peyvand.zip"
    bad.write_bytes(bytes(data))
    before = fingerprint(register)
    with pytest.raises(DatabaseDamagedError):
        restore_backup(bad, register)
    assert fingerprint(register) == before
    # a backup of a register from a newer Peyvand
    newer = _copy(register, tmp_path / "newer")
    import sqlite3

    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    from db.integrity import examine

    assert examine(newer).sound
    out = tmp_path / "newer.peyvand.zip"
    write_backup(newer, out)
    with pytest.raises(DatabaseTooNewError):
        restore_backup(out, register)
    assert fingerprint(register) == before


def test_restore_over_every_kind_of_damage(template: Path, tmp_path: Path) -> None:
    for how in ("flipped", "truncated", "zero_bytes", "not_a_database", "hot_journal"):
        register = _copy(template, tmp_path / how)
        info = BackupStore.for_register(register).back_up(register, "manual")
        damage(register, how)
        result = restore_backup(info.path, register)
        assert result.set_aside is not None and "damaged" in result.set_aside.name, how
        assert _partners(register) == 26, how


# ---------------------------------------------------------------------- rotation


def test_rotation_over_a_simulated_year(register: Path) -> None:
    """Every hour for a year (the pure rule), then real files with an injected clock."""
    policy = RetentionPolicy()
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    kept: list[dt.datetime] = []
    now = start
    most = 0
    while now < start + dt.timedelta(days=365):
        kept.append(now)
        keep = select_kept(kept, now, policy)
        kept = [t for i, t in enumerate(kept) if i in keep]
        most = max(most, len(kept))
        now += dt.timedelta(hours=1)
    now -= dt.timedelta(hours=1)
    ages = sorted(now - t for t in kept)
    assert most <= 13 + 12 + 10 + 10  # 12 h of hourly backups, days, weeks, months
    assert sum(1 for a in ages if a <= dt.timedelta(hours=12)) == 13
    days = {t.date() for t in kept if now - t <= dt.timedelta(days=12)}
    assert len(days) == 13  # today and the twelve days before
    months = {(t.year, t.month) for t in kept}
    assert len(months) >= 9 and max(ages) <= dt.timedelta(days=31 * 9)
    weeks = {t.isocalendar()[:2] for t in kept if now - t <= dt.timedelta(weeks=10)}
    assert len(weeks) >= 10

    # real backups, the clock moved by a test: a few per day for a year
    clock = [start]
    store = BackupStore.for_register(register, clock=lambda: clock[0])
    db = Database.open(register, app_version="test")
    service = PartnerService(db)
    manual = store.back_up(register, "manual")
    for day in range(0, 365, 8):
        clock[0] = start + dt.timedelta(days=day, hours=9)
        service.save(PartnerForm(name=f"طرف {day}"))
        store.back_up(register)
    db.close()
    infos = store.list()
    automatic = [b for b in infos if b.kind == "automatic"]
    assert manual.path in [b.path for b in infos]  # a manual backup is never rotated away
    assert 6 <= len(automatic) <= 12 + 10 + 9 + 1
    assert len(automatic) < len(range(0, 365, 8))  # older ones were dropped
    assert all(b.verified for b in infos)
    assert not list(store.folder.glob("*.part"))


def test_a_backup_that_fails_verification_is_deleted_and_reported(
        register: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import db.backup as backup_module

    store = BackupStore.for_register(register)
    good = store.back_up(register, "manual")

    def broken(path: Path) -> tuple[str, dict[str, int], list[str]]:
        raise DatabaseDamagedError("the copy is damaged (simulated)")

    monkeypatch.setattr(backup_module, "_describe_copy", broken)
    with pytest.raises(BackupFailedError):
        store.back_up(register)
    assert [b.path for b in store.list()] == [good.path]
    assert not list(store.folder.glob("*.part")) and not list(store.folder.glob(".backup-*"))


# ---------------------------------------------------------------------- full disk, read-only


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small"
    if not mount_tmpfs(folder, "1536k"):
        pytest.skip("needs root to mount a small tmpfs")
    yield folder
    unmount(folder)


def test_full_disk_backup_and_save_give_plain_messages_and_lose_nothing(
        template: Path, small_disk: Path) -> None:
    register = _copy(template, small_disk)
    fill_disk(small_disk)
    before = _partners(register)
    said: dict[str, str] = {}
    try:
        for language in ("fa", "en"):
            set_language(language)
            with pytest.raises(DiskFullError) as info:
                BackupStore.for_register(register).back_up(register, "manual")
            said[language] = str(info.value)
            assert_wholly(said[language], language)
            assert not list(register_backups_dir(register).glob("*"))
            db = Database.open(register, app_version="test")
            try:
                with pytest.raises(StorageError) as saved:
                    PartnerService(db).save(PartnerForm(name="ن" * 200, notes="ی" * 200000))
                assert_wholly(str(saved.value), language)
            finally:
                db.close()
    finally:
        set_language("fa")
    assert said["en"].startswith("The disk is full: The backup could not be written")
    assert said["fa"].startswith("دیسک پر است: پشتیبان نوشته نشد")
    (small_disk / "filler").unlink()
    assert _partners(register) == before


def test_restore_onto_a_full_disk_leaves_the_register_as_it_was(
        template: Path, small_disk: Path, tmp_path: Path) -> None:
    register = _copy(template, small_disk)
    # a backup bigger than the room left
    big = _copy(template, tmp_path / "big")
    db = Database.open(big, app_version="test")
    service = PartnerService(db)
    for i in range(300):
        service.save(PartnerForm(name=f"طرف {i}", notes="ن" * 2000))
    db.close()
    backup = write_backup(big, tmp_path / "big.peyvand.zip")
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 600_000))
    before = fingerprint(register)
    with pytest.raises(StorageError):
        restore_backup(backup.path, register)
    assert fingerprint(register)["db"][0] == before["db"][0]
    assert _partners(register) == 26


def test_read_only_folder_register_reads_but_refuses_changes_plainly(
        template: Path, small_disk: Path) -> None:
    register = _copy(template, small_disk)
    import sqlite3

    conn = sqlite3.connect(register)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    remount_read_only(small_disk)
    db = Database.open(register, app_version="test")
    try:
        assert db.read_only
        services = Services(db)
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Attachment)) == 1
        with pytest.raises(StorageError):
            services.partners.save(PartnerForm(name="طرف تازه"))
        with pytest.raises(StorageError):
            write_backup(register, small_disk / "b.peyvand.zip")
    finally:
        db.close()


def test_the_plain_restore_keeps_a_safety_copy_only_of_a_register_that_exists(
        register: Path, tmp_path: Path) -> None:
    from db.backup import restore_sqlite

    copy = backup_sqlite(register, tmp_path / "copy.sqlite3")
    fresh = tmp_path / "fresh" / "register.sqlite3"
    fresh.parent.mkdir()
    assert restore_sqlite(fresh, copy) is None  # nothing was there to keep
    assert _partners(fresh) == 26
    safety = restore_sqlite(register, copy)
    assert safety is not None and safety.is_file() and safety.parent == register.parent
    import re

    assert re.fullmatch(r"register\.before-restore-20\d{6}-\d{6}\.sqlite3", safety.name), safety.name
    assert _partners(safety) == 26


def test_the_plain_restore_fails_plainly_and_skips_an_empty_file(register: Path,
                                                                 tmp_path: Path) -> None:
    from db.backup import restore_sqlite

    copy = backup_sqlite(register, tmp_path / "copy.sqlite3")
    empty = tmp_path / "empty" / "register.sqlite3"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    assert restore_sqlite(empty, copy) is None  # an empty file holds nothing to keep
    assert _partners(empty) == 26 and not list(empty.parent.glob("*before-restore*"))
    nowhere = tmp_path / "no-such-folder" / "register.sqlite3"
    said = {}
    try:
        for language in ("fa", "en"):
            set_language(language)
            with pytest.raises(StorageError) as info:
                restore_sqlite(nowhere, copy)
            said[language] = str(info.value)
            assert_wholly(said[language], language)
    finally:
        set_language("fa")
    assert said["en"] == ("The restore failed and the database was left as it was: "
                          "unable to open database file.")
    assert said["fa"].startswith("بازگردانی انجام نشد")


def test_the_newest_good_backup_skips_newer_damaged_ones(register: Path, tmp_path: Path) -> None:
    clock = [dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)]
    store = BackupStore.for_register(register, clock=lambda: clock[0])
    good = store.back_up(register, "manual")
    clock[0] += dt.timedelta(hours=1)
    flipped = store.back_up(register, "before-import")
    data = bytearray(flipped.path.read_bytes())
    data[len(data) // 3] ^= 0xFF  # its manifest reads, its content does not verify
    flipped.path.write_bytes(bytes(data))
    clock[0] += dt.timedelta(hours=1)
    junk = store.folder / backup_name(register, "manual", clock[0])
    junk.write_bytes(b"not a zip")  # newest of all, not even a manifest
    assert [b.path for b in store.list()] == [junk, flipped.path, good.path]
    newest = store.newest_good()
    assert newest is not None and newest.path == good.path
