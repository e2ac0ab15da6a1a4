"""Situations found by the long stress run and the rest of issue 11, one at a time."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from db.database import Database
from db.models import Contact
from desktop_app.domain.partners import ContactForm, PartnerService
from desktop_app.sync.engine import sync_direct
from desktop_app.sync.ops import merge_partners
from tests.sync.helpers import add_partner, differences, partner_id, snapshot

Site = Callable[[str], Database]


def _office(new_site: Site) -> tuple[Database, Database, Database]:
    office, one, two = new_site("office"), new_site("one"), new_site("two")
    add_partner(office, "Kept Park")
    add_partner(office, "Merged Park")
    sync_direct(one, office, join=True)
    sync_direct(two, office, join=True)
    return office, one, two


def test_contact_for_a_partner_merged_in_the_same_batch_lands_on_the_kept_one(new_site: Site) -> None:
    office, one, two = _office(new_site)
    by_name = {PartnerService(office).get(p).name: p for p in PartnerService(office).query()}
    kept, merged = by_name["Kept Park"], by_name["Merged Park"]
    # A contact added on laptop one to the partner the office merges meanwhile.
    service = PartnerService(one)
    pid = next(p for p in service.query() if service.get(p).name == "Merged Park")
    form = service.get(pid)
    form.contacts = [*form.contacts, ContactForm(name="رابط تازه")]
    service.save(form)
    merge_partners(office, kept, merged)
    sync_direct(one, office)
    # Laptop two receives the merge and the contact in one batch.
    sync_direct(two, office)
    sync_direct(one, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1])
    assert not differences(shots[0], shots[2])
    with two.reading() as s:
        owners = s.scalars(select(Contact.partner_id).where(Contact.name == "رابط تازه")).all()
    assert owners == [partner_id(two, next(u for u, v in shots[2]["partners"].items()
                                           if v["name"] == "Kept Park"))]
