"""How many SQL statements one save costs through the real window (issue 10), on SQLite and
on PostgreSQL, where each statement is a round trip.

The window is shown on the demo register (built in the test's database), the record is
opened, one field edited, and Save pressed as a person would; an SQLAlchemy
``before_cursor_execute`` listener notes every statement (its thread, and whether the
operation runner was running) until the window is quiet again. The sync state line, which
every change refreshes off the GUI thread, is counted apart: its cost is the sync
engine's (``desktop_app.sync.engine.status``), not the save's.

What a save costs here: the write itself (on the worker) and the saved row of the list;
the undo tracker reads nothing (the save returned the audit entries it wrote). The form shows what the save returned
(``save_form``): it reads nothing again, its hidden history tab is read when shown, and no
hidden section reads anything.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from sqlalchemy import Engine, event, text

from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.services import Services
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.operation import OperationState
from desktop_app.ui.settings import AppSettings

# Statements of one save besides the sync state line (BEGIN counted: on SQLite every
# transaction is one more statement; PostgreSQL begins with the first query). Issue 10's
# targets for the whole save are 12 (meeting) and 20 (MoU with three parties, five axes).
BUDGET = {("sqlite", "meeting"): 9, ("postgresql", "meeting"): 7,
          ("sqlite", "mou"): 10, ("postgresql", "mou"): 8}


class Counter:
    """Every statement any engine runs: (thread, during an operation, text)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, bool, str]] = []
        event.listen(Engine, "before_cursor_execute", self._note)

    def _note(self, _c: object, _cur: object, statement: str, *_a: object) -> None:
        self.rows.append((threading.current_thread().name, OperationState.running is not None,
                          " ".join(statement.split())))

    def close(self) -> None:
        event.remove(Engine, "before_cursor_execute", self._note)


def _quiet(counter: Counter, idle_s: float = 1.0, limit_s: float = 30.0) -> None:
    """Run the event loop until no statement has run for *idle_s* (longer than the sync
    state's 400 ms pause after a change)."""
    deadline = time.monotonic() + limit_s
    last, since = len(counter.rows), time.monotonic()
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
        if len(counter.rows) != last:
            last, since = len(counter.rows), time.monotonic()
        elif time.monotonic() - since > idle_s:
            return


@pytest.fixture
def window(any_db: Database, tmp_path: Any, persian: None, qtbot: Any) -> Iterator[Any]:
    from PySide6.QtCore import QSettings

    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.main_window import MainWindow

    build_demo(any_db)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(Services(any_db), language="fa")
    w = MainWindow(ctx, settings, apply_language=apply_language)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.painted, timeout=10_000)
    yield w
    for section in w.built_sections():
        form = getattr(section, "form", None)
        if form is not None:
            form.dirty = False
    w.sync_controls._pending.stop()
    QThreadPool.globalInstance().waitForDone(5000)
    w.close()
    w.deleteLater()  # now: no timer of this window may fire in the next test
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def counter() -> Iterator[Counter]:
    c = Counter()
    yield c
    c.close()


def _scalar(db: Database, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _save(window: Any, counter: Counter, section: Any, edit: Any) -> tuple[list, list]:
    _quiet(counter, idle_s=0.6)
    edit()
    assert section.form.dirty
    start = len(counter.rows)
    section.save_current()
    _quiet(counter)
    rows = counter.rows[start:]
    # the sync state line: the only work on a worker thread outside an operation
    gui = threading.main_thread().name
    sync = [r for r in rows if not r[1] and r[0] != gui]
    save = [r for r in rows if r not in sync]
    return save, sync


def _check(window: Any, save: list, sync: list, kind: str) -> None:
    backend = window.ctx.services.db.engine.dialect.name
    gui = threading.main_thread().name
    listing = "\n".join(f"{t} {'op' if op else '  '} {sql[:140]}" for t, op, sql in save)
    assert len(save) <= BUDGET[(backend, kind)], listing
    # every write ran on the worker, inside the operation
    assert all(op and t != gui for t, op, sql in save
               if sql.split()[0] in ("INSERT", "UPDATE", "DELETE")), listing
    # the sync state line was read again (off the GUI thread)
    assert any("sync_site" in sql for _t, _op, sql in sync)
    # reads on the GUI thread: the saved row of the list (the row and its links' names),
    # nothing of another section, no second reading of the record, and not the audit
    # trail: the undo tracker takes its step from the entries the save returned
    reads = [sql for t, op, sql in save if t == gui and sql != "BEGIN"]
    assert len(reads) <= 2, listing
    assert not any("FROM attachments" in sql or "audit_log" in sql for sql in reads), listing
    assert window.undo_stack.can_undo()  # the step was recorded all the same


def test_saving_one_meeting(window: Any, counter: Counter, qtbot: Any) -> None:
    db = window.ctx.services.db
    meeting_id = _scalar(db, "SELECT min(id) FROM meetings")
    section = window.show_section("meetings")
    section.open_record(meeting_id)
    before = section.form.value().version
    save, sync = _save(window, counter, section,
                       lambda: qtbot.keyClicks(section.form.place, " ·"))
    _check(window, save, sync, "meeting")
    shown = section.form.value()
    assert shown.version == before + 1 and shown.place.endswith("·")  # the saved version
    assert not section.form.dirty
    assert window.ctx.services.meetings.get(meeting_id).place == shown.place
    # the history tab was not read on the save; it is read when shown, with the save in it
    history = section.form.history
    seen = len(counter.rows)
    section.form.tabs.setCurrentWidget(history)
    assert len(counter.rows) > seen and history.count() >= 1
    newest = history.tree.topLevelItem(0)
    assert any("·" in newest.child(i).text(3) for i in range(newest.childCount()))


def test_saving_one_mou_with_its_parties_and_axes(window: Any, counter: Counter,
                                                 qtbot: Any) -> None:
    db = window.ctx.services.db
    mou_id = _scalar(db, "SELECT mou_id FROM mou_parties GROUP BY mou_id "
                         "ORDER BY abs(count(*) - 3), mou_id LIMIT 1")
    section = window.show_section("mous")
    section.open_record(mou_id)
    editor = section.form
    parties = [p.partner_id for p in editor.value().parties]
    names = [editor.parties_model.display(r, "partner_id") for r in editor.parties_model.rows()]
    assert len(parties) >= 2 and all(names)
    save, sync = _save(window, counter, section,
                       lambda: qtbot.keyClicks(editor.title_edit, " ·"))
    _check(window, save, sync, "mou")
    assert not editor.is_dirty()
    shown = editor.value()
    assert shown.title.endswith("·") and [p.partner_id for p in shown.parties] == parties
    # the parties keep their names and the pickers their choices without reading them again
    assert [editor.parties_model.display(r, "partner_id")
            for r in editor.parties_model.rows()] == names
    assert editor.hub.count() >= 1 and editor.renews.count() >= 1
    assert window.ctx.services.mous.get(mou_id).title == shown.title
    # a second save of the same MoU finds the version the first one returned
    _save(window, counter, section, lambda: qtbot.keyClicks(editor.title_edit, "·"))
    assert window.ctx.services.mous.get(mou_id).title == shown.title + "·"
