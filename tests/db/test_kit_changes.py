"""The record kit's save returns the Changes of its unit of work — created, updated and
deleted ids per table, exactly — on SQLite and PostgreSQL; ``save_form`` hands back the
saved record without a second reading; an update reads only the links it changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from db.database import Database
from db.models import AuditEntry, BodyKind, HubMission, PartnerKind
from desktop_app.domain.bodies import BodyForm, BodyService
from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.hubs import HubForm, HubService, MissionForm
from desktop_app.domain.i18n import set_language
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.mous import AxisForm, MoUForm, MoUService, PartyForm
from desktop_app.domain.partners import PartnerForm, PartnerService


@pytest.fixture(autouse=True)
def _persian_afterwards():
    yield
    set_language("fa")


def _park(db: Database, name: str) -> int:
    return PartnerService(db).save(PartnerForm(name=name, kind=PartnerKind.PARK)).value


def _audited_after(db: Database, after: int) -> dict[str, dict[str, set[int]]]:
    """The audit trail's own account of what was written after entry *after*."""
    out: dict[str, dict[str, set[int]]] = {"insert": {}, "update": {}, "delete": {}}
    with db.reading() as s:
        for action, entity, rid in s.execute(select(AuditEntry.action, AuditEntry.entity,
                                                    AuditEntry.entity_id)
                                             .where(AuditEntry.id > after)):
            out[action].setdefault(entity, set()).add(rid)
    return out


def _last_audit(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


def _statements(db: Database) -> list[str]:
    seen: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_a: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", note)
    return seen


def test_save_returns_created_updated_and_deleted_ids_per_table(any_db: Database) -> None:
    park = _park(any_db, "پارک علم و فناوری")
    hubs = HubService(any_db)
    first = hubs.save(HubForm(host_partner_id=park, country_code="CN",
                              missions=[MissionForm(title="میز فناوری"),
                                        MissionForm(title="گزارش جامع")]))
    hub_id = first.value
    with any_db.reading() as s:
        mission_ids = sorted(s.scalars(select(HubMission.id).where(HubMission.hub_id == hub_id)))
    assert first.changes == Changes.of(created={"hubs": [hub_id], "hub_missions": mission_ids})

    # One save that updates the hub and a mission, drops a mission and adds one.
    form = hubs.get(hub_id)
    kept, dropped = form.missions
    kept.progress = 40
    form.missions = [kept, MissionForm(title="دفتر مشترک")]
    form.notes = "راه‌اندازی تیر ۱۴۰۱"
    before = _last_audit(any_db)
    second = hubs.save(form)
    with any_db.reading() as s:
        added = s.scalar(select(HubMission.id).where(HubMission.hub_id == hub_id,
                                                     HubMission.title == "دفتر مشترک"))
    assert added is not None
    assert second.changes == Changes.of(created={"hub_missions": [added]},
                                        updated={"hubs": [hub_id], "hub_missions": [kept.id]},
                                        deleted={"hub_missions": [dropped.id]})
    audited = _audited_after(any_db, before)  # the same ids the audit trail recorded
    assert audited["insert"] == {"hub_missions": {added}}
    assert audited["update"] == {"hubs": {hub_id}, "hub_missions": {kept.id}}
    assert audited["delete"] == {"hub_missions": {dropped.id}}

    # A save that changes nothing writes nothing and says so.
    assert not hubs.save(hubs.get(hub_id)).changes


def test_save_form_returns_the_saved_record_without_reading_it_again(any_db: Database) -> None:
    park = _park(any_db, "پارک فناوری پردیس")
    other = _park(any_db, "پالایشگاه")
    mous = MoUService(any_db)
    made = mous.save_form(MoUForm(title="تفاهم‌نامه ۵۴", number="54",
                                  parties=[PartyForm(partner_id=park),
                                           PartyForm(partner_id=other)],
                                  axes=[AxisForm(title=f"محور {i}") for i in range(5)]))
    saved = made.value
    assert saved.id is not None and saved.version == mous.get(saved.id).version
    assert [p.partner_id for p in saved.parties] == [park, other]
    assert all(p.id for p in saved.parties) and all(a.id for a in saved.axes)
    assert made.changes.created["cooperation_axes"] == {a.id for a in saved.axes}

    saved.title = "تفاهم‌نامه همکاری ۵۴"
    seen = _statements(any_db)
    again = mous.save_form(saved)
    reads = [q for q in seen if q.startswith("SELECT") and "sync_" not in q
             and "alembic_version" not in q]
    assert again.value == mous.get(saved.id)  # what is stored, as the form shows it
    assert again.changes == Changes.of(updated={"mous": [saved.id]})
    # The update read the MoU with its parties and axes, not the partners, hub or number.
    assert not any(q.startswith("SELECT partners") for q in reads), reads
    assert not any("lower(mous.number)" in q for q in reads), reads
    assert len(reads) <= 2, reads


def test_an_update_checks_only_the_links_it_changed(any_db: Database) -> None:
    set_language("en")
    park = _park(any_db, "Pardis Technology Park")
    bodies = BodyService(any_db)
    body = bodies.save(BodyForm(name="Steering council", kind=BodyKind.STEERING_COUNCIL)).value
    other = bodies.save(BodyForm(name="Working group", kind=BodyKind.WORKING_GROUP)).value
    meetings = MeetingService(any_db)
    sixth = meetings.save_form(MeetingForm(title="", ordinal=6, held_on=dt.date(2025, 5, 1),
                                           body_id=body)).value
    seventh = meetings.save(MeetingForm(title="", ordinal=7, held_on=dt.date(2025, 6, 1),
                                        body_id=body)).value
    assert park
    # Same body, same number: the number is not checked again (the body is read only for
    # the MoU and hub a body's meeting takes from it).
    sixth.place = "Tehran"
    seen = _statements(any_db)
    sixth = meetings.save_form(sixth).value
    assert not any("meetings.ordinal =" in q for q in seen), seen
    # A changed number is checked, and names the body.
    sixth.ordinal = 7
    with pytest.raises(ValidationError) as refused:
        meetings.save(sixth)
    assert refused.value.errors["ordinal"] == "Steering council already has a meeting number 7."
    # A changed body is read and must exist; the number is free in the other body.
    sixth.body_id = other
    moved = meetings.save_form(sixth).value
    assert (moved.body_id, moved.ordinal) == (other, 7)
    assert meetings.get(seventh).body_id == body
    moved.body_id = 999_999
    with pytest.raises(ValidationError) as gone:
        meetings.save(moved)
    assert "body_id" in gone.value.errors
