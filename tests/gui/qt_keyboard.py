"""Typing non-ASCII text into real widgets.

``QTest.keyClicks`` asserts on characters outside ASCII (Qt's qasciikey.cpp), so Persian
typing is sent as real key events carrying the text, the way an input method delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send *text* to *widget* one character at a time as key press/release events."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
