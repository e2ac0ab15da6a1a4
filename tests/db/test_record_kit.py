"""The record kit on SQLite and PostgreSQL: save conflicts, delete plans, usage, choices,
and every service's operation returning exactly the ids its unit of work wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Body, BodyKind, Letter, Meeting, Partner, PartnerKind
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.bodies import BodyForm, BodyService, MemberForm
from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.events import EventForm, EventService
from desktop_app.domain.hubs import HubForm, HubService, MissionForm
from desktop_app.domain.i18n import set_language
from desktop_app.domain.kit import RecordService, note_bulk, operation
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.mous import AxisForm, MoUForm, MoUService, PartyForm
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerService

D = dt.date


@pytest.fixture(autouse=True)
def _persian_afterwards():
    """Tests here switch the message language; the others expect Persian, the default."""
    yield
    set_language("fa")


def _park(db, name="پارک علم و فناوری") -> int:
    return PartnerService(db).save(PartnerForm(name=name, kind=PartnerKind.PARK)).value


def _written_by_audit(db, after: int) -> Changes:
    """What the audit trail recorded after entry *after*: the unit of work's own account."""
    with db.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id)
                         .where(AuditEntry.id > after)).all()
    out: dict[str, dict[str, set[int]]] = {"insert": {}, "update": {}, "delete": {}}
    for action, entity, rid in rows:
        out[action].setdefault(entity, set()).add(rid)
    created, updated, deleted = out["insert"], out["update"], out["delete"]
    for table, ids in deleted.items():
        born = created.get(table, set()) & ids
        created[table] = created.get(table, set()) - born
        ids -= born
    updated = {k: v - created.get(k, set()) - deleted.get(k, set()) for k, v in updated.items()}
    return Changes.of(created=created, updated=updated, deleted=deleted)


def _last_audit(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.max(AuditEntry.id))) or 0


def _same(db, run: Callable[[], Any], bumped: dict[str, set[int]] | None = None) -> Changes:
    """Run an operation; assert its changes are exactly what the audit trail saw written.

    *bumped*: records whose only write was their version (a change of their child rows),
    which the audit trail, keeping field changes, does not list but the database row did
    receive."""
    before = _last_audit(db)
    result = run()
    changes = result if isinstance(result, Changes) else result.changes
    assert changes == _written_by_audit(db, before) | Changes.of(updated=bumped)
    return changes


# --------------------------------------------------------------------------- conflicts


def test_save_conflict_changed_and_deleted_elsewhere(any_db):
    set_language("en")
    ls = LetterService(any_db)
    lid = ls.save(LetterForm(subject="s", dated=D(2024, 1, 1))).value
    mine, theirs = ls.get(lid), ls.get(lid)
    theirs.subject = "theirs"
    ls.save(theirs)
    mine.subject = "mine"
    with pytest.raises(ConflictError, match="Someone else changed this letter"):
        ls.save(mine)
    assert ls.get(lid).subject == "theirs"  # nothing of the refused save landed
    ls.delete(lid)
    with pytest.raises(ConflictError, match="This letter was deleted elsewhere"):
        ls.save(mine)
    with pytest.raises(NotFoundError, match="This letter no longer exists"):
        ls.get(lid)
    set_language("fa")
    with pytest.raises(NotFoundError, match="این مکاتبه دیگر وجود ندارد"):
        ls.get(lid)
    with pytest.raises(ConflictError, match=r"^این مکاتبه در جای دیگری حذف شده است\.$"):
        ls.save(mine)
    lid = ls.save(LetterForm(subject="s", dated=D(2024, 1, 1))).value
    mine, theirs = ls.get(lid), ls.get(lid)
    theirs.subject = "theirs"
    ls.save(theirs)
    with pytest.raises(ConflictError, match=r"^پس از آنکه این مکاتبه را باز کردید، کس دیگری آن را"):
        ls.save(mine)


def test_a_link_that_is_gone_names_its_field(any_db):
    set_language("en")
    with pytest.raises(ValidationError) as e:
        ActionService(any_db).save(ActionForm(title="t", mou_id=999, meeting_id=998))
    assert set(e.value.errors) == {"mou_id", "meeting_id"}
    assert "meeting" in e.value.errors["meeting_id"]


def test_text_fields_checked_once_in_the_base(any_db):
    """The guard's rules (bidi controls stripped, NUL and over-length refused with the
    field's name) come from the kit's save for every kind."""
    set_language("en")
    ls = LetterService(any_db)
    lid = ls.save(LetterForm(subject="\u202bموضوع\u202c", dated=D(2024, 1, 1))).value
    assert ls.get(lid).subject == "موضوع"
    for service, form in ((ls, LetterForm(subject="a\x00b", dated=D(2024, 1, 1))),
                          (MeetingService(any_db), MeetingForm(title="a\x00b",
                                                               held_on=D(2024, 1, 1))),
                          (ActionService(any_db), ActionForm(title="x" * 5000))):
        with pytest.raises(ValidationError) as e:
            service.save(form)  # type: ignore[attr-defined]
        assert "title" in e.value.errors or "subject" in e.value.errors
    assert LetterService(any_db).count() == 1


def test_unchanged_save_writes_nothing(any_db):
    ls = LetterService(any_db)
    lid = ls.save(LetterForm(subject="s", dated=D(2024, 1, 1))).value
    f = ls.get(lid)
    result = ls.save(f)
    assert result.value == lid and not result.changes
    assert ls.get(lid).version == f.version


# --------------------------------------------------------------------------- plans, usage


def test_delete_plan_usage_then_delete(any_db):
    ms, acts, ls = MeetingService(any_db), ActionService(any_db), LetterService(any_db)
    mid = ms.save(MeetingForm(title="m", held_on=D(2025, 1, 1))).value
    a1 = acts.save(ActionForm(title="a", meeting_id=mid)).value
    a2 = acts.save(ActionForm(title="b", meeting_id=mid)).value
    lid = ls.save(LetterForm(subject="l", dated=D(2025, 1, 2), meeting_id=mid)).value
    assert ms.usage(mid) == {"action_items": 2, "-letters": 1}
    # usage is a dry run: nothing went
    assert ms.count() == 1 and acts.count() == 2
    changes = _same(any_db, lambda: ms.delete(mid))
    assert changes.deleted == {"meetings": {mid}, "action_items": {a1, a2}}
    assert changes.updated == {"letters": {lid}}
    with any_db.reading() as s:
        assert s.get(Meeting, mid) is None
        assert s.get(Letter, lid).meeting_id is None
    assert ms.delete(mid) == Changes()  # already gone: nothing written


def test_usage_of_a_hub(any_db):
    hubs = HubService(any_db)
    park = _park(any_db)
    hid = hubs.save(HubForm(host_partner_id=park, country_code="TR",
                            missions=[MissionForm(title="m1"), MissionForm(title="m2")])).value
    mission = hubs.get(hid).missions[0].id
    ActionService(any_db).save(ActionForm(title="a", mission_id=mission))
    LetterService(any_db).save(LetterForm(subject="l", dated=D(2025, 1, 1), hub_id=hid))
    assert hubs.usage(hid) == {"action_items": 1, "hub_missions": 2, "-letters": 1}
    assert ActionService(any_db).usage(1) == {}


def test_choices_and_count(any_db):
    set_language("en")
    ms = MeetingService(any_db)
    with any_db.unit_of_work() as s:
        body = Body(kind=BodyKind.STEERING_COUNCIL, name="Council")
        s.add(body)
        s.flush()
        bid = body.id
    old = ms.save(MeetingForm(body_id=bid, ordinal=1, held_on=D(2024, 1, 1))).value
    new = ms.save(MeetingForm(title="Later", held_on=D(2025, 1, 1))).value
    choices = ms.choices()
    assert [i for i, _ in choices] == [new, old]  # newest first
    assert dict(choices)[old].startswith("Meeting 1 of Council")
    assert ms.count() == 2
    assert isinstance(ms, RecordService) and ms.entity == "meetings"


def test_rows_come_in_chunks_and_skip_missing(any_db):
    ls = LetterService(any_db)
    with any_db.unit_of_work() as s:
        s.add_all([Letter(subject=f"s{i}", dated=D(2024, 1, 1), reference_number=str(i))
                   for i in range(1203)])
    ids = ls.query()
    assert len(ids) == 1203
    rows = ls.rows([*ids, 10**9])
    assert set(rows) == set(ids)


# --------------------------------------------------------------------------- changes


def test_every_operation_returns_what_its_unit_of_work_wrote(any_db):
    park = _park(any_db)
    other = _park(any_db, "دانشگاه")
    partners = PartnerService(any_db)
    # partners: contacts added, one removed (an orphan the audit now sees go)
    pid = _same(any_db, lambda: partners.save(PartnerForm(
        name="شرکت", contacts=[ContactForm(name="a"), ContactForm(name="b")]))).created
    pid_ = next(iter(pid["partners"]))
    f = partners.get(pid_)
    f.contacts = f.contacts[:1]
    ch = _same(any_db, lambda: partners.save(f))
    assert ch.deleted.get("contacts")
    # MoU with parties and axes; then one axis dropped
    mous = MoUService(any_db)
    res = _same(any_db, lambda: mous.save(MoUForm(
        title="تفاهم", parties=[PartyForm(partner_id=park), PartyForm(partner_id=other)],
        axes=[AxisForm(title="x"), AxisForm(title="y")])))
    mou_id = res.created["mous"]
    assert len(res.created["cooperation_axes"]) == 2
    m = mous.get(next(iter(mou_id)))
    m.axes = m.axes[1:]
    assert _same(any_db, lambda: mous.save(m),
                 bumped={"mous": {m.id}}).deleted.get("cooperation_axes")
    # hub with missions, one removed
    hubs = HubService(any_db)
    hid = hubs.save(HubForm(host_partner_id=park, country_code="CN",
                            missions=[MissionForm(title="1"), MissionForm(title="2")])).value
    h = hubs.get(hid)
    h.missions = h.missions[:1]
    assert _same(any_db, lambda: hubs.save(h), bumped={"hubs": {hid}}).deleted.get("hub_missions")
    # body with members, one removed
    bodies = BodyService(any_db)
    bid = _same(any_db, lambda: bodies.save(BodyForm(
        name="کارگروه", members=[MemberForm(person="p"), MemberForm(person="q")]))).created
    b = bodies.get(next(iter(bid["bodies"])))
    b.members = b.members[1:]
    assert _same(any_db, lambda: bodies.save(b),
                 bumped={"bodies": {b.id}}).deleted.get("body_members")
    # events with partners, letters, meetings, actions
    events = EventService(any_db)
    eid = events.save(EventForm(title="e", held_on=D(2025, 2, 1), partner_ids=[park])).value
    e = events.get(eid)
    e.partner_ids = [park, other]
    assert _same(any_db, lambda: events.save(e),
                 bumped={"events": {eid}}).updated == {"events": {eid}}
    mid = _same(any_db, lambda: MeetingService(any_db).save(
        MeetingForm(title="m", held_on=D(2025, 1, 1), body_id=b.id))).created["meetings"]
    meeting = next(iter(mid))
    _same(any_db, lambda: ActionService(any_db).save(ActionForm(title="a", meeting_id=meeting)))
    _same(any_db, lambda: LetterService(any_db).save(
        LetterForm(subject="l", dated=D(2025, 1, 1), body_id=b.id, meeting_id=meeting)))
    # deletes with their cascades
    _same(any_db, lambda: bodies.delete(b.id))
    _same(any_db, lambda: hubs.delete(hid))
    _same(any_db, lambda: events.delete(eid))
    _same(any_db, lambda: mous.delete(m.id))
    _same(any_db, lambda: partners.delete(pid_))
    with any_db.reading() as s:
        assert s.get(Partner, pid_) is None


def test_bulk_writes_join_the_operation_changes(any_db):
    """Rows written with Core statements (the importer's bulk paths) are added in one place
    and come out in the operation's changes with the ORM's."""
    from sqlalchemy import insert

    ls = LetterService(any_db)
    kept = ls.save(LetterForm(subject="kept", dated=D(2024, 1, 1))).value
    with operation(any_db) as op:
        s = op.session
        s.get(Letter, kept).subject = "edited"
        s.flush()
        new_id = s.execute(insert(Letter).values(subject="bulk", dated=D(2024, 1, 2),
                                                 reference_number="", sender="",
                                                 recipient="", summary="",
                                                 uuid="00000000-0000-7000-8000-000000000001")
                           .returning(Letter.id)).scalar_one()
        note_bulk(s, "insert", "letters", [new_id])
    assert op.changes == Changes.of(created={"letters": [new_id]}, updated={"letters": [kept]})
    assert ls.count() == 2
