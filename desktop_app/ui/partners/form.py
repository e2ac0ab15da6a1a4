"""The partner form: details, contacts and history of one partner.

``load(form)`` shows a :class:`~desktop_app.domain.partners.PartnerForm`, ``value()``
returns what the user edited as a new one, ``show_errors`` puts a
:class:`~desktop_app.domain.errors.ValidationError`'s messages under their fields.
The form holds no rule of its own: the service validates.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import (
    QCollator,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.vocabulary import Origin, PartnerKind
from desktop_app.domain import dates, i18n
from desktop_app.domain.countries import all_countries, country_name
from desktop_app.domain.history import HistoryEntry, action_name, entity_name, field_name
from desktop_app.domain.labels import label
from desktop_app.domain.partners import PartnerForm
from desktop_app.domain.text import localize_digits
from desktop_app.ui.icons import icon
from desktop_app.ui.partners.models import ContactsModel
from desktop_app.ui.widgets.searchable_combo import make_searchable
from desktop_app.ui.widgets.text_box import TextBox


def sorted_countries(language: str) -> list[tuple[str, str]]:
    """(code, name) of every country, in the language's alphabetical order (QCollator)."""
    collator = QCollator(QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
                         if language == "fa" else QLocale(QLocale.Language.English))
    items = [(c.code, c.name(language)) for c in all_countries()]
    return sorted(items, key=functools.cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))


def fill_country_combo(combo: QComboBox, first: str) -> None:
    """Fill *combo* with *first* (data ``None``) and the countries, keeping the selection."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for code, name in sorted_countries(i18n.language()):
        combo.addItem(name, code)
    index = combo.findData(keep) if keep else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def fill_enum_combo(combo: QComboBox, members: Sequence[object], first: str | None) -> None:
    """Fill *combo* with the enum *members*' labels (and an optional *first* item)."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for m in members:
        combo.addItem(label(m), m)  # type: ignore[arg-type]
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


class ErrorLabel(QLabel):
    """A red line under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show *message*, or hide when empty."""
        self.setText(message)
        self.setVisible(bool(message))


class PartnerFormWidget(QWidget):
    """Tabs: details (with inline errors), contacts (editable table), history."""

    changed = Signal()
    saveRequested = Signal()
    revertRequested = Signal()

    FIELDS = ("name", "name_en", "kind", "sector", "origin", "country_code", "city", "address",
              "website", "email", "phone", "tags", "notes")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = PartnerForm()
        self._loading = False
        self.dirty = False

        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)

        # ------------------------------------------------ details
        details = QWidget(self)
        self.name = QLineEdit(details)
        self.name_en = QLineEdit(details)
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.kind = QComboBox(details)
        self.sector = QLineEdit(details)
        self.origin = QComboBox(details)
        self.country = QComboBox(details)
        self.country.setMaxVisibleItems(20)
        make_searchable(self.country)  # typing ترکیه filters; the choice does not jump about
        self.city = QLineEdit(details)
        self.address = TextBox(details)
        self.address.setFixedHeight(56)
        self.website = QLineEdit(details)
        self.email = QLineEdit(details)
        self.phone = QLineEdit(details)
        for latin in (self.website, self.email, self.phone):
            latin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tags = QLineEdit(details)
        self.notes = TextBox(details)
        self.notes.setFixedHeight(70)
        self.widgets: dict[str, QWidget] = {
            "name": self.name, "name_en": self.name_en, "kind": self.kind, "sector": self.sector,
            "origin": self.origin, "country_code": self.country, "city": self.city,
            "address": self.address, "website": self.website, "email": self.email,
            "phone": self.phone, "tags": self.tags, "notes": self.notes,
        }
        for key, widget in self.widgets.items():
            widget.setObjectName(f"partner_{key}")
        self.errors: dict[str, ErrorLabel] = {}
        self.details_form = QFormLayout(details)
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key in self.FIELDS:
            widget = self.widgets["country_code" if key == "country_code" else key]
            error = ErrorLabel(details)
            self.errors[key] = error
            holder = QWidget(details)
            col = QVBoxLayout(holder)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            col.addWidget(error)
            caption = QLabel(details)
            caption.setBuddy(widget)
            self.labels[key] = caption
            self.details_form.addRow(caption, holder)
        scroll = QScrollArea(self)  # the form scrolls on a short (720-pixel) screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)
        self.tabs.addTab(scroll, "")

        # ------------------------------------------------ contacts
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
        self.tabs.addTab(contacts, "")

        # ------------------------------------------------ history
        self.history = QTreeWidget(self)
        self.history.setObjectName("partnerHistory")
        self.history.setColumnCount(4)
        self.history.setAlternatingRowColors(True)
        self.tabs.addTab(self.history, "")

        # ------------------------------------------------ bottom
        self.general_error = ErrorLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("partnerSave")
        self.save_button.setDefault(True)
        self.save_button.setIcon(icon("save"))
        self.revert_button = QPushButton(self)
        self.revert_button.setIcon(icon("revert"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for line in (self.name, self.name_en, self.sector, self.city, self.website, self.email,
                     self.phone, self.tags):
            line.textEdited.connect(self._edited)
        for text in (self.address, self.notes):
            text.textChanged.connect(self._edited)
        for combo in (self.kind, self.origin, self.country):
            combo.currentIndexChanged.connect(self._edited)
        self.contacts_model.dataChanged.connect(self._edited)
        self.contacts_model.rowsInserted.connect(self._edited)
        self.contacts_model.rowsRemoved.connect(self._edited)
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(self._remove_contact)
        self.save_button.clicked.connect(self.saveRequested)
        self.revert_button.clicked.connect(self.revertRequested)
        self.retranslate()
        self.load(PartnerForm())

    # ---------------------------------------------------------------- data

    @property
    def record_id(self) -> int | None:
        """The id of the partner shown (``None`` for a new one)."""
        return self._form.id

    def load(self, form: PartnerForm, history: Sequence[HistoryEntry] = ()) -> None:
        """Show *form* (a new partner when its id is ``None``) and its history."""
        self._loading = True
        self._form = form
        self.name.setText(form.name)
        self.name_en.setText(form.name_en)
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        derived = Origin.DOMESTIC if form.country_code in (None, "IR") else Origin.FOREIGN
        explicit = form.origin is not None and form.origin != derived
        self.origin.setCurrentIndex(max(0, self.origin.findData(form.origin) if explicit else 0))
        self.country.setCurrentIndex(max(0, self.country.findData(form.country_code)
                                         if form.country_code else 0))
        self.sector.setText(form.sector)
        self.city.setText(form.city)
        self.address.setPlainText(form.address)
        self.website.setText(form.website)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.tags.setText("، ".join(form.tags) if i18n.language() == "fa" else ", ".join(form.tags))
        self.notes.setPlainText(form.notes)
        self.contacts_model.set_contacts(form.contacts)
        self.show_history(history)
        self.show_errors({})
        self._loading = False
        self.dirty = False
        self._update_heading()

    def value(self) -> PartnerForm:
        """What the form holds now, as a :class:`PartnerForm` (not yet validated)."""
        raw_tags = self.tags.text().replace("،", ",").replace("؛", ",").replace(";", ",")
        return PartnerForm(
            id=self._form.id, version=self._form.version, name=self.name.text(),
            name_en=self.name_en.text(), kind=self.kind.currentData() or PartnerKind.OTHER,
            sector=self.sector.text(), origin=self.origin.currentData(),
            country_code=self.country.currentData(), city=self.city.text(),
            address=self.address.toPlainText(), website=self.website.text(),
            email=self.email.text(), phone=self.phone.text(), notes=self.notes.toPlainText(),
            tags=[t.strip() for t in raw_tags.split(",") if t.strip()],
            contacts=self.contacts_model.contacts(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field (red); clear the others."""
        first: QWidget | None = None
        for key, error in self.errors.items():
            message = errors.get(key, "")
            error.show_message(message)
            widget = self.widgets.get(key)
            if widget is not None:
                widget.setProperty("invalid", bool(message))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                if message and first is None:
                    first = widget
        unknown = [m for k, m in errors.items() if k not in self.errors]
        self.general_error.show_message(" ".join(unknown))
        if errors.get("contacts"):
            self.tabs.setCurrentIndex(1)
        elif first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        """List the audit entries: when, who, what, and the fields that changed."""
        self.history.clear()
        lang = i18n.language()
        for e in entries:
            what = action_name(e.action)
            if e.entity != "partners":
                what = f"{entity_name(e.entity)} — {what}"
            item = QTreeWidgetItem([dates.format_datetime(e.at, lang), e.actor, what, ""])
            for f in e.fields:
                old = "" if f.old in (None, "") else str(f.old)
                new = "" if f.new in (None, "") else str(f.new)
                if f.column == "country_code":
                    old, new = country_name(old, lang) or old, country_name(new, lang) or new
                change = f"{old} → {new}" if old else new
                child = QTreeWidgetItem(["", "", field_name(f.column),
                                         localize_digits(change, lang) if f.column in (
                                             "signed_on", "progress") else change])
                child.setToolTip(3, change)
                item.addChild(child)
            self.history.addTopLevelItem(item)
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # ---------------------------------------------------------------- internals

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self._update_heading()
            self.changed.emit()

    def _add_contact(self) -> None:
        index = self.contacts_model.add_contact()
        self.contacts_view.setCurrentIndex(index)
        if self.contacts_view.isVisible():
            # After the view has laid out the new row, open its name cell for typing.
            persistent = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: persistent.isValid() and self.contacts_view.isVisible()
                              and self.contacts_view.edit(QModelIndex(persistent)))

    def _remove_contact(self) -> None:
        index = self.contacts_view.currentIndex()
        if index.isValid():
            self.contacts_model.removeRow(index.row())

    def _update_heading(self) -> None:
        if self._form.id is None:
            text = self.tr("New partner")
        else:
            text = self._form.name or self.tr("Partner")
        self.heading.setText(text + (" *" if self.dirty else ""))

    def retranslate(self) -> None:
        """Labels, tabs, buttons and combo items in the current language."""
        captions = {
            "name": self.tr("Name:"), "name_en": self.tr("Latin name:"), "kind": self.tr("Kind:"),
            "sector": self.tr("Sector:"), "origin": self.tr("Domestic/foreign:"),
            "country_code": self.tr("Country:"), "city": self.tr("City:"),
            "address": self.tr("Address:"), "website": self.tr("Website:"),
            "email": self.tr("E-mail:"), "phone": self.tr("Phone:"), "tags": self.tr("Tags:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in captions.items():
            self.labels[key].setText(text)
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.name.setPlaceholderText(self.tr("required"))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.tabs.setTabText(2, self.tr("History"))
        self.add_contact.setText(self.tr("Add contact"))
        self.remove_contact.setText(self.tr("Remove contact"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the partner (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Discard the changes made since opening"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                      self.tr("Change")])
        was_loading = self._loading
        self._loading = True
        fill_enum_combo(self.kind, list(PartnerKind), None)
        fill_enum_combo(self.origin, list(Origin), self.tr("From the country"))
        fill_country_combo(self.country, self.tr("(no country)"))
        self._loading = was_loading
        self.contacts_model.retranslate()
        self._update_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
