"""The questions the import and export screens ask the user, in one place.

File dialogs and message boxes are modal; keeping them behind these small functions lets
the tests answer them (by replacing a function) while the real widgets are driven.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.ui import file_dialogs
from desktop_app.ui.dialogs import messages


def ask_open_file(parent: QWidget | None, caption: str, filters: str) -> str:
    """A file to read, or ``""`` when the user cancelled (starting in the last import folder)."""
    return file_dialogs.open_file(parent, caption, "import", filters)


def ask_save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """Where to write a file, or ``""`` when the user cancelled (starting in the last export
    folder)."""
    return file_dialogs.save_file(parent, caption, "export", suggested, filters)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """True when the user answers Yes."""
    return messages.confirm(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well."""
    messages.inform(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something could not be done, and why."""
    messages.warn(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or ``None`` when the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else None
