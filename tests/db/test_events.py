"""EventService on SQLite and PostgreSQL: dates, partner links, conflicts, filters."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import EventKind, Partner
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ConflictError, ValidationError
from desktop_app.domain.events import EventForm, EventQuery, EventService
from desktop_app.domain.text import sort_key

D = dt.date


def _partners(db, *names):
    with db.unit_of_work() as s:
        ps = [Partner(name=n) for n in names]
        s.add_all(ps)
        s.flush()
        return [p.id for p in ps]


def test_create_edit_delete(any_db):
    ev = EventService(any_db)
    a, b = _partners(any_db, "الف", "ب")
    r = ev.save(EventForm(kind=EventKind.EXHIBITION, title="فن‌بازار", held_on=D(2025, 12, 14),
                          ends_on=D(2025, 12, 18), partner_ids=[a, b, a]))
    eid = r.value
    f = ev.get(eid)
    assert sorted(f.partner_ids) == sorted([a, b])
    row = ev.rows([eid])[eid]
    assert row.date_text == "۱۴۰۴/۰۹/۲۳ تا ۱۴۰۴/۰۹/۲۷" and row.kind_text == "نمایشگاه"
    f.partner_ids = [b]
    ev.save(f)  # only the partners changed: the version still moves
    g = ev.get(eid)
    assert g.partner_ids == [b] and g.version == f.version + 1
    with pytest.raises(ConflictError):
        ev.save(f)
    assert ev.query(EventQuery(partner_id=b)) == [eid]
    assert ev.query(EventQuery(text="فن بازار")) == [eid]  # ZWNJ typed as a space
    assert ev.delete(eid).deleted == {"events": {eid}}
    assert ev.count() == 0


def test_validation(any_db):
    ev = EventService(any_db)
    with pytest.raises(ValidationError) as e:
        ev.save(EventForm())
    assert set(e.value.errors) == {"title", "held_on"}
    with pytest.raises(ValidationError) as e:
        ev.save(EventForm(title="x", held_on=D(2025, 1, 2), ends_on=D(2025, 1, 1)))
    assert set(e.value.errors) == {"ends_on"}
    with pytest.raises(ValidationError) as e:
        ev.save(EventForm(title="x", held_on=D(2025, 1, 2), partner_ids=[999]))
    assert set(e.value.errors) == {"partner_ids"}
    eid = ev.save(EventForm(title="x", held_on=D(2025, 1, 2), ends_on=D(2025, 1, 2))).value
    assert ev.get(eid).ends_on is None  # a one-day event has no separate end


def test_demo_filters(any_db):
    build_demo(any_db)
    ev = EventService(any_db)
    visits = ev.query(EventQuery(kind=EventKind.VISIT))
    assert len(visits) == 1
    # an exhibition that started before the range still overlaps it
    assert len(ev.query(EventQuery(date_from=D(2025, 12, 16), date_to=D(2025, 12, 16)))) == 1
    assert ev.query(EventQuery(text="Refinery")) != []  # a linked partner's English name
    assert ev.query(EventQuery(hub_id=1)) and ev.query(EventQuery(mou_id=1))
    kinds = [ev.rows([i])[i].kind_text for i in ev.query(EventQuery(sort="kind", descending=False))]
    assert len(kinds) == ev.count()
    assert len(set(kinds)) > 1 and kinds == sorted(kinds, key=sort_key)  # in the shown order
    backwards = [ev.rows([i])[i].kind_text for i in ev.query(EventQuery(sort="kind", descending=True))]
    assert backwards == sorted(kinds, key=sort_key, reverse=True)
