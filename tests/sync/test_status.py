"""``sync status`` answers in two statements, whatever the tables and peers, with the same
answer the per-table counts gave — on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select

from db.audit import SYNCED_TABLES
from db.database import Database
from db.models import Partner
from db.sync_models import SyncConflict, SyncHead, SyncHeld, SyncPeer, SyncSite
from desktop_app.sync.changelog import count_missing
from desktop_app.sync.engine import _hold, status, sync_direct
from tests.sync.helpers import add_partner, edit_partner, partner_id, partner_uuid

Site = Callable[[str], Database]


def per_table_status(db: Database) -> dict[str, Any]:
    """The answer as it was counted before: one statement per peer and per synced table."""
    with db.reading() as s:
        conn = s.connection()
        row = conn.execute(select(SyncSite.__table__)).first()
        peers = []
        for p in conn.execute(select(SyncPeer.__table__).where(SyncPeer.last_sync_at.is_not(None))
                              .order_by(SyncPeer.last_sync_at.desc())):
            have = {k: int(v) for k, v in (p.vector or {}).items()}
            peers.append({"site": p.site, "target": p.target,
                          "last_sync_at": p.last_sync_at.isoformat() if p.last_sync_at else None,
                          "unsent": count_missing(conn, have)})
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))) or 0
        held = s.scalar(select(func.count()).select_from(SyncHeld)) or 0
        unsent = peers[0]["unsent"] if peers else count_missing(conn, {})
        heads = select(SyncHead.entity_uuid).scalar_subquery()
        never = sum(int(conn.execute(select(func.count()).select_from(t).where(t.c.uuid.not_in(heads)))
                        .scalar_one()) for t in SYNCED_TABLES.values())
    return {"site": row.site if row else None, "register_id": row.register_id if row else None,
            "peers": peers, "unsent": unsent + never, "open_conflicts": int(conflicts), "held": int(held)}


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.split(None, 1)[0].upper() not in {"BEGIN", "COMMIT", "ROLLBACK"}:
            seen.append(statement)  # transaction control is not a question asked

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _busy_office(office: Database, new_site: Site) -> list[Database]:
    """An office with two laptops, changes not yet sent both ways, a conflict, a held
    package and a record written without the change hook."""
    pid = add_partner(office, "Kept Park", contacts=["Ali"])
    a, b = new_site("a"), new_site("b")
    sync_direct(a, office, join=True)
    sync_direct(b, office, join=True)
    record = partner_uuid(office, pid)
    edit_partner(a, partner_id(a, record) or 0, city="Qom")
    edit_partner(b, partner_id(b, record) or 0, city="Kashan")
    sync_direct(a, office)
    sync_direct(b, office)                       # the conflict: on the office and on b
    add_partner(a, "Unsent Park")
    add_partner(office, "Office Park")
    with a.unit_of_work() as s:
        _hold(s.connection(), b"a package that waits", "an earlier package is missing")
    with office.engine.begin() as conn:          # a record that has no change yet
        conn.execute(insert(Partner.__table__).values(
            uuid=str(uuid.uuid4()), name="Old Park", kind="other", origin="domestic",
            name_key="old park", search_text="old park", version=1))
    return [office, a, b]


def _check(registers: list[Database]) -> None:
    for db in registers:
        with counted(db) as before:
            expected = per_table_status(db)
        with counted(db) as seen:
            got = status(db)
        assert got == expected
        assert len(seen) <= 2 < len(SYNCED_TABLES) < len(before), seen
    office, a, _b = registers
    assert status(office)["open_conflicts"] >= 1 and status(a)["held"] == 1
    assert status(a)["unsent"] >= 1 and status(office)["unsent"] >= 2  # Office Park, Old Park
    assert len(status(office)["peers"]) == 2


def test_status_is_two_statements_with_the_same_answer_on_sqlite(new_site: Site) -> None:
    _check(_busy_office(new_site("office"), new_site))


def test_status_of_a_register_that_never_synced(new_site: Site) -> None:
    fresh = new_site("fresh")
    add_partner(fresh, "Only Park")
    with counted(fresh) as seen:
        got = status(fresh)
    assert got == per_table_status(fresh) and got["unsent"] == 1 and got["peers"] == []
    assert len(seen) <= 2


@pytest.mark.postgres
def test_status_is_two_statements_with_the_same_answer_on_postgresql(new_site: Site, pg_db: Database) -> None:
    _check(_busy_office(pg_db, new_site))
