"""A partner field that searches as you type (Persian or Latin, any letter forms)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop_app.ui.kit.views import debounce
from desktop_app.ui.mous.models import ChoiceListModel

ChoicesFn = Callable[[str], Sequence[tuple[int, str]]]


class PartnerPicker(QLineEdit):
    """Type part of a name; the matching partners drop down; Enter or a click chooses one.

    The search is the service's (``PartnerService.choices``), so "صنايع كوچك" finds
    "صنایع کوچک" and the list stays fast with 100,000 partners.
    """

    partnerChosen = Signal(int, str)

    DELAY_MS = 60

    def __init__(self, choices: ChoicesFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self.model = ChoiceListModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setClearButtonEnabled(True)
        self._timer = debounce(self, self.DELAY_MS, self.refresh)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._enter)
        self.retranslate()

    def retranslate(self) -> None:
        """Placeholder in the current language."""
        self.setPlaceholderText(self.tr("Type a partner's name to add it…"))

    def refresh(self) -> None:
        """Ask the service for partners matching the text and show them."""
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.model.set_choices([])
            self._popup().hide()
            return
        self.model.set_choices(self._choices(text))
        if self.model.rowCount():
            self.completer_.complete()
        else:
            self._popup().hide()

    def choose_row(self, row: int) -> bool:
        """Choose the partner shown on *row* of the drop-down."""
        choice = self.model.choice(row)
        if choice is None:
            return False
        self._popup().hide()
        self.partnerChosen.emit(*choice)
        self.clear()
        self.model.set_choices([])
        return True

    def _popup(self) -> QAbstractItemView:
        """The completer's drop-down (it always has one once it is set up)."""
        popup = self.completer_.popup()
        assert popup is not None
        return popup

    def _chosen(self, index: QModelIndex) -> None:
        # The completer's index belongs to its own proxy; map through the text.
        row = index.row()
        if index.model() is not self.model:
            text = index.data()
            row = next((i for i in range(self.model.rowCount())
                        if self.model.choice(i) and self.model.choice(i)[1] == text), -1)  # type: ignore[index]
        QTimer.singleShot(0, lambda: self.choose_row(row))

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.rowCount():
            self.refresh()
        popup = self._popup()
        row = popup.currentIndex().row() if popup.isVisible() and popup.currentIndex().isValid() else 0
        if self.model.rowCount() == 1 or popup.currentIndex().isValid():
            self.choose_row(max(row, 0))
