"""Page 2 of the import wizard: which column of the file fills which partner field, and
the saved mappings (profiles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop_app.importing import FIELDS, IGNORE, MappingProfile, RawTable, auto_map
from desktop_app.ui.bidi import isolate
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.common import (
    ImportPage,
    error_label,
    table_view,
)
from desktop_app.ui.imports.labels import (
    KEEP_IN_NOTES,
    field_label,
)
from desktop_app.ui.imports.models import RawTableModel


class ColumnsPage(ImportPage):
    """Which column fills which partner field; saved mappings (profiles)."""

    MAPPING_COLUMNS = 3

    def build(self) -> None:
        self._mapped_table: RawTable | None = None
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
        self.preview = table_view(self, "columnsPreview")
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setMinimumHeight(44)

        self.problem_label = error_label(self, "mappingProblem")
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

    def _build(self, table: RawTable, mapping: dict[int, str]) -> None:
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
        table: RawTable | None = self.w.table
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
