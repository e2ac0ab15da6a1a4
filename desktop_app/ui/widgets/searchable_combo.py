"""A long fixed list (the countries) that is searched by typing, without jumping about.

A plain ``QComboBox`` answers typed letters by jumping to the first item that starts with
them, one letter at a time: typing ترکیه visits تاجیکستان, ترکمنستان … on the way, and a
pause restarts the search. :func:`make_searchable` turns the combo editable with a popup of
the items *containing* the typed text (Arabic or Persian yeh and kaf alike); the choice
changes only when the user picks an item or leaves the field on an exact name. Whatever
else was typed is put back to the chosen item, so the combo never holds a value that is
not in its list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop_app.domain.text import match_key as fold

__all__ = ["make_searchable"]


class _Folded(QSortFilterProxyModel):
    """The combo's items whose folded text contains the folded search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        self._needle = fold(text)
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        text = self.sourceModel().index(row, 0, parent).data() or ""
        return self._needle in fold(str(text))


def make_searchable(combo: QComboBox) -> None:
    """Let *combo* be searched by typing any part of an item (see the module's text)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    proxy = _Folded(combo)
    proxy.setSourceModel(combo.model())
    completer = QCompleter(proxy, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    popup = completer.popup()
    if popup is not None:
        popup.setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.setCompleter(completer)
    edit = combo.lineEdit()
    if edit is None:  # setEditable(True) above gives the combo its line edit
        raise RuntimeError("an editable QComboBox has no line edit")

    def typed(text: str) -> None:
        proxy.set_needle(text)
        if text:
            completer.complete()

    def chosen(text: str) -> None:
        index = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            combo.setCurrentIndex(index)
        edit.setText(combo.itemText(combo.currentIndex()))

    def finished() -> None:
        text = edit.text().strip()
        matches = [i for i in range(combo.count()) if fold(combo.itemText(i)) == fold(text)]
        if matches:
            combo.setCurrentIndex(matches[0])
        edit.setText(combo.itemText(combo.currentIndex()))

    edit.textEdited.connect(typed)
    # The stubs type the signal without its overloads, so the [str] pick is not indexable to mypy.
    completer.activated[str].connect(chosen)  # type: ignore[index]
    edit.editingFinished.connect(finished)
