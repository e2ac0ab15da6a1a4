"""Situations found by the long stress run and the rest of issue 11, one at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.models import Contact
from desktop_app.domain.partners import ContactForm, PartnerQuery, PartnerService
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


# ---------------------------------------------------------------------- link tables


def test_every_table_is_synced_linked_or_local_with_a_reason() -> None:
    import db.sync_models  # noqa: F401  (its tables are in the metadata too)
    from db.audit import LINK_TABLES, LOCAL_ONLY, SYNCED_TABLES
    from db.models import Base

    undeclared = [t for t in Base.metadata.tables
                  if t not in SYNCED_TABLES and t not in LINK_TABLES and t not in LOCAL_ONLY]
    assert not undeclared, f"tables neither synced nor declared local-only: {undeclared}"
    assert all(len(reason) > 20 for reason in LOCAL_ONLY.values())
    assert not set(SYNCED_TABLES) & set(LOCAL_ONLY)
    for link, (owner, _field, own, item) in LINK_TABLES.items():
        table = Base.metadata.tables[link]
        assert owner in SYNCED_TABLES and {own, item} <= set(table.c.keys())


def _tagged(db: Database, pid: int, *tags: str) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.tags = list(tags)
    service.save(form)


def test_partner_tags_travel_both_ways_and_both_sides_changing_them_merge(new_site: Site) -> None:
    office, one, _two = _office(new_site)
    by_name = {PartnerService(office).get(p).name: p for p in PartnerService(office).query()}
    _tagged(office, by_name["Kept Park"], "نفت و گاز", "Fan-Bazar 1404")
    sync_direct(one, office)
    mine = {PartnerService(one).get(p).name: p for p in PartnerService(one).query()}
    assert sorted(PartnerService(one).get(mine["Kept Park"]).tags) == ["Fan-Bazar 1404", "نفت و گاز"]
    # The tag is in the laptop's search text too (derived from the tags).
    assert PartnerService(one).query(PartnerQuery(text="Fan-Bazar")) == [mine["Kept Park"]]
    _tagged(one, mine["Kept Park"], "نفت و گاز")              # one removes a tag
    _tagged(office, by_name["Merged Park"], "پتروشیمی")        # the office tags another partner
    result = sync_direct(one, office)
    assert result.conflicts == 0
    assert not differences(snapshot(office), snapshot(one))
    assert PartnerService(office).get(by_name["Kept Park"]).tags == ["نفت و گاز"]
    # Both change the same partner's tags: each side's additions and removals merge.
    _tagged(one, mine["Kept Park"], "الف")                   # removes نفت و گاز, adds الف
    _tagged(office, by_name["Kept Park"], "نفت و گاز", "ب")   # adds ب
    result = sync_direct(one, office)
    assert result.conflicts == 0
    assert not differences(snapshot(office), snapshot(one))
    assert PartnerService(one).get(mine["Kept Park"]).tags == ["الف", "ب"]
    assert PartnerService(office).query(PartnerQuery(text="الف")) == [by_name["Kept Park"]]


def test_event_partners_travel_and_follow_a_merge(new_site: Site) -> None:
    from desktop_app.domain.events import EventForm, EventService

    office, one, _two = _office(new_site)
    by_name = {PartnerService(office).get(p).name: p for p in PartnerService(office).query()}
    EventService(office).save(EventForm(title="بازدید از پالایشگاه", held_on=dt.date(2025, 12, 16),
                                        partner_ids=[by_name["Kept Park"], by_name["Merged Park"]]))
    sync_direct(one, office)
    shot = snapshot(one)
    (event,) = shot["events"].values()
    assert len(event["partners"]) == 2 and not differences(snapshot(office), shot)
    merge_partners(office, by_name["Kept Park"], by_name["Merged Park"])
    sync_direct(one, office)
    (event,) = snapshot(one)["events"].values()
    assert len(event["partners"]) == 1
    assert not differences(snapshot(office), snapshot(one))


def test_imported_tags_and_older_records_tags_travel(new_site: Site, tmp_path: Path) -> None:
    from desktop_app.domain.imports import ImportService

    office, one, _two = _office(new_site)
    csv = tmp_path / "list.csv"
    csv.write_text("name,city,tags\nشرکت نفت تبریز,تبریز,نفت؛گاز\nKept Park,Tehran,نمایشگاه\n",
                   encoding="utf-8")
    service = ImportService(office)
    service.commit(service.preview(csv))
    sync_direct(one, office)
    tags = {v["name"]: v.get("tags") for v in snapshot(one)["partners"].values()}
    assert tags["شرکت نفت تبریز"] and tags["Kept Park"] == ["نمایشگاه"]
    assert not differences(snapshot(office), snapshot(one))


def test_an_undelete_aimed_at_a_merged_partner_never_rewrites_the_kept_ones_identity(new_site: Site) -> None:
    from desktop_app.sync.ops import undelete

    office, one, two = _office(new_site)
    by_name = {PartnerService(office).get(p).name: p for p in PartnerService(office).query()}
    shot = snapshot(office)["partners"]
    kept_uuid = next(u for u, v in shot.items() if v["name"] == "Kept Park")
    gone_uuid = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    PartnerService(office).delete(by_name["Merged Park"])
    sync_direct(one, office)
    undelete(one, "partners", gone_uuid)           # the laptop brings it back …
    undelete(office, "partners", gone_uuid)        # … so does the office, then merges it
    merge_partners(office, by_name["Kept Park"], partner_id(office, gone_uuid) or 0)
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert set(shots[0]["partners"]) == {kept_uuid}


def test_two_opposite_merges_are_a_conflict_settled_the_same_way_everywhere(new_site: Site) -> None:
    office, one, two = _office(new_site)
    shot = snapshot(office)["partners"]
    a_uuid = next(u for u, v in shot.items() if v["name"] == "Kept Park")
    b_uuid = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    # Each side adds something of its own first, so we can see nothing is lost.
    service = PartnerService(one)
    form = service.get(partner_id(one, b_uuid) or 0)
    form.contacts = [*form.contacts, ContactForm(name="رابط یک")]
    service.save(form)
    service = PartnerService(two)
    form = service.get(partner_id(two, a_uuid) or 0)
    form.contacts = [*form.contacts, ContactForm(name="رابط دو")]
    service.save(form)
    merge_partners(one, partner_id(one, a_uuid) or 0, partner_id(one, b_uuid) or 0)   # B into A
    merge_partners(two, partner_id(two, b_uuid) or 0, partner_id(two, a_uuid) or 0)   # A into B
    sync_direct(one, office)
    sync_direct(two, office)
    sync_direct(one, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    (kept,) = shots[0]["partners"]
    assert kept in (a_uuid, b_uuid)
    contacts = {v["name"]: v["partner_id"] for v in shots[0]["contacts"].values()}
    assert contacts == {"رابط یک": kept, "رابط دو": kept}
    from desktop_app.sync.ops import open_conflicts

    for db in (one, two):
        assert [c["kind"] for c in open_conflicts(db)] == ["merge"]


def test_an_edit_and_a_contact_made_before_a_delete_and_an_undelete_end_the_same_everywhere(
        new_site: Site) -> None:
    """The stress run's second divergence: an undelete restores the record as it was; what was
    made in its earlier life (an edit, a contact) and never seen by the delete is a conflict
    on every register, whatever order the changes arrive in."""
    from desktop_app.sync.ops import undelete

    office, one, two = _office(new_site)
    shot = snapshot(office)["partners"]
    record = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    # Laptop two edits the partner and adds a contact; the office deletes it meanwhile and
    # laptop one, having heard of the delete, brings it back.
    service = PartnerService(two)
    form = service.get(partner_id(two, record) or 0)
    form.email = "b@park.ir"
    form.contacts = [*form.contacts, ContactForm(name="رابط دو")]
    service.save(form)
    PartnerService(office).delete(partner_id(office, record) or 0)
    sync_direct(one, office)
    undelete(one, "partners", record)
    sync_direct(one, office)       # the office: delete, undelete — then two's edit and contact
    sync_direct(two, office)
    sync_direct(one, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert shots[0]["partners"][record]["email"] == ""
    assert not shots[0]["contacts"]
    from desktop_app.sync.ops import open_conflicts

    assert any(c["kind"] == "delete" for c in open_conflicts(office))


def test_a_merge_after_an_undelete_moves_no_value_the_merger_had_seen(new_site: Site,
                                                                       tmp_path: Path) -> None:
    """test_found_3 reduced: laptop two edits the e-mail; the office, which deleted the
    partner meanwhile, receives the edit while the partner is deleted (a conflict) and
    undeletes it, the e-mail restored. Laptop two receives the delete and the undelete,
    then merges the partner into another. The undelete's heads were each register's own
    lineage: the e-mail's head was laptop two's edit there, the undelete elsewhere, so the
    merge (naming the edit as seen) moved the e-mail onto the kept partner on the office
    and laptop one only. The undelete now names the heads it leaves, and all take them."""
    from desktop_app.sync.engine import export_package, import_package
    from desktop_app.sync.ops import undelete

    office, one, two = _office(new_site)
    shot = snapshot(office)["partners"]
    kept = next(u for u, v in shot.items() if v["name"] == "Kept Park")
    record = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    PartnerService(office).delete(partner_id(office, record) or 0)
    service = PartnerService(two)
    form = service.get(partner_id(two, record) or 0)
    form.email = "b@park.ir"
    service.save(form)
    export_package(two, tmp_path / "edit.peyvand")
    import_package(office, tmp_path / "edit.peyvand")
    undelete(office, "partners", record)
    export_package(office, tmp_path / "undelete.peyvand")
    import_package(two, tmp_path / "undelete.peyvand")
    sync_direct(one, office)
    merge_partners(two, partner_id(two, kept) or 0, partner_id(two, record) or 0)
    for _ in range(2):
        sync_direct(one, two)
        sync_direct(office, two)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert set(shots[0]["partners"]) == {kept}
    assert shots[0]["partners"][kept]["email"] == ""


# ---------------------------------------------------------------------- the hook's cost


def test_the_change_hook_costs_two_statements_per_unit_of_work(any_db: Database) -> None:
    """Beyond the audit insert: one claims the sequence numbers and reads the heads, one
    writes the heads — on SQLite and on the server, for an edit and for a new record."""
    from sqlalchemy import event

    from tests.sync.helpers import edit_partner

    pid = add_partner(any_db, "Alpha", contacts=["Reza"])
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", count)
    try:
        for write in (lambda: edit_partner(any_db, pid, city="Tabriz"),
                      lambda: add_partner(any_db, "Beta", contacts=["Ali"])):
            seen.clear()
            write()
            hook = [s for s in seen if "sync_site" in s or "sync_heads" in s]
            assert len(hook) <= 2, hook
            assert sum("INSERT INTO audit_log" in s for s in seen) == 1
    finally:
        event.remove(any_db.engine, "before_cursor_execute", count)
    from tests.sync.helpers import log_is_gapless

    assert log_is_gapless(any_db)


# ---------------------------------------------------------------------- tombstones


def _tombstones(db: Database) -> set[str]:
    from db.sync_models import SyncHead

    with db.reading() as s:
        return set(s.scalars(select(SyncHead.entity_uuid).where(SyncHead.state != "live")))


def test_tombstones_are_purged_only_once_every_known_site_has_seen_them(new_site: Site) -> None:
    office, one, two = _office(new_site)
    add_partner(two, "Two's own")            # so every register knows laptop two's site
    sync_direct(two, office)
    sync_direct(one, office)
    shot = snapshot(office)["partners"]
    record = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    PartnerService(one).delete(partner_id(one, record) or 0)
    sync_direct(one, office)
    # Laptop two has not seen the delete: the office keeps the tombstone (an edit from two
    # could still arrive), and so does laptop one.
    assert record in _tombstones(office) and record in _tombstones(one)
    sync_direct(two, office)                 # two has seen it now: the office knows all three did
    assert record not in _tombstones(office)
    # One knows laptop two only through the office: it keeps its tombstone.
    assert record in _tombstones(one)
    # Nothing came back, and every register still agrees.
    sync_direct(two, office)
    sync_direct(one, office)
    # Now one has learned from the office what laptop two holds, and purges too; laptop
    # two is not one of its peers for all that.
    assert record not in _tombstones(one)
    from desktop_app.sync.engine import status

    assert [p["site"] for p in status(one)["peers"]] == [status(office)["site"]]
    assert all(record not in snapshot(db)["partners"] for db in (office, one, two))
    assert not differences(snapshot(office), snapshot(two))
    # A purged tombstone can still be restored (the change log keeps its lineage).
    from desktop_app.sync.ops import undelete

    undelete(office, "partners", record)
    sync_direct(one, office)
    sync_direct(two, office)
    assert all(record in snapshot(db)["partners"] for db in (office, one, two))
    assert not differences(snapshot(office), snapshot(one))


# ---------------------------------------------------------------------- concurrent lives


def _lives(new_site: Site, tag: str, orders: list[tuple[int, int]]) -> tuple[list[Database], str]:
    """Office and two laptops each delete and undelete one partner, laptop one having edited
    it before its delete; then they sync in *orders* (pairs of indices, 0 the office)."""
    from desktop_app.sync.ops import undelete

    sites = [new_site(f"{tag}-office"), new_site(f"{tag}-one"), new_site(f"{tag}-two")]
    add_partner(sites[0], "Lives Park")
    for laptop in sites[1:]:
        sync_direct(laptop, sites[0], join=True)
    record = next(u for u, v in snapshot(sites[0])["partners"].items() if v["name"] == "Lives Park")
    service = PartnerService(sites[1])
    form = service.get(partner_id(sites[1], record) or 0)
    form.email = "a@park.ir"
    service.save(form)
    for db in sites:
        PartnerService(db).delete(partner_id(db, record) or 0)
        undelete(db, "partners", record)
    for a, b in orders:
        sync_direct(sites[a], sites[b])
    for _ in range(2):
        sync_direct(sites[1], sites[0])
        sync_direct(sites[2], sites[0])
    return sites, record


def test_concurrent_deletes_and_undeletes_end_the_same_whatever_the_order(new_site: Site) -> None:
    """The stress run's third divergence (test_found_1), on its own: each undelete missed two
    deletes, so each loses to them — the same on every register in every order of arrival."""
    from desktop_app.sync.ops import open_conflicts

    ends = []
    for tag, orders in (("a", [(2, 0), (1, 0)]), ("b", [(1, 0), (2, 0)]), ("c", [(1, 2), (2, 0)])):
        sites, record = _lives(new_site, tag, orders)
        shots = [snapshot(db) for db in sites]
        assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
        ends.append(record in shots[0]["partners"])
        for db in sites:
            assert any(c["kind"] == "delete" for c in open_conflicts(db))
    assert ends == [False, False, False]


def test_an_undelete_that_saw_every_delete_stands_everywhere(new_site: Site) -> None:
    """The office hears of both laptops' deletes and undeletes before its own undelete: its
    undelete saw every delete, so it stands on every register (the laptops' undeletes, which
    missed deletes, are conflicts)."""
    from desktop_app.sync.ops import undelete

    office, one, two = new_site("office"), new_site("one"), new_site("two")
    add_partner(office, "Lives Park", city="Tabriz")
    for laptop in (one, two):
        sync_direct(laptop, office, join=True)
    record = next(u for u, v in snapshot(office)["partners"].items() if v["name"] == "Lives Park")
    for db in (one, two):
        PartnerService(db).delete(partner_id(db, record) or 0)
        undelete(db, "partners", record)
    PartnerService(office).delete(partner_id(office, record) or 0)
    sync_direct(one, office)
    sync_direct(two, office)
    assert partner_id(office, record) is None      # both laptops' undeletes missed a delete
    undelete(office, "partners", record)
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert shots[0]["partners"][record]["city"] == "Tabriz"


def test_two_undeletes_that_saw_every_delete_the_later_stands_everywhere(new_site: Site) -> None:
    """Laptops one and two both hear of the office's delete and both undelete; laptop two had
    edited the e-mail before the delete arrived and edits the city after its undelete. The
    later undelete (hybrid clock, then site) stands on every register whatever order the
    changes arrive in; the other life, with what was edited in it, is kept as a conflict."""
    from desktop_app.sync.ops import open_conflicts, undelete

    for tag, two_first in (("a", False), ("b", True)):
        office, one, two = new_site(f"{tag}-office"), new_site(f"{tag}-one"), new_site(f"{tag}-two")
        add_partner(office, "Lives Park", city="Tabriz")
        for laptop in (one, two):
            sync_direct(laptop, office, join=True)
        record = next(u for u, v in snapshot(office)["partners"].items() if v["name"] == "Lives Park")
        service = PartnerService(two)
        form = service.get(partner_id(two, record) or 0)
        form.email = "a@park.ir"
        service.save(form)
        PartnerService(office).delete(partner_id(office, record) or 0)
        sync_direct(one, office)
        sync_direct(two, office)           # laptop two: its edit, then the delete arrives
        laptops = [two, one] if two_first else [one, two]
        for laptop in laptops:
            undelete(laptop, "partners", record)
            if laptop is two:
                form = service.get(partner_id(two, record) or 0)
                form.city = "Yazd"
                service.save(form)
        for _ in range(2):
            sync_direct(one, office)
            sync_direct(two, office)
        shots = [snapshot(db) for db in (office, one, two)]
        assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
        end = shots[0]["partners"][record]
        with office.reading() as s:
            from db.models import AuditEntry

            later = max(s.execute(select(AuditEntry.hlc, AuditEntry.site).where(
                AuditEntry.entity_uuid == record, AuditEntry.action == "undelete")).all())
        two_stands = later.site == snapshot_site(two)
        assert (end["email"], end["city"]) == (("a@park.ir", "Yazd") if two_stands else ("", "Tabriz"))
        for db in (office, one, two):
            assert any(c["kind"] == "delete" for c in open_conflicts(db))


def snapshot_site(db: Database) -> str:
    """This register's site id."""
    from db.sync_models import SyncSite

    with db.reading() as s:
        return str(s.scalar(select(SyncSite.site)))


# ---------------------------------------------------------------------- a merge into a life that ended


def _merge_into_ended_life(new_site: Site, tag: str, orders: list[tuple[int, int]]
                           ) -> tuple[list[Database], str, str]:
    """Laptop two merges a partner with a contact into another; laptop one deletes the kept
    one meanwhile and the office, having heard of the delete (not of the merge), undeletes
    it; then the three sync in *orders* (pairs of indices, 0 the office)."""
    from desktop_app.sync.ops import undelete

    sites = [new_site(f"{tag}-office"), new_site(f"{tag}-one"), new_site(f"{tag}-two")]
    add_partner(sites[0], "Kept Park")
    add_partner(sites[0], "Merged Park", contacts=["رابط ادغام"])
    for laptop in sites[1:]:
        sync_direct(laptop, sites[0], join=True)
    shot = snapshot(sites[0])["partners"]
    kept = next(u for u, v in shot.items() if v["name"] == "Kept Park")
    merged = next(u for u, v in shot.items() if v["name"] == "Merged Park")
    merge_partners(sites[2], partner_id(sites[2], kept) or 0, partner_id(sites[2], merged) or 0)
    PartnerService(sites[1]).delete(partner_id(sites[1], kept) or 0)
    sync_direct(sites[1], sites[0])
    undelete(sites[0], "partners", kept)
    for a, b in orders:
        sync_direct(sites[a], sites[b])
    for _ in range(2):
        sync_direct(sites[1], sites[0])
        sync_direct(sites[2], sites[0])
    return sites, kept, merged


def test_a_merge_into_a_partner_deleted_and_undeleted_meanwhile_ends_the_same_everywhere(
        new_site: Site) -> None:
    """test_found_2 on its own: the merge names the life of the partner it merges into, so a
    register where the kept partner was deleted and undeleted since treats the merge as one
    into a deleted partner (the merged partner and its contact go, kept in a conflict) —
    as the register where the delete arrives after the merge ends, whatever the order."""
    from desktop_app.sync.ops import open_conflicts

    for tag, orders in (("a", [(2, 0)]), ("b", [(2, 1)]), ("c", [(1, 2)]), ("d", [(0, 2)])):
        sites, kept, merged = _merge_into_ended_life(new_site, tag, orders)
        shots = [snapshot(db) for db in sites]
        assert not differences(shots[0], shots[1]), tag
        assert not differences(shots[0], shots[2]), tag
        assert kept in shots[0]["partners"] and merged not in shots[0]["partners"], tag
        assert not shots[0]["contacts"], tag
        assert any(c["kind"] == "merge" for c in open_conflicts(sites[0])), tag


def test_a_merge_change_names_the_life_of_the_partner_it_merges_into(new_site: Site) -> None:
    from db.audit import LIFE, load_heads
    from db.models import AuditEntry

    office = new_site("office")
    kept = add_partner(office, "Kept Park")
    merged = add_partner(office, "Merged Park")
    merge_partners(office, kept, merged)
    with office.reading() as s:
        row = s.execute(select(AuditEntry.entity_uuid, AuditEntry.parents, AuditEntry.changes)
                        .where(AuditEntry.action == "merge")).one()
        kept_uuid = row.changes["merged_into"][1]
        life = load_heads(s.connection(), [kept_uuid])[kept_uuid]["heads"][LIFE]
    assert row.parents[f"{LIFE}:merged_into"] == life
