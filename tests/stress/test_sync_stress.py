"""The office machine of tests/sync/test_property.py, much longer (PEYVAND_STRESS=1).

``PEYVAND_STRESS_EXAMPLES`` (default 60) and ``PEYVAND_STRESS_STEPS`` (default 50) size the
run, so a long unattended run can draw a few hundred examples; ``PEYVAND_STRESS_SHRINK=0``
prints a failing example as found instead of shrinking it for minutes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.test_property import run_office

EXAMPLES = int(os.environ.get("PEYVAND_STRESS_EXAMPLES", "60"))
STEPS = int(os.environ.get("PEYVAND_STRESS_STEPS", "50"))
SHRINK = os.environ.get("PEYVAND_STRESS_SHRINK", "1") != "0"


@pytest.mark.postgres
@pytest.mark.timeout(max(7200, EXAMPLES * 120))
def test_three_sites_converge_long(tmp_path: Path, sqlite_template: Path,
                                   pg_template: Callable[[], str]) -> None:
    """Merges at any site, either way round (the normal suite merges at the office only)."""
    run_office(tmp_path, sqlite_template, pg_template, examples=EXAMPLES, steps=STEPS,
               merge_sites=(0, 1, 2), shrink=SHRINK)
