"""Link sets (a partner's tags, an event's partners) merge item by item between registers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from db.database import Database
from desktop_app.domain.partners import PartnerService
from desktop_app.sync.engine import export_package, import_package, sync_direct
from desktop_app.sync.ops import open_conflicts, resolve_conflict
from tests.sync.helpers import add_partner, differences, partner_id, snapshot

Site = Callable[[str], Database]
TAGS = ["نفت", "گاز", "Fan-Bazar", "پتروشیمی"]


def merge3(base: set[str], mine: set[str], theirs: set[str]) -> set[str]:
    """The three-way merge of two sets: an item stays as both sides have it, or as the side
    that changed it has it (an item has two states, so one side at most changed it)."""
    return (mine & theirs) | (mine - base) | (theirs - base)


def _tag(db: Database, record: str, tags: set[str]) -> None:
    service = PartnerService(db)
    form = service.get(partner_id(db, record) or 0)
    form.tags = sorted(tags)
    service.save(form)


def _tags(db: Database, record: str) -> set[str]:
    return set(PartnerService(db).get(partner_id(db, record) or 0).tags)


def test_both_sides_changing_one_set_converge_on_the_three_way_merge(new_site: Site,
                                                                     tmp_path: Path) -> None:
    """Hypothesis: whatever the base and the two sides' sets, and whichever side's changes
    arrive first (packages one way, then the other), both registers end with the
    three-way merge of the sets, with no conflict: two sides can never clash on a set."""
    office, laptop = new_site("office"), new_site("laptop")
    sync_direct(laptop, office, join=True)
    tags = st.sets(st.sampled_from(TAGS))
    runs = iter(range(10_000))

    @settings(max_examples=10, deadline=None, database=None, derandomize=True)
    @given(base=tags, mine=tags, theirs=tags, office_first=st.booleans())
    def check(base: set[str], mine: set[str], theirs: set[str], office_first: bool) -> None:
        n = next(runs)
        add_partner(office, f"Park {n}", tags=sorted(base))
        sync_direct(laptop, office)
        record = next(u for u, v in snapshot(office)["partners"].items() if v["name"] == f"Park {n}")
        _tag(office, record, mine)
        _tag(laptop, record, theirs)
        order = [(office, laptop), (laptop, office)]
        for source, target in order if office_first else order[::-1]:
            export_package(source, tmp_path / f"{n}.peyvand")
            import_package(target, tmp_path / f"{n}.peyvand")
        assert _tags(office, record) == _tags(laptop, record) == merge3(base, mine, theirs)
        assert not open_conflicts(office) and not open_conflicts(laptop)

    check()


def test_an_item_added_and_removed_concurrently_is_a_conflict_settled_everywhere(
        new_site: Site) -> None:
    """The one real clash, which needs three registers: laptop one removes and adds a tag
    again while laptop two, which had it, removes it. Every register shows the later
    change meanwhile, keeps the conflict, and the person's choice travels and closes it."""
    office, one, two = new_site("office"), new_site("one"), new_site("two")
    add_partner(office, "Kept Park")
    sync_direct(one, office, join=True)
    sync_direct(two, office, join=True)
    (record,) = snapshot(office)["partners"]
    _tag(one, record, {"نفت", "گاز"})
    sync_direct(one, office)
    sync_direct(two, office)
    _tag(one, record, {"گاز"})
    _tag(one, record, {"نفت", "گاز"})   # one's re-add …
    _tag(two, record, {"گاز", "Fan-Bazar"})   # … and two's removal (and an add), concurrent
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    shots = [snapshot(db) for db in (office, one, two)]
    assert not differences(shots[0], shots[1]) and not differences(shots[0], shots[2])
    assert shots[0]["partners"][record]["tags"] == ["Fan-Bazar", "گاز"]   # two's removal is later
    conflicts = [c for c in open_conflicts(office) if c["field"] == "tags"]
    assert len(conflicts) == 1 and "نفت" in conflicts[0]["theirs"]["value"] + conflicts[0]["mine"]["value"]
    resolve_conflict(office, conflicts[0]["id"], "edit", "نفت، گاز، Fan-Bazar")
    for _ in range(2):
        sync_direct(one, office)
        sync_direct(two, office)
    for db in (office, one, two):
        assert _tags(db, record) == {"نفت", "گاز", "Fan-Bazar"}
        assert not [c for c in open_conflicts(db) if c["field"] == "tags"]


def test_an_events_partners_changed_on_both_sides_merge(new_site: Site) -> None:
    from desktop_app.domain.events import EventForm, EventService

    office, laptop = new_site("office"), new_site("laptop")
    ids = [add_partner(office, name) for name in ("A Park", "B Park", "C Park")]
    EventService(office).save(EventForm(title="بازدید", held_on=dt.date(2025, 12, 16),
                                        partner_ids=ids[:2]))
    sync_direct(laptop, office, join=True)
    event_id = EventService(office).query()[0]
    form = EventService(office).get(event_id)
    form.partner_ids = [ids[0]]                      # the office removes B
    EventService(office).save(form)
    service = EventService(laptop)
    form = service.get(service.query()[0])
    by_name = {PartnerService(laptop).get(p).name: p for p in PartnerService(laptop).query()}
    form.partner_ids = [by_name["A Park"], by_name["B Park"], by_name["C Park"]]   # the laptop adds C
    service.save(form)
    result = sync_direct(laptop, office)
    assert result.conflicts == 0
    shots = snapshot(office), snapshot(laptop)
    assert not differences(*shots)
    (event,) = shots[0]["events"].values()
    names = {shots[0]["partners"][u]["name"] for u in event["partners"]}
    assert names == {"A Park", "C Park"}


def test_an_event_partner_removed_while_merged_elsewhere_is_removed_everywhere(new_site: Site) -> None:
    from desktop_app.domain.events import EventForm, EventService

    office, laptop = new_site("office"), new_site("laptop")
    ids = [add_partner(office, name) for name in ("A Park", "B Park")]
    EventService(office).save(EventForm(title="بازدید", held_on=dt.date(2025, 12, 16),
                                        partner_ids=[ids[0]]))
    sync_direct(laptop, office, join=True)
    from desktop_app.sync.ops import merge_partners

    merge_partners(office, ids[1], ids[0])           # the office merges A into B
    service = EventService(laptop)
    form = service.get(service.query()[0])
    form.partner_ids = []                            # the laptop takes A off the event
    service.save(form)
    sync_direct(laptop, office)
    shots = snapshot(office), snapshot(laptop)
    assert not differences(*shots)
    (event,) = shots[0]["events"].values()
    assert not event.get("partners")
