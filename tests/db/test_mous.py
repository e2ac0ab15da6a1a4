"""MoUService and BodyService against real databases: save, order, validation, lifecycle,
delete cascades, conflicts and search (SQLite always, PostgreSQL through ``any_db``)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.database import Database
from db.models import (
    ActionItem,
    Attachment,
    AuditEntry,
    Body,
    BodyKind,
    BodyMember,
    CooperationAxis,
    Letter,
    LetterDirection,
    Meeting,
    MoU,
    MoUParty,
    MoUStatus,
)
from desktop_app.domain import i18n
from desktop_app.domain.bodies import BodyForm, BodyService, MemberForm
from desktop_app.domain.demo import AXES_54, build_demo
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.mous import (
    AxisForm,
    MoUForm,
    MoUQuery,
    MoUService,
    PartyForm,
    allowed_statuses,
)
from desktop_app.domain.partners import PartnerForm, PartnerService

SIGNED = dt.date(2025, 12, 16)  # 1404/09/25, seed 001


@pytest.fixture(autouse=True)
def english_messages():
    i18n.set_language("en")
    yield
    i18n.set_language("fa")


def partners(db: Database, *names: str) -> list[int]:
    svc = PartnerService(db)
    return [svc.save(PartnerForm(name=n, country_code=c)).value
            for n, c in zip(names, ["IR", "IR", "TR", "CN", "IR"], strict=False)]


def seed_form(pids: list[int], **kw) -> MoUForm:
    base = dict(number="54", title="تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و پارک فناوری و نوآوری صنعت نفت",
                signed_on=SIGNED, signed_time=dt.time(12, 0), status=MoUStatus.ACTIVE,
                valid_from=SIGNED, valid_until=dt.date(2026, 12, 15),
                place="حاشیه بیست‌وششمین نمایشگاه دستاوردهای پژوهش، فناوری و فن‌بازار کشور",
                parties=[PartyForm(partner_id=p, role=f"طرف {i}") for i, p in enumerate(pids)],
                axes=[AxisForm(title=t) for t in AXES_54])
    base.update(kw)
    return MoUForm(**base)


def test_create_with_three_parties_and_five_axes_keeps_order(any_db: Database) -> None:
    pids = partners(any_db, "پارک علم و فناوری مازندران", "پارک فناوری و نوآوری صنعت نفت",
                    "تکنوپارک استانبول")
    svc = MoUService(any_db)
    res = svc.save(seed_form([pids[2], pids[0], pids[1]]))
    assert res.changes.created["mous"] == {res.value}
    assert len(res.changes.created["cooperation_axes"]) == 5
    f = svc.get(res.value)
    assert [p.partner_id for p in f.parties] == [pids[2], pids[0], pids[1]]
    assert [a.title for a in f.axes] == AXES_54
    assert f.signed_time == dt.time(12, 0) and f.version == 1

    # reorder, drop one axis, edit one, add one: ids kept where unchanged
    axis_ids = [a.id for a in f.axes]
    f.parties = [f.parties[1], f.parties[2], f.parties[0]]
    f.axes = [f.axes[4], f.axes[0], AxisForm(title="محور تازه"), f.axes[2]]
    f.axes[1].title = "ویرایش‌شده"
    res2 = svc.save(f)
    g = svc.get(res.value)
    assert [p.partner_id for p in g.parties] == [pids[0], pids[1], pids[2]]
    assert [a.title for a in g.axes] == [AXES_54[4], "ویرایش‌شده", "محور تازه", AXES_54[2]]
    assert [a.id for a in g.axes][:2] == [axis_ids[4], axis_ids[0]]
    assert g.axes[3].id == axis_ids[2]
    assert set(res2.changes.deleted["cooperation_axes"]) == {axis_ids[1], axis_ids[3]}
    assert g.version == 2


def test_swapping_and_re_adding_parties_keeps_the_unique_constraint(any_db: Database) -> None:
    pids = partners(any_db, "الف", "ب", "ج")
    svc = MoUService(any_db)
    mid = svc.save(seed_form(pids[:2], number="", status=MoUStatus.DRAFT)).value
    f = svc.get(mid)
    party_ids = [p.id for p in f.parties]
    # swap partners between the two rows the user edited in place
    f.parties[0].partner_id, f.parties[1].partner_id = pids[1], pids[0]
    svc.save(f)
    f = svc.get(mid)
    assert [p.partner_id for p in f.parties] == [pids[1], pids[0]]
    assert sorted(p.id for p in f.parties) == sorted(party_ids)
    # remove a party and add it back as a new line in the same save
    f.parties = [f.parties[0], PartyForm(partner_id=pids[0], role="دوباره"), PartyForm(partner_id=pids[2])]
    svc.save(f)
    assert [p.partner_id for p in svc.get(mid).parties] == [pids[1], pids[0], pids[2]]


def test_validation_messages_name_the_fields(sqlite_db: Database) -> None:
    pids = partners(sqlite_db, "الف", "ب")
    svc = MoUService(sqlite_db)
    with pytest.raises(ValidationError) as e:
        svc.save(MoUForm(title="  ", status=MoUStatus.ACTIVE, parties=[PartyForm(partner_id=pids[0])],
                         valid_from=dt.date(2025, 1, 2), valid_until=dt.date(2025, 1, 1)))
    errors = e.value.errors
    assert errors["title"] == "The title is required."
    assert "at least two parties" in errors["parties"]
    assert "signing date" in errors["signed_on"]
    assert "ends before it begins" in errors["valid_until"]
    with pytest.raises(ValidationError) as e:
        svc.save(seed_form([pids[0], pids[0]]))
    assert "الف is listed as a party more than once" in e.value.errors["parties"]
    # a draft may have a single party (or none)
    assert svc.save(MoUForm(title="پیش‌نویس", parties=[PartyForm(partner_id=pids[0])])).value
    assert svc.count() == 1
    i18n.set_language("fa")
    with pytest.raises(ValidationError) as e:
        svc.save(MoUForm(title=""))
    assert e.value.errors["title"] == "عنوان لازم است."


def test_number_is_unique_and_the_message_names_the_other_mou(any_db: Database) -> None:
    pids = partners(any_db, "الف", "ب")
    svc = MoUService(any_db)
    svc.save(seed_form(pids, number="54", title="نخستین"))
    with pytest.raises(ValidationError) as e:
        svc.save(seed_form(pids, number="۵۴", title="دومین"))  # Persian digits: the same number
    assert e.value.errors["number"] == "Number 54 is already used by the MoU “نخستین”."
    mid = svc.save(seed_form(pids, number="55", title="دومین")).value
    assert svc.get(mid).number == "55"
    # saving an MoU with its own number is fine
    svc.save(svc.get(mid))


@pytest.mark.parametrize(("old", "new"), [
    (MoUStatus.TERMINATED, MoUStatus.DRAFT),
    (MoUStatus.SIGNED, MoUStatus.DRAFT),
    (MoUStatus.ACTIVE, MoUStatus.NEGOTIATING),
    (MoUStatus.RENEWED, MoUStatus.ACTIVE),
    (MoUStatus.EXPIRED, MoUStatus.DRAFT),
])
def test_lifecycle_refusals(sqlite_db: Database, old: MoUStatus, new: MoUStatus) -> None:
    pids = partners(sqlite_db, "الف", "ب")
    svc = MoUService(sqlite_db)
    mid = svc.save(seed_form(pids, status=old)).value
    f = svc.get(mid)
    f.status = new
    with pytest.raises(ValidationError) as e:
        svc.save(f)
    msg = e.value.errors["status"]
    assert old.value in msg.lower() or "final" in msg
    assert svc.get(mid).status == old


def test_lifecycle_allowed_moves(sqlite_db: Database) -> None:
    pids = partners(sqlite_db, "الف", "ب")
    svc = MoUService(sqlite_db)
    mid = svc.save(seed_form(pids, status=MoUStatus.DRAFT, signed_on=None)).value
    for status in (MoUStatus.NEGOTIATING, MoUStatus.DRAFT, MoUStatus.SIGNED, MoUStatus.ACTIVE,
                   MoUStatus.EXPIRED, MoUStatus.RENEWED):
        f = svc.get(mid)
        f.status = status
        if status in (MoUStatus.SIGNED,):
            f.signed_on = SIGNED
        svc.save(f)
        assert svc.get(mid).status == status
    assert allowed_statuses(MoUStatus.TERMINATED) == [MoUStatus.TERMINATED]


def test_delete_takes_everything_that_belongs_to_the_mou(any_db: Database) -> None:
    build_demo(any_db)
    svc = MoUService(any_db)
    npc = svc.query(MoUQuery(text="1401-NPC-ISIPO"))[0]
    usage = svc.usage(npc)
    assert usage["bodies"] == 4 and usage["letters"] == 1 and usage["meetings"] == 2
    with any_db.unit_of_work() as s:
        meeting = s.scalar(select(Meeting.id).where(Meeting.mou_id == npc).limit(1))
        s.add(Attachment(sha256="0" * 64, filename="minutes.pdf", size=1, meeting_id=meeting))
        s.add(Attachment(sha256="1" * 64, filename="scan.pdf", size=1, mou_id=npc))
    changes = svc.delete(npc)
    assert changes.deleted["mous"] == {npc}
    assert len(changes.deleted["bodies"]) == 4
    assert len(changes.deleted["attachments"]) == 2
    assert changes.updated["letters"]
    with any_db.reading() as s:
        assert s.get(MoU, npc) is None
        for model, col in ((MoUParty, MoUParty.mou_id), (CooperationAxis, CooperationAxis.mou_id),
                           (Body, Body.mou_id), (Meeting, Meeting.mou_id),
                           (ActionItem, ActionItem.mou_id), (Attachment, Attachment.mou_id)):
            assert s.scalar(select(func.count()).select_from(model).where(col == npc)) == 0
        assert s.scalar(select(func.count()).select_from(BodyMember)
                        .where(~BodyMember.body_id.in_(select(Body.id)))) == 0
        assert s.scalar(select(func.count()).select_from(Body)
                        .where(Body.parent_id.is_not(None), ~Body.parent_id.in_(select(Body.id)))) == 0
        letter = s.scalar(select(Letter).where(Letter.reference_number == "149384"))
        assert letter is not None and letter.mou_id is None and letter.body_id is None
        audited = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "delete")))
        assert {"mous", "mou_parties", "bodies", "meetings", "action_items"} <= audited
    assert svc.delete(npc) == type(changes)()  # deleting again is a no-op


def test_conflict_on_stale_version(any_db: Database) -> None:
    pids = partners(any_db, "الف", "ب", "ج")
    svc = MoUService(any_db)
    mid = svc.save(seed_form(pids[:2])).value
    mine, theirs = svc.get(mid), svc.get(mid)
    theirs.parties.append(PartyForm(partner_id=pids[2]))  # only the parties change
    svc.save(theirs)
    mine.title = "عنوان من"
    with pytest.raises(ConflictError):
        svc.save(mine)
    assert svc.get(mid).title != "عنوان من"
    assert len(svc.get(mid).parties) == 3
    svc.delete(mid)
    with pytest.raises(ConflictError):
        svc.save(mine)
    with pytest.raises(NotFoundError):
        svc.get(mid)


def test_search_by_party_name_with_arabic_letter_forms(any_db: Database) -> None:
    build_demo(any_db)
    svc = MoUService(any_db)
    # "کوچک" / "یکپارچه" typed with Arabic Kaf and Yeh, ZWNJ replaced by a space
    ids = svc.query(MoUQuery(text="صنايع كوچك شهرك هاي"))
    rows = svc.rows(ids)
    assert [r.number for r in rows.values()] == ["1401-NPC-ISIPO"]
    assert svc.query(MoUQuery(text="تكنوپارک")) == svc.query(MoUQuery(text="تکنوپارک"))
    assert len(svc.query(MoUQuery(text="تکنوپارک"))) == 1
    assert svc.query(MoUQuery(text="۵۴")) == svc.query(MoUQuery(text="54"))


def test_query_filters_and_rows(any_db: Database) -> None:
    build_demo(any_db)
    svc = MoUService(any_db)
    today = dt.date(2026, 11, 22)
    all_ids = svc.query(today=today)
    assert len(all_ids) == 5
    rows = svc.rows(all_ids, today=today)
    by_number = {r.number: r for r in rows.values()}
    assert by_number["54"].days_to_expiry == 23
    assert by_number["54"].parties == ("Mazandaran Science and Technology Park, "
                                       "Oil Industry Technology and Innovation Park")
    i18n.set_language("fa")
    assert svc.rows(all_ids)[by_number["54"].id].parties == (
        "پارک علم و فناوری مازندران، پارک فناوری و نوآوری صنعت نفت")
    assert svc.query(MoUQuery(expiring_within_days=30), today=today) == [by_number["54"].id]
    assert set(svc.query(MoUQuery(expiring_within_days=60), today=today)) == {
        by_number["54"].id, by_number["EAST-1403-02"].id}
    assert svc.query(MoUQuery(country_code="TR")) == [by_number["EAST-1403-02"].id]
    assert set(svc.query(MoUQuery(status=MoUStatus.EXPIRED))) == {
        by_number["KSTP-96-01"].id, by_number["1401-NPC-ISIPO"].id}
    signed = svc.query(MoUQuery(signed_from=dt.date(2022, 1, 1), signed_to=dt.date(2022, 12, 31)))
    assert set(signed) == {by_number["1401-NPC-ISIPO"].id, by_number["EAST-1401-07"].id}
    assert svc.query(MoUQuery(sort="signed_on", descending=False))[0] == by_number["KSTP-96-01"].id
    hub = svc.hub_choices()[0][0]
    assert svc.query(MoUQuery(hub_id=hub))
    assert svc.rows([]) == {}


def test_detail_of_mou_54(sqlite_db: Database) -> None:
    build_demo(sqlite_db)
    svc = MoUService(sqlite_db)
    mid = svc.query(MoUQuery(text="54"))[0]
    d = svc.detail(mid)
    assert [p.name for p in d.parties] == ["پارک علم و فناوری مازندران", "پارک فناوری و نوآوری صنعت نفت"]
    assert [a.title for a in d.axes] == AXES_54
    assert d.bodies[0].kind == BodyKind.WORKING_GROUP and len(d.bodies[0].members) == 2
    assert [m.ordinal for m in d.meetings] == [2, 1]
    assert len(d.open_actions) == 3
    assert [c.id for c in d.renewal_chain] == [mid]


def test_renewal_chain_and_loops(sqlite_db: Database) -> None:
    pids = partners(sqlite_db, "الف", "ب")
    svc = MoUService(sqlite_db)
    a = svc.save(seed_form(pids, number="1", status=MoUStatus.RENEWED)).value
    b = svc.save(seed_form(pids, number="2", renews_id=a)).value
    assert [c.id for c in svc.detail(a).renewal_chain] == [a, b]
    assert [c.id for c in svc.detail(b).renewal_chain] == [a, b]
    f = svc.get(a)
    f.renews_id = b
    with pytest.raises(ValidationError) as e:
        svc.save(f)
    assert "loop" in e.value.errors["renews_id"]
    svc.delete(a)
    assert svc.get(b).renews_id is None


def test_body_tree_save_and_delete(sqlite_db: Database) -> None:
    pids = partners(sqlite_db, "شرکت ملی صنایع پتروشیمی", "سازمان صنایع کوچک")
    mous, bodies = MoUService(sqlite_db), BodyService(sqlite_db)
    mid = mous.save(seed_form(pids)).value
    wg = bodies.save(BodyForm(name="کارگروه مشترک", mou_id=mid, secretariat_partner_id=pids[0],
                              members=[MemberForm(partner_id=pids[0], role="دبیر"),
                                       MemberForm(person="علی رضایی", role="عضو")])).value
    c1 = bodies.save(BodyForm(kind=BodyKind.COMMITTEE, name="کمیته الف", mou_id=mid, parent_id=wg)).value
    bodies.save(BodyForm(kind=BodyKind.COMMITTEE, name="کمیته ب", mou_id=mid, parent_id=wg))
    tree = bodies.tree_for_mou(mid)
    assert [n.name for n in tree] == ["کارگروه مشترک"]
    assert [c.name for c in tree[0].children] == ["کمیته الف", "کمیته ب"]
    assert tree[0].secretariat_name == "شرکت ملی صنایع پتروشیمی"
    f = bodies.get(wg)
    f.parent_id = c1
    with pytest.raises(ValidationError) as e:
        bodies.save(f)
    assert "parent_id" in e.value.errors
    with pytest.raises(ValidationError):
        bodies.save(BodyForm(name=" "))
    assert bodies.usage(wg)["bodies"] == 3
    changes = bodies.delete(wg)
    assert len(changes.deleted["bodies"]) == 3 and len(changes.deleted["body_members"]) == 2
    assert bodies.tree_for_mou(mid) == []


def test_letters_keep_their_record_when_the_mou_goes(sqlite_db: Database) -> None:
    pids = partners(sqlite_db, "الف", "ب")
    svc = MoUService(sqlite_db)
    mid = svc.save(seed_form(pids)).value
    with sqlite_db.unit_of_work() as s:
        s.add(Letter(reference_number="149384", dated=dt.date(2022, 11, 10), subject="x",
                     direction=LetterDirection.INCOMING, mou_id=mid))
    assert svc.detail(mid).letters[0].reference_number == "149384"
    svc.delete(mid)
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == 1
