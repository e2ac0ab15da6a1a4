"""PostgreSQL cannot silently vanish: with ``PEYVAND_REQUIRE_PG=1`` (or ``CI``) a server that
fails to start fails the run; without it the PostgreSQL tests are skipped and counted so.

A real pytest run in a subprocess, on this checkout, with a plugin that makes the server's
start fail the way a broken installation does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PLUGIN = '''
import sys
import subprocess


def pytest_sessionstart(session):
    for module in list(sys.modules.values()):
        server = getattr(module, "_PgServer", None)
        if server is not None:
            def start(self):
                raise subprocess.CalledProcessError(1, "initdb", stderr="initdb: broken on purpose")
            server.start = start
'''


def _run(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "broken_pg.py").write_text(PLUGIN, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "PEYVAND_REQUIRE_PG", "PEYVAND_TEST_PG_URL")}
    env.update(extra)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(tmp_path)])
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "broken_pg", "-p", "no:cacheprovider", "-q", "-n", "0",
         "tests/db/test_database.py", "-k", "race_inside_transactions"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)


@pytest.mark.parametrize("setting", [{"PEYVAND_REQUIRE_PG": "1"}, {"CI": "true"}])
def test_a_server_that_cannot_start_fails_the_run_when_required(tmp_path: Path,
                                                                setting: dict[str, str]) -> None:
    run = _run(tmp_path, **setting)
    assert run.returncode == 1, run.stdout[-2000:]
    assert "could not start PostgreSQL: initdb: broken on purpose" in run.stdout
    assert "PostgreSQL tests: 0 passed, 1 failed, 0 skipped" in run.stdout


def test_without_the_setting_the_tests_are_skipped_and_counted(tmp_path: Path) -> None:
    run = _run(tmp_path)
    assert run.returncode == 0, run.stdout[-2000:]
    assert "PostgreSQL tests: 0 passed, 0 failed, 1 skipped" in run.stdout
