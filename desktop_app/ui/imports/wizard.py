"""The import wizard: file → columns → review (dry run) → import, with undo at the end.

Every page talks to ``ctx.services.imports`` (:mod:`desktop_app.domain.imports`) only;
reading, the dry run and the import itself run off the UI thread behind a progress dialog
with Cancel (:func:`desktop_app.ui.worker.run_with_progress`), so a 100,000-row file never
freezes the window. Nothing is written to the register until Import is pressed on the
review page; the import is one transaction and is recorded as a batch that can be undone.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain import i18n
from desktop_app.domain.countries import country_name
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.domain.text import localize_digits
from desktop_app.importing import FIELDS, IGNORE, MappingProfile, auto_map, write_rejections_csv
from desktop_app.ui.bidi import isolate
from desktop_app.ui.context import UiContext
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.labels import (
    KEEP_IN_NOTES,
    action_label,
    delimiter_label,
    field_label,
    file_error,
    format_label,
    match_label,
    rejection_reason,
)
from desktop_app.ui.imports.models import (
    ChoiceDelegate,
    DecisionsModel,
    Field,
    RawTableModel,
    RecordsModel,
)
from desktop_app.ui.worker import Outcome, run_with_progress

log = logging.getLogger("peyvand.ui.imports")

#: Encodings offered for text files: (codec, shown name). The detected one is added if missing.
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 + BOM"),
    ("utf-16", "UTF-16"),
    ("cp1256", "Windows-1256 (Arabic/Persian)"),
    ("windows-1252", "Windows-1252 (Western)"),
    ("iso-8859-6", "ISO-8859-6 (Arabic)"),
    ("mac_arabic", "Mac Arabic"),
)
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
FILE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
POLICY_CHOICES = ("skip", "update_empty", "overwrite", "create")

PAGE_FILE, PAGE_COLUMNS, PAGE_REVIEW, PAGE_RESULT = range(4)


def _digits(value: object) -> str:
    return localize_digits(str(value), i18n.language())


def _codec(name: str | None) -> str:
    try:
        return codecs.lookup(name or "").name
    except LookupError:
        return name or ""


def _table_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(150)
    header.setStretchLastSection(True)
    return view


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _progress_call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """Adapt a service call taking ``progress=`` / ``cancelled=`` to the worker's arguments."""
    def call(*, progress: Callable[[int, int], None], cancel: Any) -> Any:
        return fn(*args, progress=progress, cancelled=cancel.is_set, **kwargs)
    return call


# --------------------------------------------------------------------------- 1. file


class FilePage(QWizardPage):
    """Choose the file (dialog or drop); see and override how it was read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setAcceptDrops(True)
        self._overrides: dict[str, Any] = {}
        self._error = ""

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseFile")
        self.drop_hint = QLabel(self)
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(56)
        self.drop_hint.setStyleSheet(
            "QLabel#dropHint { border: 2px dashed palette(mid); border-radius: 8px;"
            " color: palette(placeholder-text); }")

        self.format_value = QLabel(self)
        self.format_value.setObjectName("detectedFormat")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingCombo")
        for codec, shown in ENCODINGS:
            self.encoding_combo.addItem(shown, codec)
        # Latin names only ("Windows-1256 (Arabic/Persian)"): shown whole and left to right
        # in the Persian window too, where the bidi algorithm otherwise scrambled and cut them.
        self.encoding_combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterCombo")
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem("", delimiter)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setMinimumContentsLength(16)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("headerRowSpin")
        self.header_spin.setRange(1, 10_000)
        self.header_spin.setKeyboardTracking(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("readSummary")
        self.error_label = _error_label(self, "fileError")

        self.preview_model = RawTableModel(self, limit=8)
        self.preview = _table_view(self, "filePreview")
        self.preview.setModel(self.preview_model)

        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.choose_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.format_caption = QLabel(self)
        self.encoding_caption = QLabel(self)
        self.delimiter_caption = QLabel(self)
        self.sheet_caption = QLabel(self)
        self.header_caption = QLabel(self)
        self.form.addRow(self.format_caption, self.format_value)
        self.form.addRow(self.encoding_caption, self.encoding_combo)
        self.form.addRow(self.delimiter_caption, self.delimiter_combo)
        self.form.addRow(self.sheet_caption, self.sheet_combo)
        self.form.addRow(self.header_caption, self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.drop_hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)

        self.choose_button.clicked.connect(self.choose_file)
        self.encoding_combo.activated.connect(lambda _i: self._override(
            "encoding", self.encoding_combo.currentData()))
        self.delimiter_combo.activated.connect(lambda _i: self._override(
            "delimiter", self.delimiter_combo.currentData()))
        self.sheet_combo.activated.connect(lambda _i: self._override(
            "sheet", self.sheet_combo.currentText()))
        self.header_spin.valueChanged.connect(lambda value: self._override("header_row", value))
        self.retranslate()
        self._show_settings()

    def retranslate(self) -> None:
        """Set the page's strings again."""
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A partner list saved from Excel or any spreadsheet: CSV, "
                                 "text, XLSX, XLS or ODS. Nothing is written until you press "
                                 "Import at the end."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.drop_hint.setText(self.tr("…or drop the file here"))
        self.format_caption.setText(self.tr("Format:"))
        self.encoding_caption.setText(self.tr("Encoding:"))
        self.delimiter_caption.setText(self.tr("Delimiter:"))
        self.sheet_caption.setText(self.tr("Sheet:"))
        self.header_caption.setText(self.tr("Header row:"))
        for i in range(self.delimiter_combo.count()):
            self.delimiter_combo.setItemText(i, delimiter_label(self.delimiter_combo.itemData(i)))
        self._show_settings()

    # ---------------------------------------------------------------- choosing

    def choose_file(self) -> None:
        """Ask for a file and read it."""
        path = prompts.ask_open_file(
            self, self.tr("Import partners"),
            self.tr("Partner lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Read *path* with everything detected (forgetting earlier overrides)."""
        self.w.path = str(path)
        self.path_edit.setText(Path(path).name)
        self.path_edit.setToolTip(str(path))
        self._overrides = {}
        self._read()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Read after the drop has finished, not inside the drag-and-drop event loop.
        QTimer.singleShot(0, lambda: self.open_path(path))

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(FILE_SUFFIXES) else None

    # ---------------------------------------------------------------- reading

    def _override(self, key: str, value: Any) -> None:
        if not self.w.path:
            return
        self._overrides[key] = value
        if key == "sheet":
            self._overrides.pop("header_row", None)  # a new sheet: find its header again
        self._read()

    def apply_reading(self, **overrides: Any) -> None:
        """Read the file again with these overrides (from a saved profile)."""
        changed = {k: v for k, v in overrides.items() if v is not None}
        if changed:
            self._overrides.update(changed)
            self._read()

    def reading_overrides(self) -> dict[str, Any]:
        """The settings the user chose instead of the detected ones."""
        return dict(self._overrides)

    def _read(self) -> None:
        outcome: Outcome = run_with_progress(
            self, self.tr("Reading the file…"), self.w.service.read, self.w.path,
            pass_progress=False, **self._overrides)
        if outcome.cancelled:
            self._fail(self.tr("Reading the file was cancelled."))
        elif outcome.error is not None:
            if not isinstance(outcome.error, (ValueError, DomainError, StorageError)):
                raise outcome.error
            self._fail(file_error(str(outcome.error)))
        else:
            self.w.set_table(outcome.value)
            self._error = ""
            self._show_settings()
        self.completeChanged.emit()

    def _fail(self, message: str) -> None:
        self.w.set_table(None)
        self._error = message
        self._show_settings()

    def _show_settings(self) -> None:
        table = self.w.table
        widgets = (self.encoding_combo, self.delimiter_combo, self.sheet_combo, self.header_spin)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            is_text = table is not None and table.file_format == "csv"
            is_book = table is not None and table.file_format != "csv"
            self.format_value.setText(format_label(table.file_format) if table else "—")
            if table is not None and table.encoding:
                position = next((i for i in range(self.encoding_combo.count())
                                 if _codec(self.encoding_combo.itemData(i)) == _codec(table.encoding)),
                                -1)
                if position < 0:
                    self.encoding_combo.addItem(table.encoding, table.encoding)
                    position = self.encoding_combo.count() - 1
                self.encoding_combo.setCurrentIndex(position)
            if table is not None and table.delimiter:
                self.delimiter_combo.setCurrentIndex(
                    max(self.delimiter_combo.findData(table.delimiter), 0))
            self.sheet_combo.clear()
            if is_book and table is not None:
                self.sheet_combo.addItems(table.sheet_names)
                self.sheet_combo.setCurrentText(table.sheet or "")
            if table is not None:
                self.header_spin.setValue(table.header_row)
            self.encoding_combo.setEnabled(is_text)
            self.delimiter_combo.setEnabled(is_text)
            self.sheet_combo.setEnabled(is_book and len(table.sheet_names) > 1 if table else False)
            self.header_spin.setEnabled(table is not None or bool(self._error))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        for caption, widget in ((self.encoding_caption, self.encoding_combo),
                                (self.delimiter_caption, self.delimiter_combo)):
            caption.setVisible(table is None or table.file_format == "csv")
            widget.setVisible(caption.isVisibleTo(self))
        for caption, widget in ((self.sheet_caption, self.sheet_combo),):
            caption.setVisible(table is None or table.file_format != "csv")
            widget.setVisible(caption.isVisibleTo(self))
        self.error_label.setText(self._error)
        self.error_label.setVisible(bool(self._error))
        if table is not None:
            self.summary.setText(_digits(self.tr(
                "%n row(s) of data under the header on row %1.", "", len(table.rows))
                .replace("%1", str(table.header_row))))
            self.preview_model.set_table(table.headers, table.rows, table.row_numbers)
        else:
            self.summary.setText("")
            self.preview_model.set_table([], [], [])
        self.summary.setVisible(table is not None)

    def isComplete(self) -> bool:
        return self.w.table is not None


# --------------------------------------------------------------------------- 2. columns


class ColumnsPage(QWizardPage):
    """Which column fills which partner field; saved mappings (profiles)."""

    MAPPING_COLUMNS = 3

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self._mapped_table: object = None
        self._combos: list[QComboBox] = []

        self.profile_caption = QLabel(self)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setMinimumContentsLength(18)
        self.save_profile_button = QPushButton(self)
        self.save_profile_button.setObjectName("saveProfile")
        self.delete_profile_button = QPushButton(self)
        self.delete_profile_button.setObjectName("deleteProfile")
        profiles = QHBoxLayout()
        profiles.addWidget(self.profile_caption)
        profiles.addWidget(self.profile_combo)
        profiles.addWidget(self.save_profile_button)
        profiles.addWidget(self.delete_profile_button)
        profiles.addStretch(1)

        self.mapping_table = QTableWidget(0, self.MAPPING_COLUMNS, self)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.verticalHeader().setDefaultSectionSize(30)

        self.preview_model = RawTableModel(self, limit=50)
        self.preview = _table_view(self, "columnsPreview")
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setMinimumHeight(44)

        self.problem_label = _error_label(self, "mappingProblem")
        self.note_label = QLabel(self)
        self.note_label.setObjectName("mappingNote")
        self.note_label.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 600])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(profiles)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.note_label)

        self.profile_combo.activated.connect(self._profile_chosen)
        self.save_profile_button.clicked.connect(self.save_profile)
        self.delete_profile_button.clicked.connect(self.delete_profile)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the page's strings again."""
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose the partner field each column of the file fills. "
                                 "Columns kept in the notes are not lost."))
        self.profile_caption.setText(self.tr("Saved mapping:"))
        self.save_profile_button.setText(self.tr("Save mapping…"))
        self.delete_profile_button.setText(self.tr("Delete mapping"))
        self.note_label.setText(self.tr(
            "Rows are checked in the next step; nothing is written yet."))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Imports as")])
        for combo in self._combos:
            for i in range(combo.count()):
                combo.setItemText(i, field_label(combo.itemData(i)))
        if self.profile_combo.count():
            self.profile_combo.setItemText(0, self.tr("(none)"))
        self._mapping_changed()

    # ---------------------------------------------------------------- mapping

    def initializePage(self) -> None:
        table = self.w.table
        if table is not None and table is not self._mapped_table:
            self._mapped_table = table
            self._build(table, self.w.mapping or auto_map(table.headers))
        self._fill_profiles()

    def _build(self, table: Any, mapping: dict[int, str]) -> None:
        self._combos = []
        self.mapping_table.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(index, 0, item)
            sample = next((row[index] for row in table.rows[:50] if row[index].strip()), "")
            example = QTableWidgetItem(sample)
            example.setFlags(Qt.ItemFlag.ItemIsEnabled)
            example.setToolTip(sample)
            self.mapping_table.setItem(index, 1, example)
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"mapColumn{index}")
            for target in (KEEP_IN_NOTES, IGNORE, *FIELDS):
                combo.addItem(field_label(target), target)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, KEEP_IN_NOTES)), 0))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping_table.setCellWidget(index, 2, combo)
            self._combos.append(combo)
        self.preview_model.set_table(table.headers, table.rows, table.row_numbers)
        self._mapping_changed()

    def combo(self, column: int) -> QComboBox:
        """The field chooser of the file's column *column* (0-based)."""
        return self._combos[column]

    def set_mapping(self, mapping: dict[int, str]) -> None:
        """Choose *mapping* (column → field); columns left out are kept in the notes."""
        for index, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, KEEP_IN_NOTES)), 0))
            combo.blockSignals(False)
        self._mapping_changed()

    def current_mapping(self) -> dict[int, str]:
        """Column index → field (or ``ignore``) as chosen now."""
        return {i: combo.currentData() for i, combo in enumerate(self._combos)
                if combo.currentData() != KEEP_IN_NOTES}

    def _mapping_changed(self) -> None:
        mapping = self.current_mapping()
        self.w.mapping = mapping
        self.preview_model.arrow = "←" if self.isRightToLeft() else "→"
        self.preview_model.set_targets(
            {i: field_label(t) for i, t in mapping.items()}
            | {i: field_label(KEEP_IN_NOTES) for i in range(len(self._combos)) if i not in mapping})
        problems = []
        if self._combos and not any(t in ("name", "name_en") for t in mapping.values()):
            problems.append(self.tr(
                "No column is chosen for the organisation's name. Choose “%1” (or “%2”) "
                "for the column that holds the names; without it no row can be imported.")
                .replace("%1", field_label("name")).replace("%2", field_label("name_en")))
        counts: dict[str, int] = {}
        for target in mapping.values():
            counts[target] = counts.get(target, 0) + 1
        for target, count in counts.items():
            if count > 1 and target not in ("phone", "notes", "tags", "address", IGNORE):
                problems.append(self.tr("Several columns fill “%1”; their values are joined.")
                                .replace("%1", field_label(target)))
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self._combos) and any(
            t in ("name", "name_en") for t in self.current_mapping().values())

    # ---------------------------------------------------------------- profiles

    def _fill_profiles(self, select: str | None = None) -> None:
        current = select if select is not None else self.profile_combo.currentData()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(none)"), None)
        for profile in self.w.service.profiles():
            self.profile_combo.addItem(profile.name, profile.name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(current), 0))
        self.profile_combo.blockSignals(False)
        self.delete_profile_button.setEnabled(self.profile_combo.currentData() is not None)

    def _profile(self, name: str) -> MappingProfile | None:
        return next((p for p in self.w.service.profiles() if p.name == name), None)

    def _profile_chosen(self, _index: int) -> None:
        name = self.profile_combo.currentData()
        self.delete_profile_button.setEnabled(name is not None)
        profile = self._profile(name) if name else None
        if profile is None:
            return
        self.w.file_page.apply_reading(encoding=profile.encoding, delimiter=profile.delimiter,
                                       sheet=profile.sheet, header_row=profile.header_row)
        table = self.w.table
        if table is None:
            return
        if table is not self._mapped_table:
            self._mapped_table = table
            self._build(table, profile.column_map(table.headers))
        else:
            self.set_mapping(profile.column_map(table.headers))

    def save_profile(self) -> None:
        """Save the current mapping under a name the user gives."""
        table = self.w.table
        if table is None:
            return
        name = prompts.ask_text(self, self.tr("Save mapping"),
                                self.tr("Name of this mapping:"),
                                self.profile_combo.currentData() or "")
        if not name:
            return
        reading = self.w.file_page.reading_overrides()
        profile = MappingProfile.from_mapping(
            name, table.headers, self.current_mapping(),
            encoding=reading.get("encoding"), delimiter=reading.get("delimiter"),
            sheet=reading.get("sheet"), header_row=reading.get("header_row"))
        self.w.ctx.run(self, self.w.service.save_profile, profile)
        self._fill_profiles(select=name)

    def delete_profile(self) -> None:
        """Delete the chosen saved mapping, after asking."""
        name = self.profile_combo.currentData()
        if not name or not prompts.confirm(
                self, self.tr("Delete mapping"),
                self.tr("Delete the saved mapping “%1”?").replace("%1", isolate(name))):
            return
        self.w.ctx.run(self, self.w.service.delete_profile, name)
        self._fill_profiles(select="")


# --------------------------------------------------------------------------- 3. review


class ReviewPage(QWizardPage):
    """The dry run: what will be added, updated, skipped and rejected; choices on duplicates."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setCommitPage(True)
        self._checked_for: tuple[object, ...] | None = None
        self._planned_by_row: dict[int, Any] = {}
        self._error = ""

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("reviewCounts")
        self.counts_label.setWordWrap(True)
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.error_label = _error_label(self, "reviewError")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("checkAgain")
        self.retry_button.hide()
        self.policy_caption = QLabel(self)
        self.policy_combo = QComboBox(self)
        self.policy_combo.setObjectName("policyCombo")
        for code in POLICY_CHOICES:
            self.policy_combo.addItem(action_label(code), code)
        self.policy_combo.setCurrentIndex(self.policy_combo.findData("update_empty"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.setDocumentMode(True)

        # Duplicates: the list with an action per row, the selected pair side by side below.
        self.duplicates_model = DecisionsModel(
            [Field(lambda: self.tr("Row"), lambda p: p.partner.row),
             Field(lambda: self.tr("In the file"), lambda p: p.partner.name),
             Field(lambda: self.tr("Same as"), self._duplicate_of_name),
             Field(lambda: self.tr("Why"), lambda p: match_label(p.duplicate.key))],
            lambda: self.tr("Action"), key=lambda p: p.partner.row,
            choices=self._duplicate_choices, label=action_label, parent=self)
        self.duplicates_view = self._decisions_view("duplicatesView", self.duplicates_model)
        self.duplicate_pair_model = RecordsModel(self._pair_fields(), self)
        self.duplicate_pair = _table_view(self, "duplicatePair")
        self.duplicate_pair.verticalHeader().setVisible(False)
        self.duplicate_pair.setModel(self.duplicate_pair_model)
        self.duplicates_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_pair(self.duplicates_model, self.duplicate_pair_model,
                                                current.row()))
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_caption)
        policy_row.addWidget(self.policy_combo)
        policy_row.addStretch(1)
        self.duplicates_tab = self._split_tab(self.duplicates_view, self.duplicate_pair, policy_row)

        # Possible duplicates: the best candidate of each row, create new by default.
        self.candidates_model = DecisionsModel(
            [Field(lambda: self.tr("Row"), lambda p: p.partner.row),
             Field(lambda: self.tr("In the file"), lambda p: p.partner.name),
             Field(lambda: self.tr("Looks like"), self._candidate_name,
                   tooltip=self._candidates_tooltip),
             Field(lambda: self.tr("Score"), lambda p: round(self.best_candidate(p).score)),
             Field(lambda: self.tr("Why"), lambda p: match_label(self.best_candidate(p).key))],
            lambda: self.tr("Decision"), key=lambda p: p.partner.row,
            choices=self._candidate_choices,
            label=lambda c: action_label("create_new" if c == "create" else c), parent=self)
        self.candidates_view = self._decisions_view("candidatesView", self.candidates_model)
        self.candidate_pair_model = RecordsModel(self._pair_fields(), self)
        self.candidate_pair = _table_view(self, "candidatePair")
        self.candidate_pair.verticalHeader().setVisible(False)
        self.candidate_pair.setModel(self.candidate_pair_model)
        self.candidates_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_pair(self.candidates_model, self.candidate_pair_model,
                                                current.row()))
        self.candidates_hint = QLabel(self)
        self.candidates_hint.setWordWrap(True)
        self.candidates_tab = self._split_tab(self.candidates_view, self.candidate_pair,
                                              self.candidates_hint)

        # Rejected rows.
        self.rejected_model = RecordsModel(
            [Field(lambda: self.tr("Row"), lambda r: r.row),
             Field(lambda: self.tr("Column"), lambda r: r.column),
             Field(lambda: self.tr("Reason"), self._reason, tooltip=self._reason)],
            self)
        self.rejected_view = _table_view(self, "rejectedView")
        self.rejected_view.verticalHeader().setVisible(False)
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_rejected_button = QPushButton(self)
        self.save_rejected_button.setObjectName("saveRejected")
        self.save_rejected_button.clicked.connect(self.save_rejected)
        rejected_tab = QWidget(self)
        rejected_layout = QVBoxLayout(rejected_tab)
        rejected_layout.addWidget(self.rejected_view, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_rejected_button)
        save_row.addStretch(1)
        rejected_layout.addLayout(save_row)
        self.rejected_tab = rejected_tab

        # New partners.
        self.new_model = RecordsModel(
            [Field(lambda: self.tr("Row"), lambda p: p.partner.row),
             Field(lambda: field_label("name"), lambda p: p.partner.name),
             Field(lambda: field_label("name_en"), lambda p: p.partner.name_en),
             Field(lambda: field_label("country"),
                   lambda p: country_name(p.partner.country, i18n.language())),
             Field(lambda: field_label("city"), lambda p: p.partner.city),
             Field(lambda: field_label("website"), lambda p: p.partner.website),
             Field(lambda: field_label("email"), lambda p: p.partner.email)],
            self)
        self.new_view = _table_view(self, "newView")
        self.new_view.verticalHeader().setVisible(False)
        self.new_view.setModel(self.new_model)
        self.new_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tabs.addTab(self.duplicates_tab, "")
        self.tabs.addTab(self.candidates_tab, "")
        self.tabs.addTab(self.rejected_tab, "")
        self.tabs.addTab(self.new_view, "")

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        self.policy_combo.activated.connect(self._policy_chosen)
        self.retry_button.clicked.connect(self.check)
        self.duplicates_model.dataChanged.connect(lambda *_: self._recount())
        self.candidates_model.dataChanged.connect(lambda *_: self._recount())
        self.retranslate()

    def _decisions_view(self, name: str, model: DecisionsModel) -> QTableView:
        view = _table_view(self, name)
        view.setModel(model)
        view.setItemDelegateForColumn(model.decision_column, ChoiceDelegate(view))
        view.verticalHeader().setVisible(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(0, 70)
        view.setColumnWidth(1, 260)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(model.decision_column, 210)
        return view

    def _split_tab(self, top: QWidget, bottom: QWidget, extra: Any) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        if isinstance(extra, QWidget):
            layout.addWidget(extra)
        else:
            layout.addLayout(extra)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([200, 250])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        return tab

    def _pair_fields(self) -> list[Field]:
        return [Field(lambda: self.tr("Field"), lambda r: r[0]),
                Field(lambda: self.tr("In the file"), lambda r: r[1], tooltip=lambda r: r[1]),
                Field(lambda: self.tr("In the register"), lambda r: r[2], tooltip=lambda r: r[2])]

    def retranslate(self) -> None:
        """Set the page's strings again."""
        self.setTitle(self.tr("Review before importing"))
        self.setSubTitle(self.tr("This is a dry run: nothing has been written yet. Choose what "
                                 "to do with duplicates, then press Import."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.policy_caption.setText(self.tr("For every duplicate:"))
        for i in range(self.policy_combo.count()):
            self.policy_combo.setItemText(i, action_label(self.policy_combo.itemData(i)))
        self.save_rejected_button.setText(self.tr("Save rejected rows as CSV…"))
        self.retry_button.setText(self.tr("Check again"))
        self.candidates_hint.setText(self.tr(
            "These rows look like partners already in the register but are not certainly the "
            "same. Each is created as a new partner unless you choose otherwise."))
        for model in (self.duplicates_model, self.candidates_model, self.rejected_model,
                      self.new_model, self.duplicate_pair_model, self.candidate_pair_model):
            model.retranslate()
        self._recount()

    # ---------------------------------------------------------------- the dry run

    def initializePage(self) -> None:
        key = (self.w.table, tuple(sorted(self.w.mapping.items())))
        if key != self._checked_for:
            self.check()

    def cleanupPage(self) -> None:
        """Going back: the next visit checks again if the file or mapping changed."""

    def check(self) -> None:
        """Run the dry run off the UI thread and show its outcome."""
        table = self.w.table
        if table is None:
            return
        self.w.preview = None
        outcome = run_with_progress(
            self, self.tr("Checking the rows against the register…"),
            _progress_call(self.w.service.preview, self.w.path, table=table,
                           mapping=dict(self.w.mapping),
                           policy=self.policy_combo.currentData()))
        if outcome.cancelled:
            self._error = self.tr("The check was cancelled. Press “Check again” to run it.")
        elif outcome.error is not None:
            if not isinstance(outcome.error, (ValueError, DomainError, StorageError)):
                raise outcome.error
            self._error = file_error(str(outcome.error))
        else:
            self._error = ""
            self.w.preview = outcome.value
            self._checked_for = (table, tuple(sorted(self.w.mapping.items())))
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.w.preview
        self.error_label.setText(self._error)
        self.error_label.setVisible(bool(self._error))
        self.retry_button.setVisible(preview is None)
        self.tabs.setEnabled(preview is not None)
        rows = preview.plan.rows if preview is not None else []
        self._planned_by_row = {p.partner.row: p for p in rows}
        duplicates = [p for p in rows if p.duplicate is not None]
        self.duplicates_model.set_records(duplicates, {p.partner.row: p.action for p in duplicates})
        candidates = [p for p in rows if p.duplicate is None and p.candidates]
        self.candidates_model.set_records(candidates, {p.partner.row: "create" for p in candidates})
        self.rejected_model.set_records(preview.plan.rejections if preview is not None else [])
        self.save_rejected_button.setEnabled(bool(preview and preview.plan.rejections))
        for view, model, pair in ((self.duplicates_view, self.duplicates_model,
                                   self.duplicate_pair_model),
                                  (self.candidates_view, self.candidates_model,
                                   self.candidate_pair_model)):
            if model.rowCount():
                view.setCurrentIndex(model.index(0, 0))
            self._show_pair(model, pair, 0)
        self._recount()
        # Open the tab that needs a person first.
        for tab, count in ((self.duplicates_tab, len(duplicates)),
                           (self.candidates_tab, len(candidates)),
                           (self.rejected_tab, self.rejected_model.rowCount())):
            if count:
                self.tabs.setCurrentWidget(tab)
                break
        else:
            self.tabs.setCurrentWidget(self.new_view)
        self.completeChanged.emit()

    def decisions(self) -> dict[int, str]:
        """File row number → the action chosen for every duplicate and candidate row."""
        return {**self.duplicates_model.decisions, **self.candidates_model.decisions}

    def effective_action(self, planned: Any) -> str:
        """What will happen to *planned* under the choices made."""
        return self.decisions().get(planned.partner.row, planned.action)

    def _recount(self) -> None:
        preview = self.w.preview
        if preview is None:
            self.counts_label.setText("")
            self.new_model.set_records([])
            self._set_tab_titles(0, 0, 0, 0)
            return
        decisions = self.decisions()
        counts = {"create": 0, "update": 0, "skip": 0}
        new_rows = []
        for planned in preview.plan.rows:
            action = decisions.get(planned.partner.row, planned.action)
            if action == "create":
                counts["create"] += 1
                new_rows.append(planned)
            elif action in ("update_empty", "overwrite"):
                counts["update"] += 1
            else:
                counts["skip"] += 1
        self.new_model.set_records(new_rows)
        rejected = preview.plan.rejected
        possible = self.candidates_model.rowCount()
        self.counts_label.setText(_digits(
            self.tr("To add: %1 · To update: %2 · To skip: %3 · Rejected: %4 · "
                    "Possible duplicates: %5")
            .replace("%1", str(counts["create"])).replace("%2", str(counts["update"]))
            .replace("%3", str(counts["skip"])).replace("%4", str(rejected))
            .replace("%5", str(possible))))
        self._set_tab_titles(self.duplicates_model.rowCount(), possible,
                             self.rejected_model.rowCount(), len(new_rows))

    def _set_tab_titles(self, duplicates: int, possible: int, rejected: int, new: int) -> None:
        titles = (self.tr("Duplicates (%1)"), self.tr("Possible duplicates (%1)"),
                  self.tr("Rejected (%1)"), self.tr("New (%1)"))
        for i, (title, count) in enumerate(zip(titles, (duplicates, possible, rejected, new),
                                               strict=True)):
            self.tabs.setTabText(i, _digits(title.replace("%1", str(count))))

    def _policy_chosen(self, _index: int) -> None:
        code = self.policy_combo.currentData()
        for planned in self.duplicates_model.records():
            if code in self._duplicate_choices(planned):
                self.duplicates_model.decisions[planned.partner.row] = code
        self.duplicates_model.set_all(code)

    # ---------------------------------------------------------------- duplicates shown

    @staticmethod
    def _duplicate_choices(_planned: Any) -> tuple[str, ...]:
        # An update of a duplicate of an earlier row is merged into what that row becomes.
        return POLICY_CHOICES

    @staticmethod
    def _candidate_choices(_planned: Any) -> tuple[str, ...]:
        return ("create", "skip", "update_empty", "overwrite")

    @staticmethod
    def best_candidate(planned: Any) -> Any:
        """The candidate an update goes to: the first existing partner, else the first."""
        return next((c for c in planned.candidates if c.existing_id is not None),
                    planned.candidates[0])

    def _existing(self, existing_id: int | None) -> Any:
        preview = self.w.preview
        return preview.existing.get(existing_id) if preview and existing_id is not None else None

    def _describe(self, match: Any) -> str:
        if match.existing_id is not None:
            existing = self._existing(match.existing_id)
            name = existing.name if existing is not None else f"#{match.existing_id}"
            if match.row is not None:
                return _digits(self.tr("%1 (already matched by row %2)")
                               .replace("%1", isolate(name)).replace("%2", str(match.row)))
            return name
        earlier = self._planned_by_row.get(match.row)
        name = earlier.partner.name if earlier is not None else ""
        return _digits(self.tr("Row %1 of the file: %2").replace("%1", str(match.row))
                       .replace("%2", name))

    def _duplicate_of_name(self, planned: Any) -> str:
        return self._describe(planned.duplicate)

    def _candidate_name(self, planned: Any) -> str:
        return self._describe(self.best_candidate(planned))

    def _candidates_tooltip(self, planned: Any) -> str:
        return "\n".join(f"{self._describe(m)} ({_digits(round(m.score))})"
                         for m in planned.candidates)

    def _show_pair(self, model: DecisionsModel, pair_model: RecordsModel, row: int) -> None:
        planned = model.record(row)
        if planned is None:
            pair_model.set_records([])
            return
        match = planned.duplicate or (self.best_candidate(planned) if planned.candidates else None)
        other: dict[str, str] = {}
        existing = self._existing(match.existing_id) if match is not None else None
        if existing is not None:
            other = {f: str(getattr(existing, f, "") or "") for f in
                     ("name", "name_en", "country", "city", "website", "email", "phone")}
        elif match is not None and match.row in self._planned_by_row:
            earlier = self._planned_by_row[match.row].partner
            other = {f: str(getattr(earlier, f, "") or "") for f in
                     ("name", "name_en", "country", "city", "website", "email", "phone")}
        language = i18n.language()
        records = []
        for name in ("name", "name_en", "country", "city", "website", "email", "phone"):
            mine = str(getattr(planned.partner, name, "") or "")
            theirs = other.get(name, "")
            if name == "country":
                mine = country_name(mine, language) or mine
                theirs = country_name(theirs, language) or theirs
            records.append((field_label(name), mine, theirs))
        pair_model.set_records(records)

    # ---------------------------------------------------------------- rejections

    def _reason(self, rejection: Any) -> str:
        headers = self.w.preview.table.headers if self.w.preview is not None else []
        return rejection_reason(rejection, headers)

    def save_rejected(self) -> None:
        """Write the rejected rows, in the file's columns plus a reason, to a CSV file."""
        preview = self.w.preview
        if preview is None or not preview.plan.rejections:
            return
        suggested = f"{Path(self.w.path).stem}-rejected.csv"
        path = prompts.ask_save_file(self, self.tr("Save rejected rows"), suggested,
                                     self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            count = write_rejections_csv(path, preview.table.headers, preview.plan.rejections)
        except OSError as exc:
            prompts.warn(self, self.tr("Save rejected rows"), str(exc))
            return
        prompts.inform(self, self.tr("Save rejected rows"), _digits(
            self.tr("%n rejected row(s) saved. Fix them and import that file again.", "", count)))

    # ---------------------------------------------------------------- import

    def isComplete(self) -> bool:
        return self.w.preview is not None

    def validatePage(self) -> bool:
        """Import: one transaction off the UI thread; stay here if it fails or is cancelled."""
        preview = self.w.preview
        if preview is None:
            return False
        outcome = run_with_progress(
            self, self.tr("Importing partners…"),
            _progress_call(self.w.service.commit, preview, decisions=self.decisions()))
        if outcome.cancelled:
            prompts.inform(self, self.tr("Import"),
                           self.tr("The import was cancelled; nothing was written."))
            return False
        if outcome.error is not None:
            if not isinstance(outcome.error, (ValueError, DomainError, StorageError)):
                raise outcome.error
            prompts.warn(self, self.tr("Import"), str(outcome.error))
            return False
        result = outcome.value
        self.w.batch_id = result.value
        self.w.ctx.publish(result.changes)
        return True


# --------------------------------------------------------------------------- 4. result


class ResultPage(QWizardPage):
    """What the import did, its batch number, and Undo."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoImport")
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("undoResult")
        self.undo_label.setWordWrap(True)
        self.undo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addLayout(row)
        layout.addWidget(self.undo_label)
        layout.addStretch(1)
        self.undo_button.clicked.connect(self.undo)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the page's strings again."""
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The partner list shows the new and updated partners. "
                                 "Every import can be undone later from Import history."))
        self.undo_button.setText(self.tr("Undo this import"))
        if self.w.batch_id is not None:
            self.initializePage()

    def initializePage(self) -> None:
        batch = next((b for b in self.w.service.batches() if b.id == self.w.batch_id), None)
        counts = dict(getattr(batch, "counts", None) or {})
        text = self.tr("Import no. %1 is done.\nAdded: %2 · Updated: %3 · Skipped: %4 · "
                       "Rejected: %5")
        for i, key in enumerate(("added", "updated", "skipped", "rejected"), start=2):
            value = counts.get(key, 0)
            text = text.replace(f"%{i}", str(len(value) if isinstance(value, list) else value))
        self.result_label.setText(_digits(text.replace("%1", str(self.w.batch_id))))
        undone = batch is not None and getattr(batch, "undone_at", None) is not None
        self.undo_button.setEnabled(not undone)

    def undo(self) -> None:
        """Undo the import just made, after asking."""
        if self.w.batch_id is None:
            return
        if undo_batch(self.w.ctx, self, self.w.batch_id):
            self.undo_button.setEnabled(False)
            self.undo_label.setText(self.w.last_undo_text)


def undo_report_text(report: Any) -> str:
    """The sentences that tell the user what an undo did and what it kept."""
    removed, restored = report.removed, report.restored  # lupdate reads only a name as %n
    lines = [_digits(
        QCoreApplication.translate("ImportUndo", "Removed %n partner(s).", None, removed)
        + " " + QCoreApplication.translate(
            "ImportUndo", "Restored the old values of %n partner(s).", None, restored))]
    if report.kept:
        lines.append(QCoreApplication.translate(
            "ImportUndo", "Kept because they were changed after the import:"))
        lines.extend(f"• {sentence}" for sentence in report.kept)
    return "\n".join(lines)


def undo_batch(ctx: UiContext, parent: QWidget, batch_id: int) -> bool:
    """Ask, undo batch *batch_id*, tell the user what was kept; True when it was undone."""
    title = QCoreApplication.translate("ImportUndo", "Undo import")
    question = QCoreApplication.translate(
        "ImportUndo", "Undo import no. %1? The partners it added are removed and the fields it "
        "changed get their old values back, unless they were edited since.")
    if not prompts.confirm(parent, title, _digits(question.replace("%1", str(batch_id)))):
        return False
    report = ctx.run(parent, ctx.services.imports.undo, batch_id)
    if report is None:
        return False
    text = undo_report_text(report)
    wizard = parent.window()
    if isinstance(wizard, ImportWizard):
        wizard.last_undo_text = text
    prompts.inform(parent, title, text)
    return True


# --------------------------------------------------------------------------- the wizard


class ImportWizard(QWizard):
    """Import a partner list: four pages over ``ctx.services.imports``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.service = ctx.services.imports
        self.path = ""
        self.table: Any = None
        self.mapping: dict[int, str] = {}
        self.preview: Any = None
        self.batch_id: int | None = None
        self.last_undo_text = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.review_page = ReviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_REVIEW, self.review_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.setStartId(PAGE_FILE)
        self.resize(1100, 700)
        self.retranslate()

    def set_table(self, table: Any) -> None:
        """The file as read now (``None`` when it could not be read)."""
        if table is not self.table:
            self.table = table
            self.mapping = {}
            self.preview = None

    def retranslate(self) -> None:
        """Set the wizard's own strings again."""
        self.setWindowTitle(self.tr("Import partners"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.file_page, self.columns_page, self.review_page, self.result_page):
                page.retranslate()
        super().changeEvent(event)
