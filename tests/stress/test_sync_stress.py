"""The office machine of tests/sync/test_property.py, much longer (PEYVAND_STRESS=1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.test_property import run_office


@pytest.mark.postgres
@pytest.mark.timeout(7200)
def test_three_sites_converge_long(tmp_path: Path, sqlite_template: Path,
                                   pg_template: Callable[[], str]) -> None:
    """Merges at any site, either way round (the normal suite merges at the office only)."""
    run_office(tmp_path, sqlite_template, pg_template, examples=60, steps=50, merge_sites=(0, 1, 2))
