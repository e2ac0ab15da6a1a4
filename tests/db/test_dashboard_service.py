"""The dashboard's figures on the demo register, the same on SQLite and on PostgreSQL, and
read in a bounded number of statements (each is a round trip on the office server)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from db.database import Database
from desktop_app.domain.dashboard import DashboardService
from desktop_app.domain.demo import build_demo

TODAY = dt.date(2026, 11, 22)  # 1405/09/01


def test_dashboard_figures_on_the_demo_register(any_db: Database) -> None:
    build_demo(any_db)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.split()[0].upper() != "BEGIN":
            statements.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", count)
    try:
        board = DashboardService(any_db).summary(TODAY)
    finally:
        event.remove(any_db.engine, "before_cursor_execute", count)
    assert [m.number for m in board.expiring][:1] == ["54"]
    assert board.expiring[0].days_left == 23
    assert board.partners_total > 0 and board.hubs_total == 2
    assert sum(board.mous_by_status.values()) >= board.mous_live > 0
    hub_codes = {h.country_code for h in board.hubs}
    assert hub_codes == {"CN", "TR"}
    for hub in board.hubs:
        country = next((c for c in board.countries if c.code == hub.country_code), None)
        if country is not None:  # the same per-country figures in both lists
            assert (hub.partners, hub.mous) == (country.partners, country.mous)
    assert board.recent and all(entry.title for entry in board.recent)
    assert len(statements) <= 6, statements  # one reading session, six statements
