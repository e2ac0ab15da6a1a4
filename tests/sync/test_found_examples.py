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


FOUND_2 = [
    'carry_package(pair=(0, 1), targeted=False)',
    'sync(pair=(2, 1))',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=0)",
    'sync(pair=(2, 0))',
    "create(contact=False, name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=1)",
    'merge(a=18, b=10, site=2)',
    'restore(pick=3, site=1)',
    'delete(pick=0, site=2)',
    "import_list(name='KSTP', site=0)",
    'sync(pair=(1, 2))',
    'merge(a=13, b=6, site=2)',
    "import_list(name='پارک علم و فناوری خراسان', site=1)",
    'merge(a=18, b=44, site=0)',
    'carry_package(pair=(1, 2), targeted=False)',
    'carry_package(pair=(2, 0), targeted=True)',
    'restore(pick=29, site=2)',
    "create(contact=False, name='پارك علم و فناوري خراسان', site=1)",
    'restore(pick=34, site=1)',
    "create(contact=False, name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=1)",
    'sync(pair=(2, 1))',
    'carry_package(pair=(1, 2), targeted=True)',
    "import_list(name='Tehran Tech Park', site=0)",
    'sync(pair=(2, 0))',
    "create(contact=True, name='پارك علم و فناوري خراسان', site=2)",
    "import_list(name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=0)",
    'delete(pick=12, site=1)',
    'sync(pair=(2, 0))',
    'merge(a=19, b=43, site=2)',
    'restore(pick=35, site=0)',
    'carry_package(pair=(0, 2), targeted=False)',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 2))',
    'restore(pick=36, site=0)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=2)",
    'delete(pick=31, site=0)',
    'sync(pair=(1, 2))',
    'delete(pick=50, site=1)',
    "create(contact=False, name='پارک علم\\u200cوفناوری یزد', site=0)",
    'merge(a=25, b=45, site=2)',
    'merge(a=15, b=25, site=2)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=0)",
    'delete(pick=10, site=1)',
    'restore(pick=19, site=0)',
    'carry_package(pair=(1, 0), targeted=True)',
    "import_list(name='Tehran Tech Park', site=0)",
    'merge(a=14, b=0, site=2)',
    'restore(pick=25, site=1)',
    'restore(pick=22, site=0)',
    'merge(a=45, b=27, site=2)',
]


@pytest.mark.postgres
def test_found_2(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Laptop two merges P1 (which has a contact) into P2; laptop one meanwhile deletes P2,
    and the office, having heard of the delete but not of the merge, undeletes P2. On laptop
    two the delete arrives after the merge and takes the contact with P2; the undelete then
    restores P2 as the office knew it, without the contact. On the office and laptop one the
    merge arrives after the undelete and moves the contact onto the live P2. (Found with the
    rule of test_found_1 in place, and found on the code before it too: not caused by it.)
    The merge change does not name the life of the partner it merges into, so a register
    cannot tell that the merge was made in P2's life that the delete ended; the change hook
    (db/audit.py) would have to record it, as it does for a contact's partner."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_2)


FOUND_3 = [
    'restore(pick=45, site=2)',
    'merge(a=49, b=6, site=1)',
    "import_list(name='پارک علم و فناوری خراسان', site=1)",
    'merge(a=25, b=31, site=0)',
    'merge(a=35, b=38, site=2)',
    'delete(pick=14, site=2)',
    'merge(a=20, b=44, site=2)',
    'delete(pick=47, site=0)',
    'delete(pick=21, site=2)',
    "edit(choice=3, field='email', pick=40, site=0)",
    "import_list(name='پارك علم و فناوري خراسان', site=2)",
    'merge(a=36, b=11, site=1)',
    "edit(choice=2, field='phone', pick=24, site=1)",
    "import_list(name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=1)",
    "edit(choice=3, field='email', pick=1, site=2)",
    'sync(pair=(1, 0))',
    "import_list(name='KSTP', site=0)",
    'merge(a=43, b=39, site=0)',
    'restore(pick=30, site=2)',
    'delete(pick=15, site=0)',
    'carry_package(pair=(0, 2), targeted=True)',
    'delete(pick=44, site=0)',
    'delete(pick=40, site=2)',
    "edit(choice=3, field='email', pick=36, site=2)",
    'carry_package(pair=(2, 0), targeted=True)',
    "import_list(name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=1)",
    'restore(pick=43, site=0)',
    'merge(a=40, b=22, site=1)',
    'sync(pair=(1, 0))',
    "import_list(name='KSTP', site=2)",
    'carry_package(pair=(1, 2), targeted=True)',
    'merge(a=29, b=34, site=2)',
    'restore(pick=18, site=0)',
    'sync(pair=(2, 1))',
    "import_list(name='پارک علم و فناوری خراسان', site=2)",
    'merge(a=32, b=20, site=2)',
    'merge(a=13, b=35, site=0)',
    'carry_package(pair=(2, 1), targeted=True)',
    "import_list(name='پارک علم و فناوری خراسان', site=0)",
    "edit(choice=1, field='phone', pick=9, site=0)",
    'carry_package(pair=(0, 2), targeted=False)',
    'restore(pick=35, site=1)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=2)",
    'restore(pick=22, site=0)',
    'sync(pair=(2, 0))',
    'carry_package(pair=(0, 2), targeted=True)',
    'carry_package(pair=(2, 0), targeted=False)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=1)",
    'delete(pick=49, site=1)',
]


@pytest.mark.postgres
def test_found_3(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Laptop one imports P; the office deletes it; laptop two, not having heard, edits its
    e-mail. The office receives the edit while P is deleted (a conflict) and undeletes P,
    which restores the e-mail. Laptop two receives the delete and the undelete, then merges
    P into K, a partner of its own. P's e-mail head was laptop two's edit there (an arriving
    undelete kept the register's own lineage) but the undelete on the office and laptop
    one, so the merge named the edit as seen while those two held the undelete: for them
    the merger had not seen P's e-mail, and they moved it onto K ("unseen edits land on the
    kept partner"); laptop two did not. K ended with the e-mail on laptop one only (the
    office had merged P elsewhere meanwhile). Now an undelete names every head it leaves
    as its parents and every register takes those heads (``Applier._restored_heads``);
    reduced in test_sync2_rules.py::test_a_merge_after_an_undelete_moves_no_value_the_merger_had_seen."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_3)


FOUND_4 = [
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
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    "create(contact=True, name='پارک علم و فناوری خراسان', site=0)",
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(1, 0))',
    'sync(pair=(2, 0))',
    'delete(pick=15, site=2)',
    "create(contact=True, name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=1)",
    'sync(pair=(1, 0))',
    'delete(pick=28, site=0)',
    'restore(pick=48, site=0)',
    "create(contact=False, name='پارک علم\\u200cوفناوری یزد', site=0)",
    'restore(pick=10, site=2)',
    'restore(pick=46, site=0)',
    "create(contact=False, name='KSTP', site=2)",
    "edit(choice=1, field='email', pick=17, site=2)",
]


@pytest.mark.postgres
def test_found_4(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Found by the suite's own quick run (merges at the office only) before the rule for
    concurrent lives: deletes and undeletes of one partner on the office and laptop two, an
    e-mail edited on laptop two; the office and laptop two ended with different e-mails."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_4)


FOUND_5 = [
    "import_list(name='پارک علم و فناوری خراسان', site=0)",
    "create(contact=True, name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=2)",
    "create(contact=True, name='پارک علم\\u200cوفناوری یزد', site=0)",
    "create(contact=True, name='پارک علم\\u200cوفناوری یزد', site=2)",
    'carry_package(pair=(2, 0), targeted=True)',
    "import_list(name='شرکت دانش\\u200cبنیان فن\\u200cآوران', site=2)",
    "create(contact=True, name='KSTP', site=2)",
    "import_list(name='KSTP', site=0)",
    'merge(a=29, b=12, site=2)',
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=0)",
    'merge(a=29, b=4, site=2)',
    "import_list(name='KSTP', site=0)",
    'merge(a=36, b=13, site=0)',
]


@pytest.mark.postgres
def test_found_5(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Found by the stress run of this round (shrunk from 49 steps): laptop two merges
    partner B into X, the office (not having heard) merges B into Y. Each register kept the
    merge it had first, so B's contact ended on X there and on Y elsewhere. Now the partner
    the earlier merge kept (by the hybrid clock) joins the one the later merge kept, on
    every register (``Applier._concurrent_merge``; reduced in test_concurrent_merges.py)."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_5)


FOUND_6 = [
    "import_list(name='پارك علم و فناوري خراسان', site=2)",
    "import_list(name='پارك علم و فناوري خراسان', site=2)",
    "create(contact=True, name='Tehran Tech Park', site=2)",
    'carry_package(pair=(2, 0), targeted=False)',
    "edit(choice=3, field='phone', pick=23, site=2)",
    'merge(a=36, b=38, site=2)',
    'carry_package(pair=(0, 1), targeted=False)',
    'merge(a=31, b=14, site=1)',
]


@pytest.mark.postgres
def test_found_6(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Found by the stress run with the rule of test_found_5 (shrunk by hand from 49 steps,
    which first showed a partner joined to one deleted meanwhile — test_concurrent_merges.py
    has both): laptop two edits P's phone and merges P into O, laptop one merges P into K
    later. K ended with the phone where K's merge came first (the edit followed P onto K),
    without it on laptop two. What the arriving merge had not seen now lands on its partner
    there too."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_6)


FOUND_7 = [
    "create(contact=False, name='پارك علم و فناوري خراسان', site=0)",
    "edit(choice=1, field='city', pick=36, site=0)",
    "import_list(name='پارک علم\\u200cوفناوری یزد', site=2)",
    "create(contact=True, name='Tehran Tech Park', site=0)",
    "edit(choice=3, field='phone', pick=16, site=2)",
    "create(contact=True, name='پارک علم\\u200cوفناوری یزد', site=0)",
    'carry_package(pair=(0, 2), targeted=False)',
    'merge(a=46, b=17, site=0)',
    'carry_package(pair=(2, 1), targeted=True)',
    "create(contact=True, name='پارك علم و فناوري خراسان', site=2)",
    'merge(a=50, b=29, site=0)',
    "edit(choice=0, field='email', pick=18, site=1)",
    "import_list(name='پارك علم و فناوري خراسان', site=2)",
    'merge(a=10, b=38, site=2)',
    'carry_package(pair=(2, 0), targeted=False)',
]


@pytest.mark.postgres
def test_found_7(tmp_path: Path, sqlite_template: Path,
                 pg_template: Callable[[], str]) -> None:  # noqa: F811 (the fixture)
    """Found by the stress run with the rules of test_found_5 and 6 (shrunk by hand): the
    office merges Y into T, then T into F; laptop two, having heard of neither, merges T
    into Y (the opposite of the first, and a second merge of T) later; laptop one edits Y.
    The opposite merge was not recognised once T was merged on into F, and marking T merged
    into Y made a loop (Y into T into Y): the office lost Y's edit and kept F where laptop
    two kept Y. An opposite merge is now found along the chain of merges, and the rule of
    test_found_5 then joins F to Y everywhere."""
    replay(tmp_path, sqlite_template, pg_template, FOUND_7)
