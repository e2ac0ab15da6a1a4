"""Page 3 of the import wizard: the dry run (off the GUI thread) — what will be added,
updated, skipped and rejected, the choices on duplicates — and the import itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop_app.domain import i18n
from desktop_app.domain.countries import country_name
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.importing import write_rejections_csv
from desktop_app.ui.bidi import isolate
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.common import (
    POLICY_CHOICES,
    ImportPage,
    error_label,
    localized,
    progress_call,
    table_view,
)
from desktop_app.ui.imports.labels import (
    action_label,
    field_label,
    file_error,
    match_label,
    rejection_reason,
)
from desktop_app.ui.imports.models import (
    ChoiceDelegate,
    DecisionsModel,
    Field,
    RecordsModel,
)
from desktop_app.ui.worker import run_with_progress


class ReviewPage(ImportPage):
    """The dry run: what will be added, updated, skipped and rejected; choices on duplicates."""

    def build(self) -> None:
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
        self.error_label = error_label(self, "reviewError")
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
        self.duplicate_pair_model, self.duplicate_pair = self._pair_view(
            "duplicatePair", self.duplicates_view, self.duplicates_model)
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
        self.candidate_pair_model, self.candidate_pair = self._pair_view(
            "candidatePair", self.candidates_view, self.candidates_model)
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
        self.rejected_view = table_view(self, "rejectedView")
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
        self.new_view = table_view(self, "newView")
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
        view = table_view(self, name)
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

    def _pair_view(self, name: str, view: QTableView,
                   model: DecisionsModel) -> tuple[RecordsModel, QTableView]:
        """The side-by-side fields (file | register) of the row selected in *view*."""
        pair_model = RecordsModel(self._pair_fields(), self)
        pair = table_view(self, name)
        pair.verticalHeader().setVisible(False)
        pair.setModel(pair_model)
        view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_pair(model, pair_model, current.row()))
        return pair_model, pair

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
            progress_call(self.w.service.preview, self.w.path, table=table,
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
        self.counts_label.setText(localized(
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
            self.tabs.setTabText(i, localized(title.replace("%1", str(count))))

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
            name = existing.name if existing is not None else localized(f"#{match.existing_id}")
            if match.row is not None:
                return localized(self.tr("%1 (already matched by row %2)")
                               .replace("%1", isolate(name)).replace("%2", str(match.row)))
            return name
        earlier = self._planned_by_row.get(match.row)
        name = earlier.partner.name if earlier is not None else ""
        return localized(self.tr("Row %1 of the file: %2").replace("%1", str(match.row))
                       .replace("%2", name))

    def _duplicate_of_name(self, planned: Any) -> str:
        return self._describe(planned.duplicate)

    def _candidate_name(self, planned: Any) -> str:
        return self._describe(self.best_candidate(planned))

    def _candidates_tooltip(self, planned: Any) -> str:
        return "\n".join(f"{self._describe(m)} ({localized(round(m.score))})"
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
        prompts.inform(self, self.tr("Save rejected rows"), localized(
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
            progress_call(self.w.service.commit, preview, decisions=self.decisions()))
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
