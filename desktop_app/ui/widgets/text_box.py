"""A multi-line plain-text field whose paragraphs each follow the direction of their text.

``QPlainTextEdit`` lays every paragraph out with one alignment for the whole document, so a
Persian paragraph in it starts at the left edge with a ragged right one (and an English
paragraph in the Persian window the other way round). ``QTextEdit``'s document layout
resolves each paragraph's direction from its first strong character and aligns it to its
own leading edge, as word processors do. :class:`TextBox` is a ``QTextEdit`` kept to plain
text (no rich paste, no formatting keys), so forms use it where they used
``QPlainTextEdit``.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget


class TextBox(QTextEdit):
    """Plain text, several lines, each paragraph aligned by its own direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        follow_text_direction(self)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste only the text (a copied web page or Word paragraph brings no formatting)."""
        if source.hasText():
            self.textCursor().insertText(source.text())

    def value(self) -> str:
        """The text, as typed."""
        return self.toPlainText()


def follow_text_direction(edit: QTextEdit) -> None:
    """Let every paragraph of *edit* take its own text's direction (not the window's)."""
    document = edit.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setAlignment(Qt.AlignmentFlag.AlignLeading)
    document.setDefaultTextOption(option)
