"""The schema revisions read from the migration scripts agree with Alembic's own view, and
opening a register that needs no upgrade does not import Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from db.database import Database, alembic_config, inspect_schema, known_revisions, to_url

ROOT = Path(__file__).resolve().parents[2]


def test_known_revisions_match_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions, head = known_revisions()
    assert head == script.get_current_head()
    assert revisions == {r.revision for r in script.walk_revisions()}


def test_schema_state_of_a_new_and_a_migrated_file(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    path.touch()
    path.unlink()
    fresh = inspect_schema(to_url(path))
    assert fresh.current is None and fresh.pending and fresh.known
    Database.open(path, app_version="test").close()
    state = inspect_schema(to_url(path))
    assert state.current == state.head == known_revisions()[1]
    assert not state.pending and state.known


def test_opening_an_up_to_date_register_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    Database.open(path, app_version="test").close()
    code = ("import sys; from db.database import Database; "
            f"Database.open({str(path)!r}, app_version='test').close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    assert out.stdout.strip() == "False"
