"""UndoService on SQLite and PostgreSQL: revert a save, a delete and a creation from the
audit trail, refuse over newer work, restore one value, undelete with the parts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Partner, PartnerKind
from desktop_app.domain.errors import ConflictError
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerService
from desktop_app.domain.undo import UndoService


def _partner(db) -> int:  # type: ignore[no-untyped-def]
    return PartnerService(db).save(PartnerForm(
        name="پارک فناوری پردیس", name_en="Pardis Technology Park", country_code="IR",
        kind=PartnerKind.PARK, tags=["فناوری"],
        contacts=[ContactForm(name="مریم احمدی", email="m@pardis.example")])).value


def test_revert_a_save_then_a_delete_then_a_creation(any_db) -> None:
    undo, partners = UndoService(any_db), PartnerService(any_db)
    mark = undo.last_entry_id()
    pid = _partner(any_db)
    created = undo.step_since(mark)
    assert created is not None and "insert" in created.actions

    mark = undo.last_entry_id()
    form = partners.get(pid)
    form.city, form.kind = "تهران", PartnerKind.COMPANY
    partners.save(form)
    saved = undo.step_since(mark)
    changes = undo.revert(saved.entry_ids)
    assert changes.updated.get("partners") == frozenset({pid})
    back = partners.get(pid)
    assert back.city == "" and back.kind == PartnerKind.PARK and back.tags == ["فناوری"]

    mark = undo.last_entry_id()
    before = partners.get(pid)
    partners.delete(pid)
    deleted = undo.step_since(mark)
    assert deleted.is_delete
    undo.revert(deleted.entry_ids)
    again = partners.get(pid)
    assert (again.name, again.name_en, [c.email for c in again.contacts]) == \
        (before.name, before.name_en, [c.email for c in before.contacts])

    # the creation is taken back only while nothing else depends on the partner
    undo.revert(created.entry_ids)
    with any_db.reading() as s:
        assert s.get(Partner, pid) is None
    # ids keep coming from the sequence after rows were re-inserted with their own id
    assert _partner(any_db) > 0


def test_an_undo_never_overwrites_newer_work(any_db) -> None:
    undo, partners = UndoService(any_db), PartnerService(any_db)
    pid = _partner(any_db)
    mark = undo.last_entry_id()
    form = partners.get(pid)
    form.city = "تبریز"
    partners.save(form)
    step = undo.step_since(mark)
    newer = partners.get(pid)
    newer.city = "مشهد"
    partners.save(newer)
    with pytest.raises(ConflictError):
        undo.revert(step.entry_ids)
    assert partners.get(pid).city == "مشهد"


def test_restore_a_date_and_undelete_from_the_trail(any_db) -> None:
    undo, meetings = UndoService(any_db), MeetingService(any_db)
    mid = meetings.save(MeetingForm(title="نشست نخست", held_on=dt.date(2025, 12, 16))).value
    form = meetings.get(mid)
    form.held_on = dt.date(2026, 1, 3)
    meetings.save(form)
    undo.restore_value("meetings", mid, "held_on", "2025-12-16")
    assert meetings.get(mid).held_on == dt.date(2025, 12, 16)
    meetings.delete(mid)
    with any_db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "meetings",
                                                   AuditEntry.action == "delete")).one()
    assert [e.entity_id for e in undo.deleted_records()] == [mid]
    undo.undelete(entry.id)
    assert meetings.get(mid).title == "نشست نخست"
    assert undo.deleted_records() == []
    with any_db.reading() as s:  # the undelete is in the trail like any other insert
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "meetings")
                         .order_by(AuditEntry.id.desc())).first() == "insert"
