"""Where Peyvand keeps its files: the per-user data folder, the default and demo databases.

``PEYVAND_DATA_DIR`` overrides the folder (tests and portable installs use it; the window
sets it from the "data folder" setting). Without it, on each system (platformdirs):

============  ==========================================  ==================================
what          Windows                                     Linux
============  ==========================================  ==================================
registers     ``%LOCALAPPDATA%\\Peyvand``                  ``~/.local/share/Peyvand``
backups       ``%LOCALAPPDATA%\\Peyvand\\backups``          ``~/.local/share/Peyvand/backups``
logs          ``%LOCALAPPDATA%\\Peyvand\\Logs``             ``~/.local/state/Peyvand/log``
============  ==========================================  ==================================

With the override, backups and logs are ``backups/`` and ``logs/`` inside that folder. The
window's settings are Qt's (the registry on Windows, ``~/.config/Peyvand`` on Linux).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Peyvand"


def data_dir() -> Path:
    """The per-user data folder (created on first use)."""
    override = os.environ.get("PEYVAND_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    """The office's register when no ``--db`` is given."""
    return data_dir() / "peyvand.sqlite3"


def demo_database() -> Path:
    """The database ``--demo`` opens."""
    return data_dir() / "demo.sqlite3"


def backups_dir() -> Path:
    """Where automatic backups (before migrations) go."""
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def logs_dir() -> Path:
    """Where the rotating log file lives: the system's per-user log folder, or ``logs/`` in
    the data folder when that is overridden (a portable install keeps everything together)."""
    if os.environ.get("PEYVAND_DATA_DIR"):
        folder = data_dir() / "logs"
    else:
        folder = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Location:
    """A place Peyvand keeps files, for the About dialog and the release notes."""

    key: str  # "registers", "backups", "automatic_backups", "logs"
    path: Path


def locations(backup_folder: str = "") -> list[Location]:
    """Where things live now: registers, backups (*backup_folder* when the user chose one),
    the automatic backups taken before upgrades, and logs."""
    automatic = backups_dir()
    places = [Location("registers", data_dir()),
              Location("backups", Path(backup_folder) if backup_folder else automatic)]
    if backup_folder and Path(backup_folder) != automatic:
        places.append(Location("automatic_backups", automatic))
    places.append(Location("logs", logs_dir()))
    return places
