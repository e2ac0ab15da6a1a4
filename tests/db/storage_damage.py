"""Real damage done to real register files, shared by the storage tests (db, cli, gui).

Each function leaves the register at *path* damaged the way offices meet it: bytes flipped
in the middle, cut short, emptied, replaced by another file, a hot journal left by a killed
writer, a ``-wal`` from another history beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from db.backup import backup_sqlite
from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.services import Services
from resources.translations.catalogue import catalogue

ROOT = Path(__file__).resolve().parents[2]
DAMAGES = ("flipped", "truncated", "zero_bytes", "not_a_database", "hot_journal", "stale_wal")


def fingerprint(path: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime_ns of the file and each side file that exists."""
    out = {}
    for p in [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]:
        if p.exists():
            out[p.name[len(path.name):] or "db"] = (hashlib.sha256(p.read_bytes()).hexdigest(),
                                                   p.stat().st_mtime_ns)
    return out


def make_register(path: Path, *, attachment: bytes | None = b"signed scan %PDF-1.4") -> Path:
    """A demo register at *path*, with one attachment file on MoU 54 (when given)."""
    db = Database.open(path, app_version="test")
    try:
        build_demo(db)
        if attachment is not None:
            services = Services(db)
            src = path.parent / "signed-mou-54.pdf"
            src.write_bytes(attachment)
            from sqlalchemy import select

            from db.models import MoU

            with db.reading() as s:
                mou_id = s.scalar(select(MoU.id).where(MoU.number == "54"))
            services.attachments.add("mous", mou_id, src, "نسخه امضاشده")
            src.unlink()
    finally:
        db.close()
    return path


_WRITER = r"""
import os, sqlite3, sys
path, mode = sys.argv[1], sys.argv[2]
c = sqlite3.connect(path, isolation_level=None)
if mode == "hot_journal":
    c.execute("PRAGMA journal_mode=DELETE")
    c.execute("PRAGMA cache_size=2")
    c.execute("BEGIN IMMEDIATE")
    c.execute("UPDATE partners SET notes = hex(randomblob(600))")
    c.execute("UPDATE partners SET notes = hex(randomblob(3000))")
else:  # wal: commits left in the -wal, never checkpointed
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA wal_autocheckpoint=0")
    c.execute("UPDATE partners SET notes = hex(randomblob(900))")
sys.stdout.flush()
os.kill(os.getpid(), 9)
"""


def _killed_writer(path: Path, mode: str) -> None:
    subprocess.run([sys.executable, "-c", _WRITER, str(path), mode], cwd=ROOT, timeout=60,
                   check=False, capture_output=True)


def damage(path: Path, how: str) -> None:
    """Damage the register at *path* in the way named *how* (one of :data:`DAMAGES`)."""
    if how == "flipped":
        data = bytearray(path.read_bytes())
        middle = len(data) // 2
        for i in range(middle, min(middle + 8192, len(data))):
            data[i] ^= 0xA5
        path.write_bytes(bytes(data))
    elif how == "truncated":
        with path.open("rb+") as handle:
            handle.truncate(path.stat().st_size // 2 + 1000)
    elif how == "zero_bytes":
        path.write_bytes(b"")
    elif how == "not_a_database":
        path.write_bytes(b"%PDF-1.4 this is a scan, not a register\n" * 200)
    elif how == "hot_journal":
        _killed_writer(path, "hot_journal")
        assert path.with_name(path.name + "-journal").exists(), "no hot journal was left"
    elif how == "stale_wal":
        # Another history: a copy of the register that went on separately, with commits
        # left in its -wal; the register itself then changes (and is checkpointed) too.
        other = path.with_name("other-history.sqlite3")
        backup_sqlite(path, other)
        _killed_writer(other, "wal")
        db = Database.open(path, app_version="test")
        from desktop_app.domain.partners import PartnerForm, PartnerService

        service = PartnerService(db)
        for i in range(150):
            service.save(PartnerForm(name=f"طرف همکاری تازه {i}", notes="ن" * 300))
        db.close()
        for side in ("-wal", "-shm"):
            path.with_name(path.name + side).unlink(missing_ok=True)
        shutil.copyfile(other.with_name(other.name + "-wal"), path.with_name(path.name + "-wal"))
        for p in other.parent.glob("other-history.sqlite3*"):
            p.unlink()
    else:
        raise ValueError(how)


def without_wal(path: Path) -> None:
    """Fold a register's -wal into it (a clean close), so file hashes are stable."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        p = path.with_name(path.name + side)
        if p.exists() and p.stat().st_size == 0:
            os.unlink(p)


def mount_tmpfs(folder: Path, size: str) -> bool:
    """Mount a small tmpfs at *folder* (root only); False when it cannot be done here."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs at *folder* read-only (a read-only share or medium)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def unmount(folder: Path) -> None:
    """Undo :func:`mount_tmpfs`."""
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill_disk(folder: Path) -> None:
    """Fill the (small) file system of *folder* to the last byte with a filler file."""
    with (folder / "filler").open("wb", buffering=0) as handle:  # unbuffered: close writes nothing
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass


@contextlib.contextmanager
def without_rights(setup: Callable[[Path], object] | None = None) -> Iterator[Path]:
    """A folder anyone may enter; inside the block this process has no special rights
    (as root it acts as nobody, so that a file's permissions apply to it). *setup* is
    called with the folder before the rights are given up."""
    folder = Path(tempfile.mkdtemp(prefix="peyvand-rights-"))
    folder.chmod(0o777)
    if setup is not None:
        setup(folder)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    # Load now what nobody may not be able to read later (Python's library in root's home,
    # a checkout in a private folder): both catalogues of words with their codec, the
    # modules Database.open imports on first use, SQLAlchemy's SQLite dialect.
    for language in ("fa", "en"):
        catalogue(language)
    import urllib.parse  # noqa: F401

    from sqlalchemy import create_engine

    import db.integrity
    import db.prechecked  # noqa: F401

    create_engine("sqlite://").dispose()
    try:
        if as_root:  # real and effective ids both (os.access asks the real one)
            os.setresuid(65534, 65534, 0)
        yield folder
    finally:
        if as_root:
            os.setresuid(0, 0, 0)
        shutil.rmtree(folder)
