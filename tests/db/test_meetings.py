"""MeetingService on SQLite and PostgreSQL: create/edit/delete, filters, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import Body, BodyKind
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ConflictError, ValidationError
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingQuery, MeetingService
from desktop_app.domain.text import sort_key

D = dt.date


def _body(db, name="شورای راهبری"):
    with db.unit_of_work() as s:
        b = Body(kind=BodyKind.STEERING_COUNCIL, name=name)
        s.add(b)
        s.flush()
        return b.id


def test_create_edit_delete(any_db):
    ms = MeetingService(any_db)
    body = _body(any_db)
    assert ms.next_ordinal(body) == 1
    r = ms.save(MeetingForm(body_id=body, ordinal=1, held_on=D(2025, 12, 16),
                            held_at=dt.time(12, 0), title="  جلسه  اول ", place="كرج"))
    mid = r.value
    assert r.changes.created["meetings"] == {mid}
    f = ms.get(mid)
    assert f.title == "جلسه اول" and f.place == "کرج"  # stored Persian forms
    assert ms.next_ordinal(body) == 2
    f.decisions = "تصمیم"
    assert ms.save(f).changes.updated["meetings"] == {mid}
    assert ms.get(mid).version == f.version + 1
    # its action and a letter citing it
    aid = ActionService(any_db).save(ActionForm(title="x", meeting_id=mid)).value
    lid = LetterService(any_db).save(LetterForm(subject="y", dated=D(2025, 12, 20),
                                                meeting_id=mid)).value
    assert ms.rows([mid])[mid].open_actions == 1
    assert ms.usage(mid) == {"action_items": 1, "-letters": 1}
    ch = ms.delete(mid)
    assert ch.deleted == {"meetings": {mid}, "action_items": {aid}}
    assert ch.updated == {"letters": {lid}}
    assert LetterService(any_db).get(lid).meeting_id is None
    assert ms.query() == []


def test_validation(any_db):
    ms = MeetingService(any_db)
    with pytest.raises(ValidationError) as e:
        ms.save(MeetingForm())
    assert set(e.value.errors) == {"held_on", "title"}
    with pytest.raises(ValidationError) as e:
        ms.validate(MeetingForm(title="x", held_on=D(2025, 1, 1), ordinal=0))
    assert set(e.value.errors) == {"ordinal"}
    body = _body(any_db)
    ms.save(MeetingForm(body_id=body, ordinal=6, held_on=D(2017, 2, 8)))  # title from body
    with pytest.raises(ValidationError) as e:
        ms.save(MeetingForm(body_id=body, ordinal=6, held_on=D(2017, 3, 8)))
    assert "ordinal" in e.value.errors
    with pytest.raises(ValidationError) as e:
        ms.save(MeetingForm(body_id=body + 99, held_on=D(2017, 3, 8)))
    assert "body_id" in e.value.errors


def test_conflict(any_db):
    ms = MeetingService(any_db)
    mid = ms.save(MeetingForm(title="a", held_on=D(2025, 1, 1))).value
    mine, theirs = ms.get(mid), ms.get(mid)
    theirs.place = "تهران"
    ms.save(theirs)
    mine.place = "تبریز"
    with pytest.raises(ConflictError):
        ms.save(mine)
    assert ms.get(mid).place == "تهران"


def test_demo_filters_and_search(any_db):
    build_demo(any_db)
    ms = MeetingService(any_db)
    sixth = ms.query(MeetingQuery(text="ششمين پلاستيك"))  # Arabic letter forms
    assert len(sixth) == 1
    row = ms.rows(sixth)[sixth[0]]
    assert row.ordinal == 6 and row.ordinal_text == "۶" and row.held_on_text == "۱۳۹۵/۱۱/۲۰"
    assert "شورای راهبری" in row.body_name
    everything = ms.query()
    dates = [ms.rows([i])[i].held_on for i in everything]
    assert dates == sorted(dates, reverse=True)
    today = D(2026, 1, 1)
    upcoming = ms.query(MeetingQuery(when="upcoming", today=today))
    past = ms.query(MeetingQuery(when="past", today=today))
    assert set(upcoming) | set(past) == set(everything) and not set(upcoming) & set(past)
    assert all(ms.rows([i])[i].held_on >= today for i in upcoming)
    in_1395 = ms.query(MeetingQuery(date_from=D(2017, 1, 1), date_to=D(2017, 3, 20)))
    assert len(in_1395) == 2
    body_id = ms.rows(sixth)[sixth[0]].body_id
    assert ms.query(MeetingQuery(body_id=body_id)) == sixth
    mou_ids = {r.mou_id for r in ms.rows(everything).values() if r.mou_id}
    assert all(ms.rows(ms.query(MeetingQuery(mou_id=m))).keys() for m in mou_ids)
    by_title = ms.query(MeetingQuery(sort="title", descending=False))
    assert len(by_title) == len(everything)
    titles = [ms.rows([i])[i].title for i in by_title]
    present = [t for t in titles if t]
    assert len(set(present)) > 1 and present == sorted(present, key=sort_key)
    assert titles[len(present):] == [""] * (len(titles) - len(present))  # untitled last
