"""ActionService on SQLite and PostgreSQL: done ⇔ 100 %, overdue with an explicit today,
filters, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import ActionStatus
from desktop_app.domain.actions import ActionForm, ActionQuery, ActionService, is_overdue
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ConflictError, ValidationError
from desktop_app.domain.meetings import MeetingForm, MeetingService

D = dt.date
TODAY = D(2025, 6, 1)


def test_done_is_100_percent_and_stamps_completion(any_db):
    acts = ActionService(any_db)
    aid = acts.save(ActionForm(title="گزارش", owner="دفتر", due_on=D(2025, 5, 1), progress=30),
                    today=TODAY).value
    f = acts.get(aid)
    assert f.status == ActionStatus.IN_PROGRESS and f.completed_on is None
    f.progress = 100
    acts.save(f, today=TODAY)
    f = acts.get(aid)
    assert f.status == ActionStatus.DONE and f.completed_on == TODAY
    f.status = ActionStatus.IN_PROGRESS
    f.progress = 80
    acts.save(f, today=TODAY)
    f = acts.get(aid)
    assert f.completed_on is None and f.status == ActionStatus.IN_PROGRESS
    f.status = ActionStatus.DONE  # marking done fills the bar
    acts.save(f, today=D(2025, 6, 2))
    f = acts.get(aid)
    assert f.progress == 100 and f.completed_on == D(2025, 6, 2)
    assert acts.delete(aid).deleted == {"action_items": {aid}}
    assert acts.count() == 0


def test_validation(any_db):
    acts = ActionService(any_db)
    with pytest.raises(ValidationError) as e:
        acts.save(ActionForm(progress=101))
    assert set(e.value.errors) == {"title", "progress"}
    with pytest.raises(ValidationError) as e:
        acts.save(ActionForm(title="x", meeting_id=12345))
    assert set(e.value.errors) == {"meeting_id"}


def test_overdue(any_db):
    acts = ActionService(any_db)
    make = lambda title, due, status=ActionStatus.OPEN: acts.save(  # noqa: E731
        ActionForm(title=title, due_on=due, status=status), today=TODAY).value
    late = make("late", D(2025, 5, 31))
    make("due today", TODAY)
    make("no due date", None)
    make("done late", D(2025, 1, 1), ActionStatus.DONE)
    make("cancelled late", D(2025, 1, 1), ActionStatus.CANCELLED)
    assert acts.overdue_count(TODAY) == 1
    assert acts.query(ActionQuery(overdue=True, today=TODAY)) == [late]
    assert acts.overdue_count(D(2025, 6, 2)) == 2
    assert acts.overdue_count(D(2020, 1, 1)) == 0
    row = acts.rows([late], today=TODAY)[late]
    assert row.overdue and row.days_overdue == 1
    assert not acts.rows([late], today=D(2025, 5, 31))[late].overdue
    assert is_overdue(D(2025, 5, 31), ActionStatus.IN_PROGRESS, TODAY)
    assert not is_overdue(D(2025, 5, 31), ActionStatus.DONE, TODAY)


def test_conflict(any_db):
    acts = ActionService(any_db)
    aid = acts.save(ActionForm(title="a")).value
    mine, theirs = acts.get(aid), acts.get(aid)
    theirs.progress = 50
    acts.save(theirs)
    mine.owner = "من"
    with pytest.raises(ConflictError):
        acts.save(mine)


def test_meeting_action_inherits_the_mou_and_filters(any_db):
    build_demo(any_db)
    acts = ActionService(any_db)
    mid = MeetingService(any_db).save(MeetingForm(title="جلسه", held_on=TODAY, mou_id=1)).value
    aid = acts.save(ActionForm(title="پیگیری", meeting_id=mid, owner="دفتر تعاملات")).value
    assert acts.get(aid).mou_id == 1
    assert aid in acts.query(ActionQuery(mou_id=1)) and acts.query(ActionQuery(meeting_id=mid)) == [aid]
    assert acts.query(ActionQuery(owner="دفتر  تعاملات")) == [aid]
    assert set(acts.query(ActionQuery(text="شيمي"))) == set(acts.query(ActionQuery(text="شیمی")))
    assert acts.query(ActionQuery(status=ActionStatus.DONE))
    assert all(r.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
               for r in acts.rows(acts.query(ActionQuery(open_only=True))).values())
    due = acts.query(ActionQuery(due_from=D(2026, 1, 1), due_to=D(2026, 12, 31)))
    assert due and all(D(2026, 1, 1) <= acts.rows([i])[i].due_on <= D(2026, 12, 31) for i in due)
    hub_actions = acts.query(ActionQuery(hub_id=1))
    assert hub_actions and all(acts.rows([i])[i].hub_id == 1 for i in hub_actions)
    progress = [acts.rows([i])[i].progress for i in acts.query(ActionQuery(sort="progress"))]
    assert progress == sorted(progress)
    assert "دفتر تعاملات بین‌الملل" in acts.owners()
