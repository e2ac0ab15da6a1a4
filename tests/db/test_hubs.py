"""HubService on SQLite and PostgreSQL: missions in one form, one hub per (host, country),
conflicts, the dossier and the delete that says what goes with it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import HubStatus, MoU, Partner, PartnerKind, WorkStatus
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.hubs import HubForm, HubQuery, HubService, MissionForm


def _park(db, name="پارک علم و فناوری یزد"):
    with db.unit_of_work() as s:
        p = Partner(name=name, kind=PartnerKind.PARK, country_code="IR")
        s.add(p)
        s.flush()
        return p.id


def test_create_edit_delete_hub_with_missions(any_db):
    hubs = HubService(any_db)
    host = _park(any_db)
    r = hubs.save(HubForm(host_partner_id=host, country_code="ru", missions=[
        MissionForm(title="میز فناوری", progress=10),
        MissionForm(title="گزارش جامع", progress=100, status=WorkStatus.NOT_STARTED),
        MissionForm(),  # an empty row is dropped
    ]))
    hid = r.value
    assert r.changes.created["hubs"] == {hid}
    form = hubs.get(hid)
    assert form.country_code == "RU"
    assert "روسیه" in form.title  # a title is made from the country when left empty
    assert [m.title for m in form.missions] == ["میز فناوری", "گزارش جامع"]
    assert [m.status for m in form.missions] == [WorkStatus.IN_PROGRESS, WorkStatus.DONE]
    # reorder, edit one, remove none, add one
    form.missions = [form.missions[1], form.missions[0], MissionForm(title="دفتر مشترک")]
    form.missions[1].progress = 55
    r2 = hubs.save(form)
    again = hubs.get(hid)
    assert [m.title for m in again.missions] == ["گزارش جامع", "میز فناوری", "دفتر مشترک"]
    assert again.missions[1].progress == 55
    assert again.version == form.version + 1  # a missions-only change moves the hub's version
    assert r2.changes.created.get("hub_missions")
    row = hubs.rows([hid])[hid]
    assert row.missions == 3 and row.missions_done == 1 and row.progress == round(155 / 3)
    # remove a mission
    again.missions = again.missions[:2]
    hubs.save(again)
    assert len(hubs.get(hid).missions) == 2
    changes = hubs.delete(hid)
    assert changes.deleted["hubs"] == {hid} and len(changes.deleted["hub_missions"]) == 2
    with pytest.raises(NotFoundError):
        hubs.get(hid)
    assert hubs.delete(hid) == type(changes)()


def test_validation(any_db):
    hubs = HubService(any_db)
    with pytest.raises(ValidationError) as e:
        hubs.save(HubForm())
    assert set(e.value.errors) == {"host_partner_id", "country_code"}
    with pytest.raises(ValidationError) as e:
        hubs.validate(HubForm(host_partner_id=1, country_code="XX"))
    assert "country_code" in e.value.errors
    for bad in (-1, 101, 12.5, True):
        with pytest.raises(ValidationError) as e:
            hubs.validate(HubForm(host_partner_id=1, country_code="TR",
                                  missions=[MissionForm(title="x", progress=bad)]))
        assert "missions" in e.value.errors
    with pytest.raises(ValidationError) as e:
        hubs.validate(HubForm(host_partner_id=1, country_code="TR",
                              missions=[MissionForm(owner="someone", progress=5)]))
    assert "missions" in e.value.errors


def test_one_hub_per_host_and_country(any_db):
    hubs = HubService(any_db)
    host = _park(any_db)
    hubs.save(HubForm(host_partner_id=host, country_code="TR"))
    with pytest.raises(ValidationError) as e:
        hubs.save(HubForm(host_partner_id=host, country_code="tr", title="another"))
    assert "country_code" in e.value.errors
    other = _park(any_db, "پارک دیگر")
    hubs.save(HubForm(host_partner_id=other, country_code="TR"))  # another host may
    assert len(hubs.query(HubQuery(country_code="TR"))) == 2


def test_concurrent_edit_is_a_conflict(any_db):
    hubs = HubService(any_db)
    hid = hubs.save(HubForm(host_partner_id=_park(any_db), country_code="CN",
                            missions=[MissionForm(title="a")])).value
    mine, theirs = hubs.get(hid), hubs.get(hid)
    theirs.missions[0].progress = 40
    hubs.save(theirs)
    mine.notes = "mine"
    with pytest.raises(ConflictError):
        hubs.save(mine)
    assert hubs.get(hid).notes == ""
    hubs.delete(hid)
    with pytest.raises(ConflictError):
        hubs.save(mine)


def test_demo_hub_search_detail_and_delete_cascade(any_db):
    build_demo(any_db)
    hubs = HubService(any_db)
    (tr_hub,) = hubs.query(HubQuery(text="ترکيه"))  # Arabic Yeh finds ترکیه
    assert hubs.query(HubQuery(text="Turkey")) == [tr_hub]
    assert len(hubs.query(HubQuery(text="ميز فناوري"))) == 2  # a mission's words find hubs
    assert hubs.query(HubQuery(status=HubStatus.CLOSED)) == []
    d = hubs.detail(tr_hub)
    assert len(d.missions) == 6 and d.missions[0].progress == 40
    assert len(d.hub_mous) == 1 and "استانبول" in d.hub_mous[0].label
    assert {p.label for p in d.partners} >= {"تکنوپارک استانبول", "مرکز تحقیقات مرمره توبیتاک"}
    assert any("ترکیه" in e.label for e in d.events)
    # a mission that actions refer to cannot be removed from the form
    form = hubs.get(tr_hub)
    form.missions = [m for i, m in enumerate(form.missions) if i != 1]
    with pytest.raises(ValidationError) as e:
        hubs.save(form)
    assert "missions" in e.value.errors
    usage = hubs.usage(tr_hub)
    assert usage["hub_missions"] == 6 and usage["action_items"] == 1 and usage["-mous"] == 1
    changes = hubs.delete(tr_hub)
    assert changes.updated.get("mous") and changes.deleted.get("action_items")
    assert ActionService(any_db).count() > 0
    with any_db.reading() as s:  # the MoU stays, unlinked
        assert s.scalar(select(func.count()).select_from(MoU).where(MoU.hub_id == tr_hub)) == 0
        assert s.scalar(select(func.count()).select_from(MoU)) == 5


def test_action_on_a_mission_appears_in_the_dossier(any_db):
    hubs = HubService(any_db)
    hid = hubs.save(HubForm(host_partner_id=_park(any_db), country_code="DE",
                            missions=[MissionForm(title="a")])).value
    mid = hubs.get(hid).missions[0].id
    ActionService(any_db).save(ActionForm(title="do it", mission_id=mid))
    assert hubs.detail(hid).missions[0].open_actions == 1
