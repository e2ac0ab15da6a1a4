"""Sync in the window: a Sync menu, *Sync now* and the sync state in the status bar.

*Sync now* syncs with the register this one last synced with directly (the office's
server or the head of office's file); the first time it asks where that is and joins it.
*Export changes…* writes a change package for a USB stick; *Import changes…* reads one,
shows what it would apply (the dry run) and applies it when the person agrees. The status
bar shows when the last sync was and how many changes are not sent yet; it is computed
off the GUI thread, after the window is shown, and again after every change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.ui.context import UiContext
from desktop_app.ui.numbers import count_text
from desktop_app.ui.sync.conflicts import ConflictsDialog
from desktop_app.ui.worker import run_task, run_with_progress

PACKAGE_FILTER = "Peyvand changes (*.peyvand);;All files (*)"


def _local_time(iso: str | None, language: str) -> str:
    """A stored UTC time as local time: Jalali with Persian digits in Persian."""
    if not iso:
        return ""
    from desktop_app.domain.dates import format_datetime

    return format_datetime(dt.datetime.fromisoformat(iso), language)


class SyncControls(QWidget):
    """The status-bar widget that also owns the Sync menu and its actions."""

    def __init__(self, ctx: UiContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName("syncControls")
        self.state: dict[str, Any] = {}
        self.label = QLabel(self)
        self.label.setObjectName("syncState")
        self.button = QToolButton(self)
        self.button.setObjectName("syncNow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.act_sync = QAction(self)
        self.act_sync.setObjectName("actSyncNow")
        self.act_sync.triggered.connect(self.sync_now)
        self.button.setDefaultAction(self.act_sync)
        self.act_export = QAction(self)
        self.act_export.triggered.connect(self.export_changes)
        self.act_import = QAction(self)
        self.act_import.triggered.connect(self.import_changes)
        self.act_conflicts = QAction(self)
        self.act_conflicts.triggered.connect(self.show_conflicts)
        self.menu = QMenu(window)
        self.menu.setObjectName("syncMenu")
        for act in (self.act_sync, self.act_conflicts):
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.act_export)
        self.menu.addAction(self.act_import)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(400)
        self._pending.timeout.connect(self.refresh)
        ctx.bus.changed.connect(lambda _changes: self._pending.start())
        self._task: Any = None
        self.retranslate()
        # The state line is not part of the first screen: it is computed once the window
        # has been drawn (at once for a window that cannot say so).
        after_paint = getattr(window, "after_first_paint", None)
        if after_paint is not None:
            after_paint(self.refresh)
        else:
            QTimer.singleShot(0, self.refresh)

    # ------------------------------------------------------------------ words

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The menu, the actions and the state line."""
        self.menu.setTitle(self.tr("S&ync"))
        self.act_sync.setText(self.tr("Sync &now"))
        self.act_sync.setToolTip(self.tr("Send this register's changes to the office register "
                                         "and receive theirs"))
        self.act_conflicts.setText(self.tr("&Conflicts…"))
        self.act_export.setText(self.tr("&Export changes…"))
        self.act_import.setText(self.tr("&Import changes…"))
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        if not state:
            self.label.setText("")
            return
        peers = state.get("peers") or []
        last = next((p["last_sync_at"] for p in peers if p.get("last_sync_at")), None)
        when = self.tr("Last sync: %1").replace("%1", f"\u2066{_local_time(last, i18n.language())}\u2069") if last \
            else self.tr("Never synced")
        sep = self.tr(" · ")  # Persian: a comma (a middle dot reads as the digit zero there)
        unsent = self.tr("Unsent changes: %1").replace("%1", self.locale().toString(int(state["unsent"])))
        text = f"{when}{sep}{unsent}"
        if state.get("open_conflicts"):
            text += sep + self.tr("Open conflicts: %1").replace(
                "%1", self.locale().toString(int(state["open_conflicts"])))
        self.label.setText(text)
        self.label.setMinimumWidth(self.label.sizeHint().width())  # the path label gives way

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Recompute the state line off the GUI thread."""
        from desktop_app.sync.engine import status

        self._task = run_task(status, self.ctx.services.db)
        self._task.finished.connect(self._state_arrived)

    def _state_arrived(self, state: dict[str, Any]) -> None:
        self.state = state
        self._show_state()

    # ------------------------------------------------------------------ work

    def _fail(self, error: BaseException) -> None:
        from desktop_app.domain.errors import DomainError, StorageError

        if isinstance(error, DomainError | StorageError):
            QMessageBox.warning(self.window_, self.tr("Sync"), str(error))
            return
        raise error

    def _report(self, result: Any, title: str) -> None:
        lines = [self.tr("Sent: %1").replace("%1", count_text(result.sent)),
                 self.tr("Received: %1").replace("%1", count_text(result.received)),
                 self.tr("Applied: %1").replace("%1", count_text(result.applied)),
                 self.tr("Already here: %1").replace("%1", count_text(result.skipped)),
                 self.tr("Conflicts: %1").replace("%1", count_text(result.conflicts)),
                 self.tr("Tasks (possible duplicates, clashes): %1").replace("%1", count_text(result.tasks))]
        if result.held:
            lines.append(result.message or self.tr("Kept aside: %1").replace("%1", count_text(result.held)))
        QMessageBox.information(self.window_, title, "\n".join(lines))

    def _publish(self, result: Any) -> None:
        if result.touched:
            self.ctx.publish(Changes.of(updated=result.touched))
        self.refresh()

    def sync_now(self, target: str | None = None) -> Any:
        """Sync with the office register (asking where it is the first time)."""
        from desktop_app.sync.engine import office_target, sync_target

        db = self.ctx.services.db
        join = False
        target = target or office_target(db)
        if not target:
            target, ok = QInputDialog.getText(
                self.window_, self.tr("Sync now"),
                self.tr("The office register: a server address (postgresql+psycopg://…) or a file:"))
            if not ok or not target.strip():
                return None
            target, join = target.strip(), True
        outcome = run_with_progress(self.window_, self.tr("Syncing…"), sync_target, db, target,
                                    join=join, pass_progress=False)
        if outcome.error is not None:
            self._fail(outcome.error)
            return None
        self._publish(outcome.value)
        self._report(outcome.value, self.tr("Sync finished"))
        return outcome.value

    def export_changes(self, path: str | None = None) -> Any:
        """Write a change package (all changes) to a file the person chooses."""
        from desktop_app.sync.engine import export_package

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Export changes"),
                                                  "changes.peyvand", PACKAGE_FILTER)
            if not path:
                return None
        from pathlib import Path

        outcome = run_with_progress(self.window_, self.tr("Writing the change package…"), export_package,
                                    self.ctx.services.db, Path(path), pass_progress=False)
        if outcome.error is not None:
            self._fail(outcome.error)
            return None
        QMessageBox.information(self.window_, self.tr("Export changes"),
                                self.tr("%1 changes written to %2").replace("%1", count_text(outcome.value.sent))
                                .replace("%2", f"\u2066{path}\u2069"))
        return outcome.value

    def import_changes(self, path: str | None = None, *, confirm: bool = True) -> Any:
        """Read a change package: show the dry run, apply it when the person agrees."""
        from pathlib import Path

        from desktop_app.sync.engine import import_package

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window_, self.tr("Import changes"), "",
                                                  PACKAGE_FILTER)
            if not path:
                return None
        db = self.ctx.services.db
        dry = run_with_progress(self.window_, self.tr("Checking the change package…"), import_package,
                                db, Path(path), dry_run=True, pass_progress=False)
        if dry.error is not None:
            self._fail(dry.error)
            return None
        summary = dry.value
        if summary.held:
            QMessageBox.warning(self.window_, self.tr("Import changes"), summary.message)
            import_package(db, Path(path))  # keeps it aside, to be applied by itself later
            self.refresh()
            return summary
        text = self.tr("This package would apply %1 changes (%2 already here, %3 conflicts, "
                       "%4 tasks). Apply it?").replace("%1", count_text(summary.applied)) \
            .replace("%2", count_text(summary.skipped)).replace("%3", count_text(summary.conflicts)) \
            .replace("%4", count_text(summary.tasks))
        self.last_summary = text
        if confirm and QMessageBox.question(self.window_, self.tr("Import changes"), text) \
                != QMessageBox.StandardButton.Yes:
            return None
        outcome = run_with_progress(self.window_, self.tr("Applying the change package…"),
                                    import_package, db, Path(path), pass_progress=False)
        if outcome.error is not None:
            self._fail(outcome.error)
            return None
        self._publish(outcome.value)
        return outcome.value

    def show_conflicts(self) -> ConflictsDialog:
        """Open the Conflicts view."""
        dialog = ConflictsDialog(self.ctx, self.window_)
        dialog.resolved.connect(self.refresh)
        dialog.show()
        return dialog


def install_sync(window: QMainWindow, ctx: UiContext) -> SyncControls:
    """Add the Sync menu and the status-bar state to *window*."""
    controls = SyncControls(ctx, window)
    bar = window.menuBar()
    actions = bar.actions()
    before = actions[-1] if actions else None  # before Help
    if before is not None:
        bar.insertMenu(before, controls.menu)
    else:
        bar.addMenu(controls.menu)
    window.statusBar().addPermanentWidget(controls)
    return controls
