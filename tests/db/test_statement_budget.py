"""How many statements the window's first screen and its saves cost, on SQLite and on
PostgreSQL (on the office server each one is a round trip; issue 10): opening a current
register, the undo tracker's look after a save, a meeting's list row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event, text

from db.database import Database
from desktop_app.domain.bodies import BodyForm, BodyService
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.mous import MoUForm, MoUService
from desktop_app.domain.undo import UndoService


@contextmanager
def counted() -> Iterator[list[str]]:
    """Every statement any engine runs inside the block (BEGIN included)."""
    seen: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_a: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(Engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", note)


def test_a_current_register_opens_in_one_statement(any_db: Database) -> None:
    url = any_db.url.render_as_string(hide_password=False)
    with counted() as seen:
        again = Database.open(url)
    try:
        queries = [q for q in seen if not q.startswith("BEGIN")]
        assert len(queries) == 1, seen  # schema revision, countries (and login) together
        assert again.schema_state().pending is False
        assert again.actor == any_db.actor
    finally:
        again.close()


def test_a_register_without_its_countries_takes_the_long_way(sqlite_db: Database) -> None:
    # (On the office server the officers may not write the countries; its owner does.)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM countries WHERE code = 'CN'"))
    again = Database.open(sqlite_db.url.render_as_string(hide_password=False))
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM countries WHERE code = 'CN'")
                                ).scalar_one() == 1
    finally:
        again.close()


def test_the_undo_step_and_the_newest_entry_come_in_one_statement(any_db: Database) -> None:
    undo = UndoService(any_db)
    start = undo.last_entry_id()
    mou = MoUService(any_db).save(MoUForm(title="تفاهم‌نامه همکاری")).value
    with counted() as seen:
        step, last = undo.step_after(start)
    assert len([q for q in seen if not q.startswith("BEGIN")]) == 1, seen
    assert step is not None and step.entities == frozenset({"mous"})
    assert last == undo.last_entry_id() > start
    assert step == undo.step_since(start)
    assert undo.step_after(last) == (None, last)  # nothing new since
    assert mou


def test_a_meeting_row_is_two_statements_whatever_it_links_to(any_db: Database) -> None:
    body = BodyService(any_db).save(BodyForm(name="شورای راهبری")).value
    mou = MoUService(any_db).save(MoUForm(title="تفاهم‌نامه ۵۴")).value
    meetings = MeetingService(any_db)
    ids = [meetings.save(MeetingForm(title="", ordinal=n, held_on=dt.date(2025, 1, n),
                                     body_id=body, mou_id=mou)).value for n in (5, 6)]
    with counted() as seen:
        rows = meetings.rows(ids)
    assert len([q for q in seen if not q.startswith("BEGIN")]) == 2, seen
    assert {r.body_name for r in rows.values()} == {"شورای راهبری"}
    assert all(r.mou_label.endswith("تفاهم‌نامه ۵۴") for r in rows.values())
    assert [rows[i].actions for i in ids] == [0, 0]
