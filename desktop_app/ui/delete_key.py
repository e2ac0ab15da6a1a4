"""Who answers the Delete key: the widget with the focus, else the section shown.

The main window's Delete action is the only owner of the key (a second shortcut on the same
key makes Qt refuse both). When it fires it asks the focused widget and its parents, nearest
first, for a delete handler — a parties table removes the selected party, a working-group
tree deletes the selected body — and only when none has one does the section delete its
selected record. Text fields never see the action fire: they claim Delete for themselves
(``ShortcutOverride``), so the key still deletes a character there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

DeleteHandler = Callable[[], object]
_ATTRIBUTE = "_peyvand_delete_handler"


def set_delete_handler(widget: QWidget, handler: DeleteHandler) -> None:
    """Make *handler* answer the Delete key while *widget* (or a child of it) has the focus."""
    setattr(widget, _ATTRIBUTE, handler)


def handler_for(widget: QWidget | None, stop: QWidget | None = None) -> DeleteHandler | None:
    """The nearest delete handler from *widget* up to (not including) *stop*, if any."""
    while widget is not None and widget is not stop:
        handler = getattr(widget, _ATTRIBUTE, None)
        if callable(handler):
            return handler
        widget = widget.parentWidget()
    return None
