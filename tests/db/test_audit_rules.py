"""``db.audit`` by case, through what it promises: the write set of a unit of work, the
JSON form of every column type, time-ordered version-7 UUIDs, a clock that never goes
back, and what the trail records for an insert (every non-empty value), an update (old and
new of each changed column only) and a delete."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import time
import uuid

from sqlalchemy import select

from db import audit
from db.audit import WriteSet, next_hlc, uuid7
from db.database import Database
from db.models import AuditEntry, Partner, PartnerKind


def test_write_set_sorts_rows_by_action() -> None:
    ws = WriteSet()
    assert not ws
    ws.add("insert", "partners", 1)
    ws.add("update", "partners", 2)
    ws.add("delete", "contacts", 3)
    ws.add("insert", "partners", 4)
    assert ws
    assert (ws.created, ws.updated, ws.deleted) == (
        {"partners": {1, 4}}, {"partners": {2}}, {"contacts": {3}})
    only_deleted = WriteSet()
    only_deleted.add("delete", "mous", 9)
    assert only_deleted and not only_deleted.created and not only_deleted.updated


def test_json_form_of_column_values() -> None:
    class Colour(enum.Enum):
        RED = "red"

    u = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
    assert audit._plain(Colour.RED) == "red"
    assert audit._plain(PartnerKind.PARK) == "park"
    assert audit._plain(dt.datetime(2025, 12, 16, 9, 30, 5)) == "2025-12-16T09:30:05"
    assert audit._plain(dt.date(2025, 12, 16)) == "2025-12-16"
    assert audit._plain(dt.time(9, 30)) == "09:30:00"
    assert audit._plain(decimal.Decimal("12.50")) == "12.50"
    assert audit._plain(u) == str(u)
    assert audit._plain(42) == 42 and audit._plain("x") == "x" and audit._plain(None) is None


def test_uuid7_is_version_7_and_time_ordered() -> None:
    made = []
    for _ in range(20):
        made.append(uuid7())
        time.sleep(0.002)
    parsed = [uuid.UUID(m) for m in made]
    assert all(p.version == 7 and p.variant == uuid.RFC_4122 for p in parsed)
    assert made == sorted(made) and len(set(made)) == len(made)
    ms = int.from_bytes(parsed[-1].bytes[:6], "big")
    assert abs(ms - time.time_ns() // 1_000_000) < 5_000


def test_the_clock_never_goes_back() -> None:
    now = time.time_ns() // 1_000_000 * 1000
    assert next_hlc(0) >= now and isinstance(next_hlc(0), int)  # written into JSON stamps
    far = now + 10**9
    assert next_hlc(far) == far + 1  # a clock ahead of ours is followed, not undone
    assert next_hlc(0, seen=far) == far + 1
    assert next_hlc(far, seen=far + 5) == far + 6


def test_what_the_trail_records(sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as s:
        p = Partner(name="پارک پردیس", kind=PartnerKind.PARK, city="")
        s.add(p)
        s.flush()
        pid = p.id
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "تهران"
    with sqlite_db.unit_of_work() as s:
        s.get(Partner, pid).city = "تهران"  # the same value: not a change
    with sqlite_db.unit_of_work() as s:
        s.delete(s.get(Partner, pid))
    with sqlite_db.reading() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [
        ("insert", "partners", pid), ("update", "partners", pid), ("delete", "partners", pid)]
    inserted, updated, deleted = (r.changes for r in rows)
    assert inserted["name"] == [None, "پارک پردیس"] and inserted["kind"] == [None, "park"]
    assert "city" not in inserted  # empty values are left out
    assert not {"version", "updated_at", "created_at", "search_text"} & inserted.keys()
    assert updated == {"city": ["", "تهران"]}
    assert deleted["city"] == [None, "تهران"] and deleted["name"] == [None, "پارک پردیس"]
    assert all(r.entity_uuid and r.actor and r.source == "app" for r in rows)
