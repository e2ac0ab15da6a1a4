"""A unit of work says which audit entries it wrote (``Changes.entries``), so the window's
undo takes its step from the save itself instead of reading the trail again (issue 10),
on SQLite and PostgreSQL: the entries are exactly the trail's, the audit rows still go in
one statement, and changes that do not know all their entries say so (``None``)."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from db.database import Database
from db.models import AuditEntry, PartnerKind
from desktop_app.domain.changes import Changes
from desktop_app.domain.hubs import HubForm, HubService, MissionForm
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.domain.undo import UndoService


def _last(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


def _trail_after(db: Database, after: int) -> set[tuple[int, str, str, str]]:
    with db.reading() as s:
        return {tuple(r) for r in s.execute(  # type: ignore[misc]
            select(AuditEntry.id, AuditEntry.entity, AuditEntry.action, AuditEntry.source)
            .where(AuditEntry.id > after))}


def test_a_save_returns_the_audit_entries_it_wrote_in_one_statement(any_db: Database) -> None:
    park = PartnerService(any_db).save(PartnerForm(name="پارک علم", kind=PartnerKind.PARK)).value
    before = _last(any_db)
    inserts: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_a: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            inserts.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", note)
    try:
        saved = HubService(any_db).save(HubForm(
            host_partner_id=park, country_code="CN",
            missions=[MissionForm(title="میز فناوری"), MissionForm(title="گزارش جامع")]))
    finally:
        event.remove(any_db.engine, "before_cursor_execute", note)
    entries = saved.changes.entries
    assert entries is not None and len(entries) == 3  # the hub and its two missions
    assert {tuple(e) for e in entries} == _trail_after(any_db, before)
    assert len(inserts) == 1  # RETURNING did not split the audit rows into one per row
    step = UndoService.step_of(entries)
    assert step == UndoService(any_db).step_since(before)
    assert step is not None and step.entities == {"hubs", "hub_missions"} and not step.is_delete
    # a save that changes nothing wrote no entry, and knows it
    assert HubService(any_db).save(HubService(any_db).get(saved.value)).changes.entries == ()


def test_changes_that_do_not_know_all_their_entries_say_none(any_db: Database) -> None:
    partners = PartnerService(any_db)
    pid = partners.save(PartnerForm(name="Bilkent", kind=PartnerKind.UNIVERSITY)).value
    deleted = partners.delete(pid)
    undo = UndoService(any_db)
    step = UndoService.step_of(deleted.entries or ())
    assert step is not None and step.is_delete
    # the undo re-inserts with Core (note_bulk): its write set no longer knows every entry
    assert undo.revert(step.entry_ids).entries is None
    assert Changes.of(updated={"partners": [pid]}).entries is None
    known = Changes(entries=())
    assert (known | Changes.of(created={"partners": [pid]})).entries is None
    assert (deleted | known).entries == deleted.entries
    assert deleted == Changes.of(deleted=deleted.deleted)  # the entries are not compared


@pytest.mark.parametrize("source", ["import", "sync"])
def test_entries_of_an_import_or_a_sync_are_no_step(source: str) -> None:
    from db.audit import AuditNote

    assert UndoService.step_of([AuditNote(7, "partners", "insert", source)]) is None
    assert UndoService.step_of([AuditNote(7, "no_such_table", "insert", "app")]) is None
    mixed = [AuditNote(9, "contacts", "delete", "app"), AuditNote(8, "partners", "delete", "app")]
    found = UndoService.step_of(mixed)
    assert found is not None and found.entry_ids == (8, 9) and found.is_delete
