"""Conflicts and locks that the other tests only name: a stale working-group or committee
form is refused, the version counter catches a write that lands between read and flush on
SQLite as on PostgreSQL, and a SQLite writer waits for another's lock instead of failing."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import text

from db.database import Database
from db.errors import ConflictError
from db.models import Body, BodyKind, MoU, Partner
from desktop_app.domain.bodies import BodyForm, BodyService, MemberForm
from desktop_app.domain.partners import PartnerForm, PartnerService


def _mou(db: Database) -> int:
    with db.unit_of_work() as s:
        mou = MoU(title="تفاهم‌نامه همکاری")
        s.add(mou)
        s.flush()
        return mou.id


@pytest.mark.parametrize("kind", [BodyKind.WORKING_GROUP, BodyKind.COMMITTEE])
def test_a_stale_body_form_is_refused_and_the_other_save_stays(any_db: Database,
                                                              kind: BodyKind) -> None:
    bodies = BodyService(any_db)
    bid = bodies.save(BodyForm(kind=kind, name="کارگروه مشترک", mou_id=_mou(any_db),
                               members=[MemberForm(person="مریم احمدی")])).value
    theirs, mine = bodies.get(bid), bodies.get(bid)
    theirs.name = "کارگروه فناوری"
    bodies.save(theirs)
    mine.members = [*mine.members, MemberForm(person="رضا کریمی")]
    with pytest.raises(ConflictError):
        bodies.save(mine)
    stored = bodies.get(bid)
    assert stored.name == "کارگروه فناوری"
    assert [m.person for m in stored.members] == ["مریم احمدی"]
    assert stored.version == theirs.version + 1


def test_a_body_deleted_elsewhere_is_a_conflict(any_db: Database) -> None:
    bodies = BodyService(any_db)
    bid = bodies.save(BodyForm(name="کمیته تخصصی", mou_id=_mou(any_db))).value
    form = bodies.get(bid)
    bodies.delete(bid)
    with pytest.raises(ConflictError):
        bodies.save(form)


@pytest.mark.parametrize("model", ["partner", "body"])
def test_the_version_counter_catches_a_write_between_read_and_flush(any_db: Database,
                                                                    model: str) -> None:
    """The SQL-level race: another write bumps the version after this session read the row.

    On SQLite the other write cannot come from another connection while the unit of work
    holds the write lock, so it is made on the session's own connection — what the
    version check in the UPDATE's WHERE clause must catch either way.
    """
    if model == "partner":
        rid = PartnerService(any_db).save(PartnerForm(name="هلدینگ")).value
        cls, table = Partner, "partners"
    else:
        rid = BodyService(any_db).save(BodyForm(name="کارگروه", mou_id=_mou(any_db))).value
        cls, table = Body, "bodies"
    with pytest.raises(ConflictError), any_db.unit_of_work() as s:
        row = s.get(cls, rid)
        s.connection().execute(text(f"UPDATE {table} SET version = version + 1 WHERE id = :i"),
                               {"i": rid})
        if model == "partner":
            row.city = "x"
        else:
            row.description = "x"
    with any_db.reading() as s:
        row = s.get(cls, rid)
        assert (row.city if model == "partner" else row.description) == ""


def test_sqlite_writer_waits_for_another_writers_lock(sqlite_db: Database) -> None:
    """Another program holds the write lock for half a second; the save waits and lands."""
    assert sqlite_db.path is not None
    other = sqlite3.connect(sqlite_db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO tags(name) VALUES ('held by the other writer')")
    released = threading.Event()

    def release() -> None:
        time.sleep(0.5)
        other.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=release)
    thread.start()
    try:
        pid = PartnerService(sqlite_db).save(PartnerForm(name="شرکت منتظر")).value
    finally:
        thread.join()
        other.close()
    assert released.is_set()
    assert PartnerService(sqlite_db).get(pid).name == "شرکت منتظر"
    with sqlite_db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM tags WHERE name = 'held by the other writer'")
                         ).scalar() == 1
