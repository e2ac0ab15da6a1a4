"""Long work off the UI thread, with progress, cancel and results delivered as signals.

The domain function stays free of Qt. It takes two keyword arguments, both optional to
honour:

* ``progress(done: int, total: int)`` — call it now and then (any thread may call it);
* ``cancel`` — a :class:`threading.Event`; check ``cancel.is_set()`` between steps and
  return (or raise) early when it is set. Write nothing half-way: do the writing in one
  unit of work at the end, or check before committing.

Two ways to run it::

    # 1. Fire and listen (e.g. a list query whose answer replaces the previous one)
    task = run_task(service.query, q)
    task.finished.connect(lambda ids: model.set_ids(ids))
    task.failed.connect(show_error)

    # 2. Modal, with a progress dialog and a Cancel button (import, report batch)
    outcome = run_with_progress(parent, self.tr("Importing partners…"),
                                importer.run, plan, pass_progress=True)
    if outcome.ok:
        ctx.publish(outcome.value.changes)
    elif outcome.error is not None:
        raise outcome.error  # or show it; StorageError/DomainError are plain messages

Signals arrive in the GUI thread (the :class:`Task` lives there), so slots may touch
widgets. A task's ``cancelled`` is emitted instead of ``finished`` when cancel was
requested before the function returned. Keep a task referenced while you need its
signals; :func:`run_task` also keeps it alive until it ends.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("peyvand.ui.worker")

_running: set[Task] = set()


class Task(QObject):
    """One piece of work on the thread pool; its signals are delivered in the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()  # after any of finished / failed / cancelled

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 *, pass_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.pass_progress = pass_progress
        self.cancel_event = threading.Event()
        self.is_done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._last_progress = 0.0
        # Relay the worker thread's outcome through a queued signal to this object.
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    _outcome = Signal(str, object)

    def cancel(self) -> None:
        """Ask the function to stop (it sees ``cancel.is_set()``)."""
        self.cancel_event.set()

    def _report_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress > 0.05:  # at most ~20 updates a second
            self._last_progress = now
            self.progress.emit(int(done), int(total))

    def _work(self) -> None:
        kwargs = dict(self.kwargs)
        if self.pass_progress:
            kwargs["progress"] = self._report_progress
            kwargs["cancel"] = self.cancel_event
        try:
            value = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._outcome.emit("failed", exc)
            return
        self._outcome.emit("finished", value)

    def _deliver(self, kind: str, payload: object) -> None:
        self.is_done = True
        if self.cancel_event.is_set():
            self.cancelled.emit()
        elif kind == "failed":
            error = cast(BaseException, payload)  # run() emits "failed" only with what it caught
            self.error = error
            if not isinstance(error, Exception):
                log.error("task %s failed", getattr(self.fn, "__name__", self.fn),
                          exc_info=error)
            self.failed.emit(payload)
        else:
            self.result = payload
            self.finished.emit(payload)
        self.done.emit()
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._work()


def run_task(fn: Callable[..., Any], *args: Any, pass_progress: bool = False,
             pool: QThreadPool | None = None, **kwargs: Any) -> Task:
    """Start ``fn(*args, **kwargs)`` on the thread pool; return its :class:`Task`.

    With ``pass_progress=True`` the function also receives ``progress=`` and ``cancel=``.
    """
    task = Task(fn, args, kwargs, pass_progress=pass_progress)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


@dataclass
class Outcome:
    """What :func:`run_with_progress` ended with."""

    value: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the function returned normally and was not cancelled."""
        return self.error is None and not self.cancelled


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[..., Any], *args: Any,
                      pass_progress: bool = True, minimum_duration_ms: int = 400,
                      cancellable: bool = True, **kwargs: Any) -> Outcome:
    """Run *fn* on the pool while a modal progress dialog with Cancel is shown.

    With ``cancellable=False`` the dialog has no Cancel button (work that writes in one
    transaction and cannot stop half-way, such as undoing an import).

    The dialog appears only if the work takes longer than *minimum_duration_ms*; the
    window keeps painting meanwhile. Returns an :class:`Outcome` once the work has ended
    (after Cancel, once the function has noticed and returned).
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    task = run_task(fn, *args, pass_progress=pass_progress, **kwargs)
    loop = QEventLoop()
    outcome = Outcome()

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def on_cancel() -> None:
        task.cancel()
        dialog.setLabelText(QCoreApplication.translate("QProgressDialog", "Stopping…"))

    task.progress.connect(on_progress)
    task.finished.connect(lambda v: setattr(outcome, "value", v))
    task.failed.connect(lambda e: setattr(outcome, "error", e))
    task.cancelled.connect(lambda: setattr(outcome, "cancelled", True))
    task.done.connect(loop.quit)
    if cancellable:  # closing the dialog of work that cannot stop does not ask it to
        dialog.canceled.connect(on_cancel)
    if not task.is_done:
        loop.exec()
    if cancellable:
        dialog.canceled.disconnect(on_cancel)
    dialog.close()
    dialog.deleteLater()
    return outcome
