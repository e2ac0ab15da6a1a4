"""Fixtures for the sync tests: several registers (sites) of one office."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.database import Database


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite register that has never written (so it has no site yet)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Database.open(path, app_version="test").close()
    return path


@pytest.fixture
def new_site(tmp_path: Path, sqlite_template: Path) -> Iterator[Callable[[str], Database]]:
    """Open a fresh SQLite register named *name* (a copy of the template: fast)."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        db = Database.open(path, app_version="test")
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages in English (the tests match their words); Persian is checked where named."""
    from desktop_app.domain import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)
