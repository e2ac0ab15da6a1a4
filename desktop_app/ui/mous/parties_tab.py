"""The MoU form's Parties tab: pick partners, keep them in the order of the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from desktop_app.domain.mous import PartyForm
from desktop_app.ui.bidi import isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.mous.models import PartiesModel
from desktop_app.ui.mous.partner_picker import PartnerPicker
from desktop_app.ui.mous.tab_base import OrderedTab

# Shares of the table's width: partner, role (0: as wide as its words), signatory, title.
PARTY_SHARES = (3, 0, 4, 2)

class PartiesTab(OrderedTab):
    """The parties of one MoU."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        picker = PartnerPicker(lambda t: ctx.services.partners.choices(t, 30))
        super().__init__(PartiesModel(ctx.services.mous.partner_names), picker, parent,
                         stretch_lead=True)
        self.picker = picker
        # The partner, the signatory and the title share the width by PARTY_SHARES; the role
        # takes what its words need. Fixed widths cut the signatory while the title's column
        # stood empty.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.viewport().installEventFilter(self)
        # A long signatory wraps onto a second line rather than lose its end.
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.model.dataChanged.connect(lambda *_: self.view.resizeRowsToContents())
        self.picker.partnerChosen.connect(self.add_party)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #667085;")
        self.page.addWidget(self.hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.share_width()
        return super().eventFilter(watched, event)

    def share_width(self) -> None:
        """Size the columns by :data:`PARTY_SHARES` of the width the table has now."""
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        fit = max(header.sectionSizeFromContents(1).width(), self.view.sizeHintForColumn(1))
        free = max(0, width - fit)
        shares = sum(PARTY_SHARES)
        widths = [fit if share == 0 else free * share // shares for share in PARTY_SHARES]
        widths[-1] += max(0, width - sum(widths))  # what rounding left over
        for column, size in enumerate(widths):
            header.resizeSection(column, size)

    def set_rows(self, rows: Sequence[PartyForm], *, names_known: bool = False) -> None:
        """Show the MoU's parties (*names_known*: the partners' names as shown already)."""
        self.model.set_rows(rows, names_known=names_known)
        self.share_width()

    def add_party(self, partner_id: int, name: str) -> None:
        """Add the partner chosen in the picker as the next party."""
        row = self.model.add_partner(partner_id, name)
        if row is None:
            self.error.show_message(self.tr("%1 is a party already.").replace("%1", isolate(name)))
            return
        self.share_width()
        self.view.selectRow(row)

    def retranslate(self) -> None:
        """Every word of the tab."""
        self.retranslate_bar()
        self.hint.setText(self.tr(
            "Parties are listed in the order of the MoU's text. Double-click a cell to edit the "
            "role or the signatory. A signed MoU has at least two parties."))
        self.model.retranslate()
