"""Where Peyvand keeps its files: the per-user data folder, the default and demo databases.

``PEYVAND_DATA_DIR`` overrides the folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
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
    """Where the rotating log file lives."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
