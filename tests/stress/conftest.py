"""Long stress runs: collected only with ``PEYVAND_STRESS=1`` (they take minutes)."""

from __future__ import annotations

import os

import pytest

from tests.sync.conftest import new_site, sqlite_template  # noqa: F401 - shared fixtures
from tests.sync.test_property import pg_template  # noqa: F401 - shared fixture


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip every stress test unless PEYVAND_STRESS=1."""
    if os.environ.get("PEYVAND_STRESS") == "1":
        return
    skip = pytest.mark.skip(reason="stress run: set PEYVAND_STRESS=1")
    for item in items:
        if "tests/stress" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)
