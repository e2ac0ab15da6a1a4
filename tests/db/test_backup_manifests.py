"""A backup whose manifest is not what Peyvand writes is refused plainly, never a crash.

The backups dialog lists every file of the folder through ``read_manifest``; one odd file
(a manifest that is a JSON list, or whose time is a number) must not stop the list, the
restore or the choice of the newest good backup.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.backup import MANIFEST, BackupInfo, BackupStore, read_manifest, verify_backup
from db.errors import DatabaseDamagedError
from tests.db.storage_damage import make_register


@pytest.fixture(scope="module")
def backup(tmp_path_factory: pytest.TempPathFactory) -> BackupInfo:
    """One good backup of a demo register."""
    register = make_register(tmp_path_factory.mktemp("manifests") / "register.sqlite3",
                             attachment=None)
    return BackupStore.for_register(register).back_up(register, "manual")


def _with_manifest(good: Path, target: Path, manifest: bytes) -> Path:
    """A copy of the backup *good* at *target* whose manifest is *manifest*."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(target, "w") as out:
        for item in src.infolist():
            out.writestr(item, manifest if item.filename == MANIFEST else src.read(item))
    return target


def _manifest_of(good: Path) -> dict[str, object]:
    with zipfile.ZipFile(good) as zf:
        data = json.loads(zf.read(MANIFEST))
    assert isinstance(data, dict)
    return data


NOT_OBJECTS = ["[]", "null", "3", '"2026-01-01T00:00:00+00:00"', "[1, 2]", "true"]


@pytest.mark.parametrize("manifest", NOT_OBJECTS)
def test_a_manifest_that_is_not_an_object_is_refused(backup: BackupInfo, tmp_path: Path,
                                                     manifest: str) -> None:
    odd = _with_manifest(backup.path, tmp_path / "odd.peyvand.zip", manifest.encode())
    info = read_manifest(odd)
    assert not info.verified and info.kind == "unknown"
    assert "its manifest is not a JSON object" in info.problem
    with pytest.raises(DatabaseDamagedError) as refused:
        verify_backup(odd)
    assert "odd.peyvand.zip" in str(refused.value) and "not a JSON object" in str(refused.value)


@pytest.mark.parametrize("field, value", [
    ("created_at", 1764720000), ("counts", [1, 2]), ("counts", "abc"), ("attachments", 7)])
def test_a_manifest_field_of_the_wrong_type_is_refused(backup: BackupInfo, tmp_path: Path,
                                                       field: str, value: object) -> None:
    data = {**_manifest_of(backup.path), field: value}
    odd = _with_manifest(backup.path, tmp_path / "odd.peyvand.zip", json.dumps(data).encode())
    info = read_manifest(odd)
    assert not info.verified and info.problem


def test_an_odd_backup_beside_a_good_one_leaves_the_good_one_newest(
        backup: BackupInfo, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    store.folder.mkdir()
    good = store.folder / backup.path.name
    shutil.copy2(backup.path, good)
    _with_manifest(backup.path, store.folder / "zz-newer.peyvand.zip", b"[]")
    listed = store.list()
    assert sorted(i.path.name for i in listed) == sorted([good.name, "zz-newer.peyvand.zip"])
    assert [i.verified for i in listed if i.path == good] == [True]
    newest = store.newest_good()
    assert newest is not None and newest.path == good


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                     | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manifest=_json | st.dictionaries(
    st.sampled_from(["created_at", "kind", "schema", "counts", "attachments", "db_sha256"]),
    _json, max_size=6))
def test_any_json_manifest_is_read_or_refused_never_a_crash(tmp_path: Path,
                                                            manifest: object) -> None:
    odd = tmp_path / "odd.peyvand.zip"  # read_manifest reads the manifest alone
    with zipfile.ZipFile(odd, "w") as zf:
        zf.writestr(MANIFEST, json.dumps(manifest))
    info = read_manifest(odd)
    assert info.verified or info.problem
