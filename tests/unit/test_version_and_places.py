"""One version number (pyproject.toml) and the places Peyvand keeps its files."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop_app import paths, version


def test_version_comes_from_pyproject_beside_the_packages() -> None:
    found = version.version_from_pyproject(version.pyproject_file())
    assert found and found == version.read_version()


@pytest.mark.parametrize("text", [
    '[project]\nname = "someone-else"\nversion = "9.9"\n',  # another project's pyproject
    '[project]\nname = "peyvand"\n',                        # no version
    "not toml at all [[[",
])
def test_a_pyproject_that_is_not_peyvand_s_is_ignored(tmp_path: Path, text: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    assert version.version_from_pyproject(path) is None
    assert version.version_from_pyproject(tmp_path / "missing.toml") is None


def test_without_pyproject_the_metadata_answers(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(version, "pyproject_file", lambda: tmp_path / "none.toml")
    monkeypatch.setattr(version.metadata, "version", lambda name: "7.8.9")
    assert version.read_version() == "7.8.9"

    def missing(name: str) -> str:
        raise version.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version.metadata, "version", missing)
    assert version.read_version() == version.UNKNOWN


def test_places_follow_the_override_and_the_backup_setting(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PEYVAND_DATA_DIR", str(tmp_path / "data"))
    places = {p.key: p.path for p in paths.locations()}
    assert places == {"registers": tmp_path / "data", "backups": tmp_path / "data" / "backups",
                      "logs": tmp_path / "data" / "logs"}
    chosen = {p.key: p.path for p in paths.locations(str(tmp_path / "office"))}
    assert chosen["backups"] == tmp_path / "office"
    assert chosen["automatic_backups"] == tmp_path / "data" / "backups"


def test_logs_go_to_the_system_log_folder_without_override(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PEYVAND_DATA_DIR", raising=False)
    monkeypatch.setattr(platformdirs, "user_log_dir",
                        lambda name, appauthor=None: str(tmp_path / "log" / name))
    assert paths.logs_dir() == tmp_path / "log" / "Peyvand"
    assert paths.logs_dir().is_dir()
