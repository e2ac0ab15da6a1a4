"""The partner form: details, contacts and history of one partner, a kit form.

``load(form)`` shows a :class:`~desktop_app.domain.partners.PartnerForm`, ``value()``
returns what the user edited as a new one, ``show_errors`` puts a
:class:`~desktop_app.domain.errors.ValidationError`'s messages under their fields.
The form holds no rule of its own: the service validates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.partners import PartnerForm
from desktop_app.domain.vocabulary import Origin, PartnerKind
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.choices import fill_countries, fill_enum
from desktop_app.ui.kit.form import ErrorLabel, RecordForm
from desktop_app.ui.partners.models import ContactsModel
from desktop_app.ui.widgets.searchable_combo import make_searchable


class PartnerFormWidget(RecordForm):
    """Tabs: details (with inline errors), contacts (editable table), history."""

    entity = "partners"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, attachments=False)
        self._form = PartnerForm()
        self.name, self.name_en = (self.add_row(key, self.line(latin=key == "name_en"))
                                   for key in ("name", "name_en"))
        self.kind = self.add_row("kind", self.combo())
        self.sector = self.add_row("sector", self.line())
        self.origin, self.country = (self.add_row(key, self.combo())
                                     for key in ("origin", "country_code"))
        self.country.setMaxVisibleItems(20)
        make_searchable(self.country)  # typing ترکیه filters; the choice does not jump about
        self.city = self.add_row("city", self.line())
        self.address = self.add_row("address", self.text_box(56))
        self.website, self.email, self.phone = (  # Latin, read from the left
            self.add_row(key, self.line(latin=True)) for key in ("website", "email", "phone"))
        self.tags = self.add_row("tags", self.line())
        self.notes = self.add_row("notes", self.text_box(70))

        contacts = QWidget(self)
        self.contacts_model = ContactsModel(self)
        self.contacts_view = QTableView(contacts)
        self.contacts_view.setObjectName("partnerContacts")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.verticalHeader().setVisible(False)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_contact = QPushButton(contacts)
        self.remove_contact = QPushButton(contacts)
        self.errors["contacts"] = ErrorLabel(contacts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact)
        buttons.addWidget(self.remove_contact)
        buttons.addStretch(1)
        col = QVBoxLayout(contacts)
        col.addWidget(self.contacts_view, 1)
        col.addWidget(self.errors["contacts"])
        col.addLayout(buttons)
        self.contacts_tab = self.add_tab(contacts)
        self.save_button.setObjectName("partnerSave")

        self.contacts_model.dataChanged.connect(self._edited)
        self.contacts_model.rowsInserted.connect(self._edited)
        self.contacts_model.rowsRemoved.connect(self._edited)
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(self._remove_contact)
        self.changed.connect(self.update_heading)
        self.retranslate()

    # ---------------------------------------------------------------- data

    def shown(self, key: str, value: Any) -> Any:
        if key == "origin":  # "from the country" unless it says otherwise
            derived = Origin.DOMESTIC if self._form.country_code in (None, "IR") else Origin.FOREIGN
            return value if value is not None and value != derived else None
        if key == "tags":
            return ("، " if i18n.language() == "fa" else ", ").join(value)
        return value

    def read(self, key: str, value: Any) -> Any:
        if key == "kind":
            return value or PartnerKind.OTHER
        if key == "tags":
            raw = value.replace("،", ",").replace("؛", ",").replace(";", ",")
            return [t.strip() for t in raw.split(",") if t.strip()]
        return value

    def load_more(self, form: PartnerForm) -> None:
        self.contacts_model.set_rows(form.contacts)

    def value(self) -> PartnerForm:
        """What the form holds now, as a :class:`PartnerForm` (not yet validated)."""
        return replace(super().value(), contacts=self.contacts_model.rows())

    def show_errors(self, errors: dict[str, str], keep_date_errors: bool = False) -> None:
        """Marks the fields; a contact's message brings the contacts tab forward."""
        super().show_errors(errors, keep_date_errors)
        if errors.get("contacts") and not any(k in self.fields for k in errors):
            self.tabs.setCurrentIndex(self.contacts_tab)

    # ---------------------------------------------------------------- internals

    def _add_contact(self) -> None:
        index = self.contacts_model.add_contact()
        self.contacts_view.setCurrentIndex(index)
        if self.contacts_view.isVisible():
            # After the view has laid out the new row, open its name cell for typing.
            persistent = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: persistent.isValid() and self.contacts_view.isVisible()
                              and self.contacts_view.edit(self.contacts_model.index(
                                  persistent.row(), persistent.column())))

    def _remove_contact(self) -> None:
        index = self.contacts_view.currentIndex()
        if index.isValid():
            self.contacts_model.removeRow(index.row())

    def heading_text(self) -> str:
        text = self.tr("New partner") if self.record_id is None else (
            self._form.name or self.tr("Partner"))
        return text + (" *" if self.dirty else "")

    def retranslate(self) -> None:
        """Labels, tabs, buttons and combo items in the current language."""
        super().retranslate()
        captions = {
            "name": self.tr("Name:"), "name_en": self.tr("Latin name:"), "kind": self.tr("Kind:"),
            "sector": self.tr("Sector:"), "origin": self.tr("Domestic/foreign:"),
            "country_code": self.tr("Country:"), "city": self.tr("City:"),
            "address": self.tr("Address:"), "website": self.tr("Website:"),
            "email": self.tr("E-mail:"), "phone": self.tr("Phone:"), "tags": self.tr("Tags:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.name.setPlaceholderText(self.tr("required"))
        self.tabs.setTabText(self.contacts_tab, self.tr("Contacts"))
        self.add_contact.setText(self.tr("Add contact"))
        self.remove_contact.setText(self.tr("Remove contact"))
        self.save_button.setToolTip(self.tr("Save the partner (Ctrl+S)"))
        fill_enum(self.kind, list(PartnerKind))
        fill_enum(self.origin, list(Origin), self.tr("From the country"))
        fill_countries(self.country, self.tr("(no country)"))
        self.contacts_model.retranslate()
