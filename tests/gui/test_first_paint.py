"""What the window does before its first paint, and what waits until after it (issue 10).

The window is built as ``run_gui`` builds it (:func:`desktop_app.app.build_main_window`,
the backup at opening included) on a copy of the demo register. An event filter on the
window takes a snapshot at its first paint event: the SQL statements run until then (an
SQLAlchemy ``before_cursor_execute`` listener, every thread), whether a backup had been
written, whether the sync state had been asked for and whether the attachments folder had
been tidied. Then the event loop runs on, and the backup, the sync state and the tidying
must come.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from sqlalchemy import Engine, event

from db.backup import register_backups_dir
from db.database import Database
from desktop_app.ui.settings import AppSettings

FIRST_PAINT_BUDGET = 15  # statements until the first screen is painted (issue 10)


class Statements:
    """Every statement any engine runs, with the thread that ran it."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str]] = []
        event.listen(Engine, "before_cursor_execute", self._note)

    def _note(self, _c: object, _cur: object, statement: str, *_a: object) -> None:
        self.rows.append((threading.current_thread().name, " ".join(statement.split())))

    def close(self) -> None:
        event.remove(Engine, "before_cursor_execute", self._note)


class FirstPaint(QObject):
    """Takes the snapshot at the window's first paint event."""

    def __init__(self, window: Any, statements: Statements, backups: Any, unused: Any) -> None:
        super().__init__(window)
        self.window = window
        self.statements = statements
        self.backups = backups
        self.unused = unused
        self.seen: dict[str, Any] | None = None

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if self.seen is None and obj is self.window and ev.type() == QEvent.Type.Paint:
            self.seen = {
                "statements": list(self.statements.rows),
                "backups": sorted(p.name for p in self.backups.glob("*")) if self.backups.exists() else [],
                "auto_backup": self.window.auto_backup.last,
                "sync_state": dict(self.window.sync_controls.state),
                "sync_task": self.window.sync_controls._task,
                "unused_file_kept": self.unused.exists(),
            }
        return False


@pytest.fixture
def counted() -> Iterator[Statements]:
    statements = Statements()
    yield statements
    statements.close()


def _sync_statement(sql: str) -> bool:
    return any(t in sql for t in ("sync_site", "sync_peers", "sync_conflicts", "sync_held",
                                  "sync_heads"))


def test_the_first_paint_waits_for_nothing_it_does_not_show(
        demo_db: Database, settings: AppSettings, qtbot: Any, counted: Statements) -> None:
    import os
    import time

    from desktop_app.app import build_main_window
    from desktop_app.domain.services import Services

    assert demo_db.path is not None
    backups = register_backups_dir(demo_db.path)
    # a stored file no attachment refers to, two hours old: the tidying moves it away
    unused = Services(demo_db).attachments.folder / "ab" / ("ab" + "0" * 62)
    unused.parent.mkdir(parents=True, exist_ok=True)
    unused.write_bytes(b"left behind")
    os.utime(unused, (time.time() - 7200,) * 2)
    counted.rows.clear()  # opening the register is counted by tests/db/test_statement_budget
    window = build_main_window(demo_db, settings, "fa")
    qtbot.addWidget(window)
    probe = FirstPaint(window, counted, backups, unused)
    window.installEventFilter(probe)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.firstPainted, timeout=10_000):
        window.show()
    seen = probe.seen
    assert seen is not None, "the window was never painted"

    before = seen["statements"]
    assert len(before) <= FIRST_PAINT_BUDGET, before
    assert all(thread == threading.main_thread().name for thread, _sql in before), before
    assert not any(_sync_statement(sql) for _thread, sql in before), before
    assert seen["sync_task"] is None and not seen["sync_state"]
    assert seen["auto_backup"] is None and not any("automatic" in n for n in seen["backups"])
    assert seen["unused_file_kept"] and not any("attachments" in sql for _t, sql in before)

    # … and after it: the backup at opening is written and the sync state shown.
    qtbot.waitUntil(lambda: window.auto_backup.last is not None, timeout=10_000)
    assert window.auto_backup.last.verified
    assert any("automatic" in p.name for p in backups.glob("*"))
    qtbot.waitUntil(lambda: not unused.exists(), timeout=10_000)  # tidied after the paint
    qtbot.waitUntil(lambda: bool(window.sync_controls.state), timeout=10_000)
    assert window.sync_controls.label.text()
    after = counted.rows[len(before):]
    assert any(_sync_statement(sql) and thread != threading.main_thread().name
               for thread, sql in after), "the sync state was not read off the GUI thread"
    window.close()


def test_work_asked_for_after_the_first_paint_runs_at_once(
        main_window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: main_window.painted, timeout=10_000)
    ran: list[int] = []
    main_window.after_first_paint(lambda: ran.append(1))
    qtbot.waitUntil(lambda: ran == [1], timeout=5000)


def test_the_dashboard_shows_its_figures_right_after_the_first_paint(
        main_window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: main_window.painted, timeout=10_000)
    dashboard = main_window.current_section()
    assert dashboard is not None and dashboard.section_id == "dashboard"
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)
    assert dashboard.data.partners_total > 0
    assert dashboard.card_partners.number.text()
