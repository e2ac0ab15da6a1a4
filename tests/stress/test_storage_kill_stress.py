"""More kill -9 trials (PEYVAND_STRESS=1; PEYVAND_STRESS_KILLS per operation, default 200)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from tests.db.kill_trials import prepare, trial
from tests.db.storage_damage import make_register

KILLS = int(os.environ.get("PEYVAND_STRESS_KILLS", "200"))


@pytest.mark.parametrize("operation", ["backup", "restore", "automatic"])
def test_many_kills(operation: str, tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    template = make_register(tmp_path / "tpl" / "register.sqlite3")
    register, a, b = prepare(template, tmp_path / operation)
    rng = random.Random()
    states = [trial(operation, register, a, b, rng, max_delay=1.5, first="ab"[k % 2]).state
              for k in range(KILLS)]
    if operation == "restore":
        assert set(states) <= {"26", "27"}
