"""The MoU form, a kit form: details here, and one module per tab of its own — parties
(:mod:`.parties_tab`), cooperation axes (:mod:`.axes_tab`), working groups
(:mod:`.bodies_tab`), meetings, actions and letters (:mod:`.related_tab`) — then
attachments and history from the shared panels.

``load`` takes a :class:`~desktop_app.domain.mous.MoUDetail` (or an empty
:class:`MoUForm` for a new one), ``value`` returns the :class:`MoUForm` as edited; the
service does every check and the form shows its messages under the fields and marks the
tabs that hold them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.domain import i18n
from desktop_app.domain.dates import DateParseError, format_time, parse_time, years_later
from desktop_app.domain.labels import label
from desktop_app.domain.mous import MoUDetail, MoUForm, allowed_statuses
from desktop_app.domain.text import localize_digits
from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.ui.bidi import display
from desktop_app.ui.context import UiContext
from desktop_app.ui.icons import icon
from desktop_app.ui.kit.form import RecordForm
from desktop_app.ui.kit.operation import run_operation
from desktop_app.ui.mous.axes_tab import AxesTab
from desktop_app.ui.mous.bodies_tab import BodiesTab
from desktop_app.ui.mous.parties_tab import PartiesTab
from desktop_app.ui.mous.related_tab import RelatedList
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit

# Which tab holds the message of each field the service may name.
TAB_OF_FIELD = {"parties": 1, "axes": 2}


def _pair(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets side by side in one row of the details."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w, 1 if isinstance(w, JalaliDateEdit) else 0)
    return holder


class MoUEditor(RecordForm):
    """The form of one MoU (or of a new one)."""

    entity = "mous"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = MoUForm()
        self.detail: MoUDetail | None = None
        self.error_keys: dict[str, str] = {}
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("editorSubtitle")
        self.column.insertWidget(1, self.subtitle)
        self.print_button = QPushButton(self)
        self.print_button.setIcon(icon("print"))
        self.print_button.clicked.connect(self.print_summary)
        self.buttons.insertWidget(1, self.print_button)
        self.save_button.setObjectName("mousSave")

        self.number = self.add_row("number", self.line())
        self.title_edit = self.add_row("title", self.line())
        self.status = self.add_row("status", self.combo())
        for s in MoUStatus:
            self.status.addItem(label(s), s)
        self.signed_on = self.date_edit()
        self.time_label = QLabel(self.details)
        self.signed_time = self.line()
        self.signed_time.setMaximumWidth(90)
        self.add_row("signed_on", _pair(self.details, self.signed_on, self.time_label,
                                        self.signed_time))
        self.place = self.add_row("place", self.line())
        self.valid_from, self.valid_until = self.date_edit(), self.date_edit()
        self.until_label = QLabel(self.details)
        self.valid_for = QComboBox(self.details)
        self.valid_for.setObjectName("validFor")
        self.valid_for.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.valid_for.activated.connect(self._valid_for_chosen)
        self.add_row("valid_from", _pair(self.details, self.valid_from, self.until_label,
                                         self.valid_until, self.valid_for))
        self.renewal_terms = self.add_row("renewal_terms", self.text_box(44))
        self.subject = self.add_row("subject", self.text_box(56))
        self.objectives = self.add_row("objectives", self.text_box(56))
        self.hub = self.add_row("hub_id", self.combo())
        self.renews = self.add_row("renews_id", self.combo())
        self.notes = self.add_row("notes", self.text_box(70))
        for widget in (self.signed_on, self.valid_from, self.valid_until, self.signed_time):
            self._watch(widget)
        # Errors about the time and the end of validity sit with their neighbours.
        self.errors["signed_time"] = self.errors["signed_on"]
        self.errors["valid_until"] = self.errors["valid_from"]
        self.field_errors = self.errors
        self.title_edit.textEdited.connect(lambda _t: self.update_heading())

        self.parties = PartiesTab(ctx, self)
        self.axes = AxesTab(self)
        self.bodies_tab = BodiesTab(ctx, self)
        self.related = {k: RelatedList(ctx, k, self) for k in ("meetings", "actions", "letters")}
        for page in (self.parties, self.axes, self.bodies_tab, *self.related.values()):
            self.add_tab(page)
            if hasattr(page, "changed"):
                page.changed.connect(self.refresh_related)
        for tab in (self.parties, self.axes):
            tab.edited.connect(self._rows_edited)
        self.errors["parties"], self.errors["axes"] = self.parties.error, self.axes.error
        # the names the tests and the section use
        self.picker, self.parties_model, self.parties_view = (
            self.parties.picker, self.parties.model, self.parties.view)
        self.party_up, self.parties_error = self.parties.up, self.parties.error
        self.axes_model, self.axes_view = self.axes.model, self.axes.view
        self.bodies = self.bodies_tab.tree
        self.meetings, self.letters = self.related["meetings"].tree, self.related["letters"].tree
        self.actions = self.related["actions"].tree  # type: ignore[assignment,method-assign]
        self.add_buttons = {k: r.add for k, r in self.related.items()}
        self._last_quick = "meetings"
        for key, related in self.related.items():
            related.add.clicked.connect(lambda _c=False, k=key: setattr(self, "_last_quick", k))
        assert self.attachments is not None
        self.attachments.countChanged.connect(lambda _n: self._retitle_tabs())
        self.tabs.setDocumentMode(True)
        # Nine tabs do not fit a laptop's half-screen: rather than hide the last ones behind
        # scroll arrows, the tab titles shorten, each with its whole title as a tooltip.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        try:
            self._print_available = hasattr(ctx.services.reports, "mou_summary_pdf")
        except ImportError:
            self._print_available = False
        self.retranslate()

    # ================================================================ data

    def load(self, record: MoUDetail | MoUForm) -> None:
        """Show an MoU (its detail) or a new one (an empty form)."""
        self.detail = record if isinstance(record, MoUDetail) else None
        f = record.form if isinstance(record, MoUDetail) else record
        self.begin_load(f.id)
        self.form = f
        lang = i18n.language()
        self.number.setText(f.number if any("a" <= c.lower() <= "z" for c in f.number)
                            else localize_digits(f.number, lang))
        self.title_edit.setText(f.title)
        self.subject.setPlainText(f.subject)
        self.objectives.setPlainText(f.objectives)
        self.signed_on.setDate(f.signed_on)
        self.signed_time.setText(format_time(f.signed_time, lang))
        self.place.setText(f.place)
        self.valid_from.setDate(f.valid_from)
        self.valid_until.setDate(f.valid_until)
        self.renewal_terms.setPlainText(f.renewal_terms)
        self._fill_status(f.status if f.id is not None else None, f.status)
        kept = self.showing_saved  # its own save changed no hub and no other MoU
        if kept:
            for combo, value in ((self.hub, f.hub_id), (self.renews, f.renews_id)):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        else:
            mous = self.ctx.services.mous
            self._fill_combo(self.hub, mous.hub_choices(), f.hub_id, self.tr("(no hub)"))
            self._fill_combo(self.renews, mous.choices("", 500, exclude=f.id), f.renews_id,
                             self.tr("(does not renew another MoU)"))
        self.notes.setPlainText(f.notes)
        self.parties.set_rows(f.parties, names_known=kept)
        self.axes_model.set_rows(f.axes)
        self._show_related()
        self.end_load()
        self.error_keys = {}
        self.print_button.setEnabled(f.id is not None and self._print_available)
        self._retitle_tabs()

    def value(self) -> MoUForm:
        """The MoU as the form shows it now (not yet checked)."""
        try:
            time_value = parse_time(self.signed_time.text())
        except DateParseError:
            time_value = None  # typing_errors() says so under the field
        return MoUForm(
            id=self.form.id, version=self.form.version, number=self.number.text(),
            title=self.title_edit.text(), subject=self.subject.toPlainText(),
            objectives=self.objectives.toPlainText(), signed_on=self.signed_on.date(),
            signed_time=time_value, place=self.place.text(), valid_from=self.valid_from.date(),
            valid_until=self.valid_until.date(), renewal_terms=self.renewal_terms.toPlainText(),
            status=MoUStatus(self.status.currentData()), renews_id=self.renews.currentData(),
            hub_id=self.hub.currentData(), notes=self.notes.toPlainText(),
            parties=self.parties_model.rows(), axes=self.axes_model.rows())

    def typing_errors(self) -> dict[str, str]:
        try:
            parse_time(self.signed_time.text())
        except DateParseError:
            return {"signed_time": self.tr("Not a time: type it as 14:30.")}
        return {}

    def is_dirty(self) -> bool:
        """True when the form holds edits not saved yet."""
        return self.dirty

    def show_errors(self, errors: dict[str, str], keep_date_errors: bool = False) -> None:
        """Each message under its field; the tabs that hold one are marked."""
        merged: dict[str, str] = {}
        for key, message in errors.items():  # two fields share one line
            shown = {"signed_time": "signed_on", "valid_until": "valid_from"}.get(key, key)
            merged[shown] = f"{merged[shown]}\n{message}" if shown in merged else message
        super().show_errors(merged, keep_date_errors)
        self.error_keys = dict(errors)
        if errors and self.general_error.text():
            self.general_error.show_message(
                self.tr("The MoU was not saved; see the marked fields.") + "\n"
                + self.general_error.text())
        self._retitle_tabs()
        if errors:
            self.tabs.setCurrentIndex(min(TAB_OF_FIELD.get(k, 0) for k in errors))

    # ================================================================ the other tabs

    def _show_related(self) -> None:
        d = self.detail
        self.bodies_tab.show_bodies(self.form.id, d.bodies if d else ())
        for key, tab in self.related.items():
            tab.show_rows(self.form.id, getattr(d, key) if d else ())
        self._retitle_tabs()

    def refresh_related(self) -> None:
        """Read the MoU's bodies, meetings, actions and letters again."""
        if self.form.id is None:
            return
        try:
            self.detail = self.ctx.services.mous.detail(self.form.id)
        except Exception:  # gone meanwhile: the section hears of it on the bus
            return
        self._show_related()
        self.history.reload()

    def _rows_edited(self) -> None:
        self._edited()
        self._retitle_tabs()

    def quick_add(self, kind: str) -> None:
        """Add a meeting, an action or a letter to this MoU without leaving it."""
        self._last_quick = kind
        self.related[kind].quick_add()

    @property
    def quick_dialog(self) -> Any:
        """The quick-add dialog opened last from one of the tabs."""
        return getattr(self.related[self._last_quick], "quick_dialog", None)

    def _valid_for_chosen(self, _index: int) -> None:
        """"Valid for N years": the end of validity is the day before the N-th Jalali
        anniversary of the start (or of the signing, when no start is given)."""
        years = self.valid_for.currentData()
        start = self.valid_from.date() or self.signed_on.date()
        if not years or start is None:
            return
        self.valid_until.setDate(years_later(start, int(years)))
        self._edited()

    def _fill_status(self, current: MoUStatus | None, value: MoUStatus) -> None:
        allowed = set(allowed_statuses(current))
        model = self.status.model()
        for i in range(self.status.count()):
            status = MoUStatus(self.status.itemData(i))
            self.status.setItemText(i, label(status))
            item = model.item(i)  # type: ignore[attr-defined]
            item.setEnabled(status in allowed)
            item.setToolTip("" if status in allowed else
                            self.tr("Not allowed from the MoU's current status"))
        self.status.setCurrentIndex(max(self.status.findData(value), 0))

    @staticmethod
    def _fill_combo(combo: QComboBox, choices: list[tuple[int, str]], value: int | None,
                    empty: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(empty, None)
        for cid, text in choices:
            shown = localize_digits(text, i18n.language()) if text[:1].isdigit() else text
            combo.addItem(display(shown), cid)
            combo.setItemData(combo.count() - 1, display(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.blockSignals(False)

    # ================================================================ printing

    def print_summary(self) -> None:
        """Write the MoU's one-page summary (PDF) and open it."""
        if self.form.id is None or not self._print_available:
            return
        outcome = run_operation(self.ctx, self, "print MoU summary",
                                self.ctx.services.reports.mou_summary_pdf, self.form.id,
                                i18n.language())
        if outcome.ok and outcome.value is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(outcome.value)))

    # ================================================================ words

    def heading_text(self) -> str:
        if self.form.id is None:
            return self.tr("New MoU")
        number = self.number.text().strip()
        return self.tr("MoU No. %1").replace("%1", number) if number else self.tr("MoU")

    def update_heading(self) -> None:
        super().update_heading()
        self.subtitle.setText(self.title_edit.text().strip())

    def _retitle_tabs(self) -> None:
        lang = i18n.language()

        def n(count: int) -> str:
            return f" ({localize_digits(count, lang)})" if count else ""

        assert self.attachments is not None
        counts = [0, self.parties_model.rowCount(), self.axes_model.rowCount(),
                  self.bodies_tab.count(), self.meetings.topLevelItemCount(),
                  self.related["actions"].tree.topLevelItemCount(),
                  self.letters.topLevelItemCount(),
                  self.attachments.list.topLevelItemCount(), 0]
        # Short titles on the tabs (nine of them share a laptop's half-screen), the full
        # ones in their tooltips.
        full = [self.tr("Details"), self.tr("Parties"), self.tr("Cooperation axes"),
                self.tr("Working groups"), self.tr("Meetings"), self.tr("Actions"),
                self.tr("Letters"), self.tr("Attachments"), self.tr("History")]
        short = [self.tr("Details"), self.tr("Parties"), self.tr("Axes"), self.tr("Groups"),
                 self.tr("Meetings"), self.tr("Actions"), self.tr("Letters"), self.tr("Files"),
                 self.tr("History")]
        bad_tabs = {TAB_OF_FIELD.get(k, 0) for k in self.error_keys}
        bar = self.tabs.tabBar()
        for i, (title, tip, count) in enumerate(zip(short, full, counts, strict=True)):
            self.tabs.setTabText(i, ("⚠ " if i in bad_tabs else "") + title + n(count))
            self.tabs.setTabToolTip(i, tip + n(count))
            bar.setTabTextColor(i, QColor("#b42318") if i in bad_tabs else QColor())

    def retranslate(self) -> None:
        """Every string of the form in the current language."""
        super().retranslate()
        names = {
            "number": self.tr("Number"), "title": self.tr("Title"), "status": self.tr("Status"),
            "signed_on": self.tr("Signed on"), "place": self.tr("Place or occasion"),
            "valid_from": self.tr("Valid from"), "renewal_terms": self.tr("Renewal terms"),
            "subject": self.tr("Subject"), "objectives": self.tr("Objectives"),
            "hub_id": self.tr("Country hub"), "renews_id": self.tr("Renews"),
            "notes": self.tr("Notes"),
        }
        for key, text in names.items():
            self.captions[key].setText(text)
        self.time_label.setText(self.tr("at"))
        self.until_label.setText(self.tr("until"))
        self.valid_for.clear()
        self.valid_for.addItem(self.tr("for…"), None)
        for years in (1, 2, 3, 5, 10):
            self.valid_for.addItem(localize_digits(self.tr("%n year(s)", "", years),
                                                   i18n.language()), years)
        self.valid_for.setToolTip(self.tr("Fill “until” from the validity period"))
        self.signed_time.setPlaceholderText(self.tr("hh:mm"))
        self.number.setPlaceholderText(self.tr("e.g. 54"))
        self.save_button.setToolTip(self.tr("Save the MoU (Ctrl+S)"))
        self.print_button.setText(self.tr("Print summary"))
        self.print_button.setToolTip(
            self.tr("The MoU's one-page summary as a PDF") if self._print_available
            else self.tr("Reports are not available in this version"))
        pages: list[Any] = [self.parties, self.axes, self.bodies_tab, *self.related.values()]
        for page in pages:
            page.retranslate()
        self._retitle_tabs()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self.dirty \
                and self.form.id is not None:
            self.load(self.ctx.services.mous.detail(self.form.id))  # dates, digits, labels
