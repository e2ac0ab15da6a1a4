"""The Conflicts view: each open conflict with base, mine and theirs, and the person's choice.

A field conflict shows the field's common ancestor (base), this register's value (mine)
and the other register's (theirs), each with who changed it and when; the person keeps
mine, takes theirs or types a value. A delete conflict offers to restore the record or
keep it deleted; a possible duplicate offers to merge the two partners or dismiss the
task. Each choice is a new change (with both parents), so every register learns it.

For a long text (objectives, minutes, decisions, notes) the view also proposes a three-way
merge of the two changes (:mod:`desktop_app.sync.textmerge`) in an editable box: a clean
merge as it is, overlapping changes as both versions, labelled. Nothing is applied until
the person presses *Use this text*.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.changes import Changes
from desktop_app.ui.bidi import paragraph_direction
from desktop_app.ui.context import UiContext
from desktop_app.ui.widgets.text_box import TextBox

_ISOLATE = "\u2068{}\u2069"  # first-strong isolate: Latin values keep their order in Persian


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    return _ISOLATE.format(value) if str(value) else "«»"


def _when(iso: str | None) -> str:
    """A stored time as the window shows times (Jalali with Persian digits in Persian)."""
    if not iso:
        return ""
    import datetime as dt

    from desktop_app.domain import i18n
    from desktop_app.domain.dates import format_datetime

    try:
        return format_datetime(dt.datetime.fromisoformat(iso), i18n.language())
    except ValueError:
        return iso


class ConflictsDialog(QDialog):
    """Lists the open conflicts and tasks; resolves the selected one."""

    resolved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsDialog")
        self.rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflictsTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)

        self.detail = QGroupBox(self)
        grid = QGridLayout(self.detail)
        self.base_title, self.mine_title, self.theirs_title = QLabel(), QLabel(), QLabel()
        self.base_value, self.mine_value, self.theirs_value = QLabel(), QLabel(), QLabel()
        for label in (self.base_value, self.mine_value, self.theirs_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for col, (title, value) in enumerate(((self.base_title, self.base_value),
                                              (self.mine_title, self.mine_value),
                                              (self.theirs_title, self.theirs_value))):
            title.setStyleSheet("font-weight: bold")
            grid.addWidget(title, 0, col)
            grid.addWidget(value, 1, col, Qt.AlignmentFlag.AlignTop)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("conflictEdit")
        grid.addWidget(self.edit, 2, 0, 1, 3)
        self.merge_note = QLabel(self)
        self.merge_note.setObjectName("textMergeNote")
        self.merge_note.setWordWrap(True)
        self.merged = TextBox(self)
        self.merged.setObjectName("textMerged")
        grid.addWidget(self.merge_note, 3, 0, 1, 3)
        grid.addWidget(self.merged, 4, 0, 1, 3)
        self.merge_clean = False

        self.keep_mine = QPushButton(self)
        self.take_theirs = QPushButton(self)
        self.use_edit = QPushButton(self)
        self.use_merged = QPushButton(self)
        self.restore = QPushButton(self)
        self.keep_deleted = QPushButton(self)
        self.merge = QPushButton(self)
        self.dismiss = QPushButton(self)
        buttons = QHBoxLayout()
        for button, choice in ((self.keep_mine, "mine"), (self.take_theirs, "theirs"),
                               (self.use_edit, "edit"), (self.use_merged, "merged"),
                               (self.restore, "restore"),
                               (self.keep_deleted, "keep"), (self.merge, "merge"),
                               (self.dismiss, "dismiss")):
            button.setObjectName(f"resolve_{choice}")
            button.clicked.connect(lambda _=False, c=choice: self.resolve(c))
            buttons.addWidget(button)
        self.empty = QLabel(self)
        self.empty.setObjectName("noConflicts")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(900, 560)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ words

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def kind_name(self, kind: str) -> str:
        """What a conflict kind is called, in the window's language."""
        return {"field": self.tr("Same field changed on both sides"),
                "delete": self.tr("Deleted on one side, changed on the other"),
                "duplicate": self.tr("Possible duplicate partner"),
                "merge": self.tr("Merge that could not be applied"),
                "clash": self.tr("Value already taken (unique)"),
                "missing": self.tr("Change for a record this register lacks")}.get(kind, kind)

    def retranslate(self) -> None:
        """Every string of the dialog."""
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Field"),
                                              self.tr("When")])
        self.detail.setTitle(self.tr("Base, mine and theirs"))
        self.base_title.setText(self.tr("Base (before both changes)"))
        self.mine_title.setText(self.tr("Mine (this register)"))
        self.theirs_title.setText(self.tr("Theirs (the other register)"))
        self.edit.setPlaceholderText(self.tr("Or type the value to keep…"))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_theirs.setText(self.tr("Take theirs"))
        self.use_edit.setText(self.tr("Use my edit"))
        self.use_merged.setText(self.tr("Use this text"))
        self.restore.setText(self.tr("Restore the record"))
        self.keep_deleted.setText(self.tr("Keep it deleted"))
        self.merge.setText(self.tr("Merge the two partners"))
        self.dismiss.setText(self.tr("Not a duplicate"))
        self.empty.setText(self.tr("No open conflicts: every change was merged."))

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the open conflicts again."""
        from desktop_app.domain.history import entity_name, field_name
        from desktop_app.sync.ops import open_conflicts

        self.rows = open_conflicts(self.ctx.services.db)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            record = f"{entity_name(row['entity'])}: {row['label']}"
            when = _when(row["theirs"].get("at") or row["created_at"])
            for c, text in enumerate((self.kind_name(row["kind"]), record,
                                      field_name(row["field"]) if row["field"] else "",
                                      _ISOLATE.format(when))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._selected()

    def current(self) -> dict[str, Any] | None:
        """The selected conflict's row, if any."""
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _who(self, side: dict[str, Any]) -> str:
        who, when = side.get("actor") or "", _when(side.get("at"))
        if not who and not when:
            return ""
        return "\n" + self.tr("by %1 at %2").replace("%1", _ISOLATE.format(who)).replace(
            "%2", _ISOLATE.format(when))

    def _selected(self) -> None:
        row = self.current()
        kind = row["kind"] if row else ""
        self.base_value.setText(_show(row["base"].get("value")) if row else "")
        self.mine_value.setText(_show(row["mine"].get("value")) + self._who(row["mine"]) if row else "")
        self.theirs_value.setText(_show(row["theirs"].get("value")) + self._who(row["theirs"])
                                  if row else "")
        for label in (self.base_value, self.mine_value, self.theirs_value):
            label.setLayoutDirection(paragraph_direction(label.text()) or self.layoutDirection())
        long_text = self._propose_merge(row)
        for button in (self.keep_mine, self.take_theirs):
            button.setVisible(kind == "field")
        self.use_edit.setVisible(kind == "field" and not long_text)
        self.edit.setVisible(kind == "field" and not long_text)
        for widget in (self.merge_note, self.merged, self.use_merged):
            widget.setVisible(long_text)
        self.restore.setVisible(kind == "delete")
        self.keep_deleted.setVisible(kind in ("delete", "merge", "clash", "missing"))
        self.merge.setVisible(kind == "duplicate")
        self.dismiss.setVisible(kind == "duplicate")
        self.detail.setEnabled(row is not None)

    def _propose_merge(self, row: dict[str, Any] | None) -> bool:
        """Fill the merge box for a long-text conflict; False when the conflict is not one."""
        from desktop_app.sync.textmerge import is_long_text, merge_text

        if row is None or row["kind"] != "field" or not is_long_text(row["entity"], row["field"]):
            return False
        values = [row[side].get("value") for side in ("base", "mine", "theirs")]
        if not all(v is None or isinstance(v, str) for v in values):
            return False
        proposal = merge_text(*values, mine_label=self.tr("mine"), theirs_label=self.tr("theirs"))
        self.merge_clean = proposal.clean
        self.merged.setPlainText(proposal.text)
        self.merge_note.setText(
            self.tr("Both changes merge cleanly. Read the merged text, correct it if need be, "
                    "and use it.") if proposal.clean else
            self.tr("The two changes overlap: both versions are shown in the text below. Edit it "
                    "to what should stay, then use it."))
        return True

    def resolve(self, choice: str) -> bool:
        """Resolve the selected conflict with *choice*; True when it was resolved."""
        from desktop_app.sync.ops import resolve_conflict

        row = self.current()
        if row is None:
            return False
        value = self.edit.text() if choice == "edit" else None
        if choice == "merged":
            choice, value = "edit", self.merged.toPlainText()
        def resolved() -> bool:
            resolve_conflict(self.ctx.services.db, row["id"], choice, value)
            return True

        done = self.ctx.run(self, resolved)
        if done:
            self.ctx.publish(Changes.of(updated={row["entity"]: [0]}))
            self.edit.clear()
            self.merged.clear()
            self.reload()
            self.resolved.emit()
        return bool(done)
