"""What every section and dialog is handed: the services, the change bus, error display.

Widgets never talk to each other: an operation returns :class:`Changes`, :meth:`UiContext.run`
publishes them on :attr:`UiContext.bus`, and every view that shows those entities refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import ConflictError, DomainError, StorageError, ValidationError
from desktop_app.domain.services import Services

log = logging.getLogger("peyvand.ui")
T = TypeVar("T")


class ChangeBus(QObject):
    """Carries the :class:`Changes` of every operation to the views that listen."""

    changed = Signal(object)


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
        """Run a domain operation; publish its changes; show a known error plainly.

        Returns the operation's value (for an :class:`OpResult`, its ``value``), or ``None``
        when it failed with an error the user was shown. :class:`ValidationError` is
        re-raised so a form can mark the fields; bugs propagate to the crash handler.
        """
        try:
            result = operation(*args, **kwargs)
        except ValidationError:
            raise
        except ConflictError as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("UiContext", "Changed elsewhere"),
                                str(exc))
            return None
        except (DomainError, StorageError) as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("UiContext", "Peyvand"), str(exc))
            return None
        if isinstance(result, OpResult):
            self.publish(result.changes)
            return result.value
        if isinstance(result, Changes):
            self.publish(result)
        return result

    def publish(self, changes: Changes) -> None:
        """Tell every listening view what changed."""
        if changes:
            self.bus.changed.emit(changes)
