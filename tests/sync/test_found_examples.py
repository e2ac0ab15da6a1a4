"""Examples the long stress run found (tests/stress, merges at any site), kept as they were
printed and replayed with the same ids and clock readings (``Repeatable``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sync.test_property import pg_template, replay  # noqa: F401

FOUND_1 = [
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'restore(pick=0, site=0)',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    "import_list(name='پارک علم و فناوری خراسان', site=0)",
    'carry_package(pair=(2, 0), targeted=False)',
    "import_list(name='پارک علم و فناوری خراسان', site=0)",
    'sync(pair=(1, 0))',
    'merge(a=42, b=48, site=2)',
    'sync(pair=(2, 0))',
    'merge(a=18, b=43, site=0)',
    "create(contact=False, name='Tehran Tech Park', site=0)",
    'delete(pick=40, site=2)',
    'delete(pick=28, site=0)',
    'delete(pick=15, site=1)',
    "import_list(name='KSTP', site=0)",
    "edit(choice=0, field='name', pick=4, site=2)",
    'restore(pick=8, site=2)',
    "edit(choice=2, field='email', pick=4, site=1)",
    'restore(pick=24, site=0)',
    "import_list(name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=2)",
    'restore(pick=40, site=2)',
    "edit(choice=1, field='email', pick=2, site=2)",
    'carry_package(pair=(2, 0), targeted=False)',
    'merge(a=17, b=31, site=2)',
    'merge(a=6, b=21, site=2)',
    'merge(a=19, b=29, site=1)',
    'delete(pick=0, site=1)',
    'restore(pick=5, site=1)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=0)",
    'sync(pair=(1, 2))',
    'restore(pick=28, site=1)',
    'sync(pair=(2, 0))',
    "create(contact=False, name='Tehran Tech Park', site=1)",
    'sync(pair=(2, 1))',
    "create(contact=False, name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=0)",
    "create(contact=False, name='پارک علم و فناوری خراسان', site=0)",
    "create(contact=True, name='پارک علم\\u200cوفناوری یزد', site=2)",
    'sync(pair=(1, 0))',
]


@pytest.mark.postgres
def test_found_1(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Laptop one edits the e-mail, deletes and undeletes the partner (its undelete carries
    the e-mail); the office and laptop two each delete and undelete it too, never having
    seen the edit. It diverged when the undelete applied last decided on each register
    (the head forgot the deletes of earlier lives). Now each undelete names every delete it
    has seen, and one that missed a delete loses to it everywhere: none of the three saw
    the other two's deletes, so the partner stays deleted on all three, the edit and the
    undeletes kept as conflicts."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_1)
