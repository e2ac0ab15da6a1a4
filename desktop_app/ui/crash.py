"""Known errors versus bugs, at the top of the window's event loop.

:func:`install` replaces ``sys.excepthook``. An exception that reaches it is either

* a problem the user can act on (:class:`~db.errors.StorageError`,
  :class:`~desktop_app.domain.errors.DomainError`): shown in a plain message box, logged
  as a warning; or
* a bug: written to the log file with its traceback and shown in :class:`CrashDialog`,
  whose details can be copied into a report. The window stays open.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.errors import DomainError, StorageError

log = logging.getLogger("peyvand.crash")

_showing = False


def format_details(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
    """The copyable report: version, Python, Qt and the traceback."""
    from PySide6 import __version__ as pyside_version

    head = (f"Peyvand {__version__}\nPython {sys.version.split()[0]}, PySide6 {pyside_version},"
            f" {sys.platform}\n\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """Says that something went wrong, where the log is, and shows the details to copy."""

    def __init__(self, details: str, log_file: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "Peyvand — unexpected error"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        text = QCoreApplication.translate("CrashDialog", "Something went wrong that Peyvand did not expect. Your saved data is safe; "
                  "the last action may not have finished.")
        if log_file is not None:
            text += "\n" + QCoreApplication.translate("CrashDialog", "The details were written to the log file: %1").replace(
                "%1", str(log_file))
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        # A traceback reads left to right whatever the window's language.
        self.details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("CrashDialog", "Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None, *, log_file: Path | None = None,
                     show: Callable[[QDialog | QMessageBox], object] | None = None) -> None:
    """Log *exc* and show it as a known problem or as a bug (see the module's doc)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, StorageError | DomainError):
        log.warning("%s: %s", exc_type.__name__, exc)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashDialog", "Peyvand"), str(exc),
                          QMessageBox.StandardButton.Ok, parent)
        (show or _exec)(box)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        dialog = CrashDialog(format_details(exc_type, exc, tb), log_file, parent)
        (show or _exec)(dialog)
    finally:
        _showing = False


def _exec(dialog: QDialog | QMessageBox) -> object:
    return dialog.exec()


def install(log_file: Path | None = None) -> None:
    """Route uncaught exceptions of the GUI thread through :func:`handle_exception`."""
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            handle_exception(exc_type, exc, tb, log_file=log_file)
        except Exception:  # never let the handler itself take the program down
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
