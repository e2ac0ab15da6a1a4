"""The form half of every section: :class:`RecordForm`, its fields and its one error label.

A form is a heading, tabs (details with an inline :class:`ErrorLabel` under every field,
then any tabs of its own, attachments and history from the shared panels) and Save /
Revert. ``load(form)`` shows a domain form, ``value()`` returns what the user edited,
``show_errors`` puts a :class:`~desktop_app.domain.errors.ValidationError`'s messages
under their fields. The form holds no rule of its own: the service validates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.ui.bidi import display
from desktop_app.ui.bidi import message as bidi_message
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.icons import icon
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.widgets.attachments import AttachmentsPanel
from desktop_app.ui.widgets.history import HistoryPanel
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.text_box import TextBox

W = TypeVar("W", bound=QWidget)
LINK_ROLE = Qt.ItemDataRole.UserRole + 10  # (entity, id) a list cell links to


def link_column(header: Any, entity: str, id_of: Any, text_of: Any,
                sort: str | None = None) -> Column:
    """A list column naming a linked record (MoU, meeting, body …), drawn as a link; a click
    on it opens that record."""
    font = QFont()
    font.setUnderline(True)
    return Column(header, text_of, sort=sort, role_values={
        LINK_ROLE: lambda r: (entity, id_of(r)) if id_of(r) else None,
        Qt.ItemDataRole.ForegroundRole: lambda r: QColor("#1a5fb4") if id_of(r) else None,
        Qt.ItemDataRole.FontRole: lambda r: font if id_of(r) else None,
        Qt.ItemDataRole.ToolTipRole: lambda r: text_of(r) or None,
    })


class ErrorLabel(QLabel):
    """A red line under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #c0392b;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show *message*, or hide when empty."""
        self.setText(message)
        self.setVisible(bool(message))


def _t(text: str) -> str:
    return QCoreApplication.translate("Kit", text)


# What a link's open button opens, by the entity it links to: one sentence for every form.
OPENS = {
    "mous": QT_TRANSLATE_NOOP("Kit", "Open the MoU"),
    "hubs": QT_TRANSLATE_NOOP("Kit", "Open the hub"),
    "bodies": QT_TRANSLATE_NOOP("Kit", "Open this body's MoU"),
    "meetings": QT_TRANSLATE_NOOP("Kit", "Open the meeting"),
}


class LinkField(FollowsLanguage, QWidget):
    """A choice of a linked record (or none) with a button that opens the chosen one.

    The button's tooltip is the entity's sentence of :data:`OPENS`, or *opens* (marked
    with ``QT_TRANSLATE_NOOP("Kit", …)``) where the link means more.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, entity: str, parent: QWidget | None = None,
                 opens: object = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self._opens = str(opens or OPENS.get(entity, ""))  # QT_TRANSLATE_NOOP gives an object
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setMaxVisibleItems(20)
        self.open_button = QToolButton(self)
        self.open_button.setIcon(icon("open"))
        self.open_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.combo, 1)
        row.addWidget(self.open_button)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._index_changed)
        self.open_button.clicked.connect(self._open)
        self._none_text = "—"
        self._update()
        self.retranslate()

    def set_choices(self, choices: Sequence[tuple[int, str]], none_text: str = "—") -> None:
        """Offer *choices* (id, label) after a "none" item; keeps the current id."""
        keep = self.value()
        self._none_text = none_text
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(none_text, None)
        for rid, text in choices:
            self.combo.addItem(display(text), rid)
            self.combo.setItemData(self.combo.count() - 1, display(text),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        self.set_value(keep)

    def value(self) -> int | None:
        """The chosen id, or ``None``."""
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def set_value(self, record_id: int | None) -> None:
        """Choose *record_id* (``None``: none) without signalling an edit."""
        self.combo.blockSignals(True)
        index = self.combo.findData(record_id) if record_id is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self._update()

    def retranslate(self) -> None:
        """Say what the open button opens, in the current language."""
        self.open_button.setToolTip(_t(self._opens))


    def _index_changed(self, _index: int) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.open_button.setEnabled(self.value() is not None)
        self.combo.setToolTip(self.combo.currentText())

    def _open(self) -> None:
        rid = self.value()
        if rid is not None:
            self.ctx.open_record(self.entity, rid)


SHOWN_ONLY = object()  # what read_widget gives for a widget that only shows a value


def read_widget(widget: QWidget) -> Any:
    """What a field widget holds, as a value (text, date, id, enum, number, ids)."""
    if isinstance(widget, JalaliDateEdit):
        return widget.date()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.value() if hasattr(widget, "value") else SHOWN_ONLY


def write_widget(widget: QWidget, value: Any) -> None:
    """Show *value* in a field widget (the inverse of :func:`read_widget`)."""
    if isinstance(widget, JalaliDateEdit):
        widget.setDate(value)
    elif isinstance(widget, LinkField):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and isinstance(value, str) and widget.isEditable():
            widget.setCurrentText(value)  # free text (an action's owner)
        else:
            widget.setCurrentIndex(max(0, index))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif hasattr(widget, "set_value"):
        widget.set_value(value)
    elif hasattr(widget, "setValue"):
        widget.setValue(value or 0)


class RecordForm(FollowsLanguage, QWidget):
    """The form half of a section; subclasses add fields with :meth:`add_row` and tabs of
    their own with :meth:`add_tab`."""

    changed = Signal()
    saveRequested = Signal()
    revertRequested = Signal()
    saved = Signal(int)  # the record was saved (its id) and is shown again

    entity = ""  # the table (for attachments and history)
    choices_from = ""  # the service whose link_choices() fills the link pickers, by key

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 attachments: bool = True, history: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False
        self._loading = False
        self.pickers: dict[str, LinkField] = {}  # link_choices() key → its picker
        self._record_id: int | None = None
        self._shown_before: int | None = None  # the record shown before the load under way
        self._showing_saved = False  # show_saved is loading the record this form saved
        self._history_stale = False  # the history tab reads its entries when next shown
        self._form: Any = None
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        page = QWidget(self)
        self.details = QWidget(page)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.details)
        page_layout.addStretch(1)
        self.form_layout = QFormLayout(self.details)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, "")
        self.errors: dict[str, ErrorLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.attachments: AttachmentsPanel | None = None
        if attachments:
            self.attachments = AttachmentsPanel(ctx, self.entity, self)
            self.tabs.addTab(self.attachments, "")
        self.history = HistoryPanel(ctx, self.entity, self)
        # A tab page's visibility is the tab widget's to decide: showing it by hand leaves it
        # painted, small, at the top left of every other tab's page.
        if history:
            self.tabs.addTab(self.history, "")
        else:
            self.history.hide()
        self.general_error = ErrorLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{self.entity}Save")
        self.save_button.setDefault(True)
        self.save_button.setIcon(icon("save"))
        self.revert_button = QPushButton(self)
        self.revert_button.setIcon(icon("revert"))
        bottom = self.buttons = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.saveRequested)
        self.revert_button.clicked.connect(self.revertRequested)
        self.tabs.currentChanged.connect(self._tab_shown)

    # ---------------------------------------------------------------- building

    def add_row(self, key: str, widget: W) -> W:
        """Add *widget* for the form field *key*, with a caption and an error line."""
        widget.setObjectName(f"{self.entity}_{key}")
        error = ErrorLabel(self.details)
        holder = QWidget(self.details)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(widget)
        col.addWidget(error)
        caption = QLabel(self.details)
        caption.setBuddy(widget)
        self.form_layout.addRow(caption, holder)
        self.errors[key] = error
        self.captions[key] = caption
        self.fields[key] = widget
        self._watch(widget)
        return widget

    def add_tab(self, page: QWidget) -> int:
        """Add a tab of the form's own after Details and its other tabs, before the
        attachments and the history; returns its index."""
        index = 1
        while index < self.tabs.count() and self.tabs.widget(index) not in (
                self.attachments, self.history):
            index += 1
        return self.tabs.insertTab(index, page, "")

    def line(self, latin: bool = False) -> QLineEdit:
        """A one-line text field (*latin*: written left to right, e-mail, web, phone)."""
        edit = QLineEdit(self.details)
        if latin:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    def combo(self) -> QComboBox:
        """A drop-down of the details tab."""
        return QComboBox(self.details)

    def text_box(self, height: int = 64) -> TextBox:
        """A text of a few lines (it follows its text's direction)."""
        box = TextBox(self.details)
        box.setFixedHeight(height)
        box.setTabChangesFocus(True)
        return box

    def date_edit(self, required: bool = False) -> JalaliDateEdit:
        """A Jalali date field."""
        return JalaliDateEdit(self.details, required=required)

    def link(self, entity: str, opens: object = "", choices: str = "") -> LinkField:
        """A picker of a linked record with a button that opens it (*opens*: see
        :class:`LinkField`), filled from ``link_choices()[choices or entity]``."""
        self.pickers[choices or entity] = LinkField(self.ctx, entity, self.details, opens)
        return self.pickers[choices or entity]

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)
        elif isinstance(widget, JalaliDateEdit):
            widget.dateChanged.connect(self._edited)
            widget.edit.textEdited.connect(self._edited)
        elif isinstance(widget, LinkField):
            widget.changed.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    # ---------------------------------------------------------------- data

    @property
    def record_id(self) -> int | None:
        """The id of the record shown (``None`` for a new one)."""
        return self._record_id

    def begin_load(self, record_id: int | None) -> None:
        """Subclasses call this first in ``load``."""
        self._loading = True
        self._shown_before = self._record_id
        self._record_id = record_id
        self.show_errors({})

    def show_saved(self, form: Any) -> None:
        """Show the record this form has just saved, as the save returned it (its new
        version, the values as stored), reading nothing more than a load must: the
        attachments are those shown already, the history is read when its tab is shown,
        and a subclass keeps its pickers (:attr:`showing_saved`)."""
        self._showing_saved = True
        try:
            self.load(form)
        finally:
            self._showing_saved = False

    @property
    def showing_saved(self) -> bool:
        """True while :meth:`show_saved` loads the record the form has just saved (its
        pickers and names are as shown; nothing needs reading again)."""
        return self._showing_saved

    def _keeps_panels(self) -> bool:
        """True when the load shows again the record shown before, after its own save."""
        return (self._showing_saved and self._record_id is not None
                and self._record_id == self._shown_before)

    def _tab_shown(self, index: int) -> None:
        if self._history_stale and self.tabs.widget(index) is self.history:
            self._history_stale = False
            self.history.reload()

    def end_load(self) -> None:
        """…and this last."""
        self._loading = False
        self.dirty = False
        if self._keeps_panels():
            # The save changed no attachment; its history entry is read when the tab is
            # shown (at once if it is showing): a save costs no statement for hidden tabs.
            self.history.record_id = self._record_id
            self._history_stale = True
            if self.tabs.currentWidget() is self.history:
                self._tab_shown(self.tabs.currentIndex())
        else:
            if self.attachments is not None:
                self.attachments.set_owner(self._record_id)
            self._history_stale = False
            self.history.set_record(self._record_id)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), self._record_id is not None)
        if self.attachments is not None:
            self.tabs.setTabEnabled(self.tabs.indexOf(self.attachments),
                                    self._record_id is not None)
        self.update_heading()

    def dates_valid(self) -> bool:
        """False (with the fields' own messages showing) while a typed date is not a date."""
        ok = True
        for widget in self.details.findChildren(JalaliDateEdit):
            if True:
                widget._typed()  # read what is typed but not yet confirmed with Enter/Tab
                ok = ok and widget.isValid()
        return ok

    def load(self, form: Any) -> None:
        """Show *form* (a new record when its id is ``None``): every field added with
        :meth:`add_row` whose key is an attribute of the form, through :meth:`shown`."""
        self.begin_load(form.id)
        self._form = form
        for key, widget in self.fields.items():
            if hasattr(form, key):
                write_widget(widget, self.shown(key, getattr(form, key)))
        self.load_more(form)
        self.end_load()

    def value(self) -> Any:
        """What the form holds now: the loaded form with every field as edited."""
        values = {key: self.read(key, read_widget(widget))
                  for key, widget in self.fields.items() if hasattr(self._form, key)}
        return replace(self._form, **{k: v for k, v in values.items() if v is not SHOWN_ONLY})

    def shown(self, key: str, value: Any) -> Any:
        """How field *key*'s stored *value* is shown (digits, times); as it is by default."""
        return value

    def read_value(self, key: str) -> Any:
        """Field *key* as edited (stored form)."""
        return self.read(key, read_widget(self.fields[key]))

    def read(self, key: str, value: Any) -> Any:
        """Field *key*'s value as the form stores it (the inverse of :meth:`shown`)."""
        return value

    def load_more(self, form: Any) -> None:
        """Show what is not a plain field (child rows, derived widgets)."""

    def set_captions(self, captions: dict[str, str]) -> None:
        """Set the field captions (already translated) by key."""
        for key, text in captions.items():
            self.captions[key].setText(text)

    def typing_errors(self) -> dict[str, str]:
        """Messages for what is typed but cannot be read (a time), by field; none here."""
        return {}

    def show_errors(self, errors: dict[str, str], keep_date_errors: bool = False) -> None:
        """Put each message under its field; messages for unknown fields go to the bottom.

        With *keep_date_errors*, a date field showing its own "not a date" message keeps it.
        """
        rest = []
        for key, message in errors.items():
            label = self.errors.get(key)
            widget = self.fields.get(key)
            if isinstance(widget, JalaliDateEdit):
                if not (keep_date_errors and not widget.isValid()):
                    widget.setError(message)
            elif label is not None:
                label.show_message(message)
            else:
                rest.append(message)
        used = {id(self.errors[k]) for k in errors if k in self.errors}
        for key, label in self.errors.items():
            if key not in errors and id(label) not in used:
                label.show_message("")
                widget = self.fields.get(key)
                if isinstance(widget, JalaliDateEdit) and not keep_date_errors:
                    widget.setError("")
        self.general_error.show_message(" ".join(rest))
        for key, widget in self.fields.items():
            if widget.property("invalid") is not None or key in errors:
                widget.setProperty("invalid", key in errors)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        first = next((self.fields[k] for k in errors if k in self.fields), None)
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    # ---------------------------------------------------------------- subclass hooks

    def refresh_choices(self) -> None:
        """Fill the link pickers from :attr:`choices_from`'s ``link_choices()``."""
        if self.choices_from:
            choices = getattr(self.ctx.services, self.choices_from).link_choices()
            for key, picker in self.pickers.items():
                if key in choices:
                    picker.set_choices(choices[key])

    def heading_text(self) -> str:
        """The heading over the form."""
        return ""

    def update_heading(self) -> None:
        """Set the heading again (after a load or a language change), under the one bidi
        rule: a code or a Latin name in it keeps its own order."""
        self.heading.setText(bidi_message(self.heading_text()))

    def retranslate(self) -> None:
        """Captions, buttons and tab names; subclasses extend.

        Every word is a literal ``translate("RecordForm", …)`` so that lupdate finds it.
        """
        tabs = self.tabs
        tabs.setTabText(0, QCoreApplication.translate("RecordForm", "Details"))
        if self.attachments is not None:
            tabs.setTabText(tabs.indexOf(self.attachments),
                            QCoreApplication.translate("RecordForm", "Attachments"))
        if tabs.indexOf(self.history) >= 0:
            tabs.setTabText(tabs.indexOf(self.history),
                            QCoreApplication.translate("RecordForm", "History"))
        self.save_button.setText(QCoreApplication.translate("RecordForm", "Save"))
        self.save_button.setToolTip(
            QCoreApplication.translate("RecordForm", "Save the changes (Ctrl+S)"))
        self.revert_button.setText(QCoreApplication.translate("RecordForm", "Revert"))
        self.revert_button.setToolTip(
            QCoreApplication.translate("RecordForm", "Drop the unsaved changes"))
        self.update_heading()



def lang() -> str:
    """The current language ('fa' or 'en')."""
    return i18n.language()
