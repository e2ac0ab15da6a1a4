"""Page 1 of the import wizard: choose the file (dialog or drop) and see, or override,
how it was read (encoding, delimiter, sheet, header row); reading runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.common import (
    DELIMITERS,
    ENCODINGS,
    FILE_SUFFIXES,
    ImportPage,
    codec_name,
    error_label,
    localized,
    table_view,
)
from desktop_app.ui.imports.labels import (
    delimiter_label,
    file_error,
    format_label,
)
from desktop_app.ui.imports.models import RawTableModel
from desktop_app.ui.worker import Outcome, run_with_progress


class FilePage(ImportPage):
    """Choose the file (dialog or drop); see and override how it was read."""

    def build(self) -> None:
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
        self.error_label = error_label(self, "fileError")

        self.preview_model = RawTableModel(self, limit=8)
        self.preview = table_view(self, "filePreview")
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
                                 if codec_name(self.encoding_combo.itemData(i)) == codec_name(table.encoding)),
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
            self.summary.setText(localized(self.tr(
                "%n row(s) of data under the header on row %1.", "", len(table.rows))
                .replace("%1", str(table.header_row))))
            self.preview_model.set_table(table.headers, table.rows, table.row_numbers)
        else:
            self.summary.setText("")
            self.preview_model.set_table([], [], [])
        self.summary.setVisible(table is not None)

    def isComplete(self) -> bool:
        return self.w.table is not None
