"""Open only what is sound: real damage refused untouched, kept aside, recovered from a backup."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.backup import BackupStore, backup_sqlite, register_backups_dir, restore_backup
from db.database import Database
from db.errors import DatabaseLockedError, RegisterRefusedError
from db.integrity import examine, page_size_of, set_aside_copies
from db.models import Attachment, Partner
from desktop_app.domain.services import Services
from tests.db.storage_damage import DAMAGES, damage, fingerprint, make_register


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "register.sqlite3")


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Iterator[Path]:
    """A demo register with one attachment and one verified backup of it."""
    path = tmp_path / "register.sqlite3"
    backup_sqlite(template, path)
    attachments = template.parent / "register.attachments"
    import shutil

    shutil.copytree(attachments, tmp_path / "register.attachments")
    BackupStore.for_register(path).back_up(path, "manual")
    yield path


@pytest.mark.parametrize("how", DAMAGES)
def test_damaged_file_is_refused_untouched_kept_aside_and_restored(register: Path, how: str) -> None:
    damage(register, how)
    before = fingerprint(register)
    finding = examine(register)
    assert finding.refused, finding
    with pytest.raises(RegisterRefusedError) as info:
        Database.open(register, app_version="test")
    error = info.value
    # never written: the bytes (and the -wal/journal) are kept exactly, under a damaged-… name
    kept = Path(str(error.kept_as))
    assert "damaged" in kept.name and not register.exists()
    after = fingerprint(kept)
    for side, (sha, _mtime) in before.items():
        if side != "-shm":  # the shared-memory index is not part of the register
            assert after[side][0] == sha, side
    # the message says what it is, in both languages, and offers the newest good backup
    assert error.persian and error.english and kept.name in error.english
    assert error.newest_backup is not None and "26 partners" in error.english
    assert "۲۶" not in error.english and "طرف همکاری" in error.persian
    # an empty register is not started in its place
    with pytest.raises(RegisterRefusedError):
        Database.open(register, app_version="test")
    # recovery from the newest good backup
    result = restore_backup(error.newest_backup.path, register)
    assert result.set_aside is None  # the damaged file was already kept aside
    db = Database.open(register, app_version="test")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Partner)) == 26
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
    db.close()
    assert set_aside_copies(register) == [kept]


def test_hot_journal_and_readonly_are_told_apart_from_damage(register: Path) -> None:
    assert examine(register).kind == "ok"
    register.chmod(0o444)
    try:
        import os

        if os.access(register, os.W_OK):
            pytest.skip("running as a user who can write any file")
        assert examine(register).kind == "readonly"
    finally:
        register.chmod(0o644)


def test_a_sound_wal_after_a_kill_is_replayed_normally(register: Path) -> None:
    """A -wal Peyvand left when it was killed is its own: it is folded in, not refused."""
    import subprocess
    import sys

    code = ("import sqlite3, os, sys\nc = sqlite3.connect(sys.argv[1])\n"
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"UPDATE partners SET notes='after the kill'\"); c.commit()\n"
            "os.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", code, str(register)], check=False)
    assert register.with_name(register.name + "-wal").stat().st_size > 0
    assert examine(register).kind == "ok"
    db = Database.open(register, app_version="test")
    with db.reading() as s:
        assert set(s.scalars(select(Partner.notes))) == {"after the kill"}
    db.close()


def test_read_only_register_opens_for_reading(register: Path) -> None:
    import os

    register.chmod(0o444)
    register.parent.chmod(0o555)
    try:
        if os.access(register, os.W_OK):
            pytest.skip("running as a user who can write any file")
        db = Database.open(register, app_version="test")
        assert db.read_only
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Partner)) == 26
        assert db.back_up() is None
        db.close()
    finally:
        register.parent.chmod(0o755)
        register.chmod(0o644)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "photos.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, data BLOB)")
    conn.commit()
    conn.close()
    content = other.read_bytes()
    with pytest.raises(RegisterRefusedError) as info:
        Database.open(other, app_version="test")
    assert info.value.kind == "foreign"
    assert Path(str(info.value.kept_as)).read_bytes() == content
    assert info.value.newest_backup is None and "No good backup" in info.value.english


def test_services_see_the_restored_attachment_file(register: Path) -> None:
    """Restore brings the attachment files back with the register."""
    import shutil

    shutil.rmtree(register.parent / "register.attachments")
    damage(register, "truncated")
    newest = BackupStore(register_backups_dir(register)).newest_good()
    assert newest is not None and newest.attachments == 1
    result = restore_backup(newest.path, register)
    assert result.attachments_restored == 1 and result.set_aside is not None
    db = Database.open(register, app_version="test")
    services = Services(db)
    with db.reading() as s:
        att_id = s.scalar(select(Attachment.id))
    assert services.attachments.save_copy(att_id, register.parent / "out.pdf").read_bytes() \
        == b"signed scan %PDF-1.4"
    db.close()


def test_a_kill_half_way_through_a_checkpoint_is_not_called_truncated(tmp_path: Path) -> None:
    """The file's header counts pages still only in the -wal: sound, and opened with every row."""
    import struct

    path = tmp_path / "register.sqlite3"
    db = Database.open(path, app_version="test")
    db.close()
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_before = path.stat().st_size  # what the file holds before the rows, as a kill leaves it
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE scratch (n INTEGER, body TEXT)")
    writer.executemany("INSERT INTO scratch VALUES (?, ?)", [(n, "x" * 400) for n in range(300)])
    writer.commit()
    wal = path.with_name(path.name + "-wal")
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    # copy the newest page 1 from the -wal into the file, as a checkpoint does first, and stop
    newest_first_page = None
    offset = 32
    while offset + 24 + page_size <= len(data):
        if struct.unpack(">I", data[offset:offset + 4])[0] == 1:
            newest_first_page = data[offset + 24:offset + 24 + page_size]
        offset += 24 + page_size
    assert newest_first_page is not None
    saved_wal = data
    with path.open("r+b") as handle:
        handle.write(newest_first_page)
    writer.close()  # closing checkpoints and removes the -wal; put the killed state back
    header_pages = struct.unpack(">I", newest_first_page[28:32])[0]
    with path.open("r+b") as handle:
        handle.truncate(size_before)
    wal.write_bytes(saved_wal)
    assert header_pages * page_size > path.stat().st_size  # the header counts more than the file
    assert examine(path).kind == "ok"
    db = Database.open(path, app_version="test")
    with db.reading() as s:
        assert s.scalar(text("SELECT count(*) FROM scratch")) == 300
    db.close()


_FIRST_WRITE_KILLED = (
    "import os, sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN'); c.execute('CREATE TABLE x(a)'); c.execute('INSERT INTO x VALUES (1)')\n"
    "os.kill(os.getpid(), 9)\n")


def test_a_register_killed_while_it_was_being_created_is_started_anew(tmp_path: Path) -> None:
    """0 bytes and the journal of the first transaction: SQLite opens it as an empty
    database; it never held a record, so it is not refused as damaged."""
    import subprocess
    import sys

    register = tmp_path / "office.sqlite3"
    subprocess.run([sys.executable, "-c", _FIRST_WRITE_KILLED, str(register)], check=False)
    assert register.stat().st_size == 0
    assert register.with_name(register.name + "-journal").exists()
    finding = examine(register)
    assert finding.kind == "unborn" and finding.sound and not finding.refused
    db = Database.open(register, app_version="test")
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Partner)) == 0
        assert not set_aside_copies(register)
    finally:
        db.close()
    # an empty file with nothing beside it is such a file too
    bare = tmp_path / "bare.sqlite3"
    bare.write_bytes(b"")
    assert examine(bare).kind == "unborn"


def test_an_emptied_register_with_backups_or_files_beside_it_is_refused(
        register: Path, tmp_path: Path) -> None:
    register.write_bytes(b"")  # a failed copy emptied it; its backups are beside it
    assert examine(register).kind == "empty"
    shutil.rmtree(register_backups_dir(register))
    assert examine(register).kind == "empty"  # its attachment files are beside it
    # a sealed journal that started from a populated register: not a first transaction
    journal = register.with_name(register.name + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0\0\0\1" + b"\x12\x34\x56\x78"
                        + (26).to_bytes(4, "big") + b"\0\0\2\0\0\0\x10\0" + b"\0" * 484)
    assert examine(register).kind == "empty"


def test_a_restore_over_a_register_cut_short_at_creation(register: Path, tmp_path: Path) -> None:
    backup = BackupStore.for_register(register).newest_good()
    assert backup is not None
    unborn = tmp_path / "new" / "office.sqlite3"
    unborn.parent.mkdir()
    unborn.write_bytes(b"")
    # the sealed journal of a first transaction (from 0 pages): rolled back over the restored
    # register it would cut it back to nothing, so the restore must not leave it there
    journal = unborn.with_name(unborn.name + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0\0\0\0" + b"\x12\x34\x56\x78"
                        + b"\0\0\0\0" + b"\0\0\2\0\0\0\x10\0" + b"\0" * 484)
    assert examine(unborn).kind == "unborn"
    result = restore_backup(backup.path, unborn)
    assert result.set_aside is None and not journal.exists()
    assert examine(unborn).kind == "ok"
    db = Database.open(unborn, app_version="test")
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Partner)) == 26
    finally:
        db.close()


_LIVE_ROLLBACK_WRITER = r"""
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode=DELETE")
c.execute("PRAGMA cache_size=2")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE partners SET notes = hex(randomblob(600))")
c.execute("UPDATE partners SET notes = hex(randomblob(3000))")
print("writing", flush=True)
time.sleep(60)
"""


def test_a_journal_another_program_is_still_writing_is_in_use_not_hot(register: Path) -> None:
    """Another program writing the register in rollback mode has a sealed journal beside
    it, but holds the lock, so SQLite does not call it hot: the file is in use, and is
    neither refused nor renamed under that program."""
    import subprocess
    import sys

    writer = subprocess.Popen([sys.executable, "-c", _LIVE_ROLLBACK_WRITER, str(register)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        journal = register.with_name(register.name + "-journal")
        assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")
        finding = examine(register)
        assert finding.kind == "locked" and not finding.refused, finding
        assert finding.english == "The register is in use by another program."
        assert finding.persian == "دفتر در دست برنامه دیگری است."
        with pytest.raises(DatabaseLockedError):
            Database.open(register, app_version="test")
        assert register.exists() and not set_aside_copies(register)
    finally:
        writer.kill()
        writer.wait()
    # killed, the same journal is hot: refused untouched
    assert examine(register).kind == "hot_journal"


def test_a_register_cut_at_a_page_boundary_is_truncated_unless_its_log_holds_the_rest(
        tmp_path: Path) -> None:
    """The header counts more pages than the file has: refused as truncated when no -wal,
    or one without a single frame (only its header), could hold them."""
    import struct

    path = tmp_path / "register.sqlite3"
    db = Database.open(path, app_version="test")
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE scratch (body TEXT)")
    conn.executemany("INSERT INTO scratch VALUES (?)", [("x" * 400,) for _ in range(300)])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE scratch SET body = 'y'")
    conn.commit()
    wal = path.with_name(path.name + "-wal")
    wal_header = wal.read_bytes()[:32]  # a sound header of this register's own log
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    head = path.read_bytes()[:100]
    page_size, pages = page_size_of(head), struct.unpack(">I", head[28:32])[0]
    assert head[24:28] == head[92:96] and pages * page_size == path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(page_size * (pages // 2))  # whole pages: only the header tells
    finding = examine(path)
    assert finding.kind == "truncated"
    assert finding.english == ("register.sqlite3 is cut short (truncated): part of the "
                               "register is missing.")
    assert finding.persian.startswith("«\u2068register.sqlite3\u2069» ناقص است")
    wal.write_bytes(wal_header)  # a log with no frame cannot hold the missing pages
    assert examine(path).kind == "truncated"


_FIRST_TRANSACTION_SPILLED = (
    "import os, sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=2'); c.execute('BEGIN')\n"
    "c.execute('CREATE TABLE x(a)')\n"
    "c.executemany('INSERT INTO x VALUES (?)', [('x' * 900,) for _ in range(200)])\n"
    "os.kill(os.getpid(), 9)\n")


def _sealed_first_journal(tmp_path: Path) -> bytes:
    """The sealed journal a killed first transaction leaves (it starts from 0 pages)."""
    import subprocess
    import sys

    scratch = tmp_path / "scratch" / "first.sqlite3"
    scratch.parent.mkdir()
    subprocess.run([sys.executable, "-c", _FIRST_TRANSACTION_SPILLED, str(scratch)], check=False)
    data = scratch.with_name(scratch.name + "-journal").read_bytes()
    assert data[:8] == bytes.fromhex("d9d505f920a163d7") and data[16:20] == b"\0\0\0\0"
    return data


def test_a_first_start_killed_during_the_switch_to_wal_is_started_anew(tmp_path: Path) -> None:
    """Killed while the new register's first page was written through a journal: a header
    without a table beside a journal from 0 pages. SQLite rolls it back to an empty file."""
    journal = _sealed_first_journal(tmp_path)
    register = tmp_path / "office.sqlite3"
    conn = sqlite3.connect(register)
    conn.execute("PRAGMA journal_mode=WAL")  # what the first write of a register leaves
    conn.close()
    assert register.stat().st_size > 0
    register.with_name(register.name + "-journal").write_bytes(journal)
    finding = examine(register)
    assert finding.kind == "unborn" and not finding.refused
    db = Database.open(register, app_version="test")
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Partner)) == 0
    finally:
        db.close()
    assert not set_aside_copies(register)


def test_a_register_with_tables_beside_a_journal_from_nothing_is_refused(
        register: Path, tmp_path: Path) -> None:
    """Rolling such a journal back would empty the register: it is not ours, refused."""
    register.with_name(register.name + "-journal").write_bytes(_sealed_first_journal(tmp_path))
    assert examine(register).kind == "hot_journal"


def test_a_damaged_register_says_so_in_both_languages(register: Path) -> None:
    damage(register, "flipped")
    finding = examine(register)
    assert finding.kind == "damaged"
    assert finding.english.startswith("register.sqlite3 is damaged (")
    assert finding.persian.startswith("«\u2068register.sqlite3\u2069» آسیب دیده است")



def test_what_beside_an_empty_file_says_it_once_held_records(tmp_path: Path, register: Path) -> None:
    empty = tmp_path / "fresh" / "office.sqlite3"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    (empty.parent / "office.backups").mkdir()  # a folder, but no backup in it
    assert examine(empty).kind == "unborn"
    shutil.copy(next(register_backups_dir(register).glob("*.peyvand.zip")),
                empty.parent / "office.backups")
    assert examine(empty).kind == "empty"  # a backup of it exists: it held records


def test_a_damaged_register_beside_a_journal_from_nothing_is_not_started_anew(
        register: Path, tmp_path: Path) -> None:
    with register.open("r+b") as handle:  # the header stays, the first page's tree does not
        handle.seek(100)
        handle.write(b"\xa5" * 3000)
    register.with_name(register.name + "-journal").write_bytes(_sealed_first_journal(tmp_path))
    assert examine(register).kind == "hot_journal"


def test_the_register_check_reports_an_unborn_register_as_missing(tmp_path: Path) -> None:
    from desktop_app.domain.register_check import check_sqlite_register

    unborn = tmp_path / "office.sqlite3"
    unborn.write_bytes(b"")
    health = check_sqlite_register(unborn)
    assert health.status == "unborn" and health.integrity == "missing"
    assert unborn.read_bytes() == b""  # checked, not written
