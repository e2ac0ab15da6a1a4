"""The Reports section: choose a report and its options, preview it, print it; and write
the summaries of every MoU a filter selects into a folder.

The PDFs are made by :class:`~desktop_app.domain.report_data.ReportService` off the UI
thread (a ``QThreadPool`` runnable, see :class:`_Job`), so a 10,000-partner directory or a
batch of summaries never freezes the window; the batch shows its progress inline and
stops cleanly on Cancel (no half-written file is left).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.changes import Changes
from desktop_app.domain.countries import country_name
from desktop_app.domain.dates import (
    MONTHS_EN,
    MONTHS_FA,
    SEASONS_EN,
    SEASONS_FA,
    Period,
    custom_period,
    jalali_month,
    jalali_quarter,
    jalali_year,
    to_jalali,
)
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.domain.labels import label
from desktop_app.domain.report_data import MoUFilter
from desktop_app.domain.text import localize_digits
from desktop_app.domain.vocabulary import MoUStatus
from desktop_app.ui import file_dialogs
from desktop_app.ui.bidi import display, message, plain
from desktop_app.ui.context import UiContext
from desktop_app.ui.numbers import count_text
from desktop_app.ui.pdf_preview import PdfPreviewDialog
from desktop_app.ui.section import Section
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit

log = logging.getLogger("peyvand.ui.reports")

REPORT_KINDS = ("mou", "hub", "activity", "partners", "due")
EXPIRING_DAYS = 90


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """One call on the thread pool; results come back as queued signals in the GUI thread.

    (Kept here until the shared ``desktop_app/ui/worker.py`` is in the repository; the
    function signature — ``progress`` and a ``threading.Event`` named ``cancel`` — is the
    same, so switching is a one-line change.)
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 **kwargs: Any) -> None:
        super().__init__()
        self.signals = _Signals()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.cancel = threading.Event()
        if with_progress:
            self.kwargs["progress"] = self.signals.progress.emit
            self.kwargs["cancel"] = self.cancel
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(value)


class ReportsSection(Section):
    """Pick a report, its options and language; Preview opens :class:`PdfPreviewDialog`."""

    section_id = "reports"
    entities = frozenset({"mous", "hubs", "partners", "office_settings"})
    order = 90

    previewReady = Signal(object)
    batchFinished = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsSection")
        self._jobs: set[_Job] = set()
        self._batch_job: _Job | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self._build()
        self.retranslate()
        self.reload_choices()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.kind_list = QListWidget(self)
        self.kind_list.setObjectName("reportKinds")
        for _ in REPORT_KINDS:
            self.kind_list.addItem("")
        self.kind_list.setMaximumWidth(260)

        self.pages = QStackedWidget(self)
        # MoU summary
        self.mou_combo = QComboBox(self)
        self.mou_combo.setObjectName("mouPicker")
        self.mou_combo.setMinimumContentsLength(40)
        self.mou_label = QLabel(self)
        self.pages.addWidget(self._form((self.mou_label, self.mou_combo)))
        # Hub dossier
        self.hub_combo = QComboBox(self)
        self.hub_combo.setObjectName("hubPicker")
        self.hub_label = QLabel(self)
        self.pages.addWidget(self._form((self.hub_label, self.hub_combo)))
        # Activity
        self.period_kind = QComboBox(self)
        for _ in range(4):
            self.period_kind.addItem("")
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1380, 1500)
        self.month_combo = QComboBox(self)
        self.quarter_combo = QComboBox(self)
        self.from_edit = JalaliDateEdit(self)
        self.to_edit = JalaliDateEdit(self)
        self.period_label = QLabel(self)
        self.year_label = QLabel(self)
        self.month_label = QLabel(self)
        self.quarter_label = QLabel(self)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.activity_form = self._form(
            (self.period_label, self.period_kind), (self.year_label, self.year_spin),
            (self.month_label, self.month_combo), (self.quarter_label, self.quarter_combo),
            (self.from_label, self.from_edit), (self.to_label, self.to_edit))
        self.pages.addWidget(self.activity_form)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        # Directory
        self.directory_query = QLineEdit(self)
        self.directory_query.setClearButtonEnabled(True)
        self.directory_label = QLabel(self)
        self.pages.addWidget(self._form((self.directory_label, self.directory_query)))
        # Due list
        self.due_note = QLabel(self)
        self.due_note.setWordWrap(True)
        due_page = QWidget(self)
        QVBoxLayout(due_page).addWidget(self.due_note)
        due_page.layout().addStretch(1)  # type: ignore[union-attr]
        self.pages.addWidget(due_page)

        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem("فارسی", "fa")
        self.lang_combo.addItem("English", "en")
        self.lang_label = QLabel(self)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.busy_label = QLabel(self)

        self.report_box = QGroupBox(self)
        box = QVBoxLayout(self.report_box)
        box.addWidget(self.pages, 1)
        row = QHBoxLayout()
        row.addWidget(self.lang_label)
        row.addWidget(self.lang_combo)
        row.addStretch(1)
        row.addWidget(self.busy_label)
        row.addWidget(self.preview_button)
        box.addLayout(row)

        # Batch of MoU summaries
        self.batch_box = QGroupBox(self)
        self.status_filter = QComboBox(self)
        self.country_filter = QComboBox(self)
        self.expiring_check = QCheckBox(self)
        self.folder_edit = QLineEdit(self)
        self.folder_button = QPushButton(self)
        self.batch_button = QPushButton(self)
        self.batch_button.setObjectName("batchButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setValue(0)
        self.batch_status = QLabel(self)
        self.batch_status.setWordWrap(True)
        self.status_label = QLabel(self)
        self.country_label = QLabel(self)
        self.folder_label = QLabel(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.status_label, self.status_filter)
        form.addRow(self.country_label, self.country_filter)
        form.addRow("", self.expiring_check)
        form.addRow(self.folder_label, folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.cancel_button)
        batch_layout = QVBoxLayout(self.batch_box)
        batch_layout.addLayout(form)
        batch_layout.addLayout(buttons)
        batch_layout.addWidget(self.batch_status)

        right = QVBoxLayout()
        right.addWidget(self.report_box, 3)
        right.addWidget(self.batch_box, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kind_list)
        layout.addLayout(right, 1)

        self.kind_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.kind_list.setCurrentRow(0)
        self.preview_button.clicked.connect(self.preview)
        self.folder_button.clicked.connect(self._choose_folder)
        self.batch_button.clicked.connect(self.start_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)

        today = to_jalali(dt.date.today())
        self.year_spin.setValue(today.year)
        self._default_month = today.month
        self._default_quarter = (today.month - 1) // 3 + 1
        self.from_edit.setDate(dt.date.today().replace(day=1))
        self.to_edit.setDate(dt.date.today())

    def _form(self, *rows: tuple[QLabel, QWidget]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        for lbl, field in rows:
            form.addRow(lbl, field)
        return page

    # ---------------------------------------------------------------- Section hooks

    def title(self) -> str:
        return self.tr("Reports")

    def on_changes(self, changes: Changes) -> None:
        self.reload_choices()

    def retranslate(self) -> None:
        names = (self.tr("MoU summary"), self.tr("Country hub dossier"),
                 self.tr("Activity report"), self.tr("Partner directory"),
                 self.tr("Expiring MoUs and overdue actions"))
        for i, name in enumerate(names):
            self.kind_list.item(i).setText(name)
        self.report_box.setTitle(self.tr("Report"))
        self.mou_label.setText(self.tr("MoU:"))
        self.hub_label.setText(self.tr("Hub:"))
        self.period_label.setText(self.tr("Period:"))
        for i, text in enumerate((self.tr("Month"), self.tr("Quarter (season)"),
                                  self.tr("Year"), self.tr("From – to"))):
            self.period_kind.setItemText(i, text)
        self.year_label.setText(self.tr("Year:"))
        self.month_label.setText(self.tr("Month:"))
        self.quarter_label.setText(self.tr("Season:"))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.directory_label.setText(self.tr("Only partners matching:"))
        self.directory_query.setPlaceholderText(self.tr("all partners"))
        self.due_note.setText(self.tr(
            "MoUs in force whose validity ends within %1 days, and the open actions past "
            "their due date, as of today.").replace("%1", self._digits(EXPIRING_DAYS)))
        self.lang_label.setText(self.tr("Language of the report:"))
        self.preview_button.setText(self.tr("Preview…"))
        self.batch_box.setTitle(self.tr("All MoU summaries of a filter"))
        self.status_label.setText(self.tr("Status:"))
        self.country_label.setText(self.tr("Country of a party:"))
        self.expiring_check.setText(
            self.tr("Only those expiring within %1 days").replace(
                "%1", self._digits(EXPIRING_DAYS)))
        self.folder_label.setText(self.tr("Folder:"))
        self.folder_button.setText(self.tr("Choose…"))
        self.batch_button.setText(self.tr("Write summaries"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_period_choices()
        self._fill_status_filter()
        self._period_kind_changed(self.period_kind.currentIndex())

    # ---------------------------------------------------------------- choices

    def _lang_ui(self) -> str:
        return "fa" if self.ctx.language == "fa" else "en"

    def _digits(self, n: int) -> str:
        return count_text(n, self._lang_ui()) if isinstance(n, int) else localize_digits(
            n, self._lang_ui())

    def reload_choices(self) -> None:
        """Fill the MoU, hub and country pickers from the register."""
        rs = self.ctx.services.reports
        lang = self._lang_ui()
        try:
            mous = rs.mou_choices(lang)
            hubs = rs.hub_choices(lang)
            countries = rs.party_countries()
        except StorageError as exc:
            log.warning("cannot list the report choices: %s", exc)
            return
        for combo, items in ((self.mou_combo, mous), (self.hub_combo, hubs)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, text in items:
                combo.addItem(display(text), key)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        keep = self.country_filter.currentData()
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("Any"), None)
        for code in countries:
            self.country_filter.addItem(display(country_name(code, lang) or code), code)
        index = self.country_filter.findData(keep)
        self.country_filter.setCurrentIndex(max(0, index))

    def _fill_period_choices(self) -> None:
        lang = self._lang_ui()
        months = MONTHS_FA if lang == "fa" else MONTHS_EN
        seasons = SEASONS_FA if lang == "fa" else SEASONS_EN
        keep_m = self.month_combo.currentIndex()
        keep_q = self.quarter_combo.currentIndex()
        self.month_combo.clear()
        self.month_combo.addItems(list(months))
        self.quarter_combo.clear()
        self.quarter_combo.addItems(list(seasons))
        self.month_combo.setCurrentIndex(keep_m if keep_m >= 0 else self._default_month - 1)
        self.quarter_combo.setCurrentIndex(keep_q if keep_q >= 0 else self._default_quarter - 1)

    def _fill_status_filter(self) -> None:
        keep = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Any"), None)
        for status in MoUStatus:
            self.status_filter.addItem(label(status, self._lang_ui()), status)
        index = self.status_filter.findData(keep)
        self.status_filter.setCurrentIndex(max(0, index))

    def _period_kind_changed(self, index: int) -> None:
        form = self.activity_form.layout()
        assert isinstance(form, QFormLayout)
        visible = {0: (1, 2), 1: (1, 3), 2: (1,), 3: (4, 5)}.get(index, (1,))
        for row in range(1, 6):
            form.setRowVisible(row, row in visible)

    # ---------------------------------------------------------------- report choice

    def select_report(self, kind: str) -> None:
        """Show the options of *kind* ('mou', 'hub', 'activity', 'partners', 'due')."""
        self.kind_list.setCurrentRow(REPORT_KINDS.index(kind))

    def current_kind(self) -> str:
        """The report chosen in the list."""
        return REPORT_KINDS[max(0, self.kind_list.currentRow())]

    def report_language(self) -> str:
        """The language chosen for the report ('fa' or 'en')."""
        return str(self.lang_combo.currentData() or "fa")

    def period(self) -> Period:
        """The activity report's period; DomainError when the dates are incomplete."""
        year = self.year_spin.value()
        kind = self.period_kind.currentIndex()
        if kind == 0:
            return jalali_month(year, self.month_combo.currentIndex() + 1)
        if kind == 1:
            return jalali_quarter(year, self.quarter_combo.currentIndex() + 1)
        if kind == 2:
            return jalali_year(year)
        start, end = self.from_edit.date(), self.to_edit.date()
        if start is None or end is None or not self.from_edit.isValid() \
                or not self.to_edit.isValid():
            raise DomainError(self.tr("Give both the first and the last day of the period."))
        try:
            return custom_period(start, end)
        except ValueError as exc:
            raise DomainError(str(exc)) from exc

    def _request(self) -> tuple[Callable[..., Path], tuple[Any, ...], str]:
        """The service call for the chosen report, its arguments and a file title."""
        rs = self.ctx.services.reports
        lang = self.report_language()
        kind = self.current_kind()
        if kind == "mou":
            mou_id = self.mou_combo.currentData()
            if mou_id is None:
                raise DomainError(self.tr("There is no MoU to summarise yet."))
            return rs.mou_summary_pdf, (int(mou_id), lang), plain(self.mou_combo.currentText())
        if kind == "hub":
            hub_id = self.hub_combo.currentData()
            if hub_id is None:
                raise DomainError(self.tr("There is no country hub yet."))
            return rs.hub_dossier_pdf, (int(hub_id), lang), plain(self.hub_combo.currentText())
        if kind == "activity":
            period = self.period()
            return rs.activity_pdf, (period, lang), period.label(lang)
        if kind == "partners":
            query = self.directory_query.text().strip() or None
            return (lambda lang_, q=query: rs.partners_pdf(lang_, None, query=q)), (lang,), \
                self.kind_list.currentItem().text()
        return rs.due_pdf, (lang,), self.kind_list.currentItem().text()

    # ---------------------------------------------------------------- preview

    def preview(self) -> None:
        """Make the chosen report off the UI thread, then open it in the preview."""
        try:
            fn, args, title = self._request()
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Reports"), str(exc))
            return
        self.preview_button.setEnabled(False)
        self.busy_label.setText(self.tr("Preparing the report…"))
        job = _Job(fn, *args)
        job.signals.finished.connect(lambda path: self._preview_ready(job, path, title))
        job.signals.failed.connect(lambda exc: self._job_failed(job, exc))
        self._start(job)

    def _preview_ready(self, job: _Job, path: Path, title: str) -> None:
        self._jobs.discard(job)
        self.preview_button.setEnabled(True)
        self.busy_label.clear()
        dialog = PdfPreviewDialog(Path(path), self, suggested_name=_file_title(title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r, p=Path(path): p.unlink(missing_ok=True))
        dialog.destroyed.connect(lambda *_: setattr(self, "last_preview", None))
        self.last_preview = dialog
        dialog.show()
        self.previewReady.emit(dialog)

    def _job_failed(self, job: _Job, exc: BaseException) -> None:
        self._jobs.discard(job)
        self.preview_button.setEnabled(True)
        self.busy_label.clear()
        if isinstance(exc, (DomainError, StorageError)):
            QMessageBox.warning(self, self.tr("Reports"), str(exc))
        else:
            raise exc

    def _start(self, job: _Job) -> None:
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    # ---------------------------------------------------------------- batch

    def batch_filter(self) -> MoUFilter:
        """The filter the batch box describes."""
        return MoUFilter(
            status=self.status_filter.currentData(),
            country_code=self.country_filter.currentData(),
            expiring_within_days=EXPIRING_DAYS if self.expiring_check.isChecked() else None,
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the summaries"),
                                                  self.folder_edit.text() or str(Path.home()))
        if folder:
            self.folder_edit.setText(folder)

    def start_batch(self) -> None:
        """Write the summary of every MoU the filter selects into the chosen folder."""
        folder = Path(self.folder_edit.text().strip()) if self.folder_edit.text().strip() else None
        if folder is None or not folder.is_dir():
            QMessageBox.warning(self, self.tr("Reports"),
                                self.tr("Choose an existing folder for the summaries."))
            return
        rs = self.ctx.services.reports
        try:
            ids = rs.mou_ids(self.batch_filter())
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Reports"), str(exc))
            return
        if not ids:
            self.batch_status.setText(self.tr("No MoU matches this filter."))
            return
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.batch_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.batch_status.setText(self.tr("Writing %n summaries…", "", len(ids)))
        job = _Job(rs.mou_summaries_batch, ids, folder, self.report_language(),
                   with_progress=True)
        job.signals.progress.connect(self._batch_progress)
        job.signals.finished.connect(lambda files: self._batch_done(job, files))
        job.signals.failed.connect(lambda exc: self._batch_failed(job, exc))
        self._batch_job = job
        self._start(job)

    def cancel_batch(self) -> None:
        """Stop the batch after the summary being written (the files so far are kept)."""
        if self._batch_job is not None:
            self._batch_job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.batch_status.setText(self.tr("Stopping…"))

    def batch_running(self) -> bool:
        """True while a batch is being written."""
        return self._batch_job is not None

    def _batch_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _batch_done(self, job: _Job, files: list[Path]) -> None:
        self._jobs.discard(job)
        self._batch_job = None
        self.batch_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if job.cancel.is_set():
            text = self.tr("Cancelled: %n summaries written.", "", len(files))
        else:
            text = self.tr("%n summaries written.", "", len(files))
        self.batch_status.setText(text)
        self.batchFinished.emit(list(files))

    def _batch_failed(self, job: _Job, exc: BaseException) -> None:
        self._jobs.discard(job)
        self._batch_job = None
        self.batch_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.batch_status.setText(message(str(exc)))
        self.batchFinished.emit([])
        if not isinstance(exc, (DomainError, StorageError)):
            raise exc


def _file_title(title: str) -> str:
    """A file name for "Save as…" from the report's title."""
    return file_dialogs.file_name(title, ".pdf")
