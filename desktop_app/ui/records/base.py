"""What the five follow-up sections (hubs, meetings, actions, events, letters) share.

:class:`RecordForm` is the right half: a heading, tabs (details with an inline error line
under every field, then attachments and history from the shared panels), Save and Revert.
:class:`RecordSection` is the section: the shared :class:`ListPage` and the form side by
side, the same way the Partners section works — selecting a row loads it, unsaved edits
are asked about, a validation error marks the fields, a concurrent edit offers a reload,
a delete asks first and says what goes with the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from desktop_app.domain.records import describe_cascade
from desktop_app.ui.bidi import display, isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.icons import icon
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.section import Section
from desktop_app.ui.widgets.attachments import AttachmentsPanel
from desktop_app.ui.widgets.history import HistoryPanel
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.list_page import ListPage
from desktop_app.ui.widgets.text_box import TextBox

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


class LinkField(QWidget):
    """A choice of a linked record (or none) with a button that opens the chosen one."""

    changed = Signal()

    def __init__(self, ctx: UiContext, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
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

    def set_open_tooltip(self, text: str) -> None:
        """Say what the open button opens."""
        self.open_button.setToolTip(text)

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


class RecordForm(QWidget):
    """The form half of a follow-up section; subclasses add fields with :meth:`add_row`."""

    changed = Signal()
    saveRequested = Signal()
    revertRequested = Signal()

    entity = ""  # the table (for attachments and history)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 attachments: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False
        self._loading = False
        self._record_id: int | None = None
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
        self.tabs.addTab(self.history, "")
        self.general_error = ErrorLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName(f"{self.entity}Save")
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
        self.save_button.clicked.connect(self.saveRequested)
        self.revert_button.clicked.connect(self.revertRequested)

    # ---------------------------------------------------------------- building

    def add_row(self, key: str, widget: QWidget) -> QWidget:
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

    def line(self) -> QLineEdit:
        return QLineEdit(self.details)

    def text_box(self, height: int = 64) -> TextBox:
        box = TextBox(self.details)
        box.setFixedHeight(height)
        box.setTabChangesFocus(True)
        return box

    def date_edit(self, required: bool = False) -> JalaliDateEdit:
        return JalaliDateEdit(self.details, required=required)

    def link(self, entity: str) -> LinkField:
        return LinkField(self.ctx, entity, self.details)

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
        self._record_id = record_id
        self.show_errors({})

    def end_load(self) -> None:
        """…and this last."""
        self._loading = False
        self.dirty = False
        if self.attachments is not None:
            self.attachments.set_owner(self._record_id)
        self.history.set_record(self._record_id)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), self._record_id is not None)
        if self.attachments is not None:
            self.tabs.setTabEnabled(self.tabs.indexOf(self.attachments),
                                    self._record_id is not None)
        self.update_heading()

    def dates_valid(self) -> bool:
        """False (with the fields' own messages showing) while a typed date is not a date."""
        ok = True
        for widget in self.fields.values():
            if isinstance(widget, JalaliDateEdit):
                widget._typed()  # read what is typed but not yet confirmed with Enter/Tab
                ok = ok and widget.isValid()
        return ok

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
        for key, label in self.errors.items():
            if key not in errors:
                label.show_message("")
                widget = self.fields.get(key)
                if isinstance(widget, JalaliDateEdit) and not keep_date_errors:
                    widget.setError("")
        self.general_error.show_message(" ".join(rest))
        first = next((self.fields[k] for k in errors if k in self.fields), None)
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    # ---------------------------------------------------------------- subclass hooks

    def heading_text(self) -> str:
        """The heading over the form."""
        return ""

    def update_heading(self) -> None:
        self.heading.setText(self.heading_text())

    def retranslate(self) -> None:
        """Captions, buttons and tab names; subclasses extend."""
        self.tabs.setTabText(0, self.tr("Details"))
        if self.attachments is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.attachments), self.tr("Attachments"))
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("History"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Drop the unsaved changes"))
        self.update_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RecordSection(Section):
    """A follow-up section: :class:`ListPage` | :class:`RecordForm` in a splitter.

    Subclasses set ``service_name`` (the attribute of ``ctx.services``), build the list's
    columns and filters, and provide the form, its empty value and the query.
    """

    service_name = ""
    column_widths: tuple[int, ...] = ()
    default_sort: tuple[str, bool] = ("", False)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = ListPage(self.columns(), self.fetch_rows, self._query, self)
        self.list.setObjectName(f"{self.section_id}List")
        self.build_filters()
        self.form = self.make_form()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.section_id}Splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.splitter)
        self.splitter.setSizes([780, 560])
        header = self.list.table.horizontalHeader()
        for i, width in enumerate(self.column_widths):
            header.resizeSection(i, width)
        self.list.currentIdChanged.connect(self._current_changed)
        self.list.newRequested.connect(self.new_record)
        self.list.deleteRequested.connect(self._delete)
        self.list.table.clicked.connect(self._cell_clicked)
        self.form.saveRequested.connect(self.save_current)
        self.form.revertRequested.connect(self._revert)
        self._following_selection = True
        if self.default_sort[0]:
            self.list.set_sort(*self.default_sort)
        self.retranslate()
        self.list.reload()
        self.form.load(self.empty_form())

    # ---------------------------------------------------------------- subclass hooks

    @property
    def service(self) -> Any:
        return getattr(self.ctx.services, self.service_name)

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        return self.service.rows(ids)  # type: ignore[no-any-return]

    def build_filters(self) -> None:
        """Add filter widgets to ``self.list`` (each calling ``self.list.reload``)."""

    def make_query(self, text: str, sort: str | None, descending: bool) -> Any:
        raise NotImplementedError

    def make_form(self) -> RecordForm:
        raise NotImplementedError

    def empty_form(self) -> Any:
        raise NotImplementedError

    def record_name(self, form: Any) -> str:
        """How the delete question names the record."""
        return str(getattr(form, "title", "") or "")

    def noun(self) -> str:
        """The section's record in a sentence ("meeting")."""
        return ""

    def retranslate_filters(self) -> None:
        """Fill the filters' texts again."""

    # ---------------------------------------------------------------- list

    def _query(self, text: str, sort: str | None, descending: bool) -> Sequence[int]:
        if sort is None:
            sort, descending = self.default_sort
        return self.service.query(self.make_query(text, sort, descending))  # type: ignore[no-any-return]

    def _cell_clicked(self, index: QModelIndex) -> None:
        link = self.list.model.data(index, LINK_ROLE)
        if link:
            self.ctx.open_record(*link)

    def _current_changed(self, record_id: int | None) -> None:
        if not self._following_selection:
            return
        if record_id is None or record_id == self.form.record_id:
            return
        if not self._may_leave_form():
            self._following_selection = False
            if self.form.record_id is not None:
                self.list.select_id(self.form.record_id)
            self._following_selection = True
            return
        self._load(record_id)

    def _load(self, record_id: int) -> bool:
        try:
            form = self.service.get(record_id)
        except NotFoundError as exc:
            QMessageBox.information(self, self.title(), str(exc))
            self.list.reload()
            return False
        self.form.load(form)
        return True

    def _may_leave_form(self) -> bool:
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to this %1 first?").replace("%1", self.noun()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self._save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_all(self) -> None:
        """Clear the search and the filters so any record can be selected."""
        self.list.search.blockSignals(True)
        self.list.search.clear()
        self.list.search.blockSignals(False)
        self.reset_filters()
        self.list.reload()

    def reset_filters(self) -> None:
        """Put every filter back to "all" without reloading."""
        for combo in self.findChildren(QComboBox):
            if combo.parent() is self.list or combo.parentWidget() is self.list:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        for date in self.list.findChildren(JalaliDateEdit):
            date.blockSignals(True)
            date.setDate(None)
            date.blockSignals(False)

    # ---------------------------------------------------------------- Section hooks

    def open_record(self, record_id: int) -> None:
        if record_id == self.form.record_id:
            self.list.select_id(record_id)
            return
        if not self._may_leave_form():
            return
        if self.list.model.row_of(record_id) is None:
            self._show_all()
        if self._load(record_id):
            self._following_selection = False
            self.list.select_id(record_id)
            self._following_selection = True

    def new_record(self) -> None:
        if not self._may_leave_form():
            return
        self._following_selection = False
        self.list.table.clearSelection()
        self.list.table.setCurrentIndex(self.list.model.index(-1, -1))
        self._following_selection = True
        self.form.load(self.empty_form())
        self.form.tabs.setCurrentIndex(0)
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.setFocus()

    def save_current(self) -> None:
        self._save()

    def delete_current(self) -> None:
        record_id = self.list.current_id() or self.form.record_id
        if record_id is not None:
            self._delete(record_id)

    def focus_search(self) -> None:
        self.list.focus_search()

    def on_changes(self, changes: Changes) -> None:
        entity = self.service.entity
        if changes.created.get(entity) or changes.deleted.get(entity):
            self.list.reload()
        else:
            # linked records' names show in the list: refresh the visible rows
            self.list.refresh_rows(None if changes.entities() - {entity}
                                   else sorted(changes.updated.get(entity, ())))
        if changes.entities() - {entity}:
            # The pickers list linked records (MoUs, bodies, hubs…), never this section's
            # own: a save of one of its records leaves them as they are.
            self.refresh_choices()
        current = self.form.record_id
        if current is None:
            return
        if current in changes.deleted.get(entity, ()):
            self.form.load(self.empty_form())
        elif current in changes.updated.get(entity, ()) and not self.form.dirty:
            self._load(current)

    def refresh_choices(self) -> None:
        """Reload the form's link pickers (linked records may have come or gone)."""

    def retranslate(self) -> None:
        self.retranslate_filters()
        self.list.model.retranslate()
        self.list.refresh_rows()

    # ---------------------------------------------------------------- view state

    def restore_view_state(self, settings: Any) -> None:
        """Column widths and the list/form split as the user left them."""
        header = settings.header_state(self.section_id)
        if not header.isEmpty():
            self.list.table.horizontalHeader().restoreState(header)
        split = settings.splitter_state(self.section_id)
        if not split.isEmpty():
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([700, 520])

    def save_view_state(self, settings: Any) -> None:
        """Remember column widths and the split."""
        settings.set_header_state(self.section_id, self.list.table.horizontalHeader().saveState())
        settings.set_splitter_state(self.section_id, QByteArray(self.splitter.saveState()))

    def can_close(self) -> bool:
        """False when the user chose to stay with unsaved edits."""
        return self._may_leave_form()

    # ---------------------------------------------------------------- operations

    def _save(self) -> bool:
        dates_ok = self.form.dates_valid()
        value = self.form.value()
        if not dates_ok:
            # the typed date is not a date: show it, and whatever else the service refuses
            try:
                self.service.validate(value)
                errors: dict[str, str] = {}
            except ValidationError as exc:
                errors = exc.errors
            except DomainError:
                errors = {}
            self.form.show_errors(errors, keep_date_errors=True)
            return False
        try:
            result = self.service.save(value)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            answer = QMessageBox.warning(
                self, self.tr("Changed elsewhere"),
                str(exc) + "\n\n" + self.tr("Reload it as it is now? Your edits in this form "
                                            "will be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes and value.id is not None:
                self.form.dirty = False
                if not self._load(value.id):
                    self.form.load(self.empty_form())
            return False
        except (DomainError, StorageError) as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        self.form.dirty = False
        self.ctx.publish(result.changes)
        self.open_record(result.value)
        return True

    def _revert(self) -> None:
        if self.form.record_id is None:
            self.form.load(self.empty_form())
        else:
            self.form.dirty = False
            self._load(self.form.record_id)

    def _delete(self, record_id: int) -> None:
        try:
            name = self.record_name(self.service.get(record_id))
        except NotFoundError:
            self.list.reload()
            return
        also = describe_cascade(self.service.usage(record_id))
        question = self.tr("Delete “%1”? This cannot be undone.").replace("%1", isolate(name))
        answer = QMessageBox.question(
            self, self.tr("Delete"), question + ("\n\n" + also if also else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.ctx.run(self, self.service.delete, record_id) is not None \
                and self.form.record_id == record_id:
            self.form.dirty = False
            self.form.load(self.empty_form())


def lang() -> str:
    """The current language ('fa' or 'en')."""
    return i18n.language()
