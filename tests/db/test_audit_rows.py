"""The audit rows a save writes, read back from a real register: History shows them, undo
inverts them and the office sync sends them, so each must hold exactly what changed.

Covered here: link sets (a partner's tags by name, an event's partners by UUID), a save
that only changes a link, a unit of work that fails (no row at all), the write set a unit
of work reports, and the sync stamp of each row (a gapless sequence, a clock that moves on,
the UUID a key field points at, the change a field supersedes).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from db.audit import LIFE, WriteSet
from db.database import Database, head_revision
from db.models import AuditEntry, Contact, Event, EventKind, Partner, PartnerKind, Tag


def _rows(db: Database, after: int = 0) -> list[AuditEntry]:
    with db.reading() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.id > after)
                              .order_by(AuditEntry.id)))


def _last_id(db: Database) -> int:
    rows = _rows(db)
    return rows[-1].id if rows else 0


def test_tags_are_recorded_by_name_sorted_old_and_new(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        oil, gas, fair = Tag(name="نفت"), Tag(name="گاز"), Tag(name="Fan-Bazar 1404")
        p = Partner(name="پالایشگاه تبریز", kind=PartnerKind.COMPANY, tags=[oil, gas])
        s.add_all([p, fair])
        s.flush()
        pid = p.id
    inserted = _rows(sqlite_db)[-1]
    assert (inserted.action, inserted.entity_id) == ("insert", pid)
    assert inserted.changes["tags"] == [None, sorted(["نفت", "گاز"])]

    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work() as s:  # only a link changes: still a change of the partner
        partner = s.get(Partner, pid)
        partner.tags = [*partner.tags, s.scalar(select(Tag).where(Tag.name == "Fan-Bazar 1404"))]
    (added,) = _rows(sqlite_db, mark)
    assert (added.action, added.entity, added.entity_id) == ("update", "partners", pid)
    assert added.changes == {"tags": [sorted(["نفت", "گاز"]),
                                      sorted(["Fan-Bazar 1404", "نفت", "گاز"])]}

    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work() as s:
        partner = s.get(Partner, pid)
        partner.tags = [t for t in partner.tags if t.name != "نفت"]
        partner.city = "تبریز"
    (removed,) = _rows(sqlite_db, mark)
    assert removed.changes == {"tags": [sorted(["Fan-Bazar 1404", "نفت", "گاز"]),
                                        sorted(["Fan-Bazar 1404", "گاز"])],
                               "city": ["", "تبریز"]}

    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work() as s:  # the same set again, in another order: no change
        partner = s.get(Partner, pid)
        partner.tags = list(reversed(partner.tags))
    assert _rows(sqlite_db, mark) == []


def test_an_events_partners_are_recorded_by_uuid(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        a, b = Partner(name="پارک علم و فناوری"), Partner(name="دانشگاه تبریز")
        s.add_all([a, b])
        s.flush()
        uuids = sorted([a.uuid, b.uuid])
        e = Event(kind=EventKind.VISIT, title="بازدید هیئت", held_on=dt.date(2025, 12, 16),
                  partners=[a])
        s.add(e)
        s.flush()
        eid, a_uuid = e.id, a.uuid
    inserted = [r for r in _rows(sqlite_db) if r.entity == "events"]
    assert [r.changes["partners"] for r in inserted] == [[None, [a_uuid]]]
    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work() as s:
        event = s.get(Event, eid)
        event.partners = [*event.partners, s.scalar(select(Partner).where(
            Partner.name == "دانشگاه تبریز"))]
    (linked,) = _rows(sqlite_db, mark)
    assert (linked.entity, linked.entity_id) == ("events", eid)
    assert linked.changes == {"partners": [[a_uuid], uuids]}


def test_a_failed_unit_of_work_leaves_no_audit_row(sqlite_db: Database) -> None:
    mark = _last_id(sqlite_db)
    with pytest.raises(RuntimeError), sqlite_db.unit_of_work() as s:
        s.add(Partner(name="نیمه‌کاره"))
        s.flush()  # the audit row is written here, in the same transaction
        raise RuntimeError("the save failed after its flush")
    assert _rows(sqlite_db, mark) == []
    with sqlite_db.reading() as s:
        assert s.scalar(select(Partner).where(Partner.name == "نیمه‌کاره")) is None


def test_the_write_set_says_what_the_unit_of_work_wrote(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        p = Partner(name="شرکت دانش‌بنیان", contacts=[Contact(name="رابط یک")])
        s.add(p)
        s.flush()
        pid, cid = p.id, p.contacts[0].id
        written = s.info["changes"]
        assert written.created == {"partners": {pid}, "contacts": {cid}}
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "شیراز"
        s.flush()
        updated = s.info["changes"]
    assert isinstance(updated, WriteSet) and updated  # an update alone is something written
    assert (updated.created, updated.updated, updated.deleted) == ({}, {"partners": {pid}}, {})
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "شیراز"  # not a change
        s.flush()
        assert not s.info.get("changes")


def test_each_row_is_a_sync_change_in_a_gapless_sequence(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        p = Partner(name="پارک فناوری پردیس")
        s.add(p)
        s.flush()
        c = Contact(name="رابط", partner_id=p.id)
        s.add(c)
        s.flush()
        pid, p_uuid = p.id, p.uuid
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "تهران"
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "کرج"
    rows = _rows(sqlite_db)
    assert [(r.action, r.entity) for r in rows] == [
        ("insert", "partners"), ("insert", "contacts"), ("update", "partners"),
        ("update", "partners")]
    assert [r.seq for r in rows] == [1, 2, 3, 4]
    hlcs = [r.hlc for r in rows]
    assert all(isinstance(h, int) for h in hlcs) and hlcs == sorted(set(hlcs))
    assert len({r.site for r in rows}) == 1 and rows[0].site
    assert len({r.change_uuid for r in rows}) == 4
    assert {r.schema_rev for r in rows} == {head_revision()}
    insert_p, insert_c, first, second = rows
    assert insert_c.refs == {"partner_id": [None, p_uuid]}  # the key travels as a UUID
    assert insert_p.refs == {} and first.refs == {}
    # Each change names its record's life and the change of the field it supersedes.
    assert insert_p.parents == {}
    assert first.parents == {LIFE: [insert_p.change_uuid]}
    assert second.parents == {"city": [first.change_uuid], LIFE: [insert_p.change_uuid]}
    assert insert_c.parents == {f"{LIFE}:partner_id": [insert_p.change_uuid]}


def test_rows_written_without_the_hook_are_stamped_and_new_partners_tags_follow(
        sqlite_db: Database) -> None:
    """The importer's plain Core path writes partners, their tag links and audit rows
    itself; before the commit those rows get their place in the change log, and each new
    partner's tags (which its insert row does not carry) follow as one change of ``tags``."""
    from sqlalchemy import insert

    from db.audit import stamp_pending
    from db.bulk_audit import audit_row
    from db.models import partner_tags
    from db.types import utcnow

    with sqlite_db.unit_of_work() as s:
        earlier = Partner(name="پیشین", tags=[Tag(name="نفت")])
        s.add_all([earlier, Tag(name="گاز")])
        s.flush()
        earlier_id, earlier_uuid = earlier.id, earlier.uuid
    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work(source="import") as s:
        conn = s.connection()
        tags = {name: tid for name, tid in conn.execute(select(Tag.name, Tag.id))}
        now = utcnow()
        values = [{"id": 100 + i, "uuid": f"00000000-0000-4000-8000-00000000010{i}", "version": 1,
                   "name": name, "created_at": now, "updated_at": now}
                  for i, name in enumerate(["پالایشگاه", "پارک", "دانشگاه"])]
        conn.execute(insert(Partner.__table__), values)
        conn.execute(insert(partner_tags), [
            {"partner_id": 100, "tag_id": tags["گاز"]}, {"partner_id": 100, "tag_id": tags["نفت"]},
            {"partner_id": 102, "tag_id": tags["نفت"]}])
        pending = [audit_row(now, "reza", "insert", "partners", v) for v in values]
        # An insert that carries its tags already, and an update of a tagged partner made
        # earlier: neither is followed by a tags change.
        pending[1]["changes"] = {**pending[1]["changes"], "tags": [None, ["گاز"]]}
        conn.execute(insert(partner_tags), [{"partner_id": 101, "tag_id": tags["گاز"]}])
        pending.append({**pending[0], "action": "update", "entity_id": earlier_id,
                        "entity_uuid": earlier_uuid, "changes": {"city": ["", "تبریز"]}})
        conn.execute(insert(AuditEntry), pending)
        assert stamp_pending(conn) == 4
        assert stamp_pending(conn) == 0  # nothing is stamped twice
    rows = _rows(sqlite_db, mark)
    assert [(r.action, r.entity_id) for r in rows] == [
        ("insert", 100), ("insert", 101), ("insert", 102), ("update", earlier_id),
        ("update", 100), ("update", 102)]
    assert rows[4].changes == {"tags": [[], sorted(["نفت", "گاز"])]}
    assert rows[5].changes == {"tags": [[], ["نفت"]]}
    assert all(r.actor == "reza" and r.source == "import" for r in rows)
    assert [r.entity_uuid for r in rows[4:]] == [values[0]["uuid"], values[2]["uuid"]]
    before = _rows(sqlite_db)[:-len(rows)]
    assert [r.seq for r in rows] == list(range(before[-1].seq + 1, before[-1].seq + 7))
    assert rows[4].parents == {LIFE: [rows[0].change_uuid]}
    assert rows[5].parents == {LIFE: [rows[2].change_uuid]}


def test_a_save_after_an_import_continues_the_import_s_sequence_and_clock(
        sqlite_db: Database, tmp_path: Path) -> None:
    """The import's fast path hands out sequence numbers and clock readings itself; the
    next ordinary save must carry on after them (a number handed out twice would make a
    peer take one change for another)."""
    from desktop_app.domain.imports import ImportService
    from tests.imports_db.test_imports_service import write

    imports = ImportService(sqlite_db)
    rows = [["پارک فناوری کازان", "Kazan Technopark", "Russia", "نفت"],
            ["دانشگاه آنکارا", "Ankara University", "ترکیه", ""]]
    imports.commit(imports.preview(write(tmp_path / "a.csv", rows,
                                         ["Name", "Latin name", "Country", "Tags"])))
    imported = _rows(sqlite_db)
    mark = imported[-1].id
    with sqlite_db.unit_of_work() as s:
        s.add(Partner(name="پس از ورود"))
    (after,) = _rows(sqlite_db, mark)
    stamped = [r for r in imported if r.seq is not None]
    assert after.seq == max(r.seq for r in stamped) + 1
    assert after.hlc > max(r.hlc for r in stamped)
    assert len({r.seq for r in [*stamped, after]}) == len(stamped) + 1


def _site(db: Database) -> dict[str, object]:
    from db.sync_models import SyncSite

    with db.reading() as s:
        site = s.get(SyncSite, 1)
        assert site is not None
        return {"site": site.site, "last_seq": site.last_seq, "last_hlc": site.last_hlc,
                "file_identity": site.file_identity, "copied_at_seq": site.copied_at_seq}


def test_a_register_copied_by_hand_is_marked_a_copy_at_its_first_write(
        sqlite_db: Database, tmp_path: Path) -> None:
    """Two files with one site id would number their changes alike; the site row remembers
    its file, so the copy's first write says where it was copied (and the sync refuses it
    until it is forked)."""
    import shutil

    for name in ("پارک یک", "پارک دو"):
        with sqlite_db.unit_of_work() as s:
            s.add(Partner(name=name))
    original = _site(sqlite_db)
    assert original["copied_at_seq"] is None and original["file_identity"]
    assert sqlite_db.path is not None
    sqlite_db.close()
    copy_path = tmp_path / "copy" / "register.sqlite3"
    copy_path.parent.mkdir()
    shutil.copy2(sqlite_db.path, copy_path)
    copy = Database.open(copy_path, app_version="test")
    try:
        with copy.unit_of_work() as s:
            s.add(Partner(name="در رونوشت"))
        seen = _site(copy)
    finally:
        copy.close()
    assert seen["site"] == original["site"] and seen["last_seq"] == 3
    assert seen["copied_at_seq"] == 2  # what the original had written when it was copied
    assert seen["file_identity"] != original["file_identity"]
    assert str(copy_path.resolve()) in str(seen["file_identity"])
    again = Database.open(sqlite_db.path, app_version="test")  # the original: not a copy
    try:
        with again.unit_of_work() as s:
            s.add(Partner(name="در اصل"))
        assert _site(again)["copied_at_seq"] is None
        assert _site(again)["file_identity"] == original["file_identity"]
    finally:
        again.close()


def test_one_unit_of_work_takes_consecutive_clock_readings_near_the_wall_clock(
        sqlite_db: Database) -> None:
    import time

    from sqlalchemy import update

    from db.sync_models import SyncSite

    with sqlite_db.unit_of_work() as s:
        s.add_all([Partner(name=f"پارک {i}") for i in range(3)])
    hlcs = [r.hlc for r in _rows(sqlite_db)]
    assert hlcs == [hlcs[0], hlcs[0] + 1, hlcs[0] + 2]
    assert abs(hlcs[0] - time.time_ns() // 1_000_000 * 1000) < 60_000 * 1000  # a minute
    ahead = time.time_ns() // 1_000_000 * 1000 + 10**9  # a clock received from a peer ahead
    with sqlite_db.unit_of_work() as s:
        s.execute(update(SyncSite).values(last_hlc=ahead))
    mark = _last_id(sqlite_db)
    with sqlite_db.unit_of_work() as s:
        s.add_all([Partner(name="پس از ساعت جلوتر"), Partner(name="و دیگری")])
    assert [r.hlc for r in _rows(sqlite_db, mark)] == [ahead + 1, ahead + 2]
    assert _site(sqlite_db)["last_hlc"] == ahead + 2
