"""A register file copied by hand shares its site id with the original: noticed, refused, forked.

Two files carrying one site id would number their changes alike, and each peer would
take one file's change number 7 for the other's. Peyvand notices a copy when it writes
or syncs (the site row remembers its file), or at a sync when the same site and number
carry two different changes (a file restored in place); it refuses to sync with a plain
message naming ``sync fork``, which gives the copy its own site id and renumbers what it
wrote since it was copied. Nothing is lost.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from db.database import Database
from desktop_app.sync.engine import (
    SyncError,
    export_package,
    fork_site,
    import_package,
    sync_direct,
)
from tests.sync.helpers import add_partner, differences, log_is_gapless, snapshot
from tests.sync.test_cli_sync import run

Site = Callable[[str], Database]


def _names(db: Database) -> set[str]:
    return {v["name"] for v in snapshot(db)["partners"].values()}


def _joined_laptop(new_site: Site, partner: str) -> tuple[Database, Path]:
    """An office and a laptop (closed, so its file is whole) that wrote *partner* and joined."""
    office, laptop = new_site("office"), new_site("laptop")
    add_partner(laptop, partner)
    sync_direct(laptop, office, join=True)
    laptop.close()
    return office, Path(laptop.url.database)  # type: ignore[arg-type]


def test_a_copied_file_is_refused_until_forked_and_then_nothing_is_lost(
        new_site: Site, tmp_path: Path) -> None:
    office, laptop = new_site("office"), new_site("laptop")
    add_partner(laptop, "Laptop Park")
    sync_direct(laptop, office, join=True)
    original = Path(laptop.url.database)  # type: ignore[union-attr]
    copy_path = tmp_path / "copy.sqlite3"
    laptop.close()
    shutil.copyfile(original, copy_path)
    laptop = Database.open(original, app_version="test")
    copy = Database.open(copy_path, app_version="test")
    try:
        add_partner(laptop, "Written on the original")
        add_partner(copy, "Written on the copy")
        sync_direct(laptop, office)                      # the original syncs as ever
        with pytest.raises(SyncError, match="sync fork") as refused:
            sync_direct(copy, office)
        assert "copy" in str(refused.value)
        with pytest.raises(SyncError, match="sync fork"):
            export_package(copy, tmp_path / "p.peyvand")
        assert "Written on the copy" not in _names(office)
        forked = fork_site(copy)
        assert forked["renumbered"] == 1 and forked["site"] != forked["old_site"]
        sync_direct(copy, office)
        sync_direct(laptop, office)
        for db in (laptop, copy):
            assert not differences(snapshot(db), snapshot(office))
            assert log_is_gapless(db)
        assert {"Laptop Park", "Written on the original", "Written on the copy"} <= _names(office)
    finally:
        laptop.close()
        copy.close()


def test_a_file_restored_in_place_is_caught_by_its_numbers(new_site: Site, tmp_path: Path) -> None:
    office, path = _joined_laptop(new_site, "Before the backup")
    backup = (tmp_path / "backup.sqlite3")
    shutil.copyfile(path, backup)
    laptop = Database.open(path, app_version="test")
    add_partner(laptop, "After the backup")
    sync_direct(laptop, office)
    laptop.close()
    with open(path, "r+b") as f:                         # restored into the same file (inode)
        f.write(backup.read_bytes())
        f.truncate()
    laptop = Database.open(path, app_version="test")
    try:
        add_partner(laptop, "After the restore")         # reuses the number "After the backup" had
        with pytest.raises(SyncError, match="sync fork"):
            sync_direct(laptop, office)
        assert "After the restore" not in _names(office)
        assert fork_site(laptop)["renumbered"] == 1
        sync_direct(laptop, office)
        assert {"Before the backup", "After the backup", "After the restore"} <= _names(laptop)
        assert not differences(snapshot(laptop), snapshot(office))
    finally:
        laptop.close()


def test_a_package_from_a_copy_is_refused(new_site: Site, tmp_path: Path) -> None:
    office, path = _joined_laptop(new_site, "Laptop Park")
    twin_path = tmp_path / "twin.sqlite3"
    shutil.copyfile(path, twin_path)
    # The twin pretends to be the original file (its identity rewritten): only the numbers tell.
    twin = Database.open(twin_path, app_version="test")
    with twin.unit_of_work() as s:
        from sqlalchemy import update

        from db.sync_models import SyncSite
        s.execute(update(SyncSite).values(file_identity=None))
    laptop = Database.open(path, app_version="test")
    try:
        add_partner(laptop, "On the original")
        sync_direct(laptop, office)
        add_partner(twin, "On the twin")
        export_package(twin, tmp_path / "twin.peyvand")
        before = snapshot(office)
        with pytest.raises(SyncError, match="sync fork"):
            import_package(office, tmp_path / "twin.peyvand")
        assert snapshot(office) == before
    finally:
        laptop.close()
        twin.close()


def test_sync_fork_from_the_command_line(new_site: Site, tmp_path: Path) -> None:
    laptop = new_site("laptop")
    add_partner(laptop, "Laptop Park")
    path = Path(laptop.url.database)  # type: ignore[union-attr]
    laptop.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(path, copy)
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(path, other)
    refused = run("--db", str(copy), "sync", str(other), data_dir=tmp_path)
    assert refused.returncode != 0 and "sync fork" in refused.stderr and "Traceback" not in refused.stderr
    forked = run("--db", str(copy), "sync", "fork", "--json", data_dir=tmp_path)
    assert forked.returncode == 0, forked.stderr
    assert '"site"' in forked.stdout
