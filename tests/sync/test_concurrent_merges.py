"""One partner merged into two others on two registers: every register ends the same way."""

from __future__ import annotations

from collections.abc import Callable

from db.database import Database
from desktop_app.domain.partners import ContactForm, PartnerService
from desktop_app.sync.engine import sync_direct
from desktop_app.sync.ops import merge_partners
from tests.sync.helpers import add_partner, differences, partner_id, snapshot
from tests.sync.test_sync2_rules import _office

Site = Callable[[str], Database]


def _three(new_site: Site) -> tuple[Database, Database, Database, dict[str, str]]:
    """The office with Kept, Merged and Other Park, and two laptops that have all three."""
    office, one, two = _office(new_site)
    add_partner(office, "Other Park")
    sync_direct(one, office)
    sync_direct(two, office)
    return office, one, two, {v["name"]: u for u, v in snapshot(office)["partners"].items()}


def _merge(db: Database, uuid_of: dict[str, str], kept: str, merged: str) -> None:
    merge_partners(db, partner_id(db, uuid_of[kept]) or 0, partner_id(db, uuid_of[merged]) or 0)


def test_one_partner_merged_into_two_others_ends_the_same_everywhere(new_site: Site) -> None:
    """The stress run's fifth example: laptop one merges P into K, laptop two merges P (and
    its contact) into O. P's contact was on K on one register, on O on the others. Now the
    partner the earlier merge kept joins the one the later merge kept, everywhere."""
    from desktop_app.sync.ops import open_conflicts

    office, one, two, uuid_of = _three(new_site)
    service = PartnerService(two)
    form = service.get(partner_id(two, uuid_of["Merged Park"]) or 0)
    form.contacts = [*form.contacts, ContactForm(name="رابط دو")]
    service.save(form)
    _merge(one, uuid_of, "Kept Park", "Merged Park")
    _merge(two, uuid_of, "Other Park", "Merged Park")        # the later merge
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert set(shots[0]["partners"]) == {uuid_of["Other Park"]}
    (contact,) = shots[0]["contacts"].values()
    assert contact["partner_id"] == uuid_of["Other Park"]
    for db in (office, one, two):
        (conflict,) = [c for c in open_conflicts(db) if c["kind"] == "merge"]
        assert (conflict["mine"]["joined"], conflict["mine"]["into"]) == (
            uuid_of["Kept Park"], uuid_of["Other Park"])


def test_a_partner_joined_to_one_deleted_meanwhile_goes_with_it_everywhere(new_site: Site) -> None:
    """The stress run's sixth example: laptops one and two merge P into K and into O, so K
    joins O; the office, having heard of neither, deletes O. Where the join came first, O's
    delete took K (and K's contact) with it; the office, which had deleted O first, kept K."""
    office, one, two, uuid_of = _three(new_site)
    service = PartnerService(one)
    form = service.get(partner_id(one, uuid_of["Kept Park"]) or 0)
    form.contacts = [*form.contacts, ContactForm(name="رابط یک")]
    service.save(form)
    _merge(one, uuid_of, "Kept Park", "Merged Park")
    _merge(two, uuid_of, "Other Park", "Merged Park")
    PartnerService(office).delete(partner_id(office, uuid_of["Other Park"]) or 0)
    sync_direct(two, one)                     # both join K to O
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert not shots[0]["partners"] and not shots[0]["contacts"]


def test_an_edit_seen_by_one_merge_and_not_the_other_lands_the_same_everywhere(new_site: Site) -> None:
    """test_found_6: laptop two edits P's phone and merges P into O; laptop one, not having
    seen the edit, merges P into K later. Where K's merge came first the edit followed P
    onto K; on laptop two K's merge arrived after its own and the edit stayed behind. Now
    what the arriving merge had not seen lands on its partner there too."""
    office, one, two, uuid_of = _three(new_site)
    service = PartnerService(two)
    form = service.get(partner_id(two, uuid_of["Merged Park"]) or 0)
    form.phone = "021-2"
    service.save(form)
    _merge(two, uuid_of, "Other Park", "Merged Park")
    _merge(one, uuid_of, "Kept Park", "Merged Park")         # the later merge
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert set(shots[0]["partners"]) == {uuid_of["Kept Park"]}
    assert shots[0]["partners"][uuid_of["Kept Park"]]["phone"] == "021-2"
