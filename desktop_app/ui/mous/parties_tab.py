"""The MoU form's Parties tab: pick partners, keep them in the order of the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from desktop_app.domain.mous import PartyForm
from desktop_app.ui.bidi import isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.mous.models import PartiesModel
from desktop_app.ui.mous.partner_picker import PartnerPicker
from desktop_app.ui.mous.tab_base import OrderedTab


class PartiesTab(OrderedTab):
    """The parties of one MoU."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        picker = PartnerPicker(lambda t: ctx.services.partners.choices(t, 30))
        super().__init__(PartiesModel(ctx.services.mous.partner_names), picker, parent,
                         stretch_lead=True)
        self.picker = picker
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 90, 170)):
            header.resizeSection(column, width)
        self.picker.partnerChosen.connect(self.add_party)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #667085;")
        self.page.addWidget(self.hint)
    def set_rows(self, rows: Sequence[PartyForm], *, names_known: bool = False) -> None:
        """Show the MoU's parties (*names_known*: the partners' names as shown already)."""
        self.model.set_rows(rows, names_known=names_known)

    def add_party(self, partner_id: int, name: str) -> None:
        """Add the partner chosen in the picker as the next party."""
        row = self.model.add_partner(partner_id, name)
        if row is None:
            self.error.show_message(self.tr("%1 is a party already.").replace("%1", isolate(name)))
            return
        self.view.selectRow(row)

    def retranslate(self) -> None:
        """Every word of the tab."""
        self.retranslate_bar()
        self.hint.setText(self.tr(
            "Parties are listed in the order of the MoU's text. Double-click a cell to edit the "
            "role or the signatory. A signed MoU has at least two parties."))
        self.model.retranslate()
