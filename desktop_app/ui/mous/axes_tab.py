"""The MoU form's Cooperation axes tab (محورهای همکاری), in the order of the text."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.mous.models import AxesModel
from desktop_app.ui.mous.ordered import OrderedTab


class AxesTab(OrderedTab):
    """The cooperation axes of one MoU."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AxesModel(), parent)
        self.view.horizontalHeader().resizeSection(0, 420)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add = QPushButton(self)
        self.add.clicked.connect(self.add_axis)
        bar = QHBoxLayout()
        for b in (self.add, self.up, self.down, self.remove):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)

    def add_axis(self) -> None:
        """Add an empty axis and start typing its title."""
        row = self.model.add_axis()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def retranslate(self) -> None:
        """Every word of the tab."""
        self.retranslate_bar()
        self.add.setText(self.tr("Add axis"))
        self.model.retranslate()
