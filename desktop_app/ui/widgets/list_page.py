"""The list half of every section: search-as-you-type, filters, a lazy sortable table.

A section gives the columns, ``fetch_rows`` (ids → rows) and ``run_query(text, sort,
descending) -> ids``; the page asks again whenever the search text or the sort changes,
and when the section calls :meth:`ListPage.reload` (its filters changed, or data changed).

A section over a very large table passes ``first_page=True`` and a ``run_query`` that also
takes ``limit``: the page then shows the first rows of the answer at once and appends the
rest as soon as the event loop is free, unless another keystroke made it stale. Typing a
letter that matches most of 100,000 partners shows its first rows in ~20 ms instead of
waiting ~150 ms for the whole list.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.text import localize_digits
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.icons import icon
from desktop_app.ui.kit.views import debounce, row_list
from desktop_app.ui.models.id_table_model import Column, IdTableModel
from desktop_app.ui.numbers import with_count

QueryFn = Callable[[str, str | None, bool], Sequence[int]]


class ListPage(FollowsLanguage, QWidget):
    """Search box, filter bar, New/Delete buttons, a lazy table and a record count."""

    currentIdChanged = Signal(object)
    activated = Signal(int)
    newRequested = Signal()
    deleteRequested = Signal(int)
    exportRequested = Signal()

    SEARCH_DELAY_MS = 40  # coalesces fast typing without being felt
    FIRST_PAGE = 300  # rows shown before the rest of a large answer arrives

    def __init__(self, columns: Sequence[Column],
                 fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
                 run_query: QueryFn, parent: QWidget | None = None, *,
                 first_page: bool = False) -> None:
        super().__init__(parent)
        self._run_query = run_query
        self._first_page = first_page
        self._generation = 0
        self._complete = True
        self._sort: str | None = None
        self._descending = False
        self.last_query_ms = 0.0

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("listSearch")
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.delete_button.setEnabled(False)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("listExport")
        self.export_button.hide()  # shown once someone listens (the main window does)
        for button, name in ((self.new_button, "new"), (self.delete_button, "delete"),
                             (self.export_button, "export")):
            button.setIcon(icon(name))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")

        # Filters fill a row, then wrap onto a second one: a section with five filters and a
        # date range still leaves room for its form on a 1024-pixel-wide screen (a 1280×720
        # laptop at 125%).
        self.filter_rows = QVBoxLayout()
        self.filter_rows.setContentsMargins(0, 0, 0, 0)
        self.filter_rows.setSpacing(4)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_rows.addLayout(self.filter_bar)
        self._filters_in_row = 0

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)

        self.model = IdTableModel(columns, fetch_rows, self)
        self.table = row_list(self, self.model)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.filter_rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = debounce(self, self.SEARCH_DELAY_MS, self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._activate_first)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._row_activated)
        self.new_button.clicked.connect(self.newRequested)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.export_button.clicked.connect(self.exportRequested)
        # The Delete key belongs to the main window's Delete action alone (two owners of one
        # key make Qt refuse both: "Ambiguous shortcut overload"); it asks the section.
        self.retranslate()

    # ---------------------------------------------------------------- API

    FILTERS_PER_ROW = 3

    def add_filter(self, widget: QWidget, stretch: int = 0) -> None:
        """Put a filter widget in the bar under the search box (a fourth one, and a date
        range after three, starts a second row)."""
        if isinstance(widget, QComboBox) and widget.minimumContentsLength() > 10:
            widget.setMinimumContentsLength(10)  # the open list still shows items whole
        if self._filters_in_row >= self.FILTERS_PER_ROW:  # a caption goes with its field
            self.filter_bar = QHBoxLayout()
            self.filter_bar.setContentsMargins(0, 0, 0, 0)
            self.filter_rows.addLayout(self.filter_bar)
            self._filters_in_row = 0
        if not isinstance(widget, QLabel):
            self._filters_in_row += 1
        self.filter_bar.addWidget(widget, stretch)

    def reload(self) -> None:
        """Run the query again (keeping the current record selected if it is still there)."""
        keep = self.current_id()
        self._generation += 1
        started = time.perf_counter()
        args = (self.search.text(), self._sort, self._descending)
        if self._first_page:
            ids = self._run_query(*args, limit=self.FIRST_PAGE)  # type: ignore[call-arg]
            self._complete = len(ids) < self.FIRST_PAGE
        else:
            ids = self._run_query(*args)
            self._complete = True
        self.model.set_ids(ids)
        self.last_query_ms = (time.perf_counter() - started) * 1000
        self._update_count()
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_id(keep)
        elif keep is not None and not self._complete:
            pass  # it may be in the rest of the answer: decided when the rest arrives
        else:
            self.delete_button.setEnabled(False)
            self.currentIdChanged.emit(None)
        if not self._complete:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._fetch_rest(generation, args, keep))

    def is_complete(self) -> bool:
        """False while only the first page of a large answer is shown."""
        return self._complete

    def complete(self) -> None:
        """Fetch the rest of the answer now, if it is not there yet (e.g. before an export)."""
        if not self._complete:
            self._fetch_rest(self._generation, (self.search.text(), self._sort,
                                                self._descending), self.current_id())

    def _fetch_rest(self, generation: int, args: tuple[str, str | None, bool],
                    keep: int | None) -> None:
        if generation != self._generation or self._complete:
            return  # a newer query replaced this one
        ids = self._run_query(*args)
        shown = self.model.rowCount()
        if list(ids[:shown]) == self.model.ids():
            self.model.extend_ids(ids[shown:])
        else:  # the data changed in between: show the fresh answer whole
            self.model.set_ids(ids)
        self._complete = True
        self._update_count()
        if keep is not None and self.current_id() != keep and not self.select_id(keep):
            self.delete_button.setEnabled(False)
            self.currentIdChanged.emit(None)

    def refresh_rows(self, ids: Sequence[int] | None = None) -> None:
        """Show fresh data of *ids* without running the query again."""
        self.model.refresh_rows(ids)

    def current_id(self) -> int | None:
        """The id of the selected row, or ``None``."""
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        """Select and show the row of *record_id*; False when it is not in the list."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def set_sort(self, sort: str | None, descending: bool = False) -> None:
        """Sort by the service key *sort* (shows the indicator on its column)."""
        for i in range(self.model.columnCount()):
            if self.model.column(i).sort == sort and sort is not None:
                self.table.horizontalHeader().setSortIndicator(
                    i, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
                return
        self._sort, self._descending = sort, descending

    def enable_export(self) -> None:
        """Show the Export button (its clicks come out as :attr:`exportRequested`)."""
        self.export_button.show()

    def export_table(self) -> tuple[list[str], Iterator[list[Any]]]:
        """The headers and, lazily, the shown values of every row of the current query.

        Rows are fetched page by page through the same ``fetch_rows`` the table uses, so a
        100,000-row list is never held twice; the iterator may run on a worker thread.
        """
        self.complete()
        columns = [self.model.column(i) for i in range(self.model.columnCount())]
        headers = [c.header() for c in columns]
        ids = self.model.ids()
        fetch = self.model.fetch_rows

        def rows() -> Iterator[list[Any]]:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                fetched = fetch(chunk)
                for rid in chunk:
                    row = fetched.get(rid)
                    if row is not None:
                        yield [c.display(row) for c in columns]

        return headers, rows()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def retranslate(self) -> None:
        """Set the page's own strings again."""
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Create a new record (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Delete)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this list, as filtered, to CSV or Excel (Ctrl+E)"))
        self.model.retranslate()
        self._update_count()

    # ---------------------------------------------------------------- internals

    def _update_count(self) -> None:
        count = self.model.rowCount()
        text = (self.tr("%n record(s)", "", count) if self._complete
                else self.tr("%n or more records", "", count))
        self.count_label.setText(localize_digits(with_count(text, count), i18n.language()))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.model.column(column) if 0 <= column < self.model.columnCount() else None
        if spec is None or spec.sort is None:
            return
        self._sort = spec.sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rid = self.model.id_at(current.row()) if current.isValid() else None
        self.delete_button.setEnabled(rid is not None)
        self.currentIdChanged.emit(rid)

    def _row_activated(self, index: QModelIndex) -> None:
        rid = self.model.id_at(index.row())
        if rid is not None:
            self.activated.emit(rid)

    def _activate_first(self) -> None:
        self._timer.stop()
        self.reload()
        if self.model.rowCount():
            self.table.setFocus()
            if self.current_id() is None:
                self.select_id(self.model.id_at(0))  # type: ignore[arg-type]

    def _delete_clicked(self) -> None:
        rid = self.current_id()
        if rid is not None:
            self.deleteRequested.emit(rid)

