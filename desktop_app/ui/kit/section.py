"""The section of every kind of record: the shared list beside the record's form.

:class:`RecordSection` is driven by what a subclass declares: the service, the list's
columns, filters and default sort, the form, and how to build a query. It does the rest
the same way for partners, MoUs and every follow-up record: selecting a row loads it,
unsaved edits are asked about (:func:`~desktop_app.ui.kit.dialogs.ask_unsaved`), a save
and a delete run through the operation runner (off the GUI thread), a validation error
marks the fields, a concurrent edit says what the other change was and offers a reload,
and a delete asks first and lists what goes with the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.kit.service import RecordService
from desktop_app.ui.context import UiContext
from desktop_app.ui.kit.dialogs import Leave, ask_reload, ask_unsaved, confirm_delete, refuse
from desktop_app.ui.kit.form import LINK_ROLE, RecordForm
from desktop_app.ui.kit.operation import Outcome, run_operation
from desktop_app.ui.models.id_table_model import Column
from desktop_app.ui.section import Section
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop_app.ui.widgets.list_page import ListPage


class RecordSection(Section):
    """A section: :class:`ListPage` | :class:`RecordForm` in a splitter.

    The section's id names its service (the attribute of ``ctx.services``), whose ``form``
    class gives a new record's empty form. Subclasses build the list's columns and filters
    and provide the form half and the query.
    """

    form_class: type[RecordForm] = RecordForm  # the form half
    name_field = "title"  # how the questions name a record
    column_widths: tuple[int, ...] = ()
    default_sort: tuple[str, bool] = ("", False)
    first_page = False  # a very large list: show the first rows of an answer at once
    split_sizes = (700, 520)
    stretch = (3, 2)
    margins = (12, 10, 12, 10)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = ListPage(self.columns(), self.fetch_rows, self._query, self,
                             first_page=self.first_page)
        self.list.setObjectName(f"{self.section_id}List")
        self.build_filters()
        self.form: Any = self.make_form()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.section_id}Splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, self.stretch[0])
        self.splitter.setStretchFactor(1, self.stretch[1])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.margins)
        layout.addWidget(self.splitter)
        self.splitter.setSizes(list(self.split_sizes))
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
        """The domain service of the section's records."""
        return getattr(self.ctx.services, self.service_name)

    @property
    def service_name(self) -> str:
        """The attribute of ``ctx.services`` that is the section's service: its id."""
        return self.section_id

    def columns(self) -> list[Column]:
        """The list's columns."""
        raise NotImplementedError

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        """The rows of *ids* as the list shows them."""
        return self.service.rows(ids)

    def build_filters(self) -> None:
        """Add filter widgets to ``self.list`` (each calling ``self.list.reload``)."""

    def make_query(self, text: str, sort: str | None, descending: bool) -> Any:
        """The service's query for the search text, the filters and the sort."""
        raise NotImplementedError

    def make_form(self) -> RecordForm:
        """The form half."""
        return self.form_class(self.ctx, self)

    def empty_form(self) -> Any:
        """A new record's domain form (the service's form class, empty)."""
        return self.service.form()

    def fetch(self, record_id: int) -> Any:
        """What the form loads for *record_id* (the service's form by default)."""
        return self.service.get(record_id)

    def record_name(self, form: Any) -> str:
        """How the questions name the record."""
        return str(getattr(form, self.name_field, "") or "")

    def noun(self) -> str:
        """The section's record in a sentence ("meeting")."""
        return ""

    def usage(self, record_id: int) -> dict[str, int]:
        """The delete plan's counts by table ("-letters": unlinked, not deleted)."""
        return dict(self.service.usage(record_id))

    def delete_refusal(self, name: str, usage: dict[str, int]) -> str:
        """Why the record cannot be deleted ("" when it can)."""
        return ""

    def delete_details(self, usage: dict[str, int]) -> str:
        """More to say before a delete than the delete plan's counts."""
        return ""

    def retranslate_filters(self) -> None:
        """Fill the filters' texts again."""

    filters_list_records = False  # the filters offer records (MoUs, owners…): refill them too

    def refresh_choices(self) -> None:
        """Reload the form's link pickers, and the filters that list records (linked records
        may have come or gone)."""
        self.form.refresh_choices()
        if self.filters_list_records:
            self.retranslate_filters()

    # ---------------------------------------------------------------- list

    def _query(self, text: str, sort: str | None, descending: bool,
               limit: int | None = None) -> Sequence[int]:
        if sort is None:
            sort, descending = self.default_sort
        q = self.make_query(text, sort, descending)
        if limit is not None:
            return self.service.query(q, limit)
        return self.service.query(q)

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
            self._select_quietly(self.form.record_id)
            return
        self._load(record_id)

    def _select_quietly(self, record_id: int | None) -> None:
        self._following_selection = False
        if record_id is not None:
            self.list.select_id(record_id)
        else:
            self.list.table.clearSelection()
            self.list.table.setCurrentIndex(self.list.model.index(-1, -1))
        self._following_selection = True

    def _load(self, record_id: int) -> bool:
        try:
            form = self.fetch(record_id)
        except NotFoundError as exc:
            refuse(self, self.title(), str(exc))
            self.list.reload()
            return False
        self.form.load(form)
        return True

    def _may_leave_form(self) -> bool:
        if not self.form.dirty:
            return True
        name = self.record_name(self.form.value()) or self.noun()
        answer = ask_unsaved(self, name)
        if answer is Leave.SAVE:
            return self._save()
        return answer is Leave.DISCARD

    def _show_all(self) -> None:
        """Clear the search and the filters so any record can be selected."""
        self.list.search.blockSignals(True)
        self.list.search.clear()
        self.list.search.blockSignals(False)
        self.reset_filters()
        self.list.reload()

    def reset_filters(self) -> None:
        """Put every filter back to "all" without reloading."""
        for combo in self.list.findChildren(QComboBox):
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
            self._select_quietly(record_id)

    def new_record(self) -> None:
        if not self._may_leave_form():
            return
        self._select_quietly(None)
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
        if current is None or self.ctx.bus.origin is self:
            return  # this section's own save: the form shows it already
        if current in changes.deleted.get(entity, ()):
            self.form.dirty = False
            self.form.load(self.empty_form())
        elif not self.form.dirty and changes.touches(entity) and (
                current in changes.updated.get(entity, ()) or self.reload_on(changes)):
            self._load(current)

    def reload_on(self, changes: Changes) -> bool:
        """True when *changes* to other entities alter what the open form shows."""
        return False

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
            self.splitter.setSizes(list(self.split_sizes))

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
        typing = self.form.typing_errors() if dates_ok else {}
        if not dates_ok or typing:
            # what is typed is not a date or a time: show it, and whatever else the
            # service refuses (validation reads nothing: it stays on this thread)
            try:
                self.service.validate(value)
                errors: dict[str, str] = {}
            except ValidationError as exc:
                errors = exc.errors
            except Exception:
                errors = {}
            self.form.show_errors({**errors, **typing}, keep_date_errors=True)
            return False
        as_form = self.saves_form()
        outcome = self.run("save", self.service.save_form if as_form else self.service.save,
                           value, handled=(ValidationError, ConflictError))
        if isinstance(outcome.error, ValidationError):
            self.form.show_errors(outcome.error.errors)
            return False
        if isinstance(outcome.error, ConflictError):
            if ask_reload(self, self.ctx.services, self.service.entity, value.id,
                          str(outcome.error)) and value.id is not None:
                self.form.dirty = False
                if not self._load(value.id):
                    self.form.load(self.empty_form())
            return False
        if not outcome.ok:
            return False
        self.form.dirty = False
        if as_form:
            # The save returned the record as stored (its new version): show it without
            # reading it again, and without the reload its own changes would cause.
            record_id = outcome.value.id
            if record_id != self.form.record_id and self.list.model.row_of(record_id) is None:
                self._show_all()
            self.form.show_saved(self.saved_record(outcome.value))
            self._select_quietly(record_id)
        elif outcome.value == self.form.record_id:
            record_id = outcome.value
            self._load(record_id)  # the saved version (its new version number)
            self.list.select_id(record_id)
        else:
            record_id = outcome.value
            self.open_record(record_id)
        self.form.saved.emit(record_id)
        return True

    def saves_form(self) -> bool:
        """True when the service's ``save_form`` saves as its ``save`` does (the kit's, or
        one of the service's own) and returns the saved record's form."""
        service = type(self.service)
        own = getattr(service, "save_form", None)
        if own is None:
            return False
        return own is not RecordService.save_form or service.save is RecordService.save

    def saved_record(self, saved: Any) -> Any:
        """What the form loads after its own save, from the saved record's form (the
        form itself by default; a section whose form shows more adds what it showed)."""
        return saved

    def run(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Outcome:
        """Run a change of this section's records through the operation runner."""
        return run_operation(self.ctx, self, f"{what} {self.service_name}", fn, *args,
                             **kwargs)

    def _revert(self) -> None:
        self.form.dirty = False
        if self.form.record_id is None:
            self.form.load(self.empty_form())
        else:
            self._load(self.form.record_id)

    def _delete(self, record_id: int) -> None:
        try:
            name = self.record_name(self.service.get(record_id))
        except NotFoundError:
            self.list.reload()
            return
        usage = self.usage(record_id)
        refusal = self.delete_refusal(name, usage)
        if refusal:
            refuse(self, self.title(), refusal)
            return
        if not confirm_delete(self, name, usage, self.delete_details(usage)):
            return
        if self.run("delete", self.service.delete, record_id).ok \
                and self.form.record_id == record_id:
            self.form.dirty = False
            self.form.load(self.empty_form())
        self.deleted(record_id)

    def deleted(self, record_id: int) -> None:
        """Called after a delete was asked for (and done, unless an error was shown)."""
