"""What every section and dialog is handed: the services, the change bus, error display.

Widgets never talk to each other: an operation returns :class:`Changes`, the operation
runner (:mod:`desktop_app.ui.kit.operation`) publishes them on :attr:`UiContext.bus` with
the object that started the operation, and every view that shows those entities refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.services import Services

log = logging.getLogger("peyvand.ui")


class ChangeBus(QObject):
    """Carries the :class:`Changes` of every operation to the views that listen.

    While ``changed`` is being delivered, :attr:`origin` is the object that started the
    operation (a section, a form, a dialog; ``None`` when nobody said), so it can tell its
    own save from someone else's.
    """

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.origin: object = None


class UiContext:
    """The services of the open register and the means to run operations from widgets."""

    def __init__(self, services: Services, language: str = "fa") -> None:
        self.services = services
        self.bus = ChangeBus()
        self.language = language
        # Set by the main window: opens a record in its section, e.g. open("mous", 3).
        self.open_record: Callable[[str, int], None] = lambda entity, record_id: None

    def run(self, parent: QWidget | None, operation: Callable[..., Any], *args: Any,
            **kwargs: Any) -> Any:
        """Run a domain operation through the operation runner (off the GUI thread).

        Returns the operation's value (for an :class:`OpResult`, its ``value``), or ``None``
        when it failed with an error the user was shown. :class:`ValidationError` is
        re-raised so a form can mark the fields; bugs propagate to the crash handler.
        """
        from desktop_app.ui.kit.operation import run_operation

        name = str(getattr(operation, "__qualname__", "") or "operation")
        outcome = run_operation(self, parent, name, operation, *args,
                                handled=(ValidationError,), **kwargs)
        if isinstance(outcome.error, ValidationError):
            raise outcome.error
        if not outcome.ok:
            return None
        return outcome.value

    def publish(self, changes: Changes, origin: object = None) -> None:
        """Tell every listening view what changed (and who changed it)."""
        if changes:
            previous, self.bus.origin = self.bus.origin, origin
            try:
                self.bus.changed.emit(changes)
            finally:
                self.bus.origin = previous
