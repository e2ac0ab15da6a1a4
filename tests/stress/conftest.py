"""Long stress runs (minutes each): collected only with ``PEYVAND_STRESS=1``."""

from __future__ import annotations

import os

STRESS = os.environ.get("PEYVAND_STRESS") == "1"
collect_ignore_glob = [] if STRESS else ["test_*.py"]

if STRESS:  # the sync stress run shares the sync tests' fixtures
    from tests.sync.conftest import new_site, sqlite_template  # noqa: F401
    from tests.sync.test_property import pg_template  # noqa: F401
