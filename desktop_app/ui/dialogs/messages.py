"""The one helper that opens message boxes: a question, a piece of news, a warning.

Each text goes through :func:`desktop_app.ui.bidi.message` (names and codes isolated, every
line in the window's direction) and the box takes the window's direction, so the same
sentence reads right in the Persian and in the English window. Boxes opened elsewhere with
``QMessageBox`` directly get the same rule when shown (:func:`desktop_app.ui.bidi.install`);
new code calls these.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.bidi import message

Button = QMessageBox.StandardButton


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """True when the user answers Yes."""
    answer = QMessageBox.question(parent, title, message(text), Button.Yes | Button.No,
                                  Button.Yes if default_yes else Button.No)
    return answer == Button.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well."""
    QMessageBox.information(parent, title, message(text))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something could not be done, and why."""
    QMessageBox.warning(parent, title, message(text))


__all__ = ["confirm", "inform", "warn"]
