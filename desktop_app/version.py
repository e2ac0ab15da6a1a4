"""Peyvand's one version number, read from ``pyproject.toml``.

The number is written once, in ``pyproject.toml``. A source checkout (and the frozen
bundle, which carries a copy of ``pyproject.toml`` beside the packages) reads it from
there, so a bump is seen at once even by an editable install whose metadata is older; an
installed wheel reads its package metadata. ``0+unknown`` means neither was found.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "peyvand"
UNKNOWN = "0+unknown"


def pyproject_file() -> Path:
    """Where ``pyproject.toml`` sits next to the packages (the repository or the bundle)."""
    return Path(__file__).resolve().parent.parent / "pyproject.toml"


def version_from_pyproject(path: Path) -> str | None:
    """``project.version`` of *path* if it is Peyvand's pyproject, else None."""
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if project.get("name") != DISTRIBUTION or not isinstance(project.get("version"), str):
        return None
    return str(project["version"])


def read_version() -> str:
    """The version of this Peyvand: pyproject.toml beside the code, else the metadata."""
    found = version_from_pyproject(pyproject_file())
    if found:
        return found
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN
