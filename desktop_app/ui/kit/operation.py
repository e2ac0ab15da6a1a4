"""One way to run a change to the register from the window, off the GUI thread.

Modelled on how Anki runs a collection operation: the widget names the service call,
:func:`run_operation` runs it on the thread pool (:mod:`desktop_app.ui.worker`) while the
window keeps painting but takes no input, shows a busy indicator only when the call takes
longer than :data:`BUSY_AFTER_MS`, turns a known error into a message through the one
table :data:`KNOWN_ERRORS` (and logs every message it shows, with the operation's name),
and publishes the result's :class:`Changes` on the change bus with the object that started
it, so that object can skip reloading what it already shows.

The caller waits for the outcome (a nested event loop, as a modal dialog does), so a save
that must finish before the form is left stays one line::

    outcome = run_operation(ctx, self, "save letter", service.save, form,
                            handled=(ValidationError, ConflictError))
    if outcome.ok: ...                       # outcome.value is the OpResult's value
    elif isinstance(outcome.error, ValidationError): form.show_errors(outcome.error.errors)

Only one operation runs at a time; a bug (any other exception) is raised again in the GUI
thread, where the crash handler shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from desktop_app.ui.worker import run_task

if TYPE_CHECKING:
    from desktop_app.ui.context import UiContext

log = logging.getLogger("peyvand.ui.operation")

BUSY_AFTER_MS = 300  # a quicker operation shows no indicator at all


def _t(text: str) -> str:
    return QCoreApplication.translate("Kit", text)


@dataclass(frozen=True)
class KnownError:
    """A kind of error a user can act on and the title its message box carries."""

    kind: type[BaseException]
    name: str
    title: str  # source text in the "Kit" translation context


# The one table: first match wins (a ConflictError is also a StorageError, a
# ValidationError and a NotFoundError are DomainErrors).
KNOWN_ERRORS: tuple[KnownError, ...] = (  # str(): PySide types the marker as object
    KnownError(ValidationError, "validation",
               str(QT_TRANSLATE_NOOP("Kit", "Please check the form"))),
    KnownError(ConflictError, "conflict", str(QT_TRANSLATE_NOOP("Kit", "Changed elsewhere"))),
    KnownError(NotFoundError, "not found",
               str(QT_TRANSLATE_NOOP("Kit", "No longer in the register"))),
    KnownError(StorageError, "storage",
               str(QT_TRANSLATE_NOOP("Kit", "The register cannot do this now"))),
    KnownError(DomainError, "refused", str(QT_TRANSLATE_NOOP("Kit", "Peyvand"))),
)


KNOWN: tuple[type[BaseException], ...] = tuple(k.kind for k in KNOWN_ERRORS)


def known_error(exc: BaseException) -> KnownError | None:
    """The table's entry for *exc*, or ``None`` for a bug."""
    return next((k for k in KNOWN_ERRORS if isinstance(exc, k.kind)), None)


def show_error(parent: QWidget | None, operation: str, exc: BaseException) -> None:
    """Show a known error's message (already in the user's language) and log it."""
    entry = known_error(exc)
    title = _t(entry.title) if entry else _t("Peyvand")
    log.warning("%s: %s: %s", operation, entry.name if entry else type(exc).__name__, exc)
    QMessageBox.warning(parent, title, str(exc))


@dataclass
class Outcome:
    """How an operation ended: its value (an :class:`OpResult`'s value), or the error."""

    value: Any = None
    changes: Changes | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        """True when the call returned."""
        return self.error is None


class _InputBlocker(QObject):
    """Swallows the user's clicks and keys while an operation runs (painting goes on)."""

    BLOCKED = frozenset({
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
        QEvent.Type.Wheel, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    })

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self.BLOCKED


class OperationState:
    """Whether an operation is running and how many have run (tests and the window read it)."""

    running: str | None = None
    busy_shown = 0  # how many times the busy indicator appeared


def run_operation(ctx: UiContext, parent: QWidget | None, name: str,
                  fn: Callable[..., Any], *args: Any, origin: object = None,
                  handled: tuple[type[BaseException], ...] = (), label: str = "",
                  **kwargs: Any) -> Outcome:
    """Run ``fn(*args, **kwargs)`` on a worker thread and wait for it; see the module.

    Known errors are shown (and logged) unless they are instances of *handled*, which the
    caller shows itself (a form marks its fields, a section offers a reload). The
    outcome's changes are published with *origin* (default: *parent*).
    """
    if OperationState.running is not None:
        log.warning("%s refused: %s is still running", name, OperationState.running)
        return Outcome(error=DomainError(_t("Please wait: the last change is still being "
                                            "written.")))
    app = QCoreApplication.instance()
    blocker = _InputBlocker()
    if app is not None:
        app.installEventFilter(blocker)
    OperationState.running = name
    busy: list[QProgressDialog] = []

    def show_busy() -> None:
        dialog = QProgressDialog(label or _t("Working…"), "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setObjectName("operationBusy")
        dialog.show()
        busy.append(dialog)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        OperationState.busy_shown += 1

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_busy)
    timer.start(BUSY_AFTER_MS)
    outcome = Outcome()
    task = run_task(fn, *args, **kwargs)
    loop = QEventLoop()
    task.finished.connect(lambda value: setattr(outcome, "value", value))
    task.failed.connect(lambda exc: setattr(outcome, "error", exc))
    task.done.connect(loop.quit)
    try:
        if not task.is_done:
            loop.exec()
    finally:
        timer.stop()
        if busy:
            QGuiApplication.restoreOverrideCursor()
            busy[0].close()
            busy[0].deleteLater()
        if app is not None:
            app.removeEventFilter(blocker)
        OperationState.running = None
    if outcome.error is not None:
        if known_error(outcome.error) is None:
            raise outcome.error  # a bug: the crash handler shows it with its traceback
        if not isinstance(outcome.error, handled):
            show_error(parent, name, outcome.error)
        else:
            log.info("%s: %s", name, outcome.error)
        return outcome
    result = outcome.value
    if isinstance(result, OpResult):
        outcome.value, outcome.changes = result.value, result.changes
    elif isinstance(result, Changes):
        outcome.changes = result
    if outcome.changes:
        ctx.publish(outcome.changes, origin=parent if origin is None else origin)
    return outcome
