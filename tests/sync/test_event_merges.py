"""An event listing both partners of a pair that another register merges.

Where the merge comes first, the two links become one, so a removal of either partner
arriving afterwards could no longer tell whether the other was listed in its own right.
Every register must end as the one that had the removal first: the kept partner stays on
the event while some partner it stands for is listed and not removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.database import Database
from desktop_app.domain.events import EventForm, EventService
from desktop_app.domain.partners import PartnerService
from desktop_app.sync.engine import export_package, import_package, sync_direct
from desktop_app.sync.ops import merge_partners, open_conflicts
from tests.sync.helpers import add_partner, differences, snapshot

Site = Callable[[str], Database]


def _ids(db: Database) -> dict[str, int]:
    service = PartnerService(db)
    return {service.get(p).name: p for p in service.query()}


def _set_event(db: Database, names: list[str]) -> None:
    """Make the one event of *db* list the partners called *names*."""
    service = EventService(db)
    form = service.get(service.query()[0])
    form.partner_ids = [_ids(db)[n] for n in names]
    service.save(form)


def _event_names(db: Database) -> set[str]:
    shot = snapshot(db)
    (event,) = shot["events"].values()
    return {shot["partners"][u]["name"] for u in event.get("partners") or []}


def _registers(new_site: Site, listed: list[str]) -> tuple[Database, Database]:
    """The office with partners A, B (and C) and an event listing *listed*; a laptop with all."""
    office, laptop = new_site("office"), new_site("laptop")
    for name in ("A Park", "B Park", "C Park"):
        add_partner(office, name)
    EventService(office).save(EventForm(title="بازدید", held_on=dt.date(2025, 12, 16),
                                        partner_ids=[_ids(office)[n] for n in listed]))
    sync_direct(laptop, office, join=True)
    return office, laptop


def _both_ways(office: Database, laptop: Database) -> None:
    sync_direct(laptop, office)
    sync_direct(laptop, office)
    assert not differences(snapshot(office), snapshot(laptop))


@pytest.mark.parametrize(("created_with", "laptop_lists", "ends_with"), [
    (["A Park", "B Park"], ["B Park"], {"B Park"}),    # the merged one taken off
    ([], ["B Park"], {"B Park"}),                      # the same, both added after the create
    (["A Park", "B Park"], ["A Park"], {"B Park"}),    # the kept one off, the merged one listed
    (["A Park", "B Park", "C Park"], ["C Park"], {"C Park"}),  # both off
])
def test_a_partner_taken_off_an_event_while_its_pair_is_merged_ends_alike(
        new_site: Site, created_with: list[str], laptop_lists: list[str], ends_with: set[str]) -> None:
    """The office merges A into B; the laptop, not having heard, changes the event that lists
    A and B (from its creation, or added later). B stays if the laptop left A or B listed in
    its own right, on the office (which had the merge first) as on the laptop; it goes if
    the laptop took off both."""
    office, laptop = _registers(new_site, created_with)
    if not created_with:
        _set_event(office, ["A Park", "B Park"])
        sync_direct(laptop, office)
    ids = _ids(office)
    merge_partners(office, ids["B Park"], ids["A Park"])
    _set_event(laptop, laptop_lists)
    _both_ways(office, laptop)
    assert _event_names(office) == ends_with


def test_the_kept_partner_added_before_the_merge_stays_when_the_merged_one_is_removed(
        new_site: Site) -> None:
    """The office adds B to the event, then merges A into B; the laptop, having heard of
    neither, takes A off. B was added in its own right: it stays on both registers."""
    office, laptop = _registers(new_site, ["A Park"])
    _set_event(office, ["A Park", "B Park"])
    ids = _ids(office)
    merge_partners(office, ids["B Park"], ids["A Park"])
    _set_event(laptop, [])
    _both_ways(office, laptop)
    assert _event_names(office) == {"B Park"}


def test_three_registers_end_alike_whatever_order_the_merge_and_the_removal_arrive(
        new_site: Site) -> None:
    """Laptop one merges A into B, laptop two takes A off; the office gets the removal
    first, then the merge; each laptop then gets the other's change after its own."""
    office, one = _registers(new_site, ["A Park", "B Park"])
    two = new_site("two")
    sync_direct(two, office, join=True)
    ids = _ids(one)
    merge_partners(one, ids["B Park"], ids["A Park"])
    _set_event(two, ["B Park"])
    sync_direct(two, office)
    sync_direct(one, office)
    sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert _event_names(office) == {"B Park"}


def test_an_events_partners_and_a_merge_converge_whatever_the_sets_and_order(
        new_site: Site, tmp_path: Path) -> None:
    """Hypothesis: the office changes an event's partners and merges A into B; the laptop,
    not having heard, changes them too; packages go one way, then the other. Both registers
    end with the three-way merge of the sets, A read as B, and no conflict."""
    office, laptop = new_site("office"), new_site("laptop")
    sync_direct(laptop, office, join=True)
    names = st.sets(st.sampled_from("ABC"))
    runs = iter(range(10_000))

    @settings(max_examples=10, deadline=None, database=None, derandomize=True)
    @given(base=names, mine=names, theirs=names, office_first=st.booleans())
    def check(base: set[str], mine: set[str], theirs: set[str], office_first: bool) -> None:
        n = next(runs)
        ids = {x: add_partner(office, f"{x} {n}") for x in "ABC"}
        EventService(office).save(EventForm(title=f"بازدید {n}", held_on=dt.date(2025, 12, 16),
                                            partner_ids=[ids[x] for x in sorted(base)]))
        sync_direct(laptop, office)
        for db, wanted in ((office, mine), (laptop, theirs)):
            service = EventService(db)
            event = next(e for e in service.query() if service.get(e).title == f"بازدید {n}")
            form = service.get(event)
            form.partner_ids = [_ids(db)[f"{x} {n}"] for x in sorted(wanted)]
            service.save(form)
        merge_partners(office, ids["B"], ids["A"])
        order = [(office, laptop), (laptop, office)]
        for source, target in order if office_first else order[::-1]:
            export_package(source, tmp_path / f"{n}.peyvand")
            import_package(target, tmp_path / f"{n}.peyvand")
        shots = snapshot(office), snapshot(laptop)
        assert not differences(*shots)
        ((record, event),) = [(u, e) for u, e in shots[0]["events"].items()
                              if e["title"] == f"بازدید {n}"]
        listed = {shots[0]["partners"][u]["name"] for u in event.get("partners") or []}
        merged = (mine & theirs) | (mine - base) | (theirs - base)
        assert listed == {f"{'B' if x == 'A' else x} {n}" for x in merged}
        assert not [c for db in (office, laptop) for c in open_conflicts(db) if c["record"] == record]

    check()


def test_the_kept_partner_taken_off_after_the_merge_leaves_every_register(new_site: Site) -> None:
    """The office merges A into B, then takes B off the event that listed both: it saw one
    partner there, and took it off. The laptop, which lists A and B, ends without either."""
    office, laptop = _registers(new_site, ["A Park", "B Park", "C Park"])
    ids = _ids(office)
    merge_partners(office, ids["B Park"], ids["A Park"])
    _set_event(office, ["C Park"])
    _both_ways(office, laptop)
    assert _event_names(office) == {"C Park"}


def test_the_kept_partner_taken_off_while_the_merged_one_is_added_and_merged_stays(
        new_site: Site) -> None:
    """The office adds A to an event listing B, then merges A into B; the laptop, having
    heard of neither, takes B off. It never saw A listed, so A (now B) stays everywhere."""
    office, laptop = _registers(new_site, ["B Park"])
    _set_event(office, ["A Park", "B Park"])
    ids = _ids(office)
    merge_partners(office, ids["B Park"], ids["A Park"])
    _set_event(laptop, [])
    _both_ways(office, laptop)
    assert _event_names(office) == {"B Park"}
