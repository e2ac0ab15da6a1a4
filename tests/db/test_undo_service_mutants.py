"""UndoService, case by case: what a person relies on when taking a change back.

Written against the mutants the older undo tests let live: each value type an audit entry
carries comes back as that type, a refused undo changes nothing and says why (naming the
record), another person's or an import's entries are never part of "my last change", and
the deleted-records list shows whole records, newest first, once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import ActionStatus, AuditEntry, Contact, Meeting, Partner, PartnerKind
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.i18n import set_language
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.mous import MoUForm, MoUService, PartyForm
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerService
from desktop_app.domain.undo import UndoService, UndoStep


@pytest.fixture(autouse=True)
def _persian_afterwards():  # type: ignore[no-untyped-def]
    yield
    set_language("fa")


def _partner(db: Database, name: str = "پارک فناوری پردیس", contacts: int = 1) -> int:
    return PartnerService(db).save(PartnerForm(
        name=name, name_en="Pardis Technology Park", kind=PartnerKind.PARK,
        contacts=[ContactForm(name=f"رابط {i}", email=f"c{i}@pardis.example")
                  for i in range(contacts)])).value


def _step(db: Database, write: Callable[[], object]) -> UndoStep:
    undo = UndoService(db)
    mark = undo.last_entry_id()
    write()
    step = undo.step_since(mark)
    assert step is not None
    return step


# ----------------------------------------------------------------- values by type


def test_restore_value_gives_each_column_its_own_type(sqlite_db: Database) -> None:
    undo, meetings, actions = (UndoService(sqlite_db), MeetingService(sqlite_db),
                               ActionService(sqlite_db))
    mid = meetings.save(MeetingForm(title="نشست ششم", held_on=dt.date(2025, 12, 16),
                                    held_at=dt.time(9, 30))).value
    undo.restore_value("meetings", mid, "held_at", "14:45:00")
    assert meetings.get(mid).held_at == dt.time(14, 45)
    undo.restore_value("meetings", mid, "held_on", "2026-01-03")
    assert meetings.get(mid).held_on == dt.date(2026, 1, 3)
    undo.restore_value("meetings", mid, "held_at", None)
    assert meetings.get(mid).held_at is None
    undo.restore_value("meetings", mid, "ordinal", 6)
    assert meetings.get(mid).ordinal == 6

    aid = actions.save(ActionForm(title="گزارش پیشرفت", progress=10)).value
    changes = undo.restore_value("action_items", aid, "status", "done")
    got = actions.get(aid)
    assert got.status is ActionStatus.DONE and got.progress == 10
    assert changes.updated == {"action_items": frozenset({aid})}
    with sqlite_db.reading() as s:  # the restore is audited like any save
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.entity, last.entity_id, last.action) == ("action_items", aid, "update")


@pytest.mark.parametrize(("entity", "field"), [
    ("partners", "search_text"), ("partners", "name_key"), ("partners", "version"),
    ("partners", "id"), ("partners", "web_domain"), ("partners", "no_such_column"),
    ("no_such_table", "name"),
])
def test_restore_value_refuses_derived_and_unknown_fields(sqlite_db: Database, entity: str,
                                                          field: str) -> None:
    set_language("en")
    pid = _partner(sqlite_db)
    with sqlite_db.reading() as s:
        before = s.get(Partner, pid).version
    with pytest.raises(ValidationError) as caught:
        UndoService(sqlite_db).restore_value(entity, pid, field, "x")
    assert caught.value.errors == {field: "This value cannot be restored."}
    with sqlite_db.reading() as s:
        assert s.get(Partner, pid).version == before


def test_restore_value_of_a_record_that_is_gone(sqlite_db: Database) -> None:
    set_language("en")
    with pytest.raises(NotFoundError, match="The record no longer exists"):
        UndoService(sqlite_db).restore_value("partners", 999, "city", "تهران")


# ----------------------------------------------------------------- which step is mine


def test_the_last_step_is_this_persons_window_work_only(sqlite_db: Database) -> None:
    undo = UndoService(sqlite_db)
    assert undo.last_entry_id() == 0
    assert undo.step_since(0) is None
    pid = _partner(sqlite_db, contacts=2)
    mark = undo.last_entry_id()
    assert mark > 0
    # An import's writes and another person's are not this person's last change.
    with sqlite_db.unit_of_work(source="import") as s:
        s.get(Partner, pid).city = "تبریز"
    with sqlite_db.unit_of_work(actor="someone-else") as s:
        s.get(Partner, pid).sector = "نفت"
    assert undo.step_since(mark) is None
    assert undo.step_since(mark, actor="someone-else") is not None
    # ... and the creation is this person's, with every table it wrote.
    first = undo.step_since(0)
    assert first is not None
    assert first.entities == frozenset({"partners", "contacts"})
    assert first.actions == frozenset({"insert"})
    assert not first.is_delete
    with sqlite_db.reading() as s:
        mine = s.scalars(select(AuditEntry.id).where(AuditEntry.id <= mark)).all()
    assert first.entry_ids == tuple(sorted(mine))


def test_a_save_or_a_mixed_step_is_not_a_delete() -> None:
    assert UndoStep((1,), frozenset({"partners"}), frozenset({"delete"})).is_delete
    assert not UndoStep((1,), frozenset({"partners"}), frozenset({"update"})).is_delete
    assert not UndoStep((1, 2), frozenset({"contacts"}),
                        frozenset({"delete", "insert"})).is_delete
    assert not UndoStep((1,), frozenset({"partners"})).is_delete


# ----------------------------------------------------------------- refusals change nothing


def test_nothing_to_undo(sqlite_db: Database) -> None:
    set_language("en")
    with pytest.raises(NotFoundError, match="There is nothing to undo"):
        UndoService(sqlite_db).revert([12345])
    with pytest.raises(NotFoundError, match="This is not a deletion"):
        UndoService(sqlite_db).undelete(12345)
    step = _step(sqlite_db, lambda: _partner(sqlite_db))
    with pytest.raises(NotFoundError, match="This is not a deletion"):
        UndoService(sqlite_db).undelete(step.entry_ids[0])


def test_undoing_a_creation_edited_since_is_refused_by_name(any_db: Database) -> None:
    set_language("en")
    partners = PartnerService(any_db)
    created = _step(any_db, lambda: _partner(any_db, name="Fanavaran"))
    with any_db.reading() as s:
        pid = s.scalars(select(Partner.id)).one()
    form = partners.get(pid)
    form.city = "اصفهان"
    partners.save(form)
    with pytest.raises(ConflictError) as caught:
        UndoService(any_db).revert(created.entry_ids)
    assert "Fanavaran" in str(caught.value) and "changed again since" in str(caught.value)
    with any_db.reading() as s:
        assert s.get(Partner, pid).city == "اصفهان"
        assert s.scalar(select(Contact.id).where(Contact.partner_id == pid)) is not None


def test_undoing_a_creation_used_since_is_refused_and_keeps_both(any_db: Database) -> None:
    set_language("en")
    created = _step(any_db, lambda: _partner(any_db, contacts=0))
    with any_db.reading() as s:
        pid = s.scalars(select(Partner.id)).one()
    mou = MoUService(any_db).save(MoUForm(number="54", title="تفاهم‌نامه همکاری",
                                             parties=[PartyForm(partner_id=pid)])).value
    with pytest.raises(ConflictError, match="Records added since depend on this one"):
        UndoService(any_db).revert(created.entry_ids)
    with any_db.reading() as s:
        assert s.get(Partner, pid) is not None
    assert MoUService(any_db).get(mou).parties[0].partner_id == pid


def test_undoing_a_save_of_a_record_deleted_since_is_refused(sqlite_db: Database) -> None:
    set_language("en")
    meetings = MeetingService(sqlite_db)
    mid = meetings.save(MeetingForm(title="نشست", held_on=dt.date(2025, 1, 1))).value
    form = meetings.get(mid)
    form.place = "تبریز"
    saved = _step(sqlite_db, lambda: meetings.save(form))
    meetings.delete(mid)
    with pytest.raises(ConflictError, match="changed again since"):
        UndoService(sqlite_db).revert(saved.entry_ids)


def test_undeleting_twice_is_refused_and_keeps_the_first(sqlite_db: Database) -> None:
    set_language("en")
    meetings = MeetingService(sqlite_db)
    mid = meetings.save(MeetingForm(title="نشست نخست", held_on=dt.date(2025, 1, 1),
                                    held_at=dt.time(10, 15))).value
    deleted = _step(sqlite_db, lambda: meetings.delete(mid))
    assert deleted.is_delete
    changes = UndoService(sqlite_db).revert(deleted.entry_ids)
    assert changes.created == {"meetings": frozenset({mid})}
    assert not changes.deleted and not changes.updated
    back = meetings.get(mid)
    assert (back.title, back.held_on, back.held_at) == ("نشست نخست", dt.date(2025, 1, 1),
                                                         dt.time(10, 15))
    with pytest.raises(ConflictError, match="changed again since"):
        UndoService(sqlite_db).revert(deleted.entry_ids)
    with sqlite_db.reading() as s:
        assert s.scalars(select(Meeting.id)).all() == [mid]


def test_undoing_a_creation_says_what_it_deleted(sqlite_db: Database) -> None:
    created = _step(sqlite_db, lambda: _partner(sqlite_db, contacts=2))
    with sqlite_db.reading() as s:
        pid = s.scalars(select(Partner.id)).one()
        contacts = set(s.scalars(select(Contact.id)))
    changes = UndoService(sqlite_db).revert(created.entry_ids)
    assert changes.deleted == {"partners": frozenset({pid}), "contacts": frozenset(contacts)}
    assert not changes.created and not changes.updated
    with sqlite_db.reading() as s:
        assert s.scalar(select(Partner.id)) is None and s.scalar(select(Contact.id)) is None


# ----------------------------------------------------------------- deleted records


def test_deleted_records_are_whole_records_newest_first(sqlite_db: Database) -> None:
    partners, meetings, undo = (PartnerService(sqlite_db), MeetingService(sqlite_db),
                                UndoService(sqlite_db))
    first = _partner(sqlite_db, name="نخست", contacts=2)
    second = meetings.save(MeetingForm(title="نشست", held_on=dt.date(2025, 1, 1))).value
    third = _partner(sqlite_db, name="سوم", contacts=1)
    # a contact removed from a kept partner is a part, not a deleted record
    form = partners.get(third)
    gone_contact = form.contacts[0].id
    form.contacts = []
    partners.save(form)
    partners.delete(first)
    meetings.delete(second)
    listed = undo.deleted_records()
    assert [(e.entity, e.entity_id) for e in listed] == [("meetings", second),
                                                         ("partners", first)]
    assert listed[1].title == "نخست"
    assert [(e.entity, e.entity_id) for e in undo.deleted_records(limit=1)] == [
        ("meetings", second)]
    # the removed contact is listed among the kept partner's deleted parts, only there
    parts = undo.deleted_parts("partners", third)
    assert [(e.entity, e.entity_id) for e in parts] == [("contacts", gone_contact)]
    assert undo.deleted_parts("partners", 999) == []
    assert undo.deleted_parts("no_such_table", third) == []
    # brought back, a record leaves the list
    with sqlite_db.reading() as s:
        entry = s.scalars(select(AuditEntry.id).where(
            AuditEntry.entity == "partners", AuditEntry.entity_id == first,
            AuditEntry.action == "delete")).one()
    changes = undo.undelete(entry)
    assert changes.created["partners"] == frozenset({first})
    assert len(changes.created["contacts"]) == 2
    assert [(e.entity, e.entity_id) for e in undo.deleted_records()] == [("meetings", second)]
    assert [c.name for c in partners.get(first).contacts] == ["رابط 0", "رابط 1"]


def test_an_undelete_is_audited_as_the_same_record_coming_back(sqlite_db: Database) -> None:
    pid = _partner(sqlite_db, name="بازگشتی", contacts=0)
    with sqlite_db.reading() as s:
        uuid = s.get(Partner, pid).uuid
    deleted = _step(sqlite_db, lambda: PartnerService(sqlite_db).delete(pid))
    UndoService(sqlite_db).revert(deleted.entry_ids)
    with sqlite_db.reading() as s:
        assert s.get(Partner, pid).uuid == uuid  # the same record, not a copy
        back = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (back.action, back.entity, back.entity_id, back.source) == ("insert", "partners", pid, "app")
    assert back.entity_uuid == uuid and back.actor == sqlite_db.actor
    assert back.changes["name"] == [None, "بازگشتی"] and back.changes["uuid"] == [None, uuid]


def test_refusals_say_exactly_why_in_both_languages(sqlite_db: Database) -> None:
    partners = PartnerService(sqlite_db)
    created = _step(sqlite_db, lambda: _partner(sqlite_db, name="فناوران", contacts=0))
    with sqlite_db.reading() as s:
        pid = s.scalars(select(Partner.id)).one()
    form = partners.get(pid)
    form.city = "اصفهان"
    partners.save(form)
    set_language("en")
    with pytest.raises(ConflictError) as caught:
        UndoService(sqlite_db).revert(created.entry_ids)
    assert str(caught.value) == "“فناوران” was changed again since; it was not undone."
    set_language("fa")
    with pytest.raises(ConflictError) as caught:
        UndoService(sqlite_db).revert(created.entry_ids)
    assert str(caught.value) == "«فناوران» از آن پس دوباره تغییر کرده است؛ بازگردانده نشد."
    form = partners.get(pid)
    form.city = ""
    partners.save(form)  # typed back: the creation can be taken back again ...
    MoUService(sqlite_db).save(MoUForm(number="7", title="t", parties=[PartyForm(partner_id=pid)]))
    with pytest.raises(ConflictError) as caught:  # ... were it not a party to an MoU now
        UndoService(sqlite_db).revert(created.entry_ids)
    assert str(caught.value) == ("رکوردهایی که بعداً افزوده شده‌اند به این یکی وابسته‌اند؛ "
                                 "بازگردانده نشد.")
    set_language("en")
    with pytest.raises(ConflictError) as caught:
        UndoService(sqlite_db).revert(created.entry_ids)
    assert str(caught.value) == "Records added since depend on this one; it was not undone."


def test_deleted_parts_are_this_records_only_newest_first(sqlite_db: Database) -> None:
    partners, undo = PartnerService(sqlite_db), UndoService(sqlite_db)
    mine = _partner(sqlite_db, name="من", contacts=3)
    other = _partner(sqlite_db, name="دیگری", contacts=1)
    for pid in (mine, mine, other):
        form = partners.get(pid)
        form.contacts = form.contacts[1:]
        partners.save(form)
    with sqlite_db.reading() as s:
        gone = s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.entity == "contacts", AuditEntry.action == "delete")
            .order_by(AuditEntry.id)).all()
    parts = undo.deleted_parts("partners", mine)
    assert [e.entity_id for e in parts] == [gone[1], gone[0]]
    assert [e.entity_id for e in undo.deleted_parts("partners", other)] == [gone[2]]
    assert len(undo.deleted_parts("partners", mine, limit=1)) == 1
