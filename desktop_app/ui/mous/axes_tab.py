"""The MoU form's Cooperation axes tab (محورهای همکاری), in the order of the text."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from desktop_app.ui.mous.models import AxesModel
from desktop_app.ui.mous.tab_base import OrderedTab


class AxesTab(OrderedTab):
    """The cooperation axes of one MoU."""

    def __init__(self, parent: QWidget | None = None) -> None:
        add = QPushButton()
        super().__init__(AxesModel(), add, parent)
        self.add = add
        self.view.horizontalHeader().resizeSection(0, 420)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add.clicked.connect(self.add_axis)

    def add_axis(self) -> None:
        """Add an empty axis and start typing its title."""
        index = self.model.index(self.model.add_axis(), 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def retranslate(self) -> None:
        """Every word of the tab."""
        self.retranslate_bar()
        self.add.setText(self.tr("Add axis"))
        self.model.retranslate()
