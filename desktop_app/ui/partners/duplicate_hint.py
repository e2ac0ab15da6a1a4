"""The partner form's "this partner may already be in the register" line.

While a partner is typed (when the cursor leaves the name, the Latin name, the website or
the e-mail, and once more before saving), the form is checked against every partner of
the register with the importer's own duplicate rules —
:func:`desktop_app.importing.duplicates.plan_import`: the same name or Latin name in the
same country, the same web or e-mail domain (certain), or a near spelling (offered). A
match shows a line above the form naming the existing partner, with *Open the existing
one*. Nothing is refused: two parks may have similar names.

The register's partners are read once and again only after partners changed
(:meth:`DuplicateHint.forget`), so typing stays quick with 100,000 of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.domain.partners import PartnerForm
from desktop_app.importing.cleaning import CleanRow
from desktop_app.importing.duplicates import ExistingPartner, Match, plan_import
from desktop_app.ui.bidi import fill, sentence
from desktop_app.ui.i18n import FollowsLanguage

NEAR_CUTOFF = 85.0
CERTAIN = ("name", "latin_name", "domain")


class DuplicateHint(FollowsLanguage, QFrame):
    """A yellow line naming an existing partner that looks like the one being typed."""

    openRequested = Signal(int)

    def __init__(self, existing: Callable[[], list[ExistingPartner]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateHint")
        self.setStyleSheet("#duplicateHint { background: #fffaeb; border: 1px solid #fec84b;"
                           " border-radius: 4px; }")
        self._existing = existing
        self._cache: list[ExistingPartner] | None = None
        self.match: Match | None = None
        self.match_name = ""
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openExisting")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        self.open_button.clicked.connect(self._open)
        self.hide()
        self.retranslate()

    def forget(self) -> None:
        """Read the register's partners again at the next check (they changed)."""
        self._cache = None

    def check(self, form: PartnerForm) -> Match | None:
        """Look for a partner like *form* (not itself); show or hide the line; return it."""
        self.match, self.match_name = None, ""
        if form.name.strip() or form.name_en.strip() or form.website.strip() or form.email.strip():
            if self._cache is None:
                self._cache = self._existing()
            others = [p for p in self._cache if p.id != form.id]
            row = CleanRow(row=1, name=form.name.strip() or form.name_en.strip(),
                           name_en=form.name_en.strip(), country=form.country_code or "",
                           website=form.website.strip(), email=form.email.strip())
            planned = plan_import([row], others, "skip", near_cutoff=NEAR_CUTOFF,
                                  max_candidates=1).rows
            if planned:
                found = planned[0].duplicate or next(iter(planned[0].candidates), None)
                if found is not None and found.existing_id is not None:
                    self.match = found
                    self.match_name = next((p.name for p in others if p.id == found.existing_id), "")
        self._show()
        return self.match

    def _show(self) -> None:
        if self.match is None:
            self.hide()
            return
        certain = self.match.key in CERTAIN
        template = (self.tr("“%1” is already in the register.") if certain
                    else self.tr("“%1” in the register may be the same partner."))
        self.text.setText(sentence(fill(template, self.match_name)))
        self.text.setToolTip(self._reason())
        self.show()

    def _reason(self) -> str:
        key = self.match.key if self.match is not None else ""
        reasons: dict[str, Any] = {
            "name": self.tr("Same name in the same country"),
            "latin_name": self.tr("Same Latin name in the same country"),
            "domain": self.tr("Same web or e-mail domain"),
            "similar_name": self.tr("A similar name"),
            "name_other_country": self.tr("The same name in another country"),
        }
        return str(reasons.get(key, ""))

    def _open(self) -> None:
        if self.match is not None and self.match.existing_id is not None:
            self.openRequested.emit(self.match.existing_id)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.open_button.setText(self.tr("Open the existing one"))
        if self.match is not None:
            self._show()

