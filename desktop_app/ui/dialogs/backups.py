"""The window's side of backups: the Backups dialog, the damaged-register dialog at start-up,
the automatic backup every 30 minutes while the register changes, and File › Backup/Restore.

The work itself is :mod:`db.backup` (write, verify, rotate, restore) and
:mod:`desktop_app.domain.register_check`; this module only asks and shows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.backup import (
    BACKUP_SUFFIX,
    BackupInfo,
    BackupStore,
    RetentionPolicy,
    register_backups_dir,
    restore_backup,
    write_backup,
)
from db.errors import RegisterRefusedError, StorageError
from desktop_app.domain import i18n as domain_i18n
from desktop_app.domain.text import localize_digits
from desktop_app.ui.bidi import isolate, message

log = logging.getLogger("peyvand.ui.backups")

AUTO_BACKUP_MINUTES = 30

KIND_LABELS = {
    "automatic": QT_TRANSLATE_NOOP("Backups", "automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "manual"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-undo": QT_TRANSLATE_NOOP("Backups", "before an import undo"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-demo-reset": QT_TRANSLATE_NOOP("Backups", "before a demo reset"),
}


def _t(text: str) -> str:
    """*text* in the window's language, from the catalogue's "Backups" context
    (``tools/translations.py update`` has lupdate read ``_t("…")`` and files it there)."""
    return QCoreApplication.translate("Backups", text)


def kind_label(kind: str) -> str:
    """The kind of a backup in the window's language."""
    return _t(str(KIND_LABELS[kind])) if kind in KIND_LABELS else _t("unknown")


def _when(info: BackupInfo) -> str:
    if domain_i18n.language() == "fa":
        return info.when_fa()  # Jalali, Persian digits, isolated left-to-right
    return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _holds(info: BackupInfo) -> str:
    return info.summary_fa() if domain_i18n.language() == "fa" else info.summary()


def _size(size: int) -> str:
    from desktop_app.domain.attachments import human_size

    return human_size(size, domain_i18n.language())


# ---------------------------------------------------------------------- Backups dialog


class BackupsDialog(QDialog):
    """The register's backups: the list, "Back up now", restore (with a confirmation that
    says what will be replaced) and "Check database"."""

    restored = Signal(object)  # the register's path, to reopen

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.db = db
        self.store: BackupStore = db.backups()
        self.resize(860, 420)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.back_up_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("backupsStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for b in (self.back_up_button, self.restore_button, self.check_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button.clicked.connect(self.check_database)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.infos: list[BackupInfo] = []
        self._chosen_row = -1
        self.table.currentCellChanged.connect(self._current_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the window's language."""
        self.setWindowTitle(_t("Backups"))
        self.info_label.setText(_t(
            "Peyvand backs the register and its attachment files up when it is opened, every "
            "30 minutes while it is being changed, and before an upgrade, an import or a "
            "restore. Each backup is checked before an older one is dropped.")
            + "\n" + _t("Folder: %1").replace("%1", f"\u2066{self.store.folder}\u2069"))
        self.table.setHorizontalHeaderLabels(
            [_t("Time"), _t("Kind"), _t("Size"), _t("Checked"), _t("Holds")])
        self.back_up_button.setText(_t("Back up &now"))
        self.restore_button.setText(_t("&Restore…"))
        self.check_button.setText(_t("&Check database"))
        self.close_button.setText(_t("Close"))

    def refresh(self) -> None:
        """Read the folder again."""
        self.infos = self.store.list()
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = [_when(info), kind_label(info.kind), _size(info.size),
                     _t("yes") if info.verified else _t("no: %1").replace("%1", info.problem),
                     _holds(info) if info.verified else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.table.setItem(row, col, item)
        if self.infos:
            self.select(0)
        self._selection_changed()

    def _current_changed(self, row: int, *_args: int) -> None:
        if row >= 0:
            self._chosen_row = row

    def select(self, row: int) -> None:
        """Choose the backup in *row* of the list."""
        self._chosen_row = row
        self.table.setCurrentCell(row, 0)
        self.table.selectRow(row)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        rows = {i.row() for i in self.table.selectedItems()}
        row = self._chosen_row if self._chosen_row >= 0 else (min(rows) if rows else -1)
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.verified)

    def _say(self, text: str) -> None:
        self.status_label.setText(message(text))

    def back_up_now(self) -> BackupInfo | None:
        """Write a verified manual backup into the register's folder."""
        try:
            info = self.db.back_up("manual")
        except StorageError as exc:
            self._say(str(exc))
            QMessageBox.warning(self, _t("Backups"), str(exc))
            return None
        self.refresh()
        self._say(_t("Backup written and checked: %1").replace("%1", info.path.name))
        return info

    def confirmation_text(self, info: BackupInfo) -> str:
        """What the restore confirmation says will be replaced."""
        from desktop_app.domain.register_check import check_sqlite_register

        health = check_sqlite_register(self.db.path)
        now = BackupInfo(self.db.path, dt.datetime.now(dt.UTC), "current", 0, True,
                         counts=dict(health.counts),
                         attachments=health.counts.get("attachments", 0))
        return (_t("Replace the register “%1” (now %2) with the backup of %3 (%4)?")
                .replace("%1", self.db.path.name).replace("%2", _holds(now))
                .replace("%3", _when(info)).replace("%4", _holds(info))
                + "\n\n" + _t("The register as it is now is backed up first; attachment files "
                              "are brought back and none is deleted."))

    def restore_selected(self, *, confirm: bool = True) -> bool:
        """Restore the chosen backup after the user confirmed what it replaces."""
        info = self.selected()
        if info is None:
            return False
        if confirm:
            answer = QMessageBox.question(self, _t("Restore from a backup"),
                                          self.confirmation_text(info))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        path = self.db.path
        self.db.close()
        try:
            restore_backup(info.path, path, store=self.store)
        except StorageError as exc:
            self._say(str(exc))
            QMessageBox.warning(self, _t("Restore from a backup"), str(exc))
            self.restored.emit(path)  # reopen what is there (unchanged)
            self.reject()
            return False
        self.restored.emit(path)
        self.accept()
        return True

    def check_database(self) -> str:
        """Run the read-only check and show its result in the dialog."""
        from desktop_app.domain.register_check import check_sqlite_register

        health = check_sqlite_register(self.db.path)
        if health.ok:
            text = _t("The database is sound (integrity and references checked; %1 attachment "
                      "files checked against their hashes).").replace(
                "%1", localize_digits(str(health.counts.get("attachments", 0)),
                                      domain_i18n.language()))
        else:
            text = _t("Problems found: %1").replace("%1", "; ".join(health.problems))
        if health.notes:
            text += "\n" + "\n".join(health.notes)
        self._say(text)
        return text


# ---------------------------------------------------------------------- damaged at start-up


class DamagedRegisterDialog(QDialog):
    """Shown instead of the window when the register was refused as damaged, empty or
    foreign: restore the newest good backup, choose another backup, or quit."""

    RESTORED = 1
    QUIT = 0

    def __init__(self, error: RegisterRefusedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedRegisterDialog")
        self.error = error
        self.path = Path(str(error.path))
        self.store = BackupStore(register_backups_dir(self.path))
        newest = error.newest_backup  # the storage layer keeps it untyped (object)
        self.newest: BackupInfo | None = newest if isinstance(newest, BackupInfo) else None
        self.restored_from: Path | None = None
        self.setWindowTitle(_t("The register cannot be opened"))
        self.message = QLabel(self)
        self.message.setObjectName("damagedMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(error.message(domain_i18n.language()))
        self.restore_newest = QPushButton(self)
        self.restore_newest.setObjectName("restoreNewest")
        self.choose_other = QPushButton(_t("Choose another backup…"), self)
        self.quit_button = QPushButton(_t("Quit"), self)
        if self.newest is not None:
            self.restore_newest.setText(_t("Restore the backup of %1").replace("%1", _when(self.newest)))
            self.restore_newest.setDefault(True)
        else:
            self.restore_newest.setText(_t("No good backup found"))
            self.restore_newest.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_newest)
        buttons.addWidget(self.choose_other)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self.resize(640, 260)
        self.restore_newest.clicked.connect(lambda: self.restore(self.newest.path if self.newest else None))
        self.choose_other.clicked.connect(self.choose)
        self.quit_button.clicked.connect(self.reject)

    def choose(self, path: str | None = None) -> bool:
        """Pick a backup file (any folder) and restore it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, _t("Choose a backup"), str(self.store.folder),
                _t("Peyvand backups (*%1 *.sqlite3);;All files (*)").replace("%1", BACKUP_SUFFIX))
        if not path:
            return False
        return self.restore(Path(path))

    def restore(self, backup: Path | None) -> bool:
        """Restore *backup* over the refused register; close the dialog when it worked."""
        if backup is None:
            return False
        try:
            restore_backup(backup, self.path, store=self.store)
        except StorageError as exc:
            QMessageBox.warning(self, _t("Restore from a backup"), str(exc))
            return False
        self.restored_from = Path(backup)
        self.done(self.RESTORED)
        return True


def recover_at_start(error: RegisterRefusedError,
                     reopen: Callable[[Path], Any]) -> Any:
    """Run the damaged-register dialog; return the reopened register, or ``None`` to quit."""
    dialog = DamagedRegisterDialog(error)
    try:
        if dialog.exec() != DamagedRegisterDialog.RESTORED:
            return None
        return reopen(dialog.path)
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------------- automatic backups


class AutoBackup(QObject):
    """Backs the register up when it is opened and every 30 minutes while it changes.

    Listens to the change bus (a save marks the register changed); the timer writes a
    backup only when something changed since the last one — never per save. Failures
    (disk full, no permission) are logged and reported through :attr:`reported`, never
    raised into the window.
    """

    reported = Signal(str)

    def __init__(self, db: Any, bus: Any, attachments: Any = None,
                 minutes: int = AUTO_BACKUP_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.attachments = attachments
        self.dirty = False
        self.last: BackupInfo | None = None
        bus.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.tick)

    def _changed(self, _changes: object) -> None:
        self.dirty = True

    def start(self) -> None:
        """The backup at opening, then the timer."""
        self.back_up()
        self.timer.start()

    def tick(self) -> None:
        """The timer: back up if the register changed since the last backup."""
        if self.dirty:
            self.back_up()
        if self.attachments is not None:
            try:
                self.attachments.empty_trash()
            except OSError:
                log.warning("could not empty the attachments trash", exc_info=True)

    def back_up(self) -> BackupInfo | None:
        """One automatic backup now (skipped when nothing changed since the newest one)."""
        if self.db.path is None or self.db.read_only:
            return None
        try:
            info = self.db.back_up("automatic")
        except StorageError as exc:
            log.warning("automatic backup failed: %s", exc)
            self.reported.emit(_t("The automatic backup failed: %1").replace("%1", str(exc)))
            return None
        self.dirty = False
        self.last = info
        return info


def policy_from(settings: Any) -> RetentionPolicy:
    """The rotation the settings ask for."""
    return RetentionPolicy(hours=settings.backup_keep_hours, days=settings.backup_keep_days,
                           weeks=settings.backup_keep_weeks, months=settings.backup_keep_months)


# ---------------------------------------------------------------------- File menu


def back_up_to_file(window: Any) -> None:
    """File › Backup…: a verified backup file (database + attachments) where the user chooses."""
    from desktop_app.paths import backups_dir
    from desktop_app.ui.worker import run_with_progress

    db = window.ctx.services.db
    if db.path is None:
        return
    folder = window.settings.backup_dir(backups_dir())
    name = f"{db.path.stem}-{dt.datetime.now().strftime('%Y%m%d-%H%M')}{BACKUP_SUFFIX}"
    target, _ = QFileDialog.getSaveFileName(
        window, _t("Back up the register"), str(folder / name),
        _t("Peyvand backups (*%1)").replace("%1", BACKUP_SUFFIX))
    if not target:
        return
    window.settings.backup_folder = str(Path(target).parent)
    outcome = run_with_progress(window, _t("Writing the backup…"), write_backup, db.path,
                                Path(target), kind="manual",
                                attachments_dir=window.ctx.services.attachments_dir,
                                pass_progress=False)
    if outcome.error is not None:
        if isinstance(outcome.error, StorageError):
            QMessageBox.warning(window, _t("Backups"), str(outcome.error))
            return
        raise outcome.error
    window.statusBar().showMessage(
        message(_t("Backup written to %1").replace("%1", isolate(target))), 8000)


def restore_from_file(window: Any) -> None:
    """File › Restore from backup…: pick a backup file, confirm, restore, reopen."""
    from desktop_app.paths import backups_dir

    db = window.ctx.services.db
    if db.path is None:
        return
    folder = window.settings.backup_dir(backups_dir())
    source, _ = QFileDialog.getOpenFileName(
        window, _t("Restore from a backup"), str(folder),
        _t("Peyvand backups (*%1 *.sqlite3 *.db);;All files (*)").replace("%1", BACKUP_SUFFIX))
    if not source:
        return
    answer = QMessageBox.question(
        window, _t("Restore from a backup"),
        _t("Replace the whole register with the backup “%1”? The register as it is now is "
           "backed up first.").replace("%1", Path(source).name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    path = db.path
    db.close()
    try:
        restore_backup(Path(source), path, attachments_dir=window.ctx.services.attachments_dir)
    except StorageError as exc:
        QMessageBox.warning(window, _t("Restore from a backup"), str(exc))
    window.reopenRequested.emit(path)


def open_backups(window: Any) -> BackupsDialog | None:
    """File › Backups…: the Backups dialog over the open register."""
    db = window.ctx.services.db
    if db.path is None:
        QMessageBox.information(window, _t("Backups"), _t(
            "A server register is backed up on the server (pg_dump); see the office-server "
            "guide."))
        return None
    dialog = BackupsDialog(db, window)
    dialog.restored.connect(window.reopenRequested.emit)
    dialog.open()
    return dialog


def read_only_notice() -> str:
    """The status-bar line of a register opened for reading only."""
    return _t("The register is read-only: it can be read and printed, not changed.")


def action_texts() -> dict[str, str]:
    """Menu texts the main window uses for the backup actions."""
    return {"backups": _t("Back&ups…"), "backup": _t("&Backup to a file…"),
            "restore": _t("&Restore from backup…")}
