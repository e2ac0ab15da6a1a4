"""The operation runner (desktop_app/ui/kit/operation.py) in the real window.

Every SQL statement is recorded with the thread that ran it and the operation running at
the time (an SQLAlchemy ``before_cursor_execute`` listener on the register's engine), so
the tests can say that a save, a delete and an undo write nothing from the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_keyboard import type_text
from sqlalchemy import event

from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.ui.kit import operation
from desktop_app.ui.kit.operation import KNOWN_ERRORS, OperationState, known_error, run_operation

pytestmark = pytest.mark.gui

WRITES = ("INSERT", "UPDATE", "DELETE")


class Statements:
    """(thread id, statement, operation running) of every statement on an engine."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine = engine
        self.rows: list[tuple[int, str, str | None]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        self.rows.append((threading.get_ident(), statement, OperationState.running))

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def writes_on(self, thread: int) -> list[str]:
        """The INSERT, UPDATE and DELETE statements *thread* ran."""
        return [s for t, s, _op in self.rows
                if t == thread and s.lstrip().upper().startswith(WRITES)]

    def in_operations(self) -> list[tuple[int, str, str | None]]:
        return [r for r in self.rows if r[2] is not None]


@pytest.fixture
def statements(main_window):  # type: ignore[no-untyped-def]
    recorder = Statements(main_window.ctx.services.db.engine)
    yield recorder
    recorder.close()


def test_save_delete_and_undo_write_nothing_on_the_gui_thread(main_window, statements, qtbot,
                                                              monkeypatch) -> None:
    gui = threading.get_ident()
    section = main_window.show_section("meetings")
    meeting_id = section.list.model.id_at(0)
    section.open_record(meeting_id)
    service = section.ctx.services.meetings
    section.form.title.clear()
    type_text(section.form.title, "جلسه از رشته دیگر")
    qtbot.mouseClick(section.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.get(meeting_id).title == "جلسه از رشته دیگر", timeout=5000)
    # undo the save (Edit › Undo, what Ctrl+Z triggers), then delete the meeting
    assert main_window.act_undo.isEnabled()
    main_window.act_undo.trigger()
    qtbot.waitUntil(lambda: service.get(meeting_id).title != "جلسه از رشته دیگر", timeout=5000)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    section.list.select_id(meeting_id)
    section.delete_current()
    qtbot.waitUntil(lambda: section.list.model.row_of(meeting_id) is None, timeout=5000)
    ran = statements.in_operations()
    names = {op for _t, _s, op in ran}
    assert any(s.lstrip().upper().startswith("UPDATE") for _t, s, _op in ran)
    assert any(s.lstrip().upper().startswith("DELETE") for _t, s, _op in ran)
    assert "save meetings" in names and "delete meetings" in names
    assert any("revert" in (n or "") for n in names)  # the undo
    assert statements.writes_on(gui) == []
    # Every write happened inside an operation, on a worker thread. (While one runs, the
    # window keeps painting: a list may read the rows it shows, never write.)
    writes = [(t, op) for t, s, op in statements.rows if s.lstrip().upper().startswith(WRITES)]
    assert writes and all(op is not None and t != gui for t, op in writes)
    gui_reads = [s for t, s, op in ran if t == gui]
    assert all(s.lstrip().upper().startswith(("SELECT", "BEGIN", "ROLLBACK")) for s in gui_reads)


def test_a_slow_operation_shows_the_busy_indicator_and_takes_no_input(main_window, qtbot) -> None:
    ctx = main_window.ctx
    seen: list[int] = []

    def slow() -> str:
        time.sleep(0.6)
        return "done"

    def fast() -> str:
        return "quick"

    before = OperationState.busy_shown
    assert run_operation(ctx, main_window, "fast", fast).value == "quick"
    assert OperationState.busy_shown == before  # no flash for a quick one
    section = main_window.show_section("partners")
    search = section.list.search
    search.clear()
    # a key typed while the operation runs is not delivered
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, lambda: (qtbot.keyClicks(search, "abc"), seen.append(1)))
    outcome = run_operation(ctx, main_window, "slow", slow)
    assert outcome.value == "done" and seen == [1]
    assert OperationState.busy_shown == before + 1
    assert search.text() == ""
    assert OperationState.running is None


def test_known_errors_come_from_one_table_and_are_logged(main_window, monkeypatch, caplog) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, title, text, *a: shown.append((title, text))))

    def refused() -> None:
        raise DomainError("نمی‌شود. / Not allowed.")

    with caplog.at_level(logging.WARNING, logger="peyvand.ui.operation"):
        outcome = run_operation(main_window.ctx, main_window, "try refused", refused)
    assert not outcome.ok and shown == [("پیوند", "نمی‌شود. / Not allowed.")]  # Persian window
    assert "try refused" in caplog.text and "Not allowed" in caplog.text
    assert known_error(StorageError("x")).name == "storage"  # type: ignore[union-attr]
    assert [k.name for k in KNOWN_ERRORS][:2] == ["validation", "conflict"]

    def bug() -> None:
        raise ZeroDivisionError("a bug")

    with pytest.raises(ZeroDivisionError):  # bugs reach the crash handler on this thread
        run_operation(main_window.ctx, main_window, "bug", bug)
    assert operation.OperationState.running is None


def test_changes_are_published_with_who_started_them(main_window, qtbot) -> None:
    ctx = main_window.ctx
    section = main_window.show_section("letters")
    origins: list[object] = []
    ctx.bus.changed.connect(lambda _c: origins.append(ctx.bus.origin))
    form = ctx.services.letters.get(section.list.model.id_at(0))
    form.subject = form.subject + " ۲"
    outcome = run_operation(ctx, section, "save letters", ctx.services.letters.save, form)
    assert outcome.ok and outcome.changes is not None and outcome.changes.touches("letters")
    assert origins == [section]
    assert ctx.bus.origin is None  # only while the change is being delivered
